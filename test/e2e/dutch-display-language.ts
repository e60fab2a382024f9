/**
 * The extension in code-server whose display language is Dutch, as a writer with a Dutch VS Code
 * sees it. The manifest's texts (command titles, the walkthrough, the settings) can follow only
 * VS Code's display language, which reads them from package.nls.nl.json; with `meldcode.locale`
 * at `auto` the texts the extension shows at run time follow that language too.
 *
 * VS Code runs in a display language only when a language pack for it is installed. No Dutch
 * pack can be had where the tests run, so the test fixture meldcode-test-dutch-display-language
 * (a pack without translations of its own) is installed to make `nl` the display language;
 * every Dutch text asserted here comes from the extension.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { SECTORS } from '../../server/src/knowledge';
import type { Check, CheckContext } from './checks';
import type { CodeServerOptions } from './codeServer';
import { findings, plain, REPO, sample } from './expectations';
import { installLanguagePacks } from './languagePack';
import { openFile, runCommand, showProblems, TIMEOUT, waitFor, waitForProblems, waitForWorkbench } from './workbench';

const LANGUAGE_PACK = path.join(REPO, 'test', 'e2e', 'meldcode-test-dutch-display-language');
const FLAWED = 'ontbrekende-stappen.meldcode.yaml';

interface Manifest {
  displayName: string;
  description: string;
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    walkthroughs: { title: string; description: string; steps: { title: string; description: string }[] }[];
    configuration: { properties: Record<string, { markdownDescription?: string; enum?: string[]; enumDescriptions?: string[] }> };
  };
}

const manifest = (): Manifest => JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Manifest;

/** A manifest text ("%command.newProtocol%") as a bundle (package.nls.nl.json) gives it. */
function localized(text: string, bundleFile: string): string {
  const key = /^%(.+)%$/.exec(text)?.[1];
  if (!key) return text;
  const bundle = JSON.parse(fs.readFileSync(path.join(REPO, bundleFile), 'utf8')) as Record<string, string>;
  const value = bundle[key];
  assert.ok(value, `${bundleFile} has ${key}`);
  return value;
}

const dutch = (text: string): string => localized(text, 'package.nls.nl.json');
const english = (text: string): string => localized(text, 'package.nls.json');

