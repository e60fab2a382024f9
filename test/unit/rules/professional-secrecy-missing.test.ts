import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'professional-secrecy-missing';
const expect = expecter(RULE, 'warning');
const missing = (where: ReturnType<typeof range>, sector: string) =>
  expect(
    where,
    `In de sector ${sector} geldt een beroepsgeheim: beschrijf onder "beroepsgeheim" hoe het meldrecht werkt en hoe u eerst toestemming vraagt (Wmo 2015, art. 5.2.6).`,
    `The ${sector} sector has professional secrecy: describe under "beroepsgeheim" how the right to report works and how consent is asked first (Wmo 2015, art. 5.2.6).`,
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

  for (const sector of ['jeugdhulp', 'maatschappelijke-ondersteuning', 'justitie']) {
    it(`asks for it in the sector ${sector}`, () => {
      assertFindings(findingsOf(RULE, inSector(sector)), [missing(range(2, 0, 2, 8), sector)]);
    });
  }

  for (const sector of ['onderwijs', 'kinderopvang', 'sport', 'overig']) {
    it(`does not ask for it in the sector ${sector}`, () => {
      assertFindings(findingsOf(RULE, inSector(sector)), []);
    });
  }

  it('points at "beroepsgeheim" when it is empty', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-empty')), [missing(range(80, 0, 80, 13), 'jeugdhulp')]);
  });
});
