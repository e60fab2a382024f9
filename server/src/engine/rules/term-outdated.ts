import { isPair, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { Rule } from '../rule';

/**
 * Names of organisations that no longer exist, in three families:
 * - the AMK and the (A)SHG, merged into Veilig Thuis on 1 January 2015 (Wmo 2015, art. 4.1.1);
 * - Bureau Jeugdzorg (BJZ), whose tasks went elsewhere with the Jeugdwet of 2015: no single
 *   successor, so no automatic fix;
 * - the Vertrouwenspunt Sport of NOC*NSF, since 2019 Centrum Veilige Sport Nederland.
 */
type Family = 'veilig-thuis' | 'bureau-jeugdzorg' | 'sport';

interface Found {
  family: Family;
  /** An abbreviation (AMK) or a written-out name (Advies- en Meldpunt Kindermishandeling). */
  short: boolean;
  start: number;
  end: number;
}

/** Offsets in the document text of what one finding flags and, with a fix, replaces. */
interface Occurrence {
  family: Family;
  /** The name as written (several words joined by one space), for the message. */
  term: string;
  start: number;
  end: number;
  /** Where the replaced text starts: before `start` when an article belongs to the name. */
  fixStart: number;
  /** The text from fixStart to end as the user reads it ('' in a single-quoted scalar is one '). */
  replaced: string;
  /** What the fix writes; undefined when no replacement reads well (see articleAndAdjective). */
  replacement: string | undefined;
}

const VEILIG_THUIS = 'Veilig Thuis';
const VEILIGE_SPORT = 'Centrum Veilige Sport Nederland';

/**
 * Every name as one alternation, case-insensitive; abbreviations are checked for capitals
 * afterwards. The white space between words is bounded, so a long run of it costs each
 * starting point a constant amount of work: the whole scan is linear in the text.
 */
const NAMES =
  /(advies-?\s{0,40}en\s{1,40}meldpunt\s{1,40}kindermishandeling)|(advies-?\s{0,40}en\s{1,40}steunpunt\s{1,40}huiselijk\s{1,40}geweld|steunpunt\s{1,40}huiselijk\s{1,40}geweld)|(bureaus?\s{1,40}jeugdzorg)|(vertrouwenspunt\s{1,40}sport)|(AMK|A?SHG)|(BJZ)/giu;
const ABBREVIATIONS = new Set(['AMK', 'ASHG', 'SHG', 'BJZ']);
/** A cheap test on the whole file before any scalar is read. */
const QUICK_CHECK = /AMK|SHG|BJZ|meldpunt|steunpunt|jeugdzorg|vertrouwenspunt/i;

/**
 * Words that show a sentence tells the history ("Veilig Thuis, voorheen AMK en SHG", "het
 * vroegere Bureau Jeugdzorg", "Centrum Veilige Sport (formerly Vertrouwenspunt Sport)"): the
 * old name is then correct, and the sentence is left alone.
 */
const HISTORY = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${[
    'voorheen',
    'v/h',
    'vroeger',
    'vroegere',
    'voormalige?',
    'toenmalige?',
    'destijds',
    'toen\\s{1,5}nog',
    'heette',
    'heetten',
    'oude\\s{1,5}naam',
    'ontstaan\\s{1,5}uit',
    'samenvoeging',
    'samengevoegd',
    'samengegaan',
    'opgegaan',
    'opgeheven',
    'fusie',
    'gefuseerd',
    'opvolger',
    'opgevolgd',
    '(?:bestaat|bestaan|heet|heten)\\s{1,5}niet\\s{1,5}meer',
    'nu\\s{1,5}(?:Veilig\\s{1,5}Thuis|Centrum\\s{1,5}Veilige\\s{1,5}Sport)',
    '(?:sinds|vanaf|per|tot|vóór|voor|in)\\s{1,5}(?:1\\s{1,5}januari\\s{1,5})?(?:2015|2019)',
    'formerly',
    'former',
    'previously',
    'successor',
    'succeeded',
    'merger',
    'merged',
    'renamed',
    'old\\s{1,5}name',
    'no\\s{1,5}longer',
    'used\\s{1,5}to',
    'now\\s{1,5}(?:Veilig\\s{1,5}Thuis|Centrum\\s{1,5}Veilige\\s{1,5}Sport)',
    '(?:since|from|until|before|in)\\s{1,5}(?:1\\s{1,5}january\\s{1,5})?(?:2015|2019)',
  ].join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);

/** Values that are ids or references to ids: renaming them would break the protocol. */
const ID_KEYS = new Set(['id', 'vervanger', 'contact', 'soort', 'sector', 'meldcode']);

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

export const rule: Rule = {
  meta: {
    id: 'term-outdated',
    defaultSeverity: 'warning',
    description: {
      nl: 'Het protocol noemt geen instanties die niet meer bestaan (AMK, ASHG, SHG, Bureau Jeugdzorg, Vertrouwenspunt Sport).',
      en: 'The protocol names no bodies that no longer exist (AMK, ASHG, SHG, Bureau Jeugdzorg, Vertrouwenspunt Sport).',
    },
    runsOnBrokenYaml: true,
    messages: {
      outdated: {
        nl: '"{term}" bestaat niet meer: sinds 1 januari 2015 zijn AMK en (A)SHG samen Veilig Thuis (Wmo 2015, art. 4.1.1).',
        en: '"{term}" no longer exists: since 1 January 2015 the AMK and (A)SHG together are Veilig Thuis (Wmo 2015, art. 4.1.1).',
      },
      youthCareOffice: {
        nl: '"{term}" bestaat niet meer: sinds de Jeugdwet (1 januari 2015) liggen de taken bij de gemeente (wijkteam of jeugdteam), bij gecertificeerde instellingen (jeugdbescherming en jeugdreclassering) en, voor advies en meldingen, bij Veilig Thuis (Wmo 2015, art. 4.1.1). Noem wat in deze zin bedoeld is; daarom is er geen automatische vervanging.',
        en: '"{term}" no longer exists: since the Jeugdwet (1 January 2015) its tasks lie with the municipality (wijkteam or youth team), with gecertificeerde instellingen (child protection and juvenile probation) and, for advice and reports, with Veilig Thuis (Wmo 2015, art. 4.1.1). Name what this sentence means; that is why there is no automatic replacement.',
      },
      sport: {
        nl: '"{term}" is een oude naam: sinds 2019 is Centrum Veilige Sport Nederland (0900-2025590) het landelijke meldpunt voor de sport (NOC*NSF; centrumveiligesport.nl).',
        en: '"{term}" is an old name: since 2019 Centrum Veilige Sport Nederland (0900-2025590) is the national reporting point for sport (NOC*NSF; centrumveiligesport.nl).',
      },
      replace: {
        nl: 'Vervang "{term}" door "{replacement}"',
        en: 'Replace "{term}" with "{replacement}"',
      },
    },
    fixable: true,
  },
  check(context) {
    const { document } = context;
    if (!document.yaml || !QUICK_CHECK.test(document.text)) return;
    visit(document.yaml, {
      Scalar(key, node, path) {
        if (key === 'key') return; // renaming a key could make it clash with another; values only
        if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
        if (isIdValue(path)) return;
        const [start, end] = node.range;
        for (const occurrence of outdatedNames(document.text, start, end, node.type)) {
          const { family, term } = occurrence;
          const range = document.positions.range(occurrence.fixStart, occurrence.end);
          if (family === 'bureau-jeugdzorg') {
            context.report({ messageId: 'youthCareOffice', data: { term }, range: document.positions.range(occurrence.start, occurrence.end) });
            continue;
          }
          const { replaced, replacement } = occurrence;
          context.report({
            messageId: family === 'sport' ? 'sport' : 'outdated',
            data: { term },
            range,
            fix: replacement === undefined ? undefined : {
              messageId: 'replace',
              data: { term: replaced, replacement },
              edits: [{ startOffset: occurrence.fixStart, endOffset: occurrence.end, newText: replacement }],
            },
          });
        }
      },
    });
  },
};

/** The value of `id:`, `vervanger:`, an item of `contact:` and the like. */
function isIdValue(path: readonly unknown[]): boolean {
  const parent = path[path.length - 1];
  if (isPair(parent)) return isScalar(parent.key) && ID_KEYS.has(String(parent.key.value));
  if (isSeq(parent)) {
    const pair = path[path.length - 2];
    return isPair(pair) && isScalar(pair.key) && ID_KEYS.has(String(pair.key.value));
  }
  return false;
}

/**
 * The outdated names in text[start, end), the source of one scalar: whole words only,
 * not inside an e-mail address, web address or id, and not in a sentence that tells the
 * history. A name with its abbreviation or expansion in brackets is one occurrence.
 */
export function outdatedNames(text: string, start: number, end: number, type?: Scalar.Type): Occurrence[] {
  const source = text.slice(start, end);
  const doubleQuoted = type === Scalar.QUOTE_DOUBLE;
  const singleQuoted = type === Scalar.QUOTE_SINGLE;
  const found: Found[] = [];
  const chunks = new ChunkReader(source);
  NAMES.lastIndex = 0;
  for (let match = NAMES.exec(source); match; match = NAMES.exec(source)) {
    const at = match.index;
    const after = at + match[0].length;
    const short = match[5] !== undefined || match[6] !== undefined;
    const accepted =
      (!short || ABBREVIATIONS.has(match[0])) &&
      !wordCharBefore(source, at, doubleQuoted) &&
      !wordCharAfter(source, after, doubleQuoted) &&
      !chunks.isAddressOrId(at) &&
      !chunks.isAddressOrId(after - 1);
    if (!accepted) {
      // A shorter name may still start inside this one ("xAdvies- en Steunpunt ..."): go on one character later.
      NAMES.lastIndex = at + 1;
      continue;
    }
    const family: Family = match[1] || match[2] || match[5] ? 'veilig-thuis' : match[3] || match[6] ? 'bureau-jeugdzorg' : 'sport';
    found.push({ family, short, start: at, end: after });
  }
  if (found.length === 0) return [];

  const history = new HistoryReader(source);
  const occurrences: Occurrence[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i];
    let last = first;
    let closing = first.end;
    const next = found[i + 1];
    // "AMK (Advies- en Meldpunt Kindermishandeling)" and "Advies- en Meldpunt Kindermishandeling (AMK)": one name.
    if (next && next.family === first.family && next.short !== first.short && /^\s{0,3}\(\s{0,3}$/.test(boundedSlice(source, first.end, next.start, 8))) {
      const close = /^\s{0,3}\)/.exec(source.slice(next.end, next.end + 4));
      if (close) {
        last = next;
        closing = next.end + close[0].length;
        i++;
      }
    }
    if (history.tellsHistory(first.start, last.end)) continue;
    const asRead = (from: number): string => {
      const written = oneLine(source.slice(from, closing));
      return singleQuoted ? written.replace(/''/g, "'") : written;
    };
    let fixStart = first.family === 'veilig-thuis' ? articleStart(source, first.start, closing, singleQuoted) : first.start;
    let replacement: string | undefined = first.family === 'sport' ? VEILIGE_SPORT : first.family === 'veilig-thuis' ? VEILIG_THUIS : undefined;
    // "het regionale AMK" would become "het regionale Veilig Thuis": Veilig Thuis takes no article.
    const described = fixStart === first.start && first.family === 'veilig-thuis' ? articleAndAdjective(source, first.start, closing) : undefined;
    if (described) {
      fixStart = described.start;
      replacement = REGIONAL.has(described.adjective) ? `${VEILIG_THUIS} in de regio` : undefined;
    }
    occurrences.push({
      family: first.family,
      term: asRead(first.start),
      replaced: asRead(fixStart),
      replacement,
      start: start + first.start,
      end: start + closing,
      fixStart: start + fixStart,
    });
  }
  return occurrences;
}

