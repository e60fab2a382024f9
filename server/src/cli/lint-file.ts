import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applyFixes,
  BaseFindingsCache,
  DEFAULT_MAX_FILE_SIZE,
  namesBase,
  parseProtocol,
  parseProtocolBytes,
  resolveBaseChain,
  tooLargeDocument,
  validateDocument,
  validateWithBases,
  withoutLocalParts,
  mergeChain,
  type BaseChain,
  type Finding,
  type ProtocolModel,
  type ProtocolDocument,
  type ValidateOptions,
} from '../engine';
import { BaseProtocolFiles, workspaceRootFor } from '../workspace/base-files';
import { summarizeProtocol } from '../report/summary';
import { isTooLarge, readRegularFileSync } from '../safe-read';
import { writeFileAtomic } from './atomic-write';
import { toReported, type FileFailure, type FileResult, type LintOutcome, type LintTask } from './results';

/** As ESLint: fixes can make new fixes possible, so fixing repeats, but never endlessly. */
const MAX_FIX_PASSES = 10;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Problems after which the text is not the file's true content, so writing it back would damage the file. */
const UNSAFE_TO_WRITE = new Set(['INVALID_UTF8', 'BINARY', 'FILE_TOO_LARGE', 'TOO_MANY_PARTS']);

/** Reads, checks and (with --fix) repairs one protocol file. Never throws: I/O trouble is an outcome. */
export function lintFile(task: LintTask): LintOutcome {
  const options: ValidateOptions = { rules: new Map(task.rules), maxFileSize: task.maxFileSize, today: task.today };
  const maxFileSize = task.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let bytes: Buffer;
  let document: ProtocolDocument;
  try {
    // Every UTF-16 unit takes at most three bytes: past that the file is surely too large, and is not read.
    bytes = readRegularFileSync(task.filePath, maxFileSize * 3).bytes;
    document = parseProtocolBytes(bytes, options);
  } catch (error) {
    if (!isTooLarge(error)) return { kind: 'failure', failure: failure(task.filePath, isMissing(error) ? 'vanished' : 'unreadable', error) };
    bytes = Buffer.alloc(0);
    document = tooLargeDocument(maxFileSize);
  }
  const checked = checkProtocol(task, document, options);
  const initialFindings = checked.findings;
  const basePath = checked.basePath !== undefined ? { basePath: checked.basePath } : {};
  let findings = initialFindings;
  if (!task.fix || document.problems.some((problem) => UNSAFE_TO_WRITE.has(problem.code))) {
    const summary = task.summarize ? { summary: summarizeProtocol(summarizedModel(document, checked.chain)) } : {};
    return { kind: 'result', result: { filePath: task.filePath, findings: findings.map((finding) => toReported(finding, document.text)), fixesApplied: 0, ...summary, ...basePath } };
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
    findings = checkProtocol(task, parseProtocol(text, options), options).findings;
  }
  if (text === original) {
    return { kind: 'result', result: { filePath: task.filePath, findings: findings.map((finding) => toReported(finding, text)), fixesApplied: 0, ...basePath } };
  }

  const hadBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const encoded = Buffer.from(text, 'utf8');
  try {
    writeFileAtomic(fixTarget(task), hadBom ? Buffer.concat([Buffer.from(UTF8_BOM), encoded]) : encoded);
  } catch (error) {
    // Nothing was changed on disk, so the findings of the file as it is are what counts.
    return {
      kind: 'result',
      result: { filePath: task.filePath, findings: initialFindings.map((finding) => toReported(finding, original)), fixesApplied: 0, ...basePath },
      failure: failure(task.filePath, 'not-written', error),
    };
  }
  return { kind: 'result', result: { filePath: task.filePath, findings: findings.map((finding) => toReported(finding, text)), fixesApplied, ...basePath } };
}

/** Bases read in this thread, per size limit; and the findings of each base, checked once. */
const baseFiles = new Map<number, BaseProtocolFiles>();
const baseFindings = new BaseFindingsCache();

