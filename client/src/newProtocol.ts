import * as vscode from 'vscode';
import { protocolSkeleton, SECTORS, type Sector } from '../../server/src/knowledge';
import { Commands, LANGUAGE_ID } from './constants';
import { fileExists } from './fileExists';
import { currentLocale, localize } from './locale';
import { fileNameProblem, protocolFileName, suggestedFileName, withOrganisationName } from './newProtocolFile';

interface SectorItem extends vscode.QuickPickItem {
  sector: Sector;
  selfEmployed: boolean;
}

interface Choice {
  sector: Sector;
  selfEmployed: boolean;
}

/** Sectors where self-employed professionals (a GP, a psychologist in private practice) keep their own meldcode. */
const SELF_EMPLOYED_SECTORS: readonly Sector[] = ['gezondheidszorg', 'jeugdhulp'];

/** The command's argument: a sector, or "<sector>:zelfstandig" for a one-person practice. */
function parseChoice(argument: unknown): Choice | undefined {
  if (typeof argument !== 'string') return undefined;
  const [sector, kind] = argument.split(':');
  if (!isSector(sector) || (kind !== undefined && kind !== 'zelfstandig')) return undefined;
  return { sector, selfEmployed: kind === 'zelfstandig' };
}

/**
 * "Meldcode: New protocol…": pick a sector, name the organisation and the file, get a complete
 * protocol to fill in. The file opens unsaved in the workspace folder, so nothing is written
 * until the user saves. Called with a sector (from a link or a test) it asks nothing and names
 * the file after the sector.
 */
export function registerNewProtocolCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.newProtocol, async (sectorArgument?: string) => {
      const given = parseChoice(sectorArgument);
      const choice = given ?? (await pickSector());
      if (!choice) return undefined;
      const { sector, selfEmployed } = choice;
      let organisation = '';
      let uri: vscode.Uri | undefined;
      if (given) {
        uri = await untitledUriFor(selfEmployed ? `${sector}-zelfstandig` : sector);
      } else {
        const typed = await askOrganisation(selfEmployed);
        if (typed === undefined) return undefined;
        organisation = typed;
        uri = await askFileName(suggestedFileName(organisation, selfEmployed ? `${sector}-zelfstandig` : sector));
        if (!uri) return undefined;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      const skeleton = protocolSkeleton(sector, currentLocale(), { format: 'plain', today: localDate(), selfEmployed }) ?? '';
      const text = withOrganisationName(skeleton, organisation);
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

/** Each sector once, by its name in the chosen language, with one line on who belongs to it. */
async function pickSector(): Promise<Choice | undefined> {
  const locale = currentLocale();
  const items: SectorItem[] = SECTORS.map((sector) => ({
    sector: sector.value,
    selfEmployed: false,
    label: sector.name[locale],
    description: sector.summary[locale],
  }));
  for (const sector of SECTORS.filter((candidate) => SELF_EMPLOYED_SECTORS.includes(candidate.value))) {
    items.push({
      sector: sector.value,
      selfEmployed: true,
      label: localize('{0}: one-person practice', sector.name[locale]),
      description: localize('Self-employed, without attention officers'),
      detail: localize('For a self-employed professional: no attention officer; step 2 names the colleague or peer group you consult.'),
    });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: localize('New meldcode protocol'),
    placeHolder: localize('Pick the sector of your organisation'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked && { sector: picked.sector, selfEmployed: picked.selfEmployed };
}

/** The organisation's name, put into the protocol; empty keeps the example. Undefined: cancelled. */
function askOrganisation(selfEmployed: boolean): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: localize('New meldcode protocol'),
    prompt: selfEmployed
      ? localize('The name of your practice (you can also fill it in later)')
      : localize('The name of your organisation (you can also fill it in later)'),
    placeHolder: localize('For example: Kindcentrum De Klimop'),
    ignoreFocusOut: true,
  });
}

/** The new protocol's file name, in the workspace folder; never one that exists. Undefined: cancelled. */
async function askFileName(suggestion: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const taken = async (name: string): Promise<boolean> => {
    const open = vscode.workspace.textDocuments.map((document) => document.uri.path);
    if (!folder) return open.includes(vscode.Uri.from({ scheme: 'untitled', path: name }).path);
    const target = vscode.Uri.joinPath(folder, name);
    return open.includes(target.path) || (await fileExists(target));
  };
  const typed = await vscode.window.showInputBox({
    title: localize('New meldcode protocol'),
    prompt: localize('The file name of the protocol; it ends in .meldcode.yaml'),
    value: suggestion,
    valueSelection: [0, Math.max(0, suggestion.length - '.meldcode.yaml'.length)],
    ignoreFocusOut: true,
    validateInput: async (input) => {
      const problem = fileNameProblem(input);
      if (problem === 'empty') return localize('Type a file name.');
      if (problem === 'folder') return localize('Type a file name without a folder.');
      const name = protocolFileName(input);
      return (await taken(name)) ? localize('{0} already exists; choose another name.', name) : undefined;
    },
  });
  if (typed === undefined) return undefined;
  const name = protocolFileName(typed);
  return folder ? vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
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
    if (open.has(target.path) || (await fileExists(target))) continue;
    return target.with({ scheme: 'untitled' });
  }
}