/** Markdown as VS Code renders it, read as text: a link as its text, no code marks. */
function shownText(markdown: string): string {
  return plain(markdown.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/`/g, ''));
}

/** The second code-server: display language nl, `meldcode.locale` left at `auto`. */
export function dutchDisplayLanguageServer(base: CodeServerOptions): CodeServerOptions {
  return {
    ...base,
    files: { [FLAWED]: sample(`flawed/${FLAWED}`) },
    settings: { ...base.settings, 'meldcode.locale': 'auto' },
    logDir: path.join(base.logDir, 'dutch-display-language'),
    locale: 'nl',
    prepare: ({ root, userData, extensions, env }) =>
      installLanguagePacks({
        tools: base.tools,
        env,
        packs: [LANGUAGE_PACK],
        userData,
        extensions,
        serverData: path.join(root, 'server-data'),
        workDir: root,
        log: path.join(base.logDir, 'dutch-display-language', 'language-pack-install.log'),
      }),
  };
}

async function screenshot({ page, results }: CheckContext, name: string): Promise<void> {
  await page.screenshot({ path: path.join(results, `dutch-display-language-${name}.png`) });
}

/**
 * The labels of the quick-input rows, once `ready` holds for them. In a display language other
 * than English a command's row also shows its English title, below the label: that is left out.
 */
async function quickInputLabels(page: Page, ready: (labels: string[]) => boolean): Promise<string[]> {
  let shown: string[] = [];
  await waitFor('the quick input to list the expected rows', async () => {
    shown = (
      await page.$$eval('.quick-input-list .monaco-list-row', (rows) => rows.map((row) => row.querySelector('.label-name')?.textContent ?? ''))
    ).map(plain);
    return ready(shown);
  }).catch(() => {
    throw new Error(`the quick input lists:\n${shown.map((label) => `  ${label}`).join('\n') || '  (nothing)'}`);
  });
  return shown;
}

export const DUTCH_DISPLAY_LANGUAGE_CHECKS: Check[] = [
  {
    name: 'Dutch display language: the workbench opens, and the Extensions view shows the extension under its Dutch name',
    essential: true,
    async run(context) {
      const { page, server } = context;
      const { displayName, description } = manifest();
      await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
      await waitForWorkbench(page);
      await runCommand(page, 'View: Show Extensions');
      const row = page.locator('.extension-list-item', { hasText: dutch(displayName) }).first();
      await row.waitFor({ state: 'visible', timeout: 60_000 });
      assert.equal(plain(await row.locator('.name').first().innerText()), dutch(displayName));
      assert.equal(plain(await row.locator('.description').first().innerText()), dutch(description));
      await screenshot(context, 'extensions');
      await page.keyboard.press('Control+Shift+E');
    },
  },
  {
    name: 'Dutch display language: the command palette lists every Meldcode command with its Dutch title',
    async run(context) {
      const { page } = context;
      // A protocol in the editor, so that the commands for an open protocol are listed too.
      await openFile(page, FLAWED);
      const expected = manifest()
        .contributes.commands.map((command) => `${command.category}: ${dutch(command.title)}`)
        .sort();
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>Meldcode: ');
      const shown = await quickInputLabels(page, (labels) => labels.length >= expected.length);
      assert.deepEqual([...new Set(shown)].sort(), expected);
      assert.ok(shown.includes('Meldcode: Nieuw protocol…'), 'the command a new writer starts with');
      for (const command of manifest().contributes.commands) {
        assert.ok(!shown.includes(`${command.category}: ${english(command.title)}`), `${command.command} is not listed in English`);
      }
      await screenshot(context, 'command-palette');
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'Dutch display language: the walkthrough shows its title, description and first step in Dutch',
    async run(context) {
      const { page } = context;
      const walkthrough = manifest().contributes.walkthroughs[0]!;
      const title = dutch(walkthrough.title);
      await runCommand(page, 'Welcome: Open Walkthrough...');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
      const slide = page.locator('.gettingStartedSlideDetails').first();
      await slide.locator('.category-title', { hasText: title }).first().waitFor({ state: 'visible' });
      assert.equal(title, 'Aan de slag met uw meldcode');
      assert.equal(plain(await slide.locator('.category-description').first().innerText()), shownText(dutch(walkthrough.description)));
      const steps = slide.locator('.getting-started-step');
      assert.deepEqual(
        (await steps.locator('.step-title').allInnerTexts()).map(plain),
        walkthrough.steps.map((step) => dutch(step.title)),
        'the steps in order, in Dutch',
      );
      assert.equal(dutch(walkthrough.steps[0]!.title), 'Importeer uw Word-protocol');
      const first = steps.first();
      assert.equal(plain(await first.locator('.step-description-container').innerText()), shownText(dutch(walkthrough.steps[0]!.description)));
      await screenshot(context, 'walkthrough');
      await runCommand(page, 'View: Close All Editors');
    },
  },
  {
    name: 'Dutch display language: the settings editor describes meldcode.locale and its choices in Dutch',
    async run(context) {
      const { page } = context;
      const setting = manifest().contributes.configuration.properties['meldcode.locale']!;
      await runCommand(page, 'Preferences: Open Settings (UI)');
      // The editor opens with the keyboard in its search box.
      await page.locator('.settings-editor .settings-header .suggest-input-container').first().waitFor({ state: 'visible' });
      await page.keyboard.type('meldcode.locale');
      const item = page.locator('.settings-editor .setting-item-contents', { hasText: 'Locale' }).first();
      await item.waitFor({ state: 'visible' });
      assert.equal(plain(await item.locator('.setting-item-description').innerText()), shownText(dutch(setting.markdownDescription!)));
      // The choices' descriptions show in the drop-down, for the highlighted choice.
      await item.locator('select, .monaco-select-box').first().click();
      const details = page.locator('.select-box-details-pane').first();
      const autoIndex = setting.enum!.indexOf('auto');
      await waitFor('the description of "auto" in the drop-down', async () =>
        plain(await details.innerText().catch(() => '')) === shownText(dutch(setting.enumDescriptions![autoIndex]!)),
      );
      await screenshot(context, 'settings');
      // The settings editor is a modal dialog here, which Escape closes (after the drop-down).
      await waitFor('the settings editor to close', async () => {
        await page.keyboard.press('Escape');
        return !(await page.locator('.settings-editor').first().isVisible());
      });
    },
  },
  {
    name: 'Dutch display language: with meldcode.locale auto, the problems and "Nieuw protocol…" speak Dutch',
    async run(context) {
      const { page } = context;
      const expected = findings(sample(`flawed/${FLAWED}`)).map((finding) => plain(finding.message.nl)).sort();
      assert.ok(expected.length > 0, 'the flawed sample has findings');
      await openFile(page, FLAWED);
      await showProblems(page, FLAWED);
      await waitForProblems(page, (rows) => {
        const shown = rows.filter((row) => row.kind === 'marker').map((row) => plain(row.message)).sort();
        return JSON.stringify(shown) === JSON.stringify(expected);
      }, 60_000);
      await screenshot(context, 'problems');
      const newProtocol = manifest().contributes.commands.find((command) => command.command === 'meldcode.newProtocol')!;
      await runCommand(page, `${newProtocol.category}: ${dutch(newProtocol.title)}`);
      const input = page.locator('.quick-input-widget input');
      const kinderopvang = SECTORS.find((sector) => sector.value === 'kinderopvang')!;
      await page.locator('.quick-input-list .monaco-list-row', { hasText: kinderopvang.name.nl }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
      assert.equal(await input.getAttribute('placeholder'), 'Kies de sector van uw organisatie');
      await screenshot(context, 'new-protocol');
      await page.keyboard.press('Escape');
    },
  },
];
