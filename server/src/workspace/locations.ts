import * as fs from 'node:fs';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  BaseFindingsCache,
  DEFAULT_MAX_FILE_SIZE,
  mergeChain,
  namesBase,
  resolveBaseChain,
  validateDocument,
  validateWithBases,
  withoutLocalParts,
  type BaseChain,
  type Finding,
  type MergedProtocol,
  type ProtocolDocument,
  type SeveritySetting,
} from '../engine';
import { BaseProtocolFiles, workspaceRootFor } from './base-files';
import type { CheckOptions } from './documents';

/** A location merged with its bases; `paths[level]` is the real path of the file at that level (0: the location). */
export interface Inheritance {
  merged: MergedProtocol;
  paths: string[];
}

/**
 * The language server's side of location protocols (docs/locations.md): which base each
 * location builds on, the bases read from the editor when open and from disk otherwise, and
 * which locations must be checked again when a base changes.
 */
export class Locations {
  private folders: string[] = [];
  private openDocument: (realPath: string) => TextDocument | undefined = () => undefined;
  /** Bases as read with each size limit: a base is read with the limit of the location that names it, as the CLI does. */
  private readonly hosts = new Map<number, BaseProtocolFiles>();
  private readonly files = this.host(undefined);
  private readonly baseFindings = new BaseFindingsCache();
  /** Per location checked (real path): the real paths of its bases, nearest first. */
  private readonly chains = new Map<string, string[]>();
  private readonly baseFoundListeners: Array<(realPath: string) => void> = [];

  constructor(private readonly parse: (textDocument: TextDocument) => ProtocolDocument) {}

  /** The workspace folders: a base must lie in the folder of its location. */
  setFolders(folders: readonly string[]): void {
    this.folders = folders.map((folder) => this.files.realPath(folder) ?? folder);
  }

  /** How to find the open document of a real path: its text in the editor wins over the disk. */
  useOpenDocuments(lookup: (realPath: string) => TextDocument | undefined): void {
    this.openDocument = lookup;
  }

  /** Told when a protocol is first found to be the base of another: its own findings change. */
  onBaseFound(listener: (realPath: string) => void): void {
    this.baseFoundListeners.push(listener);
  }

  namesBase(document: ProtocolDocument): boolean {
    return namesBase(document);
  }

  realPath(filePath: string): string | undefined {
    return this.files.realPath(filePath);
  }

  /** The findings of a protocol: a location merged with its bases; a base without what its locations fill in. */
  findings(filePath: string, document: ProtocolDocument, options: CheckOptions): Finding[] {
    if (!namesBase(document)) return this.asBase(filePath, validateDocument(document, { rules: options.rules, maxFileSize: options.maxFileSize }));
    const chain = this.chainOf(filePath, document, options.maxFileSize);
    return validateWithBases(chain, { rules: options.rules, maxFileSize: options.maxFileSize, today: new Date().toISOString().slice(0, 10) }, this.baseFindings);
  }

  /** A protocol's own findings, without those of LOCAL_PART_RULES when another protocol builds on it. */
  asBase(filePath: string, findings: Finding[]): Finding[] {
    const real = this.files.realPath(filePath);
    if (real === undefined) return findings;
    for (const bases of this.chains.values()) if (bases.includes(real)) return withoutLocalParts(findings);
    return findings;
  }

  /** The locations checked so far that build on this file, directly or through another base. */
  dependents(filePath: string): string[] {
    const real = this.files.realPath(filePath);
    if (real === undefined) return [];
    return [...this.chains].filter(([, bases]) => bases.includes(real)).map(([location]) => location);
  }

  /** Forgets what was read of a file from disk (it changed or was deleted). */
  forget(filePath: string): void {
    const real = this.files.realPath(filePath) ?? filePath;
    for (const host of this.hosts.values()) host.forget(real);
    this.chains.delete(real);
  }

  /** `maxFileSize`: the limit of the location's configuration, with which its bases are read. */
  inheritance(filePath: string, document: ProtocolDocument, maxFileSize?: number): Inheritance | undefined {
    if (!namesBase(document)) return undefined;
    const chain = this.chainOf(filePath, document, maxFileSize);
    if (chain.problem || chain.bases.length === 0) return undefined;
    return { merged: mergeChain(document, chain.bases.map((base) => base.document)), paths: [chain.path, ...chain.bases.map((base) => base.path)] };
  }

  private host(maxFileSize: number | undefined): BaseProtocolFiles {
    const limit = maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    let host = this.hosts.get(limit);
    if (!host) {
      host = new BaseProtocolFiles(limit, (realPath) => {
        const open = this.openDocument(realPath);
        return open ? this.parse(open) : undefined;
      });
      this.hosts.set(limit, host);
    }
    return host;
  }

  private chainOf(filePath: string, document: ProtocolDocument, maxFileSize: number | undefined): BaseChain {
    const real = this.files.realPath(filePath) ?? filePath;
    const chain = resolveBaseChain(filePath, document, workspaceRootFor(real, this.folders), this.host(maxFileSize));
    const bases = chain.bases.map((base) => base.path);
    const known = new Set([...this.chains.values()].flat());
    this.chains.set(chain.path, bases);
    for (const base of bases) if (!known.has(base)) for (const listener of this.baseFoundListeners) listener(base);
    return chain;
  }
}

/** The real path of each open document, for Locations.useOpenDocuments. */
export function openDocumentLookup(all: () => readonly TextDocument[], toPath: (uri: string) => string | undefined): (realPath: string) => TextDocument | undefined {
  return (realPath) =>
    all().find((document) => {
      const filePath = toPath(document.uri);
      if (filePath === undefined) return false;
      try {
        return fs.realpathSync(filePath) === realPath;
      } catch {
        return false;
      }
    });
}

/**
 * A protocol as it is drawn and printed (the route map, `meldcode-lint render`): a location
 * with its bases merged in, and the findings of that whole; any other protocol as it is. The
 * workspace is the outermost of `roots` that holds the file.
 */
export function protocolWithBases(
  filePath: string,
  document: ProtocolDocument,
  roots: readonly string[],
  options: { rules?: ReadonlyMap<string, SeveritySetting>; maxFileSize?: number } = {},
): { document: ProtocolDocument; findings: Finding[]; levels?: ProtocolLevels } {
  if (!namesBase(document)) return { document, findings: validateDocument(document, options) };
  const files = new BaseProtocolFiles(options.maxFileSize);
  const real = files.realPath(filePath) ?? filePath;
  const chain = resolveBaseChain(filePath, document, workspaceRootFor(real, roots.map((root) => files.realPath(root) ?? root)), files);
  const findings = validateWithBases(chain, options);
  if (chain.problem || chain.bases.length === 0) return { document, findings };
  return {
    document: { ...document, model: mergeChain(document, chain.bases.map((base) => base.document)).model },
    findings,
    levels: { paths: [chain.path, ...chain.bases.map((base) => base.path)], documents: [document, ...chain.bases.map((base) => base.document)] },
  };
}

/** The files of a merged protocol by level (0: the location, then its bases, nearest first): where each part of the merged model is written. */
export interface ProtocolLevels {
  paths: string[];
  documents: ProtocolDocument[];
}
