/** The checks, in order: each is what a protocol writer does and sees in the editor. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import JSZip from 'jszip';
import type { CodeServer } from './codeServer';
import {
  expectedKeyHover,
  expectedProblems,
  findings,
  plain,
  REPO,
  sample,
  type ExpectedProblem,
  type InEachLocale,
  type Locale,
} from './expectations';
import {
  activeTab,
  chooseSetting,
  editor,
  editorLine,
  focusEditor,
  goToLine,
  meldcodeStatus,
  openFile,
  problemRows,
  runCommand,
  showProblems,
  waitFor,
  waitForProblems,
  waitForWorkbench,
  type ProblemRow,
} from './workbench';

export interface CheckContext {
  page: Page;
  server: CodeServer;
  results: string;
  updateImages: boolean;
  /** The pass's `meldcode.locale`: the language of everything the extension shows. */
  locale: Locale;
}

export interface Check {
  name: string;
  /** When it fails, the checks after it cannot run. */
  essential?: boolean;
  /** The passes it runs in, when not in every one. */
  locales?: readonly Locale[];
  run(context: CheckContext): Promise<void>;
}

const COMPLETE = 'kindercentrum-de-zonnebloem.meldcode.yaml';
/** The notification after an export. */
const EXPORTED_TO: InEachLocale<(file: string) => string> = {
  nl: (file) => `Het protocol is geëxporteerd naar ${file}.`,
  en: (file) => `The protocol is exported to ${file}.`,
};
/** The route map's name, in its tab and over its drawing. */
const ROUTE_MAP: InEachLocale = { nl: 'Routekaart', en: 'Route map' };
const MISSING_STEPS = 'ontbrekende-stappen.meldcode.yaml';
const OUTDATED = 'verouderde-termen.meldcode.yaml';
const EMPTY = 'nieuw.meldcode.yaml';
/** A protocol saved under a plain YAML name, as a writer may have done. */
const PLAIN_YAML = 'Meldcode De Klimop.yaml';

/** The workspace: copies of samples, and an empty protocol to type in. */
export function WORKSPACE_FILES(): Record<string, string> {
  return {
    [COMPLETE]: sample(COMPLETE),
    [MISSING_STEPS]: sample(`flawed/${MISSING_STEPS}`),
    [OUTDATED]: sample(`flawed/${OUTDATED}`),
    [EMPTY]: '',
    [PLAIN_YAML]: sample(COMPLETE),
  };
}

/** A screenshot of the pass: `name.png` in Dutch, `name-en.png` in English; the README shows the Dutch ones. */
async function screenshot(context: CheckContext, name: string, readmeImage?: string): Promise<void> {
  const file = path.join(context.results, `${name}${context.locale === 'nl' ? '' : `-${context.locale}`}.png`);
  await context.page.screenshot({ path: file });
  if (readmeImage && context.updateImages && context.locale === 'nl') fs.copyFileSync(file, path.join(REPO, 'images', readmeImage));
}

/** The marker rows under one file (the panel is filtered to that file by showProblems). */
function rowsOfFile(rows: ProblemRow[], file: string): ProblemRow[] {
  const result: ProblemRow[] = [];
  let inside = false;
  for (const row of rows) {
    if (row.kind === 'file') inside = row.text.startsWith(file);
    else if (inside) result.push(row);
  }
  return result;
}

function showsProblem(rows: ProblemRow[], problem: ExpectedProblem): boolean {
  return rows.some(
    (row) =>
      plain(row.message) === plain(problem.message) &&
      row.source === 'meldcode' &&
      row.code === problem.ruleId &&
      row.severity === problem.severity &&
      row.position === `[Ln ${problem.line}, Col ${problem.column}]`,
  );
}

/** The counts in the status-bar item's label, which reads "Meldcode: 2 errors, 1 warning, 0 notes in this protocol. …". */
const STATUS_COUNTS: InEachLocale<RegExp> = {
  nl: /^Meldcode: (\d+) fout(?:en)?, (\d+) waarschuwing(?:en)?, \d+ opmerking(?:en)? in dit protocol\. Klik om de problemen te tonen\.$/,
  en: /^Meldcode: (\d+) errors?, (\d+) warnings?, \d+ notes? in this protocol\. Click to show the problems\.$/,
};

async function statusCounts({ page, locale }: CheckContext): Promise<{ errors: number; warnings: number } | undefined> {
  const status = await meldcodeStatus(page);
  if (!status) return undefined;
  // The extension's texts follow meldcode.locale, not the language of the UI.
  const match = STATUS_COUNTS[locale].exec(status.label);
  if (match) return { errors: Number(match[1]), warnings: Number(match[2]) };
  return undefined;
}

async function waitForStatus(context: CheckContext, errors: number, warnings: number): Promise<void> {
  const { page } = context;
  await waitFor(`the status bar to count ${errors} errors and ${warnings} warnings`, async () => {
    const counts = await statusCounts(context);
    return counts !== undefined && counts.errors === errors && counts.warnings === warnings;
  });
  const status = await meldcodeStatus(page);
  if (errors > 0 || warnings > 0) assert.equal(status?.text, `${errors} ${warnings}`, 'status-bar text');
}

