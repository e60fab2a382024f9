import { strict as assert } from 'node:assert';
import { validateText } from '../../../server/src/engine';
import { expecter, assertFindings, completeProtocol, findingsOf, range, ruleFixture, TODAY, variant } from '../../helpers/rules';

const RULE = 'phone-mismatch';
const expect = expecter(RULE, 'warning');

describe('rule phone-mismatch', () => {
  it('passes the national numbers however they are written (spaces, +31, unquoted)', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('passes a regional Veilig Thuis number: only numbers close to the national one are suspect', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass-regional')), []);
  });

  it('reports another service\'s number, a digit off and two digits swapped', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      expect(
        range(28, 14, 28, 25),
        '0900-8844 is het landelijke nummer van de politie (geen spoed), maar dit contactpunt is Veilig Thuis (0800-2000).',
        '0900-8844 is the national number of the police (non-emergency), but this contact point is Veilig Thuis (0800-2000).',
      ),
      expect(
        range(32, 14, 32, 25),
        '0800-8844 lijkt op het landelijke nummer van de politie (geen spoed) (0900-8844), maar is het niet; wie in nood belt, komt zo verkeerd uit.',
        '0800-8844 looks like the national number of the police (non-emergency) (0900-8844) but is not it; someone calling in need would reach the wrong line.',
      ),
      expect(
        range(36, 14, 36, 19),
        '121 lijkt op het landelijke nummer van het alarmnummer (112), maar is het niet; wie in nood belt, komt zo verkeerd uit.',
        '121 looks like the national number of the emergency number (112) but is not it; someone calling in need would reach the wrong line.',
      ),
    ]);
  });

  it('offers to put the national number in, and changes nothing else', () => {
    const text = ruleFixture(RULE, 'fail');
    const [, police] = findingsOf(RULE, text);
    assert.deepEqual(police.suggestions?.map((fix) => fix.title), [{ nl: 'Vervang door 0900-8844', en: 'Replace with 0900-8844' }]);
    const [edit] = police.suggestions![0].edits;
    const fixed = text.slice(0, edit.startOffset) + edit.newText + text.slice(edit.endOffset);
    assert.equal(fixed, variant(text, 'telefoon: "0800-8844"', 'telefoon: "0900-8844"'));
    assert.deepEqual(findingsOf(RULE, fixed).length, 2);
  });

  it('leaves numbers of kinds without a national number alone, and text that is not a number', () => {
    const text = variant(completeProtocol(), 'telefoon: "0900-8844"', 'telefoon: "bel de wijkagent"');
    assertFindings(findingsOf(RULE, text), []);
    const huge = variant(completeProtocol(), 'telefoon: "0900-8844"', `telefoon: "${'9'.repeat(100_000)}"`);
    assertFindings(findingsOf(RULE, huge), []);
  });

  it('knows the vertrouwensinspecteur and Centrum Veilige Sport', () => {
    const text = variant(
      completeProtocol(),
      '  - id: spoed\n',
      '  - id: inspectie\n    soort: vertrouwensinspecteur\n    naam: Vertrouwensinspecteur\n    telefoon: "0900-111 3 11"\n  - id: spoed\n',
    );
    const findings = validateText(text, { today: TODAY }).filter((finding) => finding.ruleId === RULE);
    assert.deepEqual(
      findings.map((finding) => finding.message.nl),
      ['0900-111 3 11 lijkt op het landelijke nummer van de vertrouwensinspecteurs van de Inspectie van het Onderwijs (0900-111 3 111), maar is het niet; wie in nood belt, komt zo verkeerd uit.'],
    );
  });
});
