import type { Rule } from '../rule';

/** Nine digits, or the dotted form 1234.56.789, not part of a longer number. */
const CANDIDATE = /(?<![\d.])(\d{4}\.\d{2}\.\d{3}|\d{9})(?![\d])/g;
/** A number right after +31 / 0031 is a phone number, not a BSN. */
const PHONE_PREFIX = /(?:\+|00)31[\s-]*(?:\(0\))?[\s-]*$/;

export const rule: Rule = {
  meta: {
    id: 'personal-data',
    defaultSeverity: 'error',
    description: {
      nl: 'Het protocol bevat geen burgerservicenummers of andere gegevens van cliënten.',
      en: 'The protocol holds no citizen service numbers (BSN) or other client data.',
    },
    runsOnBrokenYaml: true,
    messages: {
      bsn: {
        nl: '"{number}" lijkt een burgerservicenummer (het voldoet aan de 11-proef); een protocol is een openbaar document, zet er geen gegevens van cliënten in.',
        en: '"{number}" looks like a citizen service number (BSN: it passes the 11 test); a protocol is a published document, so it must hold no client data.',
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