export const CHECKS: Check[] = [
  {
    name: 'the workbench opens with the extension installed',
    essential: true,
    async run({ page, server }) {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
      await waitForWorkbench(page);
    },
  },
  {
    name: 'a flawed protocol shows its problems in the language of meldcode.locale with rule codes, and the status bar counts them',
    essential: true,
    async run(context) {
      const { page, locale } = context;
      const expected = expectedProblems(sample(`flawed/${MISSING_STEPS}`), locale);
      assert.ok(expected.length > 0, 'the flawed sample has findings');
      await openWorkbenchIfClosed(context);
      await openFile(page, MISSING_STEPS);
      await showProblems(page, MISSING_STEPS);
      const rows = await waitForProblems(page, (all) => {
        const mine = rowsOfFile(all, MISSING_STEPS);
        return mine.length === expected.length && expected.every((problem) => showsProblem(mine, problem));
      }, 60_000);
      const shown = rowsOfFile(rows, MISSING_STEPS);
      assert.equal(shown.length, expected.length);
      const missingStep4 = { nl: 'Stap 4 (wegen van het geweld) ontbreekt;', en: 'Step 4 (weigh the violence) is missing;' }[locale];
      assert.ok(shown.some((row) => row.message.startsWith(missingStep4)), `a problem reads "${missingStep4} …"`);
      // The rule's documentation shipped in the extension, not a web page.
      for (const row of shown) assert.match(row.href, new RegExp(`^(?:file|vscode-remote)://.*/meldcode\\.meldcode-[^/]+/docs/rules/${row.code}\\.md$`));
      const errors = expected.filter((problem) => problem.severity === 'error').length;
      const warnings = expected.filter((problem) => problem.severity === 'warning').length;
      await waitForStatus(context, errors, warnings);
      await goToLine(page, expected[0]!.line, expected[0]!.column);
      await page.mouse.move(5, 5);
      await screenshot(context, 'flawed-protocol-problems', 'screenshot-problems.png');
    },
  },
  {
    name: 'hovering aandachtsfunctionarissen shows the handbook text with its source',
    async run(context) {
      const { page, locale } = context;
      await openFile(page, COMPLETE);
      const expected = expectedKeyHover('aandachtsfunctionarissen', locale);
      const lineNumber = sample(COMPLETE).split('\n').indexOf('aandachtsfunctionarissen:') + 1;
      assert.ok(lineNumber > 0, 'the sample has aandachtsfunctionarissen');
      await goToLine(page, lineNumber, 1);
      const line = editorLine(page, 'aandachtsfunctionarissen:');
      await line.waitFor({ state: 'visible' });
      const word = line.locator('span', { hasText: 'aandachtsfunctionarissen' }).last();
      const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
      await waitFor('the hover to show the handbook text', async () => {
        await word.hover();
        await page.waitForTimeout(900);
        if (!(await hover.isVisible())) {
          await page.mouse.move(5, 5);
          return false;
        }
        const shown = plain(await hover.innerText());
        return expected.every((paragraph) => shown.includes(plain(paragraph)));
      });
      const shown = plain(await hover.innerText());
      const [title, source] = {
        nl: ['aandachtsfunctionarissen — Aandachtsfunctionaris', 'Bron: Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017); Handboek RAAK, §8.1'],
        en: ['aandachtsfunctionarissen — Attention officer (aandachtsfunctionaris)', 'Source: Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017); RAAK handbook, §8.1'],
      }[locale];
      assert.ok(shown.startsWith(title), `the hover starts with "${title}": ${shown}`);
      assert.ok(shown.includes(source), `the hover names its source "${source} …": ${shown}`);
      await screenshot(context, 'hover-aandachtsfunctionarissen', 'screenshot-hover.png');
      await page.mouse.move(5, 5);
    },
  },
  {
    name: 'a complete protocol shows no problems',
    async run(context) {
      const { page, locale } = context;
      assert.deepEqual(expectedProblems(sample(COMPLETE), locale), [], 'the complete sample has no findings');
      await openFile(page, COMPLETE);
      await showProblems(page, COMPLETE);
      await waitForStatus(context, 0, 0);
      await waitForProblems(page, (rows) => rows.length === 0);
      assert.ok(await page.locator('.markers-panel .monaco-list-row').count() === 0, 'no file and no problem in the panel for the complete protocol');
      const status = await meldcodeStatus(page);
      assert.equal(status?.label, {
        nl: 'Meldcode: 0 fouten, 0 waarschuwingen, 0 opmerkingen in dit protocol. Klik om de problemen te tonen.',
        en: 'Meldcode: 0 errors, 0 warnings, 0 notes in this protocol. Click to show the problems.',
      }[locale]);
      assert.match(status?.text ?? '', /Meldcode/);
    },
  },
  {
    name: 'editing updates the problems without saving, and undo clears them again',
    async run(context) {
      const { page, locale } = context;
      const original = sample(COMPLETE);
      const lineText = '    naam: Veilig Thuis Utrecht';
      assert.ok(original.includes(`\n${lineText}\n`), 'the sample names Veilig Thuis Utrecht');
      const expected = expectedProblems(original.replace(`\n${lineText}\n`, `\n${lineText} (AMK)\n`), locale);
      assert.deepEqual(expected.map((problem) => problem.ruleId), ['term-outdated']);
      await openFile(page, COMPLETE);
      await showProblems(page, COMPLETE);
      await goToLine(page, original.split('\n').indexOf(lineText) + 1, lineText.length + 1);
      await page.keyboard.type(' (AMK)');
      await waitFor('the tab to show unsaved changes', async () => (await activeTab(page, COMPLETE).getAttribute('class'))?.includes('dirty'));
      await waitForProblems(page, (all) => {
        const mine = rowsOfFile(all, COMPLETE);
        return mine.length === expected.length && expected.every((problem) => showsProblem(mine, problem));
      });
      await waitForStatus(context, 0, 1);
      await screenshot(context, 'edit-outdated-term');
      // Undo until the text is the saved one again (typing and auto-closed brackets are separate steps).
      await waitFor('undo to bring back the saved text', async () => {
        await page.keyboard.press('Control+Z');
        await page.waitForTimeout(200);
        return !(await activeTab(page, COMPLETE).getAttribute('class'))?.includes('dirty');
      });
      await waitForProblems(page, (all) => all.length === 0);
      await waitForStatus(context, 0, 0);
    },
  },
  {
    name: 'the quick fix for a missing step inserts it and the problem disappears',
    async run(context) {
      const { page, locale } = context;
      const text = sample(`flawed/${MISSING_STEPS}`);
      const before = expectedProblems(text, locale);
      const { step4Starts, step5Starts, title, turnOff } = {
        nl: { step4Starts: 'Stap 4 ', step5Starts: 'Stap 5 ', title: 'Voeg stap 4 toe', turnOff: (line: number) => `Controle "alle vijf stappen" (step-missing) uitzetten op regel ${line}` },
        en: { step4Starts: 'Step 4 ', step5Starts: 'Step 5 ', title: 'Add step 4', turnOff: (line: number) => `Turn off check "all five steps" (step-missing) on line ${line}` },
      }[locale];
      const step4 = before.find((problem) => problem.ruleId === 'step-missing' && problem.message.startsWith(step4Starts));
      const step5 = before.find((problem) => problem.ruleId === 'step-missing' && problem.message.startsWith(step5Starts));
      assert.ok(step4 && step5, 'the sample lacks steps 4 and 5');
      const finding = findings(text).find((candidate) => candidate.message[locale] === step4.message);
      assert.ok(finding?.suggestions?.[0], 'the engine offers a fix for step 4');
      await openWorkbenchIfClosed(context);
      await openFile(page, MISSING_STEPS);
      await showProblems(page, MISSING_STEPS);
      await waitForProblems(page, (all) => showsProblem(rowsOfFile(all, MISSING_STEPS), step4));
      await goToLine(page, step4.line, step4.column);
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
      // Right after the server starts the menu may come up empty: ask again, as a user would.
      await waitFor('the quick fix menu', async () => {
        await page.keyboard.press('Control+.');
        if (await fix.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) return true;
        await page.keyboard.press('Escape');
        return false;
      });
      // The fix first, switching the check off last.
      const actions = (await page.locator('.action-widget .monaco-list-row.action').allInnerTexts()).map(plain);
      assert.equal(actions[0], title, `the first action of ${actions.join(' | ')}`);
      assert.equal(actions.at(-1), turnOff(step4.line), `the last action of ${actions.join(' | ')}`);
      await screenshot(context, 'quick-fix-menu');
      await fix.click();
      await waitForProblems(page, (all) => {
        const mine = rowsOfFile(all, MISSING_STEPS);
        return mine.length === before.length - 1 && !showsProblem(mine, step4) && mine.some((row) => plain(row.message) === plain(step5.message));
      });
      const fixed = [...finding!.suggestions![0]!.edits]
        .sort((a, b) => b.startOffset - a.startOffset)
        .reduce((result, edit) => result.slice(0, edit.startOffset) + edit.newText + result.slice(edit.endOffset), text)
        .split('\n');
      const inserted = fixed.findIndex((line) => /^\s*- stap: 4\b/.test(line));
      assert.ok(inserted >= 0, 'the fix inserts "- stap: 4"');
      await goToLine(page, inserted + 1, 1);
      for (const expectedLine of fixed.slice(inserted, inserted + 3)) {
        await editorLine(page, expectedLine.trim()).waitFor({ state: 'visible' });
      }
      await waitForStatus(context, before.filter((problem) => problem.severity === 'error').length - 1, 0);
      await screenshot(context, 'quick-fix-step-4');
    },
  },
  {
    name: 'completion in an empty protocol offers the skeleton; filled in, it has no errors',
    async run(context) {
      const { page } = context;
      const prefix = 'meldcode-protocol-kinderopvang';
      await openFile(page, EMPTY);
      await showProblems(page, EMPTY);
      await editor(page).click();
      await page.keyboard.type(prefix);
      await page.keyboard.press('Control+Space');
      const item = page.locator('.suggest-widget .monaco-list-row', { hasText: prefix }).first();
      await item.waitFor({ state: 'visible' });
      await screenshot(context, 'completion-skeleton');
      await item.click();
      // The organisation, two dates, and name, phone and e-mail of two officers.
      assert.equal(await fillSkeletonPlaceholders(page, prefix), 9, 'the skeleton asks for the organisation, the dates and the officers');
      await page.keyboard.press('Control+Home');
      await editorLine(page, 'naam: Kinderdagverblijf Het Klavertje').waitFor({ state: 'visible' });
      await waitFor('the status bar to count no errors', async () => (await statusCounts(context))?.errors === 0);
      await page.waitForTimeout(1000);
      const rows = rowsOfFile(await problemRows(page), EMPTY);
      assert.deepEqual(rows.filter((row) => row.severity === 'error'), [], 'no errors in the Problems panel');
      await screenshot(context, 'skeleton-filled');
    },
  },
  {
    name: 'the protocol snippet sets herzien-voor one year after the day it is inserted, as "New protocol" does',
    // It reads no text that follows meldcode.locale: once is enough.
    locales: ['nl'],
    async run(context) {
      const { page } = context;
      const prefix = 'meldcode-protocol-onderwijs';
      await openFile(page, EMPTY);
      await editor(page).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(prefix);
      await page.keyboard.press('Control+Space');
      const item = page.locator('.suggest-widget .monaco-list-row', { hasText: prefix }).first();
      await item.waitFor({ state: 'visible' });
      await item.click();
      // Every tab stop keeps its default.
      await page.keyboard.press('Escape');
      const today = new Date();
      const day = `${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      await editorLine(page, `vastgesteld: ${today.getFullYear()}-${day}`).waitFor({ state: 'visible' });
      await editorLine(page, `herzien-voor: ${today.getFullYear() + 1}-${day}`).waitFor({ state: 'visible' });
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
    },
  },
  {
    name: '"Meldcode: New protocol…" asks in the language of meldcode.locale for the sector, the organisation and the file name, and opens a complete protocol without errors',
    async run(context) {
      const { page, locale } = context;
      const asked = {
        nl: {
          sector: ['Kinderopvang', 'Kinderdagverblijf, buitenschoolse opvang, peuteropvang, gastouderopvang'],
          pickSector: 'Kies de sector van uw organisatie',
          organisation: 'De naam van uw organisatie (u kunt die ook later invullen)',
          fileName: 'De bestandsnaam van het protocol; die eindigt op .meldcode.yaml',
          comment: '# De organisatie die dit protocol vaststelt.',
        },
        en: {
          sector: ['Child care', 'Day nurseries, out-of-school care, pre-school groups, childminding'],
          pickSector: 'Pick the sector of your organisation',
          organisation: 'The name of your organisation (you can also fill it in later)',
          fileName: 'The file name of the protocol; it ends in .meldcode.yaml',
          comment: '# The organisation that adopts this protocol.',
        },
      }[locale];
      // The command title follows the (English) UI; what the command asks follows meldcode.locale.
      await runCommand(page, 'Meldcode: New protocol…');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      const sectorRow = page.locator('.quick-input-list .monaco-list-row', { hasText: asked.sector[0] }).first();
      await sectorRow.waitFor({ state: 'visible' });
      assert.equal(await input.getAttribute('placeholder'), asked.pickSector);
      assert.deepEqual(
        [plain(await sectorRow.locator('.label-name').first().innerText()), plain(await sectorRow.locator('.label-description').first().innerText())],
        asked.sector,
        'the sector once, with its description',
      );
      await screenshot(context, 'new-protocol-sector');
      await input.fill(asked.sector[0]!);
      await page.keyboard.press('Enter');
      const prompt = page.locator('.quick-input-widget .quick-input-message');
      // VS Code adds "(Press 'Enter' to confirm …)" in the language of its UI.
      await waitFor('the question for the organisation', async () => plain(await prompt.innerText().catch(() => '')).startsWith(asked.organisation));
      await input.fill('Kindcentrum De Klimop');
      await page.keyboard.press('Enter');
      await waitFor('the question for the file name', async () => plain(await prompt.innerText().catch(() => '')).startsWith(asked.fileName));
      const name = 'meldcode-kindcentrum-de-klimop.meldcode.yaml';
      assert.equal(await input.inputValue(), name, 'the file name suggested from the organisation');
      await page.keyboard.press('Enter');
      await activeTab(page, name).waitFor({ state: 'visible' });
      await editorLine(page, 'naam: Kindcentrum De Klimop').waitFor({ state: 'visible' });
      await editorLine(page, 'sector: kinderopvang').waitFor({ state: 'visible' });
      // The template's comments follow meldcode.locale too; the protocol's own text stays Dutch.
      await editorLine(page, asked.comment).waitFor({ state: 'visible' });
      await waitFor('the new protocol to be checked', async () => (await statusCounts(context))?.errors === 0);
      await page.waitForTimeout(1000);
      assert.equal((await statusCounts(context))?.errors, 0, 'no errors in the new protocol');
      await screenshot(context, 'new-protocol');
    },
  },
  {
    name: '"Meldcode: Validate workspace" reports what the Problems panel holds',
    async run(context) {
      const { page, locale } = context;
      await runCommand(page, 'Meldcode: Validate workspace');
      // In the language of meldcode.locale, whatever the language of the UI; a count of one in the singular.
      const { checked, summary } = {
        nl: {
          checked: /protocol(?:len)? gecontroleerd/,
          summary: (protocols: number, errors: number, warnings: number, withProblems: number) =>
            `${protocols} protocollen gecontroleerd: ${errors === 1 ? '1 fout' : `${errors} fouten`} en ${warnings === 1 ? '1 waarschuwing' : `${warnings} waarschuwingen`} in ${withProblems} ervan.`,
        },
        en: {
          checked: /protocols? checked/,
          summary: (protocols: number, errors: number, warnings: number, withProblems: number) =>
            `${protocols} protocols checked: ${errors === 1 ? '1 error' : `${errors} errors`} and ${warnings === 1 ? '1 warning' : `${warnings} warnings`} in ${withProblems} of them.`,
        },
      }[locale];
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: checked }).first();
      await toast.waitFor({ state: 'visible' });
      const message = plain(await toast.locator('.notification-list-item-message').innerText());
      // The errors and warnings as in VS Code's own count in the status bar.
      const total = (await page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
      const errors = Number(/Errors: (\d+)/.exec(total)?.[1] ?? (/No Problems/i.test(total) ? '0' : NaN));
      const warnings = Number(/Warnings: (\d+)/.exec(total)?.[1] ?? (/No Problems/i.test(total) ? '0' : NaN));
      const withProblems = Number(/(\d+) (?:ervan|of them)\.$/.exec(message)?.[1]);
      // Four protocol files on disk and the untitled one from "New protocol".
      assert.equal(message, summary(5, errors, warnings, withProblems), `the summary, with the counts of the status bar (${total})`);
      await screenshot(context, 'validate-workspace');
    },
  },
  {
    name: '"Meldcode: Show route map" draws the protocol beside the editor',
    async run(context) {
      const { page, locale } = context;
      await openFile(page, COMPLETE);
      await runCommand(page, 'Meldcode: Show route map');
      await page.locator('.tabs-container .tab', { hasText: `${ROUTE_MAP[locale]}: ${COMPLETE}` }).first().waitFor({ state: 'visible' });
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('h2', { hasText: `${ROUTE_MAP[locale]}: Kindercentrum De Zonnebloem` }).first().waitFor({ state: 'visible' });
      await frame.locator('body').getByText('Veilig Thuis Utrecht').first().waitFor({ state: 'visible' });
      await screenshot(context, 'route-map');
    },
  },
  {
    name: '"Meldcode: Overview of protocols" shows the workspace, errors first, and a click on a row opens that protocol',
    async run(context) {
      const { page, locale } = context;
      await openWorkbenchIfClosed(context);
      await openFile(page, COMPLETE);
      await runCommand(page, 'Meldcode: Overview of protocols');
      const [tabTitle, heading] = { nl: ['Overzicht meldcodes', 'Overzicht meldcodes'], en: ['Overview of protocols', 'Overview of protocols (meldcodes)'] }[locale];
      await page.locator('.tabs-container .tab', { hasText: tabTitle }).first().waitFor({ state: 'visible' });
      const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
      await frame.locator('h1', { hasText: heading }).waitFor({ state: 'visible' });
      const row = frame.locator(`tbody tr[data-file="${MISSING_STEPS}"]`);
      await row.waitFor({ state: 'visible' });
      assert.equal(await row.getAttribute('class'), 'attention-errors');
      assert.equal(await frame.locator('tbody tr').first().getAttribute('class'), 'attention-errors', 'protocols with errors come first');
      assert.equal(await frame.locator(`tbody tr[data-file="${COMPLETE}"]`).getAttribute('class'), 'attention-none');
      await screenshot(context, 'overview');
      await row.locator('td.sector').click();
      await activeTab(page, MISSING_STEPS).waitFor({ state: 'visible' });
      await runCommand(page, 'View: Close All Editors');
    },
  },
  {
    name: 'the rule link of a problem opens the rule documentation shipped in the extension, as a Markdown preview',
    // One document for both languages: once is enough.
    locales: ['nl'],
    async run(context) {
      const { page } = context;
      await openFile(page, MISSING_STEPS);
      await showProblems(page, MISSING_STEPS);
      const code = page.locator('.markers-panel .monaco-list-row .marker-code', { hasText: 'step-missing' }).first();
      await code.waitFor({ state: 'visible' });
      await code.click();
      // The preview of docs/rules/step-missing.md from the installed extension, and no text editor of it.
      const preview = page.locator('.tabs-container .tab', { hasText: 'Preview step-missing.md' }).first();
      await preview.waitFor({ state: 'visible' });
      await waitFor('the text editor of the rule document to close', async () =>
        (await page.locator('.tabs-container .tab', { hasText: /^step-missing\.md/ }).count()) === 0,
      );
      const title = /^\*\*(.+?)\*\*/m.exec(fs.readFileSync(path.join(REPO, 'docs', 'rules', 'step-missing.md'), 'utf8'))?.[1];
      assert.ok(title, 'the rule document has a bold title');
      const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
      await frame.locator('h1', { hasText: 'step-missing' }).first().waitFor({ state: 'visible' });
      await frame.getByText(title).first().waitFor({ state: 'visible' });
      await screenshot(context, 'rule-doc-preview');
      await runCommand(page, 'View: Close All Editors');
    },
  },
  {
    name: 'the Meldcode output channel logs the start of the language server with its version, and no diagnostic collection twice',
    async run(context) {
      const { page, server, locale } = context;
      const version = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
      const startLines = {
        nl: [`Meldcode ${version} start de taalserver.`, `De taalserver draait: meldcode-language-server ${version}.`],
        en: [`Meldcode ${version} is starting the language server.`, `The language server is running: meldcode-language-server ${version}.`],
      }[locale];
      await runCommand(page, 'View: Toggle Output');
      const channels = page.locator('.part.panel select.monaco-select-box:visible').first();
      await channels.waitFor({ state: 'visible' });
      await channels.selectOption({ label: 'Meldcode' });
      // The panel's filter box is shared with the Problems panel, which an earlier check filtered: empty it.
      await page.locator('.part.panel input[placeholder^="Filter"]:visible').first().fill('');
      const output = page.locator('.part.panel .monaco-editor .view-lines').first();
      await waitFor('the start lines in the Meldcode output', async () => {
        const text = plain(await output.innerText().catch(() => ''));
        return startLines.every((line) => text.includes(line));
      });
      await screenshot(context, 'output-channel');
      // VS Code writes a warning to the extension host log when a second collection of a name is made.
      const logs = extensionHostLogs(server.root);
      assert.ok(
        logs.some((log) => fs.readFileSync(log, 'utf8').includes('ExtensionService#_doActivateExtension meldcode.meldcode')),
        'the extension host log records the activation of the extension',
      );
      for (const log of logs) assert.doesNotMatch(fs.readFileSync(log, 'utf8'), /DiagnosticCollection with name 'meldcode' does already exist/, log);
    },
  },
  {
    name: 'a protocol saved as plain .yaml is offered, once, to become a protocol; renaming keeps its text and checks it',
    async run(context) {
      const { page, server, locale } = context;
      const target = 'Meldcode De Klimop.meldcode.yaml';
      const offer = {
        nl: { question: 'Dit lijkt een meldcode-protocol. Als protocol behandelen?', buttons: [`Hernoem naar ${target}`, 'Onder deze naam als protocol controleren', 'Niet meer vragen'] },
        en: { question: 'This looks like a meldcode protocol. Treat it as a protocol?', buttons: [`Rename to ${target}`, 'Check it as a protocol under this name', "Don't ask again"] },
      }[locale];
      await openFile(page, PLAIN_YAML);
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: offer.question }).first();
      await toast.waitFor({ state: 'visible' });
      const buttons = await toast.locator('.monaco-button').allInnerTexts();
      assert.deepEqual(buttons.map(plain), offer.buttons);
      await screenshot(context, 'plain-yaml-prompt');
      await toast.locator('.monaco-button', { hasText: offer.buttons[0] }).click();
      await activeTab(page, target).waitFor({ state: 'visible' });
      await waitFor('the file to be renamed on disk', async () => fs.existsSync(path.join(server.workspace, target)) && !fs.existsSync(path.join(server.workspace, PLAIN_YAML)));
      assert.equal(fs.readFileSync(path.join(server.workspace, target), 'utf8'), sample(COMPLETE), 'the text is kept as it was');
      // Now a protocol: the meldcode status-bar item counts its (zero) problems.
      await waitForStatus(context, 0, 0);
    },
  },
  {
    name: '"Meldcode: Export protocol…" writes a Word document beside the protocol',
    async run(context) {
      const { page, server, locale } = context;
      const target = path.join(server.workspace, 'kindercentrum-de-zonnebloem.docx');
      await closeRouteMap(page);
      await openFile(page, COMPLETE);
      await runCommand(page, 'Meldcode: Export protocol…');
      await chooseQuickPickRow(page, { nl: 'Word-document (.docx)', en: 'Word document (.docx)' }[locale]);
      // The save dialog (code-server's own) suggests the name beside the protocol: accept it.
      await acceptFileDialog(page, target);
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: EXPORTED_TO[locale]('kindercentrum-de-zonnebloem.docx') }).first();
      await toast.waitFor({ state: 'visible' });
      await screenshot(context, 'export-word');
      const zip = await JSZip.loadAsync(fs.readFileSync(target));
      const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
      assert.ok(document.includes('Kindercentrum De Zonnebloem'), 'the organisation is in the Word document');
      assert.ok(document.includes('<w:pStyle w:val="Heading1"/>'), 'with Word headings');
    },
  },
  {
    name: 'the route map\'s export button saves the printable page',
    async run(context) {
      const { page, server, locale } = context;
      const target = path.join(server.workspace, 'kindercentrum-de-zonnebloem.html');
      const { actions, webPage } = {
        nl: { actions: ['Exporteren (Word of HTML)…', 'Afdrukken…'], webPage: 'Webpagina (.html)' },
        en: { actions: ['Export (Word or HTML)…', 'Print…'], webPage: 'Web page (.html)' },
      }[locale];
      await closeRouteMap(page);
      await openFile(page, COMPLETE);
      await runCommand(page, 'Meldcode: Show route map');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const button = frame.locator('nav.rk-actions a', { hasText: actions[0]! });
      await button.waitFor({ state: 'visible' });
      assert.deepEqual(await frame.locator('nav.rk-actions a').allInnerTexts(), actions);
      await button.click();
      await chooseQuickPickRow(page, webPage);
      await acceptFileDialog(page, target);
      await page.locator('.notifications-toasts .notification-toast', { hasText: EXPORTED_TO[locale]('kindercentrum-de-zonnebloem.html') }).first().waitFor({ state: 'visible' });
      const html = fs.readFileSync(target, 'utf8');
      assert.ok(html.startsWith(`<!DOCTYPE html>\n<html lang="${locale}">`), 'the page in the language of meldcode.locale');
      assert.ok(html.includes('<h1>Kindercentrum De Zonnebloem</h1>'));
      // Leave no second tab named after the protocol for the checks after this one.
      await closeRouteMap(page);
    },
  },
  {
    name: '"Meldcode: Import Word document…" writes the protocol beside the document and opens it',
    async run(context) {
      const { page, server, locale } = context;
      const source = path.join(server.workspace, 'kinderopvang-basismodel.docx');
      fs.copyFileSync(path.join(REPO, 'test', 'fixtures', 'word', 'kinderopvang-basismodel.docx'), source);
      await runCommand(page, 'Meldcode: Import Word document…');
      await acceptFileDialog(page, source);
      const target = 'kinderopvang-basismodel.meldcode.yaml';
      await activeTab(page, target).waitFor({ state: 'visible' });
      const imported = {
        nl: `kinderopvang-basismodel.docx is geïmporteerd als ${target}. Wat herkend is en wat nog een plaats moet krijgen, staat in het uitvoerpaneel "Meldcode: Word-import".`,
        en: `kinderopvang-basismodel.docx is imported as ${target}. What was recognised and what still needs a place is in the output panel "Meldcode: Word import".`,
      }[locale];
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: imported }).first();
      await toast.waitFor({ state: 'visible' });
      await screenshot(context, 'import-word');
      const text = fs.readFileSync(path.join(server.workspace, target), 'utf8');
      assert.ok(text.includes('Kindercentrum Het Klavertje'), 'the organisation is in the protocol');
      assert.ok(text.includes('Sanne de Groot') && text.includes('030-2761450'), 'and the officer with her number');
    },
  },
  {
    name: 'the route map comes back after a window reload, for the same protocol',
    async run(context) {
      const { page, locale } = context;
      await openFile(page, COMPLETE);
      await runCommand(page, 'Meldcode: Show route map');
      const tab = page.locator('.tabs-container .tab', { hasText: `${ROUTE_MAP[locale]}: ${COMPLETE}` }).first();
      await tab.waitFor({ state: 'visible' });
      await Promise.all([page.waitForEvent('load'), runCommand(page, 'Developer: Reload Window')]);
      await waitForWorkbench(page);
      await tab.waitFor({ state: 'visible', timeout: 60_000 });
      await tab.click();
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('body').getByText('Veilig Thuis Utrecht').first().waitFor({ state: 'visible', timeout: 60_000 });
      await screenshot(context, 'route-map-after-reload');
    },
  },
  {
    // The English pass goes to Dutch and back: from nl to en is the step back.
    name: 'choosing nl for meldcode.locale in the Settings editor turns the open protocol\'s problems and status bar into Dutch without a reload, and en turns them back into English',
    locales: ['en'],
    async run(context) {
      await openWorkbenchIfClosed(context);
      await switchLocaleAndBack(context, 'nl', 'nl', 'locale-switched');
    },
  },
  {
    // The Dutch pass, where the change to English shows.
    name: 'choosing auto for meldcode.locale in the Settings editor gives English in the English UI, without a reload, and nl gives Dutch again',
    locales: ['nl'],
    async run(context) {
      await openWorkbenchIfClosed(context);
      await switchLocaleAndBack(context, 'auto', 'en', 'locale-auto');
    },
  },
  {
    name: "the route map of a school's location protocol draws the board's steps, and a click on one opens the board's base protocol with that step selected",
    async run(context) {
      const { page, server, locale } = context;
      const board = path.join(server.workspace, 'bestuur');
      const base = sample('bestuur/stichting.meldcode.yaml');
      fs.mkdirSync(path.join(board, 'scholen'), { recursive: true });
      fs.writeFileSync(path.join(board, 'stichting.meldcode.yaml'), base);
      fs.writeFileSync(path.join(board, 'scholen', 'de-esdoorn.meldcode.yaml'), sample('bestuur/scholen/de-esdoorn.meldcode.yaml'));
      try {
        await openWorkbenchIfClosed(context);
        await closeRouteMap(page);
        await openNestedFile(page, ['bestuur', 'scholen', 'de-esdoorn.meldcode.yaml']);
        await runCommand(page, 'Meldcode: Show route map');
        await page.locator('.tabs-container .tab', { hasText: `${ROUTE_MAP[locale]}: de-esdoorn.meldcode.yaml` }).first().waitFor({ state: 'visible' });
        const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
        // Step 1 is written in the board's base only: its box says so with data-level.
        const step = frame.locator('g[data-step="1"][data-level="1"]');
        await step.waitFor({ state: 'visible' });
        await screenshot(context, 'route-map-location');
        await step.click();
        await page.locator('.tabs-container .tab.active[data-resource-name="stichting.meldcode.yaml"]').waitFor({ state: 'visible' });
        // The selection is the step's entry in the base, from "stap: 1" to its last action.
        const start = base.indexOf('\nstappen:\n  - stap: 1\n') + '\nstappen:\n  - '.length;
        let end = base.indexOf('\n  - ', start);
        while (/\s/.test(base[end - 1])) end--;
        const selected = await waitFor('the step selected in the base', async () => {
          const text = (await page.locator('#status\\.editor\\.selection').first().textContent()) ?? '';
          const count = /\(([\d,.]+) selected\)/.exec(text)?.[1];
          return count !== undefined && Number(count.replace(/[,.]/g, '')) === end - start ? text : undefined;
        });
        assert.match(selected, new RegExp(`^Ln ${base.slice(0, end).split('\n').length}, Col `));
        await screenshot(context, 'route-map-location-base-opened');
      } finally {
        fs.rmSync(board, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'the overview follows the files: a protocol with errors saved into the workspace appears in it without running the command again, and goes when it is deleted',
    async run(context) {
      const { page, server, locale } = context;
      await openWorkbenchIfClosed(context);
      await openFile(page, COMPLETE);
      await runCommand(page, 'Meldcode: Overview of protocols');
      const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
      await frame.locator('h1', { hasText: { nl: 'Overzicht meldcodes', en: 'Overview of protocols (meldcodes)' }[locale] }).waitFor({ state: 'visible' });
      await frame.locator(`tbody tr[data-file="${COMPLETE}"]`).waitFor({ state: 'visible' });
      const added = 'later-opgeslagen.meldcode.yaml';
      const row = frame.locator(`tbody tr[data-file="${added}"]`);
      fs.writeFileSync(path.join(server.workspace, added), sample(`flawed/${MISSING_STEPS}`));
      try {
        await row.waitFor({ state: 'visible' });
        assert.equal(await row.getAttribute('class'), 'attention-errors');
        await screenshot(context, 'overview-followed');
      } finally {
        fs.rmSync(path.join(server.workspace, added), { force: true });
      }
      await row.waitFor({ state: 'detached' });
    },
  },
];

/** Opens a file in folders of the workspace from the Explorer, unfolding the folders on the way. */
async function openNestedFile(page: Page, names: readonly string[]): Promise<void> {
  const explorer = page.locator('.explorer-folders-view');
  if (!(await explorer.isVisible())) await page.keyboard.press('Control+Shift+E');
  for (const folder of names.slice(0, -1)) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${folder}"]`).first();
    await row.waitFor({ state: 'visible' });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  }
  const name = names[names.length - 1];
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first();
  await row.waitFor({ state: 'visible' });
  await row.dblclick();
  await activeTab(page, name).waitFor({ state: 'visible' });
  await focusEditor(page);
}

