/**
 * Ages as protocol writers type them under `doelgroep` ("13 jaar", "4-12"), read back as the
 * whole years the format wants. Only forms that can be read one way are read; anything else
 * (months, words, "12+") is undefined, so no fix guesses.
 */

/** The oldest age the format accepts (schemas/meldcode-protocol.schema.json, leeftijd-van/-tot). */
export const MAX_AGE = 120;

const YEARS = String.raw`(?:jaar(?:\s+oud)?|jr\.?|years?(?:\s+old)?|yrs?\.?)`;
const AGE_IN_YEARS = new RegExp(String.raw`^(\d{1,3})\s*${YEARS}$`, 'i');
const AGE_RANGE = new RegExp(String.raw`^(?:van\s+|from\s+)?(\d{1,3})\s*(?:-|–|—|t/m|tot en met|tot|to)\s*(\d{1,3})(?:\s*${YEARS})?$`, 'i');

/** "13 jaar", "13 jr", "13 jaar oud", "13 years" as 13; undefined for anything else ("18 maanden", "twaalf"). */
export function ageInYears(written: string): number | undefined {
  const match = AGE_IN_YEARS.exec(written.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * Two ages in one value, "4-12", "4 tot 12", "4 t/m 12 jaar", "van 4 tot en met 12": the two
 * numbers as written, in their order. `readable` when they can be split one way only: both
 * possible ages and the first the younger (in "12-4", which is which cannot be told).
 */
export function ageRange(written: string): { from: number; to: number; readable: boolean } | undefined {
  const match = AGE_RANGE.exec(written.trim());
  if (!match) return undefined;
  const [from, to] = [Number(match[1]), Number(match[2])];
  return { from, to, readable: from < to && to <= MAX_AGE };
}
