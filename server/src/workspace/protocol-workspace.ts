import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeRuleSettings, type Finding, type Locale, type ProtocolDocument } from '../engine';
import { ConfigFiles, type FileConfig } from '../config-files';
import { ProtocolStore, uriToPath, type CheckOptions } from './documents';
import { Locations, type Inheritance } from './locations';
import { defaultEditorSettings, readEditorSettings, resolveLocale, type EditorSettings } from './settings';

/** Asks the client for the `meldcode` settings section, for one resource or globally. */
export type SettingsSource = (scopeUri: string | undefined) => Promise<unknown>;

/**
 * What every feature reads: the parsed documents, the settings and the configuration
 * files. Editor settings come from the client (per resource when it can tell them),
 * configuration files from disk; both are remembered until they change.
 */
export class ProtocolWorkspace {
  readonly store = new ProtocolStore();
  readonly configFiles = new ConfigFiles({ skipFolders: true });
  private globalSettings: EditorSettings = defaultEditorSettings();
  private readonly resourceSettings = new Map<string, Promise<EditorSettings>>();
  private settingsSource: SettingsSource | undefined;
  /** Settings pushed with workspace/didChangeConfiguration by clients that cannot be asked. */
  private pushedSettings: EditorSettings | undefined;

  /** Location protocols and their bases (docs/locations.md). */
  readonly locations: Locations;

  constructor(private readonly clientLocale: string | undefined) {
    this.locations = new Locations((textDocument) => this.parse(textDocument));
  }

  get locale(): Locale {
    return resolveLocale(this.globalSettings.locale, this.clientLocale);
  }

  /** Use the client's workspace/configuration request from now on. */
  useSettingsSource(source: SettingsSource): void {
    this.settingsSource = source;
  }

  setGlobalSettings(settings: EditorSettings): void {
    this.globalSettings = settings;
  }

  setPushedSettings(settings: EditorSettings): void {
    this.pushedSettings = settings;
    this.globalSettings = settings;
  }

  /** Forgets the remembered editor settings (after a configuration change). */
  clearSettings(): void {
    this.resourceSettings.clear();
  }

  async editorSettings(uri: string): Promise<EditorSettings> {
    if (!this.settingsSource) return this.pushedSettings ?? this.globalSettings;
    let pending = this.resourceSettings.get(uri);
    if (!pending) {
      const source = this.settingsSource;
      pending = source(uri).then(readEditorSettings, () => this.globalSettings);
      this.resourceSettings.set(uri, pending);
    }
    return pending;
  }

  fileConfig(uri: string): FileConfig | undefined {
    const filePath = uriToPath(uri);
    return filePath === undefined ? undefined : this.configFiles.forProtocol(filePath);
  }

  /** The rules and limits a protocol is checked with: defaults < .meldcoderc.yaml < editor settings. */
  async checkOptions(uri: string): Promise<CheckOptions> {
    const editor = await this.editorSettings(uri);
    const file = this.fileConfig(uri);
    return { rules: mergeRuleSettings(file?.rules, editor.rules), maxFileSize: file?.maxFileSize };
  }

  /** The parse of the document's current version, shared by all features. */
  parse(textDocument: TextDocument): ProtocolDocument {
    return this.store.parse(textDocument, this.fileConfig(textDocument.uri)?.maxFileSize);
  }

  async findings(textDocument: TextDocument): Promise<Finding[]> {
    const options = await this.checkOptions(textDocument.uri);
    const filePath = uriToPath(textDocument.uri);
    const document = this.parse(textDocument);
    if (filePath !== undefined && this.locations.namesBase(document)) return this.locations.findings(filePath, document, options);
    const findings = this.store.findings(textDocument, options);
    return filePath !== undefined ? this.locations.asBase(filePath, findings) : findings;
  }

  /** The findings of a protocol read from disk (the workspace check), a location merged with its base. */
  findingsOnDisk(filePath: string, document: ProtocolDocument, options: CheckOptions): Finding[] {
    return this.locations.findings(filePath, document, options);
  }

  /** A location protocol merged with its bases, for the features that follow ids into the base. */
  inheritance(textDocument: TextDocument): Inheritance | undefined {
    const filePath = uriToPath(textDocument.uri);
    return filePath === undefined ? undefined : this.locations.inheritance(filePath, this.parse(textDocument), this.fileConfig(textDocument.uri)?.maxFileSize);
  }
}
