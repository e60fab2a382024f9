import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'step-duplicate';
const expect = expecter(RULE, 'error');

describe('rule step-duplicate', () => {
  it('passes a step plan with each step once', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('points at the second step 3 and names the line of the first', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      expect(range(53, 10, 53, 11), 'Stap 3 staat er al (regel 49); voeg de twee samen.', 'Step 3 is already there (line 49); merge the two.'),
    ]);
  });
});
