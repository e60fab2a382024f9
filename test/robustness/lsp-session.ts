import { pathToFileURL } from 'node:url';
import { LspConnection, type InitializeResult } from '../../bench/lsp/driver';
import { serverBin, testEnv } from '../helpers/spawn';

export interface Session {
  server: LspConnection;
  init: InitializeResult;
}

/** Starts the built language server over stdio, without network access, and initializes it. */
export async function startServer(
  options: { workspaceFolder?: string; settings?: Record<string, unknown>; nodeFlags?: string[] } = {},
): Promise<Session> {
  const server = LspConnection.start({
    name: 'meldcode-language-server',
    command: process.execPath,
    args: [...(options.nodeFlags ?? []), serverBin, '--stdio'],
    env: testEnv(),
    settings: options.settings ?? { meldcode: { locale: 'en', rules: {} } },
  });
  const folderUri = options.workspaceFolder ? pathToFileURL(options.workspaceFolder).href : null;
  const init = await server.initialize({
    rootUri: folderUri,
    workspaceFolders: folderUri ? [{ uri: folderUri, name: 'workspace' }] : null,
  });
  return { server, init };
}

/** Messages the server logged as errors (type 1): a handler that threw, an unexpected exception. */
export function loggedErrors(server: LspConnection): string[] {
  return server.messages.filter((message) => message.type === 1).map((message) => message.message);
}
