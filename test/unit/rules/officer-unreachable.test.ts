import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'officer-unreachable';
const expect = expecter(RULE, 'warning');
const unreachable = (where: ReturnType<typeof range>, name: string) =>
  expect(
    where,
    `Aandachtsfunctionaris ${name} heeft geen telefoonnummer en geen e-mailadres; vul ten minste één van beide in.`,
    `Attention officer ${name} has neither a phone number nor an e-mail address; fill in at least one.`,
  );

describe('rule officer-unreachable', () => {
  it('passes officers reachable by e-mail only or by phone only', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('points at the name, or at the first key of an officer without a name', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      // Fatima Bakker has an empty phone number and no e-mail.
      unreachable(range(13, 10, 13, 23), 'Fatima Bakker'),
      // smit has no name, phone or e-mail: the finding names the id.
      unreachable(range(17, 4, 17, 6), 'smit'),
    ]);
  });
});
