/**
 * The "Get started" walkthrough as a protocol writer meets it: Word import and a new protocol
 * first, the CI step last and addressed to reviewers, pictures large enough to read.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const readJson = <T>(relative: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8')) as T;

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; markdown?: string };
}

const manifest = readJson<{ contributes: { walkthroughs: { steps: Step[] }[] } }>('package.json');
const steps = manifest.contributes.walkthroughs[0]!.steps;
const nlsEn = readJson<Record<string, string>>('package.nls.json');
const nlsNl = readJson<Record<string, string>>('package.nls.nl.json');
const text = (nls: Record<string, string>, value: string): string => nls[value.replace(/^%|%$/g, '')] ?? value;

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(path.join(ROOT, file));
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the walkthrough', () => {
  it('starts with importing a Word protocol and a new protocol, and ends with CI for reviewers', () => {
    assert.deepEqual(steps.map((step) => step.id), ['meldcode.import', 'meldcode.create', 'meldcode.problems', 'meldcode.routemap', 'meldcode.ci']);
    assert.equal(text(nlsNl, steps[0]!.title), 'Importeer uw Word-protocol');
    assert.equal(text(nlsEn, steps[0]!.title), 'Import your Word protocol');
    assert.match(text(nlsNl, steps[0]!.description), /\(command:meldcode\.importWord\)$/);
    assert.equal(text(nlsNl, steps[1]!.title), 'Nieuw protocol');
    assert.match(text(nlsNl, steps[1]!.description), /\(command:meldcode\.newProtocol\)$/);
    assert.equal(text(nlsNl, steps[4]!.title), 'Voor beoordelaars: dezelfde controle in CI');
    assert.equal(text(nlsEn, steps[4]!.title), 'For reviewers: the same checks in CI');
  });

  it('shows pictures drawn at twice the size they are shown, so that their text can be read', () => {
    for (const step of steps.filter((candidate) => candidate.media.image)) {
      const { width, height } = pngSize(step.media.image!);
      assert.ok(width >= 1200 && width <= 1600, `${step.media.image} is ${width} pixels wide`);
      assert.ok(height >= 800 && height <= 1400, `${step.media.image} is ${height} pixels high`);
    }
  });
});
