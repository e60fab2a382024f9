import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'personal-data';
const expect = expecter(RULE, 'error');
const bsn = (where: ReturnType<typeof range>, number: string) =>
  expect(
    where,
    `"${number}" lijkt een burgerservicenummer (het voldoet aan de 11-proef); een protocol is een openbaar document, zet er geen gegevens van cliënten in.`,
    `"${number}" looks like a citizen service number (BSN: it passes the 11 test); a protocol is a published document, so it must hold no client data.`,
  );

describe('rule personal-data', () => {
  it('passes 123456789 (fails the 11-proef), a ten-digit phone number and +31/0031 numbers', () => {
    // 0111222333, +31 301234565 and 0031 301234565 hold nine digits that pass the 11-proef.
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports a BSN anywhere in the file, comments included, also in the dotted form', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      bsn(range(2, 31, 2, 42), '1112.22.333'),
      bsn(range(42, 77, 42, 86), '111222333'),
    ]);
  });

  it('reports nine digits that pass the 11-proef once the +31 in front is gone', () => {
    const text = variant(ruleFixture(RULE, 'pass'), '    telefoon: "+31 301234565"\n', '    telefoon: "301234565"\n');
    assertFindings(findingsOf(RULE, text), [bsn(range(22, 15, 22, 24), '301234565')]);
  });

  it('reports a date named as someone\'s birth, in the ways Dutch writes it, but not the word alone', () => {
    const text = [
      'kindcheck: |',
      '  Het kind (geboren 12-03-2015) en zijn zus, geb. 3 maart 2017; Geboortedatum: 2015-03-12.',
      '  Noteer de geboortedatum in het dossier; ongeboren kinderen tellen ook mee.',
      '',
    ].join('\n');
    const birthDate = (where: ReturnType<typeof range>, found: string) =>
      expect(
        where,
        `"${found}" lijkt de geboortedatum van een cliënt; een protocol is een openbaar document, zet er geen gegevens van cliënten in.`,
        `"${found}" looks like a client's date of birth; a protocol is a published document, so it must hold no client data.`,
      );
    assertFindings(findingsOf(RULE, text), [
      birthDate(range(1, 12, 1, 30), 'geboren 12-03-2015'),
      birthDate(range(1, 45, 1, 62), 'geb. 3 maart 2017'),
      birthDate(range(1, 64, 1, 89), 'Geboortedatum: 2015-03-12'),
    ]);
  });

  it('reports a case or client number, but not a short number or the word alone', () => {
    const text = 'vastleggen: Dossiernummer: 2023-0412 en cliëntnr. AB12345 horen in het dossier, niet hier; patiëntnummer 12; zaaknummers.\n';
    const caseNumber = (where: ReturnType<typeof range>, found: string) =>
      expect(
        where,
        `"${found}" lijkt een dossier- of cliëntnummer; een protocol is een openbaar document, zet er geen gegevens van cliënten in.`,
        `"${found}" looks like a case or client number; a protocol is a published document, so it must hold no client data.`,
      );
    assertFindings(findingsOf(RULE, text), [caseNumber(range(0, 12, 0, 36), 'Dossiernummer: 2023-0412'), caseNumber(range(0, 40, 0, 57), 'cliëntnr. AB12345')]);
  });
});
