/**
 * Starting the built CLI and language server from tests, always with network access made
 * to throw (test/preload/no-network.js in NODE_OPTIONS, inherited by worker threads and
 * any process they start in turn).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');
export const noNetworkPreload = join(repoRoot, 'test', 'preload', 'no-network.js');
export const cliBin = join(repoRoot, 'bin', 'meldcode-lint.js');
export const serverBin = join(repoRoot, 'bin', 'meldcode-language-server.js');

/** The environment for a spawned CLI or server: the caller's, plus the no-network preload. */
export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  const flag = `--require ${JSON.stringify(noNetworkPreload)}`;
  const current = env.NODE_OPTIONS ?? '';
  if (!current.includes(noNetworkPreload)) env.NODE_OPTIONS = current ? `${current} ${flag}` : flag;
  return env;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time in ms. */
  elapsed: number;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Killed (SIGKILL) after this many ms; the result then has signal SIGKILL. */
  timeoutMs?: number;
}

/** Runs a Node script to completion and collects its output. */
export function runNode(script: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: testEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, elapsed: Date.now() - started });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Runs `meldcode-lint` with the given arguments. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return runNode(cliBin, args, options);
}
