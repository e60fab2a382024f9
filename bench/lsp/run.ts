/**
 * `npm run bench` (second part): our language server side by side with Red Hat's
 * yaml-language-server configured with our JSON schema, both driven over stdio by the same
 * small client (driver.ts), in one run on the same documents; then the command line over
 * 10,000 generated protocol files. Not a test: it measures and reports, and never fails
 * on a number. Prints tables and writes bench/results-lsp.json.
 *
 * What is measured, exactly:
 * - start-up: from spawning `node <server> --stdio` to the answer to `initialize`
 *   (cold process, warm disk cache); and from spawning to the first diagnostics of a
 *   300-line protocol opened right after `initialized` (what a user waits for on opening
 *   the first file: includes any work a server postpones until after `initialize`).
 * - didOpen -> diagnostics: from sending didOpen of a protocol under a new URI to the first
 *   publishDiagnostics for that URI whose set of diagnostics equals the settled set for that
 *   text (learned beforehand: the last set a server publishes when left alone).
 * - didChange -> diagnostics: one incremental one-line didChange in the middle of the
 *   document that toggles a key in a step between `verantwoordelijk` (valid) and
 *   `verantwoordelijkk` (an unknown key: both servers report it, so both must publish a
 *   different set); timed to the first publishDiagnostics whose set equals the settled set
 *   for the new text. Any debounce is included: that is what a user waits for. Changes are
 *   300 ms apart (a pause in typing), both directions are pooled.
 * - RSS: VmRSS of the server process (/proc/<pid>/status) once the diagnostics of every
 *   open document have arrived and a second has passed: with 100 different 300-line
 *   protocols open, and with one 5,000-line protocol open.
 * - CLI: `meldcode-lint --format json -o <file> <folder>` over 10,000 generated 200-line
 *   protocols in 100 folders; wall time from spawn to exit (worker threads on all cores).
 * Both servers run under the same preload that makes network access throw, and
 * yaml-language-server has its schema store switched off, so neither waits on a network.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateProtocol } from '../generate';
import { changeKind, LspConnection, type Diagnostic, type PublishedDiagnostics, type ServerCommand } from './driver';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const SIZES = [300, 5_000, 14_000];
/** MELDCODE_BENCH_QUICK=1: a few runs of each, 500 CLI files; to check that the benchmark works, not to quote. */
const QUICK = process.env.MELDCODE_BENCH_QUICK === '1';
const START_RUNS = QUICK ? 2 : 9;
const OPEN_RUNS: Record<number, number> = QUICK ? { 300: 3, 5_000: 3, 14_000: 2 } : { 300: 15, 5_000: 11, 14_000: 7 };
const CHANGE_RUNS: Record<number, number> = QUICK ? { 300: 4, 5_000: 4, 14_000: 2 } : { 300: 20, 5_000: 14, 14_000: 8 };
const PAUSE_MS = 300;
const CLI_FILES = QUICK ? 500 : 10_000;
const CLI_FILE_LINES = 200;
const CLI_RUNS = Number(process.env.MELDCODE_BENCH_CLI_RUNS ?? 3);
/** Protocol files in the workspace the server starts in for the workspace measurement. */
const WORKSPACE_FILES = QUICK ? 200 : 1_000;
const DOC_DIR = path.join(os.tmpdir(), 'meldcode-bench-lsp');
const preload = path.join(repoRoot, 'test', 'preload', 'no-network.js');
/**
 * yaml-language-server is not a dependency of the project: it is installed into bench/reference
 * (its own package.json and lock) by `npm run bench`, or `npm ci --prefix bench/reference`.
 */
const yamlServerRoot = path.join(repoRoot, 'bench', 'reference', 'node_modules', 'yaml-language-server');
const schemaUri = pathToFileURL(path.join(repoRoot, 'schemas', 'meldcode-protocol.schema.json')).href;

interface Server {
  key: 'meldcode' | 'yaml';
  name: string;
  languageId: string;
  command: ServerCommand;
}

