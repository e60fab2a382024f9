import type { Rule } from '../rule';

/**
 * Client data in a protocol: a citizen service number (BSN), a date of birth, a case or
 * client number. Everything here reads the whole text, comments included, so every pattern
 * is linear in its size: the numbers are read by a hand scan, and the regular expressions
 * have bounded repetition only (a run of 64,000 spaces after "geboren" costs each starting
 * point a few steps, not the rest of the text).
 */

/** Characters that do not show: a BSN written with them between its digits is still a BSN. */
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
/** White space that may stand between the digit groups of a number: space, no-break, narrow no-break, thin, figure space. */
const SPACE_SEPARATORS = new Set([' ', '\u00a0', '\u202f', '\u2009', '\u2007']);
/** All that may join two digit groups of one number. */
const SEPARATORS = new Set([...SPACE_SEPARATORS, '-', '\u2010', '\u2011', '.']);

/** A number right after +31 / 0031 is a phone number, not a BSN. */
const PHONE_PREFIX = /(?:\+|00)31[\s\-\u00a0\u202f]{0,3}(?:\(0\))?[\s\-\u00a0\u202f]{0,3}$/;
/** An organisation's RSIN or KvK number has the same form (and the RSIN the same 11-proef): not a client's. */
const ORGANISATION_NUMBER = /(?:RSIN|fiscaal\s{1,3}nummer|KvK|K\.v\.K\.?|Kamer\s{1,3}van\s{1,3}Koophandel)(?:[-\s]{0,2}(?:nummer|nr\.?))?\s{0,3}[:.]?\s{0,3}(?:\(?\s{0,3}(?:RSIN|KvK)\s{0,3}\)?\s{0,3}[:.]?\s{0,3})?$/i;
/** An eight-digit number that reads as a date (20150312, 12032015) is not taken for a BSN. */
const EIGHT_DIGIT_DATE = /^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)$/;

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'jan', 'feb', 'febr', 'mrt', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'okt', 'oct', 'nov', 'dec',
].join('|');
const WEEKDAYS = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo';
/** 12-03-2015, 12/3/15, 12.03.2015, 3 maart 2015, 3 mrt. 2015, 2015-03-12. */
const DATE = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{1,2}\\s{1,3}(?:${MONTHS})(?![\\p{L}])\\.?\\s{1,3}\\d{4}|\\d{4}-\\d{2}-\\d{2})(?!\\d)`;
/**
 * A date named as someone's birth: "geboren 12-03-2015", "geboren op maandag 12 maart 2015",
 * "geb 12-03-2015", "geb. 3 mrt. 2015", "geb.datum: 12-03-2015", "geboortedatum: 2015-03-12",
 * "°12-03-2015".
 */
const BIRTH_DATE = new RegExp(
  `(?:(?<![\\p{L}\\p{M}\\p{N}])(?:geboren(?:\\s{1,5}op)?|geboortedatum|geb(?:\\.|(?![\\p{L}\\p{M}]))(?:\\s{0,3}datum)?)|(?<!\\d)°)\\s{0,5}:?\\s{0,5}(?:(?:${WEEKDAYS})(?![\\p{L}])\\.?,?\\s{1,5})?${DATE}`,
  'giu',
);

/** Lower-case words inside a Dutch name: Sanne de Vries, Youssef el Amrani, Jan van der Berg. */
const NAME_PARTICLES = "de|der|den|van|von|het|ter|ten|te|'t|in|op|el|al|la|le|du|di|da|dos|das|bin|ben";
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’\\-]{1,30}";
/** A full date (not a year alone) in brackets straight after a name: "Sanne de Vries (12-03-2015)". */
const NAMED_DATE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${NAME_WORD}(?:\\s{1,3}(?:(?:${NAME_PARTICLES})\\s{1,3}){0,3}${NAME_WORD}){1,3})\\s{0,3}\\(\\s{0,3}${DATE}\\s{0,3}\\)`,
  'gu',
);
/** Capitalised words that start titles, laws and bodies, not names: "Veilig Thuis (01-01-2015)". */
const NOT_NAMES = new Set(
  [
    'veilig', 'thuis', 'wet', 'besluit', 'meldcode', 'protocol', 'stap', 'vraag', 'bijlage', 'versie', 'basismodel', 'handboek',
    'wmo', 'jeugdwet', 'centrum', 'bureau', 'stichting', 'gemeente', 'politie', 'inspectie', 'regio', 'sport', 'het', 'de',
    'een', 'in', 'op', 'sinds', 'vanaf', 'tot', 'per', 'vastgesteld', 'herzien', 'herziening', 'geldig', 'datum', 'bijgewerkt',
    'gewijzigd', 'ingang', 'kwaliteitskader', 'raad', 'jeugdzorg', 'nederland', 'ministerie', 'rijksoverheid', 'staatsblad',
    'staatscourant', 'afwegingskader', 'landelijk', 'landelijke', 'model', 'modelmeldcode', 'meldplicht', 'richtlijn', 'nji',
  ].map((word) => word.normalize('NFC')),
);