/** A protocol's findings; a location protocol is checked merged with its bases (docs/locations.md). */
function checkProtocol(task: LintTask, document: ProtocolDocument, options: ValidateOptions): { findings: Finding[]; basePath?: string; chain?: BaseChain } {
  if (!namesBase(document)) return { findings: validateDocument(document, options) };
  const maxFileSize = task.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let host = baseFiles.get(maxFileSize);
  if (!host) baseFiles.set(maxFileSize, (host = new BaseProtocolFiles(maxFileSize)));
  const realFile = host.realPath(task.filePath) ?? path.resolve(task.filePath);
  const cwd = host.realPath(process.cwd());
  const root = workspaceRootFor(realFile, [...(cwd !== undefined ? [cwd] : []), ...(task.fixRoots ?? [])]);
  const chain = resolveBaseChain(task.filePath, document, root, host);
  return { findings: validateWithBases(chain, options, baseFindings), basePath: chain.bases[0]?.path, chain };
}

/** What the overview reads: a location merged with its bases (when they could be read), else the protocol itself. */
function summarizedModel(document: ProtocolDocument, chain: BaseChain | undefined): ProtocolModel {
  if (!chain || chain.problem || chain.bases.length === 0) return document.model;
  return mergeChain(
    document,
    chain.bases.map((base) => base.document),
  ).model;
}

/**
 * A protocol that is the base of another in the run leaves the parts each location fills in
 * (officers, contact points, references to them) to its locations: those findings are left
 * out of its own report. Changes the outcomes' results in place.
 */
export function reportBasesOnce(outcomes: LintOutcome[]): LintOutcome[] {
  const results = outcomes.flatMap((outcome): FileResult[] => (outcome.kind === 'result' ? [outcome.result] : []));
  const bases = new Set(results.flatMap((result) => (result.basePath !== undefined ? [result.basePath] : [])));
  if (bases.size === 0) return outcomes;
  for (const result of results) {
    let real: string;
    try {
      real = fs.realpathSync(result.filePath);
    } catch {
      continue;
    }
    if (bases.has(real)) result.findings = withoutLocalParts(result.findings);
  }
  return outcomes;
}

/**
 * The file --fix may write for this task, or an error (with a code from `describeIoError`)
 * saying why it must be left alone:
 * - ESYMLINK: a symbolic link found in a folder is never written through; a link named on the
 *   command line is followed, but only to a file in the folder it was named in;
 * - EOUTSIDE: the file lies outside the folders named on the command line (reached through a
 *   linked folder or a link named on the command line);
 * - ENOTREG: it is no longer a regular file;
 * - EHARDLINK: it has more than one name; the atomic write would give this name a new file and
 *   leave the others with the old text, so the links would silently come apart;
 * - EREADONLY / EACCES: it has no write permission: not for its owner (which even the
 *   superuser, for whom permissions do not count, respects), or not for this user.
 */
export function fixTarget(task: Pick<LintTask, 'filePath' | 'fixRoots' | 'named'>): string {
  const refuse = (code: string, message: string): never => {
    throw Object.assign(new Error(`${message}: ${task.filePath}`), { code });
  };
  const own = fs.lstatSync(task.filePath);
  if (own.isSymbolicLink() && !task.named) refuse('ESYMLINK', 'a symbolic link found in a folder is not written through');
  const target = fs.realpathSync(task.filePath);
  const roots = task.fixRoots ?? [];
  if (!roots.some((root) => isSameOrInside(target, root))) refuse('EOUTSIDE', 'outside the folders named on the command line');
  const stat = fs.statSync(target);
  if (!stat.isFile()) refuse('ENOTREG', 'not a regular file');
  if (stat.nlink > 1) refuse('EHARDLINK', `the file has ${stat.nlink} hard links`);
  if ((stat.mode & 0o222) === 0) refuse('EREADONLY', 'the file is read-only');
  fs.accessSync(target, fs.constants.W_OK);
  return target;
}

/** Whether `inner` is `outer` or lies below it (both real paths). */
function isSameOrInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

function failure(filePath: string, kind: FileFailure['kind'], error: unknown): FileFailure {
  const errno = error as NodeJS.ErrnoException | undefined;
  const code = errno?.code ?? 'EIO';
  return { filePath, kind, code, error: { code: errno?.code, message: errno?.message ?? String(error) } };
}
