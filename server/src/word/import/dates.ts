import { fold } from './text';

export type DateField = 'vastgesteld' | 'geldig-van' | 'geldig-tot' | 'herzien-voor';
export type ImportedDates = Partial<Record<DateField, string>>;

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2,
  maart: 3, march: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const DATE = new RegExp(
  `\\b(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})|(\\d{1,2})\\s+(${Object.keys(MONTHS).join('|')})\\.?\\s+(\\d{4}))\\b`,
  'g',
);

/** Words that say what the next date is, nearest first wins. */
const KEYWORDS: ReadonlyArray<[DateField, RegExp]> = [
  ['geldig-van', /geldig\s+(?:van(?:af)?|vanaf|per)|ingangsdatum|in werking|gaat in/g],
  ['geldig-tot', /geldig\s+(?:tot|t\/m)|loopt tot|vervalt|\btot\s+en\s+met|\btot\b/g],
  ['herzien-voor', /herzien\s+(?:voor|uiterlijk|op of voor)|uiterlijk|volgende (?:herziening|evaluatie)|wordt (?:herzien|geevalueerd)|evaluatie(?:datum)?|herzieningsdatum/g],
  ['vastgesteld', /vastgesteld|vaststelling|goedgekeurd|datum van vaststelling/g],
];

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days || year < 1990 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Adoption, validity and review dates from a sentence such as "Vastgesteld door het bestuur op
 * 12 maart 2025" or "Deze meldcode is geldig van 1 augustus 2025 tot 31 juli 2029". A date
 * takes the meaning of the nearest keyword before it in its sentence; a date without one
 * (a version date, a law's date) is left alone.
 */
export function findDates(text: string, into: ImportedDates): void {
  const folded = fold(text);
  for (const sentence of folded.split(/(?<=[.!?])\s+|\n/)) {
    const marks: Array<{ end: number; field: DateField }> = [];
    for (const [field, pattern] of KEYWORDS) {
      for (const match of sentence.matchAll(pattern)) marks.push({ end: (match.index ?? 0) + match[0].length, field });
    }
    if (marks.length === 0) continue;
    if (/laatst herzien|herzien op|gewijzigd op/.test(sentence) && !/vastgesteld|geldig|uiterlijk/.test(sentence)) continue;
    for (const match of sentence.matchAll(DATE)) {
      const start = match.index ?? 0;
      const date = match[1] !== undefined
        ? isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
        : match[4] !== undefined
          ? isoDate(Number(match[6]), Number(match[5]), Number(match[4]))
          : isoDate(Number(match[9]), MONTHS[match[8]], Number(match[7]));
      if (date === undefined) continue;
      let nearest: { end: number; field: DateField } | undefined;
      for (const mark of marks) if (mark.end <= start && (nearest === undefined || mark.end > nearest.end)) nearest = mark;
      if (nearest !== undefined && into[nearest.field] === undefined) into[nearest.field] = date;
    }
  }
}
