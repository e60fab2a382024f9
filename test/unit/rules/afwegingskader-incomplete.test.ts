import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'afwegingskader-incomplete';
const expect = expecter(RULE, 'warning');
const KEY = range(63, 0, 63, 14);

describe('rule afwegingskader-incomplete', () => {
  it('passes the five questions 1 to 5', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports one missing question at "afwegingskader"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-question-4')), [
      expect(
        KEY,
        'Het afwegingskader mist vraag 4; het voorbeeld in het basisdocument over het afwegingskader, waarop de sectormodellen voortbouwen, heeft de vijf afwegingen 1 tot en met 5.',
        'The afwegingskader lacks question 4; the example in the basisdocument on the afwegingskader, on which the sector models build, has the five considerations 1 to 5.',
      ),
    ]);
  });

  it('reports missing questions, a question twice and a sixth question', () => {
    // Numbered 1, 2, 2, 6 in the fixture.
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-numbering')), [
      expect(
        KEY,
        'Het afwegingskader mist de vragen 3, 4 en 5; het voorbeeld in het basisdocument over het afwegingskader, waarop de sectormodellen voortbouwen, heeft de vijf afwegingen 1 tot en met 5.',
        'The afwegingskader lacks questions 3, 4 and 5; the example in the basisdocument on the afwegingskader, on which the sector models build, has the five considerations 1 to 5.',
      ),
      expect(range(68, 11, 68, 12), 'Vraag 2 staat al eerder in het afwegingskader.', 'Question 2 already occurs earlier in the afwegingskader.'),
      expect(
        range(70, 11, 70, 12),
        'Vraag 6 bestaat niet in het afwegingskader; de afwegingen zijn genummerd 1 tot en met 5.',
        'Question 6 does not exist in the afwegingskader; the considerations are numbered 1 to 5.',
      ),
    ]);
  });

  it('leaves a missing afwegingskader to afwegingskader-missing', () => {
    assertFindings(findingsOf(RULE, ruleFixture('afwegingskader-missing', 'fail-no-section')), []);
    assertFindings(findingsOf(RULE, ruleFixture('afwegingskader-missing', 'fail-empty')), []);
  });
});