/** cliënt, also with the diaeresis as a separate mark (e + U+0308), and its abbreviations. */
const E_UMLAUT = '(?:ë|e\\u0308?)';
const CASE_WORDS = [
  'dossiernummer', 'dossiernr', 'zaaknummer', 'zaaknr', 'leerlingnummer', 'leerlingnr',
  `cli${E_UMLAUT}ntnummer`, `cli${E_UMLAUT}ntnr`, `pati${E_UMLAUT}ntnummer`, `pati${E_UMLAUT}ntnr`,
].join('|');
/**
 * A number that identifies one client or case: "dossiernummer: 2023-0412", "cliëntnr.
 * AB12345", "zaaknr. 12345", "leerlingnummer 20230412", "dossiernummer: ABCD-1234". The
 * number holds at least four digits, after letters in capitals if it has any. What
 * separates a case number from a year ("het dossiernummer 2024") is the colon or the
 * abbreviation "nr".
 */
const CASE_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${CASE_WORDS})(?![\\p{L}\\p{M}])\\.?\\s{0,5}(:)?\\s{0,5}((?:\\p{L}{1,4}[-/ ]?)?\\d(?:[-/.]?\\d){3,24})(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);
const BARE_YEAR = /^(?:19|20)\d\d$/;

export const rule: Rule = {
  meta: {
    id: 'personal-data',
    defaultSeverity: 'error',
    description: {
      nl: 'Het protocol bevat geen burgerservicenummers, geboortedata, dossiernummers of andere gegevens van cliënten.',
      en: 'The protocol holds no citizen service numbers (BSN), dates of birth, case numbers or other client data.',
    },
    runsOnBrokenYaml: true,
    messages: {
      bsn: {
        nl: '"{number}" lijkt een burgerservicenummer (het voldoet aan de 11-proef). Een protocol is een openbaar document: zet er geen gegevens van cliënten in; een BSN mag alleen gebruikt worden waar een wet dat regelt (UAVG, art. 46).',
        en: '"{number}" looks like a citizen service number (BSN: it passes the 11 test). A protocol is a published document: it must hold no client data; a BSN may only be used where a law provides for it (UAVG, art. 46).',
      },
      bsnEightDigits: {
        nl: '"{number}" lijkt een burgerservicenummer van acht cijfers (met een 0 ervoor voldoet het aan de 11-proef). Een protocol is een openbaar document: zet er geen gegevens van cliënten in; een BSN mag alleen gebruikt worden waar een wet dat regelt (UAVG, art. 46).',
        en: '"{number}" looks like an eight-digit citizen service number (BSN: with a leading 0 it passes the 11 test). A protocol is a published document: it must hold no client data; a BSN may only be used where a law provides for it (UAVG, art. 46).',
      },
      birthDate: {
        nl: '"{text}" lijkt de geboortedatum van een cliënt. Een protocol is een openbaar document: zet er geen gegevens van cliënten in (AVG, art. 5 lid 1 onder c: niet meer gegevens dan nodig).',
        en: '"{text}" looks like a client\'s date of birth. A protocol is a published document: it must hold no client data (GDPR, art. 5(1)(c): data minimisation).',
      },
      namedBirthDate: {
        nl: '"{text}" lijkt een naam met een geboortedatum. Een protocol is een openbaar document: zet er geen gegevens van cliënten in (AVG, art. 5 lid 1 onder c: niet meer gegevens dan nodig).',
        en: '"{text}" looks like a name with a date of birth. A protocol is a published document: it must hold no client data (GDPR, art. 5(1)(c): data minimisation).',
      },
      caseNumber: {
        nl: '"{text}" lijkt een dossier-, zaak-, leerling- of cliëntnummer. Een protocol is een openbaar document: zet er geen gegevens van cliënten in (AVG, art. 5 lid 1 onder c: niet meer gegevens dan nodig).',
        en: '"{text}" looks like a case, student or client number. A protocol is a published document: it must hold no client data (GDPR, art. 5(1)(c): data minimisation).',
      },
    },
  },
  check(context) {
    const { text, positions } = context.document;
    const report = (messageId: string, data: Record<string, string>, start: number, end: number): void =>
      context.report({ messageId, data, range: positions.range(start, end) });

    for (const found of serviceNumbers(text)) {
      report(found.eightDigits ? 'bsnEightDigits' : 'bsn', { number: found.shown }, found.start, found.end);
    }
    BIRTH_DATE.lastIndex = 0;
    for (let match = BIRTH_DATE.exec(text); match; match = BIRTH_DATE.exec(text)) {
      report('birthDate', { text: shown(match[0]) }, match.index, match.index + match[0].length);
    }
    NAMED_DATE.lastIndex = 0;
    for (let match = NAMED_DATE.exec(text); match; match = NAMED_DATE.exec(text)) {
      // The capitalised words decide; "de" in "Sanne de Vries" is a particle of the name.
      const words = match[1].split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
      if (words.some((word) => NOT_NAMES.has(word.normalize('NFC').toLowerCase()))) {
        // "Veilig Thuis Utrecht (01-01-2015)": a body, not a person; a name may still start further on.
        NAMED_DATE.lastIndex = match.index + 1;
        continue;
      }
      report('namedBirthDate', { text: shown(match[0]) }, match.index, match.index + match[0].length);
    }
    CASE_NUMBER.lastIndex = 0;
    for (let match = CASE_NUMBER.exec(text); match; match = CASE_NUMBER.exec(text)) {
      const [whole, word, colon, number] = match;
      // "Het dossiernummer 2024 wordt ...": a year after the word is not a case number.
      if (BARE_YEAR.test(number) && !colon && !/nr$/i.test(word)) continue;
      // "dossiernummer van 2024": letters before the digits are a code only in capitals.
      const letters = /^\p{L}+/u.exec(number)?.[0];
      if (letters !== undefined && letters !== letters.toUpperCase()) continue;
      report('caseNumber', { text: shown(whole) }, match.index, match.index + whole.length);
    }
  },
};

