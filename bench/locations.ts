/**
 * A board of generated locations over one base protocol (docs/locations.md), beside the same
 * protocols expanded into independent files (the base with each location's officers and
 * contact points written in). Not a test: it measures and reports. Prints a table and writes
 * bench/results-locations.json. Run after `npm run build`: `node out/bench/locations.js [count]`.
 *
 * - CLI: `meldcode-lint --format json -o <file> <folder>` over the board (500 locations and
 *   the base) and over the expanded files; wall time from spawn to exit, median of 3.
 * - LSP: OPEN locations open in the language server; one edit to the base (a line added to
 *   an action of step 1), timed from the didChange to the last of the open locations'
 *   re-published diagnostics. The reference is the same edit made to each of the OPEN
 *   expanded files (one didChange each, sent together), to the last of their diagnostics.
 *   Median of 5 edits.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspConnection } from './lsp/driver';

const repoRoot = path.resolve(__dirname, '..', '..');
const BOARD = path.join(repoRoot, 'samples', 'bestuur');
const OPEN = 20;
const EDITS = 5;

interface Row {
  what: string;
  locations: number;
  board: number;
  expanded: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The local parts of location `i`: two officers and three regional contact points. */
function localParts(i: number): { officers: string; contactPoints: string } {
  const phone = (n: number): string => `"0486-${String(100000 + ((i * 7 + n) % 900000)).padStart(6, '0')}"`;
  return {
    officers: [
      `  - id: aandachtsfunctionaris\n    naam: Aandachtsfunctionaris ${i}\n    functie: Intern begeleider\n    telefoon: ${phone(1)}\n    vervanger: directeur`,
      `  - id: directeur\n    naam: Directeur ${i}\n    functie: Directeur\n    telefoon: ${phone(2)}\n    vervanger: aandachtsfunctionaris`,
    ].join('\n'),
    contactPoints: [
      `  - id: veilig-thuis\n    soort: veilig-thuis\n    naam: Veilig Thuis Brabant Noordoost\n    telefoon: "0800-2000"`,
      `  - id: jgz\n    soort: jeugdgezondheidszorg\n    naam: GGD, jeugdgezondheidszorg\n    telefoon: "0900-4636443"`,
      `  - id: wijkteam\n    soort: wijkteam\n    naam: Sociaal team ${i}\n    telefoon: ${phone(3)}`,
    ].join('\n'),
  };
}

function locationText(i: number): string {
  const parts = localParts(i);
  return `meldcode: "1.1"\nbasis: ../stichting.meldcode.yaml\norganisatie:\n  locatie: School ${i}\naandachtsfunctionarissen:\n${parts.officers}\ncontactpunten:\n${parts.contactPoints}\n`;
}

/** The base with location `i`'s parts written in: the same protocol as one independent file. */
function expandedText(base: string, i: number): string {
  const parts = localParts(i);
  return base
    .replace('\ncontactpunten:\n', `\naandachtsfunctionarissen:\n${parts.officers}\ncontactpunten:\n${parts.contactPoints}\n`)
    .replace('  naam: Stichting Openbaar Primair Onderwijs Maasland\n', `  naam: Stichting Openbaar Primair Onderwijs Maasland, school ${i}\n`);
}

function writeWorkspace(root: string, count: number): { board: string; expanded: string; base: string } {
  const base = fs.readFileSync(path.join(BOARD, 'stichting.meldcode.yaml'), 'utf8');
  const board = path.join(root, 'bestuur');
  const expanded = path.join(root, 'los');
  fs.mkdirSync(path.join(board, 'scholen'), { recursive: true });
  fs.mkdirSync(expanded, { recursive: true });
  fs.writeFileSync(path.join(board, 'stichting.meldcode.yaml'), base);
  for (let i = 0; i < count; i++) {
    const name = `school-${String(i).padStart(3, '0')}.meldcode.yaml`;
    fs.writeFileSync(path.join(board, 'scholen', name), locationText(i));
    fs.writeFileSync(path.join(expanded, name), expandedText(base, i));
  }
  return { board, expanded, base };
}

/** GNU time, when installed, gives the CPU time of the run: on a machine shared with other work the wall time alone says little. */
const GNU_TIME = '/usr/bin/time';

function cliSeconds(folder: string, cwd: string): { seconds: number; cpuSeconds: number | undefined; status: number | null; files: number } {
  const times: number[] = [];
  const cpu: number[] = [];
  let status: number | null = null;
  let files = 0;
  const output = path.join(cwd, 'report.json');
  const args = [path.join(repoRoot, 'bin', 'meldcode-lint.js'), '--format', 'json', '-o', output, folder];
  const timed = fs.existsSync(GNU_TIME);
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = timed
      ? spawnSync(GNU_TIME, ['-f', 'cpu %U %S', process.execPath, ...args], { cwd, encoding: 'utf8' })
      : spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
    times.push((performance.now() - start) / 1000);
    const used = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? '');
    if (used) cpu.push(Number(used[1]) + Number(used[2]));
    status = result.status;
    files = (JSON.parse(fs.readFileSync(output, 'utf8')) as unknown[]).length;
  }
  return { seconds: median(times), cpuSeconds: cpu.length > 0 ? median(cpu) : undefined, status, files };
}

