import { strict as assert } from 'node:assert';
import { ruleById } from '../../../server/src/engine';
import { serviceNumbers } from '../../../server/src/engine/rules/personal-data';
import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'personal-data';
const expect = expecter(RULE, 'error');
type Where = ReturnType<typeof range>;
const NO_CLIENT_DATA_NL = 'Een protocol is een openbaar document: zet er geen gegevens van cliënten in';
const NO_CLIENT_DATA_EN = 'A protocol is a published document: it must hold no client data';
const bsn = (where: Where, number: string) =>
  expect(
    where,
    `"${number}" lijkt een burgerservicenummer (het voldoet aan de 11-proef). ${NO_CLIENT_DATA_NL}; een BSN mag alleen gebruikt worden waar een wet dat regelt (UAVG, art. 46).`,
    `"${number}" looks like a citizen service number (BSN: it passes the 11 test). ${NO_CLIENT_DATA_EN}; a BSN may only be used where a law provides for it (UAVG, art. 46).`,
  );
const bsnEightDigits = (where: Where, number: string) =>
  expect(
    where,
    `"${number}" lijkt een burgerservicenummer van acht cijfers (met een 0 ervoor voldoet het aan de 11-proef). ${NO_CLIENT_DATA_NL}; een BSN mag alleen gebruikt worden waar een wet dat regelt (UAVG, art. 46).`,
    `"${number}" looks like an eight-digit citizen service number (BSN: with a leading 0 it passes the 11 test). ${NO_CLIENT_DATA_EN}; a BSN may only be used where a law provides for it (UAVG, art. 46).`,
  );
const birthDate = (where: Where, found: string) =>
  expect(
    where,
    `"${found}" lijkt de geboortedatum van een cliënt. ${NO_CLIENT_DATA_NL} (AVG, art. 5 lid 1 onder c: niet meer gegevens dan nodig).`,
    `"${found}" looks like a client's date of birth. ${NO_CLIENT_DATA_EN} (GDPR, art. 5(1)(c): data minimisation).`,
  );
const namedBirthDate = (where: Where, found: string) =>
  expect(
    where,
    `"${found}" lijkt een naam met een geboortedatum. ${NO_CLIENT_DATA_NL} (AVG, art. 5 lid 1 onder c: niet meer gegevens dan nodig).`,
    `"${found}" looks like a name with a date of birth. ${NO_CLIENT_DATA_EN} (GDPR, art. 5(1)(c): data minimisation).`,
  );
const caseNumber = (where: Where, found: string) =>
  expect(
    where,
    `"${found}" lijkt een dossier-, zaak-, leerling- of cliëntnummer. ${NO_CLIENT_DATA_NL} (AVG, art. 5 lid 1 onder c: niet meer gegevens dan nodig).`,
    `"${found}" looks like a case, student or client number. ${NO_CLIENT_DATA_EN} (GDPR, art. 5(1)(c): data minimisation).`,
  );

