import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'recording-missing';
const expect = expecter(RULE, 'warning');
const missing = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Er staat niet in hoe signalen, overleg, gesprekken en besluiten worden vastgelegd (sleutel "vastleggen"); het Besluit verplichte meldcode (art. 2) vraagt aandacht voor de omgang met vertrouwelijke gegevens. Scheid daarbij feiten van vermoedens en noem de bron.',
    'The protocol does not say how signals, consultations, conversations and decisions are recorded (key "vastleggen"); the Besluit verplichte meldcode (art. 2) asks for attention to how confidential data are handled. Keep facts apart from suspicions and name the source.',
  );

describe('rule recording-missing', () => {
  it('passes "vastleggen" written as text', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('points at the first key when there is no "vastleggen"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-no-section')), [missing(range(2, 0, 2, 8))]);
  });

  it('points at "vastleggen" when it is an empty map', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-empty')), [missing(range(83, 0, 83, 10))]);
  });
});
