import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'review-overdue';
const expect = expecter(RULE, 'warning');
/** The date in the message as a sentence writes it: "23 november 2026", "23 November 2026". */
const overdue = (where: ReturnType<typeof range>, dateNl: string, dateEn: string) =>
  expect(
    where,
    `Het protocol had vóór ${dateNl} herzien moeten worden; werk het bij en zet een nieuwe datum bij "herzien-voor".`,
    `The protocol was due for review before ${dateEn}; update it and set a new "herzien-voor" date.`,
  );

describe('rule review-overdue', () => {
  it('passes a review date of tomorrow (tests run on 2026-11-23)', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports a review date of today: "review before" today has passed', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-today')), [overdue(range(10, 16, 10, 26), '23 november 2026', '23 November 2026')]);
  });

  it('reports the same date once that day has come', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass'), { today: '2026-11-24' }), [overdue(range(10, 16, 10, 26), '24 november 2026', '24 November 2026')]);
  });

  it('reads a quoted date and marks it with its quotes', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-quoted')), [overdue(range(10, 16, 10, 28), '30 juni 2025', '30 June 2025')]);
  });
});
