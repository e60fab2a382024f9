import type { ExecuteCommandParams } from 'vscode-languageserver/node';
import type { DiagnosticsService } from './diagnostics';

/**
 * workspace/executeCommand. `meldcode.validateWorkspace` checks every protocol file in the
 * workspace folders again and publishes the results; it answers with the number of files it
 * read from disk (open files are checked as they change anyway). Clients other than VS Code
 * call it too, e.g. Neovim: `vim.lsp.buf.execute_command({ command = 'meldcode.validateWorkspace' })`.
 */
const VALIDATE_WORKSPACE_COMMAND = 'meldcode.validateWorkspace';

export const SERVER_COMMANDS: readonly string[] = [VALIDATE_WORKSPACE_COMMAND];

export interface ValidateWorkspaceResult {
  /** Protocol files read from disk and checked (files open in the editor are not counted). */
  checkedFromDisk: number;
}

export async function executeCommand(
  params: ExecuteCommandParams,
  diagnostics: DiagnosticsService | undefined,
): Promise<ValidateWorkspaceResult | null> {
  if (params.command !== VALIDATE_WORKSPACE_COMMAND || !diagnostics) return null;
  return { checkedFromDisk: await diagnostics.scan() };
}
