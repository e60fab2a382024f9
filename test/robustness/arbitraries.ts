/**
 * fast-check arbitraries: mutations of real protocols (what a half-finished edit, a bad
 * paste or a broken editor leaves behind) and whole random protocols that use the
 * outdated terms in every way YAML allows.
 */
import fc from 'fast-check';

/**
 * A fixed seed keeps every run (and CI) reproducible; MELDCODE_FUZZ_SEED=random explores new
 * inputs, and MELDCODE_FUZZ_SEED=<number> replays the seed a failure printed.
 */
const fuzzSeed = process.env.MELDCODE_FUZZ_SEED;
if (fuzzSeed !== 'random') fc.configureGlobal({ seed: fuzzSeed ? Number(fuzzSeed) : 20261123 });

/** A change to a text; `describe` is what fast-check prints for a failing case. */
export interface Mutation {
  describe: string;
  apply(text: string): string;
}

function splitLines(text: string): string[] {
  return text.split('\n');
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];

const controlChar = fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code));
const yamlPunctuation = fc.constantFrom(
  ': ', '- ', '-', ':', '[', ']', '{', '}', ',', '#', '&a ', '*a', '!', '!!binary ', '!!str ', '|', '>', "'", '"', '%', '@', '`', '?', '\\',
  '\t', '\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\uFEFF', '\u00A0', '\uD800', '\uDFFF', '\u200B', '---\n', '...\n',
  '<<: *a\n', '__proto__: {x: 1}\n', 'constructor: {prototype: {x: 1}}\n',
);
/** Strings to insert: control characters, any Unicode (including lone surrogates), YAML syntax. */
export const insertion = fc.oneof(
  controlChar,
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.array(yamlPunctuation, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
  fc.string({ unit: fc.constantFrom('\uD800', '\uDBFF', '\uDC00', 'é', '😀', '\u0301'), maxLength: 4 }),
);

const mutationKinds: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }).map(({ at, count }) => ({
    describe: `delete ${count} lines at ${at}`,
    apply(text: string) {
      const lines = splitLines(text);
      lines.splice(at % lines.length, count);
      return lines.join('\n');
    },
  })),
  fc.record({ at: fc.nat(), indent: fc.oneof(fc.integer({ min: 0, max: 12 }).map((n) => ' '.repeat(n)), fc.constantFrom('\t', ' \t', '\t  ')) }).map(({ at, indent }) => ({
    describe: `indent line ${at} with ${JSON.stringify(indent)}`,
    apply(text: string) {
      const lines = splitLines(text);
      const i = at % lines.length;
      lines[i] = indent + lines[i].replace(/^[ \t]*/, '');
      return lines.join('\n');
    },
  })),
  fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }) => ({
    describe: `swap lines ${a} and ${b}`,
    apply(text: string) {
      const lines = splitLines(text);
      const i = a % lines.length;
      const j = b % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    },
  })),
  fc.nat().map((at) => ({
    describe: `truncate at ${at}`,
    apply: (text: string) => text.slice(0, at % (text.length + 1)),
  })),
  fc.record({ at: fc.nat(), value: insertion }).map(({ at, value }) => ({
    describe: `insert ${JSON.stringify(value)} at ${at}`,
    apply(text: string) {
      const i = at % (text.length + 1);
      return text.slice(0, i) + value + text.slice(i);
    },
  })),
  fc.record({ at: fc.nat(), value: insertion }).map(({ at, value }) => ({
    describe: `replace line ${at} with ${JSON.stringify(value)}`,
    apply(text: string) {
      const lines = splitLines(text);
      lines[at % lines.length] = value;
      return lines.join('\n');
    },
  })),
  fc.nat().map((at) => ({
    describe: `duplicate the key line number ${at}`,
    apply(text: string) {
      const lines = splitLines(text);
      const keyLines = lines.map((line, i) => (/^\s*(- )?[\w-]+:/.test(line) ? i : -1)).filter((i) => i >= 0);
      if (keyLines.length === 0) return text;
      const i = pick(keyLines, at);
      lines.splice(i + 1, 0, lines[i].replace(/^(\s*)- /, '$1  '));
      return lines.join('\n');
    },
  })),
  fc.record({ from: fc.nat(), count: fc.integer({ min: 1, max: 20 }), to: fc.nat() }).map(({ from, count, to }) => ({
    describe: `copy ${count} lines from ${from} to ${to}`,
    apply(text: string) {
      const lines = splitLines(text);
      const start = from % lines.length;
      const block = lines.slice(start, start + count);
      lines.splice(to % (lines.length + 1), 0, ...block);
      return lines.join('\n');
    },
  })),
  fc.constantFrom<Mutation>(
    { describe: 'CRLF line ends', apply: (text) => text.replace(/\r?\n/g, '\r\n') },
    { describe: 'lone CR line ends', apply: (text) => text.replace(/\r?\n/g, '\r') },
    { describe: 'BOM in front', apply: (text) => '\uFEFF' + text },
    { describe: 'tabs for indentation', apply: (text) => text.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2)) },
    { describe: 'all on one line', apply: (text) => text.replace(/\n/g, ' ') },
    { describe: 'a second document', apply: (text) => `${text}\n---\n${text}` },
    { describe: 'anchor on the organisation, aliases everywhere', apply: (text) => text.replace(/^organisatie:/m, 'organisatie: &org').replace(/^( +)naam: .*$/gm, '$1naam: *org') },
    { describe: 'flow style root', apply: (text) => `{${text.split('\n').filter((l) => /^\S/.test(l)).join(', ')}}` },
  ),
);

