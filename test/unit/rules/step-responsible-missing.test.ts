import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'step-responsible-missing';
const expect = expecter(RULE, 'warning');

const missing = (where: ReturnType<typeof range>, step: string) =>
  expect(
    where,
    `Bij stap ${step} staat niet wie verantwoordelijk is; vul "verantwoordelijk" in (bijv. medewerker of aandachtsfunctionaris).`,
    `Step ${step} does not say who is responsible; fill in "verantwoordelijk" (e.g. staff member or attention officer).`,
  );

describe('rule step-responsible-missing', () => {
  it('passes when every step names who is responsible', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports a step without "verantwoordelijk", with an empty one, and one without a number', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      missing(range(43, 10, 43, 11), '2'),
      missing(range(52, 10, 52, 11), '4'),
      // The sixth item has no step number: it is pointed at by its first key.
      missing(range(62, 4, 62, 9), '#6'),
    ]);
  });
});
