import { strict as assert } from 'node:assert';
import { parseProtocol, validateText, type Finding, type Range } from '../../../server/src/engine';
import type { ScalarField } from '../../../server/src/engine';
import { definition, documentHighlights, prepareRename, references, rename } from '../../../server/src/features';
import { findingsOf, readFixture, TODAY, variant } from '../../helpers/rules';

const URI = 'file:///protocol.meldcode.yaml';
const school = readFixture('schema', 'format-1-1-school.meldcode.yaml');
const sportclub = readFixture('schema', 'format-1-1-sportclub.meldcode.yaml');
const practice = readFixture('schema', 'format-1-1-praktijk.meldcode.yaml');

/** The offset of the `nth` (0-based) occurrence of `needle` in `text`. */
function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.notEqual(at, -1, `"${needle}" occurs fewer than ${nth + 1} times`);
  }
  return at;
}

function rangeAt(text: string, start: number, end: number): Range {
  const position = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: position(start), end: position(end) };
}

/** The range of the `nth` occurrence of `needle`, as the model and the findings give ranges. */
function rangeOf(text: string, needle: string, nth = 0): Range {
  const at = offsetOf(text, needle, nth);
  return rangeAt(text, at, at + needle.length);
}

/** The range of `value` where it first stands inside the `nth` occurrence of `context`. */
function rangeIn(text: string, context: string, value: string, nth = 0): Range {
  const inner = context.indexOf(value);
  assert.notEqual(inner, -1, `"${value}" is not in "${context}"`);
  const at = offsetOf(text, context, nth) + inner;
  return rangeAt(text, at, at + value.length);
}

/** What a scalar field says and where: its text as written and its range. */
function seen(field: ScalarField | undefined): [string, Range] | undefined {
  return field && [field.text, field.range];
}

function texts(fields: readonly ScalarField[]): string[] {
  return fields.map((field) => field.text);
}

