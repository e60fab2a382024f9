/**
 * Texts written to make a scan of the user's text slow: long runs of spaces after a keyword,
 * of digits, of letters, of digit groups, of invisible characters, of names. For each rule
 * that reads the text (personal-data, term-outdated) and each input, the time of that rule
 * alone on the parsed document, at a quarter of the size and at the full size. A rule that
 * is linear in the text takes about 4 times as long at the full size; one that goes
 * quadratic 16 times. (Before the patterns were bounded, "geboren" and 64,000 spaces took
 * personal-data 20 seconds.)
 */
import { parseProtocol, ruleById, validateDocument, type ProtocolDocument } from '../server/src/engine';
import { generateProtocol } from './generate';

export interface HostileRow {
  rule: string;
  input: string;
  characters: number;
  findings: number;
  quarterMs: number;
  fullMs: number;
  /** fullMs / quarterMs: about 4 for a linear scan. */
  ratio: number;
}

interface HostileInput {
  rule: string;
  input: string;
  /** The hostile text of about `size` characters. */
  make: (size: number) => string;
  size: number;
}

const repeat = (piece: string, size: number): string => piece.repeat(Math.max(1, Math.round(size / piece.length)));

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { rule: 'personal-data', input: '"geboren" and 64,000 spaces', make: (size) => `geboren${' '.repeat(size)}`, size: 64_000 },
  { rule: 'personal-data', input: '"geboren", 64,000 spaces and a date', make: (size) => `geboren${' '.repeat(size)}12-03-2015`, size: 64_000 },
  { rule: 'personal-data', input: '100,000 digits', make: (size) => '1'.repeat(size), size: 100_000 },
  { rule: 'personal-data', input: '100,000 letters', make: (size) => 'a'.repeat(size), size: 100_000 },
  { rule: 'personal-data', input: 'digit groups "1 1 1 ..."', make: (size) => repeat('1 ', size), size: 100_000 },
  { rule: 'personal-data', input: 'digits and zero-width spaces', make: (size) => repeat('1\u200b', size), size: 100_000 },
  { rule: 'personal-data', input: '"dossiernummer" and 100,000 spaces', make: (size) => `dossiernummer${' '.repeat(size)}12345`, size: 100_000 },
  { rule: 'personal-data', input: 'names "Sanne de Sanne de ..."', make: (size) => repeat('Sanne de ', size), size: 100_000 },
  { rule: 'personal-data', input: 'BSNs "123 456 708, ..."', make: (size) => repeat('123 456 708, ', size), size: 100_000 },
  { rule: 'term-outdated', input: '100,000 letters', make: (size) => 'a'.repeat(size), size: 100_000 },
  { rule: 'term-outdated', input: '"AMKAMKAMK..."', make: (size) => repeat('AMK', size), size: 100_000 },
  { rule: 'term-outdated', input: 'names "AMK-AMK-AMK-..."', make: (size) => repeat('AMK-', size), size: 100_000 },
  { rule: 'term-outdated', input: '"het", 100,000 spaces, "AMK"', make: (size) => `het${' '.repeat(size)}AMK`, size: 100_000 },
  { rule: 'term-outdated', input: '"Advies-" and 100,000 spaces', make: (size) => `Advies-${' '.repeat(size)}en Meldpunt`, size: 100_000 },
  { rule: 'term-outdated', input: 'sentences ". . . ." then "AMK"', make: (size) => `${repeat('. ', size)}AMK`, size: 100_000 },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median milliseconds of the rule alone on each document, timed in turns so a busy moment of the machine hits both alike. */
function timeRule(documents: readonly ProtocolDocument[], ruleId: string): { ms: number[]; findings: number[] } {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const run = (document: ProtocolDocument) => validateDocument(document, { ruleSet: [rule] });
  const findings = documents.map((document) => run(document).length); // and a first warm-up
  for (let i = 0; i < 5; i++) documents.forEach(run);
  const times = documents.map((): number[] => []);
  for (let i = 0; i < 11; i++) {
    documents.forEach((document, d) => {
      const start = process.hrtime.bigint();
      run(document);
      times[d].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return { ms: times.map(median), findings };
}

/** A one-key protocol whose value is the hostile text, in double quotes (none of the inputs holds a quote or backslash). */
function documentOf(text: string): ProtocolDocument {
  return parseProtocol(`kindcheck: "${text}"\n`);
}

export function measureHostile(): HostileRow[] {
  // Let each rule settle on an ordinary protocol first, so the first input does not pay for the compiler.
  const ordinary = parseProtocol(generateProtocol({ lines: 1_000, seed: 7 }));
  for (const rule of new Set(HOSTILE_INPUTS.map((input) => input.rule))) timeRule([ordinary], rule);
  return HOSTILE_INPUTS.map(({ rule, input, make, size }) => {
    const quarter = documentOf(make(Math.round(size / 4)));
    const full = documentOf(make(size));
    const { ms, findings } = timeRule([quarter, full], rule);
    return { rule, input, characters: full.text.length, findings: findings[1], quarterMs: ms[0], fullMs: ms[1], ratio: ms[1] / Math.max(ms[0], 0.001) };
  });
}
