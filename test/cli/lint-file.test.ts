import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintFile } from '../../server/src/cli/lint-file';
import { lintInWorkers } from '../../server/src/cli/pool';
import type { LintOutcome, LintTask } from '../../server/src/cli/results';
import { fixtures, temporaryFolder } from './helpers';

const task = (filePath: string): LintTask => ({ filePath, rules: [], fix: false, fixErrorsOnly: false });

const summary = (outcome: LintOutcome): string =>
  outcome.kind === 'failure'
    ? `${path.basename(outcome.failure.filePath)}: ${outcome.failure.kind} ${outcome.failure.code}`
    : `${path.basename(outcome.result.filePath)}: ${outcome.result.findings.map((finding) => finding.ruleId).join(',')}`;

/** The parts of the command line that a run over real files cannot stage on demand. */
describe('meldcode-lint checking one file', function () {
  this.timeout(60000);

  it('reports a file that disappeared after it was found, instead of throwing', () => {
    const outcome = lintFile(task(path.join(temporaryFolder(), 'weg.meldcode.yaml')));
    assert.equal(summary(outcome), 'weg.meldcode.yaml: vanished ENOENT');
  });

  it('reports a file that became a folder', () => {
    const folder = temporaryFolder();
    fs.mkdirSync(path.join(folder, 'map.meldcode.yaml'));
    assert.equal(summary(lintFile(task(path.join(folder, 'map.meldcode.yaml')))), 'map.meldcode.yaml: unreadable EISDIR');
  });

  it('keeps the order of the tasks across worker threads, failures included', async () => {
    const folder = temporaryFolder();
    const tasks: LintTask[] = [];
    for (let i = 0; i < 80; i++) {
      const name = path.join(folder, `p${String(i).padStart(2, '0')}.meldcode.yaml`);
      if (i % 10 !== 3) fs.copyFileSync(path.join(fixtures, i % 2 === 0 ? 'clean.meldcode.yaml' : 'errors.meldcode.yaml'), name);
      tasks.push(task(name));
    }
    let lastProgress = 0;
    const outcomes = await lintInWorkers(tasks, 2, (done) => {
      assert.ok(done > lastProgress && done <= tasks.length);
      lastProgress = done;
    });
    assert.equal(lastProgress, 80);
    assert.deepEqual(
      outcomes.map(summary),
      tasks.map((_, i) => {
        const name = `p${String(i).padStart(2, '0')}.meldcode.yaml`;
        if (i % 10 === 3) return `${name}: vanished ENOENT`;
        return i % 2 === 0 ? `${name}: ` : `${name}: reference-unused,officer-deputy-missing,reference-unused,step-missing,reference-unknown`;
      }),
    );
  });
});