describe('format 1.1: the typed model', () => {
  describe('a school: preliminary and merged steps, sub-steps, routes, the afwegingskader as questions under a model', () => {
    const { model } = parseProtocol(school);

    it('reads every step number, from a number or a list, with where each is written', () => {
      assert.deepEqual(
        model.steps.map((step) => step.numbers),
        [[0], [1], [2], [3], [4, 5]],
      );
      // stap stays the single value it always was; a merged step has none.
      assert.deepEqual(seen(model.steps[0].stap), ['0', rangeIn(school, 'stap: 0', '0')]);
      assert.equal(model.steps[4].stap, undefined);
      assert.deepEqual(
        model.steps[4].numberFields.map((field) => [field.value, field.range]),
        [
          [4, rangeIn(school, 'stap: [4, 5]', '4')],
          [5, rangeIn(school, 'stap: [4, 5]', '5')],
        ],
      );
    });

    it('reads time limits and actions', () => {
      assert.deepEqual(seen(model.steps[0].termijn), ['direct', rangeIn(school, 'termijn: direct', 'direct')]);
      assert.deepEqual(seen(model.steps[2].termijn), ['binnen 5 werkdagen', rangeOf(school, 'binnen 5 werkdagen')]);
      assert.equal(model.steps[1].termijn, undefined);
      assert.deepEqual(texts(model.steps[0].acties), ['Bel 112', 'en daarna Veilig Thuis.']);
    });

    it('reads the sub-steps of a step, each with its id, title, role, actions, contacts and time limit', () => {
      const [first, second] = model.steps[4].substeps;
      assert.equal(model.steps[4].substeps.length, 2);
      assert.deepEqual(seen(first.id), ['5a', rangeOf(school, '5a')]);
      assert.deepEqual(seen(first.titel), ['Beslissen over melden', rangeOf(school, 'Beslissen over melden')]);
      assert.deepEqual(seen(first.verantwoordelijk), ['directeur', rangeIn(school, 'Beslissen over melden\n        verantwoordelijk: directeur', 'directeur')]);
      assert.deepEqual(texts(first.acties), ['Meld bij Veilig Thuis als het afwegingskader dat zegt.']);
      assert.deepEqual(first.contacts.map((field) => [field.text, field.range]), [['veilig-thuis', rangeIn(school, 'contact: [veilig-thuis]', 'veilig-thuis')]]);
      assert.deepEqual(seen(first.termijn), ['dezelfde dag', rangeOf(school, 'dezelfde dag')]);
      assert.deepEqual(seen(second.id), ['5b', rangeOf(school, '5b')]);
      assert.deepEqual(texts(second.contacts), ['mulder']);
      assert.deepEqual(second.acties, []);
      assert.ok(model.steps.slice(0, 4).every((step) => step.substeps.length === 0));
    });

    it('tells which form the afwegingskader has, with the model and the questions and their outcomes', () => {
      const framework = model.afwegingskader!;
      assert.equal(framework.form, 'questions');
      assert.deepEqual(seen(framework.model), ['onderwijs', rangeIn(school, 'model: onderwijs', 'onderwijs')]);
      assert.equal(framework.section.key, 'afwegingskader');
      assert.deepEqual(framework.section.keyRange, rangeIn(school, '\nafwegingskader:', 'afwegingskader'));
      assert.equal(framework.range.start.line, rangeOf(school, 'model: onderwijs').start.line);
      assert.equal(framework.questions, model.questions);
      assert.deepEqual(
        model.questions.map((question) => [question.vraag?.value, question.ja?.text, question.nee?.text]),
        [
          [1, 'vraag-2', 'afsluiten'],
          [2, 'melden-en-hulp', 'vraag-3'],
          [3, 'vraag-4', 'melden'],
          [4, 'hulp', 'melden'],
          [5, 'afsluiten', '3'],
        ],
      );
      assert.deepEqual(seen(model.questions[1].ja), ['melden-en-hulp', rangeOf(school, 'melden-en-hulp')]);
      assert.deepEqual(seen(model.questions[1].toelichting), ['Bij twijfel melden we ook.', rangeOf(school, 'Bij twijfel melden we ook.')]);
      assert.deepEqual(framework.decisions, []);
      assert.equal(framework.appendix, undefined);
    });

    it('reads the routes: id, kind, title, role, actions, contacts and their own steps', () => {
      assert.deepEqual(
        model.routes.map((route) => [route.id?.text, route.soort?.text, route.titel?.text, route.verantwoordelijk?.text]),
        [
          ['acuut', 'acuut-gevaar', 'Bij acuut gevaar', undefined],
          ['medewerker', 'vermoeden-medewerker', 'Vermoeden van een zedenmisdrijf door een medewerker', 'bevoegd gezag'],
        ],
      );
      const [acute, staff] = model.routes;
      assert.deepEqual(seen(acute.id), ['acuut', rangeIn(school, 'id: acuut', 'acuut')]);
      assert.deepEqual(seen(acute.soort), ['acuut-gevaar', rangeOf(school, 'acuut-gevaar')]);
      assert.deepEqual(seen(acute.omschrijving), [
        'Als een kind nu in direct gevaar is, gaan de stappen niet voor.',
        rangeOf(school, 'Als een kind nu in direct gevaar is, gaan de stappen niet voor.'),
      ]);
      assert.deepEqual(texts(acute.acties), ['Bel 112.', 'Bel Veilig Thuis.']);
      assert.deepEqual(texts(acute.contacts), ['alarm', 'veilig-thuis']);
      assert.deepEqual(acute.steps, []);
      assert.deepEqual(
        staff.steps.map((step) => [step.numbers, step.titel?.text, step.verantwoordelijk?.text, texts(step.contacts), step.termijn?.text]),
        [
          [[1], 'Direct melden bij het bevoegd gezag', 'iedere medewerker', ['mulder'], 'direct'],
          [[2], 'Overleg met de vertrouwensinspecteur', 'bevoegd gezag', ['inspectie'], undefined],
          [[3], 'Aangifte bij redelijk vermoeden', 'bevoegd gezag', ['politie'], undefined],
        ],
      );
      assert.deepEqual(seen(staff.steps[1].stap), ['2', rangeIn(school, 'stap: 2\n        titel: Overleg', '2')]);
      assert.deepEqual(texts(staff.steps[1].acties), ['Leg het overleg vast.']);
      assert.deepEqual(staff.steps[0].substeps, []);
    });

    it('reads the organisation\'s own responsibilities as a list, and the appendices', () => {
      assert.deepEqual(texts(model.responsibilities), [
        'De school schoolt leerkrachten elk jaar in signaleren.',
        'De directeur zorgt voor een veilig klimaat om zorgen te bespreken.',
      ]);
      assert.deepEqual(model.responsibilities[0].range, rangeOf(school, 'De school schoolt leerkrachten elk jaar in signaleren.'));
      assert.deepEqual(
        model.appendices.map((appendix) => [appendix.id?.text, appendix.titel?.text, appendix.omschrijving?.text]),
        [
          ['signalenlijst', 'Bijlage 1: signalenlijst 4–12 jaar', 'Signalen per leeftijd.'],
          ['sociale-kaart', 'Bijlage 2: sociale kaart', undefined],
        ],
      );
      assert.deepEqual(model.appendices[1].titel?.range, rangeOf(school, '"Bijlage 2: sociale kaart"'));
    });

    it('counts every contact of steps, sub-steps, routes and route steps as a reference, in text order', () => {
      const contacts = model.references.filter((reference) => reference.kind === 'contact');
      assert.deepEqual(
        contacts.map((reference) => reference.target.text),
        [
          'alarm', 'veilig-thuis', // stap 0
          'bakker', // stap 1
          'bakker', 'veilig-thuis', // stap 2
          'veilig-thuis', // 5a
          'mulder', // 5b
          'alarm', 'veilig-thuis', // route acuut
          'mulder', 'inspectie', 'politie', // route medewerker, steps 1-3
        ],
      );
      const offsets = model.references.map((reference) => reference.target.startOffset);
      assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
      assert.deepEqual(contacts[10].target.range, rangeIn(school, '[inspectie]', 'inspectie'));
    });
  });

  describe('a sports club: the basismodel\'s two decisions, a period of validity, a text of responsibilities', () => {
    const { model } = parseProtocol(sportclub);

    it('reads the period of validity', () => {
      assert.deepEqual(seen(model.organisation?.geldigVan), ['2024-01-01', rangeOf(sportclub, '2024-01-01')]);
      assert.deepEqual(seen(model.organisation?.geldigTot), ['2027-12-31', rangeOf(sportclub, '2027-12-31')]);
      assert.equal(model.organisation?.vastgesteld, undefined);
      assert.equal(model.organisation?.zelfstandig, undefined);
    });

    it('reads the decisions with their outcomes and conditions', () => {
      const framework = model.afwegingskader!;
      assert.equal(framework.form, 'decisions');
      assert.deepEqual(seen(framework.model), ['basismodel', rangeIn(sportclub, 'model: basismodel', 'basismodel')]);
      assert.deepEqual(model.questions, []);
      assert.deepEqual(
        framework.decisions.map((decision) => [decision.beslissing?.value, decision.tekst?.text, decision.ja?.text, decision.nee?.text, decision.voorwaarden.length]),
        [
          [1, 'Is melden noodzakelijk?', 'melden', 'beslissing-2', 0],
          [2, 'Is hulp verlenen of organiseren (ook) mogelijk?', 'hulp', 'melden', 3],
        ],
      );
      assert.deepEqual(seen(framework.decisions[0].nee), ['beslissing-2', rangeOf(sportclub, 'beslissing-2')]);
      assert.deepEqual(seen(framework.decisions[1].toelichting), [
        'Alleen als aan alle drie de voorwaarden is voldaan.',
        rangeOf(sportclub, 'Alleen als aan alle drie de voorwaarden is voldaan.'),
      ]);
      assert.deepEqual(framework.decisions[1].voorwaarden[2].range, rangeOf(sportclub, 'De hulp leidt tot duurzame veiligheid.'));
    });

    it('reads a text of responsibilities as one item, and route steps written in flow style', () => {
      assert.deepEqual(texts(model.responsibilities), ['Het bestuur zorgt dat elke trainer de meldcode kent.']);
      assert.deepEqual(
        model.routes[0].steps.map((step) => [step.numbers, step.titel?.text, texts(step.contacts)]),
        [
          [[1], 'Naar de vertrouwenscontactpersoon', ['vcp']],
          [[2], 'Het bestuur beslist', []],
          [[3], 'Advies van Centrum Veilige Sport Nederland', ['cvs']],
        ],
      );
    });
  });

  describe('a one-person practice: self-employed, the afwegingskader in an appendix', () => {
    const { model } = parseProtocol(practice);

    it('reads zelfstandig and the appendix form', () => {
      assert.deepEqual(seen(model.organisation?.zelfstandig), ['true', rangeIn(practice, 'zelfstandig: true', 'true')]);
      assert.equal(model.organisation?.zelfstandig?.value, true);
      assert.deepEqual(model.officers, []);
      const framework = model.afwegingskader!;
      assert.equal(framework.form, 'appendix');
      assert.deepEqual(seen(framework.model), ['nip', rangeIn(practice, 'model: nip', 'nip')]);
      assert.deepEqual(seen(framework.appendix), ['Bijlage 1: afwegingskader van het NIP', rangeOf(practice, '"Bijlage 1: afwegingskader van het NIP"')]);
      assert.deepEqual(seen(framework.toelichting), ['Ik gebruik het afwegingskader in stap 4 en 5.', rangeOf(practice, 'Ik gebruik het afwegingskader in stap 4 en 5.')]);
      assert.deepEqual(framework.questions, []);
      assert.deepEqual(framework.decisions, []);
    });
  });

  it('reads the list of questions of format 1.0 as the questions form, without a model', () => {
    const { model } = parseProtocol(readFixture('rules', 'complete.meldcode.yaml'));
    assert.equal(model.afwegingskader?.form, 'questions');
    assert.equal(model.afwegingskader?.model, undefined);
    assert.equal(model.afwegingskader?.questions, model.questions);
    assert.equal(model.questions.length, 5);
    assert.deepEqual(model.routes, []);
    assert.deepEqual(model.appendices, []);
    assert.deepEqual(model.responsibilities, []);
    assert.ok(model.steps.every((step, index) => step.numbers.length === 1 && step.numbers[0] === index + 1 && step.stap?.value === index + 1));
  });

  it('has no afwegingskader when there is none, or when it is neither a list nor a map', () => {
    assert.equal(parseProtocol('meldcode: "1.1"\n').model.afwegingskader, undefined);
    assert.equal(parseProtocol('meldcode: "1.1"\nafwegingskader: zie bijlage\n').model.afwegingskader, undefined);
  });

  it('keeps only whole numbers as step numbers', () => {
    const { model } = parseProtocol('stappen:\n  - stap: "3"\n  - stap: 2.5\n  - stap: [4, x, 5]\n');
    assert.deepEqual(model.steps.map((step) => step.numbers), [[], [], [4, 5]]);
  });
});

