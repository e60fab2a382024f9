import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { applyFixes, validateText, type Finding } from '../../../server/src/engine';
import { TODAY, completeProtocol, expecter, assertFindings, findingsOf, range, ruleFixture, seen, variant } from '../../helpers/rules';

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

  describe('a sentence with ": " wrapped over lines, which YAML cannot read', () => {
    const protocol = completeProtocol();
    const ACTIONS = '    acties: [Noteer wat u ziet en hoort, met datum en bron.]';
    const withAction = (written: string): string => variant(protocol, ACTIONS, `    acties:\n      - Noteer wat u ziet en hoort, met datum en bron.\n      - ${written}`);
    const lineOf = (text: string, start: string): number => text.split('\n').findIndex((line) => line.startsWith(start));
    // Worded as the schema rule words such an action on one line, which YAML can read.
    const withColon = (where: ReturnType<typeof range>) =>
      expect(
        where,
        'Deze tekst (actie) bevat een dubbele punt met een spatie (": "), waardoor hij gelezen wordt als de sleutel \'Let op\' met een waarde; zet de hele tekst tussen aanhalingstekens.',
        'This text (action) contains a colon followed by a space (": "), so it is read as the key \'Let op\' with a value; put the whole text in quotes.',
      );
    const valueWithColon = (where: ReturnType<typeof range>) =>
      expect(
        where,
        'Deze tekst bevat een dubbele punt met een spatie (": "), die YAML leest als het begin van een sleutel; zet de hele tekst tussen aanhalingstekens.',
        'This text contains a colon followed by a space (": "), which YAML reads as the start of a key; put the whole text in quotes.',
      );
    /** The step's actions and title as YAML reads them. */
    const stepOf = (text: string): unknown => {
      const { titel, acties } = (parse(text) as { stappen: Array<{ titel: unknown; acties: unknown }> }).stappen[0];
      return { titel, acties };
    };
    const fixed = (text: string): string => applyFixes(text, findingsOf(RULE, text)).text;
    const TITLE = 'Signalen in kaart brengen';

    it('marks the whole sentence whose second line stands in the column of its text, and quotes it with the line break kept', () => {
      const text = withAction('Let op: bij acuut gevaar direct 112\n        bellen.');
      const line = lineOf(text, '      - Let op:');
      const findings = findingsOf(RULE, text);
      assertFindings(findings, [withColon(range(line, 8, line + 1, 15))]);
      assert.deepEqual(findings[0].fix?.title, { nl: 'Zet de tekst tussen aanhalingstekens', en: 'Put the text in quotes' });
      assert.deepEqual(findings[0].fix?.edits.map((edit) => edit.newText), ['"Let op: bij acuut gevaar direct 112\n        bellen."']);
      const after = fixed(text);
      assert.equal(after, variant(text, '      - Let op: bij acuut gevaar direct 112\n        bellen.\n', '      - "Let op: bij acuut gevaar direct 112\n        bellen."\n'));
      assert.deepEqual(stepOf(after), { titel: TITLE, acties: ['Noteer wat u ziet en hoort, met datum en bron.', 'Let op: bij acuut gevaar direct 112 bellen.'] });
      assert.deepEqual(validateText(after, { today: TODAY }).map((finding) => finding.ruleId), []);
    });

    it('reads the sentence as meant over three lines, with two ": ", and with ": " on the second line', () => {
      const cases: Array<[string, number, number, string]> = [
        ['Let op: bij acuut\n        gevaar direct 112\n        bellen.', 2, 15, 'Let op: bij acuut gevaar direct 112 bellen.'],
        ['Let op: bij acuut gevaar: direct 112\n        bellen.', 1, 15, 'Let op: bij acuut gevaar: direct 112 bellen.'],
        ['Let op: bij acuut gevaar: direct 112\n          bellen.', 1, 17, 'Let op: bij acuut gevaar: direct 112 bellen.'],
        ['Let op: bij acuut gevaar direct 112 bellen.\n          Daarna: informeer de aandachtsfunctionaris.', 1, 53, 'Let op: bij acuut gevaar direct 112 bellen. Daarna: informeer de aandachtsfunctionaris.'],
      ];
      for (const [written, lines, end, meant] of cases) {
        const text = withAction(written);
        const line = lineOf(text, '      - Let op:');
        assertFindings(findingsOf(RULE, text), [withColon(range(line, 8, line + lines, end))]);
        const after = fixed(text);
        assert.equal(after, variant(text, written, `"${written}"`), written);
        assert.deepEqual(stepOf(after), { titel: TITLE, acties: ['Noteer wat u ziet en hoort, met datum en bron.', meant] }, written);
      }
    });

    it('quotes a sentence with two ": " on one line in a list item as a whole, not only what follows its first colon', () => {
      const text = withAction('Let op: bij acuut gevaar: direct 112 bellen.');
      const line = lineOf(text, '      - Let op:');
      assertFindings(findingsOf(RULE, text), [withColon(range(line, 8, line, 52))]);
      assert.equal(fixed(text).split('\n')[line], '      - "Let op: bij acuut gevaar: direct 112 bellen."');
      assert.deepEqual(validateText(fixed(text), { today: TODAY }).map((finding) => finding.ruleId), []);
    });

    it('names the field from the list the item stands in, past the items above it; in a list the format does not know, only the text', () => {
      const text = withAction('Bel: de aandachtsfunctionaris\n        direct.\n      - Let op: bij acuut gevaar direct 112\n        bellen.');
      const line = lineOf(text, '      - Let op:');
      assert.deepEqual(findingsOf(RULE, text).map((finding) => [finding.range.start.line, finding.message.en]), [
        [line - 2, 'This text (action) contains a colon followed by a space (": "), so it is read as the key \'Bel\' with a value; put the whole text in quotes.'],
        [line, 'This text (action) contains a colon followed by a space (": "), so it is read as the key \'Let op\' with a value; put the whole text in quotes.'],
      ]);
      const notes = `${protocol}notities:\n  - Let op: bij acuut gevaar direct 112\n    bellen.\n`;
      const notesLine = lineOf(notes, '  - Let op:');
      assertFindings(findingsOf(RULE, notes), [valueWithColon(range(notesLine, 4, notesLine + 1, 11))]);
    });

    it('quotes a wrapped title, keeps a comment after the last line outside the quotes, and keeps CRLF line ends', () => {
      const title = variant(protocol, `    titel: ${TITLE}`, '    titel: Stap 1: signalen in kaart\n      brengen # zie bijlage');
      const line = lineOf(title, '    titel: Stap 1:');
      assertFindings(findingsOf(RULE, title), [valueWithColon(range(line, 11, line + 1, 13))]);
      const after = fixed(title);
      assert.equal(after, variant(title, 'Stap 1: signalen in kaart\n      brengen # zie', '"Stap 1: signalen in kaart\n      brengen" # zie'));
      assert.deepEqual(stepOf(after), { titel: 'Stap 1: signalen in kaart brengen', acties: ['Noteer wat u ziet en hoort', 'met datum en bron.'] });

      const crlf = withAction('Let op: bij acuut gevaar direct 112\n        bellen.').replace(/\n/g, '\r\n');
      assert.equal(fixed(crlf), crlf.replace('- Let op: bij acuut gevaar direct 112\r\n        bellen.', '- "Let op: bij acuut gevaar direct 112\r\n        bellen."'));
      assert.deepEqual(stepOf(fixed(crlf)), { titel: TITLE, acties: ['Noteer wat u ziet en hoort, met datum en bron.', 'Let op: bij acuut gevaar direct 112 bellen.'] });
    });

    it('offers nothing new where it is not certain: a comment between its lines, or a line under it that is a key', () => {
      const cases: Array<[string, string]> = [
        ['Let op: bij acuut gevaar # bel\n        direct 112.', 'A character is missing here, such as a colon after a key, a closing quote or a bracket.'],
        ['Let op: bij acuut gevaar direct 112\n        verantwoordelijk medewerker', "A colon is missing after 'verantwoordelijk': write 'verantwoordelijk: …'."],
      ];
      for (const [written, message] of cases) {
        const findings = findingsOf(RULE, withAction(written));
        assert.deepEqual(findings.map((finding) => [finding.message.en, finding.fix]), [[message, undefined]], written);
      }
      const key = findingsOf(RULE, withAction('Let op: bij acuut gevaar direct 112\n          verantwoordelijk: medewerker'));
      assert.equal(key.length, 1);
      assert.equal(key.some((finding) => finding.fix !== undefined || /colon followed by a space/.test(finding.message.en)), false);
      // A title whose next line stands in the column of the keys: only the first line is the title's.
      const title = variant(protocol, `    titel: ${TITLE}`, '    titel: Stap 1: signalen in kaart\n    brengen');
      const line = lineOf(title, '    titel: Stap 1:');
      assert.deepEqual(findingsOf(RULE, title)[0].fix?.edits.map((edit) => [edit.startOffset, edit.endOffset, edit.newText]), [
        [title.indexOf('Stap 1:'), title.indexOf('Stap 1:') + 'Stap 1: signalen in kaart'.length, '"Stap 1: signalen in kaart"'],
      ]);
      assert.equal(findingsOf(RULE, title)[0].range.end.line, line);
    });
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

    it('offers no fix for a line indented too little that fits no column: it may as well belong to a parent further out', () => {
      // Three spaces under a list item whose keys stand at four, after a line that is itself a parent: no sibling on the line above.
      const text = protocol(OFFICER.replace('    telefoon:', '    bereikbaarheid:\n      maandag: ja\n     telefoon:'));
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

  describe('a line indented less than the lines of its level', () => {
    const PROTOCOL = [
      'meldcode: "1.0"',
      'organisatie:',
      '  naam: De Regenboog',
      '  sector: onderwijs',
      '  doelgroep:',
      '    leeftijd-van: 4',
      '    leeftijd-tot: 13',
      '  plaats: Amersfoort',
      'aandachtsfunctionarissen:',
      '  - id: bakker',
      '    naam: Sanne Bakker',
      '    functie: Intern begeleider',
      '    telefoon: "033-4561234"',
      'stappen:',
      '  - stap: 1',
      '    titel: Signalen in kaart brengen',
      '    acties:',
      '      - Observeer het kind.',
      '      - Bespreek een eerste zorg.',
      '    contact: [bakker]',
      '',
    ].join('\n');
    /** The protocol with line `line` (0-based) indented by `spaces` spaces. */
    const indented = (line: number, spaces: number, text = PROTOCOL): string =>
      text
        .split('\n')
        .map((written, index) => (index === line ? ' '.repeat(spaces) + written.trimStart() : written))
        .join('\n');
    const short = (where: ReturnType<typeof range>, spacesNl: string, spacesEn: string, key: string, sibling: string) =>
      expect(
        where,
        `Deze regel springt ${spacesNl} te weinig in: '${key}' hoort in dezelfde kolom als '${sibling}' op de regel erboven.`,
        `This line is indented ${spacesEn} too little: '${key}' belongs in the same column as '${sibling}' on the line above.`,
      );
    /** The one suggestion of the one finding, as [title, [range, new text] per edit]. */
    const suggestion = (findings: readonly Finding[]) =>
      findings.flatMap((finding) => finding.suggestions ?? []).map((fix) => [fix.title.nl, fix.title.en, fix.edits.map((edit) => [edit.range, edit.newText])]);
    const suggested = (text: string, findings: readonly Finding[]): string => applyFixes(text, [{ ...findings[0], fix: findings[0].suggestions![0] }]).text;

    it('passes the protocol as written', () => {
      assertFindings(findingsOf(RULE, PROTOCOL), []);
    });

    it('marks a key under an officer indented 1 or 2 spaces too little on its indentation, and "Corrigeer de inspringing" puts it back', () => {
      for (const [spaces, spacesNl, spacesEn] of [[3, '1 spatie', '1 space'], [2, '2 spaties', '2 spaces']] as const) {
        const text = indented(12, spaces);
        const findings = findingsOf(RULE, text);
        assertFindings(findings, [short(range(12, 0, 12, spaces), spacesNl, spacesEn, 'telefoon', 'functie')]);
        assert.equal(findings[0].fix, undefined, 'a suggestion, not applied by --fix');
        assert.deepEqual(suggestion(findings), [['Corrigeer de inspringing', 'Correct the indentation', [[range(12, 0, 12, spaces + 23), '    telefoon: "033-4561234"']]]]);
        assert.equal(suggested(text, findings), PROTOCOL);
      }
    });

    it('does the same for the title of a step, a key of the organisation and a key under doelgroep', () => {
      const title = indented(15, 3);
      assertFindings(findingsOf(RULE, title), [short(range(15, 0, 15, 3), '1 spatie', '1 space', 'titel', 'stap')]);
      assert.equal(suggested(title, findingsOf(RULE, title)), PROTOCOL);
      const sector = indented(3, 1);
      assertFindings(findingsOf(RULE, sector), [short(range(3, 0, 3, 1), '1 spatie', '1 space', 'sector', 'naam')]);
      assert.equal(suggested(sector, findingsOf(RULE, sector)), PROTOCOL);
      // Three spaces too little, further out than doelgroep: still under it, where the format has the key.
      for (const [spaces, spacesNl, spacesEn] of [[3, '1 spatie', '1 space'], [1, '3 spaties', '3 spaces']] as const) {
        const age = indented(6, spaces);
        assertFindings(findingsOf(RULE, age), [short(range(6, 0, 6, spaces), spacesNl, spacesEn, 'leeftijd-tot', 'leeftijd-van')]);
        assert.equal(suggested(age, findingsOf(RULE, age)), PROTOCOL);
      }
    });

    it('names the key of its level by its line when that is not the line above', () => {
      const text = indented(19, 3);
      const findings = findingsOf(RULE, text);
      assertFindings(findings, [
        expect(
          range(19, 0, 19, 3),
          "Deze regel springt 1 spatie te weinig in: 'contact' hoort in dezelfde kolom als 'acties' op regel 17.",
          "This line is indented 1 space too little: 'contact' belongs in the same column as 'acties' on line 17.",
        ),
      ]);
      assert.equal(suggested(text, findings), PROTOCOL);
      const place = indented(7, 1);
      assertFindings(findingsOf(RULE, place), [
        expect(
          range(7, 0, 7, 1),
          "Deze regel springt 1 spatie te weinig in: 'plaats' hoort in dezelfde kolom als 'doelgroep' op regel 5.",
          "This line is indented 1 space too little: 'plaats' belongs in the same column as 'doelgroep' on line 5.",
        ),
      ]);
      assert.equal(suggested(place, findingsOf(RULE, place)), PROTOCOL);
    });

    it('marks the first key under a parent that stands left of the keys after it, naming the key below it', () => {
      const text = indented(2, 1);
      const findings = findingsOf(RULE, text);
      assertFindings(findings, [
        expect(
          range(2, 0, 2, 1),
          "Deze regel springt 1 spatie te weinig in: 'naam' hoort in dezelfde kolom als 'sector' op regel 4.",
          "This line is indented 1 space too little: 'naam' belongs in the same column as 'sector' on line 4.",
        ),
      ]);
      assert.deepEqual(suggestion(findings), [['Corrigeer de inspringing', 'Correct the indentation', [[range(2, 0, 2, 19), '  naam: De Regenboog']]]]);
      assert.equal(suggested(text, findings), PROTOCOL);
      // With one key after it, which of the two slipped is not certain.
      const two = 'meldcode: "1.0"\norganisatie:\n naam: De Regenboog\n  sector: onderwijs\n';
      assert.equal(findingsOf(RULE, two).some((finding) => /te weinig/.test(finding.message.nl)), false);
    });

    it('marks a list item under acties that slipped left, and puts its dash under the dash above', () => {
      for (const spaces of [5, 4]) {
        const text = indented(18, spaces);
        const findings = findingsOf(RULE, text);
        const count = 6 - spaces;
        assertFindings(findings, [
          expect(
            range(18, 0, 18, spaces),
            `Dit lijstitem springt ${count === 1 ? '1 spatie' : `${count} spaties`} te weinig in: het streepje hoort in dezelfde kolom als het streepje van het item erboven.`,
            `This list item is indented ${count === 1 ? '1 space' : `${count} spaces`} too little: its dash belongs in the same column as the dash of the item above.`,
          ),
        ]);
        assert.deepEqual(suggestion(findings), [['Corrigeer de inspringing', 'Correct the indentation', [[range(18, 0, 18, spaces + 27), '      - Bespreek een eerste zorg.']]]]);
        assert.equal(suggested(text, findings), PROTOCOL);
      }
      // An officer that slipped left as a whole: the lines under its dash move along.
      const officer = PROTOCOL.replace('  - id: bakker\n    naam: Sanne Bakker\n    functie: Intern begeleider\n    telefoon: "033-4561234"\n', '  - id: jansen\n    naam: Marieke Jansen\n - id: bakker\n   naam: Sanne Bakker\n   functie: Intern begeleider\n   telefoon: "033-4561234"\n');
      const findings = findingsOf(RULE, officer);
      assert.deepEqual(findings.map((finding) => [finding.range, finding.message.en]), [[range(11, 0, 11, 1), 'This list item is indented 1 space too little: its dash belongs in the same column as the dash of the item above.']]);
      assert.equal(suggested(officer, findings), PROTOCOL.replace('  - id: bakker\n', '  - id: jansen\n    naam: Marieke Jansen\n  - id: bakker\n'));
    });

    it('moves the lines under a key along when they slipped with it, and leaves them where they already stand right', () => {
      const together = PROTOCOL.replace('    acties:\n      - Observeer het kind.\n      - Bespreek een eerste zorg.\n', '   acties:\n     - Observeer het kind.\n     - Bespreek een eerste zorg.\n');
      const findings = findingsOf(RULE, together);
      assertFindings(findings, [short(range(16, 0, 16, 3), '1 spatie', '1 space', 'acties', 'titel')]);
      assert.deepEqual(suggestion(findings), [
        ['Corrigeer de inspringing', 'Correct the indentation', [[range(16, 0, 18, 32), '    acties:\n      - Observeer het kind.\n      - Bespreek een eerste zorg.']]],
      ]);
      assert.equal(suggested(together, findings), PROTOCOL);
      const alone = indented(16, 3);
      assert.deepEqual(suggestion(findingsOf(RULE, alone)), [['Corrigeer de inspringing', 'Correct the indentation', [[range(16, 0, 16, 10), '    acties:']]]]);
    });

    it('leaves a line at the column of a level further out alone: it belongs there', () => {
      // leeftijd-tot at the column of doelgroep is a key of the organisation; what the parser finds is on the line after it.
      const findings = findingsOf(RULE, indented(6, 2, PROTOCOL.replace('  plaats: Amersfoort\n', '    omschrijving: Groep 1 tot en met 8\n  plaats: Amersfoort\n')));
      assert.equal(findings.some((finding) => /te weinig/.test(finding.message.nl)), false);
      // A key of the file indented one space: a section of its own, not a key of the step above.
      const section = findingsOf(RULE, PROTOCOL.replace('stappen:', ' stappen:'));
      assert.equal(section.some((finding) => /te weinig/.test(finding.message.nl)), false);
    });

    it('offers no fix that would move a key into a map that has it already: there the line would be ignored', () => {
      const far = findingsOf(RULE, 'meldcode: "1.0"\norganisatie:\n  naam: De Regenboog\n    naam: De Wegwijzer\n  sector: onderwijs\n');
      assert.deepEqual(
        far.map((finding) => [finding.range, finding.message.en, finding.suggestions]),
        [[range(3, 0, 3, 4), "This line is indented 2 spaces too far: 'naam' belongs in the same column as 'naam' on the line above.", undefined]],
      );
      const short = findingsOf(RULE, 'meldcode: "1.0"\norganisatie:\n  naam: De Regenboog\n  sector: onderwijs\n naam: De Wegwijzer\n  plaats: Amersfoort\n');
      assert.deepEqual(
        short.map((finding) => [finding.range, finding.message.en, finding.suggestions]),
        [[range(4, 0, 4, 1), "This line is indented 1 space too little: 'naam' belongs in the same column as 'sector' on the line above.", undefined]],
      );
    });

    it('does not call the slipped key a repeat of a key further out, where the parser put it', () => {
      const text = 'meldcode: "1.0"\nonbekend-1:\n  naam: Marieke Jansen\n telefoon: "030-2718291"\nonbekend-2:\n  naam: Sanne Bakker\n telefoon: "033-4561234"\n';
      const findings = findingsOf(RULE, text);
      assertFindings(findings, [
        short(range(3, 0, 3, 1), '1 spatie', '1 space', 'telefoon', 'naam'),
        short(range(6, 0, 6, 1), '1 spatie', '1 space', 'telefoon', 'naam'),
      ]);
      assert.equal(applyFixes(text, findings.map((finding) => ({ ...finding, fix: finding.suggestions![0] }))).text, text.replace(/\n telefoon/g, '\n  telefoon'));
    });

    it('fixes slips in two sections each, and marks the first of two in one section without a fix', () => {
      const two = indented(12, 3, indented(3, 1));
      const findings = findingsOf(RULE, two);
      assertFindings(findings, [
        short(range(3, 0, 3, 1), '1 spatie', '1 space', 'sector', 'naam'),
        short(range(12, 0, 12, 3), '1 spatie', '1 space', 'telefoon', 'functie'),
      ]);
      assert.equal(applyFixes(two, findings.map((finding) => ({ ...finding, fix: finding.suggestions![0] }))).text, PROTOCOL);
      // Moving one of them back leaves the other: the section would still not read. The parser only sees the second once the first is right.
      const same = indented(12, 3, indented(10, 3));
      assertFindings(findingsOf(RULE, same), [short(range(10, 0, 10, 3), '1 spatie', '1 space', 'naam', 'id')]);
      assert.equal(findingsOf(RULE, same)[0].suggestions, undefined);
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
