import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root, from out/test/cli/ where the compiled tests run. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixtures = path.join(repoRoot, 'test', 'fixtures', 'cli');
const bin = path.join(repoRoot, 'bin', 'meldcode-lint.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Extra environment; the locale variables and NO_COLOR are cleared first, so each test says what it wants. */
  env?: NodeJS.ProcessEnv;
  timeout?: number;
}

/** Runs the built command line (`node bin/meldcode-lint.js`), as a user or a CI script does. */
export function runCli(args: readonly string[], options: RunOptions = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR']) delete env[name];
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? fixtures,
    env,
    encoding: 'utf8',
    timeout: options.timeout ?? 30000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder under the system's temporary folder, removed after the test run. */
export function temporaryFolder(prefix = 'meldcode-cli-'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(folder);
  return folder;
}

const created: string[] = [];
process.on('exit', () => {
  for (const folder of created) fs.rmSync(folder, { recursive: true, force: true });
});

/**
 * Copies fixture files into a folder: a name keeps its place, a path ending in a fixture's
 * name (`a/b/warnings.meldcode.yaml`) puts that fixture into the sub-folder.
 */
export function copyFixtures(target: string, names: readonly string[]): void {
  for (const name of names) {
    const source = fs.existsSync(path.join(fixtures, name)) ? name : path.basename(name);
    fs.mkdirSync(path.dirname(path.join(target, name)), { recursive: true });
    fs.copyFileSync(path.join(fixtures, source), path.join(target, name));
  }
}

/** Puts a copy of a fixture at a path of one's choosing under the folder. */
export function placeFixture(root: string, relativePath: string, fixtureName: string): void {
  fs.mkdirSync(path.dirname(path.join(root, relativePath)), { recursive: true });
  fs.copyFileSync(path.join(fixtures, fixtureName), path.join(root, relativePath));
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(fixtures, name), 'utf8');
}
