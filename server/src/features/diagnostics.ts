import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentDiagnosticReportKind,
  FileChangeType,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type ConfigProblem, type Finding, type Locale, type ProtocolDocument, type Severity } from '../engine';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/document';
import { isConfigFile, type FileConfig } from '../config-files';
import { isProtocolDocument, isProtocolFileName, uriToPath } from '../workspace/documents';
import { findProtocolFiles, readProtocolFile } from '../workspace/protocol-files';
import { openDocumentLookup } from '../workspace/locations';
import type { ProtocolWorkspace } from '../workspace/protocol-workspace';
import { serverText } from './messages';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Rules whose findings the editor can show in a special way: greyed out, or struck through. */
const TAGS: Readonly<Record<string, DiagnosticTag[]>> = {
  'reference-unused': [DiagnosticTag.Unnecessary],
  'term-outdated': [DiagnosticTag.Deprecated],
};

export const DIAGNOSTIC_SOURCE = 'meldcode';

export function toDiagnostic(finding: Finding, locale: Locale): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docUrl },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message[locale],
  };
  const tags = TAGS[finding.ruleId];
  if (tags) diagnostic.tags = tags;
  return diagnostic;
}

/** Problems of a `.meldcoderc.yaml`, shown in that file. */
function configDiagnostics(config: FileConfig, locale: Locale): Diagnostic[] {
  return configProblems(config).map((problem) => {
    const line = Math.max(0, problem.line - 1);
    return {
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      code: 'config',
      source: DIAGNOSTIC_SOURCE,
      message: problem.message[locale],
    };
  });
}

function configProblems(config: FileConfig): readonly ConfigProblem[] {
  if (!config.readError) return config.problems;
  const code = config.readError.code ?? 'EIO';
  const limit = (config.readError as { limit?: unknown }).limit;
  let message: { nl: string; en: string };
  if (code === 'ENOTREG') {
    message = {
      nl: `De configuratie is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat) en wordt niet gelezen (${code}); de standaardinstellingen worden gebruikt.`,
      en: `The configuration is not a regular file (but, for example, a pipe or device) and is not read (${code}); the defaults are used.`,
    };
  } else if (code === 'EFBIG' && typeof limit === 'number') {
    message = {
      nl: `De configuratie is groter dan ${limit} bytes en wordt niet gelezen (${code}); de standaardinstellingen worden gebruikt.`,
      en: `The configuration is larger than ${limit} bytes and is not read (${code}); the defaults are used.`,
    };
  } else {
    message = {
      nl: `De configuratie kan niet gelezen worden (${code}); de standaardinstellingen worden gebruikt.`,
      en: `The configuration cannot be read (${code}); the defaults are used.`,
    };
  }
  return [{ line: 1, message }];
}

export interface DiagnosticsOptions {
  /** The client pulls diagnostics of open documents (textDocument/diagnostic). */
  pull: boolean;
  /** The client can be asked to pull again after a settings change. */
  pullRefresh: boolean;
  /** The client shows server-created work-done progress. */
  progress: boolean;
  /** Milliseconds between the last change and the check. */
  debounce: number;
  /** From how many files a workspace check shows progress. */
  progressThreshold: number;
  /** Told of each protocol file read from disk, so that others need not read it again. */
  onReadFromDisk?: (filePath: string, stat: fs.Stats, maxFileSize: number, document: ProtocolDocument) => void;
}

/**
 * Diagnostics of open documents (pushed, or pulled when the client asks for them) and
 * of the protocol files in the workspace folders that are not open (pushed, from disk).
 */
