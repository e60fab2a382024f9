import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ConfigFiles } from '../../server/src/config-files';
import { lintFile, reportBasesOnce } from '../../server/src/cli/lint-file';
import type { LintOutcome } from '../../server/src/cli/results';
import { mergeRuleSettings, type SeveritySetting } from '../../server/src/engine';
import { buildReport, renderOverviewHtml, type ReportInput } from '../../server/src/report';
import { CONFIGURATION_SECTION, PROTOCOL_GLOB } from './constants';
import { currentLocale, localize } from './locale';
import { ReportedFiles } from './overview-files';

export const SHOW_OVERVIEW_COMMAND = 'meldcode.overview';

const EXCLUDED = '**/{node_modules,.git}/**';
/** After a protocol is saved, created or deleted, the overview waits this long for more before it checks again. */
const REFRESH_DELAY_MS = 1000;
const SEVERITIES: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'error']);

/**
 * "Meldcode: Overzicht": the overview `meldcode-lint report` writes, for the protocols saved in
 * the workspace, in a webview. Each protocol is checked as the command line checks it (its
 * .meldcoderc.yaml, a location merged with its base), with `meldcode.rules` on top; a click on
 * a row opens that protocol. While it is open it follows the files: a protocol or configuration
 * saved, created or deleted makes it check again, with its progress in the status bar.
 */
export function registerOverview(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_OVERVIEW_COMMAND, () => OverviewPanel.show()),
    { dispose: () => OverviewPanel.current?.dispose() },
  );
}

class OverviewPanel {
  static current: OverviewPanel | undefined;
  private files = new ReportedFiles<vscode.Uri>([]);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;

  static async show(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage(localize('Open a folder to see an overview of the protocols in it.'));
      return;
    }
    if (!OverviewPanel.current) {
      const panel = vscode.window.createWebviewPanel(SHOW_OVERVIEW_COMMAND, localize('Overview of protocols'), vscode.ViewColumn.Active, {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      OverviewPanel.current = new OverviewPanel(panel);
    }
    OverviewPanel.current.panel.reveal();
    await OverviewPanel.current.refresh();
  }

  private constructor(private readonly panel: vscode.WebviewPanel) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        const target = this.files.target(message);
        if (target) void vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${CONFIGURATION_SECTION}.locale`)) void this.refresh();
      }),
    );
    for (const glob of [PROTOCOL_GLOB, '**/.meldcoderc.{yaml,yml}']) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const later = (): void => this.scheduleRefresh();
      this.disposables.push(watcher, watcher.onDidChange(later), watcher.onDidCreate(later), watcher.onDidDelete(later));
    }
  }

  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh({ quiet: true });
    }, REFRESH_DELAY_MS);
  }

  /** Checks the saved protocols of the workspace again and shows the overview; `quiet`: progress in the status bar, not a notification. */
  async refresh(options: { quiet?: boolean } = {}): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = this.check(options.quiet ?? false);
    try {
      await this.refreshing;
    } finally {
      this.refreshing = undefined;
    }
    if (this.refreshAgain && OverviewPanel.current === this) {
      this.refreshAgain = false;
      await this.refresh({ quiet: true });
    }
  }

  private async check(quiet: boolean): Promise<void> {
    const locale = currentLocale();
    const inputs = await vscode.window.withProgress(
      { location: quiet ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: localize('Making the overview of the protocols…'), cancellable: !quiet },
      (progress, cancellation) => checkWorkspace(progress, cancellation),
    );
    if (inputs === undefined || OverviewPanel.current !== this) return;
    this.files = new ReportedFiles(inputs.map((input) => [input.file, input.uri] as const));
    const report = buildReport(inputs, { today: new Date().toISOString().slice(0, 10) });
    this.panel.title = localize('Overview of protocols');
    this.panel.webview.html = renderOverviewHtml(report, {
      locale,
      webview: { cspSource: this.panel.webview.cspSource, nonce: randomBytes(16).toString('base64') },
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (OverviewPanel.current === this) OverviewPanel.current = undefined;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

type CheckedProtocol = ReportInput & { uri: vscode.Uri };

/** Each saved protocol of the workspace checked, one at a time so the editor stays responsive; undefined when cancelled. */
async function checkWorkspace(
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  cancellation: vscode.CancellationToken,
): Promise<CheckedProtocol[] | undefined> {
  const uris = (await vscode.workspace.findFiles(PROTOCOL_GLOB, EXCLUDED)).filter((uri) => uri.scheme === 'file');
  const roots = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
  const configFiles = new ConfigFiles({ skipFolders: true });
  const settingRules = ruleSettings();
  const outcomes: LintOutcome[] = [];
  for (const [index, uri] of uris.entries()) {
    if (cancellation.isCancellationRequested) return undefined;
    const config = configFiles.forProtocol(uri.fsPath);
    const rules = mergeRuleSettings(config.rules, settingRules);
    outcomes.push(
      lintFile({ filePath: uri.fsPath, rules: [...rules], maxFileSize: config.maxFileSize, fix: false, fixErrorsOnly: false, fixRoots: roots, summarize: true }),
    );
    progress.report({ message: `${index + 1}/${uris.length}`, increment: 100 / uris.length });
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  reportBasesOnce(outcomes);
  const multiRoot = (vscode.workspace.workspaceFolders ?? []).length > 1;
  const name = (fsPath: string): string => vscode.workspace.asRelativePath(vscode.Uri.file(fsPath), multiRoot);
  const checked: CheckedProtocol[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind !== 'result') continue;
    const { filePath, summary, findings, basePath } = outcome.result;
    checked.push({ file: name(filePath), uri: vscode.Uri.file(filePath), summary, findings, ...(basePath === undefined ? {} : { base: name(basePath) }) });
  }
  return checked;
}

/** `meldcode.rules`, the values that are severities. */
function ruleSettings(): Map<string, SeveritySetting> {
  const setting = vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get<Record<string, unknown>>('rules') ?? {};
  const rules = new Map<string, SeveritySetting>();
  for (const [id, value] of Object.entries(setting)) if (typeof value === 'string' && SEVERITIES.has(value)) rules.set(id, value as SeveritySetting);
  return rules;
}