function serverEnv(): NodeJS.ProcessEnv {
  const flag = `--require ${JSON.stringify(preload)}`;
  const current = process.env.NODE_OPTIONS ?? '';
  return { ...process.env, NODE_OPTIONS: current.includes(preload) ? current : `${current} ${flag}`.trim() };
}

const SERVERS: Server[] = [
  {
    key: 'meldcode',
    name: 'meldcode-language-server',
    languageId: 'meldcode',
    command: {
      name: 'meldcode-language-server',
      command: process.execPath,
      args: [path.join(repoRoot, 'bin', 'meldcode-language-server.js'), '--stdio'],
      env: serverEnv(),
      settings: { meldcode: { locale: 'en', rules: {} } },
    },
  },
  {
    key: 'yaml',
    name: 'yaml-language-server',
    languageId: 'yaml',
    command: {
      name: 'yaml-language-server',
      command: process.execPath,
      args: [path.join(yamlServerRoot, 'bin', 'yaml-language-server'), '--stdio'],
      env: serverEnv(),
      settings: {
        yaml: {
          validate: true,
          hover: true,
          completion: true,
          format: { enable: false },
          schemas: { [schemaUri]: ['*.meldcode.yaml', '*.meldcode.yml'] },
          schemaStore: { enable: false },
          kubernetesCRDStore: { enable: false },
        },
        http: { proxy: '', proxyStrictSSL: false },
        '[yaml]': {},
        editor: { tabSize: 2 },
      },
    },
  },
];

// ---------------------------------------------------------------- documents

interface BenchDocument {
  /** The nominal size (the text has this many lines, give or take the final line break). */
  lines: number;
  /** State A: a valid protocol with one unknown key in `organisatie` (both servers report it). */
  text: string;
  /** The line toggled between `verantwoordelijk` and `verantwoordelijkk`. */
  toggleLine: number;
}

function benchDocument(lines: number, seed = lines): BenchDocument {
  const generated = generateProtocol({ lines: lines - 1, seed }).split('\n');
  const plaats = generated.findIndex((line) => line.startsWith('  plaats:'));
  generated.splice(plaats + 1, 0, '  kvk-nummer: "12345678"');
  const candidates = generated.map((line, i) => (line.startsWith('    verantwoordelijk:') ? i : -1)).filter((i) => i >= 0);
  const toggleLine = candidates[Math.floor(candidates.length / 2)];
  return { lines, text: generated.join('\n'), toggleLine };
}

function toggledLine(text: string, line: number, broken: boolean): { oldLine: string; newLine: string } {
  const oldLine = text.split('\n')[line];
  const newLine = broken ? oldLine.replace('verantwoordelijk:', 'verantwoordelijkk:') : oldLine.replace('verantwoordelijkk:', 'verantwoordelijk:');
  return { oldLine, newLine };
}

