import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyFixes, validateText } from '../../server/src/engine';
import { runCli } from '../helpers/spawn';
import { parse } from 'yaml';
import { applyAll, colonSentence, mutations, randomProtocol } from './arbitraries';
import { applyAllFixesChecked, applyEachSuggestionChecked, removalProblems, resultProblems } from './fix-safety';
import { loadSeeds, TODAY } from './seeds';

const seeds = loadSeeds();
const seed = fc.constantFrom(...seeds.map((s) => ({ ...s, [fc.toStringMethod]: () => s.name })));
const mutatedProtocol = fc.tuple(seed, mutations).map(([s, list]) => applyAll(s.text, list));
const anyProtocol = fc.oneof(randomProtocol, mutatedProtocol);

/** A seed with one indented key or list item moved one to three spaces left (never to the margin). */
const slippedLeft = fc.tuple(seed, fc.nat(), fc.integer({ min: 1, max: 3 })).map(([s, at, by]) => {
  const lines = s.text.split('\n');
  const candidates = lines.flatMap((text, index) => (/^ {2,}(?:- |[a-z][a-z0-9-]*:(?: |$))/.test(text) ? [index] : []));
  const line = candidates[at % candidates.length];
  const indent = /^ */.exec(lines[line])![0].length;
  const slipped = [...lines];
  slipped[line] = ' '.repeat(Math.max(1, indent - by)) + lines[line].trimStart();
  return { original: s.text, text: slipped.join('\n'), line, [fc.toStringMethod]: () => `${s.name}, line ${line + 1} moved ${indent - Math.max(1, indent - by)} left` };
});

function assertFixesSafe(text: string): void {
  const run = applyAllFixesChecked(text);
  assert.deepEqual(run.problems, [], `fixing ${JSON.stringify(text)}`);
  const left = validateText(run.text, { today: TODAY }).filter((finding) => finding.fix);
  assert.deepEqual(left.map((finding) => finding.message.en), [], `fixable findings left after ${run.passes} passes in ${JSON.stringify(run.text)}`);
}