/** An edit that changes no finding: a word added to the first action of step 1. */
function editOf(text: string, round: number): { line: number; character: number; text: string } {
  const lines = text.split('\n');
  const stepOne = lines.findIndex((line) => line === '  - stap: 1');
  const action = lines.findIndex((line, index) => index > stepOne && line.startsWith('      - '));
  return { line: action, character: lines[action].length, text: ` (${round})` };
}

async function lspMilliseconds(root: string, files: string[], edited: (round: number) => Array<{ uri: string; text: string; version: number }>, waitFor: string[]): Promise<number> {
  const connection = LspConnection.start({ name: 'meldcode', command: process.execPath, args: [path.join(repoRoot, 'bin', 'meldcode-language-server.js'), '--stdio'], cwd: root });
  try {
    await connection.initialize({ rootUri: pathToFileURL(root).href, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bench' }] });
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      const settled = connection.nextDiagnostics(uri);
      connection.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'meldcode', version: 1, text: fs.readFileSync(file, 'utf8') } });
      await settled;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const times: number[] = [];
    for (let round = 1; round <= EDITS; round++) {
      const changes = edited(round);
      const all = Promise.all(waitFor.map((file) => connection.nextDiagnostics(pathToFileURL(file).href)));
      const start = performance.now();
      for (const change of changes) {
        const edit = editOf(change.text, round);
        connection.notify('textDocument/didChange', {
          textDocument: { uri: change.uri, version: change.version },
          contentChanges: [{ range: { start: { line: edit.line, character: edit.character }, end: { line: edit.line, character: edit.character } }, text: edit.text }],
        });
      }
      await all;
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return median(times);
  } finally {
    await connection.request('shutdown', null).catch(() => undefined);
    connection.notify('exit', null);
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 500);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-bench-locations-'));
  try {
    const { board, expanded, base } = writeWorkspace(root, count);
    const boardCli = cliSeconds(board, root);
    const expandedCli = cliSeconds(expanded, root);

    const openLocations = Array.from({ length: OPEN }, (_, i) => path.join(board, 'scholen', `school-${String(i).padStart(3, '0')}.meldcode.yaml`));
    const openExpanded = Array.from({ length: OPEN }, (_, i) => path.join(expanded, `school-${String(i).padStart(3, '0')}.meldcode.yaml`));
    const basePath = path.join(board, 'stichting.meldcode.yaml');
    const baseUri = pathToFileURL(basePath).href;
    let baseText = base;
    const boardMs = await lspMilliseconds(
      root,
      [basePath, ...openLocations],
      (round) => {
        const change = { uri: baseUri, text: baseText, version: round + 1 };
        const edit = editOf(baseText, round);
        const lines = baseText.split('\n');
        lines[edit.line] += edit.text;
        baseText = lines.join('\n');
        return [change];
      },
      openLocations,
    );
    const expandedTexts = new Map(openExpanded.map((file) => [file, fs.readFileSync(file, 'utf8')]));
    const expandedMs = await lspMilliseconds(
      root,
      openExpanded,
      (round) =>
        openExpanded.map((file) => {
          const text = expandedTexts.get(file)!;
          const edit = editOf(text, round);
          const lines = text.split('\n');
          lines[edit.line] += edit.text;
          expandedTexts.set(file, lines.join('\n'));
          return { uri: pathToFileURL(file).href, text, version: round + 1 };
        }),
      openExpanded,
    );

    const rows: Row[] = [
      { what: `meldcode-lint --format json <folder> (wall, s; exit ${boardCli.status}/${expandedCli.status})`, locations: count, board: boardCli.seconds, expanded: expandedCli.seconds },
      ...(boardCli.cpuSeconds !== undefined && expandedCli.cpuSeconds !== undefined
        ? [{ what: 'meldcode-lint, the same runs (CPU user + system, s)', locations: count, board: boardCli.cpuSeconds, expanded: expandedCli.cpuSeconds }]
        : []),
      { what: `edit → diagnostics of ${OPEN} open locations (LSP, ms)`, locations: OPEN, board: boardMs, expanded: expandedMs },
    ];
    const cell = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(2));
    console.log(`| ${['', 'protocols', 'base + locations', 'expanded files', 'expanded / base + locations'].join(' | ')} |`);
    console.log('|---|---:|---:|---:|---:|');
    for (const row of rows) console.log(`| ${row.what} | ${row.locations} | ${cell(row.board)} | ${cell(row.expanded)} | ${(row.expanded / row.board).toFixed(2)}× |`);
    const load = os.loadavg().map((value) => value.toFixed(1)).join(', ');
    console.log(`\nfiles reported: board ${boardCli.files}, expanded ${expandedCli.files}; ${os.availableParallelism()} cores, load average ${load}`);
    const output = path.join(repoRoot, 'bench', 'results-locations.json');
    fs.writeFileSync(output, `${JSON.stringify({ date: new Date().toISOString(), cores: os.availableParallelism(), loadAverage: os.loadavg(), node: process.version, locations: count, open: OPEN, rows }, null, 2)}\n`);
    console.log(`written: ${path.relative(repoRoot, output)}`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
