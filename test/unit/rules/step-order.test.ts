import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'step-order';
const expect = expecter(RULE, 'warning');

describe('rule step-order', () => {
  it('passes steps in the order 1 to 5', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('points at the number of each step that comes after a higher one', () => {
    // Order in the fixture: 1, 3, 2, 5, 4.
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      expect(
        range(48, 10, 48, 11),
        'Stap 2 staat na stap 3; zet de stappen in de volgorde 1 tot en met 5.',
        'Step 2 comes after step 3; put the steps in the order 1 to 5.',
      ),
      expect(
        range(58, 10, 58, 11),
        'Stap 4 staat na stap 5; zet de stappen in de volgorde 1 tot en met 5.',
        'Step 4 comes after step 5; put the steps in the order 1 to 5.',
      ),
    ]);
  });
});
