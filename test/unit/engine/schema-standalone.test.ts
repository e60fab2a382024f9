import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parseProtocol } from '../../../server/src/engine/document';
import { compileProtocolValidator, protocolValidatorSource } from '../../../server/src/engine/schema-compile';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** Every protocol in samples/ and test/fixtures/ (the YAML files among them), recursively. */
function protocolTexts(): Array<{ file: string; text: string }> {
  const found: Array<{ file: string; text: string }> = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) found.push({ file: path.relative(REPO_ROOT, full), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(REPO_ROOT, 'samples'));
  walk(path.join(REPO_ROOT, 'test', 'fixtures'));
  return found;
}

describe('the schema validator the bundles carry (generated at build time)', () => {
  let generated: ValidateFunction;
  let compiled: ValidateFunction;

  before(() => {
    // Beside the compiled tests, so that its require of ajv-formats resolves as in the bundles.
    const file = path.join(__dirname, 'protocol-validator.generated.js');
    fs.writeFileSync(file, protocolValidatorSource());
    generated = (require(file) as { default: ValidateFunction }).default;
    compiled = compileProtocolValidator();
  });

  it('gives the errors the compiled one gives, for every sample and fixture and for broken data', () => {
    const inputs: Array<{ name: string; data: unknown }> = protocolTexts()
      .map(({ file, text }) => ({ name: file, data: parseProtocol(text).data }))
      .filter((input) => input.data !== undefined);
    assert.ok(inputs.length > 50, `only ${inputs.length} protocols found`);
    inputs.push(
      { name: 'wrong types', data: { meldcode: 1.0, organisatie: [], stappen: { stap: 'een' }, afwegingskader: 5 } },
      { name: 'bad date and e-mail', data: { meldcode: '1.1', organisatie: { naam: 'X', sector: 'onderwijs', vastgesteld: '1-3-2026' }, aandachtsfunctionarissen: [{ id: 'a', naam: 'A', email: 'geen adres' }] } },
      { name: 'hostile keys', data: JSON.parse('{"__proto__": {"x": 1}, "constructor": 2, "meldcode": "1.1"}') },
    );
    let withErrors = 0;
    for (const input of inputs) {
      const fromGenerated = generated(input.data) ? [] : generated.errors;
      const fromCompiled = compiled(input.data) ? [] : compiled.errors;
      assert.deepEqual(fromGenerated, fromCompiled, input.name);
      if (fromCompiled?.length) withErrors++;
    }
    // The comparison must have covered protocols the schema rejects, not only valid ones.
    assert.ok(withErrors >= 10, `only ${withErrors} inputs with errors`);
  });
});
