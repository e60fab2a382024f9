import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'afwegingskader-incomplete';
const expect = expecter(RULE, 'error');
const KEY = range(63, 0, 63, 14);

describe('rule afwegingskader-incomplete', () => {
  it('passes the five questions 1 to 5', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports one missing question at "afwegingskader"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-question-4')), [
      expect(
        KEY,
        'Het afwegingskader mist vraag 4; het bestaat uit precies de vijf vragen 1 tot en met 5.',
        'The afwegingskader lacks question 4; it consists of exactly the five questions 1 to 5.',
      ),
    ]);
  });

  it('reports missing questions, a question twice and a sixth question', () => {
    // Numbered 1, 2, 2, 6 in the fixture.
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-numbering')), [
      expect(
        KEY,
        'Het afwegingskader mist de vragen 3, 4 en 5; het bestaat uit precies de vijf vragen 1 tot en met 5.',
        'The afwegingskader lacks questions 3, 4 and 5; it consists of exactly the five questions 1 to 5.',
      ),
      expect(range(68, 11, 68, 12), 'Vraag 2 staat al eerder in het afwegingskader.', 'Question 2 already occurs earlier in the afwegingskader.'),
      expect(
        range(70, 11, 70, 12),
        'Vraag 6 hoort niet bij het afwegingskader; dat heeft alleen de vragen 1 tot en met 5.',
        'Question 6 is not part of the afwegingskader; it has only the questions 1 to 5.',
      ),
    ]);
  });

  it('leaves a missing afwegingskader to afwegingskader-missing', () => {
    assertFindings(findingsOf(RULE, ruleFixture('afwegingskader-missing', 'fail-no-section')), []);
    assertFindings(findingsOf(RULE, ruleFixture('afwegingskader-missing', 'fail-empty')), []);
  });
});
