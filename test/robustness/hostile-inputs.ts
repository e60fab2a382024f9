/**
 * Protocols that are valid enough to be read, within the size limit, and built to exhaust
 * time or memory: thousands of unknown references, very long ids, long runs of spaces or
 * letters that make a careless regular expression backtrack, tens of thousands of steps,
 * hundreds of thousands of duplicate keys or findings. Written on the fly; used by the
 * robustness tests (test/robustness/hostile-inputs.test.ts) and by `npm run bench`.
 */
import { FINDINGS_PER_RULE } from '../../server/src/engine/validate';

export interface HostileInput {
  name: string;
  /** What the input holds, for the benchmark's table. */
  description: string;
  text: string;
  /** Rule id -> the number of findings the command line must give for it (after the cap). */
  expect: Readonly<Record<string, number>>;
  /** The shown findings of this rule, before the "left out" one, as a pattern on the English message. */
  shown?: { ruleId: string; message: RegExp };
  /** How many findings of `expect`'s rules the cap left out (told in the last finding of that rule). */
  leftOut?: Readonly<Record<string, number>>;
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

/** A quoted name with `spaces` spaces inside: a line a pattern like `[^#]*?\s*$` reads in quadratic time. */
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

/** The key `naam` given `count` more times in the same mapping. */
export function duplicateKeys(count: number): string {
  return `meldcode: "1.0"\norganisatie:\n  sector: kinderopvang\n  naam: A\n${'  naam: A\n'.repeat(count)}`;
}

/** One step whose contact list names `count` ids that do not exist: as many findings. */
export function manyFindings(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `x${i % 10}`).join(', ');
  return `${HEAD}stappen:\n  - stap: 1\n    titel: Signalen in kaart brengen\n    contact: [${ids}]\n`;
}

/** Every hostile input, with the findings the command line must give for it. */
export function hostileInputs(): HostileInput[] {
  const capped = (ruleId: string, total: number): { expect: Record<string, number>; leftOut: Record<string, number> } => ({
    expect: { [ruleId]: FINDINGS_PER_RULE + 1 },
    leftOut: { [ruleId]: total - FINDINGS_PER_RULE },
  });
  const officers100 = officersWithUnknownReferences(100);
  const officers400 = officersWithUnknownReferences(400);
  const count = (text: string, what: string): number => text.split(what).length - 1;
  return [
    {
      name: 'officers-unknown-100kb',
      description: '100 KB of officers, each with an unknown stand-in',
      text: officers100,
      ...capped('reference-unknown', count(officers100, 'vervanger: onbekend-')),
      shown: { ruleId: 'reference-unknown', message: /^"onbekend-\d{5}" is not an attention officer in this protocol\.$/ },
    },
    {
      name: 'officers-unknown-400kb',
      description: '400 KB of officers, each with an unknown stand-in',
      text: officers400,
      ...capped('reference-unknown', count(officers400, 'vervanger: onbekend-')),
      shown: { ruleId: 'reference-unknown', message: /^"onbekend-\d{5}" is not an attention officer in this protocol\.$/ },
    },
    {
      name: 'long-ids',
      description: 'two ids of 20,000 letters, one letter apart',
      text: longIds(20_000),
      expect: { 'reference-unknown': 1 },
      shown: { ruleId: 'reference-unknown', message: /^"a{20}.*b" is not an attention officer in this protocol\.$/ },
    },
    {
      name: 'spaces-in-string',
      description: '64,000 spaces inside a quoted value',
      text: spacesInString(64_000),
      expect: { 'reference-unknown': 0 },
    },
    {
      name: 'letters-before-at',
      description: '80,000 letters before an @ in running text',
      text: lettersBeforeAt(80_000),
      expect: { 'reference-unknown': 0 },
    },
    {
      name: 'steps-60000',
      description: '60,000 steps',
      text: manySteps(60_000),
      ...capped('step-responsible-missing', 60_000),
    },
    {
      name: 'duplicate-keys-200000',
      description: '200,000 duplicate keys',
      text: duplicateKeys(200_000),
      ...capped('yaml-syntax', 200_000),
      shown: { ruleId: 'yaml-syntax', message: /naam/ },
    },
    {
      name: 'findings-250000',
      description: '250,000 unknown ids in one contact list',
      text: manyFindings(250_000),
      ...capped('reference-unknown', 250_000),
    },
  ];
}