/** Opens the workbench when a check runs on its own (--only), without the first check. */
async function openWorkbenchIfClosed({ page, server }: CheckContext): Promise<void> {
  if (!page.url().startsWith(server.url)) await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
  await waitForWorkbench(page);
}

/**
 * With a protocol with outdated terms open (no earlier check edits it), chooses `setting` for meldcode.locale in the Settings editor:
 * its problems and the status bar turn to `shownIn`, in the same window (no reload); then the
 * pass's own locale is chosen again and they turn back.
 */
async function switchLocaleAndBack(context: CheckContext, setting: Locale | 'auto', shownIn: Locale, name: string): Promise<void> {
  const { page, server, locale } = context;
  // Where startCodeServer keeps the user settings.
  const settingsFile = path.join(server.root, 'user-data', 'User', 'settings.json');
  const text = sample(`flawed/${OUTDATED}`);
  const errors = findings(text).filter((finding) => finding.severity === 'error').length;
  const warnings = findings(text).filter((finding) => finding.severity === 'warning').length;
  const showsAllIn = (language: Locale) => (rows: ProblemRow[]): boolean => {
    const expected = expectedProblems(text, language);
    const mine = rowsOfFile(rows, OUTDATED);
    return mine.length === expected.length && expected.every((problem) => showsProblem(mine, problem));
  };
  let reloads = 0;
  const countReload = (frame: Frame): void => {
    if (frame === page.mainFrame()) reloads++;
  };
  page.on('framenavigated', countReload);
  try {
    await openFile(page, OUTDATED);
    await showProblems(page, OUTDATED);
    await waitForProblems(page, showsAllIn(locale));
    await chooseSetting(page, settingsFile, 'meldcode.locale', setting);
    await waitForProblems(page, showsAllIn(shownIn));
    const amk = { nl: '"AMK" bestaat niet meer: sinds 1 januari 2015', en: '"AMK" no longer exists: since 1 January 2015' }[shownIn];
    assert.ok(rowsOfFile(await problemRows(page), OUTDATED).some((row) => plain(row.message).startsWith(amk)), `a problem reads "${amk} …"`);
    await waitForStatus({ ...context, locale: shownIn }, errors, warnings);
    await screenshot(context, name);
    await chooseSetting(page, settingsFile, 'meldcode.locale', locale);
    await waitForProblems(page, showsAllIn(locale));
    await waitForStatus(context, errors, warnings);
  } finally {
    page.off('framenavigated', countReload);
  }
  assert.equal(reloads, 0, 'the window was not reloaded');
}

