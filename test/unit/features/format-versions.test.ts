import { strict as assert } from 'node:assert';
import { parseProtocol } from '../../../server/src/engine';
import { completion } from '../../../server/src/features';
import { readFixture, variant } from '../../helpers/rules';

const school = readFixture('schema', 'format-1-1-school.meldcode.yaml');
const older = variant(school, 'meldcode: "1.1"', 'meldcode: "1.0"');

/** The labels completion offers where `marker` (which is removed) stands in `text`. */
function labelsAt(text: string, marker: string): string[] {
  const at = text.indexOf(marker);
  assert.notEqual(at, -1, marker);
  const cleaned = text.slice(0, at) + text.slice(at + marker.length);
  const document = parseProtocol(cleaned);
  const position = document.positions.positionAt(at);
  return completion(document, position, { locale: 'nl', snippets: false }).items.map((item) => item.label);
}

describe('completion offers what the format version of the file has', () => {
  const TOP = '\n@@\nroutes:';
  const withMarker = (text: string) => variant(text, '\nroutes:', TOP);

  it('offers the keys of 1.1 at the top of a 1.1 file, and not in a 1.0 file', () => {
    const newer = labelsAt(variant(withMarker(school), 'bijlagen:', 'x-bijlagen:'), '@@');
    assert.ok(newer.includes('bijlagen'), newer.join(', '));
    const old = labelsAt(variant(withMarker(older), 'bijlagen:', 'x-bijlagen:'), '@@');
    assert.ok(old.includes('kindcheck') || old.includes('interventies'), old.join(', '));
    assert.equal(old.includes('bijlagen'), false, old.join(', '));
  });

  it('offers the sectors of the version', () => {
    const newer = labelsAt(variant(school, 'sector: onderwijs', 'sector: @@'), '@@');
    const old = labelsAt(variant(older, 'sector: onderwijs', 'sector: @@'), '@@');
    assert.ok(newer.includes('mbo') && newer.includes('asielopvang'));
    assert.ok(old.includes('onderwijs'));
    assert.equal(old.includes('mbo'), false);
  });

  it('offers the fixed outcomes of ja in a 1.1 file', () => {
    const newer = labelsAt(variant(school, 'ja: vraag-2', 'ja: @@'), '@@');
    assert.deepEqual(newer.slice(0, 9), ['melden', 'melden-en-hulp', 'hulp', 'afsluiten', 'vraag-1', 'vraag-2', 'vraag-3', 'vraag-4', 'vraag-5']);
  });
});
