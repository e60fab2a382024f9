/**
 * End-to-end checks in real VS Code: code-server with our .vsix installed, driven through
 * Chromium by Playwright, asserting what a protocol writer sees. Run with `npm run test:e2e`
 * (which builds and packages first); prints "N passed, N failed" and exits 1 on any failure.
 *
 * The walk-through runs twice in the English UI, each in a fresh code-server: with
 * `meldcode.locale: nl` (a Dutch protocol writer) and with `meldcode.locale: en`.
 *
 * Then the checks of dutch-display-language.ts, in a second code-server whose display language is
 * Dutch (the manifest's texts follow only that language).
 *
 * After the UI checks it runs the extension-host mocha suite of client/src/test in the VS Code
 * server inside code-server (see vscode-suite.ts); its tests count in the totals.
 *
 * Options: --vsix FILE (default: the newest meldcode-*.vsix in the repository root),
 * --update-images (copy the README and walkthrough screenshots into images/), --only NAME (run
 * the UI checks whose name contains NAME, and not the suite), --locale nl|en (the walk-through
 * in that language only), --no-suite.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findTools, startCodeServer, type CodeServer, type CodeServerOptions } from './codeServer';
import { LOCALES, REPO, type Locale } from './expectations';
import { CHECKS, WORKSPACE_FILES, type Check, type CheckContext } from './checks';
import { DUTCH_DISPLAY_LANGUAGE_CHECKS, dutchDisplayLanguageServer } from './dutch-display-language';
import { runVscodeSuite } from './vscode-suite';

const RESULTS = path.join(REPO, 'test-results', 'e2e');
const CHECK_TIMEOUT_MS = 150_000;
const RUN_TIMEOUT_MS = 20 * 60_000;

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
  'git.enabled': false,
};

/** The walk-through's code-server for one `meldcode.locale`; the English pass logs in a folder of its own. */
function withMeldcodeLocale(base: CodeServerOptions, locale: Locale): CodeServerOptions {
  return {
    ...base,
    settings: { ...base.settings, 'meldcode.locale': locale },
    logDir: locale === 'nl' ? base.logDir : path.join(base.logDir, locale),
  };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function newestVsix(): string {
  const candidates = fs
    .readdirSync(REPO)
    .filter((name) => /^meldcode-.*\.vsix$/.test(name))
    .map((name) => path.join(REPO, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (candidates.length === 0) throw new Error('no meldcode-*.vsix in the repository root: run npm run package first');
  return candidates[0]!;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What is running, so that every way out (end, failure, signal, watchdog) stops it. */
const active: { server?: CodeServer; browser?: Browser } = {};

async function cleanUp(): Promise<void> {
  const { server, browser } = active;
  active.server = undefined;
  active.browser = undefined;
  await browser?.close().catch(() => undefined);
  await server?.stop().catch(() => undefined);
}

/**
 * Starts code-server with `options` and Chromium, runs `checks` in order, and stops both.
 * `locale` is the language the extension's texts are in there (`meldcode.locale`, resolved).
 */
async function runPhase(
  options: () => CodeServerOptions,
  checks: Check[],
  counts: { passed: number; failed: number },
  started: number,
  locale: Locale = 'nl',
): Promise<void> {
  try {
    const server = await startCodeServer(options());
    active.server = server;
    console.log(`e2e: code-server ready at ${server.url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const browser = await chromium.launch({
      executablePath: process.env.MELDCODE_E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    active.browser = browser;
    const page: Page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const context: CheckContext = {
      page,
      server,
      results: RESULTS,
      updateImages: process.argv.includes('--update-images'),
      locale,
    };

    for (const check of checks) {
      const t0 = Date.now();
      try {
        await withTimeout(check.run(context), CHECK_TIMEOUT_MS, check.name);
        counts.passed++;
        console.log(`  ✓ ${check.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (error) {
        counts.failed++;
        const shot = path.join(RESULTS, `failed-${check.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}${locale === 'nl' ? '' : `-${locale}`}.png`);
        await page.screenshot({ path: shot }).catch(() => undefined);
        console.log(`  ✗ ${check.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        console.log(`    ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n    ')}`);
        console.log(`    screenshot: ${path.relative(REPO, shot)}`);
        if (check.essential) break;
      } finally {
        // Leave no widget open for the next check.
        for (let i = 0; i < 3; i++) await page.keyboard.press('Escape').catch(() => undefined);
      }
    }
  } catch (error) {
    counts.failed++;
    console.log(`  ✗ setting up code-server and Chromium`);
    console.log(`    ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await cleanUp();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const onlyLocale = argument('--locale');
  if (onlyLocale !== undefined && !LOCALES.includes(onlyLocale as Locale)) {
    console.log(`e2e: --locale takes ${LOCALES.join(' or ')}, not ${onlyLocale}`);
    return 2;
  }
  const locales = onlyLocale ? [onlyLocale as Locale] : LOCALES;
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  const vsix = path.resolve(argument('--vsix') ?? newestVsix());
  const only = argument('--only');
  console.log(`e2e: ${path.relative(REPO, vsix)} in code-server, Chromium via Playwright`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void cleanUp().finally(() => process.exit(130));
    });
  }

  const counts = { passed: 0, failed: 0 };
  const selected = (checks: Check[]): Check[] => checks.filter((check) => !only || check.name.includes(only));
  const options = (): CodeServerOptions => ({ tools: findTools(), vsix, files: WORKSPACE_FILES(), settings: USER_SETTINGS, logDir: RESULTS });
  for (const locale of locales) {
    const checks = selected(CHECKS).filter((check) => !check.locales || check.locales.includes(locale));
    if (checks.length === 0) continue;
    console.log(`e2e: the walk-through with meldcode.locale: ${locale}`);
    await runPhase(() => withMeldcodeLocale(options(), locale), checks, counts, started, locale);
  }
  // The manifest's texts follow only VS Code's display language: a second code-server, in Dutch.
  const dutch = selected(DUTCH_DISPLAY_LANGUAGE_CHECKS);
  if (dutch.length > 0) await runPhase(() => dutchDisplayLanguageServer(options()), dutch, counts, started);
  let { passed, failed } = counts;
  console.log(`e2e: UI checks took ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(REPO, RESULTS)}/`);
  if (!only && !process.argv.includes('--no-suite')) {
    // The extension-host suite of client/src/test, loaded from the repository (needs dist/ and out/).
    const suite = await runVscodeSuite().catch((error: unknown) => ({
      passed: 0,
      failed: 1,
      lines: [`vscode suite: ${error instanceof Error ? error.message : String(error)}`],
    }));
    for (const line of suite.lines) console.log(line);
    passed += suite.passed;
    failed += suite.failed;
  }
  console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

const watchdog = setTimeout(() => {
  console.log(`e2e: the whole run took longer than ${RUN_TIMEOUT_MS / 60_000} minutes; stopping`);
  void cleanUp().finally(() => {
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}, RUN_TIMEOUT_MS);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