/** Closes the route map's tab of an earlier check: its title names the protocol too, which would make two tabs match it. */
async function closeRouteMap(page: Page): Promise<void> {
  const tabs = page.locator('.tabs-container .tab[data-resource-name^="webview-meldcode.routeMap"]');
  for (let attempt = 0; attempt < 3 && (await tabs.count()) > 0; attempt++) {
    await tabs.first().click({ button: 'middle' });
    await page.waitForTimeout(500);
  }
  assert.equal(await tabs.count(), 0, 'the route map is closed');
}

/** Picks the quick-pick row that shows `label`. */
async function chooseQuickPickRow(page: Page, label: string): Promise<void> {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

/** Answers code-server's file dialog (a quick input holding a path) with `file`. */
async function acceptFileDialog(page: Page, file: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  // The dialog lists its folder before it settles; until then it may put its own path back.
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
  await waitFor(`the file dialog to hold ${file}`, async () => {
    if ((await input.inputValue()) !== file) await input.fill(file);
    await page.waitForTimeout(500);
    return (await input.inputValue()) === file;
  });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The extension host logs of a code-server run (under its user data folder). */
function extensionHostLogs(root: string): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/exthost.*\.log$/i.test(entry.name)) found.push(full);
    }
  };
  visit(root);
  return found;
}