describe('format 1.1: the schema', () => {
  it('accepts each 1.1 fixture without a finding', () => {
    for (const text of [school, sportclub, practice]) assert.deepEqual(findingsOf('schema', text), []);
  });

  /** The schema findings of the school fixture after replacing `find` by `replacement`. */
  function schemaFindings(find: string, replacement: string, text = school): Finding[] {
    return findingsOf('schema', variant(text, find, replacement));
  }

  /** One finding, on `at[1]` inside `at[0]` in the changed text, with these messages. */
  function assertOne(findings: Finding[], changed: string, at: [string, string], nl: string, en: string): void {
    assert.deepEqual(
      findings.map((finding) => ({ range: finding.range, message: finding.message, severity: finding.severity })),
      [{ range: rangeIn(changed, at[0], at[1]), message: { nl, en }, severity: 'error' }],
    );
  }

  const cases: Array<{ name: string; find: string; replacement: string; at: [string, string]; nl: string; en: string; text?: string }> = [
    {
      name: 'zelfstandig written as ja',
      text: practice,
      find: 'zelfstandig: true',
      replacement: 'zelfstandig: ja',
      at: ['zelfstandig: ja', 'ja'],
      nl: "Hier wordt true of false verwacht (zelfstandige praktijk); schrijf true in plaats van 'ja'.",
      en: "true or false is expected here (self-employed practice); write true instead of 'ja'.",
    },
    {
      name: 'zelfstandig as a list',
      text: practice,
      find: 'zelfstandig: true',
      replacement: 'zelfstandig: [true]',
      at: ['zelfstandig: [', 'zelfstandig'],
      nl: 'Hier wordt true of false verwacht (zelfstandige praktijk).',
      en: 'true or false is expected here (self-employed practice).',
    },
    {
      name: 'a date of validity written the Dutch way',
      text: sportclub,
      find: 'geldig-van: 2024-01-01',
      replacement: 'geldig-van: 1-1-2024',
      at: ['geldig-van: 1-1-2024', '1-1-2024'],
      nl: "'1-1-2024' is geen geldige datum (geldig vanaf); schrijf 1 januari 2024 als JJJJ-MM-DD: 2024-01-01.",
      en: "'1-1-2024' is not a valid date (valid from); write 1 January 2024 as YYYY-MM-DD: 2024-01-01.",
    },
    {
      name: 'merged steps written as text',
      find: 'stap: [4, 5]',
      replacement: 'stap: 4 en 5',
      at: ['stap: 4 en 5', '4 en 5'],
      nl: 'Hier wordt een getal of een lijst van getallen verwacht (stapnummer), bijvoorbeeld 5 of [4, 5].',
      en: 'A number or a list of numbers is expected here (step number), for example 5 or [4, 5].',
    },
    {
      name: 'a merged step out of range',
      find: 'stap: [4, 5]',
      replacement: 'stap: [4, 6]',
      at: ['stap: [4, 6]', '6'],
      nl: '6 ligt buiten het toegestane bereik voor stapnummer: 1 tot en met 5.',
      en: '6 is outside the allowed range for step number: 1 to 5.',
    },
    {
      name: 'a step number above 5',
      find: 'stap: 3\n    titel: Gesprek',
      replacement: 'stap: 6\n    titel: Gesprek',
      at: ['stap: 6', '6'],
      nl: '6 ligt buiten het toegestane bereik voor stapnummer: 0 tot en met 5.',
      en: '6 is outside the allowed range for step number: 0 to 5.',
    },
    {
      name: 'a time limit as a list',
      find: 'termijn: binnen 5 werkdagen',
      replacement: 'termijn: [binnen 5 werkdagen]',
      at: ['termijn: [binnen', 'termijn'],
      nl: 'Hier wordt tekst verwacht (termijn).',
      en: 'Text is expected here (time limit).',
    },
    {
      name: 'sub-steps as text',
      find: 'termijn: binnen 5 werkdagen',
      replacement: 'termijn: binnen 5 werkdagen\n    onderdelen: 2a en 2b',
      at: ['onderdelen: 2a en 2b', '2a en 2b'],
      nl: "Hier wordt een lijst verwacht (onderdelen): zet elk item op een eigen regel die begint met '- '.",
      en: "A list is expected here (sub-steps): put each item on its own line starting with '- '.",
    },
    {
      name: 'a sub-step without a title',
      find: '      - id: 5b\n        titel: Beslissen over hulp\n',
      replacement: '      - id: 5b\n',
      at: ['- id: 5b', 'id'],
      nl: "De verplichte sleutel 'titel' ontbreekt in item 2 van 'onderdelen'.",
      en: "The required key 'titel' is missing in item 2 of 'onderdelen'.",
    },
    {
      name: 'a sub-step id with a capital and a space',
      find: 'id: 5a',
      replacement: 'id: Stap 5a',
      at: ['id: Stap 5a', 'Stap 5a'],
      nl: "'Stap 5a' is geen geldig id: gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld 'stap-5a'.",
      en: "'Stap 5a' is not a valid id: use only lower-case letters, digits and hyphens, for example 'stap-5a'.",
    },
    {
      name: 'the afwegingskader as text',
      text: practice,
      find: 'afwegingskader:\n  model: nip\n  bijlage: "Bijlage 1: afwegingskader van het NIP"\n  toelichting: Ik gebruik het afwegingskader in stap 4 en 5.\n',
      replacement: 'afwegingskader: zie bijlage 1\n',
      at: ['afwegingskader: zie bijlage 1', 'zie bijlage 1'],
      nl: 'Hier wordt een lijst of een map met sleutels verwacht (afwegingskader).',
      en: 'A list or a mapping of keys is expected here (assessment framework).',
    },
    {
      name: 'a misspelt model',
      text: practice,
      find: 'model: nip',
      replacement: 'model: nipp',
      at: ['model: nipp', 'nipp'],
      nl: "'nipp' is geen geldige versie van het afwegingskader — bedoelde u 'nip'? Kies uit: 'basismodel', 'onderwijs', 'kinderopvang', 'jeugdhulp', 'knmg', 'nip', 'vvn', 'ziekenhuizen', 'sociaal-werk', 'overig'.",
      en: "'nipp' is not a valid version of the assessment framework — did you mean 'nip'? Choose from: 'basismodel', 'onderwijs', 'kinderopvang', 'jeugdhulp', 'knmg', 'nip', 'vvn', 'ziekenhuizen', 'sociaal-werk', 'overig'.",
    },
    {
      name: 'the appendix as a list',
      text: practice,
      find: 'bijlage: "Bijlage 1: afwegingskader van het NIP"',
      replacement: 'bijlage: ["Bijlage 1"]',
      at: ['bijlage: [', 'bijlage'],
      nl: 'Hier wordt tekst verwacht (bijlage).',
      en: 'Text is expected here (appendix).',
    },
    {
      name: 'an outcome in free text',
      find: 'ja: vraag-2',
      replacement: 'ja: vraag 2',
      at: ['ja: vraag 2', 'vraag 2'],
      nl: "'vraag 2' is geen geldige uitkomst bij ja — bedoelde u 'vraag-2'? Kies uit: 'melden', 'melden-en-hulp', 'hulp', 'afsluiten', 'vraag-1', 'vraag-2', 'vraag-3', 'vraag-4', 'vraag-5'.",
      en: "'vraag 2' is not a valid outcome if yes — did you mean 'vraag-2'? Choose from: 'melden', 'melden-en-hulp', 'hulp', 'afsluiten', 'vraag-1', 'vraag-2', 'vraag-3', 'vraag-4', 'vraag-5'.",
    },
    {
      name: 'a decision numbered 3',
      text: sportclub,
      find: 'beslissing: 2',
      replacement: 'beslissing: 3',
      at: ['beslissing: 3', '3'],
      nl: '3 ligt buiten het toegestane bereik voor beslissingnummer: 1 tot en met 2.',
      en: '3 is outside the allowed range for decision number: 1 to 2.',
    },
    {
      name: 'a decision leading to a question',
      text: sportclub,
      find: 'nee: beslissing-2',
      replacement: 'nee: vraag-2',
      at: ['nee: vraag-2', 'vraag-2'],
      nl: "'vraag-2' is geen geldige uitkomst bij nee; kies uit: 'melden', 'melden-en-hulp', 'hulp', 'afsluiten', 'beslissing-2'.",
      en: "'vraag-2' is not a valid outcome if no; choose from: 'melden', 'melden-en-hulp', 'hulp', 'afsluiten', 'beslissing-2'.",
    },
    {
      name: 'conditions as text',
      text: sportclub,
      find: '      voorwaarden:\n        - Wij kunnen passende hulp bieden of organiseren.\n        - De betrokkenen werken mee.\n        - De hulp leidt tot duurzame veiligheid.\n',
      replacement: '      voorwaarden: zie het basismodel\n',
      at: ['voorwaarden: zie het basismodel', 'zie het basismodel'],
      nl: "Hier wordt een lijst verwacht (voorwaarden): zet elk item op een eigen regel die begint met '- '.",
      en: "A list is expected here (conditions): put each item on its own line starting with '- '.",
    },
    {
      name: 'routes as a map',
      text: sportclub,
      find: 'routes:\n  - id: sport\n',
      replacement: 'routes:\n  sport:\n    id: sport\n',
      at: ['routes:\n  sport:', 'routes'],
      nl: "Hier wordt een lijst verwacht (routes): zet elk item op een eigen regel die begint met '- '.",
      en: "A list is expected here (routes): put each item on its own line starting with '- '.",
    },
    {
      name: 'a kind of route cut short',
      find: 'soort: acuut-gevaar',
      replacement: 'soort: acuut',
      at: ['soort: acuut\n', 'acuut'],
      nl: "'acuut' is geen geldige soort route — bedoelde u 'acuut-gevaar'? Kies uit: 'acuut-gevaar', 'vermoeden-medewerker', 'sport', 'overig'.",
      en: "'acuut' is not a valid kind of route — did you mean 'acuut-gevaar'? Choose from: 'acuut-gevaar', 'vermoeden-medewerker', 'sport', 'overig'.",
    },
    {
      name: 'a route without its kind',
      find: '    soort: acuut-gevaar\n',
      replacement: '',
      at: ['- id: acuut', 'id'],
      nl: "De verplichte sleutel 'soort' ontbreekt in item 1 van 'routes'.",
      en: "The required key 'soort' is missing in item 1 of 'routes'.",
    },
    {
      name: 'a route step numbered 0',
      text: sportclub,
      find: '{ stap: 1, titel: Naar',
      replacement: '{ stap: 0, titel: Naar',
      at: ['{ stap: 0', '0'],
      nl: '0 is te klein voor stapnummer: het minimum is 1.',
      en: '0 is too small for step number: the minimum is 1.',
    },
    {
      name: 'a name where a route step expects an id',
      find: 'contact: [inspectie]',
      replacement: 'contact: [Vertrouwensinspecteur]',
      at: ['[Vertrouwensinspecteur]', 'Vertrouwensinspecteur'],
      nl: "'Vertrouwensinspecteur' is geen geldig id: gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld 'vertrouwensinspecteur'.",
      en: "'Vertrouwensinspecteur' is not a valid id: use only lower-case letters, digits and hyphens, for example 'vertrouwensinspecteur'.",
    },
    {
      name: 'responsibilities as a map',
      text: sportclub,
      find: 'verantwoordelijkheden-organisatie: Het bestuur zorgt dat elke trainer de meldcode kent.',
      replacement: 'verantwoordelijkheden-organisatie:\n  scholing: Elke trainer kent de meldcode.',
      at: ['verantwoordelijkheden-organisatie:\n', 'verantwoordelijkheden-organisatie'],
      nl: 'Hier wordt één waarde of een lijst van waarden verwacht (verantwoordelijkheden van de organisatie).',
      en: 'A single value or a list of values is expected here (responsibilities of the organisation).',
    },
    {
      name: 'an appendix without a title',
      find: '  - id: sociale-kaart\n    titel: "Bijlage 2: sociale kaart"\n',
      replacement: '  - id: sociale-kaart\n',
      at: ['- id: sociale-kaart', 'id'],
      nl: "De verplichte sleutel 'titel' ontbreekt in item 2 van 'bijlagen'.",
      en: "The required key 'titel' is missing in item 2 of 'bijlagen'.",
    },
    {
      name: 'a new sector misspelt',
      find: 'sector: onderwijs',
      replacement: 'sector: hoger onderwijs',
      at: ['sector: hoger onderwijs', 'hoger onderwijs'],
      nl: "'hoger onderwijs' is geen geldige sector — bedoelde u 'hoger-onderwijs'? Kies uit: 'onderwijs', 'mbo', 'hoger-onderwijs', 'kinderopvang', 'jeugdhulp', 'gezondheidszorg', 'maatschappelijke-ondersteuning', 'leerplicht', 'asielopvang', 'justitie', 'sport', 'overig'.",
      en: "'hoger onderwijs' is not a valid sector — did you mean 'hoger-onderwijs'? Choose from: 'onderwijs', 'mbo', 'hoger-onderwijs', 'kinderopvang', 'jeugdhulp', 'gezondheidszorg', 'maatschappelijke-ondersteuning', 'leerplicht', 'asielopvang', 'justitie', 'sport', 'overig'.",
    },
    {
      name: 'a new kind of contact point misspelt',
      text: sportclub,
      find: 'soort: centrum-veilige-sport',
      replacement: 'soort: centrum veilige sport',
      at: ['soort: centrum veilige sport', 'centrum veilige sport'],
      nl: "'centrum veilige sport' is geen geldige soort — bedoelde u 'centrum-veilige-sport'? Kies uit: 'veilig-thuis', 'politie', 'spoed', 'huisarts', 'jeugdgezondheidszorg', 'vertrouwensinspecteur', 'wijkteam', 'centrum-veilige-sport', 'vertrouwenscontactpersoon', 'overig'.",
      en: "'centrum veilige sport' is not a valid kind — did you mean 'centrum-veilige-sport'? Choose from: 'veilig-thuis', 'politie', 'spoed', 'huisarts', 'jeugdgezondheidszorg', 'vertrouwensinspecteur', 'wijkteam', 'centrum-veilige-sport', 'vertrouwenscontactpersoon', 'overig'.",
    },
  ];

  for (const { name, find, replacement, at, nl, en, text = school } of cases) {
    it(`gives one finding with its place and both messages: ${name}`, () => {
      assertOne(schemaFindings(find, replacement, text), variant(text, find, replacement), at, nl, en);
    });
  }

  it('offers true for ja, keeping everything else', () => {
    const changed = variant(practice, 'zelfstandig: true', 'zelfstandig: ja');
    const [finding] = findingsOf('schema', changed);
    const [edit] = finding.suggestions![0].edits;
    assert.deepEqual(finding.suggestions![0].title, { nl: "Vervang door 'true'", en: "Replace with 'true'" });
    assert.equal(changed.slice(0, edit.startOffset) + edit.newText + changed.slice(edit.endOffset), practice);
  });
});

