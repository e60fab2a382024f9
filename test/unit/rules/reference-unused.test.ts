import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'reference-unused';
const expect = expecter(RULE, 'info');

describe('rule reference-unused', () => {
  it('passes when every officer and contact point is used', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('points at the id of an officer and a contact point nobody refers to', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      expect(
        range(24, 8, 24, 16),
        'Aandachtsfunctionaris "de-vries" wordt in geen enkele stap of als vervanger genoemd.',
        'Attention officer "de-vries" is not named in any step or as a stand-in.',
      ),
      expect(
        range(42, 8, 42, 16),
        'Contactpunt "huisarts" wordt in geen enkele stap genoemd; bij welke stap hoort het?',
        'Contact point "huisarts" is not named in any step; which step does it belong to?',
      ),
    ]);
  });
});
