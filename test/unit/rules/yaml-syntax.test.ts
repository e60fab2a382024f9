import { strict as assert } from 'node:assert';
import { expecter, assertFindings, findingsOf, range, ruleFixture, seen } from '../../helpers/rules';

const RULE = 'yaml-syntax';
const expect = expecter(RULE, 'error');

const tab = (where: ReturnType<typeof range>) =>
  expect(where, 'Een tab mag in YAML niet inspringen; gebruik spaties.', 'A tab cannot be used for indentation in YAML; use spaces.');
const badIndent = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Onjuiste inspringing: lijn deze regel uit met de regels van hetzelfde niveau (gebruik spaties).',
    'Wrong indentation: align this line with the lines of the same level (use spaces).',
  );

describe('rule yaml-syntax', () => {
  it('passes a well-formed protocol', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('marks the whole second copy of a key', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-duplicate-key')), [
      expect(range(6, 2, 6, 6), 'Deze sleutel staat twee keer in dezelfde map; de tweede wordt genegeerd.', 'This key occurs twice in the same mapping; the second one is ignored.'),
    ]);
  });

  it('points at a tab used as indentation, and only at that', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-tab')), [tab(range(19, 0, 19, 1))]);
  });

  it('blames a tab after spaces in the indentation, not the lines it confuses', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-tab-after-spaces')), [tab(range(19, 2, 19, 3))]);
  });

  it('points at the opening quote that is never closed, not at the end of the file', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-unclosed-quote')), [
      expect(
        range(21, 14, 21, 26),
        'Hier ontbreekt een teken, zoals een dubbele punt na een sleutel, een afsluitend aanhalingsteken of een haakje.',
        'A character is missing here, such as a colon after a key, a closing quote or a bracket.',
      ),
    ]);
  });

  it('marks a value with ": " in it once, up to the end of its line', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-colon-in-value')), [
      expect(
        range(49, 11, 49, 54),
        'Deze waarde bevat een dubbele punt met een spatie erna, of de inspringing klopt niet; zet tekst met ": " tussen aanhalingstekens.',
        'This value holds a colon followed by a space, or the indentation is wrong; put text containing ": " in quotes.',
      ),
    ]);
  });

  it('explains text starting with * (Markdown emphasis) as an unknown alias', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-markdown')), [
      expect(
        range(36, 15, 36, 23),
        'Deze verwijzing (*alias) wijst naar een anker dat niet bestaat; is het tekst die met * begint, zet die dan tussen aanhalingstekens.',
        'This reference (*alias) points to an anchor that does not exist; if it is text starting with *, put it in quotes.',
      ),
      expect(
        range(36, 24, 36, 41),
        'Onverwacht teken: controleer dubbele punten, streepjes en aanhalingstekens op deze regel.',
        'Unexpected token: check the colons, dashes and quotes on this line.',
      ),
    ]);
  });

  it('reports a list item indented one space too far, and the line the parser then cannot place', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-bad-indent')), [badIndent(range(43, 3, 43, 4)), badIndent(range(44, 0, 44, 1))]);
  });

  it('points at the --- that starts a second document', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-two-documents')), [
      expect(
        range(89, 0, 89, 3),
        'Het bestand bevat meer dan één YAML-document (---); zet elk protocol in een eigen bestand.',
        'The file holds more than one YAML document (---); put each protocol in its own file.',
      ),
    ]);
  });

  it('names a known key written without its colon, and its quick fix adds the colon', () => {
    const text = 'contactpunten:\n  - id: spoed\n    soort: spoed\n    opmerking Bel bij direct gevaar 112.\n';
    const [finding, ...others] = findingsOf(RULE, text);
    assert.deepEqual(others, []);
    assert.deepEqual(seen(finding), expect(range(3, 4, 3, 40), "Na 'opmerking' ontbreekt een dubbele punt: schrijf 'opmerking: …'.", "A colon is missing after 'opmerking': write 'opmerking: …'."));
    assert.deepEqual(
      finding.suggestions?.map((suggestion) => [suggestion.title.nl, suggestion.title.en, suggestion.edits.map((edit) => [edit.range, edit.newText])]),
      [["Zet een dubbele punt na 'opmerking'", "Put a colon after 'opmerking'", [[range(3, 13, 3, 13), ':']]]],
    );
    const [edit] = finding.suggestions![0].edits;
    const fixed = text.slice(0, edit.startOffset) + edit.newText + text.slice(edit.endOffset);
    assert.equal(fixed.split('\n')[3], '    opmerking: Bel bij direct gevaar 112.');
    assert.deepEqual(findingsOf(RULE, fixed), []);
  });

  it('keeps the general message when the first word is no key of the format', () => {
    const text = 'contactpunten:\n  - id: spoed\n    soort: spoed\n    bellen Bij direct gevaar 112.\n';
    const [finding] = findingsOf(RULE, text);
    assert.equal(finding.message.en, 'A character is missing here, such as a colon after a key, a closing quote or a bracket.');
    assert.equal(finding.suggestions, undefined);
  });
});