/** Mutations print as their description when fast-check reports a counterexample. */
export const mutation: fc.Arbitrary<Mutation> = mutationKinds.map((m) => ({ ...m, [fc.toStringMethod]: () => m.describe }));

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

export function applyAll(text: string, list: readonly Mutation[]): string {
  return list.reduce((current, m) => m.apply(current), text);
}

// ---------------------------------------------------------------- edits that keep the YAML valid

/** The lines of the item that starts at `start`: it and the lines indented deeper below it. */
function itemEnd(lines: readonly string[], start: number): number {
  const indent = /^ */.exec(lines[start])![0].length;
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || /^ */.exec(lines[end])![0].length > indent)) end++;
  return end;
}

function linesMatching(lines: readonly string[], pattern: RegExp): number[] {
  return lines.map((line, i) => (pattern.test(line) ? i : -1)).filter((i) => i >= 0);
}

/**
 * What a writer does between two saves: change a value, add or remove an item, add a comment.
 * Most of these keep the protocol valid YAML, which is what an incremental parse must handle
 * exactly (broken YAML it leaves to a whole parse).
 */
const writerEditKinds: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), word: fc.constantFrom('extra', 'Noord', '0800-2000', 'AMK', 'é', '# niet', ': ja', "'x'") }).map(({ at, word }) => ({
    describe: `append ${JSON.stringify(word)} to value line ${at}`,
    apply(text: string) {
      const lines = splitLines(text);
      const values = linesMatching(lines, /:\s+\S/);
      if (values.length === 0) return text;
      const i = pick(values, at);
      lines[i] = `${lines[i]} ${word}`;
      return lines.join('\n');
    },
  })),
  fc.record({ at: fc.nat(), to: fc.nat() }).map(({ at, to }) => ({
    describe: `copy the item at list line ${at} before list line ${to}`,
    apply(text: string) {
      const lines = splitLines(text);
      const items = linesMatching(lines, /^\s*- /);
      if (items.length === 0) return text;
      const start = pick(items, at);
      const block = lines.slice(start, itemEnd(lines, start));
      lines.splice(pick(items, to), 0, ...block);
      return lines.join('\n');
    },
  })),
  fc.nat().map((at) => ({
    describe: `delete the item at list line ${at}`,
    apply(text: string) {
      const lines = splitLines(text);
      const items = linesMatching(lines, /^\s*- /);
      if (items.length === 0) return text;
      const start = pick(items, at);
      lines.splice(start, itemEnd(lines, start) - start);
      return lines.join('\n');
    },
  })),
  fc.record({ at: fc.nat(), indent: fc.integer({ min: 0, max: 10 }), blank: fc.boolean() }).map(({ at, indent, blank }) => ({
    describe: `insert a ${blank ? 'blank' : 'comment'} line indented ${indent} at ${at}`,
    apply(text: string) {
      const lines = splitLines(text);
      lines.splice(at % (lines.length + 1), 0, blank ? ' '.repeat(indent) : `${' '.repeat(indent)}# opmerking`);
      return lines.join('\n');
    },
  })),
  fc.nat().map((at) => ({
    describe: `rename the key on key line ${at}`,
    apply(text: string) {
      const lines = splitLines(text);
      const keys = linesMatching(lines, /^\s*(- )?[\w-]+:/);
      if (keys.length === 0) return text;
      const i = pick(keys, at);
      lines[i] = lines[i].replace(/([\w-]+):/, '$1x:');
      return lines.join('\n');
    },
  })),
  fc.nat().map((at) => ({
    describe: `indent the item at list line ${at} by two more`,
    apply(text: string) {
      const lines = splitLines(text);
      const items = linesMatching(lines, /^\s*- /);
      if (items.length === 0) return text;
      const start = pick(items, at);
      const end = itemEnd(lines, start);
      for (let i = start; i < end; i++) lines[i] = `  ${lines[i]}`;
      return lines.join('\n');
    },
  })),
  fc.nat().map((at) => ({
    describe: `write the value on line ${at} on the next line, deeper`,
    apply(text: string) {
      const lines = splitLines(text);
      const values = linesMatching(lines, /^\s*[\w-]+: [\w]/);
      if (values.length === 0) return text;
      const i = pick(values, at);
      const [, indent, key, value, cr] = /^( *)([\w-]+): ([^\r]*)(\r?)$/.exec(lines[i]) ?? [];
      if (key === undefined) return text;
      lines.splice(i, 1, `${indent}${key}:${cr}`, `${indent}    ${value}${cr}`);
      return lines.join('\n');
    },
  })),
);