/** text.slice(from, to), or '' when that is longer than `limit` (the caller only wants short gaps). */
function boundedSlice(text: string, from: number, to: number, limit: number): string {
  return to - from > limit ? '\u0000' : text.slice(from, to);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char);
}

/** A letter or digit just before `at`; in a double-quoted scalar "\n" and "\t" are escapes, not letters. */
function wordCharBefore(source: string, at: number, doubleQuoted: boolean): boolean {
  let char = source[at - 1];
  if (char === undefined) return false;
  if (char === '_') return true;
  // A letter outside the basic plane is a surrogate pair: read it whole.
  if (at >= 2 && /[\uDC00-\uDFFF]/.test(char) && /[\uD800-\uDBFF]/.test(source[at - 2])) char = source.slice(at - 2, at);
  if (!isWordChar(char)) return false;
  return !(doubleQuoted && /^[a-zA-Z0]$/.test(char) && source[at - 2] === '\\' && source[at - 3] !== '\\');
}

/** A letter or digit at `at`; in a double-quoted scalar an escape such as \u00e9 is read as its character. */
function wordCharAfter(source: string, at: number, doubleQuoted: boolean): boolean {
  const char = source[at];
  if (char === '_') return true;
  if (doubleQuoted && char === '\\') {
    const escape = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(source.slice(at, at + 10));
    const hex = escape?.[1] ?? escape?.[2] ?? escape?.[3];
    if (!hex) return false;
    const code = Number.parseInt(hex, 16);
    return code <= 0x10ffff && isWordChar(String.fromCodePoint(code));
  }
  const code = source.codePointAt(at);
  return code !== undefined && isWordChar(String.fromCodePoint(code));
}

