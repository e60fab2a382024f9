import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'training-missing';
const expect = expecter(RULE, 'warning');
const missing = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Er staat niet in hoe medewerkers de meldcode leren kennen en gebruiken (sleutel "scholing"); de Wet verplichte meldcode vraagt de kennis en het gebruik ervan te bevorderen.',
    'The protocol does not say how staff learn to know and use the meldcode (key "scholing"); the Wet verplichte meldcode requires promoting its knowledge and use.',
  );

describe('rule training-missing', () => {
  it('passes a protocol that describes training', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('points at the first key when there is no "scholing"', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-no-section')), [missing(range(2, 0, 2, 8))]);
  });

  it('points at "scholing" when it holds only a space', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-empty')), [missing(range(86, 0, 86, 8))]);
  });
});
