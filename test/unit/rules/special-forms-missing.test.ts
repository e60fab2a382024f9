import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'special-forms-missing';
const expect = expecter(RULE, 'warning');
const honour = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Onder "bijzondere-vormen" ontbreekt eergerelateerd geweld ("eergerelateerd-geweld"). Het Besluit verplichte meldcode (art. 2) vraagt specifieke aandacht voor vormen van geweld die bijzondere deskundigheid vragen, en het basismodel meldcode noemt deze; raadpleeg Veilig Thuis hierbij vroeg.',
    '"bijzondere-vormen" lacks honour-related violence ("eergerelateerd-geweld"). The Besluit verplichte meldcode (art. 2) asks for specific attention to forms of violence that need special expertise, and the basismodel meldcode names this one; consult Veilig Thuis early on this.',
  );
const fgm = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Onder "bijzondere-vormen" ontbreekt vrouwelijke genitale verminking ("vrouwelijke-genitale-verminking"). Het Besluit verplichte meldcode (art. 2) vraagt specifieke aandacht voor vormen van geweld die bijzondere deskundigheid vragen, en het basismodel meldcode noemt deze; raadpleeg Veilig Thuis hierbij vroeg.',
    '"bijzondere-vormen" lacks female genital mutilation ("vrouwelijke-genitale-verminking"). The Besluit verplichte meldcode (art. 2) asks for specific attention to forms of violence that need special expertise, and the basismodel meldcode names this one; consult Veilig Thuis early on this.',
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
