import * as vscode from 'vscode';
import { protocolSkeleton, SECTORS, type Sector } from '../../server/src/knowledge';
import { Commands, LANGUAGE_ID } from './constants';
import { currentLocale } from './locale';

interface SectorItem extends vscode.QuickPickItem {
  sector: Sector;
  selfEmployed: boolean;
}

/** Sectors where self-employed professionals (a GP, a psychologist in private practice) keep their own meldcode. */
const SELF_EMPLOYED_SECTORS: readonly Sector[] = ['gezondheidszorg', 'jeugdhulp'];

/** The command's argument: a sector, or "<sector>:zelfstandig" for a one-person practice. */
function parseChoice(argument: unknown): { sector: Sector; selfEmployed: boolean } | undefined {
  if (typeof argument !== 'string') return undefined;
  const [sector, kind] = argument.split(':');
  if (!isSector(sector) || (kind !== undefined && kind !== 'zelfstandig')) return undefined;
  return { sector, selfEmployed: kind === 'zelfstandig' };
}

/**
 * "Meldcode: New protocol…": pick a sector, get a complete protocol to fill in. The file opens
 * unsaved, with a suggested name next to the workspace's other files, so nothing is written
 * until the user saves.
 */
export function registerNewProtocolCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.newProtocol, async (sectorArgument?: string) => {
      const choice = parseChoice(sectorArgument) ?? (await pickSector());
      if (!choice) return undefined;
      const { sector, selfEmployed } = choice;
      const uri = await untitledUriFor(selfEmployed ? `${sector}-zelfstandig` : sector);
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      const text = protocolSkeleton(sector, currentLocale(), { format: 'plain', today: localDate(), selfEmployed }) ?? '';
      await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), text));
      if (editor.document.languageId !== LANGUAGE_ID) {
        await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
      }
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      return editor.document.uri;
    }),
  );
}

/** Today as YYYY-MM-DD in the user's time zone (for `vastgesteld`). */
function localDate(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && SECTORS.some((sector) => sector.value === value);
}

async function pickSector(): Promise<{ sector: Sector; selfEmployed: boolean } | undefined> {
  const locale = currentLocale();
  const items: SectorItem[] = SECTORS.map((sector) => ({
    sector: sector.value,
    selfEmployed: false,
    label: sector.value,
    description: sectorTitle(sector.title[locale]),
    detail: sector.text[locale],
  }));
  for (const sector of SECTORS.filter((candidate) => SELF_EMPLOYED_SECTORS.includes(candidate.value))) {
    items.push({
      sector: sector.value,
      selfEmployed: true,
      label: vscode.l10n.t('{0}: one-person practice', sector.value),
      description: vscode.l10n.t('Self-employed, without attention officers'),
      detail: vscode.l10n.t('For a self-employed professional: no attention officer; step 2 names the colleague or peer group you consult.'),
    });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New meldcode protocol'),
    placeHolder: vscode.l10n.t('Pick the sector of your organisation'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked && { sector: picked.sector, selfEmployed: picked.selfEmployed };
}

/** "Sector: kinderopvang" -> "kinderopvang"; the quick pick shows the sector name alone. */
function sectorTitle(title: string): string {
  return title.replace(/^[^:]*:\s*/, '');
}

/** untitled:<workspace>/meldcode-<sector>.meldcode.yaml, numbered when that name is taken. */
async function untitledUriFor(sector: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.path));
  for (let n = 1; ; n++) {
    const name = n === 1 ? `meldcode-${sector}.meldcode.yaml` : `meldcode-${sector}-${n}.meldcode.yaml`;
    if (!folder) {
      const uri = vscode.Uri.from({ scheme: 'untitled', path: name });
      if (!open.has(uri.path)) return uri;
      continue;
    }
    const target = vscode.Uri.joinPath(folder, name);
    if (open.has(target.path) || (await exists(target))) continue;
    return target.with({ scheme: 'untitled' });
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
