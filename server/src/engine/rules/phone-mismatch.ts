import { NATIONAL_NUMBERS, nationalNumber, type NationalNumber } from '../../knowledge/national-numbers';
import { dialledDigits } from '../phone';
import type { Rule } from '../rule';
import { editDistance } from '../suggest';

/** Phone numbers are short; anything longer is not a slip of one national number. */
const LONGEST_NUMBER = 15;

/** How many slips (a digit wrong, missing, extra, or two swapped) still count as "almost" the number. */
function tolerance(number: NationalNumber): number {
  return number.digits.length <= 4 ? 1 : 2;
}

export const rule: Rule = {
  meta: {
    id: 'phone-mismatch',
    defaultSeverity: 'warning',
    description: {
      nl: 'Een contactpunt van een landelijke dienst (Veilig Thuis, 112, politie, vertrouwensinspecteur, Centrum Veilige Sport) heeft niet bijna, maar precies het landelijke nummer, en niet het nummer van een andere dienst.',
      en: 'A contact point of a national service (Veilig Thuis, 112, police, confidential inspector, Centrum Veilige Sport) has not almost but exactly the national number, and not the number of another service.',
    },
    messages: {
      almost: {
        nl: '{phone} lijkt op het landelijke nummer van {serviceNl} ({display}), maar is het niet; wie in nood belt, komt zo verkeerd uit.',
        en: '{phone} looks like the national number of {serviceEn} ({display}) but is not it; someone calling in need would reach the wrong line.',
      },
      otherService: {
        nl: '{phone} is het landelijke nummer van {otherNl}, maar dit contactpunt is {serviceNl} ({display}).',
        en: '{phone} is the national number of {otherEn}, but this contact point is {serviceEn} ({display}).',
      },
      replace: {
        nl: 'Vervang door {display}',
        en: 'Replace with {display}',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    for (const point of context.model.contactPoints) {
      const phone = point.telefoon;
      const service = point.soort ? nationalNumber(point.soort.text) : undefined;
      if (!phone || !service) continue;
      const digits = dialledDigits(phone.text);
      if (digits === undefined || digits.length > LONGEST_NUMBER || digits === service.digits) continue;
      const data = { phone: phone.text.trim(), serviceNl: service.name.nl, serviceEn: service.name.en, display: service.display };
      const replaceValue = phone.node.type === 'PLAIN' || phone.node.type === 'QUOTE_DOUBLE' || phone.node.type === 'QUOTE_SINGLE';
      const suggestions = replaceValue
        ? [{ messageId: 'replace', data, edits: [{ startOffset: phone.startOffset, endOffset: phone.endOffset, newText: `"${service.display}"` }] }]
        : [];
      const other = NATIONAL_NUMBERS.find((candidate) => candidate !== service && candidate.digits === digits);
      if (other) {
        context.report({ messageId: 'otherService', data: { ...data, otherNl: other.name.nl, otherEn: other.name.en }, range: phone.range, suggestions });
      } else if (editDistance(digits, service.digits, { limit: tolerance(service), swaps: true }) <= tolerance(service)) {
        context.report({ messageId: 'almost', data, range: phone.range, suggestions });
      }
    }
  },
};
