import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'afwegingskader-missing';
const expect = expecter(RULE, 'error');
const missing = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Het afwegingskader ontbreekt. Sinds 1 januari 2019 vraagt het Besluit verplichte meldcode (art. 2) dat u in stap 4 en 5 het afwegingskader van uw beroepsgroep gebruikt, voor uw sector het afwegingskader van het basisdocument van de Rijksoverheid; neem het op, of verwijs naar de bijlage waarin het staat.',
    "The afwegingskader is missing. Since 1 January 2019 the Besluit verplichte meldcode (art. 2) requires using your professional group's afwegingskader in steps 4 and 5, for your sector the afwegingskader of the government's basisdocument; include it, or refer to the appendix that holds it.",
  );

describe('rule afwegingskader-missing', () => {
  it('passes a protocol with the afwegingskader', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('points at the first key when there is no "afwegingskader"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-no-section')), [missing(range(2, 0, 2, 8))]);
  });

  it('points at "afwegingskader" when it is an empty list', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-empty')), [missing(range(63, 0, 63, 14))]);
  });

  it('points at "afwegingskader" when it only refers elsewhere in a sentence', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-text')), [missing(range(63, 0, 63, 14))]);
  });
});
