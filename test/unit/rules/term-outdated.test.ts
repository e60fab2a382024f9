import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes, ruleById } from '../../../server/src/engine';
import { outdatedNames } from '../../../server/src/engine/rules/term-outdated';
import { runCli, temporaryFolder } from '../../cli/helpers';
import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'term-outdated';
const expect = expecter(RULE, 'warning');
type Where = ReturnType<typeof range>;
const outdated = (where: Where, term: string) =>
  expect(
    where,
    `"${term}" bestaat niet meer: sinds 1 januari 2015 zijn AMK en (A)SHG samen Veilig Thuis (Wmo 2015, art. 4.1.1).`,
    `"${term}" no longer exists: since 1 January 2015 the AMK and (A)SHG together are Veilig Thuis (Wmo 2015, art. 4.1.1).`,
  );
const youthCareOffice = (where: Where, term: string) =>
  expect(
    where,
    `"${term}" bestaat niet meer: sinds de Jeugdwet (1 januari 2015) liggen de taken bij de gemeente (wijkteam of jeugdteam), bij gecertificeerde instellingen (jeugdbescherming en jeugdreclassering) en, voor advies en meldingen, bij Veilig Thuis (Wmo 2015, art. 4.1.1). Noem wat in deze zin bedoeld is; daarom is er geen automatische vervanging.`,
    `"${term}" no longer exists: since the Jeugdwet (1 January 2015) its tasks lie with the municipality (wijkteam or youth team), with gecertificeerde instellingen (child protection and juvenile probation) and, for advice and reports, with Veilig Thuis (Wmo 2015, art. 4.1.1). Name what this sentence means; that is why there is no automatic replacement.`,
  );
const sport = (where: Where, term: string) =>
  expect(
    where,
    `"${term}" is een oude naam: sinds 2019 is Centrum Veilige Sport Nederland (0900-2025590) het landelijke meldpunt voor de sport (NOC*NSF; centrumveiligesport.nl).`,
    `"${term}" is an old name: since 2019 Centrum Veilige Sport Nederland (0900-2025590) is the national reporting point for sport (NOC*NSF; centrumveiligesport.nl).`,
  );

/** A protocol of two lines whose second line is `  naam: <value>`: findings on line 1, from character 8. */
const named = (value: string): string => `organisatie:\n  naam: ${value}\n`;
/** Where a piece of the value stands on line 1 of named(value). */
const at = (value: string, piece: string, from = 0): Where => {
  const index = value.indexOf(piece, from);
  assert.notEqual(index, -1, `${JSON.stringify(piece)} not in ${JSON.stringify(value)}`);
  return range(1, 8 + index, 1, 8 + index + piece.length);
};
/** The text after every automatic fix of this rule. */
const fixed = (text: string): string => applyFixes(text, findingsOf(RULE, text)).text;

