/** What a user does in the VS Code workbench, as Playwright steps against code-server. */
import * as fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';

export const TIMEOUT = 30_000;

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  // The explorer lists the workspace once the remote file system answers.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
}

/** Opens a file of the workspace from the Explorer, then puts the keyboard focus in its editor. */
export async function openFile(page: Page, name: string): Promise<void> {
  const explorer = page.locator('.explorer-folders-view');
  if (!(await explorer.isVisible())) await page.keyboard.press('Control+Shift+E');
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first();
  await row.waitFor({ state: 'visible', timeout: TIMEOUT });
  await row.dblclick();
  await activeTab(page, name).waitFor({ state: 'visible', timeout: TIMEOUT });
  await focusEditor(page);
}

/** Keyboard focus in the active editor, cursor where it was. */
export async function focusEditor(page: Page): Promise<void> {
  await editor(page).waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.keyboard.press('Escape');
  // "View: Focus Active Editor Group" from anywhere, without moving the cursor.
  await runCommand(page, 'View: Focus Active Editor Group');
  await page.waitForFunction("document.activeElement !== null && document.activeElement.closest('.monaco-editor') !== null", undefined, {
    timeout: TIMEOUT,
  });
}

/**
 * The active tab of the file with this name in the active editor group: not a webview, such as
 * the route map, whose title names it too, nor the same file open in another group.
 */
export function activeTab(page: Page, name: string): Locator {
  return page.locator(`.editor-group-container.active .tabs-container .tab.active[data-resource-name=${JSON.stringify(name)}]`);
}

export function editor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Runs a command from the Command Palette by its full title ("Meldcode: Validate workspace"). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`>${title}`);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: title })
    .first()
    .waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

/** Opens the Problems panel, filtered to one file when a name is given. */
export async function showProblems(page: Page, file?: string): Promise<void> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await runCommand(page, 'View: Focus Problems');
  await panel.waitFor({ state: 'visible', timeout: TIMEOUT });
  const filter = page.locator('input[aria-label="Filter Problems"]:visible').first();
  const wanted = file ? `**/${file}` : '';
  if ((await filter.inputValue()) !== wanted) {
    // Right after the panel opens its filter box can be rebuilt; type again until it holds.
    await waitFor('the Problems filter', async () => {
      if ((await filter.inputValue()) !== wanted) await filter.fill(wanted);
      await page.waitForTimeout(300);
      return (await filter.inputValue()) === wanted;
    });
    // The panel applies the filter after a short pause; wait until only that file is listed.
    await waitForProblems(page, (rows) => rows.every((row) => row.kind === 'marker' || !file || row.text.startsWith(file)));
  }
}

/** One row of the Problems panel: a file, or a marker with its parts as VS Code renders them. */
export interface ProblemRow {
  kind: 'file' | 'marker';
  /** The whole row as shown. */
  text: string;
  severity: 'error' | 'warning' | 'info' | '';
  message: string;
  source: string;
  code: string;
  /** The link behind the code (the rule's documentation). */
  href: string;
  /** "[Ln 41, Col 1]" */
  position: string;
}

export async function problemRows(page: Page): Promise<ProblemRow[]> {
  return page.$$eval('.markers-panel .monaco-list-row', (rows) =>
    rows.map((row) => {
      const part = (selector: string): string => row.querySelector(selector)?.textContent?.trim() ?? '';
      const icon = row.querySelector('.marker-icon')?.className ?? '';
      const isMarker = row.querySelector('.marker-message') !== null;
      return {
        kind: isMarker ? ('marker' as const) : ('file' as const),
        text: ((row as unknown as { innerText: string }).innerText ?? '').replace(/\s+/g, ' ').trim(),
        severity: /error/.test(icon) ? ('error' as const) : /warning/.test(icon) ? ('warning' as const) : /info/.test(icon) ? ('info' as const) : ('' as const),
        message: part('.marker-message'),
        source: part('.marker-source'),
        code: part('.marker-code'),
        href: row.querySelector('.marker-code')?.closest('a')?.getAttribute('href') ?? '',
        position: part('.marker-line'),
      };
    }),
  );
}

