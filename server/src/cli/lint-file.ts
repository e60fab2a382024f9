import * as fs from 'node:fs';
import { applyFixes, parseProtocol, parseProtocolBytes, validateDocument, type Finding, type ValidateOptions } from '../engine';
import { writeFileAtomic } from './atomic-write';
import { toReported, type FileFailure, type LintOutcome, type LintTask } from './results';

/** As ESLint: fixes can make new fixes possible, so fixing repeats, but never endlessly. */
const MAX_FIX_PASSES = 10;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Problems after which the text is not the file's true content, so writing it back would damage the file. */
const UNSAFE_TO_WRITE = new Set(['INVALID_UTF8', 'BINARY', 'FILE_TOO_LARGE']);

/** Reads, checks and (with --fix) repairs one protocol file. Never throws: I/O trouble is an outcome. */
export function lintFile(task: LintTask): LintOutcome {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(task.filePath);
  } catch (error) {
    return { kind: 'failure', failure: failure(task.filePath, isMissing(error) ? 'vanished' : 'unreadable', error) };
  }
  const options: ValidateOptions = { rules: new Map(task.rules), maxFileSize: task.maxFileSize };
  const document = parseProtocolBytes(bytes, options);
  const initialFindings = validateDocument(document, options);
  let findings = initialFindings;
  if (!task.fix || document.problems.some((problem) => UNSAFE_TO_WRITE.has(problem.code))) {
    return { kind: 'result', result: { filePath: task.filePath, findings: findings.map(toReported), fixesApplied: 0 } };
  }

  const original = document.text;
  let text = original;
  let fixesApplied = 0;
  const wanted = (finding: Finding): boolean => finding.fix !== undefined && (!task.fixErrorsOnly || finding.severity === 'error');
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixable = findings.filter(wanted);
    if (fixable.length === 0) break;
    const fixed = applyFixes(text, fixable);
    if (fixed.applied === 0 || fixed.text === text) break;
    text = fixed.text;
    fixesApplied += fixed.applied;
    findings = validateDocument(parseProtocol(text, options), options);
  }
  if (text === original) {
    return { kind: 'result', result: { filePath: task.filePath, findings: findings.map(toReported), fixesApplied: 0 } };
  }

  const hadBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const encoded = Buffer.from(text, 'utf8');
  try {
    writeFileAtomic(task.filePath, hadBom ? Buffer.concat([Buffer.from(UTF8_BOM), encoded]) : encoded);
  } catch (error) {
    // Nothing was changed on disk, so the findings of the file as it is are what counts.
    return {
      kind: 'result',
      result: { filePath: task.filePath, findings: initialFindings.map(toReported), fixesApplied: 0 },
      failure: failure(task.filePath, 'not-written', error),
    };
  }
  return { kind: 'result', result: { filePath: task.filePath, findings: findings.map(toReported), fixesApplied } };
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

function failure(filePath: string, kind: FileFailure['kind'], error: unknown): FileFailure {
  const errno = error as NodeJS.ErrnoException | undefined;
  const code = errno?.code ?? 'EIO';
  return { filePath, kind, code, error: { code: errno?.code, message: errno?.message ?? String(error) } };
}
