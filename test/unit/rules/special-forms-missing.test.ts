import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'special-forms-missing';
const expect = expecter(RULE, 'warning');
const honour = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Onder "bijzondere-vormen" ontbreekt eergerelateerd geweld ("eergerelateerd-geweld"), waar het Besluit verplichte meldcode (art. 2) specifiek aandacht voor vraagt; raadpleeg Veilig Thuis hierbij vroeg.',
    '"bijzondere-vormen" lacks honour-related violence ("eergerelateerd-geweld"), which the Besluit verplichte meldcode (art. 2) singles out; consult Veilig Thuis early on this.',
  );
const fgm = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Onder "bijzondere-vormen" ontbreekt vrouwelijke genitale verminking ("vrouwelijke-genitale-verminking"), waar het Besluit verplichte meldcode (art. 2) specifiek aandacht voor vraagt; raadpleeg Veilig Thuis hierbij vroeg.',
    '"bijzondere-vormen" lacks female genital mutilation ("vrouwelijke-genitale-verminking"), which the Besluit verplichte meldcode (art. 2) singles out; consult Veilig Thuis early on this.',
  );

describe('rule special-forms-missing', () => {
  it('passes a protocol that covers both forms', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports both forms at the first key when there is no "bijzondere-vormen"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-no-section')), [honour(range(2, 0, 2, 8)), fgm(range(2, 0, 2, 8))]);
  });

  it('points at the key of a form that is there but empty; other forms do not count', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-one-form')), [fgm(range(79, 2, 79, 33))]);
  });
});
