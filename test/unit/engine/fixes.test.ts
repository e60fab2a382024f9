import { strict as assert } from 'node:assert';
import { applyFixes, type Finding } from '../../../server/src/engine';
import { PositionMapper } from '../../../server/src/engine/positions';

const TEXT = 'naam: Bel het AMK of het SHG\n';
const positions = new PositionMapper(TEXT);

/** A finding whose fix replaces the given [start, end) pieces of TEXT. */
function fixing(...edits: Array<[number, number, string]>): Finding {
  return {
    ruleId: 'term-outdated',
    severity: 'warning',
    message: { nl: 'n', en: 'e' },
    range: positions.range(edits[0][0], edits[0][1]),
    docUrl: 'https://example.invalid/rule.md',
    fix: {
      title: { nl: 'n', en: 'e' },
      edits: edits.map(([startOffset, endOffset, newText]) => ({ startOffset, endOffset, newText, range: positions.range(startOffset, endOffset) })),
    },
  };
}

const AMK: [number, number] = [TEXT.indexOf('AMK'), TEXT.indexOf('AMK') + 3];
const SHG: [number, number] = [TEXT.indexOf('SHG'), TEXT.indexOf('SHG') + 3];

describe('applyFixes', () => {
  it('applies every fix, whatever the order of the findings', () => {
    const result = applyFixes(TEXT, [fixing([...SHG, 'Veilig Thuis']), fixing([...AMK, 'Veilig Thuis'])]);
    assert.deepEqual(result, { text: 'naam: Bel het Veilig Thuis of het Veilig Thuis\n', applied: 2 });
  });

  it('leaves out a fix that overlaps one applied before it', () => {
    const wide = fixing([TEXT.indexOf('het AMK'), AMK[1], 'Veilig Thuis']);
    const narrow = fixing([...AMK, 'VT']);
    assert.deepEqual(applyFixes(TEXT, [narrow, wide]), { text: 'naam: Bel Veilig Thuis of het SHG\n', applied: 1 });
  });

  it('leaves out a whole fix when one of its edits overlaps, so no fix is half applied', () => {
    const first = fixing([...AMK, 'Veilig Thuis']);
    const both = fixing([AMK[0] + 1, AMK[1], 'X'], [...SHG, 'Y']);
    assert.deepEqual(applyFixes(TEXT, [first, both]), { text: 'naam: Bel het Veilig Thuis of het SHG\n', applied: 1 });
  });

  it('applies edits that touch without overlapping', () => {
    const before = fixing([TEXT.indexOf('het AMK'), AMK[0], '']);
    const after = fixing([...AMK, 'Veilig Thuis']);
    assert.deepEqual(applyFixes(TEXT, [after, before]), { text: 'naam: Bel Veilig Thuis of het SHG\n', applied: 2 });
  });

  it('ignores findings without a fix, and never applies suggestions', () => {
    const suggestionOnly: Finding = { ...fixing([...AMK, 'x']), fix: undefined };
    suggestionOnly.suggestions = [fixing([...AMK, 'Veilig Thuis']).fix!];
    assert.deepEqual(applyFixes(TEXT, [suggestionOnly]), { text: TEXT, applied: 0 });
    assert.deepEqual(applyFixes(TEXT, []), { text: TEXT, applied: 0 });
  });
});
