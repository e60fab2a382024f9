import { assertFindings, expecter, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'intervention-unknown';
const expect = expecter(RULE, 'info');

const unknown = (name: string, where: ReturnType<typeof range>) =>
  expect(
    where,
    `Interventie "${name}" staat niet in de catalogus van erkende interventies uit de NJi-brochure. Controleer de naam en of de interventie erkend is in de Databank Effectieve Jeugdinterventies van het NJi (www.nji.nl/jeugdinterventies).`,
    `Intervention "${name}" is not in the catalogue of recognised interventions from the NJi brochure. Check the name, and whether the intervention is recognised, in the NJi's Databank Effectieve Jeugdinterventies (www.nji.nl/jeugdinterventies).`,
  );

describe('rule intervention-unknown', () => {
  it('passes interventions from the catalogue, however they are written', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports each name the catalogue does not know, at the entry', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      unknown('Triple P niveau 4', range(91, 4, 91, 21)),
      unknown('Gezinscoaching', range(92, 4, 92, 20)),
    ]);
  });

  it('reports a single name written without a list, and skips empty entries', () => {
    const pass = ruleFixture(RULE, 'pass');
    const list = pass.slice(pass.indexOf('interventies:'));
    assertFindings(findingsOf(RULE, variant(pass, list, 'interventies: Kanjertraining\n')), [
      unknown('Kanjertraining', range(89, 14, 89, 28)),
    ]);
    assertFindings(findingsOf(RULE, variant(pass, list, 'interventies:\n  - ""\n  -\n  - NIKA\n')), []);
  });

  it('can be silenced for one line', () => {
    const fail = ruleFixture(RULE, 'fail');
    const silenced = variant(fail, '  - Triple P niveau 4\n', '  # meldcode-disable-next-line intervention-unknown\n  - Triple P niveau 4\n');
    assertFindings(findingsOf(RULE, silenced), [unknown('Gezinscoaching', range(93, 4, 93, 20))]);
  });
});
