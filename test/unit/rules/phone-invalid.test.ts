import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'phone-invalid';
const expect = expecter(RULE, 'warning');
const invalid = (where: ReturnType<typeof range>, phone: string) =>
  expect(
    where,
    `"${phone}" is geen geldig Nederlands telefoonnummer; verwacht bijvoorbeeld 030-1234567, 06-12345678, 0800-2000, 112, 14 020 of +31 30 123 4567.`,
    `"${phone}" is not a valid Dutch phone number; expected e.g. 030-1234567, 06-12345678, 0800-2000, 112, 14 020 or +31 30 123 4567.`,
  );

/** Line 15 of the pass fixture: `    telefoon: "030-1234567"` (Fatima Bakker). */
function withBakkerPhone(written: string): string {
  return variant(ruleFixture(RULE, 'pass'), '    telefoon: "030-1234567"\n', `    telefoon: ${written}\n`);
}

describe('rule phone-invalid', () => {
  it('passes every way a Dutch number is written', () => {
    // 030-1234567, 06 12345678, +31 (0)30 123 4567, 0800-2000, 0900-8844, 112, 14 033,
    // 0031334567890 and the unquoted 0334567890 (read as text, leading zero kept).
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('points at each malformed number', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      invalid(range(15, 14, 15, 25), '033-45678'),
      invalid(range(21, 14, 21, 31), 'bel de receptie'),
      invalid(range(32, 14, 32, 21), '12345'),
      invalid(range(36, 14, 36, 22), '0031 0'),
    ]);
  });

  for (const accepted of [
    '"030-1234567"',
    '"06-12345678"',
    '"0800 0432"',
    '"0900-8844"',
    '"14 020"',
    '"+31 30 123 4567"',
    '"+31 6 12345678"',
    '"0031 30 1234567"',
    '"(030) 123 45 67"',
    '0301234567',
  ]) {
    it(`accepts ${accepted}`, () => {
      assertFindings(findingsOf(RULE, withBakkerPhone(accepted)), []);
    });
  }

  for (const rejected of ['030-12345', '12345', '0031 0', '030-123456a', '+32 2 123 45 67', '0800-20', '1234567890', '030-1234567 of 06-12345678']) {
    it(`rejects "${rejected}"`, () => {
      const quoted = `"${rejected}"`;
      assertFindings(findingsOf(RULE, withBakkerPhone(quoted)), [invalid(range(15, 14, 15, 14 + quoted.length), rejected)]);
    });
  }
});
