import * as fs from 'node:fs';
import * as vscode from 'vscode';

/** Diagnostics of the server carry this source ("meldcode(rule-id)" in the Problems panel). */
const DIAGNOSTIC_SOURCE = 'meldcode';

/**
 * The rule documentation shipped in the extension (docs/rules/<id>.md), opened offline. The
 * language server links each diagnostic to the web page of its rule, which other editors and
 * the CLI keep; in VS Code the link becomes the file in the extension, and a rule document
 * opened from the Problems panel or a hover is shown as a Markdown preview instead of as text.
 */
export class RuleDocs {
  private readonly folder: vscode.Uri;
  private readonly shipped: ReadonlySet<string>;

  constructor(extensionUri: vscode.Uri) {
    this.folder = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
    this.shipped = new Set(shippedRuleIds(this.folder.fsPath));
  }

  /** The shipped document of a rule, if the extension has one. */
  documentOf(ruleId: string): vscode.Uri | undefined {
    return this.shipped.has(ruleId) ? vscode.Uri.joinPath(this.folder, `${ruleId}.md`) : undefined;
  }

  /** Points the code link of the server's diagnostics at the shipped documents (in place). */
  linkToShippedDocs(diagnostics: readonly vscode.Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof code !== 'object' || code === null) continue;
      const document = this.documentOf(String(code.value));
      if (document) diagnostic.code = { value: code.value, target: document };
    }
  }

  /** A shipped rule document opened as text (a clicked code link) is replaced by its preview. */
  register(context: vscode.ExtensionContext): void {
    const showPreviewOf = async (editor: vscode.TextEditor | undefined): Promise<void> => {
      if (!editor || !this.isShippedDoc(editor.document.uri)) return;
      const uri = editor.document.uri;
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      const textTabs = vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());
      await vscode.window.tabGroups.close(textTabs, true);
    };
    context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor((editor) => void showPreviewOf(editor)));
  }

  private isShippedDoc(uri: vscode.Uri): boolean {
    const folder = this.folder.toString();
    const text = uri.with({ fragment: '', query: '' }).toString();
    return text.startsWith(`${folder}/`) && text.endsWith('.md');
  }
}

function shippedRuleIds(folder: string): string[] {
  try {
    return fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .map((name) => name.slice(0, -'.md'.length));
  } catch {
    // An extension packed without its docs keeps the server's web links.
    return [];
  }
}