/** Text as a reader sees it: invisible characters gone, every kind of white space one space. */
function shown(text: string): string {
  let result = '';
  for (const char of text) {
    if (INVISIBLE.has(char)) continue;
    result += /\s/.test(char) ? ' ' : char;
  }
  return result.normalize('NFC');
}

interface ServiceNumber {
  start: number;
  end: number;
  /** The number as the message shows it. */
  shown: string;
  eightDigits: boolean;
}

interface DigitGroup {
  start: number;
  end: number;
  /** The first ten digits of the group. */
  digits: string;
  /** How many digits the group has. */
  length: number;
  /** The character that joins this group to the one before it, if any. */
  joinedBy?: string;
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{M}_]/u.test(char);

/**
 * The numbers that pass the BSN 11-proef: nine digits (111222333), in groups of 3-3-3 or
 * 4-2-3 (111 222 333, 1112.22.333, 111-222-333, with any kind of space or an invisible
 * character between the groups), or eight digits on their own (a BSN written without its
 * leading 0). A hand scan over the text: each character is read once.
 */
export function serviceNumbers(text: string): ServiceNumber[] {
  const found: ServiceNumber[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    // A chain of digit groups joined by single separators: "030 123 4567", "1112.22.333".
    // Read group by group, keeping only the last four: a window needs three and the join after them.
    const chainStart = i;
    const inChain: ServiceNumber[] = [];
    const pending: DigitGroup[] = [];
    let groupCount = 0;
    const take = (final: boolean): void => {
      while (pending.length > 0 && (final || pending.length >= 4)) {
        const size = windowAt(pending, final && groupCount === 1);
        if (size === 0) {
          pending.shift();
          continue;
        }
        const number = candidate(text, pending[0], pending[size - 1], pending.slice(0, size));
        if (number) inChain.push(number);
        pending.splice(0, size);
      }
    };
    let joinedBy: string | undefined;
    for (;;) {
      const start = i;
      // The digits of the group; past ten of them only their count matters (no BSN is that long).
      let digits = '';
      let count = 0;
      while (i < text.length && (isDigit(text[i]) || (INVISIBLE.has(text[i]) && count > 0 && isDigitAfterInvisible(text, i)))) {
        if (isDigit(text[i])) {
          if (count < 10) digits += text[i];
          count++;
        }
        i++;
      }
      pending.push({ start, end: i, digits, length: count, joinedBy });
      groupCount++;
      take(false);
      let next = i;
      while (next < text.length && INVISIBLE.has(text[next])) next++;
      const separator = text[next];
      let after = next + 1;
      while (after < text.length && INVISIBLE.has(text[after])) after++;
      if (separator !== undefined && SEPARATORS.has(separator) && isDigit(text[after])) {
        joinedBy = separator;
        i = after;
        continue;
      }
      break;
    }
    take(true);
    if (!gluedToWord(text, chainStart, i)) found.push(...inChain);
  }
  return found;
}

