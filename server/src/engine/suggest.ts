/** "Did you mean ...?" for misspelled keys, values and ids. */

/** Words authors use for a key under another name; only offered when the target is allowed there. */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['phone', 'telefoon'],
  ['tel', 'telefoon'],
  ['telnr', 'telefoon'],
  ['mobiel', 'telefoon'],
  ['gsm', 'telefoon'],
  ['mail', 'email'],
  ['name', 'naam'],
  ['rol', 'functie'],
  ['role', 'functie'],
  ['steps', 'stappen'],
  ['deputy', 'vervanger'],
  ['title', 'titel'],
]);

/** Candidates are the schema's keys and values, normalized again for every word looked up: kept once. */
const normalizedCandidates = new Map<string, string>();

function normalizedCandidate(text: string): string {
  let normalized = normalizedCandidates.get(text);
  if (normalized === undefined) {
    normalized = normalize(text);
    if (normalizedCandidates.size < 10_000) normalizedCandidates.set(text, normalized);
  }
  return normalized;
}

/** Lower case, without diacritics and without separators: "Herzien-vóór" and "herzien voor" compare equal. */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/**
 * Levenshtein distance between two strings, stopping early beyond `limit`. With `swaps`, two
 * swapped neighbours count as one edit (optimal string alignment) instead of two.
 *
 * With a finite `limit` only the band of cells within `limit` of the diagonal is computed (a
 * cell further out is more than `limit` edits away), and the work stops as soon as a whole
 * row exceeds `limit`: O(min(a, b) × limit) time and O(b) memory, however long the strings.
 */
export function editDistance(a: string, b: string, { limit = Infinity, swaps = false } = {}): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const m = b.length;
  // Beyond the band: more than `limit` edits (with no limit, more than any distance). With no limit the band is the whole row.
  const far = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) + 1 : a.length + m + 1;
  const band = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : Math.max(a.length, m);
  let [previousPrevious, previous, current] = rows(m + 1);
  previousPrevious.fill(far, 0, m + 1);
  previous.fill(far, 0, m + 1);
  current.fill(far, 0, m + 1);
  for (let j = 0; j <= Math.min(m, band); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(m, i + band);
    current[from - 1] = from === 1 ? i : far;
    let rowMinimum = current[from - 1];
    const ai = a[i - 1];
    for (let j = from; j <= to; j++) {
      const cost = ai === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (swaps && i > 1 && j > 1 && ai === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    // The cell right of the band is read by the next row: it must not hold an older value.
    if (to < m) current[to + 1] = far;
    if (rowMinimum > limit) return limit + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  const distance = previous[m];
  return distance >= far ? (Number.isFinite(limit) ? limit + 1 : distance) : distance;
}

/** Three rows of at least `length` cells, kept between calls: a lookup compares a word with many candidates. */
let rowBuffers: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function rows(length: number): [Int32Array, Int32Array, Int32Array] {
  // A long word gets rows of its own, not kept.
  if (length > 4096) return [new Int32Array(length), new Int32Array(length), new Int32Array(length)];
  if (rowBuffers[0].length < length) {
    const size = Math.max(length, rowBuffers[0].length * 2);
    rowBuffers = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  return rowBuffers;
}

/** How many edits a word of this length may differ by and still be taken for a typo. */
function allowedEdits(length: number): number {
  if (length <= 3) return 1;
  if (length <= 7) return 2;
  return 3;
}

/**
 * The candidate the author most likely meant, or undefined when none is close enough.
 * Close means: the same apart from case, accents or separators; a known synonym; a few typing
 * errors; or one containing the other ("telefoonnummer" for "telefoon").
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const wanted = normalize(input);
  if (wanted.length === 0) return undefined;
  const synonym = SYNONYMS.get(wanted);
  if (synonym && candidates.includes(synonym)) return synonym;

  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const normalized = normalizedCandidate(candidate);
    let score: number;
    if (normalized === wanted) {
      score = 0;
    } else {
      const limit = allowedEdits(Math.min(wanted.length, normalized.length));
      score = editDistance(wanted, normalized, { limit, swaps: true });
      if (score > limit) {
        const contains =
          (normalized.length >= 4 && wanted.includes(normalized)) || (wanted.length >= 4 && normalized.includes(wanted));
        score = contains ? limit + 0.5 : Infinity;
      }
    }
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Ids longer than this are not compared for a "did you mean": nobody mistypes a 64-letter id by a letter or two. */
export const MAX_SUGGESTED_ID_LENGTH = 64;
/** More edits than this (or than a third of the shorter id) and an id is not taken for a typo of another. */
const MAX_ID_EDITS = 2;
/** Known ids compared per lookup at most: a protocol has tens; a file with thousands is not slowed down by them. */
const MAX_IDS_COMPARED = 1_000;

/**
 * The known ids of a protocol, indexed once for many lookups: whether an id is known, and the
 * known ids a mistyped one is nearest to. Lookups take time bounded by the id length (at most
 * MAX_SUGGESTED_ID_LENGTH) and MAX_IDS_COMPARED, not by the number of ids in the file.
 */
export class KnownIds {
  /** Every id, in the order first given, each once. */
  readonly ids: readonly string[];
  private readonly set: ReadonlySet<string>;
  /** Lower-cased ids of at most MAX_SUGGESTED_ID_LENGTH characters, by length. */
  private readonly byLength = new Map<number, Array<{ id: string; lower: string }>>();

  constructor(ids: Iterable<string>) {
    const set = new Set(ids);
    this.set = set;
    this.ids = [...set];
    for (const id of this.ids) {
      if (id.length > MAX_SUGGESTED_ID_LENGTH) continue;
      const bucket = this.byLength.get(id.length) ?? [];
      bucket.push({ id, lower: id.toLowerCase() });
      this.byLength.set(id.length, bucket);
    }
  }

  has(id: string): boolean {
    return this.set.has(id);
  }

  /**
   * Up to `max` known ids nearest to `id` by edit distance, nearest first: only near misses, at
   * most MAX_ID_EDITS edits and a third of the shorter id ("jansne" for "jansen", never "politie"
   * for "veilig-thuis").
   */
  closest(id: string, max: number): string[] {
    if (id.length === 0 || id.length > MAX_SUGGESTED_ID_LENGTH || max <= 0) return [];
    const wanted = id.toLowerCase();
    const found: Array<{ candidate: string; distance: number }> = [];
    let compared = 0;
    // Nearest lengths first: when the cap on comparisons is reached, the likeliest are in.
    for (let delta = 0; delta <= MAX_ID_EDITS && compared < MAX_IDS_COMPARED; delta++) {
      for (const length of delta === 0 ? [id.length] : [id.length - delta, id.length + delta]) {
        for (const { id: candidate, lower } of this.byLength.get(length) ?? []) {
          if (compared++ >= MAX_IDS_COMPARED) break;
          const allowed = Math.min(MAX_ID_EDITS, Math.floor(Math.min(id.length, length) / 3));
          if (delta > allowed) continue;
          const distance = editDistance(wanted, lower, { limit: allowed });
          if (distance <= allowed) found.push({ candidate, distance });
        }
      }
    }
    return found
      .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
      .slice(0, max)
      .map(({ candidate }) => candidate);
  }
}
