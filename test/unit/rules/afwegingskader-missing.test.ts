import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'afwegingskader-missing';
const expect = expecter(RULE, 'error');
const missing = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Het afwegingskader ontbreekt; sinds 1 januari 2019 beslist u in stap 4 en 5 aan de hand van de vijf vragen van het afwegingskader.',
    'The afwegingskader is missing; since 1 January 2019 steps 4 and 5 are decided with the five questions of the afwegingskader.',
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
