import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateText } from '../../server/src/engine';
import { applyAllFixesChecked, applyEachSuggestionChecked, removalProblems } from './fix-safety';
import { TODAY } from './seeds';

const COMPLETE = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rules', 'complete.meldcode.yaml'), 'utf8');
const AGES = '    leeftijd-van: 0\n    leeftijd-tot: 18\n';
const withAges = (ages: string): string => {
  assert.ok(COMPLETE.includes(AGES));
  return COMPLETE.replace(AGES, ages);
};

describe('robustness: the fixes of ages keep the numbers the writer typed', () => {
  for (const ages of [
    '    leeftijd-van: 14   # eerste klas\n    leeftijd-tot: 4\n',
    '    leeftijd-van: 4 jaar oud\n    leeftijd-tot: "13 jaar"\n',
    '    leeftijd-van: 4-12  # BSO\n',
    '    leeftijd-van: van 4 tot en met 12 jaar\n',
    '    leeftijd-tot: 4-12  # BSO\n',
  ]) {
    it(`drop only a unit or the word between two ages: ${JSON.stringify(ages.trim())}`, () => {
      const text = withAges(ages);
      assert.deepEqual(applyAllFixesChecked(text).problems, []);
      assert.deepEqual(applyEachSuggestionChecked(text), []);
    });
  }

  it('the check still refuses an age fix that drops a number', () => {
    const text = withAges('    leeftijd-van: 4 tot 12\n');
    const finding = validateText(text, { today: TODAY }).find((candidate) => candidate.ruleId === 'schema');
    assert.ok(finding?.suggestions?.[0], 'the split is offered');
    const split = finding.suggestions[0];
    const lost = { ...split, edits: split.edits.slice(0, 1) };
    assert.deepEqual(removalProblems(text, finding, lost), [`schema fix "Split into 'leeftijd-van' and 'leeftijd-tot'" removes several words: "4 tot 12"`]);
  });
});