describe('format 1.1: ids named inside routes and sub-steps', () => {
  const document = parseProtocol(school);
  /** A position one character into `value`, where it stands inside `context`. */
  const inside = (context: string, value: string) => {
    const { start } = rangeIn(school, context, value);
    return { line: start.line, character: start.character + 1 };
  };
  const lineOf = (needle: string, nth = 0) => rangeOf(school, needle, nth).start.line;

  it('goes from a contact in a route step to the contact point', () => {
    assert.deepEqual(definition(document, URI, inside('[inspectie]', 'inspectie')), [{ uri: URI, range: rangeIn(school, 'id: inspectie', 'inspectie') }]);
  });

  it('goes from a contact in a sub-step to the officer', () => {
    assert.deepEqual(definition(document, URI, inside('contact: mulder', 'mulder')).map((location) => location.range.start.line), [lineOf('id: mulder')]);
  });

  it('finds the uses in routes, route steps and sub-steps', () => {
    const found = references(document, URI, inside('id: veilig-thuis', 'veilig-thuis'), false).map((location) => location.range.start.line);
    assert.deepEqual(found, [
      lineOf('contact: [alarm, veilig-thuis]', 0),
      lineOf('contact: [bakker, veilig-thuis]'),
      lineOf('contact: [veilig-thuis]'),
      lineOf('contact: [alarm, veilig-thuis]', 1),
    ]);
    assert.equal(documentHighlights(document, inside('[inspectie]', 'inspectie')).length, 2);
  });

  it('renames an id at its definition and in every route and sub-step that names it', () => {
    assert.deepEqual(prepareRename(document, inside('contact: mulder', 'mulder')), {
      range: rangeIn(school, 'contact: mulder', 'mulder'),
      placeholder: 'mulder',
    });
    const edit = rename(document, URI, inside('[inspectie]', 'inspectie'), 'onderwijsinspectie', 'nl');
    const changes = edit?.changes?.[URI] ?? [];
    assert.deepEqual(
      changes.map((change) => [change.range.start.line, change.newText]),
      [
        [lineOf('id: inspectie'), 'onderwijsinspectie'],
        [lineOf('[inspectie]'), 'onderwijsinspectie'],
      ],
    );
  });

  it('counts a use in a route, a route step or a sub-step as a use', () => {
    // inspectie and politie are named only in route steps, mulder only as a stand-in, in a sub-step and a route step.
    assert.deepEqual(findingsOf('reference-unused', school), []);
    const unused = variant(school, '        contact: [inspectie]\n', '');
    assert.deepEqual(
      findingsOf('reference-unused', unused).map((finding) => finding.range),
      [rangeIn(unused, 'id: inspectie', 'inspectie')],
    );
  });

  it('reports an unknown id in a route step, and offers to add it, then the one meant', () => {
    const changed = variant(school, 'contact: [inspectie]', 'contact: [inspecte]');
    const findings = findingsOf('reference-unknown', changed);
    assert.deepEqual(findings.map((finding) => finding.range), [rangeIn(changed, '[inspecte]', 'inspecte')]);
    assert.deepEqual(findings[0].suggestions?.map((suggestion) => suggestion.edits[0].newText), [
      '  - id: inspecte\n    naam: ""\n    functie: ""\n    telefoon: ""\n    email: ""\n',
      '  - id: inspecte\n    naam: ""\n    telefoon: ""\n',
      'inspectie',
    ]);
  });

  it('has no other findings about ids in the three fixtures', () => {
    for (const text of [school, sportclub, practice]) {
      const ids = validateText(text, { today: TODAY }).filter((finding) => finding.ruleId.startsWith('reference-'));
      assert.deepEqual(ids, []);
    }
  });
});
