/**
 * `npm run bench`: how fast the engine and the command line are. Not a test: it measures
 * and reports, and never fails on a number.
 *
 * 1. Per protocol size (100, 1,000, 5,000 and 14,000 generated lines: the largest within the limit of YAML parts): the engine's full
 *    validation (`validateText`: parse, model, schema, every rule) beside the bare parse of
 *    the `yaml` package (`parseDocument`), the floor any YAML-based checker stands on.
 *    Medians over repeated runs after a warm-up; the ratio is engine / floor.
 * 2. The language server's own work after a one-line edit (edit.ts): the server's code path
 *    in this process, with the incremental parse beside a whole parse of the new text.
 * 3. The bundled command line, spawned over 1,000 generated protocol files in a temporary
 *    folder: wall time from start to exit, median of several runs.
 * 4. Hostile input (hostile.ts): the rules that read the user's text (personal-data,
 *    term-outdated) on texts written to make a scan slow, at a quarter and at the full size;
 *    about 4× between them is linear.
 * 5. Hostile files (exhaustion.ts): whole protocols built to exhaust time or memory (60,000
 *    steps, 200,000 duplicate keys, 250,000 findings, thousands of unknown references, long
 *    runs of spaces or letters), each through meldcode-lint, its route map and the language
 *    server in a process of its own: wall and CPU time and peak RSS against the bound
 *    (2 s, 300 MB per file).
 *
 * Prints a table and writes bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { validateText } from '../server/src/engine';
import { measureEdit, type EditRow } from './edit';
import { exhaustionTable, measureExhaustion } from './exhaustion';
import { measureHostile } from './hostile';
import { generateProtocol } from './generate';

const repoRoot = path.resolve(__dirname, '..', '..');
const SIZES = [110, 1_000, 5_000, 14_000];
const EDIT_SIZES = [300, 5_000, 14_000];
const EDIT_COUNTS: Record<number, number> = { 300: 60, 5_000: 40, 14_000: 20 };
const CLI_FILES = 1_000;
/** A typical protocol is a few hundred lines (the samples are 150 to 250). */
const CLI_FILE_LINES = 200;
const CLI_RUNS = 5;
const TODAY = '2026-06-01';

interface EngineRow {
  lines: number;
  characters: number;
  findings: number;
  samples: number;
  engineMs: number;
  parseMs: number;
  ratio: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds per call, timing batches long enough (about 25 ms) for the clock to be exact. */
function timeBatch(work: () => void, repeat: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) work();
  return Number(process.hrtime.bigint() - start) / 1e6 / repeat;
}

function measureEngine(lines: number): EngineRow {
  const text = generateProtocol({ lines, seed: lines });
  const engine = (): void => void validateText(text, { today: TODAY });
  const floor = (): void => void parseDocument(text);
  const findings = validateText(text, { today: TODAY }).length;

  // Warm-up: let the JIT settle on both paths, and learn how many calls fill a batch.
  const warmUntil = Date.now() + 1500;
  let single = Infinity;
  while (Date.now() < warmUntil) {
    single = Math.min(single, timeBatch(engine, 1));
    timeBatch(floor, 1);
  }
  const repeat = Math.max(1, Math.round(25 / single));
  const samples = lines >= 14_000 ? 9 : 15;
  const engineTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let i = 0; i < samples; i++) {
    // Interleaved, so a busy moment of the machine hits both alike.
    engineTimes.push(timeBatch(engine, repeat));
    parseTimes.push(timeBatch(floor, repeat));
  }
  const engineMs = median(engineTimes);
  const parseMs = median(parseTimes);
  return { lines, characters: text.length, findings, samples, engineMs, parseMs, ratio: engineMs / parseMs };
}

interface CliResult {
  files: number;
  linesPerFile: number;
  runs: number;
  wallMs: number[];
  medianMs: number;
  filesPerSecond: number;
  exitCode: number | null;
}