/** A set of diagnostics as one comparable string. */
function signature(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code ?? ''} ${d.message}`)
    .sort()
    .join('\n');
}

// ---------------------------------------------------------------- measuring

function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Servers still running: killed when the benchmark fails, so that it can exit. */
const running = new Set<LspConnection>();

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
let uriCounter = 0;
const freshUri = (lines: number): string => pathToFileURL(path.join(DOC_DIR, `doc-${lines}-${++uriCounter}.meldcode.yaml`)).href;

async function startServer(server: Server): Promise<{ connection: LspConnection; initMs: number; incremental: boolean }> {
  const started = performance.now();
  const connection = LspConnection.start(server.command);
  running.add(connection);
  void connection.exited.then(() => running.delete(connection));
  const init = await connection.initialize({ rootUri: null, workspaceFolders: null });
  return { connection, initMs: performance.now() - started, incremental: changeKind(init.capabilities) === 2 };
}

interface StartResult {
  initializeMs: number[];
  firstDiagnosticsMs: number[];
}

async function measureStart(server: Server, doc: BenchDocument): Promise<StartResult> {
  const result: StartResult = { initializeMs: [], firstDiagnosticsMs: [] };
  for (let run = -1; run < START_RUNS; run++) {
    const { connection, initMs } = await startServer(server);
    const uri = freshUri(doc.lines);
    const published = connection.nextDiagnostics(uri, (p) => p.diagnostics.length > 0, 60_000);
    connection.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version: 1, text: doc.text } });
    const first = await published;
    if (run >= 0) {
      // run -1 warms the disk cache and is not counted
      result.initializeMs.push(initMs);
      result.firstDiagnosticsMs.push(first.receivedAt - connection.startedAt);
    }
    await connection.stop();
  }
  return result;
}

interface SizeResult {
  lines: number;
  settledA: number;
  settledB: number;
  openMs: number[];
  changeMs: number[];
}

/** Opens `text` under `uri` and waits until the server has stopped publishing for it. */
async function settle(connection: LspConnection, uri: string): Promise<PublishedDiagnostics> {
  const settled = await connection.settledDiagnostics(uri, 1_500, 120_000);
  if (!settled) throw new Error(`${connection.server.name} published no diagnostics for ${uri}`);
  return settled;
}

async function measureSize(connection: LspConnection, incremental: boolean, server: Server, doc: BenchDocument): Promise<SizeResult> {
  let version = 1;
  let text = doc.text;
  const uri = freshUri(doc.lines);
  const change = (broken: boolean): void => {
    const { oldLine, newLine } = toggledLine(text, doc.toggleLine, broken);
    const lines = text.split('\n');
    lines[doc.toggleLine] = newLine;
    text = lines.join('\n');
    version++;
    const range = { start: { line: doc.toggleLine, character: 0 }, end: { line: doc.toggleLine, character: oldLine.length } };
    connection.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [incremental ? { range, text: newLine } : { text }],
    });
  };

  // Learn the settled sets of both states.
  connection.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version, text } });
  const stateA = signature((await settle(connection, uri)).diagnostics);
  change(true);
  const stateB = signature((await settle(connection, uri)).diagnostics);
  change(false);
  const again = signature((await settle(connection, uri)).diagnostics);
  if (stateA === stateB) throw new Error(`${server.name}: the change does not alter the diagnostics at ${doc.lines} lines`);
  if (again !== stateA) throw new Error(`${server.name}: undoing the change does not restore the diagnostics at ${doc.lines} lines`);

  const changeMs: number[] = [];
  for (let run = 0; run < CHANGE_RUNS[doc.lines as keyof typeof CHANGE_RUNS]; run++) {
    const broken = run % 2 === 0;
    const target = broken ? stateB : stateA;
    const published = connection.nextDiagnostics(uri, (p) => signature(p.diagnostics) === target, 60_000);
    const sent = performance.now();
    change(broken);
    changeMs.push((await published).receivedAt - sent);
    await sleep(PAUSE_MS);
  }
  if (CHANGE_RUNS[doc.lines as keyof typeof CHANGE_RUNS] % 2 === 1) change(false);
  connection.notify('textDocument/didClose', { textDocument: { uri } });
  await sleep(PAUSE_MS);

  const openMs: number[] = [];
  for (let run = 0; run < OPEN_RUNS[doc.lines as keyof typeof OPEN_RUNS]; run++) {
    const fresh = freshUri(doc.lines);
    const published = connection.nextDiagnostics(fresh, (p) => signature(p.diagnostics) === stateA, 60_000);
    const sent = performance.now();
    connection.notify('textDocument/didOpen', { textDocument: { uri: fresh, languageId: server.languageId, version: 1, text: doc.text } });
    openMs.push((await published).receivedAt - sent);
    await sleep(PAUSE_MS);
    connection.notify('textDocument/didClose', { textDocument: { uri: fresh } });
    await sleep(PAUSE_MS);
  }
  const count = (s: string): number => (s ? s.split('\n').length : 0);
  return { lines: doc.lines, settledA: count(stateA), settledB: count(stateB), openMs, changeMs };
}

async function measureMemory(server: Server): Promise<{ hundredDocsMb: number; one5000Mb: number; idleMb: number }> {
  const mb = (bytes: number): number => bytes / 1024 / 1024;
  // 100 different 300-line protocols
  const { connection } = await startServer(server);
  await sleep(1_000);
  const idle = connection.rssBytes();
  const waits: Array<Promise<PublishedDiagnostics>> = [];
  for (let i = 0; i < 100; i++) {
    const doc = benchDocument(300, 10_000 + i);
    const uri = freshUri(300);
    waits.push(connection.nextDiagnostics(uri, (p) => p.diagnostics.length > 0, 120_000));
    connection.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version: 1, text: doc.text } });
  }
  await Promise.all(waits);
  await sleep(1_000);
  const hundred = connection.rssBytes();
  await connection.stop();

  // one 5,000-line protocol
  const single = await startServer(server);
  const uri = freshUri(5_000);
  single.connection.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version: 1, text: benchDocument(5_000).text } });
  await settle(single.connection, uri);
  const one = single.connection.rssBytes();
  await single.connection.stop();
  return { hundredDocsMb: mb(hundred), one5000Mb: mb(one), idleMb: mb(idle) };
}

// ---------------------------------------------------------------- the command line

interface CliResult {
  files: number;
  linesPerFile: number;
  cores: number;
  wallMs: number[];
  medianMs: number;
}

function runCliOnce(folder: string, report: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'meldcode-lint.js'), '--format', 'json', '-o', report, folder], {
      env: serverEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`meldcode-lint exited with ${code}: ${stderr.slice(0, 500)}`));
      const checked = (JSON.parse(fs.readFileSync(report, 'utf8')) as unknown[]).length;
      if (checked !== CLI_FILES) return reject(new Error(`meldcode-lint checked ${checked} files, not ${CLI_FILES}`));
      resolve(ms);
    });
  });
}

/** A folder of generated protocols, spread over regions as a branch organisation would keep them. */
function protocolFolder(prefix: string, files: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (let i = 0; i < files; i++) {
    const region = path.join(folder, `regio-${String(i % 100).padStart(3, '0')}`);
    if (i < 100) fs.mkdirSync(region);
    fs.writeFileSync(path.join(region, `organisatie-${String(i).padStart(5, '0')}.meldcode.yaml`), generateProtocol({ lines: CLI_FILE_LINES, seed: 50_000 + i }));
  }
  return folder;
}

async function measureCli(): Promise<CliResult> {
  const folder = protocolFolder('meldcode-bench-cli-', CLI_FILES);
  const report = path.join(os.tmpdir(), `meldcode-bench-report-${process.pid}.json`);
  try {
    await runCliOnce(folder, report); // warms the file system cache
    const wallMs: number[] = [];
    for (let run = 0; run < CLI_RUNS; run++) wallMs.push(await runCliOnce(folder, report));
    return { files: CLI_FILES, linesPerFile: CLI_FILE_LINES, cores: os.availableParallelism(), wallMs, medianMs: median(wallMs) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(report, { force: true });
  }
}

// ---------------------------------------------------------------- a workspace of many protocols

interface WorkspaceResult {
  files: number;
  checkMs: number;
  firstSymbolMs: number;
  laterSymbolMs: number[];
}

/**
 * Our server alone (yaml-language-server has no workspace check or workspace symbols):
 * start in a folder of protocols, the diagnostics of every file, then Go to Symbol.
 */
async function measureWorkspace(server: Server): Promise<WorkspaceResult> {
  const folder = protocolFolder('meldcode-bench-workspace-', WORKSPACE_FILES);
  try {
    const connection = LspConnection.start(server.command);
    running.add(connection);
    const started = performance.now();
    const uri = pathToFileURL(folder).href;
    await connection.initialize({ rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }] });
    const deadline = Date.now() + 300_000;
    while (connection.diagnostics.size < WORKSPACE_FILES) {
      if (Date.now() > deadline) throw new Error(`diagnostics for ${connection.diagnostics.size} of ${WORKSPACE_FILES} files after 5 minutes`);
      await sleep(20);
    }
    const checkMs = performance.now() - started;
    const query = async (text: string): Promise<number> => {
      const sent = performance.now();
      const found = await connection.request<unknown[]>('workspace/symbol', { query: text });
      if (found.length === 0) throw new Error(`workspace/symbol "${text}" found nothing`);
      return performance.now() - sent;
    };
    const firstSymbolMs = await query('a');
    const laterSymbolMs: number[] = [];
    for (const text of ['ja', 'jan', 'jans', 'vei', 'veil', 'org', 'de', 'pol', 'mar']) laterSymbolMs.push(await query(text));
    await connection.stop();
    return { files: WORKSPACE_FILES, checkMs, firstSymbolMs, laterSymbolMs };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- report

function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `-${'-'.repeat(width)}-` : `-${'-'.repeat(width)}:`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

const ms = (value: number): string => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
const mbText = (value: number): string => `${value.toFixed(0)} MB`;
/** How many times shorter (or smaller) ours is: yaml-language-server / meldcode. */
const ratio = (ours: number, theirs: number): string => `${(theirs / ours).toFixed(1)}×`;

function status(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\u001b[K${text}`);
  else if (text) process.stderr.write(`${text}\n`);
}

