import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'veilig-thuis-missing';
const expect = expecter(RULE, 'error');
const missing = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Er is geen contactpunt met "soort: veilig-thuis"; voeg Veilig Thuis toe (landelijk 0800-2000, gratis en dag en nacht bereikbaar).',
    'There is no contact point with "soort: veilig-thuis"; add Veilig Thuis (national number 0800-2000, free, day and night).',
  );

describe('rule veilig-thuis-missing', () => {
  it('passes a protocol with a contact point of soort veilig-thuis', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('goes by the soort, not the name: points at "contactpunten"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [missing(range(24, 0, 24, 13))]);
  });

  it('points at the first key when there are no contact points', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-no-section')), [missing(range(2, 0, 2, 8))]);
  });
});