function measureCli(): CliResult {
  const bin = path.join(repoRoot, 'bin', 'meldcode-lint.js');
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run "npm run build" first');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-bench-'));
  try {
    // Spread over folders as a branch organisation would keep them: one per region.
    for (let i = 0; i < CLI_FILES; i++) {
      const region = path.join(folder, `regio-${String(i % 25).padStart(2, '0')}`);
      fs.mkdirSync(region, { recursive: true });
      fs.writeFileSync(path.join(region, `organisatie-${String(i).padStart(4, '0')}.meldcode.yaml`), generateProtocol({ lines: CLI_FILE_LINES, seed: 1000 + i }));
    }
    const run = (): { ms: number; status: number | null } => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [bin, '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.error) throw result.error;
      if (result.status !== 0) throw new Error(`meldcode-lint exited with ${result.status}: ${result.stderr.slice(0, 500)}`);
      const checked = (JSON.parse(result.stdout) as unknown[]).length;
      if (checked !== CLI_FILES) throw new Error(`meldcode-lint checked ${checked} files, not ${CLI_FILES}`);
      return { ms, status: result.status };
    };
    run(); // warm the file system cache
    const wallMs: number[] = [];
    let exitCode: number | null = null;
    for (let i = 0; i < CLI_RUNS; i++) {
      const { ms, status } = run();
      wallMs.push(ms);
      exitCode = status;
    }
    const medianMs = median(wallMs);
    return { files: CLI_FILES, linesPerFile: CLI_FILE_LINES, runs: CLI_RUNS, wallMs, medianMs, filesPerSecond: CLI_FILES / (medianMs / 1000), exitCode };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `-${'-'.repeat(width)}-` : `-${'-'.repeat(width)}:`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** A passing status line on a terminal; nothing in a log. */
function status(text: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r\u001b[K${text}`);
}

async function main(): Promise<void> {
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`;
  const loadBefore = os.loadavg()[0];
  console.log(`meldcode benchmark on ${machine}\n`);

  const engineRows: EngineRow[] = [];
  for (const lines of SIZES) {
    status(`engine: ${lines} lines ...`);
    engineRows.push(measureEngine(lines));
  }
  const editRows: EditRow[] = [];
  for (const lines of EDIT_SIZES) {
    status(`server work after an edit: ${lines} lines ...`);
    editRows.push(await measureEdit(lines, EDIT_COUNTS[lines]));
  }
  status('hostile input ...');
  const hostile = measureHostile();
  status(`cli: ${CLI_FILES} files ...`);
  const cli = measureCli();
  const [exhaustion] = await measureExhaustion(undefined, status);
  status('');

  const engineTable = table(
    ['protocol size', 'characters', 'findings', 'engine (median)', 'yaml parse (median)', 'engine / parse'],
    engineRows.map((row) => [
      `${row.lines.toLocaleString('en-US')} lines`,
      row.characters.toLocaleString('en-US'),
      String(row.findings),
      `${formatMs(row.engineMs)} ms`,
      `${formatMs(row.parseMs)} ms`,
      `${row.ratio.toFixed(2)}×`,
    ]),
  );
  const editTable = table(
    ['one-line edit, server work', 'edits', 'incremental parse (median)', 'whole parse (median)', 'whole / incremental'],
    editRows.map((row) => [
      `${row.lines.toLocaleString('en-US')} lines`,
      String(row.edits),
      `${formatMs(row.incrementalMs)} ms`,
      `${formatMs(row.wholeMs)} ms`,
      `${row.ratio.toFixed(2)}×`,
    ]),
  );
  const cliTable = table(
    ['command line', 'files', 'lines per file', 'wall time (median)', 'files per second'],
    [
      [
        'meldcode-lint --format json <folder>',
        cli.files.toLocaleString('en-US'),
        String(cli.linesPerFile),
        `${(cli.medianMs / 1000).toFixed(2)} s`,
        cli.filesPerSecond.toFixed(0),
      ],
    ],
  );
  const hostileTable = table(
    ['hostile input', 'rule', 'characters', 'findings', 'rule alone (median)', 'at 1/4 size', 'full / quarter'],
    hostile.map((row) => [
      row.input,
      row.rule,
      row.characters.toLocaleString('en-US'),
      String(row.findings),
      `${formatMs(row.fullMs)} ms`,
      `${formatMs(row.quarterMs)} ms`,
      `${row.ratio.toFixed(1)}×`,
    ]),
  );
  const exhaustionCells = exhaustionTable(exhaustion);
  const exhaustionText = table(exhaustionCells.headers, exhaustionCells.cells);
  console.log(`${engineTable}\n\n${editTable}\n\n${cliTable}\n\n${hostileTable}\n\n${exhaustionText}\n`);
  const loadAfter = os.loadavg()[0];
  // Other work on the machine slows every figure; the load average says how busy it was.
  console.log(`Load average (1 min) before ${loadBefore.toFixed(2)}, after ${loadAfter.toFixed(2)}, on ${os.availableParallelism()} cores.`);
  console.log(`Engine: medians of ${engineRows.map((row) => row.samples).join('/')} batches after a warm-up; CLI: median of ${cli.runs} runs (${cli.wallMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s).`);

  const results = {
    date: new Date().toISOString(),
    machine,
    loadAverage: { before: loadBefore, after: loadAfter },
    engine: engineRows,
    edit: editRows,
    cli,
    hostile,
    exhaustion,
    tables: { engine: engineTable, edit: editTable, cli: cliTable, hostile: hostileTable, exhaustion: exhaustionText },
  };
  const output = path.join(repoRoot, 'bench', 'results.json');
  fs.writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), output) || output}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
