import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseProtocol } from '../../../server/src/engine/document';
import { createRouteMapView, renderWebviewBody } from '../../../server/src/render';
import { protocolWithBases } from '../../../server/src/workspace/locations';

const BOARD = path.resolve(__dirname, '../../../..', 'samples', 'bestuur');
const SCHOOL = path.join(BOARD, 'scholen', 'de-esdoorn.meldcode.yaml');
const BASE = path.join(BOARD, 'stichting.meldcode.yaml');

/** The 0-based line of the first line of `file` that is exactly `text`. */
function lineOf(file: string, text: string): number {
  const line = fs.readFileSync(file, 'utf8').split('\n').indexOf(text);
  assert.ok(line >= 0, `${text} in ${file}`);
  return line;
}

describe('route map of a location protocol: each box points into the file it is written in', () => {
  const { document, findings, levels } = protocolWithBases(SCHOOL, parseProtocol(fs.readFileSync(SCHOOL, 'utf8')), [BOARD]);
  const view = createRouteMapView(document, { locale: 'nl', findings, levels: levels?.documents });

  it('knows the files by level: the school, then the board', () => {
    assert.deepEqual(levels?.paths, [fs.realpathSync(SCHOOL), fs.realpathSync(BASE)]);
  });

  it("a step of the base: level 1, at its line in the base; the school's own officer: no level, at its line in the school's file", () => {
    const step = view.steps.find((candidate) => candidate.number === 1)!;
    assert.deepEqual([step.location?.level, step.location?.line], [1, lineOf(BASE, '  - stap: 1')]);
    const baseText = fs.readFileSync(BASE, 'utf8');
    assert.ok(baseText.slice(step.location!.offset, step.location!.endOffset).startsWith('stap: 1\n'));
    const officer = view.officers.find((candidate) => candidate.id === 'aandachtsfunctionaris')!;
    assert.deepEqual([officer.location?.level, officer.location?.line], [undefined, lineOf(SCHOOL, '  - id: aandachtsfunctionaris')]);
  });

  it('the webview boxes carry data-level for a part of the base, which a click sends with its offsets', () => {
    const body = renderWebviewBody(view, { exportHref: 'command:x', printHref: 'command:y' });
    const step = view.steps.find((candidate) => candidate.number === 1)!;
    assert.ok(body.includes(`data-offset="${step.location!.offset}" data-end-offset="${step.location!.endOffset}" data-level="1"`));
  });
});
