import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { applyFixes, validateText, type Finding } from '../../../server/src/engine';
import { TODAY, assertFindings, completeProtocol, expecter, findingsOf, range, readFixture, variant } from '../../helpers/rules';

const RULE = 'schema';
const expect = expecter(RULE, 'error');

function fixture(name: string): string {
  return readFixture('schema', `${name}.meldcode.yaml`);
}

/** The text after applying the one quick fix a finding offers. */
function withSuggestion(text: string, finding: Finding): string {
  assert.equal(finding.suggestions?.length, 1, 'expected exactly one quick fix');
  const [suggestion] = finding.suggestions!;
  assert.equal(suggestion.edits.length, 1);
  const [edit] = suggestion.edits;
  return text.slice(0, edit.startOffset) + edit.newText + text.slice(edit.endOffset);
}

const SECTORS =
  "'onderwijs', 'kinderopvang', 'jeugdhulp', 'gezondheidszorg', 'maatschappelijke-ondersteuning', 'justitie', 'sport', 'overig'";
const KINDS =
  "'veilig-thuis', 'politie', 'spoed', 'huisarts', 'jeugdgezondheidszorg', 'vertrouwensinspecteur', 'wijkteam', 'overig'";
const TOP_LEVEL_KEYS =
  "'meldcode', 'inleiding', 'organisatie', 'aandachtsfunctionarissen', 'contactpunten', 'stappen', 'afwegingskader', 'kindcheck', 'bijzondere-vormen', 'beroepsgeheim', 'vastleggen', 'scholing', 'interventies'";
const ORGANISATION_KEYS =
  "'naam', 'sector', 'doelgroep', 'adres', 'plaats', 'locaties', 'telefoon', 'email', 'website', 'vastgesteld-door', 'vastgesteld', 'herzien-voor'";