export class DiagnosticsService {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Protocol files on disk found in the workspace folders, by path. */
  private readonly workspaceFiles = new Set<string>();
  /** The URI under which diagnostics of a closed file were pushed, by path. */
  private readonly pushedFromDisk = new Map<string, string>();
  private readonly pushedConfigs = new Set<string>();
  private folders: string[] = [];
  private scanGeneration = 0;
  private pullGeneration = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: ProtocolWorkspace,
    private readonly options: DiagnosticsOptions,
  ) {
    workspace.locations.useOpenDocuments(openDocumentLookup(() => documents.all(), uriToPath));
    workspace.locations.onBaseFound((realPath) => this.baseFound(realPath));
  }

  /* ----- open documents ----- */

  changed(document: TextDocument): void {
    if (!isProtocolDocument(document.uri, document.languageId)) return;
    this.forgetDiskDiagnostics(document.uri);
    if (this.options.pull) {
      // The open locations built on this base change with it: the client is asked to pull again.
      const filePath = uriToPath(document.uri);
      if (this.options.pullRefresh && filePath !== undefined && this.workspace.locations.dependents(filePath).length > 0) this.connection.languages.diagnostics.refresh();
      return;
    }
    const uri = document.uri;
    clearTimeout(this.timers.get(uri));
    const run = (): void => {
      this.timers.delete(uri);
      void this.publishOpen(uri);
      this.recheckOpenLocations(uri);
    };
    if (this.options.debounce <= 0) run();
    else this.timers.set(uri, setTimeout(run, this.options.debounce));
  }

  closed(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.delete(document.uri);
    this.workspace.store.forget(document.uri);
    if (!isProtocolDocument(document.uri, document.languageId)) return;
    const filePath = uriToPath(document.uri);
    if (!this.options.pull) this.send(document.uri, []);
    // A protocol of the workspace keeps the diagnostics of its saved content.
    if (filePath !== undefined && this.workspaceFiles.has(filePath)) void this.publishFromDisk(filePath);
  }

  private async publishOpen(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const findings = await this.workspace.findings(document);
    // Closed and opened again meanwhile: the same uri and version number, but another text.
    const current = this.documents.get(uri);
    if (current !== document || current.version !== version) return;
    const locale = this.workspace.locale;
    this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((finding) => toDiagnostic(finding, locale)) });
    this.publishConfigProblems(uri);
  }

  /** An edit to a base: every open location built on it is checked again at once. */
  private recheckOpenLocations(uri: string): void {
    const filePath = uriToPath(uri);
    if (filePath === undefined) return;
    const dependents = new Set(this.workspace.locations.dependents(filePath));
    if (dependents.size === 0) return;
    for (const document of this.documents.all()) {
      const openPath = uriToPath(document.uri);
      const real = openPath === undefined ? undefined : this.workspace.locations.realPath(openPath);
      if (document.uri !== uri && real !== undefined && dependents.has(real)) void this.publishOpen(document.uri);
    }
  }

  /** A base saved or changed on disk: the closed locations built on it are checked again, with progress when there are many. */
  private async recheckClosedLocations(filePath: string): Promise<void> {
    const closed = this.workspace.locations.dependents(filePath).filter((location) => !this.isOpen(location));
    if (closed.length > 0) await this.publishAllFromDisk(closed, () => false);
  }

  /** A protocol first found to be the base of another: its own findings lose what its locations fill in. */
  private baseFound(realPath: string): void {
    for (const document of this.documents.all()) {
      const openPath = uriToPath(document.uri);
      if (openPath !== undefined && this.workspace.locations.realPath(openPath) === realPath) {
        if (this.options.pull) {
          if (this.options.pullRefresh) this.connection.languages.diagnostics.refresh();
        } else {
          this.changed(document);
        }
        return;
      }
    }
    const onDisk = [...this.workspaceFiles].find((filePath) => this.workspace.locations.realPath(filePath) === realPath);
    if (onDisk !== undefined) void this.publishFromDisk(onDisk);
  }

  /** textDocument/diagnostic: the findings of an open document, or "unchanged" when nothing changed. */
  async pull(uri: string, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    const document = this.documents.get(uri);
    if (!document || !isProtocolDocument(uri, document.languageId)) {
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
    const version = document.version;
    const resultId = `${this.pullGeneration}:${version}:${this.workspace.locale}`;
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const findings = await this.workspace.findings(document);
    this.publishConfigProblems(uri);
    const locale = this.workspace.locale;
    return {
      kind: DocumentDiagnosticReportKind.Full,
      resultId: `${this.pullGeneration}:${version}:${locale}`,
      items: findings.map((finding) => toDiagnostic(finding, locale)),
    };
  }

  /** After a settings or configuration change: everything is checked again. */
  refreshAll(): void {
    this.pullGeneration++;
    if (this.options.pull) {
      if (this.options.pullRefresh) this.connection.languages.diagnostics.refresh();
    } else {
      for (const document of this.documents.all()) this.changed(document);
    }
    for (const filePath of this.workspaceFiles) {
      if (!this.isOpen(filePath)) void this.publishFromDisk(filePath);
    }
  }

  /* ----- the workspace ----- */

  /** The protocol files found on disk in the workspace folders, open or not. */
  protocolFilesOnDisk(): ReadonlySet<string> {
    return this.workspaceFiles;
  }

  setFolders(folders: string[]): void {
    const removed = this.folders.filter((folder) => !folders.includes(folder));
    const added = folders.filter((folder) => !this.folders.includes(folder));
    this.folders = folders;
    this.workspace.locations.setFolders(folders);
    for (const filePath of [...this.workspaceFiles]) {
      if (removed.some((folder) => isInside(filePath, folder)) && !folders.some((folder) => isInside(filePath, folder))) {
        this.workspaceFiles.delete(filePath);
        this.forgetDiskDiagnostics(undefined, filePath);
      }
    }
    if (added.length > 0) void this.scan(added);
  }

  /** Checks every protocol file under the folders; with progress when there are many. */
  async scan(folders: readonly string[] = this.folders): Promise<number> {
    const generation = ++this.scanGeneration;
    const found: string[] = [];
    for (const folder of folders) found.push(...(await findProtocolFiles(folder, () => generation !== this.scanGeneration)));
    if (generation !== this.scanGeneration) return 0;
    for (const filePath of found) this.workspaceFiles.add(filePath);
    return this.publishAllFromDisk(
      found.filter((filePath) => !this.isOpen(filePath)),
      () => generation !== this.scanGeneration,
    );
  }

  /** Publishes the diagnostics of closed files one by one, with progress when there are many; stops when `cancelled`. */
  private async publishAllFromDisk(closed: readonly string[], cancelled: () => boolean): Promise<number> {
    const locale = this.workspace.locale;
    const reporter =
      this.options.progress && closed.length >= this.options.progressThreshold
        ? await this.connection.window.createWorkDoneProgress().catch(() => undefined)
        : undefined;
    reporter?.begin(serverText('progressTitle', locale), 0, serverText('progressCount', locale, { done: 0, total: closed.length }), false);
    let done = 0;
    for (const filePath of closed) {
      if (cancelled()) break;
      await this.publishFromDisk(filePath);
      done++;
      reporter?.report(Math.round((done / closed.length) * 100), serverText('progressCount', locale, { done, total: closed.length }));
      await new Promise((resolve) => setImmediate(resolve));
    }
    reporter?.done();
    return done;
  }

  /** workspace/didChangeWatchedFiles. */
  filesChanged(changes: readonly FileEvent[]): void {
    let configChanged = false;
    for (const change of changes) {
      const filePath = uriToPath(change.uri);
      if (filePath === undefined) continue;
      if (isConfigFile(filePath)) {
        configChanged = true;
        continue;
      }
      if (!isProtocolFileName(filePath)) continue;
      const inWorkspace = this.folders.length === 0 || this.folders.some((folder) => isInside(filePath, folder));
      const dependents = this.workspace.locations.dependents(filePath).length > 0;
      this.workspace.locations.forget(filePath);
      if (change.type === FileChangeType.Deleted) {
        this.workspaceFiles.delete(filePath);
        this.forgetDiskDiagnostics(undefined, filePath);
      } else if (inWorkspace && !isIgnoredPath(filePath)) {
        this.workspaceFiles.add(filePath);
        if (!this.isOpen(filePath)) void this.publishFromDisk(filePath);
      }
      if (dependents) {
        this.recheckOpenLocations(change.uri);
        void this.recheckClosedLocations(filePath);
      }
    }
    if (configChanged) {
      this.workspace.configFiles.clear();
      this.clearConfigProblems();
      this.refreshAll();
    }
  }

  private async publishFromDisk(filePath: string): Promise<void> {
    const uri = pathToFileURL(filePath).href;
    const config = this.workspace.configFiles.forProtocol(filePath);
    const editor = await this.workspace.editorSettings(uri);
    const maxFileSize = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const rules = new Map([...config.rules, ...editor.rules]);
    let findings: Finding[];
    try {
      const stat = await fs.promises.stat(filePath);
      const document = await readProtocolFile(filePath, stat, maxFileSize);
      findings = this.workspace.findingsOnDisk(filePath, document, { rules, maxFileSize });
      this.options.onReadFromDisk?.(filePath, stat, maxFileSize, document);
    } catch {
      this.workspaceFiles.delete(filePath);
      this.forgetDiskDiagnostics(undefined, filePath);
      return;
    }
    if (this.isOpen(filePath)) return;
    const locale = this.workspace.locale;
    this.pushedFromDisk.set(filePath, uri);
    this.connection.sendDiagnostics({ uri, diagnostics: findings.map((finding) => toDiagnostic(finding, locale)) });
    if (config.source) this.publishConfig(config);
  }

  /** Clears what was pushed for a closed file (when it is opened, deleted or leaves the workspace). */
  private forgetDiskDiagnostics(uri: string | undefined, filePath = uri === undefined ? undefined : uriToPath(uri)): void {
    if (filePath === undefined) return;
    const pushed = this.pushedFromDisk.get(filePath);
    if (pushed === undefined) return;
    this.pushedFromDisk.delete(filePath);
    if (pushed !== uri || this.options.pull || !this.isOpen(filePath)) this.send(pushed, []);
  }

  private publishConfigProblems(uri: string): void {
    const config = this.workspace.fileConfig(uri);
    if (config?.source) this.publishConfig(config);
  }

  private publishConfig(config: FileConfig): void {
    if (!config.source) return;
    const uri = pathToFileURL(config.source).href;
    if (config.problems.length === 0 && !config.readError && !this.pushedConfigs.has(uri)) return;
    this.pushedConfigs.add(uri);
    this.send(uri, configDiagnostics(config, this.workspace.locale));
  }

  private clearConfigProblems(): void {
    for (const uri of this.pushedConfigs) this.send(uri, []);
    this.pushedConfigs.clear();
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    this.connection.sendDiagnostics({ uri, diagnostics });
  }

  private isOpen(filePath: string): boolean {
    for (const document of this.documents.all()) {
      if (uriToPath(document.uri) === filePath) return true;
    }
    return false;
  }
}

function isInside(filePath: string, folder: string): boolean {
  const relative = path.relative(folder, filePath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function isIgnoredPath(filePath: string): boolean {
  return filePath.split(path.sep).some((part) => part === 'node_modules' || part === '.git');
}