/**
 * Where the fix starts: at an article that belongs to the name ("bij het AMK" becomes "bij
 * Veilig Thuis", which takes no article), else at the name. Not in a compound ("het
 * AMK-team") or a possessive ("het AMK's"): there the article belongs to the other word.
 */
function articleStart(source: string, at: number, end: number, singleQuoted: boolean): number {
  if (/^(?:-[\p{L}\p{N}]|['\u2019]{1,2}s(?![\p{L}\p{M}\p{N}]))/u.test(source.slice(end, end + 4))) return at;
  let i = at;
  while (i > 0 && at - i < 40 && /\s/.test(source[i - 1])) i--;
  if (i === at) return at;
  const wordEnd = i;
  while (i > 0 && wordEnd - i < 4 && /\p{L}/u.test(source[i - 1])) i--;
  const word = source.slice(i, wordEnd).toLowerCase();
  if (word === 't') {
    // 't: an apostrophe before the t, written twice inside a single-quoted scalar.
    if (singleQuoted ? source.slice(i - 2, i) !== "''" : source[i - 1] !== "'" && source[i - 1] !== '\u2019') return at;
    i -= singleQuoted ? 2 : 1;
  } else if (word !== 'het' && word !== 'de' && word !== 'een') {
    return at;
  }
  return isWordChar(source[i - 1]) ? at : i;
}

/** Adjectives for "the AMK of this region": "het regionale AMK" is "Veilig Thuis in de regio". */
const REGIONAL: ReadonlySet<string> = new Set(['regionale', 'plaatselijke', 'lokale', 'dichtstbijzijnde']);

/**
 * "het regionale AMK": an article and one adjective before the name, on the same line. Not in
 * a compound or a possessive, where the article belongs to the other word ("het AMK-team").
 */
function articleAndAdjective(source: string, at: number, end: number): { start: number; adjective: string } | undefined {
  if (/^(?:-[\p{L}\p{N}]|['\u2019]{1,2}s(?![\p{L}\p{M}\p{N}]))/u.test(source.slice(end, end + 4))) return undefined;
  const before = source.slice(Math.max(0, at - 40), at);
  const match = /(?<![\p{L}\p{M}\p{N}])(?:het|de|een)[ \t]+(\p{Ll}+e)[ \t]+$/iu.exec(before);
  return match ? { start: at - match[0].length, adjective: match[1].toLowerCase() } : undefined;
}

/** Characters that end an e-mail address, web address or id in running text. */
const CHUNK_END = /[\s()[\]{}<>"'“”‘’«»,;]/;

/**
 * The run of text around a position that holds no white space or brackets: an e-mail
 * address, a web address, a file name, an id. Read once per run, so the scan stays linear
 * however many names a long run holds.
 */
class ChunkReader {
  private from = -1;
  private to = -1;
  private addressOrId = false;

  constructor(private readonly source: string) {}

  isAddressOrId(at: number): boolean {
    if (at < this.from || at >= this.to) this.read(at);
    return this.addressOrId;
  }

  private read(at: number): void {
    const { source } = this;
    let from = at;
    while (from > 0 && !CHUNK_END.test(source[from - 1])) from--;
    let to = at;
    while (to < source.length && !CHUNK_END.test(source[to])) to++;
    this.from = from;
    this.to = Math.max(to, at + 1);
    const chunk = source.slice(from, to);
    this.addressOrId =
      /[@_=]|:\/\/|^www\.|^[/~]|[\p{L}\p{N}]\.[\p{L}\p{N}]|\p{N}/iu.test(chunk);
  }
}

/**
 * The sentences of a scalar and whether each tells the history. A sentence ends at ". ",
 * "! " or "? " before a capital, a digit or the end, and at an empty line; "o.a. het AMK"
 * does not end one.
 */
class HistoryReader {
  /** Start offsets of the sentences, ascending; sentence k runs to starts[k + 1]. */
  private readonly starts: number[] = [0];
  private readonly historic = new Set<number>();

  constructor(source: string) {
    const boundary = /[.!?]\s+(?=[\p{Lu}\p{N}]|$)|\n[ \t]*\n/gu;
    for (let match = boundary.exec(source); match; match = boundary.exec(source)) {
      this.starts.push(match.index + match[0].length);
    }
    HISTORY.lastIndex = 0;
    for (let match = HISTORY.exec(source); match; match = HISTORY.exec(source)) {
      this.historic.add(this.sentenceAt(match.index));
    }
  }

  /** The sentence that holds `start`, or one it runs into before `end`, tells the history. */
  tellsHistory(start: number, end: number): boolean {
    const first = this.sentenceAt(start);
    const last = this.sentenceAt(Math.max(start, end - 1));
    for (let k = first; k <= last; k++) if (this.historic.has(k)) return true;
    return false;
  }

  private sentenceAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
