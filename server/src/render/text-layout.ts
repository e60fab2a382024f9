/**
 * Line breaking for SVG text, which does not wrap by itself. Widths are estimated from
 * character classes (generous, so text stays inside its box with any common sans-serif font);
 * the drawing never needs a browser to measure.
 */

const NARROW = new Set("il.,:;'|!()[]{}ìíîïjtfr /-".split(''));
const WIDE = new Set('mwMW@%'.split(''));

/** Estimated width of a text in pixels at the given font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (NARROW.has(character)) em += 0.36;
    else if (WIDE.has(character)) em += 0.92;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) em += 0.7;
    else if (code > 0x2e80) em += 1;
    else em += 0.6;
  }
  return em * fontSize * (bold ? 1.12 : 1);
}

export interface WrapOptions {
  bold?: boolean;
  /** Lines beyond this are dropped and the last kept line ends in an ellipsis. */
  maxLines?: number;
}

/** Breaks a text into lines no wider than maxWidth; words longer than a line are cut. */
export function wrapText(text: string, maxWidth: number, fontSize: number, options: WrapOptions = {}): string[] {
  const bold = options.bold ?? false;
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter((word) => word !== '');
  const lines: string[] = [];
  const space = textWidth(' ', fontSize, bold);
  let current = '';
  // Widths add up character by character, so a line's width grows word by word.
  let currentWidth = 0;
  for (const word of words) {
    const wordWidth = textWidth(word, fontSize, bold);
    const candidateWidth = current === '' ? wordWidth : currentWidth + space + wordWidth;
    if (candidateWidth <= maxWidth) {
      current = current === '' ? word : `${current} ${word}`;
      currentWidth = candidateWidth;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    for (const piece of cutWord(word, maxWidth, fontSize, bold)) {
      if (current !== '') lines.push(current);
      current = piece;
      currentWidth = textWidth(piece, fontSize, bold);
    }
  }
  if (current !== '') lines.push(current);
  const maxLines = options.maxLines ?? Infinity;
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1], maxWidth, fontSize, bold);
  return kept;
}

function cutWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const character of word) {
    const characterWidth = textWidth(character, fontSize, bold);
    if (piece !== '' && width + characterWidth > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += character;
    width += characterWidth;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function withEllipsis(line: string, maxWidth: number, fontSize: number, bold: boolean): string {
  let kept = Array.from(line);
  while (kept.length > 0 && textWidth(`${kept.join('')}…`, fontSize, bold) > maxWidth) kept = kept.slice(0, -1);
  return `${kept.join('').trimEnd()}…`;
}
