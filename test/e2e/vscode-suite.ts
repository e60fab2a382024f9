/**
 * Runs the extension-host test suite of client/src/test (written for @vscode/test-electron)
 * inside code-server instead of desktop VS Code: the repository is loaded as a development
 * extension and the suite as its tests, passed to the web workbench the way @vscode/test-web
 * does (the `payload` query). The suite writes its results to a file; the workbench reports the
 * extension host's exit code through `codeAutomationExit`. Prints "N passed, N failed".
 * Needs `npm run build` (dist/ and out/) and scripts/e2e/setup.sh.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { findTools, startCodeServer, type CodeServer } from './codeServer';
import { REPO } from './expectations';

const RUN_TIMEOUT_MS = Number(process.env.MELDCODE_SUITE_TIMEOUT_MS ?? 5 * 60_000);

function sampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['', 'flawed']) {
    const dir = path.join(REPO, 'samples', folder);
    for (const name of fs.readdirSync(dir)) {
      if (/\.meldcode\.ya?ml$/.test(name)) files[path.join(folder, name)] = fs.readFileSync(path.join(dir, name), 'utf8');
    }
  }
  return files;
}

export interface SuiteOutcome {
  passed: number;
  failed: number;
  /** What to print: failures, timing, problems starting. */
  lines: string[];
}

export async function runVscodeSuite(): Promise<SuiteOutcome> {
  const started = Date.now();
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-suite-')), 'results.json');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let timedOut: (() => void) | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timedOut = () => resolve('timeout')));
  const watchdog = setTimeout(() => timedOut?.(), RUN_TIMEOUT_MS);
  let snapshot: NodeJS.Timeout | undefined;
  try {
    server = await startCodeServer({
      tools: findTools(),
      files: sampleFiles(),
      settings: {
        'workbench.startupEditor': 'none',
        'chat.disableAIFeatures': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'git.enabled': false,
      },
      logDir: path.join(REPO, 'test-results', 'vscode-suite'),
      vscodeServer: true,
    });
    const authority = new URL(server.url).host;
    const remote = (file: string): string => `vscode-remote://${authority}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO)],
      ['extensionTestsPath', remote(path.join(REPO, 'out', 'client', 'src', 'test', 'suite', 'index'))],
      ['extensionEnvironment', JSON.stringify({ MELDCODE_TEST_RESULTS: resultsFile })],
    ];
    browser = await chromium.launch({
      executablePath: process.env.MELDCODE_E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const page = await browser.newPage();
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
    const logDir = path.join(REPO, 'test-results', 'vscode-suite');
    const dumpConsole = (): void => fs.writeFileSync(path.join(logDir, 'workbench-console.log'), consoleLines.join('\n'));
    // A look at the workbench a minute in, for when the suite never reports back.
    snapshot = setTimeout(() => {
      dumpConsole();
      void page.screenshot({ path: path.join(logDir, 'workbench.png') }).catch(() => undefined);
    }, Math.min(60_000, RUN_TIMEOUT_MS - 5_000));
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    const query = `folder=${encodeURIComponent(server.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(`${server.url}/?${query}`);
    const code = await Promise.race([exited, timeout]);
    if (code === 'timeout') {
      dumpConsole();
      return { passed: 0, failed: 1, lines: [`vscode suite: no result after ${RUN_TIMEOUT_MS / 1000} s; see ${path.relative(REPO, logDir)}/`] };
    }
    const results = fs.existsSync(resultsFile)
      ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { passed: number; failed: number; failures: { title: string; message: string }[] })
      : undefined;
    if (!results) {
      dumpConsole();
      return { passed: 0, failed: 1, lines: [`vscode suite: the extension host exited with ${code} without results; see ${path.relative(REPO, logDir)}/`] };
    }
    const lines = results.failures.map((failure) => `  ✗ ${failure.title}\n    ${failure.message.split('\n').join('\n    ')}`);
    lines.push(`vscode suite (client/src/test) in code-server's VS Code server: ${results.passed} passed, ${results.failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // A failing run that reported no failed test still fails.
    const failed = results.failed === 0 && code !== 0 ? 1 : results.failed;
    return { passed: results.passed, failed, lines };
  } finally {
    clearTimeout(watchdog);
    clearTimeout(snapshot);
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
  }
}

if (require.main === module) {
  runVscodeSuite().then(
    (outcome) => {
      for (const line of outcome.lines) console.log(line);
      console.log(`${outcome.passed} passed, ${outcome.failed} failed`);
      process.exit(outcome.failed === 0 && outcome.passed > 0 ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
