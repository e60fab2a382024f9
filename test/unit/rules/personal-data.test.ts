import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'personal-data';
const expect = expecter(RULE, 'error');
const bsn = (where: ReturnType<typeof range>, number: string) =>
  expect(
    where,
    `"${number}" lijkt een burgerservicenummer (het voldoet aan de 11-proef); een protocol is een openbaar document, zet er geen gegevens van cliënten in.`,
    `"${number}" looks like a citizen service number (BSN: it passes the 11 test); a protocol is a published document, so it must hold no client data.`,
  );

describe('rule personal-data', () => {
  it('passes 123456789 (fails the 11-proef), a ten-digit phone number and +31/0031 numbers', () => {
    // 0111222333, +31 301234565 and 0031 301234565 hold nine digits that pass the 11-proef.
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports a BSN anywhere in the file, comments included, also in the dotted form', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      bsn(range(2, 31, 2, 42), '1112.22.333'),
      bsn(range(42, 77, 42, 86), '111222333'),
    ]);
  });

  it('reports nine digits that pass the 11-proef once the +31 in front is gone', () => {
    const text = variant(ruleFixture(RULE, 'pass'), '    telefoon: "+31 301234565"\n', '    telefoon: "301234565"\n');
    assertFindings(findingsOf(RULE, text), [bsn(range(22, 15, 22, 24), '301234565')]);
  });
});
