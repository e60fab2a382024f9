/**
 * Configuration files and protocols that are not regular files, or far too large: a
 * `.meldcoderc.yaml` that is a symbolic link to /dev/zero (endless), a named pipe (a read
 * that never returns), a file of 200 MB. The tools run as child processes with a small heap
 * and a time limit: reading such a file to the end would show as a crash (heap) or a kill
 * (time), never as a slow test.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli, type RunResult } from '../helpers/spawn';
import { loggedErrors, startServer } from './lsp-session';
import { robustnessFixtures } from './seeds';

/** Far below what reading /dev/zero or a 200 MB file would take. */
const HEAP_MB = 64;
const TIME_LIMIT_MS = 30_000;
const complete = readFileSync(join(robustnessFixtures, 'complete.meldcode.yaml'), 'utf8');
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

/** The CLI with a capped heap, killed after TIME_LIMIT_MS. */
function boundedCli(args: string[], cwd: string): Promise<RunResult> {
  return runCli([...args, '--locale', 'en'], { cwd, env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` }, timeoutMs: TIME_LIMIT_MS });
}

function finishedByItself(run: RunResult): void {
  assert.equal(run.signal, null, `killed after ${TIME_LIMIT_MS} ms: the read hung\n${run.stderr}`);
  assert.doesNotMatch(run.stderr, /heap out of memory|Allocation failed/, 'the heap ran out: the file was read to the end');
  assert.doesNotMatch(run.stderr, STACK_TRACE);
}

/** The exit code the findings alone call for (errors fail), from a JSON report. */
function findingsExit(stdout: string): number {
  const files = JSON.parse(stdout) as Array<{ errorCount: number }>;
  return files.some((file) => file.errorCount > 0) ? 1 : 0;
}

const hasDevZero = existsSync('/dev/zero');
const hasMkfifo = process.platform !== 'win32';

/** A file of `bytes` bytes that takes no room on disk (sparse). */
function sparseFile(filePath: string, bytes: number): void {
  const descriptor = openSync(filePath, 'w');
  ftruncateSync(descriptor, bytes);
  closeSync(descriptor);
}

describe('robustness: configuration files and protocols that are no regular files', function () {
  this.timeout(120_000);
  // These inputs are the point of the suite: on a system without them it fails rather than passing untested.
  before(function () {
    assert.ok(hasDevZero, 'this suite needs /dev/zero (Linux or macOS), as the tests run on Debian');
    assert.ok(hasMkfifo, 'this suite needs mkfifo (Linux or macOS), as the tests run on Debian');
  });
  let root: string;
  beforeEach(function () {
    root = mkdtempSync(join(tmpdir(), 'meldcode-config-'));
    writeFileSync(join(root, 'protocol.meldcode.yaml'), complete);
  });
  afterEach(function () {
    rmSync(root, { recursive: true, force: true });
  });

  describe('meldcode-lint', function () {
    it('a found .meldcoderc.yaml linked to /dev/zero: a warning on stderr, the defaults, and the check goes on', async function () {
      symlinkSync('/dev/zero', join(root, '.meldcoderc.yaml'));
      const run = await boundedCli(['--format', 'json', 'protocol.meldcode.yaml'], root);
      finishedByItself(run);
      assert.equal(
        run.stderr,
        "meldcode-lint: The configuration file '.meldcoderc.yaml' cannot be read: this is not a regular file but, for example, a pipe or device (ENOTREG); the defaults are used.\n",
      );
      assert.equal(run.code, findingsExit(run.stdout));
    });

    it('a found .meldcoderc.yaml that is a named pipe: the same, instead of waiting for a writer forever', async function () {
      execFileSync('mkfifo', [join(root, '.meldcoderc.yaml')]);
      const run = await boundedCli(['--format', 'json', 'protocol.meldcode.yaml'], root);
      finishedByItself(run);
      assert.match(run.stderr, /^meldcode-lint: The configuration file '\.meldcoderc\.yaml' cannot be read: this is not a regular file .*\(ENOTREG\); the defaults are used\.\n$/);
      assert.equal(run.code, findingsExit(run.stdout));
    });

    it('a found .meldcoderc.yaml of 200 MB: not read, the defaults are used', async function () {
      sparseFile(join(root, '.meldcoderc.yaml'), 200 * 1024 * 1024);
      const run = await boundedCli(['--format', 'json', 'protocol.meldcode.yaml'], root);
      finishedByItself(run);
      assert.equal(
        run.stderr,
        "meldcode-lint: The configuration file '.meldcoderc.yaml' cannot be read: the file is larger than 1048576 bytes (EFBIG); the defaults are used.\n",
      );
      assert.equal(run.code, findingsExit(run.stdout));
    });

    it('--config naming /dev/zero, a pipe or a huge file: exit 2 with a clear message, nothing checked', async function () {
      const cases: Array<[string, () => void, RegExp]> = [];
      if (hasDevZero) cases.push(['zero.yaml', () => symlinkSync('/dev/zero', join(root, 'zero.yaml')), /this is not a regular file but, for example, a pipe or device \(ENOTREG\)\.$/]);
      if (hasMkfifo) cases.push(['pipe.yaml', () => execFileSync('mkfifo', [join(root, 'pipe.yaml')]), /\(ENOTREG\)\.$/]);
      cases.push(['huge.yaml', () => sparseFile(join(root, 'huge.yaml'), 200 * 1024 * 1024), /the file is larger than 1048576 bytes \(EFBIG\)\.$/]);
      for (const [name, make, reason] of cases) {
        make();
        const run = await boundedCli(['--config', name, 'protocol.meldcode.yaml'], root);
        finishedByItself(run);
        assert.equal(run.code, 2, `${name}: ${run.stderr}`);
        assert.equal(run.stdout, '', name);
        assert.match(run.stderr.trimEnd(), new RegExp(`^meldcode-lint: The configuration file '${name}' cannot be read: `), name);
        assert.match(run.stderr.trimEnd(), reason, name);
      }
    });

    it('a protocol linked to /dev/zero or 200 MB large, found in a folder: an error or a finding, never an endless read', async function () {
      if (hasDevZero) symlinkSync('/dev/zero', join(root, 'nul.meldcode.yaml'));
      sparseFile(join(root, 'groot.meldcode.yaml'), 200 * 1024 * 1024);
      const run = await boundedCli(['--format', 'json', '.'], root);
      finishedByItself(run);
      const report = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
      const large = report.find((file) => file.filePath.endsWith('groot.meldcode.yaml'));
      assert.ok(large?.messages.some((m) => m.ruleId === 'yaml-syntax' && /larger than 5 MB/.test(m.message)), JSON.stringify(large));
      if (hasDevZero) {
        // Discovery passes over a device; a link to one found in a folder is read by nobody.
        assert.equal(report.some((file) => file.filePath.endsWith('nul.meldcode.yaml')), false);
      }
    });
  });

  describe('meldcode-lint render', function () {
    it('a protocol that is a named pipe or a link to /dev/zero: exit 2, it cannot be read', async function () {
      const names: string[] = [];
      if (hasMkfifo) {
        execFileSync('mkfifo', [join(root, 'pijp.meldcode.yaml')]);
        names.push('pijp.meldcode.yaml');
      }
      if (hasDevZero) {
        symlinkSync('/dev/zero', join(root, 'nul.meldcode.yaml'));
        names.push('nul.meldcode.yaml');
      }
      for (const name of names) {
        const run = await boundedCli(['render', name, '-o', 'uit.html'], root);
        finishedByItself(run);
        assert.equal(run.code, 2, `${name}: ${run.stderr}`);
        assert.equal(
          run.stderr,
          `meldcode-lint render: '${name}' cannot be read: this is not a regular file but, for example, a pipe or device (ENOTREG).\n`,
        );
        assert.equal(existsSync(join(root, 'uit.html')), false);
      }
    });

    it('a protocol of 200 MB: too large to draw (exit 1), not read', async function () {
      sparseFile(join(root, 'groot.meldcode.yaml'), 200 * 1024 * 1024);
      const run = await boundedCli(['render', 'groot.meldcode.yaml', '-o', 'uit.html'], root);
      finishedByItself(run);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /^meldcode-lint render: 'groot\.meldcode\.yaml' is too large to draw \(\d+ bytes; the limit is 5242880 bytes/);
    });

    it('a found configuration linked to /dev/zero: a warning, and the route map is drawn with the defaults', async function () {
      symlinkSync('/dev/zero', join(root, '.meldcoderc.yaml'));
      const run = await boundedCli(['render', 'protocol.meldcode.yaml', '-o', 'uit.html'], root);
      finishedByItself(run);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /^meldcode-lint render: The configuration file '\.meldcoderc\.yaml' cannot be read: .*\(ENOTREG\); the defaults are used\.\n/);
      assert.match(readFileSync(join(root, 'uit.html'), 'utf8'), /^<!DOCTYPE html>/i);
    });
  });

  describe('the language server', function () {
    for (const kind of ['a link to /dev/zero', 'a named pipe', 'a file of 200 MB'] as const) {
      it(`shows a .meldcoderc.yaml that is ${kind} as a diagnostic, checks with the defaults, and keeps answering`, async function () {
        const config = join(root, '.meldcoderc.yaml');
        if (kind === 'a link to /dev/zero') symlinkSync('/dev/zero', config);
        else if (kind === 'a named pipe') execFileSync('mkfifo', [config]);
        else sparseFile(config, 200 * 1024 * 1024);
        copyFileSync(join(root, 'protocol.meldcode.yaml'), join(root, 'tweede.meldcode.yaml'));

        const { server } = await startServer({ workspaceFolder: root, nodeFlags: [`--max-old-space-size=${HEAP_MB}`] });
        try {
          const configUri = pathToFileURL(config).href;
          const published = await server.nextDiagnostics(configUri, (p) => p.diagnostics.length > 0, TIME_LIMIT_MS);
          const expected =
            kind === 'a file of 200 MB'
              ? 'The configuration is larger than 1048576 bytes and is not read (EFBIG); the defaults are used.'
              : 'The configuration is not a regular file (but, for example, a pipe or device) and is not read (ENOTREG); the defaults are used.';
          assert.deepEqual(
            published.diagnostics.map((d) => d.message),
            [expected],
          );
          // An open protocol beside it is checked (with the defaults), and requests are answered.
          const uri = pathToFileURL(join(root, 'protocol.meldcode.yaml')).href;
          const opened = server.nextDiagnostics(uri, (p) => p.version === 1, TIME_LIMIT_MS);
          server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'meldcode', version: 1, text: complete } });
          await opened;
          await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } }, TIME_LIMIT_MS);
          await server.request('workspace/symbol', { query: '' }, TIME_LIMIT_MS);
          assert.ok(server.alive, server.stderr);
          assert.doesNotMatch(server.stderr, /heap out of memory/);
          assert.deepEqual(loggedErrors(server), []);
        } finally {
          await server.stop();
        }
      });
    }
  });
});
