import { strict as assert } from 'node:assert';
import { applyFixes } from '../../../server/src/engine';
import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'term-outdated';
const expect = expecter(RULE, 'warning');
const outdated = (where: ReturnType<typeof range>, term: string) =>
  expect(
    where,
    `"${term}" bestaat niet meer: sinds 1 januari 2015 zijn AMK en (A)SHG samen Veilig Thuis.`,
    `"${term}" no longer exists: since 1 January 2015 the AMK and (A)SHG together are Veilig Thuis.`,
  );

describe('rule term-outdated', () => {
  it('passes "stamkaart" (amk inside a word) and leaves comments alone', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports each old name in plain, double- and single-quoted text; a long name with its abbreviation is one term', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      outdated(range(28, 10, 28, 54), 'Advies- en Meldpunt Kindermishandeling (AMK)'),
      outdated(range(47, 95, 47, 98), 'AMK'),
      outdated(range(47, 106, 47, 110), 'ASHG'),
      outdated(range(64, 22, 64, 59), 'Advies- en Steunpunt Huiselijk Geweld'),
      outdated(range(65, 29, 65, 32), 'SHG'),
      outdated(range(65, 40, 65, 78), 'advies- en meldpunt kindermishandeling'),
    ]);
  });

  it('offers a fix titled after the term', () => {
    const [first] = findingsOf(RULE, ruleFixture(RULE, 'fail'));
    assert.deepEqual(first.fix?.title, {
      nl: 'Vervang "Advies- en Meldpunt Kindermishandeling (AMK)" door "Veilig Thuis"',
      en: 'Replace "Advies- en Meldpunt Kindermishandeling (AMK)" with "Veilig Thuis"',
    });
  });

  it('fixes every term to Veilig Thuis and touches nothing else, comments included', () => {
    const text = ruleFixture(RULE, 'fail');
    const result = applyFixes(text, findingsOf(RULE, text));
    let expected = variant(text, 'naam: Advies- en Meldpunt Kindermishandeling (AMK)', 'naam: Veilig Thuis');
    expected = variant(expected, 'advies aan het AMK of het ASHG.]', 'advies aan het Veilig Thuis of het Veilig Thuis.]');
    expected = variant(expected, '"Meld bij het Advies- en Steunpunt Huiselijk Geweld als', '"Meld bij het Veilig Thuis als');
    expected = variant(expected, "'Bel bij twijfel het SHG of het advies- en meldpunt kindermishandeling.'", "'Bel bij twijfel het Veilig Thuis of het Veilig Thuis.'");
    assert.equal(result.text, expected);
    assert.equal(result.applied, 6);
    assert.match(result.text, /^# Let op: het AMK heet sinds 2015 Veilig Thuis\.$/m);
    assertFindings(findingsOf(RULE, result.text), []);
  });
});
