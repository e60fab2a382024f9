import type { ContactKind } from '../../knowledge/enums';
import { fold, slug } from './text';

export type { ContactKind };

export interface ImportedContact {
  id: string;
  /** An aandachtsfunctionaris rather than a contact point. */
  officer: boolean;
  soort: ContactKind;
  naam?: string;
  functie?: string;
  telefoon?: string;
  email?: string;
  bereikbaarheid?: string;
  opmerking?: string;
  /** The officer stands in for another ("plaatsvervangend aandachtsfunctionaris"). */
  standsIn: boolean;
  vervanger?: string;
}

/** Kinds of contact point by the words that name them; the first that matches wins. */
const KIND_KEYWORDS: ReadonlyArray<[ContactKind, RegExp]> = [
  ['veilig-thuis', /veilig thuis/],
  ['centrum-veilige-sport', /centrum veilige sport/],
  ['vertrouwensinspecteur', /vertrouwensinspect/],
  ['vertrouwenscontactpersoon', /vertrouwenscontactpersoon|\bvcp\b/],
  ['politie', /politie|wijkagent|zedenpolitie/],
  ['spoed', /\b112\b|alarmnummer|spoed|ambulance/],
  ['jeugdgezondheidszorg', /jeugdgezondheidszorg|\bjgz\b|\bggd\b|jeugdarts|jeugdverpleegkundige|consultatiebureau|letselduiding|forensisch arts/],
  ['huisarts', /huisarts/],
  ['wijkteam', /wijkteam|sociaal team|buurtteam|jeugdteam|sociaal wijkteam|centrum voor jeugd en gezin|\bcjg\b/],
];

const DEFAULT_NAMES: Partial<Record<ContactKind, string>> = {
  'veilig-thuis': 'Veilig Thuis',
  spoed: 'Alarmnummer 112',
  politie: 'Politie',
  vertrouwensinspecteur: 'Vertrouwensinspecteur',
  'centrum-veilige-sport': 'Centrum Veilige Sport Nederland',
};

/** Kinds there is one of in a protocol: found twice, the same contact point. */
export const NATIONAL_KINDS: ReadonlySet<ContactKind> = new Set(['veilig-thuis', 'spoed', 'politie', 'vertrouwensinspecteur', 'centrum-veilige-sport']);

export function contactKind(text: string): ContactKind {
  const folded = fold(text);
  return KIND_KEYWORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'overig';
}

export function kindPattern(kind: ContactKind): RegExp | undefined {
  return KIND_KEYWORDS.find(([candidate]) => candidate === kind)?.[1];
}

export function defaultContactName(kind: ContactKind): string | undefined {
  return DEFAULT_NAMES[kind];
}

const PHONE_CANDIDATE = /(?:\+31|\b0)[\d \-()]{5,16}\d|\b112\b|\b14 ?0\d{2,3}\b/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Dutch phone numbers in a text, as written: 030-1234567, 0800-2000, 0900-111 3 111, 06-12345678, +31 ..., 112, 14 030. */
export function findPhones(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const written = match[0].trim();
    const digits = written.replace(/\D/g, '');
    if (/^\d{1,2}-\d{1,2}-\d{4}$/.test(written)) continue; // a date
    if (written === '112' || /^140\d{2,3}$/.test(digits)) {
      found.push(written);
      continue;
    }
    const national = written.startsWith('+31') ? digits.length === 11 : digits.length >= 8 && digits.length <= 11;
    if (national) found.push(written);
  }
  return found;
}

export function findEmails(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((match) => match[0]);
}

const LABEL = /^\s*(?:naam|functie|rol|tel(?:efoon)?(?:nummer)?|tel\.|mobiel|e-?mail|mail|bereikbaar(?:heid)?|website)\s*[:.]?\s*/i;
const ROLE_LABEL = /^((?:plaatsvervangend\s+)?(?:aandachtsfunctionaris(?:sen)?|vertrouwenscontactpersoon|vertrouwenspersoon|contactpersoon))\s*:\s*(.+)$/i;
const ROLE_LABEL_WORDS = /^(?:plaatsvervangend\s+)?(?:aandachtsfunctionaris(?:sen)?|vertrouwenscontactpersoon|vertrouwenspersoon|contactpersoon)$/i;
const OFFICER_WORDS = /aandachtsfunctionaris/;
const STAND_IN_WORDS = /plaatsvervang|vervang|bij afwezigheid|back-?up/;

