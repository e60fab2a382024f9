import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'kindcheck-missing';
const expect = expecter(RULE, 'warning');
const missing = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'De kindcheck ontbreekt: beschrijf hoe een medewerker die met volwassenen werkt nagaat of er kinderen zijn en of die veilig zijn (sleutel "kindcheck"); het Besluit verplichte meldcode (art. 2) vraagt dit.',
    'The kindcheck is missing: describe how staff working with adults check whether there are children and whether they are safe (key "kindcheck"); the Besluit verplichte meldcode (art. 2) asks for this.',
  );

describe('rule kindcheck-missing', () => {
  it('passes a kindcheck written as a map', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('passes a kindcheck written as text', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass-text')), []);
  });

  it('points at the first key when there is no "kindcheck"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-no-section')), [missing(range(2, 0, 2, 8))]);
  });

  it('points at "kindcheck" when it has no content', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-empty')), [missing(range(74, 0, 74, 9))]);
  });
});
