/**
 * Protocols within the size limit, readable, and built to exhaust time or memory: thousands of
 * unknown references, very long ids, long runs of spaces or letters that make a careless
 * pattern backtrack, tens of thousands of steps, hundreds of thousands of duplicate keys or of
 * findings. Written on the fly; used by test/robustness/hostile-inputs.test.ts (each through
 * the command line and the language server in a process with a heap cap) and by `npm run bench`
 * (time and peak memory per input against the bound).
 */
import { FINDINGS_PER_RULE } from '../../server/src/engine/validate';

export { FINDINGS_PER_RULE };

/** What every hostile input must stay within, per file of up to 5 MB (the default size limit). */
export const BOUND = { seconds: 2, megabytes: 300 };

export interface HostileInput {
  name: string;
  /** What the input holds and what it did before it was bounded, for the benchmark's table. */
  description: string;
  text: string;
  /**
   * Rule id -> the findings the command line gives for it: at most FINDINGS_PER_RULE, plus the
   * one that says how many more were left out (`leftOut`).
   */
  expect: Readonly<Record<string, { shown: number; leftOut?: number; message?: RegExp }>>;
  /** Refused unread (too many YAML parts): checked to one finding, and `render` draws nothing. */
  refused?: boolean;
  /** Document links the language server gives for the text. */
  links?: number;
}

const HEAD = 'meldcode: "1.0"\norganisatie:\n  naam: Kindercentrum De Zonnebloem\n  sector: kinderopvang\n';

function pad(n: number): string {
  return String(n).padStart(5, '0');
}

/** Officers, each with a stand-in (`vervanger`) that does not exist, until the text is `kilobytes` long. */
export function officersWithUnknownReferences(kilobytes: number): string {
  const parts = [HEAD, 'aandachtsfunctionarissen:\n'];
  let length = parts.join('').length;
  for (let i = 0; length < kilobytes * 1024; i++) {
    const officer = `  - id: af-${pad(i)}\n    naam: Medewerker ${pad(i)}\n    vervanger: onbekend-${pad(i)}\n`;
    parts.push(officer);
    length += officer.length;
  }
  return parts.join('');
}

/** One officer whose id is `length` letters, and one whose stand-in differs from it in the last letter. */
export function longIds(length: number): string {
  const id = 'a'.repeat(length);
  return `${HEAD}aandachtsfunctionarissen:\n  - id: ${id}\n    naam: Marieke Jansen\n    vervanger: ${id.slice(0, -1)}b\n`;
}

/** A quoted name with `spaces` spaces inside: a line that `[^#]*?\s*(#.*)?$` reads in quadratic time. */
export function spacesInString(spaces: number): string {
  return `meldcode: "1.0"\norganisatie:\n  naam: "De${' '.repeat(spaces)}Zonnebloem"\n  sector: kinderopvang\n`;
}

/** `letters` letters and then an @ without a domain, in running text: the e-mail pattern's worst case. */
export function lettersBeforeAt(letters: number): string {
  return `${HEAD}inleiding: ${'a'.repeat(letters)}@\n`;
}

/** `count` steps, each with a number and a title (60,000 steps: about 2.9 MB). */
export function manySteps(count: number): string {
  const parts = [HEAD, 'stappen:\n'];
  for (let i = 1; i <= count; i++) parts.push(`  - stap: ${i}\n    titel: Stap ${i} uitvoeren\n`);
  return parts.join('');
}

/** `count` steps in a 1.0 file, each numbered with a list (which only format 1.1 allows). */
export function stepsAsLists(count: number): string {
  return `${HEAD}stappen:\n${'  - stap: [1, 2]\n    titel: Stap\n'.repeat(count)}`;
}

/** `count` top-level keys the format does not know, one a line. */
export function unknownKeys(count: number): string {
  const parts = [HEAD];
  for (let i = 0; i < count; i++) parts.push(`onbekend-${i}: x\n`);
  return parts.join('');
}

