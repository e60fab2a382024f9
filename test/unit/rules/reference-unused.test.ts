import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

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

  it('counts a use in a route, its steps and a part of a step (format 1.1)', () => {
    const fail = ruleFixture(RULE, 'fail');
    const withRoutes =
      variant(fail, 'meldcode: "1.0"', 'meldcode: "1.1"') +
      'routes:\n  - id: acuut\n    soort: acuut-gevaar\n    titel: Bij acuut gevaar\n    contact: [huisarts]\n' +
      '  - id: medewerker\n    soort: overig\n    titel: Overleg\n    stappen:\n      - stap: 1\n        titel: Overleg\n        contact: [de-vries]\n';
    assertFindings(findingsOf(RULE, withRoutes), []);
  });
});
