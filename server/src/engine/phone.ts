/**
 * Dutch phone numbers as people write them: 030-1234567, 06 12345678, 0800-2000,
 * 0900-8844, 112, 14 020, +31 (0)30 123 4567, 0031 30 1234567.
 */
export function isValidDutchPhoneNumber(written: string): boolean {
  const compact = written.replace(/\(0\)/g, '').replace(/[\s\-.()/]/g, '');
  if (!/^\+?\d+$/.test(compact)) return false;
  return (
    compact === '112' ||
    /^116\d{3}$/.test(compact) || // European helplines, e.g. 116 111
    /^0[1-9]\d{8}$/.test(compact) || // geographic and mobile: ten digits
    /^0(800|900|906|909)\d{4,7}$/.test(compact) || // free and paid service numbers
    /^140\d{2,3}$/.test(compact) || // municipalities: 14 + area code
    /^(\+|00)31[1-9]\d{8}$/.test(compact) ||
    /^(\+|00)31(800|900|906|909)\d{4,7}$/.test(compact)
  );
}

/**
 * The digits of a number as dialled within the Netherlands: separators and "(0)" dropped,
 * +31 and 0031 become 0. Undefined when the text holds anything but a number.
 */
export function dialledDigits(written: string): string | undefined {
  // Fails at the first letter: most texts a rule asks about are sentences, not numbers.
  if (!PHONE_CHARACTERS.test(written)) return undefined;
  const compact = written.replace(/\(0\)/g, '').replace(/[\s\-.()/]/g, '');
  if (!/^\+?\d+$/.test(compact)) return undefined;
  return compact.replace(/^(\+|00)31/, '0');
}

/** The characters a written phone number can hold: digits, +, and the separators dropped above. */
const PHONE_CHARACTERS = /^[\d\s\-.()/+]*$/;
