import type { Rule } from '../rule';

/** Nine digits, or the dotted form 1234.56.789, not part of a longer number. */
const CANDIDATE = /(?<![\d.])(\d{4}\.\d{2}\.\d{3}|\d{9})(?![\d])/g;
/** A number right after +31 / 0031 is a phone number, not a BSN. */
const PHONE_PREFIX = /(?:\+|00)31[\s-]*(?:\(0\))?[\s-]*$/;

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** "geboren 12-03-2015", "geb. 3 maart 2015", "geboortedatum: 2015-03-12": a date named as someone's birth. */
const BIRTH_DATE = new RegExp(
  `(?<![\\p{L}])(?:geboren(?:\\s+op)?|geb\\.|geboortedatum)\\s*:?\\s*(?:\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?![\\d])`,
  'giu',
);
/** "dossiernummer 2023-0412", "cliëntnr. AB12345": a number that identifies one client or case. */
const CASE_NUMBER = /(?<![\p{L}])(?:dossiernummer|dossiernr\.?|cli[eë]ntnummer|cli[eë]ntnr\.?|pati[eë]ntnummer|pati[eë]ntnr\.?|zaaknummer)\s*:?\s*[A-Z]{0,3}[-\s]?\d[\d-]{3,}(?![\d])/giu;

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
        nl: '"{number}" lijkt een burgerservicenummer (het voldoet aan de 11-proef); een protocol is een openbaar document, zet er geen gegevens van cliënten in.',
        en: '"{number}" looks like a citizen service number (BSN: it passes the 11 test); a protocol is a published document, so it must hold no client data.',
      },
      birthDate: {
        nl: '"{text}" lijkt de geboortedatum van een cliënt; een protocol is een openbaar document, zet er geen gegevens van cliënten in.',
        en: '"{text}" looks like a client\'s date of birth; a protocol is a published document, so it must hold no client data.',
      },
      caseNumber: {
        nl: '"{text}" lijkt een dossier- of cliëntnummer; een protocol is een openbaar document, zet er geen gegevens van cliënten in.',
        en: '"{text}" looks like a case or client number; a protocol is a published document, so it must hold no client data.',
      },
    },
  },
  check(context) {
    const { text, positions } = context.document;
    CANDIDATE.lastIndex = 0;
    for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
      const number = match[1];
      if (!passesElevenTest(number.replace(/\./g, ''))) continue;
      if (PHONE_PREFIX.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
      context.report({
        messageId: 'bsn',
        data: { number },
        range: positions.range(match.index, match.index + number.length),
      });
    }
    for (const [pattern, messageId] of [
      [BIRTH_DATE, 'birthDate'],
      [CASE_NUMBER, 'caseNumber'],
    ] as const) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        context.report({ messageId, data: { text: match[0] }, range: positions.range(match.index, match.index + match[0].length) });
      }
    }
  },
};

/** The BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
