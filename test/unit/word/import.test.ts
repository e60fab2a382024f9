import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { validateText } from '../../../server/src/engine';
import { formatImportSummary, importDocx, WordImportError } from '../../../server/src/word/import';
import { fixtureBytes, importFixture, isKept, readableText, sentencesOf } from './import-helpers';

interface Protocol {
  meldcode: string;
  organisatie: Record<string, string>;
  aandachtsfunctionarissen?: Array<Record<string, string>>;
  contactpunten?: Array<Record<string, string>>;
  stappen?: Array<{ stap: number | number[]; titel?: string; verantwoordelijk?: string; acties?: string[]; contact?: string[]; onderdelen?: Array<{ id: string; titel: string; acties?: string[] }> }>;
  afwegingskader?: unknown;
  routes?: Array<{ id: string; soort: string; titel: string; acties?: string[]; contact?: string[] }>;
  bijlagen?: Array<{ id: string; titel: string; omschrijving?: string }>;
  [key: string]: unknown;
}

interface Question {
  vraag: number;
  tekst: string;
  ja?: string;
  nee?: string;
}

/** Written by LibreOffice from .html, and by pandoc from .md and (the .pandoc.docx) from the same .html. */
const FROM_HTML = ['basisschool-sectormodel', 'huisartsenpraktijk-rommelig', 'jeugdhulp-zonder-stapnummers', 'kinderdagverblijf-stappentabel'];
const FIXTURES = [
  'kinderopvang-basismodel.docx',
  'peuterspeelzaal-in-zinnen.docx',
  'sportclub-een-pagina.docx',
  ...FROM_HTML.map((name) => `${name}.docx`),
  ...FROM_HTML.map((name) => `${name}.pandoc.docx`),
];
const TODAY = '2026-01-15';

async function imported(name: string): Promise<{ yaml: string; protocol: Protocol }> {
  const result = await importFixture(name);
  return { yaml: result.yaml, protocol: parse(result.yaml) as Protocol };
}

function questionsOf(protocol: Protocol): Question[] {
  const kader = protocol.afwegingskader as Question[] | { vragen?: Question[] };
  return Array.isArray(kader) ? kader : kader.vragen ?? [];
}

function officerPhones(protocol: Protocol): string[] {
  return (protocol.aandachtsfunctionarissen ?? []).map((officer) => `${officer.naam} ${officer.telefoon}`);
}

function contact(protocol: Protocol, soort: string): Record<string, string> | undefined {
  return protocol.contactpunten?.find((point) => point.soort === soort);
}