export const writerEdit: fc.Arbitrary<Mutation> = writerEditKinds.map((m) => ({ ...m, [fc.toStringMethod]: () => m.describe }));

// ---------------------------------------------------------------- block scalars

/** Headers of a block scalar: folded and literal, each chomping, an indentation indicator, a comment. */
const blockHeader = fc.constantFrom('>-', '>', '|', '|-', '|+', '>+', '|2-', '>- # zie boven');
/** A key whose plain value (an id, a reference, a kind, a step number) is rewritten; no quotes, flow or comment. */
const BLOCKABLE = /^( *)(- )?(id|vervanger|sector|soort|stap|naam|verantwoordelijk|ja|nee): ([^\s#'"[\]{}&*!|>%@`][^#\r]*?)(\r?)$/;

/**
 * Values written as block scalars instead of plain values: `vervanger: jansen` becomes
 * `vervanger: >-` with `jansen` on the next line, deeper. Edits of the server (rename, quick
 * fixes) must change such a value without touching its header or the line break after it.
 */
export const blockScalarValues: fc.Arbitrary<Mutation> = fc
  .record({ picks: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), header: blockHeader })
  .map(({ picks, header }) => ({
    describe: `write the values on blockable lines ${picks.join(', ')} as "${header}" blocks`,
    apply(text: string) {
      const lines = splitLines(text);
      const candidates = lines.map((line, i) => (BLOCKABLE.test(line) ? i : -1)).filter((i) => i >= 0);
      if (candidates.length === 0) return text;
      // From the last line up, so that the line numbers of the others stay valid.
      const chosen = [...new Set(picks.map((n) => pick(candidates, n)))].sort((a, b) => b - a);
      for (const i of chosen) {
        const [, indent, dash = '', key, value, cr] = BLOCKABLE.exec(lines[i])!;
        const keyColumn = indent.length + dash.length;
        lines.splice(i, 1, `${indent}${dash}${key}: ${header}${cr}`, `${' '.repeat(keyColumn + 2)}${value.trimEnd()}${cr}`);
      }
      return lines.join('\n');
    },
  }))
  .map((m) => ({ ...m, [fc.toStringMethod]: () => m.describe }));

// ---------------------------------------------------------------- random protocols

/** The outdated names the term-outdated rule must find, and ways to write around them. */
const outdatedTerm = fc.constantFrom(
  'AMK',
  'ASHG',
  'SHG',
  'Advies- en Meldpunt Kindermishandeling',
  'Advies- en Meldpunt Kindermishandeling (AMK)',
  'Advies- en Steunpunt Huiselijk Geweld',
  'Advies- en Steunpunt Huiselijk Geweld (ASHG)',
  'Steunpunt Huiselijk Geweld (SHG)',
  'advies- en meldpunt kindermishandeling',
);
const plainWord = fc.constantFrom(
  'Veilig', 'Thuis', 'het', 'de', 'bel', 'meld', 'bij', 'zorgen', 'kind', 'ouders', 'gesprek', 'signalen', 'amk', 'Amk', 'SHGs', 'AMKX',
  'AMK-melding', "AMK's", '(AMK)', 'AMK.', 'AMK,', 'AMK:', 'regio', 'Noord', '0800-2000', 'e-mail', 'é', '😀', 'ß', 'Ⅷ',
);
const phrase = fc
  .array(fc.oneof({ weight: 3, arbitrary: plainWord }, { weight: 1, arbitrary: outdatedTerm }), { minLength: 1, maxLength: 10 })
  .map((words) => words.join(' '));

/** A value written in one of YAML's scalar styles, indented for a key at `indent`. */
function scalar(indent: number): fc.Arbitrary<string> {
  const pad = ' '.repeat(indent + 2);
  return fc.oneof(
    phrase.filter((p) => !/[:#]\s|^[-?:,[\]{}#&*!|>'"%@`]|[:#]$/.test(p)).map((p) => p),
    phrase.map((p) => `'${p.replace(/'/g, "''")}'`),
    phrase.map((p) => JSON.stringify(p)),
    fc.array(phrase, { minLength: 1, maxLength: 3 }).map((ps) => `>-\n${ps.map((p) => pad + p).join('\n')}`),
    fc.array(phrase, { minLength: 1, maxLength: 3 }).map((ps) => `|\n${ps.map((p) => pad + p).join('\n')}`),
  );
}

const idPool = ['jansen', 'de-vries', 'veilig-thuis', 'politie', 'amk', 'shg', 'huisarts'];

const officer = fc.record({
  id: fc.constantFrom('jansen', 'de-vries', 'bakker'),
  naam: scalar(4),
  telefoon: fc.option(fc.constantFrom('"030-1234567"', '"06-12345678"', '"0800-2000"')),
  vervanger: fc.option(fc.constantFrom(...idPool, 'mulder')),
  comment: fc.option(phrase.map((p) => ` # ${p}`)),
});

const contactPoint = fc.record({
  id: fc.constantFrom(...idPool),
  soort: fc.constantFrom('veilig-thuis', 'politie', 'overig', 'huisarts'),
  naam: scalar(4),
  opmerking: fc.option(scalar(4)),
});

const step = fc.record({
  stap: fc.integer({ min: 0, max: 6 }),
  titel: scalar(4),
  verantwoordelijk: fc.option(fc.constantFrom('medewerker', 'aandachtsfunctionaris', 'AMK')),
  acties: fc.array(phrase, { maxLength: 3 }),
  contact: fc.array(fc.constantFrom(...idPool, 'AMK', 'onbekend'), { maxLength: 3 }),
  flow: fc.boolean(),
});

/** A random protocol: realistic structure, random content, outdated terms in every scalar style. */
export const randomProtocol: fc.Arbitrary<string> = fc
  .record({
    naam: scalar(2),
    sector: fc.constantFrom('kinderopvang', 'onderwijs', 'gezondheidszorg', 'sport'),
    officers: fc.array(officer, { maxLength: 3 }),
    contacts: fc.array(contactPoint, { maxLength: 4 }),
    steps: fc.array(step, { maxLength: 6 }),
    kindcheck: fc.option(scalar(0)),
    termKeys: fc.option(fc.array(fc.tuple(fc.constantFrom('AMK', 'Veilig Thuis', 'SHG', 'ASHG', 'overig'), phrase), { minLength: 1, maxLength: 3 })),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map((p) => {
    const lines: string[] = ['meldcode: "1.0"', 'organisatie:', `  naam: ${p.naam}`, `  sector: ${p.sector}`];
    if (p.officers.length > 0) {
      lines.push('aandachtsfunctionarissen:');
      for (const o of p.officers) {
        lines.push(`  - id: ${o.id}${o.comment ?? ''}`, `    naam: ${o.naam}`);
        if (o.telefoon) lines.push(`    telefoon: ${o.telefoon}`);
        if (o.vervanger) lines.push(`    vervanger: ${o.vervanger}`);
      }
    }
    if (p.contacts.length > 0) {
      lines.push('contactpunten:');
      for (const c of p.contacts) {
        lines.push(`  - id: ${c.id}`, `    soort: ${c.soort}`, `    naam: ${c.naam}`);
        if (c.opmerking) lines.push(`    opmerking: ${c.opmerking}`);
      }
    }
    if (p.steps.length > 0) {
      lines.push('stappen:');
      for (const s of p.steps) {
        lines.push(`  - stap: ${s.stap}`, `    titel: ${s.titel}`);
        if (s.verantwoordelijk) lines.push(`    verantwoordelijk: ${s.verantwoordelijk}`);
        if (s.acties.length > 0) {
          if (s.flow) lines.push(`    acties: [${s.acties.map((a) => JSON.stringify(a)).join(', ')}]`);
          else lines.push('    acties:', ...s.acties.map((a) => `      - ${JSON.stringify(a)}`));
        }
        if (s.contact.length > 0) lines.push(`    contact: [${s.contact.join(', ')}]`);
      }
    }
    if (p.kindcheck) lines.push(`kindcheck: ${p.kindcheck}`);
    if (p.termKeys) {
      lines.push('bijzondere-vormen:');
      for (const [key, value] of p.termKeys) lines.push(`  ${key}: ${JSON.stringify(value)}`);
    }
    const text = lines.join('\n') + '\n';
    return (p.bom ? '\uFEFF' : '') + (p.crlf ? text.replace(/\n/g, '\r\n') : text);
  });

// ---------------------------------------------------------------- random protocols of format 1.1

/** A list written in block style (one item a line) or flow style, indented for a key at `indent`. */
function list(items: readonly string[], indent: number, flow: boolean): string {
  if (items.length === 0) return '[]';
  if (flow) return `[${items.join(', ')}]`;
  return `\n${items.map((item) => `${' '.repeat(indent + 2)}- ${item}`).join('\n')}`;
}

const contactList = fc.array(fc.constantFrom('jansen', 'veilig-thuis', 'spoed', 'inspectie', 'onbekend'), { maxLength: 3 });
const outcome = fc.constantFrom('melden', 'melden-en-hulp', 'hulp', 'afsluiten', 'vraag-2', 'vraag-3', 'vraag-5', '3', 'Melden bij Veilig Thuis.');
const termijn = fc.option(fc.constantFrom('direct', 'binnen 5 werkdagen', 'dezelfde dag'), { nil: undefined });

const substep11 = fc.record({ id: fc.constantFrom('5a', '5b', '4a', 'A'), titel: scalar(8), contact: contactList, termijn, flow: fc.boolean() });

const step11 = fc.record({
  stap: fc.oneof(fc.integer({ min: 0, max: 6 }).map(String), fc.constantFrom('[4, 5]', '[3, 4]', '[5]', '"4"')),
  titel: scalar(4),
  verantwoordelijk: fc.option(fc.constantFrom('medewerker', 'bevoegd gezag', 'zorgteam'), { nil: undefined }),
  termijn,
  acties: fc.array(phrase, { maxLength: 2 }),
  contact: contactList,
  onderdelen: fc.array(substep11, { maxLength: 2 }),
  flow: fc.boolean(),
});

const routeStep11 = fc.record({ stap: fc.integer({ min: 0, max: 4 }), titel: scalar(8), contact: contactList, termijn, flow: fc.boolean() });

const route11 = fc.record({
  id: fc.constantFrom('acuut', 'medewerker', 'sport', 'acuut'),
  soort: fc.constantFrom('acuut-gevaar', 'vermoeden-medewerker', 'sport', 'overig', 'acuut'),
  titel: scalar(4),
  verantwoordelijk: fc.option(fc.constantFrom('bevoegd gezag', 'houder'), { nil: undefined }),
  contact: contactList,
  stappen: fc.array(routeStep11, { maxLength: 3 }),
  flow: fc.boolean(),
});

const question11 = fc.record({ vraag: fc.integer({ min: 1, max: 5 }), tekst: scalar(6), ja: fc.option(outcome, { nil: undefined }), nee: fc.option(outcome, { nil: undefined }) });

/** The afwegingskader in each form 1.1 allows: a list, or a map with questions, decisions or an appendix. */
const framework11 = fc.oneof(
  fc.array(question11, { maxLength: 5 }).map((questions) => ({ kind: 'list' as const, questions })),
  fc.record({ model: fc.constantFrom('basismodel', 'knmg', 'onderwijs', 'knmgg'), questions: fc.array(question11, { maxLength: 5 }) }).map((value) => ({ kind: 'vragen' as const, ...value })),
  fc.record({ model: fc.constantFrom('basismodel', 'overig'), voorwaarden: fc.array(phrase, { maxLength: 3 }) }).map((value) => ({ kind: 'beslissingen' as const, ...value })),
  fc.record({ model: fc.constantFrom('knmg', 'nip', 'vvn'), bijlage: scalar(2) }).map((value) => ({ kind: 'bijlage' as const, ...value })),
);

function questionLines(question: { vraag: number; tekst: string; ja?: string; nee?: string }, indent: string): string[] {
  const lines = [`${indent}- vraag: ${question.vraag}`, `${indent}  tekst: ${question.tekst}`];
  if (question.ja) lines.push(`${indent}  ja: ${question.ja}`);
  if (question.nee) lines.push(`${indent}  nee: ${question.nee}`);
  return lines;
}

/**
 * A random protocol in the shapes format 1.1 adds: merged and preliminary steps, sub-steps and
 * time limits, routes with their own steps, each form of the afwegingskader, the organisation's
 * responsibilities and appendices; with some values that break the schema, and ids that do not exist.
 */
export const randomProtocol11: fc.Arbitrary<string> = fc
  .record({
    version: fc.constantFrom('"1.1"', '"1.1"', '"1.0"', '1.1'),
    naam: scalar(2),
    sector: fc.constantFrom('onderwijs', 'mbo', 'kinderopvang', 'sport', 'gezondheidszorg', 'asielopvang'),
    zelfstandig: fc.option(fc.constantFrom('true', 'false', 'ja'), { nil: undefined }),
    validity: fc.boolean(),
    officer: fc.boolean(),
    steps: fc.array(step11, { maxLength: 6 }),
    framework: framework11,
    routes: fc.array(route11, { maxLength: 3 }),
    responsibilities: fc.option(fc.oneof(phrase.map((p) => JSON.stringify(p)), fc.array(phrase, { minLength: 1, maxLength: 3 })), { nil: undefined }),
    appendices: fc.array(fc.record({ id: fc.constantFrom('signalenlijst', 'sociale-kaart'), titel: scalar(4) }), { maxLength: 2 }),
    crlf: fc.boolean(),
  })
  .map((p) => {
    const lines: string[] = [`meldcode: ${p.version}`, 'organisatie:', `  naam: ${p.naam}`, `  sector: ${p.sector}`];
    if (p.zelfstandig) lines.push(`  zelfstandig: ${p.zelfstandig}`);
    lines.push(...(p.validity ? ['  geldig-van: 2024-01-01', '  geldig-tot: 2027-12-31'] : ['  vastgesteld: 2026-02-01']));
    if (p.officer) lines.push('aandachtsfunctionarissen:', '  - id: jansen', '    naam: Marieke Jansen', '    telefoon: "06-12345678"');
    lines.push(
      'contactpunten:',
      '  - id: veilig-thuis',
      '    soort: veilig-thuis',
      '    telefoon: "0800-2000"',
      '  - { id: spoed, soort: spoed, telefoon: "112" }',
      '  - id: inspectie',
      '    soort: vertrouwensinspecteur',
    );
    if (p.steps.length > 0) {
      lines.push('stappen:');
      for (const s of p.steps) {
        lines.push(`  - stap: ${s.stap}`, `    titel: ${s.titel}`);
        if (s.verantwoordelijk) lines.push(`    verantwoordelijk: ${s.verantwoordelijk}`);
        if (s.termijn) lines.push(`    termijn: ${s.termijn}`);
        if (s.acties.length > 0) lines.push(`    acties: ${list(s.acties.map((a) => JSON.stringify(a)), 4, s.flow)}`);
        if (s.contact.length > 0) lines.push(`    contact: ${list(s.contact, 4, s.flow)}`);
        if (s.onderdelen.length > 0) {
          lines.push('    onderdelen:');
          for (const part of s.onderdelen) {
            if (part.flow) {
              lines.push(`      - { id: ${part.id}, titel: ${JSON.stringify(part.titel)}, contact: ${list(part.contact, 8, true)} }`);
            } else {
              lines.push(`      - id: ${part.id}`, `        titel: ${part.titel}`);
              if (part.contact.length > 0) lines.push(`        contact: ${list(part.contact, 8, false)}`);
              if (part.termijn) lines.push(`        termijn: ${part.termijn}`);
            }
          }
        }
      }
    }
    const f = p.framework;
    if (f.kind === 'list') {
      lines.push(`afwegingskader:${f.questions.length === 0 ? ' []' : ''}`);
      for (const q of f.questions) lines.push(...questionLines(q, '  '));
    } else if (f.kind === 'vragen') {
      lines.push('afwegingskader:', `  model: ${f.model}`, `  vragen:${f.questions.length === 0 ? ' []' : ''}`);
      for (const q of f.questions) lines.push(...questionLines(q, '    '));
    } else if (f.kind === 'beslissingen') {
      lines.push('afwegingskader:', `  model: ${f.model}`, '  beslissingen:', '    - beslissing: 1', '      tekst: Is melden noodzakelijk?', '      ja: melden', '      nee: beslissing-2');
      lines.push('    - beslissing: 2', '      tekst: Is hulp (ook) mogelijk?', `      voorwaarden: ${list(f.voorwaarden.map((v) => JSON.stringify(v)), 6, false)}`);
    } else {
      lines.push('afwegingskader:', `  model: ${f.model}`, `  bijlage: ${f.bijlage}`);
    }
    if (p.routes.length > 0) {
      lines.push('routes:');
      for (const r of p.routes) {
        lines.push(`  - id: ${r.id}`, `    soort: ${r.soort}`, `    titel: ${r.titel}`);
        if (r.verantwoordelijk) lines.push(`    verantwoordelijk: ${r.verantwoordelijk}`);
        if (r.contact.length > 0) lines.push(`    contact: ${list(r.contact, 4, r.flow)}`);
        if (r.stappen.length > 0) {
          lines.push('    stappen:');
          for (const s of r.stappen) {
            if (s.flow) lines.push(`      - { stap: ${s.stap}, titel: ${JSON.stringify(s.titel)}, contact: ${list(s.contact, 8, true)} }`);
            else {
              lines.push(`      - stap: ${s.stap}`, `        titel: ${s.titel}`);
              if (s.contact.length > 0) lines.push(`        contact: ${list(s.contact, 8, false)}`);
              if (s.termijn) lines.push(`        termijn: ${s.termijn}`);
            }
          }
        }
      }
    }
    if (p.responsibilities !== undefined) {
      lines.push(
        typeof p.responsibilities === 'string'
          ? `verantwoordelijkheden-organisatie: ${p.responsibilities}`
          : `verantwoordelijkheden-organisatie: ${list(p.responsibilities.map((r) => JSON.stringify(r)), 0, false)}`,
      );
    }
    if (p.appendices.length > 0) {
      lines.push('bijlagen:');
      for (const a of p.appendices) lines.push(`  - id: ${a.id}`, `    titel: ${a.titel}`);
    }
    const text = lines.join('\n') + '\n';
    return p.crlf ? text.replace(/\n/g, '\r\n') : text;
  });

// ---------------------------------------------------------------- a sentence with ": " in a list of actions

/** Words of a sentence that start no YAML of their own and no key of the format; with a quote, a backslash and an apostrophe. */
const sentenceWord = fc.constantFrom('bel', 'direct', '112', 'bij', 'acuut', 'gevaar', 'de', 'aandachtsfunctionaris', 'Veilig', 'Thuis', 'informeren.', 'twijfelt,', "kind's", 'stop"', 'C:\\map', 'é', '(zie', 'bijlage)');
const sentenceLine = fc.array(sentenceWord, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

export interface ColonSentence {
  /** The protocol with the sentence typed in as the first action of a list. */
  text: string;
  /** What the writer meant: the lines of the sentence joined by one space; undefined when the protocol has no list of actions. */
  meant: string | undefined;
}

/**
 * A writer types an action with ": " into the first block list of actions, or a step's title
 * with ": ", as typed or pasted from Word: on one line or wrapped over up to three, the lines
 * under the first in the column of its text or further in (under a title: further in than its
 * key), perhaps with a second ": ", a line of its own with ": " or a comment after the last line.
 */
export const colonSentence = (protocol: string): fc.Arbitrary<ColonSentence> =>
  fc
    .record({
      key: fc.constantFrom('Let op', 'Bel', 'Zeg "stop"', 'Daarna'),
      lines: fc.array(sentenceLine, { minLength: 1, maxLength: 3 }),
      secondColon: fc.constantFrom('', 'Daarna: ', 'bij gevaar: '),
      colonOnLine: fc.nat(2),
      deeper: fc.nat(4),
      comment: fc.boolean(),
      title: fc.boolean(),
    })
    .map(({ key, lines, secondColon, colonOnLine, deeper, comment, title }) => {
      const written = lines.map((line, index) => (index === colonOnLine % lines.length ? secondColon + line : line));
      written[0] = `${key}: ${written[0]}`;
      const newline = protocol.includes('\r\n') ? '\r\n' : '\n';
      const typed = (first: string, column: number): string => {
        const typedLines = written.map((line, index) => (index === 0 ? first + line : `${' '.repeat(column + deeper)}${line}`));
        if (comment) typedLines[typedLines.length - 1] += ' # zie bijlage';
        return typedLines.join(newline);
      };
      if (title) {
        const titel = /^( *)titel: [^\r\n]*/m.exec(protocol);
        if (!titel) return { text: protocol, meant: undefined };
        const indent = titel[1].length;
        const text = protocol.slice(0, titel.index) + typed(`${titel[1]}titel: `, indent + 2) + protocol.slice(titel.index + titel[0].length);
        return { text, meant: written.join(' ') };
      }
      const list = /^( *)acties:[ \t]*\r?\n( *)- /m.exec(protocol);
      if (!list) return { text: protocol, meant: undefined };
      const dash = list[2].length;
      const at = list.index + list[0].length - dash - 2;
      return { text: protocol.slice(0, at) + typed(`${' '.repeat(dash)}- `, dash + 2) + newline + protocol.slice(at), meant: written.join(' ') };
    });