/** The tab stops of the contributed skeleton snippet: number and default, in tab order. */
function skeletonPlaceholders(prefix: string): { n: number; value: string }[] {
  const snippets = JSON.parse(fs.readFileSync(path.join(REPO, 'snippets', 'meldcode.code-snippets'), 'utf8')) as Record<
    string,
    { prefix: string; body: string[] }
  >;
  const snippet = Object.values(snippets).find((candidate) => candidate.prefix === prefix);
  assert.ok(snippet, `a snippet with prefix ${prefix}`);
  const seen = new Map<number, string>();
  // The review date's "next year" is a transform of $CURRENT_YEAR, whose ${n:+...} are no tab stops.
  const body = snippet.body.join('\n').replace(/\$\{CURRENT_YEAR\/[^/]*\/[^/]*\/\}/g, '$CURRENT_YEAR+1');
  for (const match of body.matchAll(/\$\{(\d+):((?:[^}\\]|\\.)*)\}/g)) {
    const n = Number(match[1]);
    if (!seen.has(n)) seen.set(n, match[2] ?? '');
  }
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([n, value]) => ({ n, value }));
}

/**
 * Fills the skeleton's tab stops as a writer would: the organisation, the dates and the two
 * officers get real values; the texts (steps, questions, sections) keep their defaults (Tab).
 */
