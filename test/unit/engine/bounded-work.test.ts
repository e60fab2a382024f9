/**
 * Work that must stay bounded on hostile input: the edit distance and the known-id index
 * behind "did you mean", the cap on findings per rule, and the hand-written scans that
 * replace patterns which backtracked quadratically. Each replacement is checked against the
 * pattern it replaces on short random texts (where the pattern is quick), and on the long
 * input that made the pattern slow for the result. How long that input takes is shown by
 * `npm run bench` and test/robustness/hostile-inputs.test.ts (child processes with a heap cap),
 * not timed here.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseProtocol, validateText, type Rule } from '../../../server/src/engine';
import { isDisabled, readDirectives, reasonStart } from '../../../server/src/engine/directives';
import { detectIndentStyle, lineStructure } from '../../../server/src/engine/insertion';
import { PositionMapper } from '../../../server/src/engine/positions';
import { editDistance, KnownIds, MAX_SUGGESTED_ID_LENGTH } from '../../../server/src/engine/suggest';
import { FINDINGS_PER_RULE } from '../../../server/src/engine/validate';
import { codeActions } from '../../../server/src/features/code-actions';
import { cursorContext, keyAt, keyMatch } from '../../../server/src/features/cursor';
import { documentLinks, emailAddresses } from '../../../server/src/features/links';
import { saysClose } from '../../../server/src/render/route-map-view';
import { lettersBeforeAt, longIds, officersWithUnknownReferences, spacesInString } from '../../robustness/hostile-inputs';
import { TODAY } from '../../helpers/rules';

const RUNS = { numRuns: 2000, seed: 20261203 };
const textOf = (alphabet: readonly string[], maxLength = 14) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(''));

/** Levenshtein (with swaps: optimal string alignment), the whole table, no shortcuts. */
function referenceDistance(a: string, b: string, swaps: boolean): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('bounded work on hostile input', () => {
  describe('edit distance', () => {
    it('with a limit, gives the distance when it is within the limit and limit + 1 otherwise', () => {
      const word = textOf(['a', 'b', 'c'], 12);
      fc.assert(
        fc.property(word, word, fc.integer({ min: 0, max: 5 }), fc.boolean(), (a, b, limit, swaps) => {
          const exact = referenceDistance(a, b, swaps);
          assert.equal(editDistance(a, b, { limit, swaps }), exact <= limit ? exact : limit + 1, `${a} / ${b}`);
          assert.equal(editDistance(a, b, { swaps }), exact, `${a} / ${b} without a limit`);
        }),
        RUNS,
      );
    });

    it('reads two ids of 20,000 letters one letter apart within the band', () => {
      const a = 'a'.repeat(20_000);
      assert.equal(editDistance(a, `${a.slice(2)}bb`, { limit: 3 }), 2);
      assert.equal(editDistance(a, `${a.slice(0, -1)}b`, { limit: 3, swaps: true }), 1);
      assert.equal(editDistance(a, 'b'.repeat(20_000), { limit: 3 }), 4);
    });
  });

  describe('known ids', () => {
    it('knows its ids and offers the nearest for a typo, nearest first, at most as many as asked', () => {
      const known = new KnownIds(['jansen', 'de-vries', 'bakker', 'bakkers', 'veilig-thuis', 'jansen']);
      assert.deepEqual(known.ids, ['jansen', 'de-vries', 'bakker', 'bakkers', 'veilig-thuis']);
      assert.equal(known.has('bakker'), true);
      assert.equal(known.has('Bakker'), false);
      // "bakkers" is two edits from "bakkr": more than a third of five letters.
      assert.deepEqual(known.closest('bakkr', 3), ['bakker']);
      assert.deepEqual(known.closest('bakkes', 3), ['bakker', 'bakkers']);
      assert.deepEqual(known.closest('bakkr', 0), []);
      assert.deepEqual(known.closest('veiligthuis', 3), ['veilig-thuis']);
      assert.deepEqual(known.closest('JANSEN', 3), ['jansen']);
      assert.deepEqual(known.closest('politie', 3), []);
    });

    it('does not compare ids longer than 64 characters, and gives up past 2 edits', () => {
      const long = 'a'.repeat(MAX_SUGGESTED_ID_LENGTH + 1);
      const known = new KnownIds([long, 'aandachtsfunctionaris-noord']);
      assert.deepEqual(known.closest(`${long.slice(0, -1)}b`, 3), []);
      assert.deepEqual(known.closest('aandachtsfunctionaris-nrd', 3), ['aandachtsfunctionaris-noord']);
      assert.deepEqual(known.closest('aandachtsfunctionaris-nd', 3), []);
      assert.deepEqual(known.closest('aandachtsfunctionaris-zuid', 3), []);
    });
  });

  describe('reference-unknown on hostile input', () => {
    it('names a 20,000-letter id cut short, and offers neither a near match nor to add it', () => {
      const findings = validateText(longIds(20_000), { today: TODAY }).filter((f) => f.ruleId === 'reference-unknown');
      assert.equal(findings.length, 1);
      assert.equal(findings[0].message.en, `"${'a'.repeat(MAX_SUGGESTED_ID_LENGTH - 1)}…" is not an attention officer in this protocol.`);
      assert.equal(findings[0].suggestions, undefined);
    });

    it('1,700 officers with unknown stand-ins: the first 100 findings, each offering to add it at the same place, and the count of the rest', () => {
      const findings = validateText(officersWithUnknownReferences(100), { today: TODAY }).filter((f) => f.ruleId === 'reference-unknown');
      assert.equal(findings.length, FINDINGS_PER_RULE + 1);
      findings.slice(0, FINDINGS_PER_RULE).forEach((finding, i) => {
        assert.equal(finding.message.en, `"onbekend-${String(i).padStart(5, '0')}" is not an attention officer in this protocol.`);
        const id = `onbekend-${String(i).padStart(5, '0')}`;
        assert.deepEqual(finding.suggestions?.map((s) => s.title.en), [`Add "${id}" as an attention officer`]);
        assert.deepEqual(finding.suggestions?.[0].edits.map((edit) => edit.startOffset), findings[0].suggestions?.[0].edits.map((edit) => edit.startOffset));
        assert.match(finding.suggestions?.[0].edits[0].newText ?? '', new RegExp(`^  - id: ${id}\\n    naam: ""\\n`));
      });
      assert.match(findings[FINDINGS_PER_RULE].message.en, /^1,\d{3} more findings of rule "reference-unknown" were left out/);
    });
  });

  describe('findings per rule', () => {
    const reporting = (lines: readonly number[]): Rule => ({
      meta: {
        id: 'step-order',
        defaultSeverity: 'warning',
        description: { nl: '', en: '' },
        messages: { at: { nl: 'regel {line}', en: 'line {line}' } },
      },
      check(context) {
        for (const line of lines) {
          const range = { start: { line, character: 0 }, end: { line, character: 1 } };
          if (context.leftOut(range)) {
            context.report({ messageId: 'at', data: { line: 'left out' }, range });
          } else {
            context.report({ messageId: 'at', data: { line }, range });
          }
        }
      },
    });
    const text = 'meldcode: "1.0"\n'.repeat(300);

    it('shows the first 100 by position, whatever order the rule reports in, and one more that counts the rest', () => {
      const lines = Array.from({ length: 250 }, (_, i) => 249 - i);
      const findings = validateText(text, { today: TODAY, ruleSet: [reporting(lines)] });
      assert.equal(findings.length, FINDINGS_PER_RULE + 1);
      assert.deepEqual(
        findings.slice(0, FINDINGS_PER_RULE).map((f) => f.message.en),
        Array.from({ length: FINDINGS_PER_RULE }, (_, i) => `line ${i}`),
      );
      const last = findings[FINDINGS_PER_RULE];
      assert.equal(last.ruleId, 'step-order');
      assert.equal(last.severity, 'warning');
      assert.deepEqual(last.range.start, { line: 100, character: 0 });
      assert.deepEqual(last.message, {
        nl: 'Nog 150 meldingen van regel "step-order" zijn weggelaten: per bestand worden de eerste 100 getoond. Los die eerst op; daarna volgen de andere.',
        en: '150 more findings of rule "step-order" were left out: the first 100 per file are shown. Fix those first; the others follow.',
      });
    });

    it('tells a rule that reports in order which findings are left out, so it can skip their work', () => {
      const lines = Array.from({ length: 250_000 }, (_, i) => i % 300);
      const findings = validateText(text, { today: TODAY, ruleSet: [reporting(lines.sort((a, b) => a - b))] });
      assert.equal(findings.length, FINDINGS_PER_RULE + 1);
      assert.ok(findings.slice(0, FINDINGS_PER_RULE).every((f) => f.message.en !== 'line left out'));
      assert.equal(findings[FINDINGS_PER_RULE].message.en.startsWith('249,900 more findings'), true);
      assert.equal(findings[FINDINGS_PER_RULE].message.nl.startsWith('Nog 249.900 meldingen'), true);
    });

    it('shows 100 findings as they are, and does not count what a comment switched off', () => {
      const lines = Array.from({ length: 101 }, (_, i) => i + 1);
      const switchedOff = `# meldcode-disable-next-line step-order\n${text}`;
      const findings = validateText(switchedOff, { today: TODAY, ruleSet: [reporting(lines)] });
      assert.equal(findings.length, FINDINGS_PER_RULE);
      assert.equal(findings.at(-1)?.message.en, 'line 101');
    });
  });

  describe('patterns rewritten as scans', () => {
    const STRUCTURE = /^( *)((?:- +)*)([^#\s][^#]*?)?\s*(#.*)?$/;
    const KEY = /^(["']?)([^\s"':#][^"':#]*?)\1[ \t]*:(?=[ \t]|$)(.*)$/s;
    const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

    it('lineStructure reads a line as the pattern it replaces', () => {
      fc.assert(
        fc.property(textOf([' ', ' ', '-', '#', '\t', 'a', ':', '\u00a0']), (line) => {
          const match = STRUCTURE.exec(line);
          const expected = match ? { indent: match[1].length, dashes: match[2], content: match[3] ?? '' } : undefined;
          assert.deepEqual(lineStructure(line), expected, JSON.stringify(line));
        }),
        RUNS,
      );
    });

    it('keyMatch reads `key:` as the pattern it replaces', () => {
      fc.assert(
        fc.property(textOf([' ', '\t', '"', "'", ':', ':', '#', 'a', 'b', '-']), (rest) => {
          const match = KEY.exec(rest);
          const expected = match ? { quote: match[1], key: match[2], value: match[3] } : undefined;
          assert.deepEqual(keyMatch(rest), expected, JSON.stringify(rest));
        }),
        RUNS,
      );
    });

    it('emailAddresses finds what the pattern it replaces finds', () => {
      fc.assert(
        fc.property(textOf(['a', 'b', '.', '.', '@', '@', '-', ' ', '+', '!'], 20), (text) => {
          const expected = [...text.matchAll(EMAIL)].map((m): [number, number] => [m.index, m.index + m[0].length]);
          assert.deepEqual(emailAddresses(text), expected, JSON.stringify(text));
        }),
        RUNS,
      );
    });

    it('saysClose finds "sluit ... af" in a clause where the pattern it replaces does', () => {
      const CLOSE = /\bafsluiten\b|\bafronden\b|\bafgesloten\b|\b(sluit|rond)\b[^.;:]*\baf\b/;
      fc.assert(
        fc.property(textOf(['sluit', 'rond', 'af', 'afsluiten', 'afronden', 'x', ' ', ' ', '.', ';', 'ë', 'af2'], 12), (text) => {
          assert.equal(saysClose(text), CLOSE.test(text), JSON.stringify(text));
        }),
        RUNS,
      );
      assert.equal(saysClose(`${'sluit '.repeat(40_000)}.`), false);
      assert.equal(saysClose(`${'sluit '.repeat(40_000)}af`), true);
    });

    it('reasonStart cuts a directive where /\\s+--\\s+/ splits it', () => {
      fc.assert(
        fc.property(textOf([' ', '\t', '-', '-', 'a', ',']), (list) => {
          const start = reasonStart(list);
          assert.equal(start === -1 ? list : list.slice(0, start), list.split(/\s+--\s+/)[0], JSON.stringify(list));
        }),
        RUNS,
      );
    });
  });

  describe('the inputs that made those patterns slow', () => {
    it('64,000 spaces inside a quoted value: the indentation is read, and the sections the fixes add are indented by it', () => {
      const text = spacesInString(64_000);
      assert.deepEqual(detectIndentStyle(text), { unit: 2, sequenceIndent: 2, newline: '\n', blankLineBetweenSections: false });
      assert.deepEqual(lineStructure(`  naam: "De${' '.repeat(64_000)}Zonnebloem"  # x`), {
        indent: 2,
        dashes: '',
        content: `naam: "De${' '.repeat(64_000)}Zonnebloem"`,
      });
      const officer = validateText(text, { today: TODAY }).find((f) => f.ruleId === 'officer-missing');
      assert.match(officer?.suggestions?.[0]?.edits[0].newText ?? '', /^aandachtsfunctionarissen:\n {2}- id: /m);
    });

    it('80,000 letters before an @: no link; with a domain after it, one link over the whole address', () => {
      assert.deepEqual(documentLinks(parseProtocol(lettersBeforeAt(80_000))), []);
      const address = `${'a'.repeat(80_000)}@example.nl`;
      const links = documentLinks(parseProtocol(`inleiding: ${address}\n`));
      assert.deepEqual(links.map((link) => [link.range.start.character, link.range.end.character, link.target?.length]), [[11, 11 + address.length, address.length + 7]]);
    });

    it('64,000 spaces before a colon-less end: read as running text, and as no key', () => {
      const line = `  naam De${' '.repeat(64_000)}Zonnebloem`;
      const positions = new PositionMapper(`organisatie:\n${line}\n`);
      assert.equal(cursorContext(positions, { line: 1, character: line.length }).kind, 'text');
      assert.equal(keyAt(positions, { line: 1, character: 4 }), undefined);
      assert.equal(keyMatch(`a${' '.repeat(64_000)}b`), undefined);
      assert.deepEqual(keyMatch(`naam${' '.repeat(64_000)}: x`), { quote: '', key: 'naam', value: ' x' });
    });

    it('a disable comment with 64,000 spaces in its list: read, and joined by the quick fix', () => {
      const comment = `# meldcode-disable-next-line step-order${' '.repeat(64_000)}x`;
      const text = `meldcode: "1.0"\n${comment}\nkindcheck: AMK\n`;
      const directives = readDirectives(text, new PositionMapper(text));
      assert.equal(isDisabled(directives, 'step-order', 2), true);
      assert.equal(isDisabled(directives, 'x', 2), true);
      const withReason = `# meldcode-disable-next-line step-order${' '.repeat(64_000)}-- reden`;
      const reasoned = `meldcode: "1.0"\n${withReason}\nkindcheck: AMK\n`;
      assert.equal(isDisabled(readDirectives(reasoned, new PositionMapper(reasoned)), 'reden', 2), false);
      const document = parseProtocol(reasoned);
      const finding = validateText(reasoned, { today: TODAY }).find((f) => f.ruleId === 'term-outdated');
      assert.ok(finding, 'the outdated term is found');
      const actions = codeActions(document, [finding], { uri: 'file:///p.meldcode.yaml', version: 1, range: finding.range, locale: 'en', documentChanges: false });
      const disable = actions.find((action) => action.title.includes('term-outdated'));
      assert.deepEqual(disable?.edit?.changes?.['file:///p.meldcode.yaml'], [
        { range: { start: { line: 1, character: 39 }, end: { line: 1, character: 39 } }, newText: ', term-outdated' },
      ]);
    });
  });
});
