import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseProtocolBytes, validateDocument } from '../../server/src/engine';
import { runCli } from '../helpers/spawn';
import { hostileFolder, type HostileFolder } from './hostile-files';
import { robustnessFixtures } from './seeds';

interface JsonMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}
interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
}

const complete = readFileSync(join(robustnessFixtures, 'complete.meldcode.yaml'), 'utf8');
const vanishHook = join(robustnessFixtures, 'vanish-on-read.js');
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

function report(stdout: string): Map<string, JsonMessage[]> {
  return new Map((JSON.parse(stdout) as JsonFile[]).map((file) => [basename(file.filePath), file.messages]));
}

describe('robustness: hostile files through meldcode-lint', function () {
  this.timeout(120_000);
  let folder: HostileFolder;

  before(function () {
    // 80 ordinary files besides the hostile ones: the CLI spreads them over worker threads.
    folder = hostileFolder(complete, 80);
  });
  after(function () {
    rmSync(folder.root, { recursive: true, force: true });
  });

  it('gives each hostile file its clear finding, skips what is not a file, and checks the rest', async function () {
    const run = await runCli(['--format', 'json', '--locale', 'en', folder.root], { timeoutMs: 90_000 });
    assert.equal(run.signal, null, 'the CLI finished by itself');
    assert.doesNotMatch(run.stderr, STACK_TRACE);
    // The link to nothing cannot be read (exit 2); the loop is skipped with a note; the pipe and the folder are no files.
    assert.equal(run.code, 2, run.stderr);
    assert.deepEqual(run.stderr.trim().split('\n').sort(), [
      `meldcode-lint: '${join(folder.root, 'dood-spoor.meldcode.yaml')}' cannot be read: the file does not exist (ENOENT).`,
      `meldcode-lint: The symbolic link '${join(folder.root, 'lus')}' points to a folder above it (a loop) and was skipped.`,
    ]);
    const files = report(run.stdout);
    assert.deepEqual(
      [...files.keys()].sort(),
      [...folder.files.map((file) => file.name), ...folder.ordinary, 'binnen.meldcode.yaml'].sort(),
      'every protocol once; not the pipe, not the link to nothing',
    );
    for (const name of [...folder.ordinary, 'binnen.meldcode.yaml']) assert.deepEqual(files.get(name), [], name);

    for (const file of folder.files) {
      const messages = files.get(file.name)!;
      const { ruleId, line, column } = file.expect;
      const hit = messages.find((m) => m.ruleId === ruleId && m.line === line && m.column === column && file.expect.message.test(m.message));
      assert.ok(hit, `${file.name}: expected ${ruleId} at ${line}:${column} matching ${file.expect.message}, got ${JSON.stringify(messages.slice(0, 4))}`);
      // The CLI reports exactly what the engine finds in the same bytes.
      const engine = validateDocument(parseProtocolBytes(file.bytes)).map((f) => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message.en}`);
      assert.deepEqual(messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`).sort(), engine.sort(), file.name);
    }
  });

  it('reports a file that disappears between the folder listing and the read, and checks the others', async function () {
    for (const count of [3, 80]) {
      // 3 files are checked on the main thread, 80 over worker threads
      const root = mkdtempSync(join(tmpdir(), 'meldcode-vanish-'));
      try {
        for (let i = 0; i < count; i++) writeFileSync(join(root, `p${String(i).padStart(2, '0')}.meldcode.yaml`), complete);
        const run = await runCli(['--format', 'json', '--locale', 'en', root], {
          env: { MELDCODE_TEST_VANISH: 'p01.meldcode.yaml', NODE_OPTIONS: `--require ${JSON.stringify(vanishHook)}` },
        });
        assert.equal(run.code, 2, `${count} files: ${run.stderr}`);
        assert.equal(run.stderr, `meldcode-lint: '${join(root, 'p01.meldcode.yaml')}' disappeared during the run and was not checked.\n`);
        const files = report(run.stdout);
        assert.equal(files.size, count - 1);
        assert.equal(files.has('p01.meldcode.yaml'), false);
        for (const messages of files.values()) assert.deepEqual(messages, []);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  it('survives files deleted at random while it runs: every file is either checked or reported as gone', async function () {
    const root = mkdtempSync(join(tmpdir(), 'meldcode-churn-'));
    try {
      const names = Array.from({ length: 400 }, (_, i) => `p${String(i).padStart(3, '0')}.meldcode.yaml`);
      for (const name of names) writeFileSync(join(root, name), complete);
      const running = runCli(['--format', 'json', '--locale', 'en', root], { timeoutMs: 90_000 });
      const deleted: string[] = [];
      // spread over the start-up, the folder walk and the checking
      for (let i = 7; i < names.length; i += 13) {
        await new Promise((resolve) => setTimeout(resolve, 60));
        unlinkSync(join(root, names[i]));
        deleted.push(names[i]);
      }
      const run = await running;
      assert.equal(run.signal, null);
      assert.ok(run.code === 0 || run.code === 2, `exit ${run.code}: ${run.stderr}`);
      assert.doesNotMatch(run.stderr, STACK_TRACE);
      const checked = report(run.stdout);
      const reportedGone = [...run.stderr.matchAll(/'[^']*?(p\d{3}\.meldcode\.yaml)' (?:disappeared during the run|cannot be read[^\n]*\(ENOENT\))/g)].map((m) => m[1]);
      assert.equal(reportedGone.length, run.stderr.split('\n').filter(Boolean).length, `every line on stderr names a file that is gone:\n${run.stderr}`);
      for (const name of names) {
        const outcomes = Number(checked.has(name)) + Number(reportedGone.includes(name));
        if (deleted.includes(name)) assert.ok(outcomes <= 1, `${name} reported twice`);
        else assert.equal(outcomes, 1, `${name} was neither checked nor reported`);
      }
      assert.equal(run.code === 2, reportedGone.length > 0, 'exit 2 exactly when a file could not be read');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
