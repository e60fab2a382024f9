import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { QUESTIONS, STEPS } from '../../server/src/knowledge';
import { KINDCHECK } from '../../server/src/knowledge/sections';
import { applyEdits, editsFor, fixture, fixtureUri, fullCapabilities, TestClient, type CodeActionReply as Action } from './client';

const FLAWED = fixture('flawed.meldcode.yaml');
const PROTOCOL = fixture('protocol.meldcode.yaml');

/** A YAML scalar as a reader would expect it written: plain when that reads back the same, else double-quoted. */
function scalar(text: string): string {
  try {
    if ((parse(`k: ${text}`) as { k: unknown }).k === text && !text.includes('"')) return text;
  } catch {
    // not plain
  }
  return JSON.stringify(text);
}

function line(text: string, index: number): string {
  return text.split('\n')[index];
}

describe('language server: code actions', () => {
  let client: TestClient;
  let counter = 0;

  /** Opens the text under a fresh name and asks for the code actions on a range of lines. */
  async function actionsFor(text: string, startLine: number, endLine = startLine, only?: string[]): Promise<{ uri: string; actions: Action[] }> {
    const uri = `file:///tmp/actions-${++counter}.meldcode.yaml`;
    client.open(uri, text);
    await client.diagnosticsFor(uri);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: startLine, character: 0 }, end: { line: endLine, character: 200 } },
      context: only ? { diagnostics: [], only } : { diagnostics: [] },
    });
    return { uri, actions };
  }

  function apply(text: string, uri: string, action: Action | undefined): string {
    assert.ok(action, 'the action is offered');
    return applyEdits(text, editsFor(action.edit as never, uri) as never);
  }

  async function findingsOf(text: string): Promise<string[]> {
    const uri = `file:///tmp/check-${++counter}.meldcode.yaml`;
    client.open(uri, text);
    const published = await client.diagnosticsFor(uri);
    client.close(uri);
    return published.diagnostics.map((entry) => `${entry.range.start.line}:${String(entry.code)}`);
  }

  /** Opens the text under a fresh name: its diagnostics as [code, range, message], and the code actions at the start of `line`. */
  async function diagnosticsAndActionsAt(text: string, line: number): Promise<{ uri: string; diagnostics: unknown[]; actions: Action[] }> {
    const uri = `file:///tmp/actions-${++counter}.meldcode.yaml`;
    client.open(uri, text);
    const published = await client.diagnosticsFor(uri);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics: [] },
    });
    return { uri, diagnostics: published.diagnostics.map((entry) => [entry.code, entry.range, entry.message]), actions };
  }

  before(async () => {
    client = await TestClient.start({ locale: 'nl' });
  });
  after(async () => {
    await client.stop();
  });

  it('inserts a missing step between its neighbours, in the document\'s layout, keeping comments', async () => {
    // Line 23 is "stappen:", where step-missing points.
    const { uri, actions } = await actionsFor(FLAWED, 23);
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind, action.isPreferred ?? false, action.diagnostics?.map((entry) => entry.code)]),
      [
        ['Voeg stap 2 toe', 'quickfix', false, ['step-missing']],
        ['Voeg alle ontbrekende stappen toe', 'quickfix', false, ['step-missing']],
        ['Voeg stap 4 toe', 'quickfix', false, ['step-missing']],
        ['Voeg alle ontbrekende stappen toe', 'quickfix', false, ['step-missing']],
        ['Meldcode: alle automatische correcties toepassen', 'source.fixAll.meldcode', false, undefined],
        // Turning the check off comes last, once per line, with what the check is about.
        ['Controle "alle vijf stappen" (step-missing) uitzetten op regel 24', 'quickfix', false, ['step-missing']],
      ],
    );
    const step = STEPS[1];
    // The basismodel's title of step 2 is longer than a line: it is written as a folded block.
    const block = [
      '  - stap: 2',
      '    titel: >-',
      '      Collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het',
      '      gebied van letselduiding',
      `    verantwoordelijk: ${scalar(step.defaultRole)}`,
      '    acties:',
      ...step.actions.map((action) => `      - ${scalar(action)}`),
    ].join('\n');
    const fixed = apply(FLAWED, uri, actions[0]);
    assert.equal(fixed, FLAWED.replace('    contact: [jansn]\n', `    contact: [jansn]\n${block}\n`));
    assert.equal(line(fixed, 24), '  # Stap 1: altijd eerst noteren.');
    assert.deepEqual(
      (parse(fixed) as { stappen: Array<{ stap: number }> }).stappen.map((entry) => entry.stap),
      [1, 2, 3, 5],
    );
    const all = apply(FLAWED, uri, actions[1]);
    assert.deepEqual(
      (parse(all) as { stappen: Array<{ stap: number }> }).stappen.map((entry) => entry.stap),
      [1, 2, 3, 4, 5],
    );
    assert.equal((await findingsOf(all)).filter((finding) => finding.endsWith('step-missing')).length, 0);
  });

  it('inserts the missing questions of the afwegingskader, each in its place', async () => {
    const text = 'afwegingskader:\n  - vraag: 1\n    tekst: Vermoeden?\n  - vraag: 3\n    tekst: Hulp?\n  - vraag: 5\n    tekst: Resultaat?\n';
    const { uri, actions } = await actionsFor(text, 0);
    const action = actions.find((candidate) => candidate.diagnostics?.[0].code === 'afwegingskader-incomplete' && !candidate.title.startsWith('Controle '));
    assert.equal(action?.title, 'Voeg de ontbrekende vragen van het afwegingskader toe');
    assert.equal(action?.isPreferred, true);
    const question = (n: number): string => {
      const knowledge = QUESTIONS[n - 1];
      return `  - vraag: ${n}\n    tekst: ${scalar(knowledge.question)}\n    ja: ${scalar(knowledge.yesLine)}\n    nee: ${scalar(knowledge.noLine)}\n`;
    };
    const fixed = apply(text, uri, action);
    assert.equal(
      fixed,
      `afwegingskader:\n  - vraag: 1\n    tekst: Vermoeden?\n${question(2)}  - vraag: 3\n    tekst: Hulp?\n${question(4)}  - vraag: 5\n    tekst: Resultaat?\n`,
    );

    const missing = 'meldcode: "1.0"\nafwegingskader: [] # nog invullen\nkindcheck: Ja.\n';
    const second = await actionsFor(missing, 1);
    const whole = second.actions.find((candidate) => candidate.title === 'Voeg het afwegingskader met de vijf vragen toe');
    const filled = apply(missing, second.uri, whole);
    assert.ok(filled.startsWith('meldcode: "1.0"\nafwegingskader: # nog invullen\n  - vraag: 1\n'));
    assert.ok(filled.endsWith('\nkindcheck: Ja.\n'));
    assert.deepEqual(
      (parse(filled) as { afwegingskader: unknown[] }).afwegingskader,
      QUESTIONS.map((knowledge) => ({ vraag: knowledge.number, tekst: knowledge.question, ja: knowledge.yesLine, nee: knowledge.noLine })),
    );
  });

  it('adds Veilig Thuis as a contact point, with 0800-2000', async () => {
    // Line 17 is "contactpunten:".
    const { uri, actions } = await actionsFor(FLAWED, 17);
    const action = actions.find((candidate) => candidate.diagnostics?.[0].code === 'veilig-thuis-missing' && candidate.kind === 'quickfix' && !candidate.title.startsWith('Controle '));
    assert.equal(action?.title, 'Voeg Veilig Thuis (0800-2000) toe als contactpunt');
    assert.equal(action?.isPreferred, true);
    assert.equal(
      apply(FLAWED, uri, action),
      FLAWED.replace(
        '    telefoon: "0900-8844"\n',
        '    telefoon: "0900-8844"\n  - id: veilig-thuis\n    soort: veilig-thuis\n    naam: Veilig Thuis\n    telefoon: "0800-2000"\n',
      ),
    );
  });

  it('replaces an outdated term, and fixes all of them at once with the source action', async () => {
    // Line 37: "      - Twijfel? Bel het AMK of het Advies- en Meldpunt Kindermishandeling (AMK)."
    const { uri, actions } = await actionsFor(FLAWED, 37);
    const quickFixes = actions.filter((action) => action.diagnostics?.[0].code === 'term-outdated');
    assert.deepEqual(
      quickFixes.map((action) => [action.title, action.isPreferred ?? false]),
      [
        ['Vervang "het AMK" door "Veilig Thuis"', true],
        ['Vervang "het Advies- en Meldpunt Kindermishandeling (AMK)" door "Veilig Thuis"', true],
        ['Controle "verouderde namen" (term-outdated) uitzetten op regel 38', false],
      ],
    );
    assert.equal(line(apply(FLAWED, uri, quickFixes[0]), 37), '      - Twijfel? Bel Veilig Thuis of het Advies- en Meldpunt Kindermishandeling (AMK).');

    const { uri: sourceUri, actions: source } = await actionsFor(FLAWED, 0, 0, ['source.fixAll']);
    assert.deepEqual(source.map((action) => [action.title, action.kind]), [['Meldcode: alle automatische correcties toepassen', 'source.fixAll.meldcode']]);
    const fixed = apply(FLAWED, sourceUri, source[0]);
    assert.equal(fixed, FLAWED.replace('Bel het AMK of het Advies- en Meldpunt Kindermishandeling (AMK).', 'Bel Veilig Thuis of Veilig Thuis.'));
    assert.equal(source[0].edit?.documentChanges?.[0].textDocument.version, 1);

    const onlyQuickFixes = await actionsFor(FLAWED, 0, 0, ['quickfix']);
    assert.equal(onlyQuickFixes.actions.some((action) => action.kind === 'source.fixAll.meldcode'), false);
  });

  it('offers to add an unknown id as an officer or a contact point, then only a near miss, never an unrelated id', async () => {
    // Line 32: "    contact: [coach]": nothing near, so no "replace with".
    const { uri, actions } = await actionsFor(FLAWED, 32);
    assert.deepEqual(
      actions.filter((action) => action.kind === 'quickfix').map((action) => action.title),
      [
        'Voeg "coach" toe als aandachtsfunctionaris',
        'Voeg "coach" toe als contactpunt',
        'Controle "verwijzing naar een bestaand id" (reference-unknown) uitzetten op regel 33',
      ],
    );
    assert.equal(
      apply(FLAWED, uri, actions[0]),
      FLAWED.replace('    vervanger: jansen\n', '    vervanger: jansen\n  - id: coach\n    naam: ""\n    functie: ""\n    telefoon: ""\n    email: ""\n'),
    );
    // Line 28: "    contact: [jansn]": one letter from "jansen".
    const close = await actionsFor(FLAWED, 28);
    assert.deepEqual(
      close.actions.filter((action) => action.kind === 'quickfix').map((action) => action.title),
      [
        'Voeg "jansn" toe als aandachtsfunctionaris',
        'Voeg "jansn" toe als contactpunt',
        'Vervang door "jansen"',
        'Controle "verwijzing naar een bestaand id" (reference-unknown) uitzetten op regel 29',
      ],
    );
    assert.equal(line(apply(FLAWED, close.uri, close.actions[2]), 28), '    contact: [jansen]');
  });

  it('after Veilig Thuis was deleted, Ctrl+. on "veilig-thuis" in step 5 adds it back with 0800-2000, and never offers the police', async () => {
    const deleted = PROTOCOL.replace('  - id: veilig-thuis\n    soort: veilig-thuis\n    naam: Veilig Thuis Utrecht\n    telefoon: "0800-2000"\n', '');
    assert.notEqual(deleted, PROTOCOL);
    const step5 = deleted.split('\n').indexOf('    contact: [de-vries, veilig-thuis]');
    const { uri, actions } = await actionsFor(deleted, step5);
    const unknown = actions.filter((action) => action.diagnostics?.[0].code === 'reference-unknown');
    assert.deepEqual(
      unknown.map((action) => action.title),
      [
        'Voeg "veilig-thuis" toe als contactpunt: Veilig Thuis, 0800-2000 (bron: Wmo 2015, art. 4.1.1)',
        `Controle "verwijzing naar een bestaand id" (reference-unknown) uitzetten op regel ${step5 + 1}`,
      ],
    );
    assert.equal(unknown[0].isPreferred, true);
    assert.equal(
      apply(deleted, uri, unknown[0]),
      deleted.replace(
        '    telefoon: "0900-111 3 111"\n',
        '    telefoon: "0900-111 3 111"\n  - id: veilig-thuis\n    soort: veilig-thuis\n    naam: Veilig Thuis\n    telefoon: "0800-2000"\n',
      ),
    );
    assert.equal(actions.some((action) => /politie|spoed|vertrouwensinspecteur/.test(action.title)), false);
    assert.deepEqual(await findingsOf(apply(deleted, uri, unknown[0])), await findingsOf(PROTOCOL));
  });

  it('quotes a text with ": " (one, or all of them in the file), and writes 1-3-2026 as 2026-03-01, before turning a check off', async () => {
    const text = PROTOCOL.replace(
      '      - Noteer de signalen feitelijk in het kinddossier.\n',
      '      - Noteer de signalen feitelijk in het kinddossier.\n      - Let op: bij acuut gevaar direct 112 bellen.\n      - Bel: de aandachtsfunctionaris.\n',
    ).replace(/ {2}vastgesteld: \S+/, '  vastgesteld: 1-3-2026');
    const lines = text.split('\n');
    const first = lines.indexOf('      - Let op: bij acuut gevaar direct 112 bellen.');
    const { uri, actions } = await actionsFor(text, first);
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind, action.isPreferred ?? false, action.diagnostics?.length ?? 0]),
      [
        ['Zet de tekst tussen aanhalingstekens', 'quickfix', true, 1],
        ['Zet de tekst tussen aanhalingstekens (alle 2 in dit bestand)', 'quickfix', false, 2],
        ['Meldcode: alle automatische correcties toepassen', 'source.fixAll.meldcode', false, 0],
        [`Controle "opbouw van het protocol" (schema) uitzetten op regel ${first + 1}`, 'quickfix', false, 1],
      ],
    );
    assert.equal(
      actions[0].diagnostics?.[0].message,
      'Deze tekst (actie) bevat een dubbele punt met een spatie (": "), waardoor hij gelezen wordt als de sleutel \'Let op\' met een waarde; zet de hele tekst tussen aanhalingstekens.',
    );
    assert.deepEqual(actions[0].diagnostics?.[0].range, { start: { line: first, character: 8 }, end: { line: first, character: 51 } });
    const one = apply(text, uri, actions[0]).split('\n');
    assert.deepEqual(one.slice(first, first + 2), ['      - "Let op: bij acuut gevaar direct 112 bellen."', '      - Bel: de aandachtsfunctionaris.']);
    const both = apply(text, uri, actions[1]);
    assert.deepEqual(both.split('\n').slice(first, first + 2), ['      - "Let op: bij acuut gevaar direct 112 bellen."', '      - "Bel: de aandachtsfunctionaris."']);
    assert.match(both, /\n {2}vastgesteld: 1-3-2026\n/);

    const date = lines.indexOf('  vastgesteld: 1-3-2026');
    const dateActions = await actionsFor(text, date);
    assert.deepEqual(
      dateActions.actions.filter((action) => action.kind === 'quickfix').map((action) => action.title),
      ["Vervang door '2026-03-01'", `Controle "opbouw van het protocol" (schema) uitzetten op regel ${date + 1}`],
    );
    assert.equal(line(apply(text, dateActions.uri, dateActions.actions[0]), date), '  vastgesteld: 2026-03-01');

    const { uri: sourceUri, actions: source } = await actionsFor(text, 0, 0, ['source.fixAll']);
    const fixed = apply(text, sourceUri, source[0]);
    assert.equal(
      fixed,
      text
        .replace('  vastgesteld: 1-3-2026', '  vastgesteld: 2026-03-01')
        .replace('      - Let op: bij acuut gevaar direct 112 bellen.', '      - "Let op: bij acuut gevaar direct 112 bellen."')
        .replace('      - Bel: de aandachtsfunctionaris.', '      - "Bel: de aandachtsfunctionaris."'),
    );
    assert.deepEqual(await findingsOf(fixed), await findingsOf(PROTOCOL));
  });

  it('quotes a text with ": " wrapped onto a second line: in the column of its text (YAML cannot read it) and further in', async () => {
    const first = '      - Let op: bij acuut gevaar direct 112';
    for (const [second, rule, check] of [
      ['        bellen.', 'yaml-syntax', 'leesbare YAML'],
      ['          bellen.', 'schema', 'opbouw van het protocol'],
    ]) {
      const text = PROTOCOL.replace(
        '      - Noteer de signalen feitelijk in het kinddossier.\n',
        `      - Noteer de signalen feitelijk in het kinddossier.\n${first}\n${second}\n`,
      );
      const at = text.split('\n').indexOf(first);
      const { uri, actions } = await actionsFor(text, at + 1);
      assert.deepEqual(
        actions.map((action) => [action.title, action.kind, action.diagnostics?.[0]?.code ?? null]),
        [
          ['Zet de tekst tussen aanhalingstekens', 'quickfix', rule],
          ['Meldcode: alle automatische correcties toepassen', 'source.fixAll.meldcode', null],
          [`Controle "${check}" (${rule}) uitzetten op regel ${at + 1}`, 'quickfix', rule],
        ],
        rule,
      );
      assert.deepEqual(actions[0].diagnostics?.[0].range, { start: { line: at, character: 8 }, end: { line: at + 1, character: second.length } });
      const quoted = apply(text, uri, actions[0]);
      assert.equal(quoted, text.replace(`${first}\n${second}\n`, `      - "Let op: bij acuut gevaar direct 112\n${second}"\n`));
      assert.deepEqual(await findingsOf(quoted), await findingsOf(PROTOCOL));
    }
  });

  it('marks a key and a list item indented too little on their own indentation, and offers "Corrigeer de inspringing" before switching the check off', async () => {
    for (const [written, slippedLine, message] of [
      [
        '   telefoon: "030-2345678"',
        '    telefoon: "030-2345678"',
        "Deze regel springt 1 spatie te weinig in: 'telefoon' hoort in dezelfde kolom als 'functie' op de regel erboven.",
      ],
      [
        '    - Noteer de signalen feitelijk in het kinddossier.',
        '      - Noteer de signalen feitelijk in het kinddossier.',
        'Dit lijstitem springt 2 spaties te weinig in: het streepje hoort in dezelfde kolom als het streepje van het item erboven.',
      ],
    ]) {
      // The list item gets a sibling above it first: the first item of a list sets its column.
      const base = PROTOCOL.replace('      - Noteer de signalen feitelijk in het kinddossier.\n', '      - Bekijk wat u ziet en hoort.\n      - Noteer de signalen feitelijk in het kinddossier.\n');
      const text = base.replace(`${slippedLine}\n`, `${written}\n`);
      assert.notEqual(text, base);
      const slipped = text.split('\n').indexOf(written);
      const indent = written.length - written.trimStart().length;
      const { uri, diagnostics, actions } = await diagnosticsAndActionsAt(text, slipped);
      assert.deepEqual(diagnostics, [['yaml-syntax', { start: { line: slipped, character: 0 }, end: { line: slipped, character: indent } }, message]]);
      assert.deepEqual(
        actions.map((action) => [action.title, action.kind, action.isPreferred ?? false]),
        [
          // The real fix first, preferred; not applied by "fix all".
          ['Corrigeer de inspringing', 'quickfix', true],
          [`Controle "leesbare YAML" (yaml-syntax) uitzetten op regel ${slipped + 1}`, 'quickfix', false],
        ],
      );
      assert.deepEqual(editsFor(actions[0].edit as never, uri), [
        { range: { start: { line: slipped, character: 0 }, end: { line: slipped, character: written.length } }, newText: slippedLine },
      ]);
      assert.equal(apply(text, uri, actions[0]), base);
    }
  });

  it('marks a line indented 4 spaces too far on its own indentation, and "Corrigeer de inspringing" moves it back', async () => {
    const text = PROTOCOL.replace('    functie: Pedagogisch coach\n    telefoon: "030-2345678"\n', '    functie: Pedagogisch coach\n        telefoon: "030-2345678"\n');
    assert.notEqual(text, PROTOCOL);
    const slipped = text.split('\n').indexOf('        telefoon: "030-2345678"');
    const { uri, diagnostics, actions } = await diagnosticsAndActionsAt(text, slipped);
    assert.deepEqual(
      diagnostics,
      [
        [
          'yaml-syntax',
          { start: { line: slipped, character: 0 }, end: { line: slipped, character: 8 } },
          "Deze regel springt 4 spaties te ver in: 'telefoon' hoort in dezelfde kolom als 'functie' op de regel erboven.",
        ],
      ],
    );
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind, action.isPreferred ?? false]),
      [
        // Offered, not applied by "fix all". No "turn off": YAML reads the slipped line as part of the value above.
        ['Corrigeer de inspringing', 'quickfix', true],
      ],
    );
    assert.deepEqual(editsFor(actions[0].edit as never, uri), [
      { range: { start: { line: slipped, character: 0 }, end: { line: slipped, character: 31 } }, newText: '    telefoon: "030-2345678"' },
    ]);
    assert.equal(apply(text, uri, actions[0]), PROTOCOL);
  });

  it('adds a missing section, such as the kindcheck, in its place among the sections', async () => {
    // The kindcheck is asked for only where staff work with adults: not of the sports club in the
    // fixture, but of a social-support team with the same text (the same lines).
    const sport = await actionsFor(FLAWED, 0);
    assert.equal(sport.actions.some((candidate) => candidate.title === 'Voeg de sectie "kindcheck" toe'), false);
    const text = FLAWED.replace('  naam: Sportvereniging De Meeuwen\n  sector: sport\n', '  naam: Wijkteam De Meeuwen\n  sector: maatschappelijke-ondersteuning\n');
    assert.notEqual(text, FLAWED);
    const { uri, actions } = await actionsFor(text, 0);
    const action = actions.find((candidate) => candidate.title === 'Voeg de sectie "kindcheck" toe');
    assert.ok(action);
    const fixed = apply(text, uri, action);
    const edits = editsFor(action.edit as never, uri);
    assert.equal(edits.length, 1);
    const inserted = edits[0].newText;
    assert.deepEqual(edits[0].range, { start: { line: 51, character: 0 }, end: { line: 51, character: 0 } });
    assert.match(inserted, /^\nkindcheck: >-\n {2}\S/);
    assert.equal(fixed.replace(inserted, ''), text);
    assert.equal((parse(fixed) as { kindcheck: string }).kindcheck, KINDCHECK.skeleton);
    const keys = Object.keys(parse(fixed) as object);
    assert.deepEqual(keys.slice(keys.indexOf('afwegingskader'), keys.indexOf('afwegingskader') + 3), ['afwegingskader', 'kindcheck', 'bijzondere-vormen']);
    assert.equal((await findingsOf(fixed)).some((finding) => finding.endsWith('kindcheck-missing')), false);
  });

  it('adds an officer when the protocol has none', async () => {
    const text = 'meldcode: "1.0"\ncontactpunten:\n  - id: vt\n    soort: veilig-thuis\n';
    const { uri, actions } = await actionsFor(text, 0);
    const action = actions.find((candidate) => candidate.title === 'Voeg een aandachtsfunctionaris toe');
    assert.equal(
      apply(text, uri, action),
      'meldcode: "1.0"\naandachtsfunctionarissen:\n  - id: aandachtsfunctionaris\n    naam: ""\n    functie: Aandachtsfunctionaris huiselijk geweld en kindermishandeling\n    telefoon: ""\n    email: ""\ncontactpunten:\n  - id: vt\n    soort: veilig-thuis\n',
    );
  });

  it('disables a rule for one line with a comment above it, indented like the line', async () => {
    // Line 28: "    contact: [jansn]".
    const { uri, actions } = await actionsFor(FLAWED, 28);
    const disable = actions.find((action) => action.title === 'Controle "verwijzing naar een bestaand id" (reference-unknown) uitzetten op regel 29');
    const fixed = apply(FLAWED, uri, disable);
    assert.equal(fixed, FLAWED.replace('    contact: [jansn]\n', '    # meldcode-disable-next-line reference-unknown\n    contact: [jansn]\n'));
    assert.equal((await findingsOf(fixed)).includes('29:reference-unknown'), false);

    // A rule joins a directive that is already above the line.
    const text = 'stappen:\n  - stap: 1\n    # meldcode-disable-next-line step-order -- altijd eerst\n    contact: [jansn]\n';
    const second = await actionsFor(text, 3);
    const join = second.actions.find((action) => action.title === 'Controle "verwijzing naar een bestaand id" (reference-unknown) uitzetten op regel 4');
    assert.equal(
      apply(text, second.uri, join),
      'stappen:\n  - stap: 1\n    # meldcode-disable-next-line step-order, reference-unknown -- altijd eerst\n    contact: [jansn]\n',
    );
  });

  it('keeps the layout of the document: compact lists and CRLF line breaks', async () => {
    const text = [
      'meldcode: "1.0"',
      'stappen:',
      '- stap: 1',
      '  titel: Signalen',
      '- stap: 3',
      '  titel: Gesprek',
      'afwegingskader:',
      '- vraag: 1',
      '  tekst: Vermoeden?',
      'organisatie:',
      '    naam: x',
      '',
    ].join('\r\n');
    const { uri, actions } = await actionsFor(text, 1);
    const step = actions.find((action) => action.title === 'Voeg stap 2 toe');
    const fixed = apply(text, uri, step);
    assert.match(fixed, /\r\n {2}titel: Signalen\r\n- stap: 2\r\n {2}titel: >-\r\n(?: {4}[^\r\n]+\r\n)+ {2}verantwoordelijk: [^\r\n]+\r\n {2}acties:\r\n {2}- [^\r\n]+\r\n(?: {2}- [^\r\n]+\r\n)*- stap: 3\r\n/);
    assert.equal(fixed.includes('\n') && !/[^\r]\n/.test(fixed), true);
  });
});

