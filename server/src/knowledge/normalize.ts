/** Text folding shared by the lookups: case, accents, punctuation and spacing do not matter. */

/** Lower case without accents (ü -> u, é -> e); the length can change for decomposed input. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * A lookup key: accents and case folded, everything but letters and digits dropped (spaces,
 * punctuation, "&").
 * "Als het misgaat…. bel ik jou", "als het misgaat bel ik jou" and "ALS HET MISGAAT BEL IK JOU"
 * all give "alshetmisgaatbelikjou"; "Horizon methodiek" and "Horizonmethodiek" meet too.
 */
export function lookupKey(text: string): string {
  return foldAccents(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Folds a line for searching while keeping a map back to the original UTF-16 offsets, so that a
 * match in the folded text can be reported at its place in the line as written.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const piece = foldAccents(String.fromCodePoint(codePoint));
    for (let k = 0; k < piece.length; k++) {
      folded += piece[k];
      offsets.push(index);
    }
    index += width;
  }
  offsets.push(text.length);
  return { folded, offsets };
}