/** Waits until `check` holds for the rows of the Problems panel; returns the rows it saw last. */
export async function waitForProblems(
  page: Page,
  check: (rows: ProblemRow[]) => boolean,
  timeout = TIMEOUT,
): Promise<ProblemRow[]> {
  const deadline = Date.now() + timeout;
  let rows = await problemRows(page);
  while (!check(rows)) {
    if (Date.now() > deadline) {
      throw new Error(`Problems panel did not reach the expected state; it shows:\n${rows.map((row) => `  ${row.text}`).join('\n') || '  (nothing)'}`);
    }
    await page.waitForTimeout(250);
    rows = await problemRows(page);
  }
  return rows;
}

/** The text of our status-bar item (e.g. "2 1" for two errors and a warning), or null when hidden. */
export async function meldcodeStatus(page: Page): Promise<{ text: string; label: string } | null> {
  const item = page.locator('.statusbar-item[id$="meldcode.problems"]');
  if ((await item.count()) === 0 || !(await item.first().isVisible())) return null;
  return {
    text: (await item.first().innerText()).replace(/\s+/g, ' ').trim(),
    label: (await item.first().getAttribute('aria-label')) ?? '',
  };
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeout = TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Puts the cursor at a 1-based line and column with "Go to Line" (Ctrl+G), as a user would. */
export async function goToLine(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** The rendered editor line that shows `text` (the first one on screen). */
export function editorLine(page: Page, text: string): Locator {
  return editor(page).locator('.view-line', { hasText: text }).first();
}

/**
 * Chooses `value` for the setting `id` (one with a list of values) in the user Settings editor,
 * as a user would: search for it, pick the value from its drop-down, close the editor.
 * `settingsFile` is the user settings.json: closing the editor before VS Code has written the
 * choice there drops it, and the drop-down itself may show the old value for a moment.
 */
export async function chooseSetting(page: Page, settingsFile: string, id: string, value: string): Promise<void> {
  await runCommand(page, 'Preferences: Open User Settings');
  const settings = page.locator('.settings-editor');
  await settings.waitFor({ state: 'visible', timeout: TIMEOUT });
  await settings.locator('.settings-header .suggest-input-container .monaco-editor').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(id);
  const dropDown = settings.locator(`.setting-item-contents[data-key=${JSON.stringify(id)}] select`).first();
  await dropDown.waitFor({ state: 'visible', timeout: TIMEOUT });
  const option = page
    .locator('.monaco-select-box-dropdown-container .monaco-list-row')
    .filter({ has: page.locator('.option-text', { hasText: new RegExp(`^${value}$`) }) })
    .first();
  // The search results may be drawn again while the drop-down is open, which closes it: open it again.
  let isDefault = false;
  await waitFor(`the value ${value} in the drop-down of ${id}`, async () => {
    const picked = async (): Promise<boolean> => {
      await dropDown.click({ timeout: 2000 });
      await option.waitFor({ state: 'visible', timeout: 2000 });
      // The row of the default value says so; choosing it removes the setting from the file.
      isDefault = /\bdefault\b/.test(await option.innerText({ timeout: 2000 }));
      await option.click({ timeout: 2000 });
      return true;
    };
    return picked().catch(() => false);
  });
  await waitFor(`${id}: ${value} in ${settingsFile}`, async () => {
    const written = readJson(settingsFile);
    return written !== undefined && (isDefault ? !(id in written) : written[id] === value);
  });
  // Escape closes the editor; right after the drop-down closes, the first one may only leave it.
  await waitFor('the Settings editor to close', async () => {
    await page.keyboard.press('Escape');
    return settings.waitFor({ state: 'hidden', timeout: 1000 }).then(() => true, () => false);
  });
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