describe('rule schema', () => {
  it('passes a protocol that uses every form the format allows', () => {
    assertFindings(findingsOf(RULE, fixture('pass')), []);
  });

  describe('unknown keys', () => {
    const text = fixture('unknown-keys');
    const findings = findingsOf(RULE, text);

    it('names the key meant, points at the offending key and offers to rename it', () => {
      assertFindings(findings, [
        expect(
          range(4, 2, 4, 18),
          "Onbekende sleutel 'vestigingsplaats' — bedoelde u 'plaats'?",
          "Unknown key 'vestigingsplaats' — did you mean 'plaats'?",
        ),
        expect(
          range(5, 2, 5, 7),
          `Onbekende sleutel 'kleur'; hier zijn toegestaan: ${ORGANISATION_KEYS}.`,
          `Unknown key 'kleur'; allowed here: ${ORGANISATION_KEYS}.`,
        ),
        expect(
          range(9, 4, 9, 18),
          "Onbekende sleutel 'telefoonnummer' — bedoelde u 'telefoon'?",
          "Unknown key 'telefoonnummer' — did you mean 'telefoon'?",
        ),
        expect(
          range(10, 0, 10, 6),
          "Onbekende sleutel 'stapen' — bedoelde u 'stappen'?",
          "Unknown key 'stapen' — did you mean 'stappen'?",
        ),
        expect(
          range(12, 0, 12, 12),
          "De sleutel 'herzien-voor' hoort niet hier maar onder 'organisatie'; controleer de inspringing.",
          "The key 'herzien-voor' does not belong here but under 'organisatie'; check the indentation.",
        ),
        expect(
          range(13, 0, 13, 9),
          `Onbekende sleutel '__proto__'; hier zijn toegestaan: ${TOP_LEVEL_KEYS}.`,
          `Unknown key '__proto__'; allowed here: ${TOP_LEVEL_KEYS}.`,
        ),
      ]);
    });

    it('renames a misspelt top-level key with its quick fix', () => {
      const stapen = findings.find((finding) => finding.message.en.includes("'stapen'"))!;
      assert.deepEqual(stapen.suggestions?.[0].title, { nl: "Vervang door 'stappen'", en: "Replace with 'stappen'" });
      const fixed = withSuggestion(text, stapen);
      assert.equal(fixed.split('\n')[10], 'stappen:');
      assertFindings(
        findingsOf(RULE, fixed).filter((finding) => finding.range.start.line === 10),
        [],
      );
    });

    it('offers no quick fix when it cannot tell which key was meant', () => {
      const kleur = findings.find((finding) => finding.message.en.includes("'kleur'"))!;
      assert.equal(kleur.suggestions, undefined);
    });

    it('does not let a __proto__ key reach the prototype of plain objects', () => {
      assert.equal((Object.prototype as Record<string, unknown>).vervuild, undefined);
    });
  });

  it('says which type is expected, on the value when it is a scalar and on the key when it is a collection', () => {
    const text = fixture('wrong-types');
    const findings = findingsOf(RULE, text);
    assertFindings(findings, [
      expect(
        range(2, 8, 2, 12),
        'Hier wordt tekst verwacht (naam); zet 1234 tussen aanhalingstekens.',
        'Text is expected here (name); put 1234 in quotes.',
      ),
      expect(
        range(4, 13, 4, 26),
        "Hier worden sleutels met waarden verwacht (doelgroep), elk op een eigen ingesprongen regel, zoals 'naam: ...'.",
        "Keys with values are expected here (target group), each on its own indented line, such as 'naam: ...'.",
      ),
      expect(
        range(5, 0, 5, 7),
        "Hier wordt een lijst verwacht (stappenplan): zet elk item op een eigen regel die begint met '- '.",
        "A list is expected here (step plan): put each item on its own line starting with '- '.",
      ),
      expect(
        range(9, 11, 9, 14),
        'Hier wordt een getal verwacht (vraagnummer); laat de aanhalingstekens om 1 weg.',
        'A number is expected here (question number); remove the quotes around 1.',
      ),
      expect(range(11, 4, 11, 9), 'Hier wordt tekst verwacht (tekst).', 'Text is expected here (text).'),
      expect(
        range(13, 0, 13, 9),
        'Hier wordt tekst of een map met sleutels verwacht (kindcheck).',
        'Text or a mapping of keys is expected here (child check).',
      ),
      expect(
        range(14, 14, 14, 28),
        "Hier wordt een lijst verwacht (interventies): zet elk item op een eigen regel die begint met '- '.",
        "A list is expected here (interventions): put each item on its own line starting with '- '.",
      ),
    ]);
    const quoted = findings.find((finding) => finding.range.start.line === 9)!;
    assert.equal(withSuggestion(text, quoted).split('\n')[9], '  - vraag: 1');
  });

  it('lists the allowed values of a choice, with the likely one first when there is a typo', () => {
    const text = fixture('enums');
    const findings = findingsOf(RULE, text);
    assertFindings(findings, [
      expect(
        range(0, 10, 0, 15),
        "'2.0' is geen geldige formaatversie — bedoelde u '1.0'? Kies uit: '1.0', '1.1'.",
        "'2.0' is not a valid format version — did you mean '1.0'? Choose from: '1.0', '1.1'.",
      ),
      expect(
        range(3, 10, 3, 23),
        `'kinderopvangg' is geen geldige sector — bedoelde u 'kinderopvang'? Kies uit: ${SECTORS}.`,
        `'kinderopvangg' is not a valid sector — did you mean 'kinderopvang'? Choose from: ${SECTORS}.`,
      ),
      expect(
        range(8, 11, 8, 20),
        `'ambulance' is geen geldige soort; kies uit: ${KINDS}.`,
        `'ambulance' is not a valid kind; choose from: ${KINDS}.`,
      ),
    ]);
    assert.equal(withSuggestion(text, findings[0]).split('\n')[0], 'meldcode: "1.0"', 'keeps the quotes');
    assert.equal(withSuggestion(text, findings[1]).split('\n')[3], '  sector: kinderopvang');
    assert.equal(findings[2].suggestions, undefined);
  });

  it('reports a missing required key on the key of the map that should hold it', () => {
    assertFindings(findingsOf(RULE, fixture('required')), [
      // The root has no key of its own: its first key stands for it.
      expect(
        range(1, 0, 1, 9),
        "De verplichte sleutel 'meldcode' ontbreekt bovenaan het protocol.",
        "The required key 'meldcode' is missing at the top of the protocol.",
      ),
      expect(
        range(2, 0, 2, 11),
        "De verplichte sleutel 'naam' ontbreekt in 'organisatie'.",
        "The required key 'naam' is missing in 'organisatie'.",
      ),
      expect(
        range(5, 4, 5, 8),
        "De verplichte sleutel 'id' ontbreekt in item 1 van 'aandachtsfunctionarissen'.",
        "The required key 'id' is missing in item 1 of 'aandachtsfunctionarissen'.",
      ),
      expect(
        range(8, 4, 8, 9),
        "De verplichte sleutel 'stap' ontbreekt in item 1 van 'stappen'.",
        "The required key 'stap' is missing in item 1 of 'stappen'.",
      ),
      expect(
        range(10, 4, 10, 6),
        "De verplichte sleutel 'vraag' ontbreekt in item 1 van 'afwegingskader'.",
        "The required key 'vraag' is missing in item 1 of 'afwegingskader'.",
      ),
    ]);
  });

  it('explains how to write a date, and rejects malformed e-mail addresses and ids', () => {
    assertFindings(findingsOf(RULE, fixture('formats')), [
      expect(
        range(4, 15, 4, 25),
        "'2026-02-30' is geen geldige datum (vastgesteld op); schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2027-03-01.",
        "'2026-02-30' is not a valid date (adopted on); write it as YYYY-MM-DD, for example 2027-03-01.",
      ),
      expect(
        range(5, 16, 5, 24),
        "'1-3-2028' is geen geldige datum (herzien vóór); schrijf 1 maart 2028 als JJJJ-MM-DD: 2028-03-01.",
        "'1-3-2028' is not a valid date (review by); write 1 March 2028 as YYYY-MM-DD: 2028-03-01.",
      ),
      expect(range(8, 11, 8, 20), "'m.jansen@' is geen geldig e-mailadres.", "'m.jansen@' is not a valid e-mail address."),
      expect(
        range(9, 8, 9, 16),
        "'De Vries' is geen geldig id: gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld 'de-vries'.",
        "'De Vries' is not a valid id: use only lower-case letters, digits and hyphens, for example 'de-vries'.",
      ),
      expect(
        range(10, 11, 10, 44),
        "'a.devries at zonnebloem.example' is geen geldig e-mailadres.",
        "'a.devries at zonnebloem.example' is not a valid e-mail address.",
      ),
    ]);
  });

  describe('a date written the Dutch way', () => {
    const protocol = completeProtocol();
    const withDate = (written: string): string => variant(protocol, '  vastgesteld: 2026-03-01', `  vastgesteld: ${written}`);
    /** The text after the finding's automatic fix, as --fix and "fix all" apply it. */
    const fixed = (text: string): string => applyFixes(text, findingsOf(RULE, text)).text;

    it('writes d-m-yyyy and dd-mm-yyyy as YYYY-MM-DD with an automatic fix, the date in words in the message', () => {
      const text = withDate('1-3-2026');
      const [finding] = findingsOf(RULE, text);
      assert.deepEqual(finding.message, {
        nl: "'1-3-2026' is geen geldige datum (vastgesteld op); schrijf 1 maart 2026 als JJJJ-MM-DD: 2026-03-01.",
        en: "'1-3-2026' is not a valid date (adopted on); write 1 March 2026 as YYYY-MM-DD: 2026-03-01.",
      });
      assert.deepEqual(finding.fix?.title, { nl: "Vervang door '2026-03-01'", en: "Replace with '2026-03-01'" });
      assert.equal(finding.suggestions, undefined);
      assert.match(fixed(text), /\n {2}vastgesteld: 2026-03-01\n/);
      assert.match(fixed(withDate('01-03-2026')), /\n {2}vastgesteld: 2026-03-01\n/);
      assert.match(fixed(withDate('1/12/2026')), /\n {2}vastgesteld: 2026-12-01\n/);
      // Quoted, the date is replaced inside its quotes.
      assert.match(fixed(withDate('"15-3-2026"')), /\n {2}vastgesteld: "2026-03-15"\n/);
    });

    it('offers no date that does not exist, and leaves other forms to the general message', () => {
      for (const written of ['31-2-2026', '1-13-2026', '2026-3-1', '1-3-26']) {
        const [finding] = findingsOf(RULE, withDate(written));
        assert.equal(finding.fix, undefined, written);
        assert.equal(finding.message.en, `'${written}' is not a valid date (adopted on); write it as YYYY-MM-DD, for example 2027-03-01.`);
      }
    });
  });

  describe('a text with ": " that YAML reads as a key and a value', () => {
    const protocol = completeProtocol();
    const ACTIONS = '    acties: [Noteer wat u ziet en hoort, met datum en bron.]';
    const ACTION = '    acties:\n      - Noteer wat u ziet en hoort, met datum en bron.';
    const withAction = (written: string): string => variant(protocol, ACTIONS, `${ACTION}\n      - ${written}`);
    const lineOf = (text: string, written: string): number => text.split('\n').indexOf(`      - ${written}`);

    it('says the text holds ": " and must be quoted, on the whole text, and quotes it keeping every character', () => {
      const written = 'Let op: bij acuut gevaar direct 112 bellen.';
      const text = withAction(written);
      const line = lineOf(text, written);
      assertFindings(findingsOf(RULE, text), [
        expect(
          range(line, 8, line, 8 + written.length),
          'Deze tekst (actie) bevat een dubbele punt met een spatie (": "), waardoor hij gelezen wordt als de sleutel \'Let op\' met een waarde; zet de hele tekst tussen aanhalingstekens.',
          'This text (action) contains a colon followed by a space (": "), so it is read as the key \'Let op\' with a value; put the whole text in quotes.',
        ),
      ]);
      const [finding] = findingsOf(RULE, text);
      assert.deepEqual(finding.fix?.title, { nl: 'Zet de tekst tussen aanhalingstekens', en: 'Put the text in quotes' });
      const after = applyFixes(text, [finding]).text;
      assert.equal(after.split('\n')[line], '      - "Let op: bij acuut gevaar direct 112 bellen."');
      assert.deepEqual(findingsOf(RULE, after), []);
    });

    it('quotes a text with double quotes or a backslash in single quotes, and keeps spaces, # and a trailing comment apart', () => {
      const cases: Array<[string, string]> = [
        ['Zeg "stop": en bel 112.', `'Zeg "stop": en bel 112.'`],
        ["Let op:  het kind z'n veiligheid eerst", `"Let op:  het kind z'n veiligheid eerst"`],
        ["Map: C:\\dossiers van 't team", `'Map: C:\\dossiers van ''t team'`],
        ['Let op: bel 112 # in het kantoor # geen commentaar', '"Let op: bel 112"'],
        ['Let op:', '"Let op:"'],
      ];
      for (const [written, quoted] of cases) {
        const text = withAction(written);
        const after = fixed(text);
        const line = lineOf(text, written);
        assert.equal(after.split('\n')[line].slice(8, 8 + quoted.length), quoted, written);
        assert.equal(after.split('\n')[line].slice(8 + quoted.length), written.includes(' # ') ? ' # in het kantoor # geen commentaar' : '', written);
        assert.deepEqual(findingsOf(RULE, after), [], written);
      }
    });

    it('quotes such a text in a flow list too, and all of them in the file at once', () => {
      const text = variant(protocol, ACTIONS, '    acties: [Noteer wat u ziet., Let op: bel 112., "Al goed", Bel: de aandachtsfunctionaris]');
      const line = text.split('\n').findIndex((entry) => entry.startsWith('    acties: [Noteer wat u ziet.'));
      assert.deepEqual(
        findingsOf(RULE, text).map((finding) => [finding.range, finding.fix?.title.en]),
        [
          [range(line, 33, line, 49), 'Put the text in quotes'],
          [range(line, 62, line, 91), 'Put the text in quotes'],
        ],
      );
      assert.equal(fixed(text).split('\n')[line], '    acties: [Noteer wat u ziet., "Let op: bel 112.", "Al goed", "Bel: de aandachtsfunctionaris"]');
    });

    it('leaves a map written in braces alone: that was meant as a map', () => {
      const text = variant(protocol, ACTIONS, '    acties: [Noteer wat u ziet., {let-op: bel 112}]');
      assert.deepEqual(findingsOf(RULE, text).map((finding) => [finding.message.en, finding.fix]), [["Text is expected here (action).", undefined]]);
    });

    describe('wrapped over lines', () => {
      const message = (key: string): [string, string] => [
        `Deze tekst (actie) bevat een dubbele punt met een spatie (": "), waardoor hij gelezen wordt als de sleutel '${key}' met een waarde; zet de hele tekst tussen aanhalingstekens.`,
        `This text (action) contains a colon followed by a space (": "), so it is read as the key '${key}' with a value; put the whole text in quotes.`,
      ];
      /** The actions of step 1 as YAML reads them. */
      const actionsOf = (text: string): unknown => (parse(text) as { stappen: Array<{ acties: unknown }> }).stappen[0].acties;

      it('marks the whole sentence when its second line is indented further, and quotes it with the line break kept', () => {
        const text = withAction('Let op: bij acuut gevaar direct 112\n          bellen.');
        const line = lineOf(text, 'Let op: bij acuut gevaar direct 112');
        assertFindings(findingsOf(RULE, text), [expect(range(line, 8, line + 1, 17), ...message('Let op'))]);
        const [finding] = findingsOf(RULE, text);
        assert.deepEqual(finding.fix?.title, { nl: 'Zet de tekst tussen aanhalingstekens', en: 'Put the text in quotes' });
        assert.deepEqual(finding.fix?.edits.map((edit) => edit.newText), ['"Let op: bij acuut gevaar direct 112\n          bellen."']);
        const after = fixed(text);
        assert.equal(after, variant(text, '      - Let op: bij acuut gevaar direct 112\n', '      - "Let op: bij acuut gevaar direct 112\n').replace('          bellen.\n', '          bellen."\n'));
        assert.deepEqual(actionsOf(after), ['Noteer wat u ziet en hoort, met datum en bron.', 'Let op: bij acuut gevaar direct 112 bellen.']);
        assert.deepEqual(validateText(after, { today: TODAY }).map((entry) => entry.ruleId), []);
      });

      it('does the same over three lines, and for a second line that holds ": " itself under the first key', () => {
        const three = withAction('Let op: bij acuut\n          gevaar direct 112\n          bellen.');
        const line = lineOf(three, 'Let op: bij acuut');
        assertFindings(findingsOf(RULE, three), [expect(range(line, 8, line + 2, 17), ...message('Let op'))]);
        assert.deepEqual(actionsOf(fixed(three)), ['Noteer wat u ziet en hoort, met datum en bron.', 'Let op: bij acuut gevaar direct 112 bellen.']);

        // YAML reads "Daarna: ..." in the column of "Let op" as a second key of the same map.
        const second = withAction('Let op: bij acuut gevaar direct 112 bellen.\n        Daarna: de aandachtsfunctionaris informeren.');
        const secondLine = lineOf(second, 'Let op: bij acuut gevaar direct 112 bellen.');
        assertFindings(findingsOf(RULE, second), [expect(range(secondLine, 8, secondLine + 1, 52), ...message('Let op'))]);
        // The same in the column of the text: YAML reads "bellen. Daarna" as that second key.
        const inText = withAction('Let op: bij acuut gevaar direct 112\n        bellen. Daarna: de aandachtsfunctionaris informeren.');
        assertFindings(findingsOf(RULE, inText), [expect(range(secondLine, 8, secondLine + 1, 60), ...message('Let op'))]);
        assert.deepEqual(actionsOf(fixed(inText)), [
          'Noteer wat u ziet en hoort, met datum en bron.',
          'Let op: bij acuut gevaar direct 112 bellen. Daarna: de aandachtsfunctionaris informeren.',
        ]);
        const after = fixed(second);
        assert.deepEqual(after.split('\n').slice(secondLine, secondLine + 2), [
          '      - "Let op: bij acuut gevaar direct 112 bellen.',
          '        Daarna: de aandachtsfunctionaris informeren."',
        ]);
        assert.deepEqual(actionsOf(after), [
          'Noteer wat u ziet en hoort, met datum en bron.',
          'Let op: bij acuut gevaar direct 112 bellen. Daarna: de aandachtsfunctionaris informeren.',
        ]);
      });

      it('quotes it in single quotes when it holds a double quote, every character kept', () => {
        const text = withAction(`Zeg "stop": en bel bij acuut gevaar\n          direct 112 op.`);
        const [finding] = findingsOf(RULE, text);
        assert.deepEqual(finding.fix?.edits.map((edit) => edit.newText), [`'Zeg "stop": en bel bij acuut gevaar\n          direct 112 op.'`]);
        assert.deepEqual(actionsOf(fixed(text)), ['Noteer wat u ziet en hoort, met datum en bron.', 'Zeg "stop": en bel bij acuut gevaar direct 112 op.']);
      });

      it('quotes one key and value that YAML reads over lines elsewhere too: in a flow list, and a title under its key', () => {
        const flow = variant(protocol, ACTIONS, '    acties: [Noteer wat u ziet., Let op: bij acuut gevaar\n      direct 112 bellen., Bel.]');
        const line = flow.split('\n').findIndex((entry) => entry.startsWith('    acties: [Noteer'));
        assertFindings(findingsOf(RULE, flow), [expect(range(line, 33, line + 1, 24), ...message('Let op'))]);
        assert.equal(fixed(flow), variant(flow, 'Let op: bij acuut gevaar\n      direct 112 bellen.', '"Let op: bij acuut gevaar\n      direct 112 bellen."'));
        assert.deepEqual(actionsOf(fixed(flow)), ['Noteer wat u ziet.', 'Let op: bij acuut gevaar direct 112 bellen.', 'Bel.']);

        const title = variant(protocol, '    titel: Signalen in kaart brengen\n', '    titel:\n      Stap 1: signalen\n        in kaart brengen\n');
        const titleLine = title.split('\n').indexOf('      Stap 1: signalen');
        assertFindings(findingsOf(RULE, title), [
          expect(
            range(titleLine, 6, titleLine + 1, 24),
            'Deze tekst (titel) bevat een dubbele punt met een spatie (": "), waardoor hij gelezen wordt als de sleutel \'Stap 1\' met een waarde; zet de hele tekst tussen aanhalingstekens.',
            'This text (title) contains a colon followed by a space (": "), so it is read as the key \'Stap 1\' with a value; put the whole text in quotes.',
          ),
        ]);
        assert.equal((parse(fixed(title)) as { stappen: Array<{ titel: string }> }).stappen[0].titel, 'Stap 1: signalen in kaart brengen');
        // A key of the format without its colon under it may be the step's: nothing new.
        const key = variant(protocol, '    titel: Signalen in kaart brengen\n', '    titel:\n      Stap 1: signalen\n        verantwoordelijk medewerker\n');
        assert.deepEqual(findingsOf(RULE, key).map((finding) => [finding.message.en, finding.fix]), [['Text is expected here (title).', undefined]]);
      });

      it('offers nothing new where a line under it is a key: one of the format, or written like one', () => {
        for (const under of ['        contact: [bakker]', '        bellen: altijd.']) {
          const text = withAction(`Let op: bij acuut gevaar direct 112\n${under}`);
          assert.deepEqual(
            findingsOf(RULE, text).map((finding) => [finding.message.en, finding.fix]),
            [['Text is expected here (action).', undefined]],
            under,
          );
        }
        // A key of the step under a one-line sentence stays the step's.
        const text = withAction('Let op: bij acuut gevaar direct 112 bellen.');
        assert.ok(text.includes('bellen.\n    contact: [bakker]\n'));
        assert.equal(fixed(text), variant(text, '      - Let op: bij acuut gevaar direct 112 bellen.\n', '      - "Let op: bij acuut gevaar direct 112 bellen."\n'));
      });
    });

    /** The text after the automatic fixes of all findings. */
    function fixed(text: string): string {
      return applyFixes(text, findingsOf(RULE, text)).text;
    }
  });

  it('gives the allowed range for step numbers and ages', () => {
    assertFindings(findingsOf(RULE, fixture('ranges')), [
      expect(
        range(5, 18, 5, 20),
        '-1 is geen mogelijke leeftijd (leeftijd vanaf); schrijf een leeftijd in hele jaren, van 0 tot en met 120.',
        '-1 is not a possible age (age from); write an age in whole years, from 0 to 120.',
      ),
      expect(
        range(6, 18, 6, 21),
        '130 is geen mogelijke leeftijd (leeftijd tot en met); schrijf een leeftijd in hele jaren, van 0 tot en met 120.',
        '130 is not a possible age (age up to); write an age in whole years, from 0 to 120.',
      ),
      expect(
        range(8, 10, 8, 11),
        '6 ligt buiten het toegestane bereik voor stapnummer: 1 tot en met 5.',
        '6 is outside the allowed range for step number: 1 to 5.',
      ),
      expect(
        range(9, 10, 9, 11),
        '0 ligt buiten het toegestane bereik voor stapnummer: 1 tot en met 5.',
        '0 is outside the allowed range for step number: 1 to 5.',
      ),
      expect(range(10, 10, 10, 13), 'Hier wordt een geheel getal verwacht (stapnummer).', 'A whole number is expected here (step number).'),
    ]);
  });

  it('reports each offending node once, with the most useful message', () => {
    const findings = findingsOf(RULE, fixture('one-per-node'));
    assertFindings(findings, [
      // A list is both the wrong type and not one of the versions: the type is what to fix.
      expect(range(0, 0, 0, 8), 'Hier wordt tekst of een getal verwacht (formaatversie).', 'Text or a number is expected here (format version).'),
      // Two missing keys of one map are one finding.
      expect(
        range(1, 0, 1, 11),
        "De verplichte sleutels 'naam', 'sector' ontbreken in 'organisatie'.",
        "The required keys 'naam', 'sector' are missing in 'organisatie'.",
      ),
      // A number is both the wrong type and not a valid kind: the choices are what helps.
      expect(range(4, 11, 4, 12), `'5' is geen geldige soort; kies uit: ${KINDS}.`, `'5' is not a valid kind; choose from: ${KINDS}.`),
      expect(range(6, 10, 6, 15), 'Hier wordt een geheel getal verwacht (stapnummer).', 'A whole number is expected here (step number).'),
      expect(
        range(7, 13, 7, 14),
        'Hier wordt één waarde of een lijst van waarden verwacht (contact).',
        'A single value or a list of values is expected here (contact).',
      ),
    ]);
    const places = findings.map((finding) => JSON.stringify(finding.range));
    assert.equal(new Set(places).size, places.length);
  });

  it('reports an error inside an anchored map once, although an alias repeats it', () => {
    const text = 'meldcode: "1.0"\norganisatie: &org\n  naam: De Zonnebloem\n  sector: sportt\ninleiding: *org\n';
    assertFindings(
      findingsOf(RULE, text).filter((finding) => finding.range.start.line === 3),
      [
        expect(
          range(3, 10, 3, 16),
          `'sportt' is geen geldige sector — bedoelde u 'sport'? Kies uit: ${SECTORS}.`,
          `'sportt' is not a valid sector — did you mean 'sport'? Choose from: ${SECTORS}.`,
        ),
      ],
    );
  });

  it('says an empty file is empty', () => {
    const message = expect(
      range(0, 0, 0, 0),
      "Dit protocol is leeg. Begin met 'meldcode: \"1.0\"' en 'organisatie:' met de naam en sector van de organisatie.",
      "This protocol is empty. Start with 'meldcode: \"1.0\"' and 'organisatie:' with the organisation's name and sector.",
    );
    assertFindings(findingsOf(RULE, ''), [message]);
    assertFindings(findingsOf(RULE, '# alleen commentaar\n'), [message]);
  });

  it('offers a complete protocol per sector for an empty file, after its comments, in its line breaks', () => {
    const text = '# Meldcode van De Zonnebloem\r\n';
    const [finding] = findingsOf(RULE, text);
    assert.deepEqual(
      finding.suggestions?.map((suggestion) => suggestion.title.nl),
      [
        'onderwijs',
        'mbo',
        'hoger-onderwijs',
        'leerplicht',
        'kinderopvang',
        'jeugdhulp',
        'gezondheidszorg',
        'maatschappelijke-ondersteuning',
        'asielopvang',
        'justitie',
        'sport',
        'overig',
      ].map(
        (sector) => `Begin met een volledig protocol voor de sector ${sector}`,
      ),
    );
    assert.equal(finding.suggestions![4].title.en, 'Start from a complete protocol for the sector kinderopvang');
    const [edit] = finding.suggestions![4].edits;
    assert.deepEqual(edit.range, range(1, 0, 1, 0));
    const filled = text + edit.newText;
    assert.ok(filled.startsWith(text), 'the comment stays');
    assert.ok(!/[^\r]\n/.test(filled), 'every line break is CRLF, as in the file');
    assert.match(filled, /\r\n  sector: kinderopvang\r\n/);
    assert.match(filled, /\r\n  vastgesteld: 2026-11-23\r\n  herzien-voor: 2027-11-23\r\n/);
    // Only its example values are left to fill in (see placeholder-value.test.ts).
    const findings = validateText(filled, { today: TODAY }).filter((finding) => finding.ruleId !== 'placeholder-value');
    assert.deepEqual(findings, [], 'the skeleton passes every other rule');
  });

  it('starts the skeleton on a new line when the comment has no line break at the end', () => {
    const [finding] = findingsOf(RULE, '# kop');
    const [edit] = finding.suggestions![0].edits;
    assert.deepEqual(edit.range, range(0, 5, 0, 5));
    assert.ok(edit.newText.startsWith('\n# '), JSON.stringify(edit.newText.slice(0, 20)));
  });

  it('says a protocol is a mapping when the file holds a list', () => {
    assertFindings(findingsOf(RULE, '- meldcode\n- organisatie\n'), [
      expect(
        range(0, 0, 0, 10),
        "Een protocol bestaat uit sleutels met waarden, zoals 'meldcode: \"1.0\"' en 'organisatie:', niet uit losse tekst of een lijst.",
        "A protocol consists of keys with values, such as 'meldcode: \"1.0\"' and 'organisatie:', not of loose text or a list.",
      ),
    ]);
  });

  it('stays quiet when the YAML itself is broken, leaving that to yaml-syntax', () => {
    const text = 'meldcode: "1.0"\norganisatie:\n  naam: "De Zonnebloem\n  sector: kinderopvangg\nstapen: []\n';
    assertFindings(findingsOf(RULE, text), []);
    assert.ok(findingsOf('yaml-syntax', text).length > 0);
  });

  it('still checks a protocol whose only YAML problem is a duplicate key', () => {
    const text = 'meldcode: "1.0"\norganisatie:\n  naam: A\n  naam: B\n  sector: sportt\n';
    assert.equal(findingsOf('yaml-syntax', text).length, 1);
    assert.deepEqual(
      findingsOf(RULE, text).map((finding) => finding.range),
      [range(4, 10, 4, 16)],
    );
  });

  describe('format versions: a file that says 1.0 and uses what 1.1 added', () => {
    const base = completeProtocol();
    const VERSION_FIX = { nl: "Zet 'meldcode: \"1.1\"'", en: "Set 'meldcode: \"1.1\"'" };
    /** Line and columns of `value` where it first stands inside `context`. */
    const at = (text: string, context: string, value: string) => {
      const offset = text.indexOf(context) + context.indexOf(value);
      assert.ok(text.indexOf(context) !== -1 && context.includes(value), `${value} in ${context}`);
      const lines = text.slice(0, offset).split('\n');
      const line = lines.length - 1;
      return range(line, lines[line].length, line, lines[line].length + value.length);
    };
    const versionLine = (text: string) => text.split('\n').find((line) => line.startsWith('meldcode:'));
    const withRoutes = `${base}routes:\n  - id: acuut\n    soort: acuut-gevaar\n    titel: Bij acuut gevaar\n    contact: [onbekend]\n    stappen: geen\n`;

    it('names the version a new key belongs to, on the key, instead of calling it unknown', () => {
      assertFindings(findingsOf(RULE, withRoutes), [
        expect(at(withRoutes, '\nroutes:', 'routes'), "'routes' hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.", "'routes' belongs to format 1.1; set 'meldcode: \"1.1\"'."),
      ]);
    });

    it('offers to change the version, keeping its quotes, after which the key is accepted', () => {
      const [finding] = findingsOf(RULE, withRoutes);
      assert.deepEqual(finding.suggestions?.[0].title, VERSION_FIX);
      assert.equal(finding.fix, undefined, 'a change of version is offered, never applied unasked');
      const fixed = withSuggestion(withRoutes, finding);
      assert.equal(versionLine(withRoutes), 'meldcode: "1.0"');
      assert.equal(versionLine(fixed), 'meldcode: "1.1"');
      // What is inside the route is checked once the file says 1.1.
      assert.deepEqual(
        findingsOf(RULE, fixed).map((other) => other.message.en),
        ["A list is expected here (steps of the route): put each item on its own line starting with '- '."],
      );
    });

    it('writes the version in quotes when it was a bare number', () => {
      const bare = variant(withRoutes, 'meldcode: "1.0"', 'meldcode: 1.0');
      const [finding] = findingsOf(RULE, bare);
      assert.equal(versionLine(withSuggestion(bare, finding)), 'meldcode: "1.1"');
    });

    it('leaves the rules that read the model to judge what is inside, as for 1.1', () => {
      assert.deepEqual(findingsOf('reference-unknown', withRoutes).map((finding) => finding.range), [at(withRoutes, '[onbekend]', 'onbekend')]);
    });

    it('names the version of a new key in the organisation, a new value and a new shape', () => {
      const text = variant(
        variant(
          variant(variant(base, '  sector: jeugdhulp\n', '  sector: mbo\n  zelfstandig: false\n'), '  - stap: 4\n', '  - stap: [4]\n'),
          'afwegingskader:\n',
          'afwegingskader:\n  model: knmg\n  bijlage: Bijlage 2\nvervallen-afwegingskader:\n',
        ),
        '    soort: politie',
        '    soort: vertrouwenscontactpersoon',
      );
      const findings = findingsOf(RULE, text);
      assertFindings(
        findings.filter((finding) => !finding.message.en.startsWith('Unknown key')),
        [
          expect(at(text, 'sector: mbo', 'mbo'), "'mbo' als sector hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.", "'mbo' as sector belongs to format 1.1; set 'meldcode: \"1.1\"'."),
          expect(at(text, '  zelfstandig:', 'zelfstandig'), "'zelfstandig' hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.", "'zelfstandig' belongs to format 1.1; set 'meldcode: \"1.1\"'."),
          expect(
            at(text, 'soort: vertrouwenscontactpersoon', 'vertrouwenscontactpersoon'),
            "'vertrouwenscontactpersoon' als soort hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.",
            "'vertrouwenscontactpersoon' as kind belongs to format 1.1; set 'meldcode: \"1.1\"'.",
          ),
          expect(at(text, 'stap: [4]', 'stap'), "Een lijst als stapnummer hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.", "A list as step number belongs to format 1.1; set 'meldcode: \"1.1\"'."),
          expect(
            at(text, 'afwegingskader:\n  model', 'afwegingskader'),
            "Een map met sleutels als afwegingskader hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.",
            "A mapping of keys as assessment framework belongs to format 1.1; set 'meldcode: \"1.1\"'.",
          ),
        ],
      );
      for (const finding of findings.filter((other) => !other.message.en.startsWith('Unknown key'))) assert.deepEqual(finding.suggestions?.[0].title, VERSION_FIX);
    });

    it('reports a 1.0 file exactly as before otherwise: its own choices and keys, and step 0 out of range', () => {
      const text = variant(variant(variant(base, '  sector: jeugdhulp\n', '  sector: jeugdhulpp\n  kleur: blauw\n'), '  - stap: 4\n', '  - stap: 0\n'), '    soort: politie', '    soort: ambulance');
      assertFindings(findingsOf(RULE, text), [
        expect(
          at(text, 'sector: jeugdhulpp', 'jeugdhulpp'),
          `'jeugdhulpp' is geen geldige sector — bedoelde u 'jeugdhulp'? Kies uit: ${SECTORS}.`,
          `'jeugdhulpp' is not a valid sector — did you mean 'jeugdhulp'? Choose from: ${SECTORS}.`,
        ),
        expect(
          at(text, '  kleur', 'kleur'),
          `Onbekende sleutel 'kleur'; hier zijn toegestaan: ${ORGANISATION_KEYS}.`,
          `Unknown key 'kleur'; allowed here: ${ORGANISATION_KEYS}.`,
        ),
        expect(at(text, 'soort: ambulance', 'ambulance'), `'ambulance' is geen geldige soort; kies uit: ${KINDS}.`, `'ambulance' is not a valid kind; choose from: ${KINDS}.`),
        expect(at(text, 'stap: 0', '0'), '0 ligt buiten het toegestane bereik voor stapnummer: 1 tot en met 5.', '0 is outside the allowed range for step number: 1 to 5.'),
      ]);
    });

    it('calls a new key unknown, as 1.0 did, when the file has no valid version', () => {
      const text = variant(withRoutes, 'meldcode: "1.0"\n', '');
      assertFindings(findingsOf(RULE, text), [
        expect(at(text, '\norganisatie:', 'organisatie'), "De verplichte sleutel 'meldcode' ontbreekt bovenaan het protocol.", "The required key 'meldcode' is missing at the top of the protocol."),
        expect(at(text, '\nroutes:', 'routes'), `Onbekende sleutel 'routes'; hier zijn toegestaan: ${TOP_LEVEL_KEYS}.`, `Unknown key 'routes'; allowed here: ${TOP_LEVEL_KEYS}.`),
      ]);
    });

    it('checks the outcomes of the questions as choices only in a 1.1 file', () => {
      const free = variant(base, 'afwegingskader:\n  - vraag: 1\n', 'afwegingskader:\n  - vraag: 1\n    ja: ga door naar vraag 2\n');
      assertFindings(findingsOf(RULE, free), []);
      const newer = variant(free, 'meldcode: "1.0"', 'meldcode: "1.1"');
      assert.deepEqual(
        findingsOf(RULE, newer).map((finding) => [finding.range, finding.message.en]),
        [
          [
            at(newer, 'ja: ga door naar vraag 2', 'ga door naar vraag 2'),
            "'ga door naar vraag 2' is not a valid outcome if yes — did you mean 'vraag-2'? Choose from: 'melden', 'melden-en-hulp', 'hulp', 'afsluiten', 'vraag-1', 'vraag-2', 'vraag-3', 'vraag-4', 'vraag-5'.",
          ],
        ],
      );
    });
  });
});
