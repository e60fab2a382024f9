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
 */
export function editDistance(a: string, b: string, { limit = Infinity, swaps = false } = {}): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2] + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length];
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
    const normalized = normalize(candidate);
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

/** Up to `limit` known ids nearest to `id` by edit distance, nearest first, only plausible ones. */
export function closestMatches(id: string, known: readonly string[], limit: number): string[] {
  return [...new Set(known)]
    .map((candidate) => ({ candidate, distance: editDistance(id.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ candidate, distance }) => distance <= Math.max(2, Math.floor(Math.max(id.length, candidate.length) / 3)))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
