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

async function main(): Promise<number> {
  const started = Date.now();
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-suite-')), 'results.json');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const watchdog = setTimeout(() => {
    console.log(`vscode suite: no result after ${RUN_TIMEOUT_MS / 60_000} minutes`);
    void browser?.close();
    void server?.stop().finally(() => {
      console.log('0 passed, 1 failed');
      process.exit(1);
    });
  }, RUN_TIMEOUT_MS);
  try {
    server = await startCodeServer({
      tools: findTools(),
      files: sampleFiles(),
      settings: { 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off' },
      logDir: path.join(REPO, 'test-results', 'vscode-suite'),
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
    watchdog.refresh();
    const logDir = path.join(REPO, 'test-results', 'vscode-suite');
    process.once('beforeExit', () => undefined);
    const dumpConsole = (): void => fs.writeFileSync(path.join(logDir, 'workbench-console.log'), consoleLines.join('\n'));
    setTimeout(() => {
      dumpConsole();
      void page.screenshot({ path: path.join(logDir, 'workbench.png') }).catch(() => undefined);
    }, Math.min(60_000, RUN_TIMEOUT_MS - 5_000)).unref();
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    const query = `folder=${encodeURIComponent(server.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(`${server.url}/?${query}`);
    const code = await exited;
    const results = fs.existsSync(resultsFile)
      ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { passed: number; failed: number; failures: { title: string; message: string }[] })
      : undefined;
    if (!results) {
      console.log(`vscode suite: the extension host exited with ${code} without results; see ${server.log}`);
      console.log('0 passed, 1 failed');
      return 1;
    }
    for (const failure of results.failures) console.log(`  ✗ ${failure.title}\n    ${failure.message.split('\n').join('\n    ')}`);
    console.log(`vscode suite in code-server: ${((Date.now() - started) / 1000).toFixed(1)} s, exit code ${code}`);
    console.log(`${results.passed} passed, ${results.failed} failed`);
    return results.failed === 0 && results.passed > 0 && code === 0 ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