describe('Word import', function () {
  this.timeout(60000);

  describe('every fixture', () => {
    for (const name of FIXTURES) {
      it(`${name}: the file is format 1.1, parses and passes the schema, and its references resolve`, async () => {
        const { yaml, protocol } = await imported(name);
        assert.equal(protocol.meldcode, '1.1');
        const findings = validateText(yaml, { today: TODAY });
        const structural = findings.filter((finding) => ['yaml-syntax', 'schema', 'reference-unknown', 'step-duplicate'].includes(finding.ruleId));
        assert.deepEqual(structural.map((finding) => `${finding.ruleId}: ${finding.message.en}`), []);
      });

      it(`${name}: every sentence of the document is in the file`, async () => {
        const { yaml } = await imported(name);
        const haystack = readableText(yaml);
        const lost = (await sentencesOf(name)).filter((sentence) => !isKept(sentence, haystack));
        assert.deepEqual(lost, []);
      });
    }
  });

  for (const name of FROM_HTML) {
    it(`${name}: LibreOffice's and pandoc's .docx of the same text give the same protocol`, async () => {
      const libreOffice = await imported(`${name}.docx`);
      const pandoc = await imported(`${name}.pandoc.docx`);
      for (const key of ['organisatie', 'aandachtsfunctionarissen', 'contactpunten', 'stappen', 'afwegingskader', 'routes', 'kindcheck', 'bijlagen']) {
        assert.deepEqual(pandoc.protocol[key], libreOffice.protocol[key], key);
      }
    });
  }

  it('basismodel shape: five steps under headings, officers from a table with their stand-in, a "Naam / telefoon / e-mail" line for Veilig Thuis', async () => {
    const { protocol } = await imported('kinderopvang-basismodel.docx');
    assert.deepEqual(protocol.organisatie, {
      naam: 'Kindercentrum Het Klavertje',
      sector: 'kinderopvang',
      vastgesteld: '2025-03-14',
      'herzien-voor': '2027-03-01',
    });
    assert.deepEqual(
      protocol.stappen?.map((step) => [step.stap, step.titel]),
      [
        [1, 'In kaart brengen van signalen'],
        [2, 'Collegiale consultatie en zo nodig raadplegen van Veilig Thuis'],
        [3, 'Gesprek met de ouders'],
        [4, 'Wegen van het geweld'],
        [5, 'Beslissen over melden en hulp'],
      ],
    );
    assert.equal(protocol.stappen?.[0].verantwoordelijk, 'de pedagogisch medewerker die de signalen opmerkt.');
    assert.deepEqual(protocol.stappen?.[1].acties, [
      'Bespreek de signalen met de aandachtsfunctionaris Sanne de Groot.',
      'Vraag zo nodig anoniem advies aan Veilig Thuis.',
      'Leg het advies vast in het kinddossier.',
    ]);
    assert.deepEqual(protocol.stappen?.[1].contact, ['de-groot', 'veilig-thuis']);
    assert.deepEqual(protocol.aandachtsfunctionarissen, [
      {
        id: 'de-groot',
        naam: 'Sanne de Groot',
        functie: 'Aandachtsfunctionaris, pedagogisch coach',
        telefoon: '030-2761450',
        email: 's.degroot@hetklavertje.example',
        vervanger: 'bakker',
      },
      {
        id: 'bakker',
        naam: 'Pieter Bakker',
        functie: 'Plaatsvervangend aandachtsfunctionaris, locatiemanager',
        telefoon: '06-41827365',
        email: 'p.bakker@hetklavertje.example',
        vervanger: 'de-groot',
      },
    ]);
    assert.deepEqual(contact(protocol, 'veilig-thuis'), {
      id: 'veilig-thuis',
      soort: 'veilig-thuis',
      naam: 'Veilig Thuis Utrecht',
      telefoon: '0800-2000',
      email: 'info@veiligthuisutrecht.example',
    });
    assert.deepEqual(contact(protocol, 'politie'), { id: 'politie', soort: 'politie', naam: 'Politie', telefoon: '0900-8844', opmerking: 'geen spoed' });
    assert.deepEqual(contact(protocol, 'spoed'), { id: 'spoed', soort: 'spoed', naam: 'Alarmnummer 112', telefoon: '112', opmerking: 'Bij direct gevaar' });
    assert.deepEqual(
      questionsOf(protocol).map((question) => question.vraag),
      [1, 2, 3, 4, 5],
    );
    assert.equal(questionsOf(protocol)[1].tekst, 'Schat ik in dat er sprake is van acute onveiligheid of structurele onveiligheid?');
    // One paragraph under a heading that names both forms: each sentence goes to the form it names.
    assert.deepEqual(protocol['bijzondere-vormen'], {
      'eergerelateerd-geweld': 'Bij signalen van eergerelateerd geweld raadpleegt de aandachtsfunctionaris dezelfde dag Veilig Thuis.',
      'vrouwelijke-genitale-verminking': 'Bij signalen van dreigende vrouwelijke genitale verminking wordt direct Veilig Thuis geraadpleegd.',
    });
  });

  it('unplaced text is kept under bijlagen with its original heading and marked in a comment', async () => {
    const { yaml, protocol } = await imported('kinderopvang-basismodel.docx');
    assert.deepEqual(protocol.bijlagen?.[1], {
      id: 'begrippen',
      titel: 'Begrippen',
      omschrijving:
        'Onder kindermishandeling verstaan wij elke vorm van voor een minderjarige bedreigende of gewelddadige interactie van fysieke, psychische of seksuele aard.',
    });
    assert.match(yaml, /\n {2}# NIET GEPLAATST: de tekst onder de kop 'Begrippen' is niet herkend; zet hem op de juiste plek in het protocol\.\n {2}- id: begrippen\n/);
  });

  it('sector model for education: "ja of twijfel" reports, outcomes from Ja/Nee lines, the staff-member route with the vertrouwensinspecteur, a validity period', async () => {
    const { protocol } = await imported('basisschool-sectormodel.docx');
    assert.deepEqual(protocol.organisatie, { naam: 'OBS De Vlinderboom', sector: 'onderwijs', 'geldig-van': '2025-08-01', 'geldig-tot': '2029-07-31' });
    assert.deepEqual(
      questionsOf(protocol).map(({ vraag, ja, nee }) => ({ vraag, ja, nee })),
      [
        { vraag: 1, ja: 'vraag-2', nee: 'afsluiten' },
        { vraag: 2, ja: 'melden', nee: 'vraag-3' },
        { vraag: 3, ja: undefined, nee: 'melden' },
        { vraag: 4, ja: undefined, nee: 'melden' },
        { vraag: 5, ja: 'afsluiten', nee: 'melden' },
      ],
    );
    assert.deepEqual(officerPhones(protocol), ['Fatima El Amrani 0294-418230', 'Joost Verhoeven 06-28193746']);
    assert.deepEqual(contact(protocol, 'vertrouwensinspecteur'), {
      id: 'vertrouwensinspecteur',
      soort: 'vertrouwensinspecteur',
      naam: 'Vertrouwensinspecteur',
      telefoon: '0900-111 3 111',
      opmerking: 'Tijdens kantooruren',
    });
    assert.equal(contact(protocol, 'veilig-thuis')?.telefoon, '0800-2000');
    assert.deepEqual(
      protocol.contactpunten?.map((point) => `${point.id} ${point.soort}`),
      ['spoed spoed', 'veilig-thuis veilig-thuis', 'vertrouwensinspecteur vertrouwensinspecteur', 'bevoegd-gezag overig', 'ggd jeugdgezondheidszorg', 'sociaal-team-weesp wijkteam'],
    );
    assert.deepEqual(
      protocol.routes?.map((route) => ({ id: route.id, soort: route.soort, titel: route.titel, contact: route.contact })),
      [
        // "Licht direct de directeur in": the officer whose function is directeur.
        { id: 'acuut', soort: 'acuut-gevaar', titel: 'Bij acuut gevaar', contact: ['verhoeven', 'spoed', 'veilig-thuis'] },
        {
          id: 'medewerker',
          soort: 'vermoeden-medewerker',
          titel: 'Route bij een vermoeden van een zedenmisdrijf door een medewerker',
          contact: ['vertrouwensinspecteur', 'bevoegd-gezag'],
        },
      ],
    );
    assert.deepEqual(protocol.routes?.[1].acties, [
      'Iedere medewerker licht het bevoegd gezag direct in.',
      'Het bevoegd gezag overlegt met de vertrouwensinspecteur.',
      'Bij redelijke vermoedens doet het bevoegd gezag aangifte bij de politie.',
    ]);
  });

  it('messy shape: numbered bold paragraphs as headings, "Stap 4 en 5" merged with 5a/5b, a phone table, the afwegingskader in an appendix, dates written 03-02-2025', async () => {
    const { protocol } = await imported('huisartsenpraktijk-rommelig.docx');
    assert.deepEqual(protocol.organisatie, { naam: 'Huisartsenpraktijk De Brink, Emmen', sector: 'gezondheidszorg', vastgesteld: '2025-02-03', 'geldig-tot': '2028-02-01' });
    assert.deepEqual(
      protocol.stappen?.map((step) => step.stap),
      [1, 2, 3, [4, 5]],
    );
    assert.deepEqual(
      protocol.stappen?.[3].onderdelen?.map((part) => [part.id, part.titel]),
      [
        ['5a', 'Melden bij Veilig Thuis'],
        ['5b', 'Hulp organiseren'],
      ],
    );
    assert.deepEqual(protocol.aandachtsfunctionarissen, [{ id: 'hendriks', naam: 'dr. Marloes Hendriks', functie: 'Aandachtsfunctionaris', telefoon: '0591-624870' }]);
    assert.deepEqual(
      protocol.contactpunten?.map((point) => `${point.soort} ${point.naam} ${point.telefoon}`),
      ['veilig-thuis Veilig Thuis Drenthe 0800-2000', 'politie Politie, wijkagent 0900-8844', 'huisarts Huisartsenpost Emmen 0900-1120112', 'wijkteam Wijkteam Emmen-Centrum 14 0591'],
    );
    const kader = protocol.afwegingskader as { model: string; bijlage: string; vragen: Question[]; toelichting: string };
    assert.equal(kader.model, 'knmg');
    assert.equal(kader.bijlage, 'Bijlage 2: Afwegingskader KNMG');
    assert.deepEqual(
      kader.vragen.map((question) => question.vraag),
      [1, 2, 3, 4, 5],
    );
    assert.equal(kader.toelichting, 'De KNMG-meldcode is leidend; dit schema is een samenvatting.');
    assert.match(String(protocol.kindcheck), /^Bij een volwassen patiënt met verslavingsproblemen/);
    assert.deepEqual(protocol.bijlagen, [
      { id: '8-overige-afspraken', titel: '8. Overige afspraken', omschrijving: 'Het protocol wordt elk jaar in het praktijkoverleg besproken. Nieuwe assistenten krijgen het protocol bij hun start.' },
    ]);
  });

  it('a one-page protocol that only refers to a model: the afwegingskader by reference, contact lines, the dates', async () => {
    const { protocol, yaml } = await imported('sportclub-een-pagina.docx');
    assert.deepEqual(protocol.organisatie, { naam: 'Zwemvereniging De Dolfijn', sector: 'sport', vastgesteld: '2025-06-05', 'herzien-voor': '2028-06-01' });
    assert.equal(protocol.stappen, undefined);
    assert.equal((protocol.afwegingskader as { model: string }).model, 'basismodel');
    assert.deepEqual(
      protocol.contactpunten?.map((point) => `${point.id} ${point.soort} ${point.telefoon}`),
      ['mulder vertrouwenscontactpersoon 06-19283746', 'veilig-thuis veilig-thuis 0800-2000', 'centrum-veilige-sport centrum-veilige-sport 0900-2025590', 'spoed spoed 112'],
    );
    // The rules then say what is missing: here the five steps.
    const missing = validateText(yaml, { today: TODAY }).filter((finding) => finding.ruleId === 'step-missing');
    assert.equal(missing.length, 5);
  });

  it('steps under their titles alone, officers as "Naam: / Functie: / Telefoon:" lines, the questions in a list inside step 5, Veilig Thuis named without a number', async () => {
    const { protocol } = await imported('jeugdhulp-zonder-stapnummers.docx');
    assert.deepEqual(protocol.organisatie, { naam: 'Jeugdhulp De Horizon', sector: 'jeugdhulp', vastgesteld: '2025-10-01', 'geldig-tot': '2028-09-30' });
    assert.deepEqual(
      protocol.stappen?.map((step) => [step.stap, step.titel]),
      [
        [1, 'Signalen in kaart brengen'],
        [2, 'Collegiale consultatie en zo nodig raadplegen van Veilig Thuis'],
        [3, 'Gesprek met de cliënt'],
        [4, 'Wegen van het geweld'],
        [5, 'Beslissen'],
      ],
    );
    assert.deepEqual(protocol.aandachtsfunctionarissen, [
      { id: 'smit', naam: 'Yvonne Smit', functie: 'gedragswetenschapper', telefoon: '038-4219876', email: 'y.smit@dehorizon.example', vervanger: 'de-wit' },
      { id: 'de-wit', naam: 'Ruben de Wit', functie: 'plaatsvervangend aandachtsfunctionaris, teamleider', telefoon: '06-52718394', vervanger: 'smit' },
    ]);
    // No number in the document, so none in the file: contact-phone-missing then asks for it.
    assert.deepEqual(protocol.contactpunten, [{ id: 'veilig-thuis', soort: 'veilig-thuis', naam: 'Veilig Thuis' }]);
    assert.deepEqual(
      questionsOf(protocol).map((question) => question.tekst),
      [
        'Heb ik op basis van de stappen 1 tot en met 4 een vermoeden van huiselijk geweld of kindermishandeling?',
        'Schat ik in dat er sprake is van acute of structurele onveiligheid?',
        'Ben ik in staat effectieve hulp te bieden of te organiseren?',
        'Aanvaarden de betrokkenen de hulp zoals voorgesteld?',
        'Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten?',
      ],
    );
  });

  it('officers and Veilig Thuis named in sentences, the afwegingskader by a reference to an appendix', async () => {
    const { protocol } = await imported('peuterspeelzaal-in-zinnen.docx');
    assert.deepEqual(protocol.aandachtsfunctionarissen, [
      { id: 'jansen', naam: 'Marieke Jansen', telefoon: '030-1234567', vervanger: 'van-der-berg' },
      { id: 'van-der-berg', naam: 'Kees van der Berg', telefoon: '06-12345678', vervanger: 'jansen' },
    ]);
    assert.deepEqual(protocol.contactpunten, [{ id: 'veilig-thuis', soort: 'veilig-thuis', naam: 'Veilig Thuis', telefoon: '0800-2000' }]);
    assert.deepEqual(
      protocol.stappen?.map((step) => [step.stap, step.contact]),
      [
        [1, undefined],
        [2, ['jansen']],
        [3, ['jansen']],
        [[4, 5], ['jansen']],
      ],
    );
    assert.deepEqual(protocol.afwegingskader, {
      model: 'kinderopvang',
      bijlage: 'Bijlage 1',
      toelichting: 'De aandachtsfunctionaris gebruikt het afwegingskader van de kinderopvang (zie bijlage 1) en beslist of een melding nodig is.',
    });
  });

  it('the step plan as one table: a row per step, its cells by their column', async () => {
    const { protocol } = await imported('kinderdagverblijf-stappentabel.docx');
    assert.deepEqual(protocol.stappen, [
      { stap: 1, titel: 'Signalen in kaart brengen', verantwoordelijk: 'Pedagogisch medewerker', termijn: 'Direct', acties: ['Observeer het kind.', 'Noteer feitelijk wat u ziet.'] },
      { stap: 2, titel: 'Collegiale consultatie', verantwoordelijk: 'Aandachtsfunctionaris', termijn: 'Binnen een week', acties: ['Bespreek de signalen met de aandachtsfunctionaris.'] },
      { stap: 3, titel: 'Gesprek met de ouders', verantwoordelijk: 'Pedagogisch medewerker', acties: ['Voer het gesprek met de ouders.'] },
      { stap: [4, 5], titel: 'Wegen en beslissen', verantwoordelijk: 'Leidinggevende', acties: ['Gebruik het afwegingskader en beslis over melden.'] },
    ]);
    assert.equal(protocol.aandachtsfunctionarissen, undefined);
  });

  it('the summary says what was recognised and what was kept unplaced, in Dutch and in English', async () => {
    const dutch = await importFixture('kinderopvang-basismodel.docx');
    assert.equal(
      formatImportSummary(dutch.summary, 'nl'),
      [
        "Geïmporteerd uit 'kinderopvang-basismodel.docx': Kindercentrum Het Klavertje (sector kinderopvang).",
        '  Stappen: 1, 2, 3, 4, 5',
        '  Aandachtsfunctionarissen: 2 (Sanne de Groot 030-2761450; Pieter Bakker 06-41827365)',
        '  Contactpunten: 3 (Veilig Thuis Utrecht 0800-2000; Politie 0900-8844; Alarmnummer 112)',
        '  Afwegingskader: 5 vragen',
        '  Onderdelen: bijzondere-vormen, vastleggen, scholing',
        '  Datums: vastgesteld 2025-03-14, herzien-voor 2027-03-01',
        'Niet gevonden: kindcheck, beroepsgeheim.',
        "Niet geplaatst, met de oorspronkelijke kop bewaard onder bijlagen en gemarkeerd met 'NIET GEPLAATST':",
        "  'Aandachtsfunctionarissen' (1 alinea) -> bijlagen: aandachtsfunctionarissen",
        "  'Begrippen' (1 alinea) -> bijlagen: begrippen",
        'Controleer het protocol met meldcode-lint: de regels melden wat nog ontbreekt.',
        '',
      ].join('\n'),
    );
    const english = await importFixture('huisartsenpraktijk-rommelig.docx', 'en');
    assert.equal(
      formatImportSummary(english.summary, 'en'),
      [
        "Imported from 'huisartsenpraktijk-rommelig.docx': Huisartsenpraktijk De Brink, Emmen (sector gezondheidszorg).",
        '  Steps: 1, 2, 3, 4 and 5 (parts 5a, 5b)',
        '  Attention officers: 1 (dr. Marloes Hendriks 0591-624870)',
        '  Contact points: 4 (Veilig Thuis Drenthe 0800-2000; Politie, wijkagent 0900-8844; Huisartsenpost Emmen 0900-1120112; Wijkteam Emmen-Centrum 14 0591)',
        '  Afwegingskader: 5 questions, in Bijlage 2: Afwegingskader KNMG',
        '  Sections: kindcheck',
        '  Dates: vastgesteld 2025-02-03, geldig-tot 2028-02-01',
        'Not found: bijzondere-vormen, beroepsgeheim, vastleggen, scholing.',
        "Not placed, kept with the original heading under bijlagen and marked 'NOT PLACED':",
        "  '8. Overige afspraken' (1 paragraph) -> bijlagen: 8-overige-afspraken",
        'Check the protocol with meldcode-lint: the rules report what is still missing.',
        '',
      ].join('\n'),
    );
    assert.match(english.yaml, /^# Imported from 'huisartsenpraktijk-rommelig.docx' with meldcode-lint import\.\n/);
  });

  describe('documents that cannot be imported', () => {
    const cases: Array<[string, string, string, string]> = [
      [
        'kapot/geen-docx.docx',
        'not-docx',
        "'geen-docx.docx' is geen Word-document (.docx). Sla het in Word of LibreOffice op als Word-document (.docx) en importeer het opnieuw.",
        "'geen-docx.docx' is not a Word document (.docx). Save it in Word or LibreOffice as a Word document (.docx) and import it again.",
      ],
      [
        'kapot/versleuteld.docx',
        'encrypted',
        "'versleuteld.docx' is met een wachtwoord beveiligd en kan niet gelezen worden. Open het in Word of LibreOffice, haal het wachtwoord eraf (Bestand > Info > Document beveiligen) en sla het opnieuw op.",
        "'versleuteld.docx' is protected with a password and cannot be read. Open it in Word or LibreOffice, remove the password (File > Info > Protect Document) and save it again.",
      ],
      [
        'kapot/afgebroken.docx',
        'damaged',
        "'afgebroken.docx' is beschadigd of onvolledig en kan niet als Word-document gelezen worden (technische melding: Corrupted zip: can't find end of central directory). Open het in Word of LibreOffice; die kunnen het soms herstellen.",
        "'afgebroken.docx' is damaged or incomplete and cannot be read as a Word document (technical detail: Corrupted zip: can't find end of central directory). Open it in Word or LibreOffice, which can sometimes repair it.",
      ],
    ];
    for (const [name, problem, nl, en] of cases) {
      it(`${name}: ${problem}, with a message in Dutch and English`, async () => {
        const sourceName = name.split('/')[1];
        await assert.rejects(importDocx(fixtureBytes(name), { locale: 'nl', sourceName }), (error: unknown) => {
          assert.ok(error instanceof WordImportError);
          assert.equal(error.problem, problem);
          assert.equal(error.messageIn('nl'), nl);
          assert.equal(error.messageIn('en'), en);
          return true;
        });
      });
    }

    it('a Word 97-2003 document (an OLE container without encryption) is named as the old format', async () => {
      const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      const oldWord = Buffer.concat([header, Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')]);
      await assert.rejects(importDocx(oldWord, { locale: 'en', sourceName: 'oud.doc' }), (error: unknown) => error instanceof WordImportError && error.problem === 'old-word-format');
    });

    it('a zip file that holds no Word document is not a .docx', async () => {
      const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
      const withSignature = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), emptyZip]);
      await assert.rejects(importDocx(withSignature, { locale: 'nl', sourceName: 'leeg.docx' }), (error: unknown) => error instanceof WordImportError);
    });
  });
});
