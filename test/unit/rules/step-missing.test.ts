import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'step-missing';
const expect = expecter(RULE, 'error');

const step = (n: number, nl: string, en: string, where = range(37, 0, 37, 7)) =>
  expect(
    where,
    `Stap ${n} (${nl}) ontbreekt; het Besluit verplichte meldcode (art. 2) vraagt een stappenplan met ten minste deze vijf stappen.`,
    `Step ${n} (${en}) is missing; the Besluit verplichte meldcode (art. 2) requires a step plan with at least these five steps.`,
  );

describe('rule step-missing', () => {
  it('passes a protocol with the five steps', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports one missing step at the "stappen" key', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-step-3')), [
      step(3, 'gesprek met de cliënt', 'talk with the client'),
    ]);
  });

  it('reports all five steps at the first key when "stappen" is absent', () => {
    const atFirstKey = range(2, 0, 2, 8); // meldcode, below the two comment lines
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-no-steps')), [
      step(1, 'signalen in kaart brengen', 'map the signals', atFirstKey),
      step(2, 'collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van letselduiding', 'consult a colleague and, if needed, Veilig Thuis or an expert in injury interpretation', atFirstKey),
      step(3, 'gesprek met de cliënt', 'talk with the client', atFirstKey),
      step(4, 'wegen van het geweld', 'weigh the violence', atFirstKey),
      step(5, 'beslissen', 'decide', atFirstKey),
    ]);
  });

  it('does not count a step written as plain text or with a number in words', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-wrong-types')), [
      step(1, 'signalen in kaart brengen', 'map the signals'),
      step(2, 'collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van letselduiding', 'consult a colleague and, if needed, Veilig Thuis or an expert in injury interpretation'),
    ]);
  });

  it('reports all five steps at "stappen" when the list is empty', () => {
    const pass = ruleFixture(RULE, 'pass');
    const empty = variant(pass, pass.slice(pass.indexOf('stappen:\n'), pass.indexOf('afwegingskader:\n')), 'stappen: []\n');
    const findings = findingsOf(RULE, empty);
    assertFindings(findings, [
      step(1, 'signalen in kaart brengen', 'map the signals'),
      step(2, 'collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van letselduiding', 'consult a colleague and, if needed, Veilig Thuis or an expert in injury interpretation'),
      step(3, 'gesprek met de cliënt', 'talk with the client'),
      step(4, 'wegen van het geweld', 'weigh the violence'),
      step(5, 'beslissen', 'decide'),
    ]);
  });
});
