/**
 * Installs a language pack (an extension that contributes `localizations`) into a code-server
 * user data folder, so that code-server started with `--locale` runs in that display language.
 *
 * code-server resolves `--locale` from `languagepacks.json` in the user data folder (VS Code's
 * resolveNLSConfiguration, called for every workbench page): a language no entry names falls
 * back to English. VS Code's language pack service writes that file when it sees a pack being
 * installed. `code-server --install-extension` runs VS Code's command line, where that service
 * is never created, so the pack is installed but not recorded. The VS Code server inside
 * code-server, started with `--install-extension … --start-server`, installs in its own process,
 * where the service is created at start and records the pack ("Adding language packs from the
 * extension …" in its log). That server is started here only for the install, then stopped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { freePort, sleep, type E2eTools } from './codeServer';

export interface LanguagePackInstall {
  tools: E2eTools;
  env: NodeJS.ProcessEnv;
  /** Folders of language-pack extensions (with their package.json). */
  packs: string[];
  userData: string;
  extensions: string;
  serverData: string;
  /** Where the packaged .vsix files go. */
  workDir: string;
  /** What packaging and the install server print. */
  log: string;
}

const INSTALL_TIMEOUT_MS = 60_000;
const VSCE = require.resolve('@vscode/vsce/vsce');

interface PackManifest {
  publisher: string;
  name: string;
  contributes?: { localizations?: { languageId: string }[] };
}

function readManifest(folder: string): PackManifest {
  return JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as PackManifest;
}

/** The language ids the packs contribute. */
function contributedLanguages(packs: string[]): string[] {
  return packs.flatMap((folder) => (readManifest(folder).contributes?.localizations ?? []).map((localization) => localization.languageId));
}

/** Packages each folder with vsce, the tool that packages the extension itself; its report goes to `log`. */
function packageFolders(packs: string[], workDir: string, log: string): string[] {
  return packs.map((folder) => {
    const manifest = readManifest(folder);
    const vsix = path.join(workDir, `${manifest.publisher}.${manifest.name}.vsix`);
    const run = spawnSync(
      process.execPath,
      [VSCE, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix],
      { cwd: folder, encoding: 'utf8', timeout: 60_000 },
    );
    fs.appendFileSync(log, `${run.stdout ?? ''}${run.stderr ?? ''}`);
    if (run.status !== 0) throw new Error(`packaging ${folder} failed (${run.status ?? run.signal}); see ${log}`);
    return vsix;
  });
}

function recordedLanguages(userData: string): string[] {
  try {
    return Object.keys(JSON.parse(fs.readFileSync(path.join(userData, 'languagepacks.json'), 'utf8')) as object);
  } catch {
    return [];
  }
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<boolean>((resolve) => child.once('exit', () => resolve(true)));
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  if (!(await Promise.race([exited, sleep(5000).then(() => false)]))) {
    signal('SIGKILL');
    await exited;
  }
}

export async function installLanguagePacks(install: LanguagePackInstall): Promise<void> {
  fs.mkdirSync(path.dirname(install.log), { recursive: true });
  fs.writeFileSync(install.log, '');
  const vsixes = packageFolders(install.packs, install.workDir, install.log);
  const wanted = contributedLanguages(install.packs);
  const port = await freePort();
  const logFd = fs.openSync(install.log, 'a');
  const child = spawn(
    path.join(install.tools.nodeBin, 'node'),
    [
      install.tools.vscodeServerMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--disable-telemetry',
      '--user-data-dir', install.userData,
      '--server-data-dir', install.serverData,
      '--extensions-dir', install.extensions,
      ...vsixes.flatMap((vsix) => ['--install-extension', vsix]),
      '--start-server',
    ],
    { env: install.env, stdio: ['ignore', logFd, logFd], detached: true },
  );
  fs.closeSync(logFd);
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    const deadline = Date.now() + INSTALL_TIMEOUT_MS;
    while (!wanted.every((language) => recordedLanguages(install.userData).includes(language))) {
      if (exited) throw new Error(`the VS Code server exited before it recorded the language packs; see ${install.log}`);
      if (Date.now() > deadline) throw new Error(`the language packs (${wanted.join(', ')}) were not recorded within ${INSTALL_TIMEOUT_MS / 1000} s; see ${install.log}`);
      await sleep(250);
    }
  } finally {
    await stopProcessGroup(child);
  }
}
