/**
 * The language server's own work after a one-line edit, measured in this process along the
 * server's own code path: the incremental change applied to the TextDocument, the parse
 * (IncrementalParser: only the changed piece is read again), every rule, the findings turned
 * into LSP diagnostics and serialised as the publishDiagnostics message. What it leaves out is
 * the debounce and the pipe, which the side-by-side LSP benchmark includes.
 *
 * The reference is the same work with a whole parse of the new text, as a server without
 * incremental parsing does it.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseProtocol, validateDocument, type Finding } from '../server/src/engine';
import { toDiagnostic } from '../server/src/features/diagnostics';
import { ProtocolWorkspace } from '../server/src/workspace/protocol-workspace';
import { generateProtocol } from './generate';

export interface EditRow {
  lines: number;
  edits: number;
  incrementalMs: number;
  wholeMs: number;
  ratio: number;
}

/** Toggles a key in a step in the middle of the protocol: `verantwoordelijk` <-> `verantwoordelijkk`. */
function toggleEdit(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((content, index) => index > lines.length / 2 && content.startsWith('    verantwoordelijk:'));
  if (line === -1) throw new Error('the generated protocol has no step after its middle');
  return { line, character: '    verantwoordelijk'.length };
}

/** As TextDocuments does for an incremental didChange: inserts the `k`, then deletes it again. */
function toggler(document: TextDocument, at: { line: number; character: number }): () => void {
  let broken = false;
  return () => {
    const end = { line: at.line, character: at.character + (broken ? 1 : 0) };
    TextDocument.update(document, [{ range: { start: at, end }, text: broken ? '' : 'k' }], document.version + 1);
    broken = !broken;
  };
}

/** The publishDiagnostics message as the connection serialises it. */
function publishMessage(uri: string, version: number, findings: readonly Finding[]): string {
  return JSON.stringify({ uri, version, diagnostics: findings.map((finding) => toDiagnostic(finding, 'en')) });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function measureEdit(lines: number, edits: number): Promise<EditRow> {
  const text = generateProtocol({ lines, seed: lines });
  const at = toggleEdit(text);
  const uri = `file:///bench/edit-${lines}.meldcode.yaml`;

  const workspace = new ProtocolWorkspace('en');
  const document = TextDocument.create(uri, 'meldcode', 1, text);
  const changeDocument = toggler(document, at);
  const serverWork = async (): Promise<number> => {
    const start = process.hrtime.bigint();
    changeDocument();
    const findings = await workspace.findings(document);
    publishMessage(uri, document.version, findings);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };

  const reference = TextDocument.create(uri, 'meldcode', 1, text);
  const changeReference = toggler(reference, at);
  const wholeWork = (): number => {
    const start = process.hrtime.bigint();
    changeReference();
    const findings = validateDocument(parseProtocol(reference.getText()), { today: new Date().toISOString().slice(0, 10) });
    publishMessage(uri, reference.version, findings);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };

  await workspace.findings(document);
  for (let i = 0; i < 10; i++) {
    await serverWork();
    wholeWork();
  }
  const incremental: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < edits; i++) {
    // Interleaved, so a busy moment of the machine hits both alike.
    incremental.push(await serverWork());
    whole.push(wholeWork());
  }
  const incrementalMs = median(incremental);
  const wholeMs = median(whole);
  return { lines, edits, incrementalMs, wholeMs, ratio: wholeMs / incrementalMs };
}
