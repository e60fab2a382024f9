import { strict as assert } from 'node:assert';
import { applyFixes, type Finding } from '../../../server/src/engine';
import { assertFindings, completeProtocol, expecter, findingsOf, range, variant } from '../../helpers/rules';

const RULE = 'schema';
const expect = expecter(RULE, 'error');
const AGES = '    leeftijd-van: 0\n    leeftijd-tot: 18\n';

/** What the writer's edit of a fix does: each edit's range and new text. */
const edits = (finding: Finding | undefined) => finding && [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])].map((fix) => ({
  title: fix.title,
  edits: fix.edits.map(({ range: where, newText }) => ({ range: where, newText })),
}));

/** The text after applying the one quick fix (a suggestion) a finding offers. */
function withSuggestion(text: string, finding: Finding): string {
  assert.equal(finding.suggestions?.length, 1, 'expected exactly one quick fix');
  const sorted = [...finding.suggestions![0].edits].sort((a, b) => b.startOffset - a.startOffset);
  return sorted.reduce((result, edit) => result.slice(0, edit.startOffset) + edit.newText + result.slice(edit.endOffset), text);
}

describe('rule schema: ages of the target group', () => {
  const protocol = completeProtocol();
  const withAges = (written: string): string => variant(protocol, AGES, written);

  describe('an age written with its unit', () => {
    it('says to write only the number, and writes it by an automatic fix (the key already says years)', () => {
      const text = withAges('    leeftijd-van: 4 jaar oud\n    leeftijd-tot: "13 jaar"  # eind groep 8\n');
      const findings = findingsOf(RULE, text);
      assertFindings(findings, [
        expect(
          range(7, 18, 7, 28),
          "Schrijf hier alleen het getal (leeftijd vanaf): een leeftijd staat altijd in hele jaren, dus 4 in plaats van '4 jaar oud'.",
          "Write only the number here (age from): an age is always in whole years, so 4 instead of '4 jaar oud'.",
        ),
        expect(
          range(8, 18, 8, 27),
          "Schrijf hier alleen het getal (leeftijd tot en met): een leeftijd staat altijd in hele jaren, dus 13 in plaats van '13 jaar'.",
          "Write only the number here (age up to): an age is always in whole years, so 13 instead of '13 jaar'.",
        ),
      ]);
      assert.deepEqual(edits(findings[1]), [{ title: { nl: "Vervang door '13'", en: "Replace with '13'" }, edits: [{ range: range(8, 18, 8, 27), newText: '13' }] }]);
      assert.equal(findings[1].suggestions, undefined, 'the automatic fix is the only one');
      assert.equal(applyFixes(text, findings).text, withAges('    leeftijd-van: 4\n    leeftijd-tot: 13  # eind groep 8\n'));
    });

    it('reads "jaar", "jr", "jr.", "jaar oud" and "years", with or without a space', () => {
      for (const written of ['13 jaar', '13jaar', '13 jr', '13 jr.', '13 Jaar oud', '13 years', '13 years old']) {
        const text = withAges(`    leeftijd-van: 0\n    leeftijd-tot: ${written}\n`);
        assert.equal(applyFixes(text, findingsOf(RULE, text)).text, protocol.replace('leeftijd-tot: 18', 'leeftijd-tot: 13'), written);
      }
    });

    it('guesses nothing for months, words or an age over 120: the message says the age is in whole years', () => {
      const cases: Array<[string, string, string]> = [
        [
          '18 maanden',
          "'18 maanden' is geen leeftijd in hele jaren (leeftijd tot en met); schrijf alleen een geheel getal, bijvoorbeeld 12.",
          "'18 maanden' is not an age in whole years (age up to); write only a whole number, for example 12.",
        ],
        [
          'twaalf',
          "'twaalf' is geen leeftijd in hele jaren (leeftijd tot en met); schrijf alleen een geheel getal, bijvoorbeeld 12.",
          "'twaalf' is not an age in whole years (age up to); write only a whole number, for example 12.",
        ],
        [
          '12.5',
          "'12.5' is geen leeftijd in hele jaren (leeftijd tot en met); schrijf alleen een geheel getal, bijvoorbeeld 12.",
          "'12.5' is not an age in whole years (age up to); write only a whole number, for example 12.",
        ],
        [
          '130 jaar',
          '130 jaar is geen mogelijke leeftijd (leeftijd tot en met); schrijf een leeftijd in hele jaren, van 0 tot en met 120.',
          '130 jaar is not a possible age (age up to); write an age in whole years, from 0 to 120.',
        ],
      ];
      for (const [written, nl, en] of cases) {
        const findings = findingsOf(RULE, withAges(`    leeftijd-van: 0\n    leeftijd-tot: ${written}\n`));
        assertFindings(findings, [expect(range(8, 18, 8, 18 + written.length), nl, en)]);
        assert.equal(edits(findings[0])?.length, 0, written);
      }
    });

    it('keeps the quick fix for a quoted number, which the general message explains', () => {
      const [finding] = findingsOf(RULE, withAges('    leeftijd-van: 0\n    leeftijd-tot: "13"\n'));
      assert.equal(finding.message.en, 'A number is expected here (age up to); remove the quotes around 13.');
      assert.deepEqual(edits(finding), [{ title: { nl: "Vervang door '13'", en: "Replace with '13'" }, edits: [{ range: range(8, 18, 8, 22), newText: '13' }] }]);
    });
  });

  describe('an age over 120 or below 0', () => {
    it('says it is no possible age, in whole years from 0 to 120, and offers no fix', () => {
      const findings = findingsOf(RULE, withAges('    leeftijd-van: -1\n    leeftijd-tot: 130\n'));
      assertFindings(findings, [
        expect(
          range(7, 18, 7, 20),
          '-1 is geen mogelijke leeftijd (leeftijd vanaf); schrijf een leeftijd in hele jaren, van 0 tot en met 120.',
          '-1 is not a possible age (age from); write an age in whole years, from 0 to 120.',
        ),
        expect(
          range(8, 18, 8, 21),
          '130 is geen mogelijke leeftijd (leeftijd tot en met); schrijf een leeftijd in hele jaren, van 0 tot en met 120.',
          '130 is not a possible age (age up to); write an age in whole years, from 0 to 120.',
        ),
      ]);
      assert.deepEqual(findings.map(edits), [[], []]);
    });
  });

  describe('two ages in one value', () => {
    const RANGE_NL = (written: string, field = 'leeftijd vanaf') =>
      `'${written}' zijn twee leeftijden (${field}); schrijf de jongste bij 'leeftijd-van' en de oudste bij 'leeftijd-tot', elk als een geheel getal.`;
    const RANGE_EN = (written: string, field = 'age from') =>
      `'${written}' are two ages (${field}); write the youngest under 'leeftijd-van' and the oldest under 'leeftijd-tot', each as a whole number.`;
    const SPLIT = { nl: "Verdeel over 'leeftijd-van' en 'leeftijd-tot'", en: "Split into 'leeftijd-van' and 'leeftijd-tot'" };

    it('offers to split "leeftijd-van: 4-12" over both keys when there is no leeftijd-tot, keeping the comment', () => {
      const text = withAges('    leeftijd-van: 4-12  # basisschool\n');
      const findings = findingsOf(RULE, text);
      assertFindings(findings, [expect(range(7, 18, 7, 22), RANGE_NL('4-12'), RANGE_EN('4-12'))]);
      assert.equal(findings[0].fix, undefined, 'adding a key is for the writer to choose');
      assert.deepEqual(edits(findings[0]), [
        {
          title: SPLIT,
          edits: [
            { range: range(7, 18, 7, 22), newText: '4' },
            { range: range(7, 37, 7, 37), newText: '\n    leeftijd-tot: 12' },
          ],
        },
      ]);
      assert.equal(withSuggestion(text, findings[0]), withAges('    leeftijd-van: 4  # basisschool\n    leeftijd-tot: 12\n'));
    });

    it('splits "4 tot 12", "4 t/m 12 jaar" and "van 4 tot en met 12" in braces too, the numbers as written', () => {
      const inBraces = (ages: string): string => variant(protocol, `  doelgroep:\n${AGES}`, `  doelgroep: { ${ages} }\n`);
      for (const written of ['4 tot 12', '4 t/m 12 jaar', 'van 4 tot en met 12', '4 – 12']) {
        const text = inBraces(`leeftijd-van: ${written}, omschrijving: leerlingen`);
        const [finding] = findingsOf(RULE, text);
        assert.equal(finding.message.en, RANGE_EN(written), written);
        assert.equal(withSuggestion(text, finding), inBraces('leeftijd-van: 4, leeftijd-tot: 12, omschrijving: leerlingen'), written);
      }
    });

    it('splits "leeftijd-tot: 4-12" when there is no leeftijd-van, the new key before it', () => {
      const text = withAges('    leeftijd-tot: 4-12  # BSO\n');
      const [finding] = findingsOf(RULE, text);
      assert.equal(finding.message.en, RANGE_EN('4-12', 'age up to'));
      assert.deepEqual(edits(finding), [
        {
          title: SPLIT,
          edits: [
            { range: range(7, 18, 7, 22), newText: '12' },
            { range: range(7, 0, 7, 0), newText: '    leeftijd-van: 4\n' },
          ],
        },
      ]);
      assert.equal(withSuggestion(text, finding), withAges('    leeftijd-van: 4\n    leeftijd-tot: 12  # BSO\n'));
      const inBraces = variant(protocol, `  doelgroep:\n${AGES}`, '  doelgroep: { omschrijving: BSO, leeftijd-tot: 4 t/m 12 }\n');
      assert.equal(
        withSuggestion(inBraces, findingsOf(RULE, inBraces)[0]),
        variant(protocol, `  doelgroep:\n${AGES}`, '  doelgroep: { omschrijving: BSO, leeftijd-van: 4, leeftijd-tot: 12 }\n'),
      );
    });

    it('in a file with Windows line ends, adds the line with one', () => {
      const text = withAges('    leeftijd-van: 4-12\n').replace(/\n/g, '\r\n');
      const [finding] = findingsOf(RULE, text);
      assert.equal(withSuggestion(text, finding), withAges('    leeftijd-van: 4\n    leeftijd-tot: 12\n').replace(/\n/g, '\r\n'));
    });

    it('offers no split when the other key is there already, or the ages are reversed or impossible', () => {
      const cases: Array<[string, number, string, string, string]> = [
        ['    leeftijd-van: 4-12\n    leeftijd-tot: 12\n', 7, '4-12', RANGE_NL('4-12'), RANGE_EN('4-12')],
        ['    leeftijd-van: 12-4\n', 7, '12-4', RANGE_NL('12-4'), RANGE_EN('12-4')],
        ['    leeftijd-van: 4-130\n', 7, '4-130', RANGE_NL('4-130'), RANGE_EN('4-130')],
        ['    leeftijd-van: 0\n    leeftijd-tot: 4-12\n', 8, '4-12', RANGE_NL('4-12', 'leeftijd tot en met'), RANGE_EN('4-12', 'age up to')],
      ];
      for (const [written, line, value, nl, en] of cases) {
        const findings = findingsOf(RULE, withAges(written));
        assertFindings(findings, [expect(range(line, 18, line, 18 + value.length), nl, en)]);
        assert.deepEqual(edits(findings[0]), [], written);
      }
    });
  });
});