/** One line ("Naam / telefoon / e-mail", a table row) read as an officer or contact point; undefined without a phone or e-mail address. */
export function contactFromParts(parts: readonly string[], officerContext: boolean): Omit<ImportedContact, 'id'> | undefined {
  const phones: string[] = [];
  const emails: string[] = [];
  const texts: string[] = [];
  // Pieces labelled "Naam:" and "Functie:" go first, in that order, whatever order the document has.
  const labelledNames: string[] = [];
  const labelledRoles: string[] = [];
  // A line is cut at its separators; the cells of a table row are already apart (a pattern that never matches).
  const separators = parts.length === 1 ? /\s[\/|]\s|\s[–-]\s|[,;]\s|\t/ : /$^/;
  for (const part of parts) {
    let rest = part;
    for (const phone of findPhones(part)) {
      phones.push(phone);
      rest = rest.replace(phone, ' ');
    }
    for (const email of findEmails(part)) {
      emails.push(email);
      rest = rest.replace(email, ' ');
    }
    // A labelled line ("Functie: teamleider, plaatsvervanger") is one value; other lines are cut at their separators.
    const pieces = rest.split('\n').flatMap((line) => (/^\s*(?:naam|functie|rol)\s*:/i.test(line) ? [line] : line.split(separators)));
    for (const piece of pieces) {
      const text = piece.replace(LABEL, '').replace(/^[\s:()\-–/|,]+|[\s:()\-–/|,]+$/g, '').trim();
      if (text === '' || !/\p{L}/u.test(text)) continue;
      // "Aandachtsfunctionaris: Marloes Hendriks": the role, then the name.
      const role = ROLE_LABEL.exec(text);
      const label = /^\s*(naam|functie|rol)\s*:/i.exec(piece)?.[1].toLowerCase();
      if (role) texts.push(role[1], role[2]);
      else if (label === 'naam') labelledNames.push(text);
      else if (label === 'functie' || label === 'rol') labelledRoles.push(text);
      else texts.push(text);
    }
  }
  const all = fold(parts.join(' '));
  // Without a number or address only a named officer on a line of a list of officers ("Naam: ..." or "Aandachtsfunctionaris: ..."), not a table row.
  const namedOfficer =
    parts.length === 1 && (labelledNames.length > 0 || (texts.length > 1 && ROLE_LABEL_WORDS.test(texts[0]) && /aandachtsfunctionaris/.test(all))) && (officerContext || OFFICER_WORDS.test(all));
  if (phones.length === 0 && emails.length === 0 && !namedOfficer) return undefined;
  if (labelledNames.length > 0 || labelledRoles.length > 0) texts.unshift(...labelledNames, ...labelledRoles);
  const officer = OFFICER_WORDS.test(all) || (officerContext && contactKind(all) === 'overig');
  const soort = officer ? 'overig' : contactKind(all);
  const contact: Omit<ImportedContact, 'id'> = { officer, soort, standsIn: officer && STAND_IN_WORDS.test(all), telefoon: phones[0], email: emails[0] };
  // The name is the first text that is not a role word; the role words make the function.
  const roleFirst = texts.length > 1 && ROLE_LABEL_WORDS.test(texts[0]);
  const names = roleFirst ? [texts[1], texts[0], ...texts.slice(2)] : texts;
  contact.naam = names[0] ?? defaultContactName(soort);
  const rest = names.slice(1);
  const extraPhones = phones.slice(1);
  const extraEmails = emails.slice(1);
  const remarks = [...rest.slice(officer ? 1 : 0), ...extraPhones, ...extraEmails];
  if (officer) {
    if (rest[0] !== undefined) contact.functie = rest[0];
    if (remarks.length > 0) contact.bereikbaarheid = remarks.join(', ');
  } else if (remarks.length > 0) {
    contact.opmerking = remarks.join(', ');
  }
  // "Bij direct gevaar: 112": the service's own name, the words beside the number as a remark.
  const own = kindPattern(soort);
  if (!officer && NATIONAL_KINDS.has(soort) && own !== undefined && contact.naam !== undefined && !own.test(fold(contact.naam))) {
    contact.opmerking = [contact.naam, contact.opmerking].filter(Boolean).join(', ');
    contact.naam = defaultContactName(soort);
  }
  return contact;
}

/** The id of an officer: the surname with its particles ("Ingrid van Beek" is van-beek). */
export function officerIdBase(name: string | undefined): string {
  if (name === undefined) return 'aandachtsfunctionaris';
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .replace(/\b(?:dr|drs|mr|ir|ing|mevr|mevrouw|dhr|de heer|mw)\.?(?=\s)/gi, ' ')
    .trim()
    .split(/\s+/);
  const surname = words.length > 1 ? words.slice(1).join(' ') : words[0];
  return slug(surname, 'aandachtsfunctionaris');
}

export function contactIdBase(contact: Omit<ImportedContact, 'id'>): string {
  // People by their surname, services by their kind or name.
  if (contact.officer || contact.soort === 'vertrouwenscontactpersoon') return officerIdBase(contact.naam);
  if (NATIONAL_KINDS.has(contact.soort)) return contact.soort;
  // The name up to its first comma: "Bevoegd gezag, Stichting ..." is bevoegd-gezag.
  return slug((contact.naam ?? contact.soort).split(/[,(]/)[0], contact.soort);
}