/** The key `naam` given `count` more times in the same mapping, one a line. */
export function duplicateKeys(count: number): string {
  return `meldcode: "1.0"\norganisatie:\n  sector: kinderopvang\n  naam: A\n${'  naam: A\n'.repeat(count)}`;
}

/** The key `naam` given `count` more times in one flow mapping, all on one line. */
export function duplicateKeysOnOneLine(count: number): string {
  return `meldcode: "1.0"\norganisatie: {naam: A, ${'naam: A, '.repeat(count)}sector: kinderopvang}\n`;
}

/** An introduction that names the AMK `count` times: as many would-be findings of term-outdated. */
export function outdatedTerms(count: number): string {
  return `${HEAD}inleiding: ${'AMK '.repeat(count).trimEnd()}\n`;
}

/** An outcome of the afwegingskader written as `count` times "sluit", without "af": what the route map reads as words. */
export function closeWords(count: number): string {
  return `${HEAD}afwegingskader:\n  - vraag: 1\n    tekst: Is er een vermoeden?\n    ja: ${'sluit '.repeat(count).trimEnd()}\n    nee: 2\n`;
}

/** Officers whose phone number is indented one space too little, until the text is `kilobytes` long: thousands of slips in one section. */
export function officersWithSlippedPhones(kilobytes: number): string {
  const parts = [HEAD, 'aandachtsfunctionarissen:\n'];
  let length = parts.join('').length;
  for (let i = 0; length < kilobytes * 1024; i++) {
    const officer = `  - id: af-${pad(i)}\n    naam: Medewerker ${pad(i)}\n   telefoon: "030-1234567"\n`;
    parts.push(officer);
    length += officer.length;
  }
  return parts.join('');
}

/** `count` sections, each with a key indented one space too little: a slip each, every one fixable on its own. */
export function sectionsWithSlippedKeys(count: number): string {
  const parts = [HEAD];
  for (let i = 0; i < count; i++) parts.push(`onbekend-${pad(i)}:\n  naam: Medewerker ${pad(i)}\n telefoon: "030-1234567"\n`);
  return parts.join('');
}

/** The one finding for a file with more YAML parts than MAX_YAML_PARTS, in English. */
const TOO_MANY_PARTS = /^The file consists of more than 100,000 YAML parts \(keys, values and punctuation\) and is not checked; a protocol has a few thousand\.$/;

/** The finding for each phone number in the inputs with slipped keys, in English. */
const SLIPPED_PHONE = /^This line is indented 1 space too little: 'telefoon' belongs in the same column as 'naam' on the line above\.$/;

