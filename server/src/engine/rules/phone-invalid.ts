import type { ScalarField } from '../model';
import { isValidDutchPhoneNumber } from '../phone';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'phone-invalid',
    defaultSeverity: 'warning',
    description: {
      nl: 'Telefoonnummers zijn geldige Nederlandse nummers.',
      en: 'Phone numbers are valid Dutch numbers.',
    },
    messages: {
      invalid: {
        nl: '"{phone}" is geen geldig Nederlands telefoonnummer; verwacht bijvoorbeeld 030-1234567, 06-12345678, 0800-2000, 112, 14 020 of +31 30 123 4567.',
        en: '"{phone}" is not a valid Dutch phone number; expected e.g. 030-1234567, 06-12345678, 0800-2000, 112, 14 020 or +31 30 123 4567.',
      },
    },
  },
  check(context) {
    const phones: ScalarField[] = [];
    for (const officer of context.model.officers) if (officer.telefoon) phones.push(officer.telefoon);
    for (const point of context.model.contactPoints) if (point.telefoon) phones.push(point.telefoon);
    for (const phone of phones) {
      if (phone.text.trim() === '' || isValidDutchPhoneNumber(phone.text)) continue;
      context.report({ messageId: 'invalid', data: { phone: phone.text }, range: phone.range });
    }
  },
};
