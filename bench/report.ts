/**
 * `node out/bench/report.js`: how long `meldcode-lint report` takes over many protocols, from
 * spawn to exit, with the bundled command line (as a reviewer runs it):
 * - 500 generated protocols of 200 lines (half of them with findings), as HTML, JSON and CSV;
 * - a board of 500 location protocols over one base (samples/bestuur: each location a copy of
 *   Het Anker with its own name and numbers), as HTML.
 * Beside each input, plain `meldcode-lint --format json` over the same files: the check the
 * report is built on. Wall time and CPU time (of all threads; on a busy machine the wall time
 * grows, the CPU time hardly). The bound is 5 s on this project's 2-core machine. Not a test:
 * it measures and reports.
 * Prints a table and writes bench/results-report.json.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateProtocol } from './generate';

const repoRoot = path.resolve(__dirname, '..', '..');
const PROTOCOLS = 500;
const LINES = 200;
const RUNS = 3;
const BOUND_MS = 5_000;
const TODAY = '2026-06-01';

interface Row {
  input: string;
  /** `report html|json|csv`, or `check` (plain meldcode-lint --format json, the reference). */
  command: string;
  files: number;
  medianMs: number;
  runsMs: number[];
  /** CPU time of the process (all its threads), median: the load of other processes hardly changes it. */
  cpuMs: number;
  outputBytes: number;
  withinBound: boolean;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function writeIndependent(folder: string): void {
  for (let i = 0; i < PROTOCOLS; i++) {
    const text = generateProtocol({ lines: LINES, seed: i + 1, withFindings: i % 2 === 0, format: i % 4 < 2 ? '1.1' : '1.0' });
    fs.writeFileSync(path.join(folder, `protocol-${String(i + 1).padStart(3, '0')}.meldcode.yaml`), text);
  }
}

/** The sample board's base, and 500 locations made from its school Het Anker. */
function writeBoard(folder: string): void {
  const samples = path.join(repoRoot, 'samples', 'bestuur');
  fs.copyFileSync(path.join(samples, 'stichting.meldcode.yaml'), path.join(folder, 'stichting.meldcode.yaml'));
  const location = fs.readFileSync(path.join(samples, 'scholen', 'het-anker.meldcode.yaml'), 'utf8');
  fs.mkdirSync(path.join(folder, 'scholen'));
  for (let i = 0; i < PROTOCOLS; i++) {
    const number = String(i + 1).padStart(3, '0');
    const text = location.replace(/Het Anker/g, `De Linde ${number}`).replace(/hetanker/g, `delinde${number}`).replace(/312874/g, String(312000 + i));
    fs.writeFileSync(path.join(folder, 'scholen', `locatie-${number}.meldcode.yaml`), text);
  }
}

function measure(input: string, folder: string, format: string | undefined): Row {
  const output = path.join(os.tmpdir(), `meldcode-bench-report-${process.pid}.${format ?? 'json'}`);
  const usageFile = path.join(os.tmpdir(), `meldcode-bench-report-usage-${process.pid}.json`);
  const args = format === undefined ? ['--format', 'json', '-o', output, folder] : ['report', folder, '--format', format, '--today', TODAY, '-o', output];
  const runsMs: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', path.join(__dirname, 'peak-usage.js'), path.join(repoRoot, 'bin', 'meldcode-lint.js'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, MELDCODE_BENCH_USAGE_FILE: usageFile },
    });
    runsMs.push(Number(process.hrtime.bigint() - started) / 1e6);
    // The plain check ends with 1 when protocols have errors; only 2 is a failure.
    if (result.status !== 0 && (format !== undefined || result.status !== 1)) throw new Error(`meldcode-lint ${args.join(' ')} ended with ${result.status}: ${result.stderr}`);
    cpus.push((JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { cpuMs: number }).cpuMs);
  }
  const outputBytes = fs.statSync(output).size;
  fs.rmSync(output, { force: true });
  fs.rmSync(usageFile, { force: true });
  const medianMs = median(runsMs);
  return {
    input,
    command: format === undefined ? 'check' : `report ${format}`,
    files: input.startsWith('board') ? PROTOCOLS + 1 : PROTOCOLS,
    medianMs,
    runsMs,
    cpuMs: median(cpus),
    outputBytes,
    withinBound: medianMs < BOUND_MS,
  };
}

function main(): void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-bench-report-'));
  try {
    const independent = path.join(root, 'protocollen');
    const board = path.join(root, 'bestuur');
    fs.mkdirSync(independent);
    fs.mkdirSync(board);
    writeIndependent(independent);
    writeBoard(board);
    const many = `${PROTOCOLS} protocols, ${LINES} lines`;
    const locations = `board: ${PROTOCOLS} locations over 1 base`;
    const rows = [
      measure(many, independent, undefined),
      measure(many, independent, 'html'),
      measure(many, independent, 'json'),
      measure(many, independent, 'csv'),
      measure(locations, board, undefined),
      measure(locations, board, 'html'),
    ];
    const headers = ['input', 'command', 'files', 'wall time (median)', 'runs', 'CPU time (median)', 'output', `under ${BOUND_MS / 1000} s`];
    const cells = rows.map((row) => [
      row.input,
      row.command,
      row.files.toLocaleString('en-GB'),
      `${(row.medianMs / 1000).toFixed(2)} s`,
      row.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(' / '),
      `${(row.cpuMs / 1000).toFixed(2)} s`,
      `${Math.round(row.outputBytes / 1024)} KB`,
      row.withinBound ? 'yes' : 'NO',
    ]);
    const widths = headers.map((header, column) => Math.max(header.length, ...cells.map((cell) => cell[column]!.length)));
    const format = (cell: readonly string[]): string => `| ${cell.map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join(' | ')} |`;
    console.log(`meldcode-lint report on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.availableParallelism()} cores), Node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)}, median of ${RUNS} runs\n`);
    console.log([format(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(format)].join('\n'));
    const output = path.join(repoRoot, 'bench', 'results-report.json');
    fs.writeFileSync(output, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: os.availableParallelism(), loadAverage: os.loadavg()[0], boundMs: BOUND_MS, rows }, null, 2)}\n`);
    console.log(`\nwritten: ${path.relative(process.cwd(), output)}`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main();
