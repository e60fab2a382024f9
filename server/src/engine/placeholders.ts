import { EXAMPLE_EMAIL_DOMAIN, EXAMPLE_VALUES } from '../knowledge/example-values';
import { lookupKey } from '../knowledge/normalize';
import { dialledDigits } from './phone';

/**
 * Whether a value is one of the templates' example values (knowledge/example-values.ts) that the
 * writer has not replaced yet. Compared exactly after folding case, accents, spacing and
 * punctuation; a phone number by its digits (030 123 45 67 and +31 30 1234567 are 030-1234567);
 * an e-mail address by its domain (any address at the example domain). Linear in the value;
 * a long text is not looked at (see LONGEST_PLACEHOLDER).
 */
export function isPlaceholderValue(value: string): boolean {
  if (value.length > LONGEST_PLACEHOLDER) return false;
  // After an edit the rule asks again about every value of the protocol, nearly all unchanged.
  const known = answers.get(value);
  if (known !== undefined) return known;
  if (answers.size >= MAX_ANSWERS) answers.clear();
  const answer = isPlaceholderNow(value);
  answers.set(value, answer);
  return answer;
}

const answers = new Map<string, boolean>();
const MAX_ANSWERS = 50_000;

function isPlaceholderNow(value: string): boolean {
  const digits = dialledDigits(value);
  if (digits !== undefined && EXAMPLE_PHONE_DIGITS.has(digits)) return true;
  if (isExampleEmail(value)) return true;
  const key = lookupKey(value);
  return key !== '' && EXAMPLE_KEYS.has(key);
}

const EXAMPLE_PHONE_DIGITS: ReadonlySet<string> = new Set(
  Object.values(EXAMPLE_VALUES).flatMap((value) => {
    const digits = dialledDigits(value);
    return digits === undefined ? [] : [digits];
  }),
);

const EXAMPLE_KEYS: ReadonlySet<string> = new Set(Object.values(EXAMPLE_VALUES).map(lookupKey));

/**
 * A text four times as long as the longest example value is the writer's own, however it is
 * spaced or punctuated: most texts in a protocol are sentences, and folding each costs time.
 */
const LONGEST_PLACEHOLDER = 4 * Math.max(...Object.values(EXAMPLE_VALUES).map((value) => value.length));

function isExampleEmail(value: string): boolean {
  const text = value.trim();
  const at = text.lastIndexOf('@');
  if (at <= 0 || /\s/.test(text)) return false;
  return text.slice(at + 1).toLowerCase() === EXAMPLE_EMAIL_DOMAIN;
}