describe('rule term-outdated', () => {
  it('passes "stamkaart" (amk inside a word) and leaves comments alone', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports each old name in plain, double- and single-quoted text; a long name with its abbreviation is one term', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      outdated(range(28, 10, 28, 54), 'Advies- en Meldpunt Kindermishandeling (AMK)'),
      // "het AMK", "het ASHG": the article goes with the name, as the fix replaces both.
      outdated(range(47, 91, 47, 98), 'AMK'),
      outdated(range(47, 102, 47, 110), 'ASHG'),
      outdated(range(64, 18, 64, 59), 'Advies- en Steunpunt Huiselijk Geweld'),
      outdated(range(65, 25, 65, 32), 'SHG'),
      outdated(range(65, 36, 65, 78), 'advies- en meldpunt kindermishandeling'),
    ]);
  });

  it('offers a fix titled after the text it replaces', () => {
    const [first, second] = findingsOf(RULE, ruleFixture(RULE, 'fail'));
    assert.deepEqual(first.fix?.title, {
      nl: 'Vervang "Advies- en Meldpunt Kindermishandeling (AMK)" door "Veilig Thuis"',
      en: 'Replace "Advies- en Meldpunt Kindermishandeling (AMK)" with "Veilig Thuis"',
    });
    assert.deepEqual(second.fix?.title, { nl: 'Vervang "het AMK" door "Veilig Thuis"', en: 'Replace "het AMK" with "Veilig Thuis"' });
  });

  it('fixes every term to Veilig Thuis, without the article, and touches nothing else, comments included', () => {
    const text = ruleFixture(RULE, 'fail');
    const result = applyFixes(text, findingsOf(RULE, text));
    let expected = variant(text, 'naam: Advies- en Meldpunt Kindermishandeling (AMK)', 'naam: Veilig Thuis');
    expected = variant(expected, 'advies aan het AMK of het ASHG.]', 'advies aan Veilig Thuis of Veilig Thuis.]');
    expected = variant(expected, '"Meld bij het Advies- en Steunpunt Huiselijk Geweld als', '"Meld bij Veilig Thuis als');
    expected = variant(expected, "'Bel bij twijfel het SHG of het advies- en meldpunt kindermishandeling.'", "'Bel bij twijfel Veilig Thuis of Veilig Thuis.'");
    assert.equal(result.text, expected);
    assert.equal(result.applied, 6);
    assert.match(result.text, /^# Let op: het AMK heet sinds 2015 Veilig Thuis\.$/m);
    assertFindings(findingsOf(RULE, result.text), []);
  });

  describe('a sentence that tells the history', () => {
    it('is left alone: voorheen, vroeger, het vroegere, ontstaan uit, samenvoeging van, (formerly, opvolger van, sinds 2015 ...', () => {
      for (const value of [
        'Veilig Thuis (voorheen AMK en SHG)',
        'Veilig Thuis Utrecht, v/h AMK en ASHG',
        'Veilig Thuis heette vroeger AMK.',
        'Veilig Thuis, het vroegere AMK',
        'het voormalige Steunpunt Huiselijk Geweld',
        'Veilig Thuis is ontstaan uit het AMK en het SHG',
        'Veilig Thuis, de samenvoeging van AMK en ASHG',
        'AMK en SHG zijn samengegaan in Veilig Thuis',
        'het AMK is in 2015 opgegaan in Veilig Thuis',
        'Veilig Thuis (formerly AMK and SHG)',
        'Veilig Thuis, opvolger van het AMK',
        'sinds 2015 heet het AMK Veilig Thuis',
        'sinds 1 januari 2015 is het Advies- en Meldpunt Kindermishandeling (AMK) Veilig Thuis',
        'tot 2015 belde u het AMK',
        'het AMK (nu Veilig Thuis)',
        'het AMK bestaat niet meer',
        'the AMK merged into Veilig Thuis',
        'de taken van het vroegere Bureau Jeugdzorg (BJZ) liggen nu bij het wijkteam',
        'Centrum Veilige Sport Nederland, voorheen Vertrouwenspunt Sport',
        'het Vertrouwenspunt Sport heet sinds 2019 Centrum Veilige Sport Nederland',
      ]) {
        assertFindings(findingsOf(RULE, named(JSON.stringify(value))), []);
      }
    });

    it('covers only its own sentence: an old name in the sentence before or after is reported', () => {
      const value = 'Meld bij het AMK. Veilig Thuis is ontstaan uit het AMK en het SHG. Of bel het SHG.';
      const text = named(value);
      assertFindings(findingsOf(RULE, text), [outdated(at(value, 'het AMK'), 'AMK'), outdated(at(value, 'het SHG', value.indexOf('Of')), 'SHG')]);
      assert.equal(fixed(text), named('Meld bij Veilig Thuis. Veilig Thuis is ontstaan uit het AMK en het SHG. Of bel Veilig Thuis.'));
    });

    it('is not told by an abbreviation such as "o.a." or by words that only look like history ("zo vroeg", "niet meer gaat")', () => {
      const value = 'Bel zo vroeg mogelijk o.a. het AMK als het niet meer gaat.';
      assertFindings(findingsOf(RULE, named(value)), [outdated(at(value, 'het AMK'), 'AMK')]);
    });
  });

  describe('an abbreviation with its expansion in brackets, or the other way round', () => {
    it('is one finding, and the fix replaces the whole of it with Veilig Thuis', () => {
      for (const [value, term] of [
        ['AMK (Advies- en Meldpunt Kindermishandeling)', 'AMK (Advies- en Meldpunt Kindermishandeling)'],
        ['Advies- en Meldpunt Kindermishandeling (AMK)', 'Advies- en Meldpunt Kindermishandeling (AMK)'],
        ['ASHG (Advies- en Steunpunt Huiselijk Geweld)', 'ASHG (Advies- en Steunpunt Huiselijk Geweld)'],
        ['Steunpunt Huiselijk Geweld (SHG)', 'Steunpunt Huiselijk Geweld (SHG)'],
        ['AMK ( Advies- en Meldpunt Kindermishandeling )', 'AMK ( Advies- en Meldpunt Kindermishandeling )'],
      ]) {
        assertFindings(findingsOf(RULE, named(value)), [outdated(at(value, value), term)]);
        assert.equal(fixed(named(value)), named('Veilig Thuis'), value);
      }
    });

    it('keeps what follows the brackets and drops the article before', () => {
      const value = 'Bel het AMK (Advies- en Meldpunt Kindermishandeling) Drenthe.';
      assertFindings(findingsOf(RULE, named(value)), [outdated(at(value, 'het AMK (Advies- en Meldpunt Kindermishandeling)'), 'AMK (Advies- en Meldpunt Kindermishandeling)')]);
      assert.equal(fixed(named(value)), named('Bel Veilig Thuis Drenthe.'));
    });

    it('does not join two names of different bodies, or brackets that hold more', () => {
      const value = 'AMK (Bureau Jeugdzorg) en SHG (zie Advies- en Meldpunt Kindermishandeling)';
      assertFindings(findingsOf(RULE, named(value)), [
        outdated(at(value, 'AMK'), 'AMK'),
        youthCareOffice(at(value, 'Bureau Jeugdzorg'), 'Bureau Jeugdzorg'),
        outdated(at(value, 'SHG'), 'SHG'),
        outdated(at(value, 'Advies- en Meldpunt Kindermishandeling'), 'Advies- en Meldpunt Kindermishandeling'),
      ]);
    });
  });

  describe('the article', () => {
    it('het, de, een and \'t before the name go, as Veilig Thuis takes none ("bij Veilig Thuis")', () => {
      for (const [written, expected] of [
        ['bij het AMK', 'bij Veilig Thuis'],
        ['Het AMK adviseert.', 'Veilig Thuis adviseert.'],
        ['bij de ASHG', 'bij Veilig Thuis'],
        ['bij een SHG in de buurt', 'bij Veilig Thuis in de buurt'],
        ['"Bel \'t AMK."', '"Bel Veilig Thuis."'],
        ["'Bel ''t AMK.'", "'Bel Veilig Thuis.'"],
        ["Bel ’t AMK.", 'Bel Veilig Thuis.'],
        ['"bel het AMK"', '"bel Veilig Thuis"'],
      ]) {
        assert.equal(fixed(named(written)), named(expected), written);
      }
    });

    it("is part of what is flagged and replaced: the finding covers 'het AMK' and the title names it", () => {
      const value = "'Bel ''t AMK.'";
      const [finding] = findingsOf(RULE, named(value));
      assert.deepEqual(finding.range, at(value, "''t AMK"));
      assert.deepEqual(finding.fix?.title, { nl: 'Vervang "\'t AMK" door "Veilig Thuis"', en: 'Replace "\'t AMK" with "Veilig Thuis"' });
    });

    it('with an adjective between, never gives "het regionale Veilig Thuis": the region is said after the name, or there is no fix', () => {
      for (const [written, expected] of [
        ['Meld het bij het regionale AMK.', 'Meld het bij Veilig Thuis in de regio.'],
        ['Bel het plaatselijke Advies- en Meldpunt Kindermishandeling (AMK).', 'Bel Veilig Thuis in de regio.'],
        ['Bel de lokale ASHG.', 'Bel Veilig Thuis in de regio.'],
        // What replaces "het betreffende AMK" depends on the sentence: the writer says it.
        ['Bel het betreffende AMK.', 'Bel het betreffende AMK.'],
      ]) {
        assert.equal(fixed(named(written)), named(expected), written);
        assert.doesNotMatch(fixed(named(written)), /(?:het|de|een)\s+(?:\p{Ll}+e\s+)?Veilig Thuis/iu, written);
      }
      const [finding] = findingsOf(RULE, named('Meld bij het regionale AMK.'));
      assert.deepEqual(finding.message.en, '"AMK" no longer exists: since 1 January 2015 the AMK and (A)SHG together are Veilig Thuis (Wmo 2015, art. 4.1.1).');
      assert.deepEqual(finding.fix?.title, { nl: 'Vervang "het regionale AMK" door "Veilig Thuis in de regio"', en: 'Replace "het regionale AMK" with "Veilig Thuis in de regio"' });
      assert.deepEqual(finding.range, at('Meld bij het regionale AMK.', 'het regionale AMK'));
      assert.equal(findingsOf(RULE, named('Bel het betreffende AMK.'))[0].fix, undefined);
    });

    it('stays when it belongs to another word: a compound, a possessive, or a longer word', () => {
      for (const [written, expected] of [
        ['het AMK-team', 'het Veilig Thuis-team'],
        ["de AMK's van toen", "de Veilig Thuis's van toen"],
        ['geen AMK', 'geen Veilig Thuis'],
        ['Bethet AMK', 'Bethet Veilig Thuis'],
      ]) {
        assert.equal(fixed(named(written)), named(expected), written);
      }
    });

    it('is not taken from across a line break in the source: "bij het" at the end of a line goes with the name on the next', () => {
      const text = 'kindcheck: >-\n  Meld dan bij het\n  Advies- en Steunpunt\n  Huiselijk Geweld.\n';
      assertFindings(findingsOf(RULE, text), [outdated(range(1, 15, 3, 18), 'Advies- en Steunpunt Huiselijk Geweld')]);
      assert.equal(fixed(text), 'kindcheck: >-\n  Meld dan bij Veilig Thuis.\n');
    });

    it('a Bureau Jeugdzorg finding has no fix; the Vertrouwenspunt Sport keeps its article ("het Centrum Veilige Sport Nederland")', () => {
      assert.equal(fixed(named('bij het Vertrouwenspunt Sport')), named('bij het Centrum Veilige Sport Nederland'));
      assert.equal(fixed(named('bij het Bureau Jeugdzorg')), named('bij het Bureau Jeugdzorg'));
    });
  });

  describe('addresses, ids and longer words', () => {
    it('are left alone: e-mail addresses, web addresses, file names, ids and letters around the name, in any script', () => {
      const values = [
        'AMK-zaken@delinde.example',
        'mail naar meldingen@AMK.example of info@x.nl/AMK',
        'https://www.example.nl/AMK/meldformulier',
        'www.AMK-drenthe.nl',
        'zie AMK.pdf en map/AMK_2014',
        'dossier AMK2014-03, AMK-2014 en SHG2',
        'AMKé, AMKe\u0301 (NFD), éAMK, SHGß, ШAMK, AMKⅧ, 𝐀AMK en AMK𝐀',
        'stamkaart, Amk, amk, shg, Bjz en bjz',
      ];
      for (const value of values) assertFindings(findingsOf(RULE, named(JSON.stringify(value))), []);
      // Escapes in a double-quoted value: \u00e9 after the name is a letter, \n before it is a line break.
      assertFindings(findingsOf(RULE, named('"AMK\\u00e9"')), []);
      assertFindings(findingsOf(RULE, named('"Bel\\nAMK"')), [outdated(range(1, 14, 1, 17), 'AMK')]);
    });

    it('and the values of id, vervanger, contact and soort are ids, not text', () => {
      const text = 'contactpunten:\n  - id: AMK\n    soort: SHG\n    naam: Veilig Thuis\nstappen:\n  - stap: 1\n    contact: [AMK, SHG]\n    verantwoordelijk: AMK\n';
      assertFindings(findingsOf(RULE, text), [outdated(range(7, 22, 7, 25), 'AMK')]);
    });

    it('but a name beside a word in brackets, after a colon or before a full stop is reported', () => {
      const value = '(AMK), AMK: "AMK". AMK/SHG, AMK!';
      // In a literal block, line 1 from character 2.
      const where = (from: number, length = 3): Where => range(1, 2 + from, 1, 2 + from + length);
      assertFindings(findingsOf(RULE, `kindcheck: |\n  ${value}\n`), [
        outdated(where(1), 'AMK'),
        outdated(where(7), 'AMK'),
        outdated(where(13), 'AMK'),
        outdated(where(19), 'AMK'),
        outdated(where(23), 'SHG'),
        outdated(where(28), 'AMK'),
      ]);
    });
  });

  describe('Bureau Jeugdzorg', () => {
    it('is reported, with or without its abbreviation, without a fix: what replaces it depends on the sentence', () => {
      const value = 'Overleg met Bureau Jeugdzorg Drenthe, het BJZ of Bureau Jeugdzorg (BJZ); de bureaus jeugdzorg.';
      const findings = findingsOf(RULE, named(value));
      assertFindings(findings, [
        youthCareOffice(at(value, 'Bureau Jeugdzorg'), 'Bureau Jeugdzorg'),
        youthCareOffice(at(value, 'BJZ'), 'BJZ'),
        youthCareOffice(at(value, 'Bureau Jeugdzorg (BJZ)'), 'Bureau Jeugdzorg (BJZ)'),
        youthCareOffice(at(value, 'bureaus jeugdzorg'), 'bureaus jeugdzorg'),
      ]);
      assert.deepEqual(findings.map((finding) => finding.fix), [undefined, undefined, undefined, undefined]);
      assert.equal(fixed(named(value)), named(value));
    });
  });

  describe('Vertrouwenspunt Sport', () => {
    it('is reported with a fix to Centrum Veilige Sport Nederland', () => {
      const value = 'Bel het Vertrouwenspunt Sport van NOC*NSF of het vertrouwenspunt\u00a0sport.';
      const findings = findingsOf(RULE, named(value));
      assertFindings(findings, [
        sport(at(value, 'Vertrouwenspunt Sport'), 'Vertrouwenspunt Sport'),
        sport(at(value, 'vertrouwenspunt\u00a0sport'), 'vertrouwenspunt sport'),
      ]);
      assert.deepEqual(findings[0].fix?.title, {
        nl: 'Vervang "Vertrouwenspunt Sport" door "Centrum Veilige Sport Nederland"',
        en: 'Replace "Vertrouwenspunt Sport" with "Centrum Veilige Sport Nederland"',
      });
      assert.equal(fixed(named(value)), named('Bel het Centrum Veilige Sport Nederland van NOC*NSF of het Centrum Veilige Sport Nederland.'));
    });

    it('is left alone in a sentence that names it as the old name, and a "vertrouwenspunt" alone is no name', () => {
      for (const value of ['Centrum Veilige Sport Nederland (vroeger Vertrouwenspunt Sport)', 'het vertrouwenspunt van de club', 'Vertrouwenspunt Sportief']) {
        assertFindings(findingsOf(RULE, named(value)), []);
      }
    });
  });

  describe('a protocol with every case', () => {
    const expected = ruleFixture(RULE, 'fix-all.fixed');

    it('reports what is outdated and nothing that tells the history or is an address', () => {
      assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fix-all')), [
        outdated(range(29, 37, 29, 85), 'AMK (Advies- en Meldpunt Kindermishandeling)'),
        sport(range(37, 14, 37, 35), 'Vertrouwenspunt Sport'),
        outdated(range(55, 91, 55, 98), 'AMK'),
        outdated(range(56, 49, 56, 56), 'SHG'),
        outdated(range(56, 64, 56, 67), 'AMK'),
        youthCareOffice(range(66, 83, 66, 105), 'Bureau Jeugdzorg (BJZ)'),
        outdated(range(87, 37, 88, 39), 'Advies- en Steunpunt Huiselijk Geweld'),
      ]);
    });

    it('the engine\'s fixes give exactly the expected text, and only Bureau Jeugdzorg is left', () => {
      const text = ruleFixture(RULE, 'fix-all');
      const result = applyFixes(text, findingsOf(RULE, text));
      assert.equal(result.text, expected);
      assert.equal(result.applied, 6);
      assertFindings(findingsOf(RULE, result.text), [youthCareOffice(range(66, 83, 66, 105), 'Bureau Jeugdzorg (BJZ)')]);
    });

    it('meldcode-lint --fix writes exactly the expected text', function () {
      this.timeout(60000);
      const folder = temporaryFolder();
      const file = path.join(folder, 'fix-all.meldcode.yaml');
      fs.writeFileSync(file, ruleFixture(RULE, 'fix-all'));
      const run = runCli(['--fix', '--locale', 'en', '--format', 'json', file], { cwd: folder });
      assert.equal(run.stderr, 'meldcode-lint: 6 fixes applied in 1 file.\n');
      assert.equal(fs.readFileSync(file, 'utf8'), expected);
      const [report] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[];
      assert.deepEqual(
        report.messages.map((message) => [message.ruleId, message.line, message.message.slice(0, 41)]),
        [['term-outdated', 67, '"Bureau Jeugdzorg (BJZ)" no longer exists']],
      );
    });
  });

  describe('hostile input', () => {
    // This rule alone: the point is its own time, which is linear; bench/run.ts times these inputs ("hostile input" table).
    const alone = (text: string) => findingsOf(RULE, text, { ruleSet: [ruleById(RULE)!] });

    it('100,000 letters, a name repeated without spaces, and one long id', () => {
      assertFindings(alone(named('a'.repeat(100_000))), []);
      assertFindings(alone(named('AMK'.repeat(33_000))), []);
      assertFindings(alone(named(`x${'AMK_'.repeat(25_000)}`)), []);
      // 25,000 names in one run of text, read by the scan itself (the engine shows the first 100 findings of a rule per file).
      const text = named('AMK-'.repeat(25_000));
      const names = outdatedNames(text, text.indexOf('AMK'), text.length - 1);
      assert.equal(names.length, 25_000);
      const last = text.indexOf('AMK') + 4 * 24_999;
      assert.deepEqual(names[24_999], { family: 'veilig-thuis', term: 'AMK', replaced: 'AMK', replacement: 'Veilig Thuis', start: last, end: last + 3, fixStart: last });
    });

    it('100,000 spaces inside a long name or before a name, and 100,000 full stops', () => {
      assertFindings(alone(named(`"Advies-${' '.repeat(100_000)}en Meldpunt Kindermishandeling"`)), []);
      assertFindings(alone(named(`"het${' '.repeat(100_000)}AMK"`)), [outdated(range(1, 9 + 100_003, 1, 9 + 100_006), 'AMK')]);
      assertFindings(alone(named(`"${'. '.repeat(50_000)}AMK"`)), [outdated(range(1, 9 + 100_000, 1, 9 + 100_003), 'AMK')]);
      assertFindings(alone(named(`"voorheen${' '.repeat(100_000)}AMK"`)), []);
    });
  });
});
