import * as path from 'node:path';
import { isMap } from 'yaml';
import { formatSize, structureIsReliable, type ProtocolDocument } from '../document';
import type { BaseProblem } from '../model';
import { formatVersionOf } from '../schema-versions';

/**
 * How the engine reaches other files: the caller does the I/O (the command line with its
 * size-capped reader, the language server with its open documents), the engine only asks.
 */
export interface ProtocolFileHost {
  /** The real path (symbolic links resolved), or undefined when nothing is there. */
  realPath(filePath: string): string | undefined;
  /** The protocol at a real path, or why it cannot be read (the reason, in Dutch and English). */
  read(realPath: string): ProtocolDocument | { unreadable: { nl: string; en: string } };
}

export interface BaseFile {
  /** Real path. */
  path: string;
  document: ProtocolDocument;
}

/** A protocol with the chain of bases it builds on, nearest first, and why the chain stops early if it does. */
export interface BaseChain {
  /** Real path of the protocol itself. */
  path: string;
  document: ProtocolDocument;
  bases: BaseFile[];
  problem?: BaseProblem;
}

/** Whether a protocol names a base the tools follow: `basis` is a key of format 1.1. */
export function namesBase(document: ProtocolDocument): boolean {
  return document.model.basis !== undefined && formatVersionOf(versionOf(document)) === '1.1';
}

function versionOf(document: ProtocolDocument): unknown {
  return (document.data as { meldcode?: unknown } | undefined)?.meldcode;
}

/** Whether `inner` is `outer` or lies below it. */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * Follows `basis` from a protocol up to the protocol without one. Nothing outside the
 * workspace root is read: a path that leaves it, written or through a symbolic link, stops
 * the chain; so do a cycle, a missing or unreadable file, a base with YAML errors and a base
 * of another format version. `filePath` is the protocol's own path (real or not).
 */
export function resolveBaseChain(filePath: string, document: ProtocolDocument, workspaceRoot: string, host: ProtocolFileHost): BaseChain {
  const root = host.realPath(workspaceRoot) ?? path.resolve(workspaceRoot);
  const ownPath = host.realPath(filePath) ?? path.resolve(filePath);
  const chain: BaseChain = { path: ownPath, document, bases: [] };
  if (!namesBase(document)) return chain;
  const version = formatVersionOf(versionOf(document));
  const seen = [ownPath];
  const shown = (realPath: string): string => path.relative(root, realPath).split(path.sep).join('/');
  let current = document;
  let currentPath = ownPath;
  const stop = (kind: BaseProblem['kind'], data: Record<string, string>): BaseChain => {
    // A problem further up the chain is the nearest base's to fix; the location is told where.
    // A cycle through this file is its own problem as much as any other's in the circle.
    chain.problem = chain.bases.length === 0 || kind === 'cycle' ? { kind, data } : { kind: 'chain', data: { path: shown(currentPath) } };
    return chain;
  };
  while (current.model.basis !== undefined) {
    const written = current.model.basis.text.trim();
    const data = { path: written };
    if (written === '' || path.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written) || written.startsWith('\\')) return stop('absolute', data);
    const target = path.resolve(path.dirname(currentPath), written);
    if (!isInside(target, root)) return stop('outside', data);
    const real = host.realPath(target);
    if (real === undefined) return stop('missing', data);
    if (!isInside(real, root)) return stop('outside', data);
    if (seen.includes(real)) return stop('cycle', { path: document.model.basis!.text.trim(), chain: [...seen, real].map(shown).join(' → ') });
    const base = host.read(real);
    if ('unreadable' in base) return stop('unreadable', { path: written, reasonNl: base.unreadable.nl, reasonEn: base.unreadable.en });
    const refused = refusalOf(base);
    if (refused) return stop('unreadable', { path: written, reasonNl: refused.nl, reasonEn: refused.en });
    if (!structureIsReliable(base) || !isMap(base.yaml?.contents)) return stop('broken', data);
    const baseVersion = formatVersionOf(versionOf(base));
    if (baseVersion !== version) return stop('version', { path: written, version: version ?? '', baseVersion: String(versionOf(base) ?? '') });
    chain.bases.push({ path: real, document: base });
    seen.push(real);
    current = base;
    currentPath = real;
  }
  return chain;
}

/** Why a base was not read at all (too large, binary, too many parts): the writer can act on that, not on "its YAML has errors". */
function refusalOf(base: ProtocolDocument): { nl: string; en: string } | undefined {
  const problem = base.problems.find((candidate) => REFUSALS.has(candidate.code));
  switch (problem?.code) {
    case 'FILE_TOO_LARGE': {
      const limit = formatSize(problem.limit ?? 0);
      return { nl: `het is groter dan ${limit} ("max-file-size" in .meldcoderc.yaml)`, en: `it is larger than ${limit} ("max-file-size" in .meldcoderc.yaml)` };
    }
    case 'BINARY':
      return { nl: 'het is geen tekstbestand', en: 'it is not a text file' };
    case 'INVALID_UTF8':
      return { nl: 'het is geen geldige UTF-8', en: 'it is not valid UTF-8' };
    case 'TOO_MANY_PARTS':
      return {
        nl: `het bestaat uit meer dan ${(problem.limit ?? 0).toLocaleString('nl-NL')} YAML-onderdelen`,
        en: `it consists of more than ${(problem.limit ?? 0).toLocaleString('en-US')} YAML parts`,
      };
    default:
      return undefined;
  }
}

const REFUSALS: ReadonlySet<string> = new Set(['FILE_TOO_LARGE', 'BINARY', 'INVALID_UTF8', 'TOO_MANY_PARTS']);
