import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { validateText } from '../../../server/src/engine';
import {
  contactPointSnippetBody,
  officerSnippetBody,
  protocolSkeleton,
  questionsSnippetBody,
  QUESTIONS,
  SECTOR_VALUES,
  sectionSnippetBody,
  sectorByValue,
  stepSnippetBody,
  STEPS,
} from '../../../server/src/knowledge';
import { completeProtocol, TODAY, variant } from '../../helpers/rules';

/** What an editor does with a snippet when the user accepts every default. */
function fillSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i];
    if (char === '\\') {
      out += snippet[i + 1] ?? '';
      i += 1;
    } else if (char === '$' && snippet[i + 1] === '{') {
      const colon = snippet.indexOf(':', i);
      let j = colon + 1;
      let value = '';
      while (snippet[j] !== '}') {
        if (snippet[j] === '\\') j += 1;
        value += snippet[j];
        j += 1;
      }
      out += value;
      i = j;
    } else {
      out += char;
    }
  }
  return out;
}

function tabStops(snippet: string): number[] {
  return [...snippet.matchAll(/(?<!\\)\$\{(\d+):/g)].map((match) => Number(match[1]));
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : by + line))
    .join('\n');
}

describe('protocol skeletons', () => {
  for (const sector of SECTOR_VALUES) {
    it(`gives a skeleton for sector ${sector} that passes every rule but placeholder-value as it is inserted`, () => {
      for (const locale of ['nl', 'en'] as const) {
        for (const selfEmployed of [false, true]) {
          const plain = protocolSkeleton(sector, locale, { format: 'plain', today: TODAY, selfEmployed }) ?? '';
          // Its example values are reported until they are replaced (see example-values.test.ts).
          const findings = validateText(plain, { today: TODAY }).filter((finding) => finding.ruleId !== 'placeholder-value');
          assert.deepEqual(findings.map((finding) => `${finding.ruleId}: ${finding.message.en}`), [], `${sector} ${locale}${selfEmployed ? ' (zelfstandig)' : ''}`);
        }
      }
    });
  }

  it('contains the five steps with the basismodel\'s titles, the five questions, officers, Veilig Thuis and the sections', () => {
    for (const sector of SECTOR_VALUES) {
      const data = parse(protocolSkeleton(sector, 'nl', { format: 'plain', today: TODAY }) ?? '') as Record<string, unknown>;
      const steps = data.stappen as { stap: number; titel: string; verantwoordelijk: string }[];
      assert.deepEqual(steps.map((step) => [step.stap, step.titel]), STEPS.map((step) => [step.number, step.basismodelTitle]));
      assert.deepEqual(steps[1]?.titel, 'Collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van letselduiding');
      assert.deepEqual(steps[2]?.titel, 'Gesprek met de cliënt');
      const profile = sectorByValue(sector);
      const questions = data.afwegingskader as { vraag: number; tekst: string; ja: string; nee: string }[];
      assert.deepEqual(questions.map((question) => question.vraag), [1, 2, 3, 4, 5]);
      assert.deepEqual(
        questions.map((question) => question.tekst),
        QUESTIONS.map((question) =>
          profile?.reportOnDoubt && question.number === 2 ? 'Schat ik de situatie in als acuut onveilig of als structureel onveilig, of twijfel ik daarover?' : question.question,
        ),
      );
      assert.deepEqual(
        questions.map((question) => [question.ja, question.nee]),
        [['vraag-2', 'afsluiten'], ['melden', 'vraag-3'], ['vraag-4', 'melden'], ['hulp', 'melden'], ['afsluiten', 'melden']],
      );
      const routes = (data.routes as { soort: string }[]).map((route) => route.soort);
      assert.deepEqual(
        routes,
        ['acuut-gevaar', ...(profile?.staffDuty ? ['vermoeden-medewerker'] : []), ...(sector === 'sport' ? ['sport'] : [])],
        `${sector}: routes`,
      );
      const contacts = data.contactpunten as { soort: string; telefoon: string }[];
      assert.deepEqual(contacts.find((point) => point.soort === 'veilig-thuis')?.telefoon, '0800-2000');
      assert.equal((data.aandachtsfunctionarissen as unknown[]).length, 2);
      assert.equal((data.organisatie as { sector: string }).sector, sector);
      for (const key of ['bijzondere-vormen', 'vastleggen', 'scholing']) assert.ok(key in data, `${sector}: ${key}`);
      assert.equal('kindcheck' in data, profile?.kindcheckApplies, `${sector}: kindcheck`);
      assert.deepEqual(Object.keys(data['bijzondere-vormen'] as object), [
        'eergerelateerd-geweld', 'vrouwelijke-genitale-verminking', 'huwelijksdwang', 'achterlating', 'ouderenmishandeling', 'mensenhandel',
      ]);
      assert.equal('beroepsgeheim' in data, sectorByValue(sector)?.professionalSecrecy !== 'no', `${sector}: beroepsgeheim`);
      const inspector = contacts.some((point) => point.soort === 'vertrouwensinspecteur');
      assert.equal(inspector, sector === 'onderwijs' || sector === 'kinderopvang', `${sector}: vertrouwensinspecteur`);
    }
  });

  it('puts dates, ages and comments in place: review a year after adoption, comments in the locale', () => {
    const nl = protocolSkeleton('kinderopvang', 'nl', { format: 'plain', today: '2028-02-29' }) ?? '';
    assert.match(nl, /\n {2}vastgesteld: 2028-02-29\n {2}herzien-voor: 2029-03-01\n/);
    assert.match(nl, /\n {4}leeftijd-van: 0\n {4}leeftijd-tot: 13\n/);
    assert.match(nl, /^# Meldcode huiselijk geweld en kindermishandeling\./);
    const en = protocolSkeleton('jeugdhulp', 'en', { format: 'plain', today: '2028-02-29' }) ?? '';
    assert.match(en, /^# Reporting code \(meldcode\) for domestic violence and child abuse\./);
    assert.match(en, /\n# Child check: are there children, and are they safe\?\nkindcheck: >-\n/);
    assert.match(en, /\n# Routes beside the five steps: first what to do in acute danger\.\nroutes:\n/);
    assert.equal(protocolSkeleton('bakkerij', 'nl'), undefined);
  });

  it('writes a one-person practice without officers; step 2 consults a colleague or Veilig Thuis', () => {
    const data = parse(protocolSkeleton('gezondheidszorg', 'nl', { format: 'plain', today: TODAY, selfEmployed: true }) ?? '') as Record<string, unknown>;
    assert.equal((data.organisatie as { zelfstandig: boolean }).zelfstandig, true);
    assert.equal('aandachtsfunctionarissen' in data, false);
    assert.equal('scholing' in data, false);
    const steps = data.stappen as { stap: number; contact?: string[] }[];
    assert.deepEqual(steps.find((step) => step.stap === 2)?.contact, ['collega', 'veilig-thuis']);
    assert.deepEqual((data.contactpunten as { id: string }[]).map((point) => point.id), ['veilig-thuis', 'spoed', 'politie', 'collega']);
  });

  it('gives a sports club the route of its vertrouwenscontactpersoon and Centrum Veilige Sport Nederland', () => {
    const data = parse(protocolSkeleton('sport', 'nl', { format: 'plain', today: TODAY }) ?? '') as Record<string, unknown>;
    const points = data.contactpunten as { soort: string; telefoon: string }[];
    assert.equal(points.find((point) => point.soort === 'centrum-veilige-sport')?.telefoon, '0900-2025590');
    const route = (data.routes as { soort: string; contact: string[] }[]).find((candidate) => candidate.soort === 'sport');
    assert.deepEqual(route?.contact, ['vertrouwenscontactpersoon', 'centrum-veilige-sport']);
  });

  it('comments the steps and the afwegingskader without claiming the law places the questions or words the titles', () => {
    const nl = protocolSkeleton('gezondheidszorg', 'nl', { format: 'plain', today: TODAY }) ?? '';
    assert.match(nl, /\n# Contactpunten; Veilig Thuis \(0800-2000\) hoort erbij, want stap 2 en 5 verwijzen ernaar\.\ncontactpunten:\n/);
    assert.match(nl, /\n# De vijf stappen van de meldcode, met de titels uit het basismodel meldcode\.\nstappen:\n/);
    assert.match(nl, /\n# Het afwegingskader van de beroepsgroep\. Welke vraag in stap 4 of 5 hoort, spreekt het sectormodel af\.\nafwegingskader:\n/);
    const en = protocolSkeleton('gezondheidszorg', 'en', { format: 'plain', today: TODAY }) ?? '';
    assert.match(en, /\n# The five steps of the meldcode, titled as in the basismodel meldcode\.\nstappen:\n/);
    assert.match(en, /\n# The afwegingskader of the professional group\. Which question belongs to step 4 or 5 is up to the sector model\.\nafwegingskader:\n/);
    for (const sector of SECTOR_VALUES) {
      for (const locale of ['nl', 'en'] as const) {
        const skeleton = protocolSkeleton(sector, locale, { format: 'plain', today: TODAY }) ?? '';
        assert.doesNotMatch(skeleton, /vraag 1 en 2|questions 1 and 2|vraag 3 tot en met 5 van|questions 3 to 5 of/i, `${sector} ${locale}`);
        assert.doesNotMatch(skeleton, /is verplicht\.|is required\.|raadpleegt de directie|gewelds- of zedendelict/, `${sector} ${locale}`);
      }
    }
  });

  it('is the plain text with tab stops 1, 2, 3 ... on the values to fill in', () => {
    for (const sector of SECTOR_VALUES) {
      const snippet = protocolSkeleton(sector, 'nl', { today: TODAY }) ?? '';
      const stops = tabStops(snippet);
      assert.deepEqual(stops, stops.map((_stop, index) => index + 1));
      assert.ok(stops.length >= 15, `${sector}: ${stops.length} tab stops`);
      assert.equal(fillSnippet(snippet), protocolSkeleton(sector, 'nl', { format: 'plain', today: TODAY }));
    }
    const start = (protocolSkeleton('onderwijs', 'nl', { today: TODAY }) ?? '').split('\n').slice(4, 8).join('\n');
    assert.equal(start, 'organisatie:\n  naam: ${1:Naam van de organisatie}\n  sector: onderwijs\n  doelgroep:');
  });
});

describe('part snippets', () => {
  const complete = completeProtocol();

  it('gives a step that fills the place of a missing one', () => {
    assert.equal(
      stepSnippetBody(4, 'nl'),
      '- stap: 4\n' +
        '  titel: Wegen van het geweld\n' +
        '  verantwoordelijk: ${1:aandachtsfunctionaris}\n' +
        '  acties:\n' +
        '    - ${2:Het risico, de aard en de ernst van het geweld wegen met behulp van het afwegingskader; bij twijfel opnieuw advies vragen aan Veilig Thuis.}',
    );
    const start = complete.indexOf('  - stap: 3\n');
    const end = complete.indexOf('  - stap: 4\n');
    const withoutStep3 = complete.slice(0, start) + complete.slice(end);
    assert.ok(validateText(withoutStep3, { today: TODAY }).some((finding) => finding.ruleId === 'step-missing'));
    const repaired =
      complete.slice(0, start) + indent(stepSnippetBody(3, 'nl', 'plain') ?? '', '  ') + '\n' + complete.slice(end);
    assert.deepEqual(validateText(repaired, { today: TODAY }), []);
    assert.equal(stepSnippetBody(6, 'nl'), undefined);
    assert.equal(fillSnippet(stepSnippetBody(5, 'en') ?? ''), stepSnippetBody(5, 'en', 'plain'));
  });

  it('gives the missing afwegingskader questions', () => {
    const start = complete.indexOf('  - vraag: 4\n');
    const end = complete.indexOf('kindcheck:');
    const cut = complete.slice(0, start) + complete.slice(end);
    assert.ok(validateText(cut, { today: TODAY }).some((finding) => finding.ruleId === 'afwegingskader-incomplete'));
    const repaired = complete.slice(0, start) + indent(questionsSnippetBody('nl', 'plain', [4, 5]), '  ') + '\n' + complete.slice(end);
    assert.deepEqual(validateText(repaired, { today: TODAY }), []);
    assert.equal(parse(questionsSnippetBody('nl', 'plain')).length, 5);
  });

  it('gives an officer, a contact point and the sections that pass the rules', () => {
    assert.equal(
      contactPointSnippetBody('veilig-thuis', 'nl'),
      '- id: veilig-thuis\n  soort: veilig-thuis\n  naam: ${1:Veilig Thuis}\n  telefoon: "${2:0800-2000}"',
    );
    assert.equal(contactPointSnippetBody('bakker', 'nl'), undefined);
    assert.match(officerSnippetBody('nl'), /^- id: \$\{1:aandachtsfunctionaris\}\n {2}naam: \$\{2:Naam aandachtsfunctionaris\}\n/);

    const withoutKindcheck = variant(
      complete,
      'kindcheck: >-\n  Werken we met een ouder die verslaafd is, psychiatrische problemen heeft of bij\n  geweld betrokken is, dan vragen we of er kinderen zijn en of zij veilig zijn.\n',
      '',
    );
    assert.ok(validateText(withoutKindcheck, { today: TODAY }).some((finding) => finding.ruleId === 'kindcheck-missing'));
    const repaired = `${withoutKindcheck}${sectionSnippetBody('kindcheck', 'nl', 'plain')}\n`;
    assert.deepEqual(validateText(repaired, { today: TODAY }), []);
    for (const key of ['kindcheck', 'bijzondere-vormen', 'beroepsgeheim', 'vastleggen', 'scholing'] as const) {
      const data = parse(sectionSnippetBody(key, 'en', 'plain')) as Record<string, unknown>;
      assert.deepEqual(Object.keys(data), [key]);
    }
  });
});
