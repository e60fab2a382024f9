import { strict as assert } from 'node:assert';
import { applyFixes, type Finding } from '../../../server/src/engine';
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

  it('marks a value with ": " in it once, up to the end of its line, and quotes it with an automatic fix', () => {
    const text = ruleFixture(RULE, 'fail-colon-in-value');
    const findings = findingsOf(RULE, text);
    assertFindings(findings, [
      expect(
        range(49, 11, 49, 54),
        'Deze tekst bevat een dubbele punt met een spatie (": "), die YAML leest als het begin van een sleutel; zet de hele tekst tussen aanhalingstekens.',
        'This text contains a colon followed by a space (": "), which YAML reads as the start of a key; put the whole text in quotes.',
      ),
    ]);
    assert.deepEqual(findings[0].fix?.title, { nl: 'Zet de tekst tussen aanhalingstekens', en: 'Put the text in quotes' });
    const fixed = applyFixes(text, findings).text;
    assert.equal(fixed.split('\n')[49], '    titel: "Stap 3: gesprek met de jongere en de ouders"');
    assert.equal(fixed, text.replace('titel: Stap 3: gesprek met de jongere en de ouders', 'titel: "Stap 3: gesprek met de jongere en de ouders"'));
    assert.deepEqual(findingsOf(RULE, fixed), []);
  });

  it('keeps a comment after such a value outside the quotes', () => {
    const text = 'organisatie:\n  naam: De Linde: jeugdhulp # de vestiging\n';
    const fixed = applyFixes(text, findingsOf(RULE, text)).text;
    assert.equal(fixed, 'organisatie:\n  naam: "De Linde: jeugdhulp" # de vestiging\n');
  });

  describe('a line indented further or less than the key above it', () => {
    const OFFICER = '  - id: jansen\n    naam: Marieke Jansen\n    functie: Pedagogisch coach\n    telefoon: "030-2718291"\n    email: m.jansen@zonnebloem.example\n';
    const protocol = (officer: string): string => `meldcode: "1.0"\naandachtsfunctionarissen:\n${officer}contactpunten:\n  - id: veilig-thuis\n    soort: veilig-thuis\n`;
    /** The text after the first quick fix of the first finding. */
    const suggested = (text: string, findings: readonly Finding[]): string => applyFixes(text, [{ ...findings[0], fix: findings[0].suggestions![0] }]).text;
    const slip = (where: ReturnType<typeof range>, spacesNl: string, spacesEn: string, key: string, sibling: string) =>
      expect(
        where,
        `Deze regel springt ${spacesNl} te ver in: '${key}' hoort in dezelfde kolom als '${sibling}' op de regel erboven.`,
        `This line is indented ${spacesEn} too far: '${key}' belongs in the same column as '${sibling}' on the line above.`,
      );

    it('marks the indentation of the line that slipped, not the line above, and its fix moves it back', () => {
      const text = protocol(OFFICER.replace('    telefoon:', '        telefoon:'));
      const findings = findingsOf(RULE, text);
      assertFindings(findings, [slip(range(5, 0, 5, 8), '4 spaties', '4 spaces', 'telefoon', 'functie')]);
      assert.equal(findings[0].fix, undefined);
      assert.deepEqual(findings[0].suggestions?.[0].title, { nl: 'Corrigeer de inspringing', en: 'Correct the indentation' });
      assert.deepEqual(findings[0].suggestions?.[0].edits.map((edit) => [edit.range, edit.newText]), [[range(5, 0, 5, 31), '    telefoon: "030-2718291"']]);
      assert.equal(suggested(text, findings), protocol(OFFICER));
    });

    it('does the same after a quoted value, and for the first key under a list item', () => {
      const quoted = protocol(OFFICER.replace('functie: Pedagogisch coach', 'functie: "Pedagogisch coach"').replace('    telefoon:', '        telefoon:'));
      assertFindings(findingsOf(RULE, quoted), [slip(range(5, 0, 5, 8), '4 spaties', '4 spaces', 'telefoon', 'functie')]);
      const first = protocol(OFFICER.replace('    naam:', '      naam:'));
      const findings = findingsOf(RULE, first);
      assertFindings(findings, [slip(range(3, 0, 3, 6), '2 spaties', '2 spaces', 'naam', 'id')]);
      assert.equal(suggested(first, findings), protocol(OFFICER));
    });

    it('moves what is under the slipped key with it, blank lines and comments kept', () => {
      const nested = OFFICER.replace('    email: m.jansen@zonnebloem.example\n', '    email: m.jansen@zonnebloem.example\n    bereikbaarheid:\n      - maandag\n\n      # ook per mail\n      - dinsdag\n');
      const text = protocol(nested.replace(/\n {4}bereikbaarheid:\n {6}- maandag\n\n {6}# ook per mail\n {6}- dinsdag\n/, '\n        bereikbaarheid:\n          - maandag\n\n          # ook per mail\n          - dinsdag\n'));
      assert.notEqual(text, protocol(nested));
      assert.equal(suggested(text, findingsOf(RULE, text)), protocol(nested));
    });

    it('offers no fix for a line indented too little: it may as well belong to a parent further out', () => {
      const text = protocol(OFFICER.replace('    telefoon:', '   telefoon:'));
      const findings = findingsOf(RULE, text);
      assert.ok(findings.length > 0);
      assert.deepEqual(findings.filter((finding) => finding.fix || finding.suggestions), []);
    });

    it('offers no fix when more keys follow at the same indentation: a parent key is missing, not one line that slipped', () => {
      const text = 'meldcode: "1.1"\n  locatie: Het Anker\n  adres: Maasstraat 40\n  plaats: Cuijk\naandachtsfunctionarissen: []\n';
      const findings = findingsOf(RULE, text);
      assert.ok(findings.length > 0);
      assert.deepEqual(findings.filter((finding) => finding.fix), []);
      assert.equal(findings.some((finding) => /te ver in/.test(finding.message.nl)), false);
      // Nor when the line after it stands between the two columns: moving one line would leave that one slipped.
      const between = protocol(OFFICER.replace('    telefoon:', '        telefoon:').replace('    email:', '      email:'));
      assert.deepEqual(findingsOf(RULE, between).filter((finding) => finding.suggestions), []);
    });

    it('leaves a key under a parent without a value alone: that is its child', () => {
      assertFindings(findingsOf(RULE, 'organisatie:\n  doelgroep:\n      leeftijd-van: 0\n      leeftijd-tot: 12\n'), []);
    });
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