async function fillSkeletonPlaceholders(page: Page, prefix: string): Promise<number> {
  const people = ['Sanne de Boer', 'Ahmed Benali'];
  const phones = ['030-2345678', '030-3456789', '030-4567890'];
  const emails = ['s.deboer@klavertje.example', 'a.benali@klavertje.example', 'info@klavertje.example'];
  let typed = 0;
  for (const { value } of skeletonPlaceholders(prefix)) {
    let text: string | undefined;
    if (value === 'Naam van de organisatie') text = 'Kinderdagverblijf Het Klavertje';
    else if (value.startsWith('$CURRENT_YEAR-$CURRENT_MONTH')) text = '2026-01-15';
    else if (value.startsWith('$CURRENT_YEAR')) text = '2027-01-15';
    else if (/^Naam /.test(value)) text = people.shift();
    else if (/^0\d{2,3}-\d+$/.test(value) && value !== '0800-2000') text = phones.shift();
    else if (value.includes('@')) text = emails.shift();
    if (text !== undefined) {
      await page.keyboard.type(text);
      typed++;
      // VS Code may suggest words while we type ("Sanne de B" -> "beoordelen"); Tab would take
      // the suggestion instead of moving to the next field, as it would for a user. Close it.
      const suggestions = page.locator('.suggest-widget.visible');
      if (await suggestions.waitFor({ state: 'visible', timeout: 300 }).then(() => true, () => false)) {
        await page.keyboard.press('Escape');
        await suggestions.waitFor({ state: 'hidden' });
      }
    }
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Escape');
  return typed;
}
