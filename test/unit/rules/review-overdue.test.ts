import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'review-overdue';
const expect = expecter(RULE, 'warning');
const overdue = (where: ReturnType<typeof range>, date: string) =>
  expect(
    where,
    `Het protocol had vóór ${date} herzien moeten worden; werk het bij en zet een nieuwe datum bij "herzien-voor".`,
    `The protocol was due for review before ${date}; update it and set a new "herzien-voor" date.`,
  );

describe('rule review-overdue', () => {
  it('passes a review date of tomorrow (tests run on 2026-11-23)', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports a review date of today: "review before" today has passed', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-today')), [overdue(range(10, 16, 10, 26), '2026-11-23')]);
  });

  it('reports the same date once that day has come', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass'), { today: '2026-11-24' }), [overdue(range(10, 16, 10, 26), '2026-11-24')]);
  });

  it('reads a quoted date and marks it with its quotes', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-quoted')), [overdue(range(10, 16, 10, 28), '2025-06-30')]);
  });
});
