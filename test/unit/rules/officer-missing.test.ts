import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'officer-missing';
const expect = expecter(RULE, 'warning');
const missing = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Er is geen aandachtsfunctionaris met naam. Het Besluit eist er geen, maar het basismodel meldcode en het handboek RAAK (§8.1) raden aan er een aan te stellen, zodat medewerkers weten bij wie ze terechtkunnen.',
    'No attention officer (aandachtsfunctionaris) is named. The Besluit does not require one, but the basismodel meldcode and the RAAK handbook (§8.1) advise appointing one, so that staff know whom to turn to.',
  );

describe('rule officer-missing', () => {
  it('passes a protocol with named attention officers', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('points at the first key when there is no "aandachtsfunctionarissen"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-no-section')), [missing(range(2, 0, 2, 8))]);
  });

  it('points at "aandachtsfunctionarissen" when no officer has a name', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-no-name')), [missing(range(11, 0, 11, 24))]);
  });

  it('points at "aandachtsfunctionarissen" when the list is empty', () => {
    const pass = ruleFixture(RULE, 'pass');
    const officers = pass.slice(pass.indexOf('aandachtsfunctionarissen:\n'), pass.indexOf('contactpunten:\n'));
    const empty = variant(pass, officers, 'aandachtsfunctionarissen: []\n');
    assertFindings(findingsOf(RULE, empty), [missing(range(11, 0, 11, 24))]);
  });
});