/** The number that groups first..last form, when it passes the 11-proef and is no phone, RSIN, KvK number or date. */
function candidate(text: string, first: DigitGroup, last: DigitGroup, groups: readonly DigitGroup[]): ServiceNumber | undefined {
  const digits = groups.map((group) => group.digits).join('');
  const eightDigits = digits.length === 8;
  if (eightDigits && EIGHT_DIGIT_DATE.test(digits)) return undefined;
  if (!passesElevenTest(eightDigits ? `0${digits}` : digits)) return undefined;
  if (PHONE_PREFIX.test(text.slice(Math.max(0, first.start - 12), first.start))) return undefined;
  if (ORGANISATION_NUMBER.test(text.slice(Math.max(0, first.start - 48), first.start))) return undefined;
  return { start: first.start, end: last.end, shown: shown(text.slice(first.start, last.end)), eightDigits };
}

/** An invisible character inside a digit group, with a digit after it (after more invisible ones). */
function isDigitAfterInvisible(text: string, at: number): boolean {
  let next = at;
  while (next < text.length && next - at < 8 && INVISIBLE.has(text[next])) next++;
  return isDigit(text[next]);
}

/**
 * A chain that is part of a word or a longer number: letters right before or after it
 * ("NL111222333B01", an IBAN), a decimal point or comma with digits before it, a "+" of an
 * international number, or a slash or underscore of a path or id.
 */
function gluedToWord(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && start - before < 8 && INVISIBLE.has(text[before])) before--;
  const previous = text[before];
  if (isLetter(previous) || previous === '+' || previous === '/' || previous === '\\') return true;
  if ((previous === '.' || previous === ',') && isDigit(text[before - 1])) return true;
  const next = text[end];
  if (isLetter(next) || next === '/' || next === '\\') return true;
  if ((next === ',' || next === '.') && isDigit(text[end + 1])) return true;
  return false;
}

/**
 * How many groups from the first of `groups` form a BSN-shaped number: one group of nine
 * digits, three groups of 3-3-3 or 4-2-3, or (when the chain is that one group) eight
 * digits. The window must be set off from the groups around it by white space, not by a
 * hyphen or a dot: "030-111222333" and "1.111.222.333" are other numbers. 0 when none fits.
 */
function windowAt(groups: readonly DigitGroup[], wholeChain: boolean): number {
  const setOff = (size: number): boolean => {
    const before = groups[0].joinedBy;
    const after = groups[size]?.joinedBy;
    return (before === undefined || SPACE_SEPARATORS.has(before)) && (after === undefined || SPACE_SEPARATORS.has(after));
  };
  const [first, second, third] = [groups[0].length, groups[1]?.length, groups[2]?.length];
  if (first === 9 && setOff(1)) return 1;
  if (((first === 3 && second === 3) || (first === 4 && second === 2)) && third === 3 && setOff(3)) return 3;
  if (wholeChain && first === 8) return 1;
  return 0;
}

/** The BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