async function main(): Promise<void> {
  for (const file of [path.join(repoRoot, 'dist', 'server.js'), path.join(repoRoot, 'dist', 'cli.js')]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run "npm install" and "npm run build" first`);
  }
  const yamlPackage = path.join(yamlServerRoot, 'package.json');
  if (!fs.existsSync(yamlPackage)) {
    throw new Error(`${path.relative(repoRoot, yamlPackage)} is missing: run "npm ci --prefix bench/reference" (npm run bench does it)`);
  }
  const yamlVersion = (JSON.parse(fs.readFileSync(yamlPackage, 'utf8')) as { version: string }).version;
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`;
  const load = os.loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`meldcode-language-server beside yaml-language-server ${yamlVersion} (with schemas/meldcode-protocol.schema.json)\non ${machine}; load average at start ${load}\n`);
  fs.mkdirSync(DOC_DIR, { recursive: true });

  const docs = new Map(SIZES.map((lines) => [lines, benchDocument(lines)]));
  const start = new Map<string, StartResult>();
  for (const server of SERVERS) {
    status(`${server.name}: start-up ...`);
    start.set(server.key, await measureStart(server, docs.get(300)!));
  }

  const sizes = new Map<string, SizeResult[]>();
  for (const server of SERVERS) {
    const { connection, incremental } = await startServer(server);
    const rows: SizeResult[] = [];
    for (const lines of SIZES) {
      status(`${server.name}: ${lines} lines ...`);
      rows.push(await measureSize(connection, incremental, server, docs.get(lines)!));
    }
    await connection.stop();
    sizes.set(server.key, rows);
  }

  const memory = new Map<string, Awaited<ReturnType<typeof measureMemory>>>();
  for (const server of SERVERS) {
    status(`${server.name}: memory ...`);
    memory.set(server.key, await measureMemory(server));
  }

  status(`meldcode-language-server: workspace of ${WORKSPACE_FILES} files ...`);
  const workspace = await measureWorkspace(SERVERS.find((server) => server.key === 'meldcode')!);

  status(`meldcode-lint: ${CLI_FILES} files ...`);
  const cli = await measureCli();
  status('');

  const ours = (key: 'meldcode' | 'yaml'): StartResult => start.get(key)!;
  const rows: string[][] = [];
  rows.push(['start: spawn → initialize result', ms(median(ours('meldcode').initializeMs)), ms(median(ours('yaml').initializeMs)), ratio(median(ours('meldcode').initializeMs), median(ours('yaml').initializeMs))]);
  rows.push([
    'start: spawn → first diagnostics (300 lines)',
    ms(median(ours('meldcode').firstDiagnosticsMs)),
    ms(median(ours('yaml').firstDiagnosticsMs)),
    ratio(median(ours('meldcode').firstDiagnosticsMs), median(ours('yaml').firstDiagnosticsMs)),
  ]);
  SIZES.forEach((lines, i) => {
    const a = sizes.get('meldcode')![i];
    const b = sizes.get('yaml')![i];
    rows.push([`didOpen → diagnostics, ${lines.toLocaleString('en-US')} lines`, ms(median(a.openMs)), ms(median(b.openMs)), ratio(median(a.openMs), median(b.openMs))]);
  });
  SIZES.forEach((lines, i) => {
    const a = sizes.get('meldcode')![i];
    const b = sizes.get('yaml')![i];
    rows.push([`didChange → diagnostics, ${lines.toLocaleString('en-US')} lines`, ms(median(a.changeMs)), ms(median(b.changeMs)), ratio(median(a.changeMs), median(b.changeMs))]);
  });
  const memA = memory.get('meldcode')!;
  const memB = memory.get('yaml')!;
  rows.push(['RSS, idle after start', mbText(memA.idleMb), mbText(memB.idleMb), ratio(memA.idleMb, memB.idleMb)]);
  rows.push(['RSS, one 5,000-line protocol open', mbText(memA.one5000Mb), mbText(memB.one5000Mb), ratio(memA.one5000Mb, memB.one5000Mb)]);
  rows.push(['RSS, 100 protocols of 300 lines open', mbText(memA.hundredDocsMb), mbText(memB.hundredDocsMb), ratio(memA.hundredDocsMb, memB.hundredDocsMb)]);
  const lspTable = table(['median', 'meldcode', `yaml-language-server ${yamlVersion}`, 'yaml-ls / meldcode'], rows);
  const diagnosticsNote = SIZES.map((lines, i) => {
    const a = sizes.get('meldcode')![i];
    const b = sizes.get('yaml')![i];
    return `${lines} lines: meldcode ${a.settledA}→${a.settledB}, yaml-ls ${b.settledA}→${b.settledB}`;
  }).join('; ');
  const cliTable = table(
    ['command line', 'files', 'lines per file', 'cores', 'wall time (median)', 'files per second'],
    [['meldcode-lint --format json -o <report> <folder>', cli.files.toLocaleString('en-US'), String(cli.linesPerFile), String(cli.cores), `${(cli.medianMs / 1000).toFixed(2)} s`, (cli.files / (cli.medianMs / 1000)).toFixed(0)]],
  );

  console.log(lspTable);
  console.log(`\nDiagnostics per state (valid step → unknown key in a step): ${diagnosticsNote}.`);
  console.log(
    `Runs: start-up ${START_RUNS} each; didOpen ${SIZES.map((s) => OPEN_RUNS[s]).join('/')}; didChange ${SIZES.map((s) => CHANGE_RUNS[s]).join('/')} (300/5,000/14,000 lines).\n`,
  );
  const workspaceTable = table(
    [`meldcode-language-server, workspace of ${workspace.files.toLocaleString('en-US')} protocols (${CLI_FILE_LINES} lines)`, 'time'],
    [
      ['start → diagnostics of every file', `${(workspace.checkMs / 1000).toFixed(2)} s`],
      ['Go to Symbol in Workspace, first query', ms(workspace.firstSymbolMs)],
      ['Go to Symbol in Workspace, later queries (median)', ms(median(workspace.laterSymbolMs))],
    ],
  );
  console.log(workspaceTable);
  console.log('');
  console.log(cliTable);
  console.log(`\nCLI: median of ${CLI_RUNS} runs after one warm-up (${cli.wallMs.map((value) => (value / 1000).toFixed(2)).join(', ')} s).`);

  const results = {
    date: new Date().toISOString(),
    machine,
    loadAverageAtStart: os.loadavg(),
    yamlLanguageServer: yamlVersion,
    start: Object.fromEntries(start),
    sizes: Object.fromEntries(sizes),
    memory: Object.fromEntries(memory),
    cli,
    workspace,
    tables: { lsp: lspTable, workspace: workspaceTable, cli: cliTable },
  };
  const output = path.join(repoRoot, 'bench', 'results-lsp.json');
  fs.writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), output) || output}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  for (const connection of running) connection.kill();
  process.exitCode = 1;
});
