/**
 * Column widths for a Word table, in twips, so that no word is broken: Word breaks a word
 * inside a cell only when the column is narrower than that word (and wraps after a hyphen, which
 * would split a phone number), so each column gets at least the width of its longest word, a
 * column of phone numbers the width of its longest number, and what is left of the line goes
 * to the columns with the most text to wrap.
 */

export interface ColumnSpec {
  /** The header's text (bold). */
  header: string;
  /** A cell's lines are never wrapped at all (phone numbers: "0900-111 3 111"). */
  whole?: boolean;
}

export interface ColumnMeasure {
  /** The width of a text in the table's font, on the wide side, in twips. */
  width: (text: string, bold: boolean) => number;
  /** Left plus right cell margin, in twips. */
  cellPadding: number;
}

/**
 * Widths for `columns` holding `rows` (lines of text per cell) that add up to `total`. When the
 * longest words do not fit side by side, the columns kept whole get theirs first, and the
 * others share what is left in proportion to their longest word.
 */
export function columnWidths(
  columns: readonly ColumnSpec[],
  rows: readonly (readonly (readonly string[])[])[],
  total: number,
  measure: ColumnMeasure,
): number[] {
  if (columns.length === 0) return [];
  const needed: number[] = [];
  const wanted: number[] = [];
  columns.forEach((column, index) => {
    let longestUnit = measure.width(column.header, true);
    let longestLine = longestUnit;
    for (const row of rows) {
      for (const line of row[index] ?? []) {
        const lineWidth = measure.width(line, false);
        longestLine = Math.max(longestLine, lineWidth);
        if (column.whole) longestUnit = Math.max(longestUnit, lineWidth);
        else for (const word of line.split(/\s+/)) longestUnit = Math.max(longestUnit, measure.width(word, false));
      }
    }
    needed.push(longestUnit + measure.cellPadding);
    wanted.push(longestLine + measure.cellPadding);
  });
  const neededTotal = sum(needed);
  if (neededTotal > total) return squeezed(columns, needed, total);
  // What is left goes to the columns that would still wrap, in proportion to the text they wrap.
  const spare = total - neededTotal;
  const wrapping = wanted.map((want, index) => Math.max(0, want - needed[index]));
  const wrappingTotal = sum(wrapping);
  const share = (index: number): number => (wrappingTotal === 0 ? spare / columns.length : (wrapping[index] / wrappingTotal) * spare);
  return fitTo(
    needed.map((need, index) => need + share(index)),
    total,
  );
}

/** Too narrow for every longest word: the columns kept whole first, the others in proportion. */
function squeezed(columns: readonly ColumnSpec[], needed: readonly number[], total: number): number[] {
  const wholeTotal = sum(needed.filter((_, index) => columns[index].whole));
  const restTotal = sum(needed.filter((_, index) => !columns[index].whole));
  // The columns kept whole take at most half the line, so the text beside them stays readable.
  const wholeShare = restTotal === 0 ? total : Math.min(wholeTotal, total / 2);
  const scaleWhole = wholeTotal === 0 ? 0 : wholeShare / wholeTotal;
  const scaleRest = restTotal === 0 ? 0 : (total - wholeShare) / restTotal;
  return fitTo(
    needed.map((need, index) => need * (columns[index].whole ? scaleWhole : scaleRest)),
    total,
  );
}

/** Whole twips that add up to exactly `total`; the rounding goes to the widest column. */
function fitTo(widths: readonly number[], total: number): number[] {
  const rounded = widths.map((width) => Math.floor(width));
  const widest = rounded.reduce((best, width, index) => (width > rounded[best] ? index : best), 0);
  rounded[widest] += total - sum(rounded);
  return rounded;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
