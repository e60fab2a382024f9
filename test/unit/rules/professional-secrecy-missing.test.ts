import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'professional-secrecy-missing';
const expect = expecter(RULE, 'warning');
const missing = (where: ReturnType<typeof range>, sector: string) =>
  expect(
    where,
    `In de sector ${sector} hebben hulpverleners een beroepsgeheim: beschrijf onder "beroepsgeheim" hoe het meldrecht werkt en hoe u eerst toestemming vraagt waar dat kan (Wmo 2015, art. 5.2.6; Besluit verplichte meldcode, art. 2).`,
    `In the ${sector} sector care workers have professional secrecy: describe under "beroepsgeheim" how the right to report works and how consent is asked first where possible (Wmo 2015, art. 5.2.6; Besluit verplichte meldcode, art. 2).`,
  );
/** Justice: secrecy depends on the profession, so the finding is conditional advice. */
const ifSecrecy = (where: ReturnType<typeof range>) =>
  expecter(RULE, 'info')(
    where,
    'In de sector justitie hangt het van het beroep af of iemand een beroepsgeheim heeft. Hebben medewerkers het, beschrijf dan onder "beroepsgeheim" hoe het meldrecht werkt en hoe u eerst toestemming vraagt waar dat kan (Wmo 2015, art. 5.2.6).',
    'In the justitie sector whether someone has professional secrecy depends on the profession. If staff have it, describe under "beroepsgeheim" how the right to report works and how consent is asked first where possible (Wmo 2015, art. 5.2.6).',
  );

/** The failing fixture (no "beroepsgeheim") with another sector. */
function inSector(sector: string): string {
  return variant(ruleFixture(RULE, 'fail'), 'sector: gezondheidszorg', `sector: ${sector}`);
}

describe('rule professional-secrecy-missing', () => {
  it('passes a youth-care protocol that describes the meldrecht', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('passes a school without a "beroepsgeheim" section: teachers have no professional secrecy', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass-onderwijs')), []);
  });

  it('points at the first key for health care without "beroepsgeheim"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [missing(range(2, 0, 2, 8), 'gezondheidszorg')]);
  });

  it('does not assume professional secrecy in justice: conditional advice, as info', () => {
    assertFindings(findingsOf(RULE, inSector('justitie')), [ifSecrecy(range(2, 0, 2, 8))]);
  });

  for (const sector of ['jeugdhulp', 'maatschappelijke-ondersteuning']) {
    it(`asks for it in the sector ${sector}`, () => {
      assertFindings(findingsOf(RULE, inSector(sector)), [missing(range(2, 0, 2, 8), sector)]);
    });
  }

  for (const sector of ['onderwijs', 'mbo', 'hoger-onderwijs', 'leerplicht', 'asielopvang', 'kinderopvang', 'sport', 'overig']) {
    it(`does not ask for it in the sector ${sector}`, () => {
      assertFindings(findingsOf(RULE, inSector(sector)), []);
    });
  }

  it('points at "beroepsgeheim" when it is empty', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-empty')), [missing(range(80, 0, 80, 13), 'jeugdhulp')]);
  });
});
