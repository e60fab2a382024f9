/**
 * Hostile inputs, whole files (test/robustness/hostile-inputs.ts): protocols within the size
 * limit built to exhaust time or memory. Each goes, in a process of its own, through
 * - check: `meldcode-lint --format json <file>`, from spawn to exit;
 * - route map: `meldcode-lint render <file> -o <html>`, from spawn to exit (the code that
 *   redraws the route map in the editor);
 * - server: the language server, from didOpen to the diagnostics and the answers to
 *   documentLink, documentSymbol, foldingRange and codeAction (start-up not counted).
 * Per input and path: wall time, CPU time and peak resident memory (the process's maxRSS;
 * for the server VmHWM), against the bound (BOUND: 2 s and 300 MB per file of up to 5 MB).
 * A process gets a 2 GB heap and 120 s; beyond that it is reported as out of memory or too slow.
 *
 * Part of `npm run bench`; on its own, `node out/bench/exhaustion.js [--before <checkout>]`
 * prints the table, and with --before first the one of another built checkout (say, the commit
 * before a change, built with `npm run build`), input by input in the same run.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspConnection } from './lsp/driver';
import { BOUND, hostileInputs, type HostileInput } from '../test/robustness/hostile-inputs';

const repoRoot = path.resolve(__dirname, '..', '..');
const usagePreload = path.join(__dirname, 'peak-usage.js');
const noNetwork = path.join(repoRoot, 'test', 'preload', 'no-network.js');
const HEAP_MB = 2048;
const TIMEOUT_MS = 120_000;

export type Path = 'check' | 'routeMap' | 'server';
export const PATHS: readonly Path[] = ['check', 'routeMap', 'server'];

export interface Measurement {
  /** Wall time in ms, from spawn to exit (server: from didOpen to the last answer). */
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** Why there is no figure: out of memory, too slow, or an exit with an error. */
  failed?: string;
}

export interface ExhaustionRow {
  input: string;
  description: string;
  characters: number;
  results: Record<Path, Measurement>;
}

interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  stderr: string;
}

function run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, wallMs: performance.now() - started, stderr });
    });
  });
}

function failure(spawned: Spawned, expectedCodes: readonly number[]): string | undefined {
  if (spawned.signal === 'SIGKILL') return `over ${TIMEOUT_MS / 1000} s`;
  if (/heap out of memory|Allocation failed/.test(spawned.stderr)) return `out of memory (${HEAP_MB} MB heap)`;
  if (spawned.code === null || !expectedCodes.includes(spawned.code)) return `exit ${spawned.code ?? spawned.signal}`;
  return undefined;
}

/** meldcode-lint of `checkout` with `args`, with its peak memory and CPU time. */
async function measureCli(checkout: string, args: readonly string[], expectedCodes: readonly number[]): Promise<Measurement> {
  const usageFile = path.join(os.tmpdir(), `meldcode-usage-${process.pid}.json`);
  fs.rmSync(usageFile, { force: true });
  const env = { ...process.env, MELDCODE_BENCH_USAGE_FILE: usageFile, NODE_OPTIONS: `--require ${JSON.stringify(noNetwork)}` };
  const spawned = await run([`--max-old-space-size=${HEAP_MB}`, '--require', usagePreload, path.join(checkout, 'bin', 'meldcode-lint.js'), ...args], env);
  const usage = fs.existsSync(usageFile) ? (JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { peakRssKb: number; cpuMs: number }) : undefined;
  fs.rmSync(usageFile, { force: true });
  return {
    wallMs: spawned.wallMs,
    cpuMs: usage?.cpuMs ?? NaN,
    peakRssMb: usage ? usage.peakRssKb / 1024 : NaN,
    failed: failure(spawned, expectedCodes),
  };
}

/** CPU time of a process so far in ms, and its peak resident memory in MB, from /proc. */
function processUsage(pid: number): { cpuMs: number; peakRssMb: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
  const cpuMs = (Number(fields[11]) + Number(fields[12])) * 10;
  const hwm = /^VmHWM:\s+(\d+)\s+kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuMs, peakRssMb: hwm ? Number(hwm[1]) / 1024 : NaN };
}

