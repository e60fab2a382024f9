import type { LocalizedText } from './types';

/** A YYYY-MM-DD date as a message writes it: "1 mei 2014" and "1 May 2014". */
export function dateInProse(iso: string): LocalizedText {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return { nl: iso, en: iso };
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const format = (locale: string): string => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return { nl: format('nl-NL'), en: format('en-GB') };
}

/**
 * "1-3-2026" or "01-03-2026" (day, month, year, also with / or .) as "2026-03-01", the form the
 * protocol format wants; undefined when it is no such date (31-2-2026).
 */
export function dutchDate(written: string): string | undefined {
  const match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(written);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
