import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlias, isCollection, isMap, isPair, isScalar } from 'yaml';
import { generateProtocol } from '../../bench/generate';
import type { Diagnostic } from '../../bench/lsp/driver';
import { IncrementalParser, parseProtocol, validateDocument, type ProtocolDocument } from '../../server/src/engine';
import { TODAY } from '../helpers/rules';
import { runCli } from '../helpers/spawn';
import { BOUND, FINDINGS_PER_RULE, hostileInputs, leftOutMessage, unknownKeys, type HostileInput } from './hostile-inputs';
import { loggedErrors, startServer } from './lsp-session';

/**
 * Each hostile input through the command line, its route map (`render`) and the language
 * server, each in a process whose heap is capped at the bound (300 MB): it must finish with
 * the findings, capped per rule, that the input calls for. How long each takes, and its peak
 * memory, is what `npm run bench` shows; no time is asserted here.
 */
/** A reader of pieces that declines: the whole text is read as one. */
const WHOLE = { compose: () => undefined, partsEstimate: () => undefined };

const HEAP_CAP = `--max-old-space-size=${BOUND.megabytes}`;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

interface JsonMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}

/** The findings of one input, as rule id and English message, checked against what it expects. */
function checkFindings(input: HostileInput, findings: ReadonlyArray<{ ruleId: string; message: string }>): void {
  const byRule = new Map<string, string[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding.message]);
  assert.equal(byRule.has('internal-error'), false, `${input.name}: ${byRule.get('internal-error')?.[0]}`);
  for (const [ruleId, messages] of byRule) {
    assert.ok(messages.length <= FINDINGS_PER_RULE + 1, `${input.name}: ${messages.length} findings of ${ruleId}`);
  }
  for (const [ruleId, { shown, leftOut, message }] of Object.entries(input.expect)) {
    const messages = byRule.get(ruleId) ?? [];
    assert.equal(messages.length, shown, `${input.name}: findings of ${ruleId}: ${JSON.stringify(messages.slice(0, 2))}`);
    const regular = leftOut === undefined ? messages : messages.slice(0, -1);
    if (leftOut !== undefined) assert.equal(messages.at(-1), leftOutMessage(ruleId, leftOut), `${input.name}: the last finding of ${ruleId}`);
    if (message) for (const text of regular) assert.match(text, message, `${input.name}: ${ruleId}`);
  }
}

/** The YAML tree as plain data: what every node says and where it stands. */
function tree(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  if (isPair(node)) return { key: tree(node.key), value: tree(node.value) };
  if (isScalar(node)) return { scalar: node.value, type: node.type, range: node.range, source: node.source, comment: node.comment, spaceBefore: node.spaceBefore };
  if (isAlias(node)) return { alias: node.source, range: node.range };
  if (isCollection(node)) return { [isMap(node) ? 'map' : 'seq']: node.items.map(tree), flow: node.flow, range: node.range, comment: node.comment };
  return { other: String(node) };
}

function readable(document: ProtocolDocument): unknown {
  return { range: document.yaml?.range, contents: tree(document.yaml?.contents), problems: document.problems, data: document.data, comment: document.yaml?.comment };
}

describe('robustness: a large text read once is composed piece by piece', function () {
  this.timeout(300_000);

  it('giving the document and the findings a whole parse gives', function () {
    const texts = [
      generateProtocol({ lines: 20_000, seed: 3 }),
      generateProtocol({ lines: 20_000, seed: 5, withFindings: true }),
      ...hostileInputs()
        .filter((input) => input.text.length >= 512 * 1024)
        .map((input) => input.text),
    ];
    for (const text of texts) {
      const whole = parseProtocol(text, {}, WHOLE);
      const inPieces = parseProtocol(text);
      assert.deepEqual(readable(inPieces), readable(whole), text.slice(0, 200));
      assert.deepEqual(validateDocument(inPieces, { today: TODAY }), validateDocument(whole, { today: TODAY }), text.slice(0, 200));
    }
  });

  it('in the language server too, in a few hundred pieces for 12,500 top-level keys, of which an edit reads one again', function () {
    // Over 512 kB, as the server cuts large texts, and within the limit of YAML parts.
    const large = unknownKeys(12_500).replace(/: x\n/g, `: ${'een waarde die de regel vult, '.repeat(2)}en verder\n`);
    assert.ok(large.length > 512 * 1024);
    const parser = new IncrementalParser();
    const read = (): { pieces: number; parsed: number } | 'whole' => parser.lastParse;
    const first = parser.parse(large);
    const opened = read();
    assert.ok(opened !== 'whole' && opened.pieces <= 12_500 / 32, JSON.stringify(opened));
    assert.deepEqual(readable(first), readable(parseProtocol(large, {}, WHOLE)));
    const middle = large.indexOf('\n', large.length >> 1) + 1;
    const edited = `${large.slice(0, middle)}onbekend: ja\n${large.slice(middle)}`;
    const second = parser.parse(edited);
    const after = read();
    assert.ok(after !== 'whole' && after.parsed <= 2, JSON.stringify(after));
    assert.deepEqual(readable(second), readable(parseProtocol(edited, {}, WHOLE)));
  });
});

