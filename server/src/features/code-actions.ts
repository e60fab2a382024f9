import { isScalar, visit } from 'yaml';
import { CodeActionKind, type CodeAction, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { Finding, Fix, Locale, ProtocolDocument, TextEdit as EngineEdit } from '../engine';
import { reasonStart } from '../engine/directives';
import { acceptedFixEdits } from '../engine/fixes';
import { toDiagnostic } from './diagnostics';
import { FIX_ALL_KIND } from './kinds';
import { serverText } from './messages';
import { plainLine } from './markdown';
import { ruleName } from './rule-names';

export { FIX_ALL_KIND };

export interface CodeActionRequest {
  uri: string;
  version: number;
  range: Range;
  only?: readonly string[];
  locale: Locale;
  /** The client applies versioned `documentChanges`; otherwise plain `changes`. */
  documentChanges: boolean;
}

/**
 * Quick fixes for the findings in the range: the rule's own fix and suggestions, the same fix
 * for every such finding in the file, and last "turn off this check on this line"; and the
 * fix-all source action for the document.
 */
export function codeActions(document: ProtocolDocument, findings: readonly Finding[], request: CodeActionRequest): CodeAction[] {
  const wants = (kind: string): boolean =>
    !request.only || request.only.length === 0 || request.only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    request.documentChanges
      ? { documentChanges: [{ textDocument: { uri: request.uri, version: request.version }, edits }] }
      : { changes: { [request.uri]: edits } };
  const actions: CodeAction[] = [];
  // Turning a check off is the last resort: offered after every real fix.
  const disables: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const disabled = new Set<string>();
    const offeredForFile = new Set<string>();
    for (const finding of findings) {
      if (!intersects(finding.range, request.range)) continue;
      const diagnostic = toDiagnostic(finding, request.locale);
      const fixes: Fix[] = [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])];
      fixes.forEach((fix, index) => {
        const action: CodeAction = {
          // A title quotes the protocol's values: plain text on one line.
          title: plainLine(fix.title[request.locale]),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit(fix.edits.map(toLspEdit)),
        };
        if (index === 0 && (finding.fix !== undefined || fixes.length === 1)) action.isPreferred = true;
        actions.push(action);
      });
      const family = finding.fix && sameFixInFile(findings, finding);
      if (family && family.length > 1 && !offeredForFile.has(familyKey(finding))) {
        offeredForFile.add(familyKey(finding));
        actions.push({
          title: serverText('fixInFile', request.locale, { fix: plainLine(finding.fix!.title[request.locale]), count: family.length }),
          kind: CodeActionKind.QuickFix,
          diagnostics: family.map((member) => toDiagnostic(member, request.locale)),
          edit: edit(acceptedFixEdits(family).edits.map(toLspEdit)),
        });
      }
      const line = finding.range.start.line;
      const key = `${finding.ruleId}:${line}`;
      if (finding.ruleId === 'internal-error' || disabled.has(key)) continue;
      disabled.add(key);
      const disable = disableEdit(document, finding.ruleId, line);
      if (disable) {
        disables.push({
          title: serverText('disableForLine', request.locale, { name: ruleName(finding.ruleId, request.locale), rule: finding.ruleId, line: line + 1 }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([disable]),
        });
      }
    }
  }

  if (wants(FIX_ALL_KIND)) {
    const { edits } = acceptedFixEdits(findings);
    if (edits.length > 0) {
      actions.push({ title: serverText('fixAll', request.locale), kind: FIX_ALL_KIND, edit: edit(edits.map(toLspEdit)) });
    }
  }
  return [...actions, ...disables];
}

/** Findings whose automatic fix is the same kind of fix: the same rule, the same title ("Put the text in quotes"). */
function familyKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.fix?.title.en ?? ''}`;
}

/** The findings of the document with an automatic fix of the same kind as this one's. */
function sameFixInFile(findings: readonly Finding[], finding: Finding): Finding[] {
  const key = familyKey(finding);
  return findings.filter((candidate) => candidate.fix && candidate.fix.edits.length > 0 && familyKey(candidate) === key);
}

function toLspEdit(edit: EngineEdit): TextEdit {
  return { range: edit.range, newText: edit.newText };
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

const DIRECTIVE_ABOVE = /^\s*#\s*meldcode-disable-next-line[ \t]+/;

/**
 * A `# meldcode-disable-next-line` line: its start up to the list of rules, and the list
 * (without a ` -- reason`). Read in one pass (see reasonStart), not by a pattern that tries
 * each length of the list against `\s+--`.
 */
function directiveAbove(line: string): { head: string; list: string } | undefined {
  const head = DIRECTIVE_ABOVE.exec(line)?.[0];
  if (head === undefined) return undefined;
  const rest = line.slice(head.length);
  const reason = reasonStart(rest);
  return { head, list: reason === -1 ? rest : rest.slice(0, reason) };
}

/**
 * `# meldcode-disable-next-line <rule>` above the line, indented like it; added to the
 * list of a directive that is already there. Undefined inside a multi-line text, where
 * a comment line would become part of the text.
 */
function disableEdit(document: ProtocolDocument, ruleId: string, line: number): TextEdit | undefined {
  const { positions, text } = document;
  if (line < 0 || line >= positions.lineCount) return undefined;
  const lineStart = positions.lineStart(line);
  if (insideMultilineScalar(document, lineStart)) return undefined;
  if (line > 0) {
    const above = positions.lineText(line - 1);
    const directive = directiveAbove(above);
    if (directive) {
      const ids = directive.list.split(/[,\s]+/).filter((id) => id !== '');
      if (ids.includes(ruleId)) return undefined;
      const at = directive.head.length + directive.list.length;
      const newText = ids.length === 0 ? ruleId : `, ${ruleId}`;
      return { range: { start: { line: line - 1, character: at }, end: { line: line - 1, character: at } }, newText };
    }
  }
  const indent = /^[ \t]*/.exec(positions.lineText(line))?.[0] ?? '';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}# meldcode-disable-next-line ${ruleId}${newline}`,
  };
}

function insideMultilineScalar(document: ProtocolDocument, offset: number): boolean {
  if (!document.yaml) return false;
  let inside = false;
  visit(document.yaml, {
    Scalar(_key, node) {
      if (!isScalar(node) || !node.range) return;
      const [start, end] = node.range;
      if (start < offset && offset < end && document.text.lastIndexOf('\n', offset - 1) >= start) {
        inside = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return inside;
}