describe('robustness: quick fixes never remove what the user wrote (property-based)', function () {
  this.timeout(180_000);

  it('the automatic fixes replace only the outdated names, keep every other word and add no YAML error (random protocols)', function () {
    fc.assert(fc.property(randomProtocol, assertFixesSafe), { numRuns: 150 });
  });

  it('the same holds on mutated samples', function () {
    fc.assert(fc.property(mutatedProtocol, assertFixesSafe), { numRuns: 100 });
  });

  it('each suggestion, applied on its own, removes only the flagged text and adds no YAML error', function () {
    fc.assert(
      fc.property(anyProtocol, (text) => {
        assert.deepEqual(applyEachSuggestionChecked(text), [], `suggestions for ${JSON.stringify(text)}`);
      }),
      { numRuns: 60 },
    );
  });

  it('a sentence with ": " typed into the actions or a title, on one line or wrapped over lines, is quoted to read as meant and nothing else changes', function () {
    // Protocols YAML reads: in one it cannot, the schema rule does not run at all.
    const readable = seeds.filter((s) => !validateText(s.text, { today: TODAY }).some((finding) => finding.ruleId === 'yaml-syntax'));
    const typed = fc.constantFrom(...readable).chain((s) => colonSentence(s.text));
    fc.assert(
      fc.property(typed, ({ text, meant }) => {
        assertFixesSafe(text);
        if (meant === undefined) return;
        const fixed = applyAllFixesChecked(text).text;
        const actions = JSON.stringify(parse(fixed, { uniqueKeys: false }));
        assert.ok(actions.includes(JSON.stringify(meant)), `${JSON.stringify(meant)} not read from ${JSON.stringify(fixed)}`);
      }),
      { numRuns: 80 },
    );
  });

  it('a key or list item moved left of its level: "Corrigeer de inspringing", where offered, gives back the text as it was, and adds no YAML error', function () {
    let offered = 0;
    fc.assert(
      fc.property(slippedLeft, ({ original, text, line }) => {
        assert.deepEqual(applyEachSuggestionChecked(text), [], `suggestions for ${JSON.stringify(text)}`);
        const lineStart = text.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
        for (const finding of validateText(text, { today: TODAY })) {
          const fix = finding.suggestions?.find((suggestion) => suggestion.title.en === 'Correct the indentation');
          if (!fix || fix.edits[0].startOffset !== lineStart) continue;
          offered++;
          assert.equal(applyFixes(text, [{ ...finding, fix }]).text, original, `the indentation fix of line ${line + 1} in ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 80 },
    );
    // Most such slips in the samples are clear: the property is not met by offering nothing.
    assert.ok(offered >= 40, `the fix was offered ${offered} times in 80 runs`);
  });

  it('the check itself notices a fix that takes a word away or breaks the YAML', function () {
    const text = 'organisatie:\n  naam: Het AMK van Noord\n';
    const [finding] = validateText(text, { today: TODAY }).filter((f) => f.ruleId === 'term-outdated');
    assert.ok(finding?.fix, 'the sample has a fixable outdated term');
    // The article goes with the name: "Het AMK van Noord" becomes "Veilig Thuis van Noord".
    assert.deepEqual(
      finding.fix.edits.map(({ startOffset, endOffset, newText }) => ({ startOffset, endOffset, newText })),
      [{ startOffset: 21, endOffset: 28, newText: 'Veilig Thuis' }],
    );
    assert.deepEqual(removalProblems(text, finding, finding.fix), []);
    const greedy = { ...finding.fix, edits: [{ ...finding.fix.edits[0], endOffset: 32 }] };
    assert.deepEqual(removalProblems(text, finding, greedy), [
      'term-outdated fix "Replace "Het AMK" with "Veilig Thuis"" removes "Het AMK van", outside the flagged "Het AMK"',
      'term-outdated fix removes "Het AMK van", which is not an outdated name',
    ]);
    const amk = [{ start: 25, end: 28 }];
    assert.deepEqual(resultProblems(text, 'organisatie:\n  naam: Het Veilig Thuis van Noord\n', amk), []);
    assert.deepEqual(resultProblems(text, 'organisatie:\n  naam: Het Veilig Thuis Noord\n', amk), [
      'the text "van" (word 4 of the user\'s) is gone or out of order',
    ]);
    assert.deepEqual(resultProblems(text, 'organisatie:\n  naam: Noord Het Veilig Thuis van\n', amk), [
      'the text "Noord" (word 5 of the user\'s) is gone or out of order',
    ]);
    const broken = resultProblems(text, 'organisatie:\n  naam: Het Veilig: Thuis van Noord\n', amk);
    assert.equal(broken.length, 1, broken.join('\n'));
    assert.match(broken[0], /^the fix introduced a YAML error: /);
  });

  it('meldcode-lint --fix writes files that keep every word but the outdated names and parse as before', async function () {
    const folder = mkdtempSync(join(tmpdir(), 'meldcode-fix-'));
    try {
      let round = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(anyProtocol, { minLength: 1, maxLength: 5 }), async (texts) => {
          const dir = join(folder, `round-${round++}`);
          const files = texts.map((text, i) => join(dir, `p${i}.meldcode.yaml`));
          rmSync(dir, { recursive: true, force: true });
          mkdirSync(dir, { recursive: true });
          texts.forEach((text, i) => writeFileSync(files[i], text));
          // What is on disk: a lone surrogate, for one, is written as U+FFFD.
          const originals = files.map((file) => readFileSync(file, 'utf8'));
          const result = await runCli(['--fix', '--format', 'json', '--locale', 'en', dir], { timeoutMs: 60_000 });
          assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr}`);
          originals.forEach((original, i) => {
            const written = readFileSync(files[i], 'utf8');
            // the CLI reads bytes: a BOM is not part of the text it fixes
            const before = original.replace(/^\uFEFF/, '');
            const after = written.replace(/^\uFEFF/, '');
            const removed = validateText(before, { today: TODAY })
              .filter((finding) => finding.ruleId === 'term-outdated' && finding.fix)
              .flatMap((finding) => finding.fix!.edits.map((edit) => ({ start: edit.startOffset, end: edit.endOffset })));
            assert.deepEqual(resultProblems(before, after, removed), [], `--fix of ${JSON.stringify(original)} wrote ${JSON.stringify(written)}`);
            const left = validateText(after, { today: TODAY }).filter((finding) => finding.ruleId === 'term-outdated');
            assert.deepEqual(left.map((f) => f.message.en), [], `outdated names left after --fix in ${JSON.stringify(written)}`);
          });
        }),
        { numRuns: 15 },
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