describe('robustness: inputs built to exhaust time or memory, in a process with a 300 MB heap', function () {
  this.timeout(600_000);
  const inputs = hostileInputs();
  let folder: string;

  before(function () {
    folder = mkdtempSync(join(tmpdir(), 'meldcode-exhaustion-'));
    for (const input of inputs) writeFileSync(join(folder, `${input.name}.meldcode.yaml`), input.text);
  });
  after(function () {
    rmSync(folder, { recursive: true, force: true });
  });

  for (const input of inputs) {
    it(`meldcode-lint: ${input.description}`, async function () {
      const file = join(folder, `${input.name}.meldcode.yaml`);
      const run = await runCli(['--format', 'json', '--locale', 'en', file], { env: { NODE_OPTIONS: HEAP_CAP }, timeoutMs: 300_000 });
      assert.equal(run.signal, null, `${input.name}: killed\n${run.stderr.slice(-2000)}`);
      assert.equal(run.stderr, '', input.name);
      // 1: the protocol has errors (every input lacks required sections).
      assert.equal(run.code, 1, `${input.name}: exit ${run.code}`);
      const [{ messages }] = JSON.parse(run.stdout) as Array<{ messages: JsonMessage[] }>;
      checkFindings(input, messages);
    });
  }

  it('meldcode-lint counts the findings left out: in the JSON counts, the summary and --max-warnings', async function () {
    const file = join(folder, 'findings-250000.meldcode.yaml');
    const json = await runCli(['--format', 'json', '--locale', 'en', file], { env: { NODE_OPTIONS: HEAP_CAP }, timeoutMs: 300_000 });
    const [result] = JSON.parse(json.stdout) as Array<{ errorCount: number; warningCount: number; messages: JsonMessage[] }>;
    assert.ok(result.warningCount >= 250_000 && result.messages.length <= 250, `${result.warningCount} warnings in ${result.messages.length} messages`);
    const stylish = await runCli(['--locale', 'en', '--max-warnings', '1000', file], { env: { NODE_OPTIONS: HEAP_CAP }, timeoutMs: 300_000 });
    assert.equal(stylish.code, 1);
    assert.match(stylish.stdout, new RegExp(`✖ 1 file checked, ${result.errorCount} errors?, ${result.warningCount} warnings`));
    assert.match(stylish.stderr, new RegExp(`Too many warnings: ${result.warningCount}, 1000 allowed`));
  });

  it('meldcode-lint render: the route map of each input', async function () {
    for (const input of inputs) {
      const file = join(folder, `${input.name}.meldcode.yaml`);
      const output = join(folder, `${input.name}.html`);
      const run = await runCli(['render', file, '-o', output, '--locale', 'en'], { env: { NODE_OPTIONS: HEAP_CAP }, timeoutMs: 300_000 });
      assert.equal(run.signal, null, `${input.name}: killed\n${run.stderr.slice(-2000)}`);
      if (input.refused) {
        // As for a file over the size limit: nothing to draw, and the reason.
        assert.equal(run.code, 1, `${input.name}: exit ${run.code}: ${run.stderr}`);
        assert.match(run.stderr, /cannot be drawn: The file consists of more than 100,000 YAML parts/, input.name);
        assert.ok(!existsSync(output), input.name);
        continue;
      }
      assert.equal(run.code, 0, `${input.name}: exit ${run.code}: ${run.stderr}`);
      assert.ok(existsSync(output) && readFileSync(output, 'utf8').includes('</html>'), input.name);
    }
  });

  it('the language server: diagnostics, document links, symbols, folding and quick fixes for each input, and it keeps answering', async function () {
    const { server } = await startServer({ nodeFlags: [HEAP_CAP] });
    try {
      for (const input of inputs) {
        const uri = `file:///hostile/${input.name}.meldcode.yaml`;
        const published = server.nextDiagnostics(uri, (p) => p.version === 1, 300_000);
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'meldcode', version: 1, text: input.text } });
        const { diagnostics } = await published;
        checkFindings(
          input,
          diagnostics.map((d: Diagnostic) => ({ ruleId: String(d.code), message: d.message })),
        );
        const textDocument = { uri };
        const links = await server.request<unknown[]>('textDocument/documentLink', { textDocument }, 300_000);
        if (input.links !== undefined) assert.equal(links.length, input.links, input.name);
        await server.request('textDocument/documentSymbol', { textDocument }, 300_000);
        await server.request('textDocument/foldingRange', { textDocument }, 300_000);
        // The long line of the inputs that have one is the third or the fifth.
        for (const line of [2, 4]) {
          const end = { line, character: 100_000 };
          await server.request('textDocument/codeAction', { textDocument, range: { start: { line, character: 0 }, end }, context: { diagnostics: [] } }, 300_000);
          await server.request('textDocument/completion', { textDocument, position: end }, 300_000);
          await server.request('textDocument/hover', { textDocument, position: { line, character: 4 } }, 300_000);
        }
        const cleared = server.nextDiagnostics(uri, (p) => p.diagnostics.length === 0, 300_000);
        server.notify('textDocument/didClose', { textDocument });
        await cleared;
      }
      assert.ok(server.alive, server.stderr);
      assert.deepEqual(loggedErrors(server), []);
      assert.doesNotMatch(server.stderr, STACK_TRACE);
    } finally {
      await server.stop();
    }
  });
});
