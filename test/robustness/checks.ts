/**
 * Checks shared by the property tests, written independently of the engine's own
 * position code so that they can disagree with it.
 */
import type { Finding, Position, Range, TextEdit } from '../../server/src/engine';

/** Line starts as an LSP client counts them: "\r\n", "\n" and a lone "\r" each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export class Lines {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  get count(): number {
    return this.starts.length;
  }

  /** Length of a line without its line break. */
  length(line: number): number {
    const start = this.starts[line];
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return end - start;
  }

  /** The offset of a position, clamped into the text as LSP clients and servers do. */
  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const line = Math.max(0, position.line);
    return this.starts[line] + Math.min(Math.max(0, position.character), this.length(line));
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low] };
  }
}

function isPosition(value: Position): boolean {
  return Number.isInteger(value.line) && Number.isInteger(value.character) && value.line >= 0 && value.character >= 0;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** Why a range does not lie inside the text, or undefined when it does. */
export function rangeProblem(lines: Lines, range: Range): string | undefined {
  for (const [name, position] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    if (!isPosition(position)) return `${name} ${JSON.stringify(position)} is not a position`;
    if (position.line >= lines.count) return `${name} line ${position.line} is past the last line ${lines.count - 1}`;
    const length = lines.length(position.line);
    if (position.character > length) return `${name} character ${position.character} is past the end of line ${position.line} (length ${length})`;
  }
  if (!before(range.start, range.end)) return `start ${JSON.stringify(range.start)} is after end ${JSON.stringify(range.end)}`;
  return undefined;
}

function editProblem(text: string, lines: Lines, edit: TextEdit): string | undefined {
  const { startOffset, endOffset } = edit;
  if (!Number.isInteger(startOffset) || !Number.isInteger(endOffset) || startOffset < 0 || startOffset > endOffset || endOffset > text.length) {
    return `edit offsets [${startOffset}, ${endOffset}) do not lie in a text of ${text.length} characters`;
  }
  const expected = { start: lines.positionAt(startOffset), end: lines.positionAt(endOffset) };
  if (JSON.stringify(expected) !== JSON.stringify(edit.range)) {
    return `edit range ${JSON.stringify(edit.range)} does not match its offsets, which are ${JSON.stringify(expected)}`;
  }
  return undefined;
}

/** Every way the findings break the promise that ranges and edits lie inside the text. */
export function findingProblems(text: string, findings: readonly Finding[]): string[] {
  const lines = new Lines(text);
  const problems: string[] = [];
  for (const finding of findings) {
    const where = `${finding.ruleId} at ${JSON.stringify(finding.range)}`;
    const problem = rangeProblem(lines, finding.range);
    if (problem) problems.push(`${where}: ${problem}`);
    if (finding.ruleId === 'internal-error') problems.push(`${where}: ${finding.message.en}`);
    if (!finding.message.nl || !finding.message.en) problems.push(`${where}: message lacks Dutch or English`);
    for (const fix of [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])]) {
      for (const edit of fix.edits) {
        const problem = editProblem(text, lines, edit);
        if (problem) problems.push(`${where}, fix "${fix.title.en}": ${problem}`);
      }
    }
  }
  return problems;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * The runs of non-white-space characters of `original` that lie outside `removed`, a run
 * also ending where a removed span begins or ends. These are the words the user wrote
 * that a fix may not take away.
 */
export function keptRuns(original: string, removed: readonly Span[]): string[] {
  const isRemoved = new Uint8Array(original.length);
  const boundaries = new Set<number>();
  for (const span of removed) {
    isRemoved.fill(1, span.start, span.end);
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const runs: string[] = [];
  let run = '';
  const flush = (): void => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < original.length; i++) {
    if (boundaries.has(i)) flush();
    if (isRemoved[i] || /\s/.test(original[i])) flush();
    else run += original[i];
  }
  flush();
  return runs;
}

/** The first run that `result` does not contain after the runs before it, or undefined when all are there in order. */
export function firstMissingRun(result: string, runs: readonly string[]): { run: string; index: number } | undefined {
  let cursor = 0;
  for (let index = 0; index < runs.length; index++) {
    const at = result.indexOf(runs[index], cursor);
    if (at === -1) return { run: runs[index], index };
    cursor = at + runs[index].length;
  }
  return undefined;
}

/** How many findings of a rule carry each message: a multiset to compare before and after a fix. */
export function messageCounts(findings: readonly Finding[], ruleId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (finding.ruleId !== ruleId) continue;
    counts.set(finding.message.en, (counts.get(finding.message.en) ?? 0) + 1);
  }
  return counts;
}

/** Messages that occur more often in `after` than in `before`. */
export function addedMessages(before: Map<string, number>, after: Map<string, number>): string[] {
  const added: string[] = [];
  for (const [message, count] of after) {
    if (count > (before.get(message) ?? 0)) added.push(message);
  }
  return added;
}
