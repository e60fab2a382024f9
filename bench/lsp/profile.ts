/**
 * Where our server spends its time between a one-line change and the diagnostics:
 * `node out/bench/lsp/profile.js [lines]` starts the server under `node --cpu-prof`, makes
 * 40 toggling one-line changes to a generated protocol (default 5,000 lines), waits for
 * each change's diagnostics, and prints the functions with the most self time and the
 * files that hold the most time. The .cpuprofile is kept for Chrome's DevTools.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateProtocol } from '../generate';
import { LspConnection } from './driver';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const LINES = Number(process.argv[2] ?? 5_000);
const CHANGES = 40;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-profile-'));
  const server = LspConnection.start({
    name: 'meldcode-language-server',
    command: process.execPath,
    args: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, path.join(repoRoot, 'bin', 'meldcode-language-server.js'), '--stdio'],
    settings: { meldcode: { locale: 'en' } },
  });
  await server.initialize({ rootUri: null });
  const lines = generateProtocol({ lines: LINES, seed: LINES }).split('\n');
  const toggle = lines.findIndex((line, i) => i > lines.length / 2 && line.startsWith('    verantwoordelijk:'));
  const target = toggle === -1 ? lines.findIndex((line) => line.startsWith('    verantwoordelijk:')) : toggle;
  const uri = 'file:///profile/protocol.meldcode.yaml';
  let version = 1;
  const first = server.nextDiagnostics(uri, (p) => p.version === 1, 60_000);
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'meldcode', version, text: lines.join('\n') } });
  await first;
  const times: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const old = lines[target];
    lines[target] = old.includes('verantwoordelijkk:') ? old.replace('verantwoordelijkk:', 'verantwoordelijk:') : old.replace('verantwoordelijk:', 'verantwoordelijkk:');
    version++;
    const published = server.nextDiagnostics(uri, (p) => p.version === version, 60_000);
    const sent = performance.now();
    server.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: target, character: 0 }, end: { line: target, character: old.length } }, text: lines[target] }],
    });
    times.push((await published).receivedAt - sent);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop(15_000);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${LINES} lines: didChange -> diagnostics median ${sorted[sorted.length >> 1].toFixed(1)} ms over ${CHANGES} changes\n`);

  const file = fs.readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${profileDir}`);
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8')) as Profile;
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const time = selfTime.get(node.id) ?? 0;
    if (time === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${path.basename(url)}:${lineNumber + 1}` : '(native)';
    const name = `${functionName || '(anonymous)'} ${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    const fileKey = url ? url.replace(/^file:\/\//, '').replace(`${repoRoot}/`, '') : functionName || '(native)';
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + time);
  }
  const top = (map: Map<string, number>, count: number): string =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${name}`)
      .join('\n');
  console.log(`Self time by function (whole server run):\n${top(byFunction, 25)}\n`);
  console.log(`Self time by file:\n${top(byFile, 15)}\n`);
  console.log(`Profile: ${path.join(profileDir, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exitCode = 1;
});