/** Every hostile input, with the findings the command line must give for it. */
export function hostileInputs(): HostileInput[] {
  const leftOut = (total: number, message?: RegExp) => ({ shown: FINDINGS_PER_RULE + 1, leftOut: total - FINDINGS_PER_RULE, message });
  const officers = (kilobytes: number): HostileInput => {
    const text = officersWithUnknownReferences(kilobytes);
    const count = text.split('vervanger: onbekend-').length - 1;
    return {
      name: `officers-unknown-${kilobytes}kb`,
      description: `${kilobytes} KB of officers (${count.toLocaleString('en-US')}), each with an unknown stand-in`,
      text,
      expect: {
        'reference-unknown': leftOut(count, /^"onbekend-\d{5}" is not an attention officer in this protocol\.$/),
        'officer-unreachable': leftOut(count),
        'reference-unused': leftOut(count),
      },
    };
  };
  return [
    officers(100),
    officers(250),
    {
      name: 'long-ids',
      description: 'two ids of 20,000 letters, one letter apart',
      text: longIds(20_000),
      expect: { 'reference-unknown': { shown: 1, message: /^"a{63}…" is not an attention officer in this protocol\.$/ } },
    },
    {
      name: 'spaces-in-string',
      description: '64,000 spaces inside a quoted name',
      text: spacesInString(64_000),
      expect: { 'officer-missing': { shown: 1 }, schema: { shown: 0 } },
      links: 0,
    },
    {
      name: 'letters-before-at',
      description: '80,000 letters before an @ in running text',
      text: lettersBeforeAt(80_000),
      expect: { 'officer-missing': { shown: 1 }, schema: { shown: 0 } },
      links: 0,
    },
    {
      name: 'close-words-40000',
      description: '40,000 times "sluit" in an outcome, for the route map',
      text: closeWords(40_000),
      expect: { 'officer-missing': { shown: 1 } },
    },
    // Below the limit of YAML parts: as many steps, keys or duplicates as a file may hold and
    // still be checked in full, in the shapes that cost the most per part.
    {
      name: 'steps-5000',
      description: '5,000 steps (about 90,000 YAML parts)',
      text: manySteps(5_000),
      expect: {
        'step-responsible-missing': leftOut(5_000, /^Step \d+ does not say who is responsible/),
        schema: leftOut(5_000 - 5, /^\d+ is outside the allowed range for step number: 1 to 5\.$/),
      },
    },
    {
      name: 'steps-as-lists-4000',
      description: '4,000 steps numbered with a list in a 1.0 file',
      text: stepsAsLists(4_000),
      expect: { schema: leftOut(4_000) },
    },
    {
      name: 'unknown-keys-12500',
      description: '12,500 unknown keys',
      text: unknownKeys(12_500),
      expect: { schema: leftOut(12_500, /^Unknown key 'onbekend-\d+'; allowed here: 'meldcode', /) },
    },
    {
      name: 'duplicate-keys-one-line-12000',
      description: '12,000 duplicate keys in one flow map on one line',
      text: duplicateKeysOnOneLine(12_000),
      expect: { 'yaml-syntax': leftOut(12_000, /^This key occurs twice in the same mapping/) },
    },
    {
      name: 'slipped-phones-250kb',
      description: '250 KB of officers, each with its phone number one space too little in',
      text: officersWithSlippedPhones(250),
      expect: { 'yaml-syntax': leftOut(officersWithSlippedPhones(250).split('telefoon:').length - 1, SLIPPED_PHONE) },
    },
    {
      name: 'slipped-keys-5000',
      description: '5,000 sections, each with a key one space too little in (a fix tried for each within the budget)',
      text: sectionsWithSlippedKeys(5_000),
      expect: { 'yaml-syntax': leftOut(5_000, SLIPPED_PHONE) },
    },
    // Past the limit: refused after counting the parts, with the one finding that says why.
    ...[
      { name: 'steps-60000', description: '60,000 steps (2.9 MB)', text: manySteps(60_000) },
      { name: 'steps-as-lists-20000', description: '20,000 steps numbered with a list in a 1.0 file', text: stepsAsLists(20_000) },
      { name: 'unknown-keys-100000', description: '100,000 unknown keys', text: unknownKeys(100_000) },
      { name: 'duplicate-keys-200000', description: '200,000 duplicate keys, one a line', text: duplicateKeys(200_000) },
      { name: 'duplicate-keys-one-line', description: '200,000 duplicate keys in one flow map on one line', text: duplicateKeysOnOneLine(200_000) },
    ].map((input) => ({ ...input, refused: true, expect: { 'yaml-syntax': { shown: 1, message: TOO_MANY_PARTS } } })),
    {
      name: 'findings-250000',
      description: '250,000 outdated terms in one text: as many findings',
      text: outdatedTerms(250_000),
      expect: { 'term-outdated': leftOut(250_000, /^"AMK" no longer exists/) },
    },
  ];
}

/** The message of the finding that tells how many findings of `ruleId` were left out, in English. */
export function leftOutMessage(ruleId: string, count: number): string {
  return `${count.toLocaleString('en-US')} more findings of rule "${ruleId}" were left out: the first ${FINDINGS_PER_RULE} per file are shown. Fix those first; the others follow.`;
}