describe('language server: code actions for a client without versioned edits', () => {
  it('answers with plain changes, in English', async () => {
    const capabilities = fullCapabilities();
    capabilities.workspace = {};
    const client = await TestClient.start({ locale: 'en', capabilities });
    try {
      const uri = fixtureUri('flawed.meldcode.yaml');
      client.open(uri, FLAWED);
      await client.diagnosticsFor(uri);
      const actions = await client.request<Action[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 37, character: 25 }, end: { line: 37, character: 25 } },
        context: { diagnostics: [] },
      });
      assert.deepEqual(actions[0], {
        title: 'Replace "het AMK" with "Veilig Thuis"',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [
          {
            range: { start: { line: 37, character: 21 }, end: { line: 37, character: 28 } },
            severity: 2,
            code: 'term-outdated',
            codeDescription: { href: 'https://github.com/meldcode/meldcode/blob/main/docs/rules/term-outdated.md' },
            source: 'meldcode',
            message: '"AMK" no longer exists: since 1 January 2015 the AMK and (A)SHG together are Veilig Thuis (Wmo 2015, art. 4.1.1).',
            tags: [2],
          },
        ],
        edit: { changes: { [uri]: [{ range: { start: { line: 37, character: 21 }, end: { line: 37, character: 28 } }, newText: 'Veilig Thuis' }] } },
      });
      assert.equal(actions[actions.length - 1].title, 'Turn off check "outdated names" (term-outdated) on line 38');
    } finally {
      await client.stop();
    }
  });
});