async function measureServer(checkout: string, input: HostileInput): Promise<Measurement> {
  const server = LspConnection.start({
    name: 'meldcode-language-server',
    command: process.execPath,
    args: [`--max-old-space-size=${HEAP_MB}`, path.join(checkout, 'bin', 'meldcode-language-server.js'), '--stdio'],
    env: { ...process.env, NODE_OPTIONS: `--require ${JSON.stringify(noNetwork)}` },
    settings: { meldcode: { locale: 'en', rules: {} } },
  });
  try {
    await server.initialize({ rootUri: null, workspaceFolders: null });
    const before = processUsage(server.pid);
    const uri = `file:///hostile/${input.name}.meldcode.yaml`;
    const textDocument = { uri };
    const started = performance.now();
    const published = server.nextDiagnostics(uri, (p) => p.version === 1, TIMEOUT_MS);
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'meldcode', version: 1, text: input.text } });
    const remaining = (): number => Math.max(1, TIMEOUT_MS - (performance.now() - started));
    await published;
    await server.request('textDocument/documentLink', { textDocument }, remaining());
    await server.request('textDocument/documentSymbol', { textDocument }, remaining());
    await server.request('textDocument/foldingRange', { textDocument }, remaining());
    const range = { start: { line: 2, character: 0 }, end: { line: 4, character: 100_000 } };
    await server.request('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }, remaining());
    const wallMs = performance.now() - started;
    const after = processUsage(server.pid);
    return { wallMs, cpuMs: after.cpuMs - before.cpuMs, peakRssMb: after.peakRssMb };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = /heap out of memory|Allocation failed/.test(server.stderr)
      ? `out of memory (${HEAP_MB} MB heap)`
      : /within \d+ ms/.test(message)
        ? `over ${TIMEOUT_MS / 1000} s`
        : message.split('\n')[0];
    return { wallMs: NaN, cpuMs: NaN, peakRssMb: NaN, failed };
  } finally {
    if (server.alive) await server.stop().catch(() => server.kill());
  }
}

/**
 * Every hostile input through each path of each checkout given (this one when none is),
 * input by input, so that a busy moment of the machine hits them alike.
 */
export async function measureExhaustion(checkouts: readonly string[] = [repoRoot], progress: (text: string) => void = () => {}): Promise<ExhaustionRow[][]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-bench-exhaustion-'));
  const rows: ExhaustionRow[][] = checkouts.map(() => []);
  try {
    for (const input of hostileInputs()) {
      const file = path.join(folder, `${input.name}.meldcode.yaml`);
      fs.writeFileSync(file, input.text);
      for (const [index, checkout] of checkouts.entries()) {
        progress(`hostile files: ${input.name}${checkouts.length > 1 ? ` (${index + 1}/${checkouts.length})` : ''} ...`);
        const check = await measureCli(checkout, ['--format', 'json', '--locale', 'en', file], [0, 1]);
        // A file refused unread has nothing to draw: render says so and exits 1, as it must.
        const routeMap = await measureCli(checkout, ['render', file, '-o', path.join(folder, `${input.name}.html`)], input.refused ? [1] : [0]);
        const server = await measureServer(checkout, input);
        rows[index].push({ input: input.name, description: input.description, characters: input.text.length, results: { check, routeMap, server } });
      }
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

function within(measurement: Measurement): boolean {
  return !measurement.failed && measurement.wallMs <= BOUND.seconds * 1000 && measurement.peakRssMb <= BOUND.megabytes;
}

function cell(measurement: Measurement): string {
  if (measurement.failed) return measurement.failed;
  return `${(measurement.wallMs / 1000).toFixed(2)} s (cpu ${(measurement.cpuMs / 1000).toFixed(2)}), ${measurement.peakRssMb.toFixed(0)} MB`;
}

/** Rows for the benchmark's table formatter: one per input, the three paths side by side, and the verdict. */
export function exhaustionTable(rows: readonly ExhaustionRow[]): { headers: string[]; cells: string[][] } {
  return {
    headers: ['hostile file', 'characters', 'check: wall (cpu), peak RSS', 'route map', 'server: open to answers', `within ${BOUND.seconds} s, ${BOUND.megabytes} MB`],
    cells: rows.map((row) => [
      row.description,
      row.characters.toLocaleString('en-US'),
      cell(row.results.check),
      cell(row.results.routeMap),
      cell(row.results.server),
      PATHS.every((p) => within(row.results[p])) ? 'yes' : `no: ${PATHS.filter((p) => !within(row.results[p])).join(', ')}`,
    ]),
  };
}

function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `-${'-'.repeat(width)}-` : `-${'-'.repeat(width)}:`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--before');
  const before = at !== -1 ? path.resolve(process.argv[at + 1] ?? '') : undefined;
  if (before && !fs.existsSync(path.join(before, 'dist', 'cli.js'))) throw new Error(`${before} has no dist/cli.js: build it first`);
  const checkouts = before ? [before, repoRoot] : [repoRoot];
  const loadBefore = os.loadavg()[0];
  const results = await measureExhaustion(checkouts, (text) => process.stderr.write(`${text}\n`));
  const loadAfter = os.loadavg()[0];
  checkouts.forEach((checkout, index) => {
    const { headers, cells } = exhaustionTable(results[index]);
    console.log(`\n${checkout}${index === checkouts.length - 1 ? ' (this checkout)' : ''}\n${table(headers, cells)}`);
  });
  console.log(`\nLoad average (1 min) before ${loadBefore.toFixed(2)}, after ${loadAfter.toFixed(2)}, on ${os.availableParallelism()} cores; one run per input and path.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