/** A literal block whose one line of text is `value`: findings on line 1, from character 2. */
const block = (value: string): string => `kindcheck: |\n  ${value}\n`;
/** Where a piece of the value stands in block(value). */
const at = (value: string, piece: string, from = 0): Where => {
  const index = value.indexOf(piece, from);
  assert.notEqual(index, -1, `${JSON.stringify(piece)} not in ${JSON.stringify(value)}`);
  return range(1, 2 + index, 1, 2 + index + piece.length);
};
/** The findings of the value alone, for every value of a list: what each line shows. */
const eachAlone = (values: readonly string[]) => values.map((value) => findingsOf(RULE, block(value)).map((f) => f.message.en.split('"')[1]));

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

  describe('a BSN', () => {
    it('in groups of 3-3-3 or 4-2-3, with spaces, hyphens or dots between them', () => {
      for (const written of ['123 456 708', '1234 56 708', '123-456-708', '123.456.708', '1234.56.708']) {
        const value = `BSN van de leerling: ${written}.`;
        assertFindings(findingsOf(RULE, block(value)), [bsn(at(value, written), written)]);
      }
    });

    it('with a no-break, narrow no-break, thin or zero-width space between the digit groups; the message shows what a reader sees', () => {
      for (const [written, shown] of [
        ['123\u00a0456\u00a0708', '123 456 708'],
        ['123\u202f456\u202f708', '123 456 708'],
        ['1234\u200956\u2009708', '1234 56 708'],
        ['123\u200b456\u200b708', '123456708'],
        ['12\u200b3456\u200b708', '123456708'],
        ['123\u200b \u200b456 708', '123 456 708'],
      ]) {
        const value = `BSN ${written} (voorbeeld)`;
        assertFindings(findingsOf(RULE, block(value)), [bsn(at(value, written), shown)]);
      }
    });

    it('of eight digits, the 11-proef taken with a 0 in front; not when the eight digits read as a date', () => {
      const value = 'BSN 12345672, geboren 20150106 of 08012015.';
      assertFindings(findingsOf(RULE, block(value)), [bsnEightDigits(at(value, '12345672'), '12345672')]);
    });

    it('beside other numbers in a sentence: a group of nine or 3-3-3 set off by spaces still counts', () => {
      const value = 'Leerling uit groep 5 111222333 en groep 7 123 456 708.';
      assertFindings(findingsOf(RULE, block(value)), [bsn(at(value, '111222333'), '111222333'), bsn(at(value, '123 456 708'), '123 456 708')]);
    });

    it("not an organisation's RSIN or KvK number, which follows RSIN, KvK or KvK-nummer", () => {
      const values = [
        'RSIN 111222333',
        'RSIN: 111 222 333',
        'fiscaal nummer (RSIN): 111222333',
        'KvK 12345672',
        'KvK-nummer: 12345672',
        'KvK-nr. 123 456 708',
        'Kamer van Koophandel 12345672',
      ];
      assert.deepEqual(eachAlone(values), values.map(() => []));
      // A BSN after them in the same sentence is still a BSN.
      const value = 'KvK 12345672, BSN van de leerling 111222333';
      assertFindings(findingsOf(RULE, block(value)), [bsn(at(value, '111222333'), '111222333')]);
    });

    it('not in phone numbers, an IBAN, a VAT number, a postcode, a decimal, a path or a longer number', () => {
      // Each of these holds nine or eight digits that pass the 11-proef (with a 0 in front for eight).
      const values = [
        'bel 06 12345672 of 06-12345672',
        'bel +31 6 12345672 of +31 301234565',
        'bel 0031 301234565 of 0031-301234565',
        'bel 030-111222333',
        'IBAN NL91ABNA0111222333 of NL91 ABNA 0111 2223 33',
        'btw-id NL111222333B01',
        'postcode 3824 RK, 3824RK',
        '1.111222333 en 111222333,5 en 1.111.222.333',
        'map /archief/111222333/ of code ID_111222333',
        'nummer 1111222333 of 11122233',
      ];
      assert.deepEqual(eachAlone(values), values.map(() => []));
    });
  });

  describe('a date of birth', () => {
    it("is reported when a date is named as someone's birth, in the ways Dutch writes it, but not the word alone", () => {
      const text = [
        'kindcheck: |',
        '  Het kind (geboren 12-03-2015) en zijn zus, geb. 3 maart 2017; Geboortedatum: 2015-03-12.',
        '  Noteer de geboortedatum in het dossier; ongeboren kinderen tellen ook mee.',
        '',
      ].join('\n');
      assertFindings(findingsOf(RULE, text), [
        birthDate(range(1, 12, 1, 30), 'geboren 12-03-2015'),
        birthDate(range(1, 45, 1, 62), 'geb. 3 maart 2017'),
        birthDate(range(1, 64, 1, 89), 'Geboortedatum: 2015-03-12'),
      ]);
    });

    it('also as geb 12-03-2015, geb.datum:, with an abbreviated month, with the weekday, and as °12-03-2015', () => {
      for (const found of [
        'geb 12-03-2015',
        'geb.datum: 12-03-2015',
        'geb. datum 12/3/15',
        'geboren op 3 mrt. 2015',
        'geboren op 3 sept 2015',
        'geboren op maandag 12 maart 2015',
        'geboren op ma. 12 maart 2015',
        'Geboren: vrijdag, 3 april 2015',
        '°12-03-2015',
      ]) {
        const value = `Leerling ${found} uit groep 3.`;
        assertFindings(findingsOf(RULE, block(value)), [birthDate(at(value, found), found)]);
      }
    });

    it('after a name, in brackets: "Sanne de Vries (12-03-2015) uit groep 3"', () => {
      for (const found of ['Sanne de Vries (12-03-2015)', 'Youssef el Amrani (3 maart 2016)', 'Daan Jansen ( 2015-03-12 )', 'Jan van der Berg (1-2-2014)']) {
        const value = `Bijvoorbeeld: ${found} uit groep 3.`;
        assertFindings(findingsOf(RULE, block(value)), [namedBirthDate(at(value, found), found)]);
      }
    });

    it("but not the protocol's own dates, the dates of laws and bodies, a year alone in brackets or one first name", () => {
      const values = [
        'Vastgesteld op 12-03-2026 en herzien voor 12-03-2028; geldig van 01-03-2026 tot 01-03-2028.',
        'Veilig Thuis Utrecht (01-01-2015), de Wet verplichte meldcode (01-07-2013) en het Besluit (1 januari 2019).',
        'De Meldcode Kinderopvang (12-03-2018); Basismodel Meldcode (2018); Sanne (12-03-2015).',
        'Het gebied 12-03-2015; geboren in 2015.',
      ];
      assert.deepEqual(eachAlone(values), values.map(() => []));
      assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []); // vastgesteld: 2026-03-01, herzien-voor: 2027-03-01
    });
  });

  describe('a case or client number', () => {
    it('is reported, but not a short number or the word alone', () => {
      const text = 'vastleggen: Dossiernummer: 2023-0412 en cliëntnr. AB12345 horen in het dossier, niet hier; patiëntnummer 12; zaaknummers.\n';
      assertFindings(findingsOf(RULE, text), [caseNumber(range(0, 12, 0, 36), 'Dossiernummer: 2023-0412'), caseNumber(range(0, 40, 0, 57), 'cliëntnr. AB12345')]);
    });

    it('also after zaaknr., leerlingnummer, with a code of four letters, and with a ë written as e and a separate diaeresis', () => {
      for (const [found, shown] of [
        ['zaaknr. 12345', 'zaaknr. 12345'],
        ['Zaaknummer 2023/0412', 'Zaaknummer 2023/0412'],
        ['leerlingnummer 20230412', 'leerlingnummer 20230412'],
        ['leerlingnr: 4471', 'leerlingnr: 4471'],
        ['dossiernummer: ABCD-1234', 'dossiernummer: ABCD-1234'],
        ['clie\u0308ntnummer 12345', 'cliëntnummer 12345'],
        ['patie\u0308ntnr. 98765', 'patiëntnr. 98765'],
      ]) {
        const value = `Noteer ${found} niet hier.`;
        assertFindings(findingsOf(RULE, block(value)), [caseNumber(at(value, found), shown)]);
      }
    });

    it('but not a year after the word: "Het dossiernummer 2024 wordt ..."; with a colon or "nr" it is a number', () => {
      const value = 'Het dossiernummer 2024 wordt later toegekend; dossiernummer van 2024-0412; dossiernummer: 2024 en dossiernr. 2024.';
      assertFindings(findingsOf(RULE, block(value)), [caseNumber(at(value, 'dossiernummer: 2024'), 'dossiernummer: 2024'), caseNumber(at(value, 'dossiernr. 2024'), 'dossiernr. 2024')]);
    });
  });

  describe('hostile input', () => {
    // This rule alone, for its own time: each input is read in linear time (bench/run.ts times them, "hostile input").
    const alone = (text: string) => findingsOf(RULE, text, { ruleSet: [ruleById(RULE)!] });

    it('"geboren" followed by 64,000 spaces, with or without a date after them', () => {
      assertFindings(alone(block(`geboren${' '.repeat(64_000)}`)), []);
      assertFindings(alone(block(`geboren${' '.repeat(64_000)}12-03-2015`)), []);
      assertFindings(alone(block(`dossiernummer${' '.repeat(100_000)}12345`)), []);
    });

    it('100,000 digits, letters, digit groups and zero-width spaces', () => {
      assertFindings(alone(block('1'.repeat(100_000))), []);
      assertFindings(alone(block('a'.repeat(100_000))), []);
      assertFindings(alone(block('Aa '.repeat(33_000))), []);
      assertFindings(alone(block('1 '.repeat(50_000))), []);
      assertFindings(alone(block('1\u200b'.repeat(50_000))), []);
      assertFindings(alone(block('Sanne de '.repeat(11_000))), []);
    });

    it('10,000 BSNs in a row are 10,000 numbers, each where it stands', () => {
      // The scan itself (the engine shows the first 100 findings of a rule per file).
      const text = block('123 456 708, '.repeat(10_000));
      const numbers = serviceNumbers(text);
      assert.equal(numbers.length, 10_000);
      const start = text.indexOf('123') + 13 * 9_999;
      assert.deepEqual(numbers[9_999], { start, end: start + 11, shown: '123 456 708', eightDigits: false });
    });
  });
});
