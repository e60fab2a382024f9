import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateText } from '../../server/src/engine';
import { REPO_ROOT, TODAY } from '../helpers/rules';

/**
 * Published protocols of real organisations, transcribed faithfully into the format (what the
 * document lacks stays out; see test/fixtures/real-protocols/README.md for the sources). For each,
 * expected.json lists the findings a careful reviewer expects (true findings) and the rules that
 * must stay silent because the document is lawful in that respect.
 */
const FOLDER = path.join(REPO_ROOT, 'test', 'fixtures', 'real-protocols');

interface Expectation {
  mustNotError: boolean;
  expectedRules: string[];
  absentRules: string[];
}

const expectations = JSON.parse(fs.readFileSync(path.join(FOLDER, 'expected.json'), 'utf8')) as Record<string, Expectation>;

describe('real published protocols', () => {
  it('has an expectation for every transcribed protocol', () => {
    const files = fs.readdirSync(FOLDER).filter((name) => name.endsWith('.meldcode.yaml')).sort();
    assert.deepEqual(Object.keys(expectations).sort(), files);
    assert.ok(files.length >= 6, `only ${files.length} protocols`);
  });

  for (const [file, expected] of Object.entries(expectations)) {
    describe(file, () => {
      const findings = validateText(fs.readFileSync(path.join(FOLDER, file), 'utf8'), { today: TODAY });
      const rules = new Set(findings.map((finding) => finding.ruleId));

      it('parses and fits the schema', () => {
        assert.deepEqual(findings.filter((finding) => finding.ruleId === 'schema' || finding.ruleId === 'yaml-syntax').map((finding) => finding.message.en), []);
      });

      if (expected.mustNotError) {
        it('gets no error: it is lawful', () => {
          assert.deepEqual(findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.ruleId}: ${finding.message.en}`), []);
        });
      }

      it(`reports what is really missing or wrong: ${expected.expectedRules.join(', ')}`, () => {
        assert.deepEqual(expected.expectedRules.filter((rule) => !rules.has(rule)), []);
      });

      it(`stays silent where the protocol is lawful: ${expected.absentRules.join(', ')}`, () => {
        assert.deepEqual(
          findings.filter((finding) => expected.absentRules.includes(finding.ruleId)).map((finding) => `${finding.ruleId} ${finding.range.start.line + 1}: ${finding.message.en}`),
          [],
        );
      });
    });
  }
});
