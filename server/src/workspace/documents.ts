import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalParser, validateDocument, type Finding, type ProtocolDocument, type SeveritySetting } from '../engine';

export { isProtocolDocument, isProtocolFileName, uriToPath } from './uris';

/** What a protocol is checked with: the merged rule settings and the file size limit. */
export interface CheckOptions {
  rules: ReadonlyMap<string, SeveritySetting>;
  maxFileSize?: number;
}

interface Entry {
  version: number;
  /** The editor's document this was parsed from: a document opened again is another one, also at the same version. */
  source: TextDocument;
  /** Keeps the pieces of the last parse, so that the next version parses only what changed. */
  parser: IncrementalParser;
  maxFileSize: number | undefined;
  document: ProtocolDocument;
  findings?: { key: string; findings: Finding[] };
}

/**
 * One parse per document version, shared by every feature, and the findings of that
 * version for the settings they were made with. Only the latest version is kept, and
 * only for the documents used most recently: a parse holds the whole YAML tree, and with
 * a hundred protocols open the others are parsed again when they are next needed.
 */
export class ProtocolStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 24) {}

  parse(textDocument: TextDocument, maxFileSize?: number): ProtocolDocument {
    return this.entry(textDocument, maxFileSize).document;
  }

  /** The findings of this version; computed once per version and settings. */
  findings(textDocument: TextDocument, options: CheckOptions): Finding[] {
    const entry = this.entry(textDocument, options.maxFileSize);
    const today = new Date().toISOString().slice(0, 10);
    const key = `${today}|${[...options.rules].map(([id, value]) => `${id}=${value}`).join(',')}`;
    if (entry.findings?.key === key) return entry.findings.findings;
    const findings = validateDocument(entry.document, { rules: options.rules, today, maxFileSize: options.maxFileSize });
    entry.findings = { key, findings };
    return findings;
  }

  /** The parse of a version already parsed, if it is the current one. */
  cached(uri: string, version: number): ProtocolDocument | undefined {
    const entry = this.entries.get(uri);
    return entry && entry.version === version ? entry.document : undefined;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  private entry(textDocument: TextDocument, maxFileSize: number | undefined): Entry {
    const uri = textDocument.uri;
    const existing = this.entries.get(uri);
    this.entries.delete(uri);
    if (existing && existing.source === textDocument && existing.version === textDocument.version && existing.maxFileSize === maxFileSize) {
      this.entries.set(uri, existing);
      return existing;
    }
    const parser = existing?.parser ?? new IncrementalParser();
    const entry: Entry = {
      version: textDocument.version,
      source: textDocument,
      parser,
      maxFileSize,
      document: parser.parse(textDocument.getText(), { maxFileSize }),
    };
    this.entries.set(uri, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }
}
