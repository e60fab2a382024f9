/** A protocol saved under a plain YAML name is recognised, and gets a protocol name that overwrites nothing. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPlainYamlName, looksLikeProtocol, protocolNamesFor, SNIFF_LENGTH } from '../../../client/src/protocolFile';

const SAMPLES = path.resolve(__dirname, '../../../../samples');

function firstNames(name: string, count: number): string[] {
  const names: string[] = [];
  for (const candidate of protocolNamesFor(name)) {
    names.push(candidate);
    if (names.length === count) break;
  }
  return names;
}

describe('a protocol under a plain YAML name', () => {
  it('asks only about .yaml and .yml files that are not already protocols', () => {
    assert.equal(isPlainYamlName('Meldcode De Klimop.yaml'), true);
    assert.equal(isPlainYamlName('protocol.YML'), true);
    assert.equal(isPlainYamlName('de-klimop.meldcode.yaml'), false);
    assert.equal(isPlainYamlName('de-klimop.meldcode.yml'), false);
    assert.equal(isPlainYamlName('notes.md'), false);
  });

  it('recognises every sample protocol by its top-level meldcode and stappen keys', () => {
    const samples = fs.readdirSync(SAMPLES).filter((name) => name.endsWith('.meldcode.yaml'));
    assert.ok(samples.length >= 5);
    for (const name of samples) assert.equal(looksLikeProtocol(fs.readFileSync(path.join(SAMPLES, name), 'utf8')), true, name);
  });

  it('does not take other YAML for a protocol: a workflow, nested keys, one of the two keys', () => {
    assert.equal(looksLikeProtocol('name: ci\non: [push]\njobs:\n  build:\n    steps: []\n'), false);
    assert.equal(looksLikeProtocol('config:\n  meldcode: "1.1"\n  stappen: []\n'), false);
    assert.equal(looksLikeProtocol('meldcode: "1.1"\norganisatie:\n  naam: X\n'), false);
    assert.equal(looksLikeProtocol('stappen:\n  - stap: 1\n'), false);
    assert.equal(looksLikeProtocol('\uFEFFmeldcode: "1.0"\r\nstappen:\r\n  - stap: 1\r\n'), true);
  });

  it('reads only the start of a file: keys after the first 32 KB do not count', () => {
    const filler = `# ${'x'.repeat(78)}\n`.repeat(Math.ceil(SNIFF_LENGTH / 81));
    assert.equal(looksLikeProtocol(`meldcode: "1.1"\n${filler}stappen:\n  - stap: 1\n`), false);
    assert.equal(looksLikeProtocol(`meldcode: "1.1"\nstappen:\n  - stap: 1\n${filler}`), true);
  });

  it('names the renamed file X.meldcode.yaml, then X-2, X-3 (the caller skips names that exist)', () => {
    assert.deepEqual(firstNames('Meldcode De Klimop.yaml', 3), [
      'Meldcode De Klimop.meldcode.yaml',
      'Meldcode De Klimop-2.meldcode.yaml',
      'Meldcode De Klimop-3.meldcode.yaml',
    ]);
    assert.deepEqual(firstNames('protocol.yml', 2), ['protocol.meldcode.yml', 'protocol-2.meldcode.yml']);
  });
});
