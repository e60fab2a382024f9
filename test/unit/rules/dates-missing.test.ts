import { expecter, assertFindings, completeProtocol, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'dates-missing';
const expect = expecter(RULE, 'warning');
const noAdoption = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Er staat niet bij wanneer dit protocol is vastgesteld; vul onder "organisatie" "vastgesteld" in, of de geldigheid met "geldig-van" en "geldig-tot". Zo weten lezers welke versie geldt.',
    'The protocol does not say when it was adopted; fill in "vastgesteld" under "organisatie", or the validity with "geldig-van" and "geldig-tot". Readers then know which version applies.',
  );
const noReview = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Er staat niet bij wanneer dit protocol herzien wordt; vul onder "organisatie" "herzien-voor" (of "geldig-tot") in. Het handboek RAAK (§8.1) raadt aan het protocol geregeld bij te werken.',
    'The protocol does not say when it is to be reviewed; fill in "herzien-voor" (or "geldig-tot") under "organisatie". The RAAK handbook (§8.1) advises updating the protocol regularly.',
  );

describe('rule dates-missing', () => {
  it('passes a protocol with "vastgesteld" and "herzien-voor"', () => {
    assertFindings(findingsOf(RULE, completeProtocol()), []);
  });

  it('passes a validity period ("geldig-van" / "geldig-tot") instead', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass-validity')), []);
  });

  it('reports both dates at "organisatie" when there are none', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-none')), [noAdoption(range(3, 0, 3, 11)), noReview(range(3, 0, 3, 11))]);
  });

  it('reports only the review date when the adoption date is there, also when it is empty', () => {
    const onlyAdopted = variant(completeProtocol(), '  herzien-voor: 2027-03-01\n', '  herzien-voor: ""\n');
    assertFindings(findingsOf(RULE, onlyAdopted), [noReview(range(3, 0, 3, 11))]);
  });

  it('points at the first key when there is no "organisatie" at all', () => {
    const text = 'meldcode: "1.0"\nstappen: []\n';
    assertFindings(findingsOf(RULE, text), [noAdoption(range(0, 0, 0, 8)), noReview(range(0, 0, 0, 8))]);
  });
});
