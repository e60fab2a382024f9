/**
 * The overview's HTML as a reviewer opens and prints it, in headless Chromium: the order of the
 * rows, the chart, nothing run and nothing fetched, and an A4 print. A screenshot goes to
 * test-results/report/ for a person to look at.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildReport, CHART_RULES, PART_IDS, renderOverviewHtml, type PartId, type ProtocolSummary, type ReportFinding, type ReportInput } from '../../../server/src/report';
import { launchChromium, loadPage, pngSize, type LoadedPage } from '../../render/chromium';

const REPOSITORY = path.resolve(__dirname, '..', '..', '..', '..');
const RESULTS = path.join(REPOSITORY, 'test-results', 'report');

const allParts = (state: boolean): Record<PartId, boolean> => Object.fromEntries(PART_IDS.map((part) => [part, state])) as Record<PartId, boolean>;

function summary(organisation: string, overrides: Partial<ProtocolSummary> = {}): ProtocolSummary {
  return { organisation, sector: 'onderwijs', selfEmployed: false, officers: ['Marieke Jansen'], steps: [1, 2, 3, 4, 5], routes: [], parts: allParts(true), ...overrides };
}

const findings = (...spec: Array<[string, ReportFinding['severity'], number]>): ReportFinding[] =>
  spec.flatMap(([ruleId, severity, count]) => Array.from({ length: count }, () => ({ ruleId, severity })));

/** Twelve failing rules (more than the chart shows), a hostile name, and rows of every kind. */
function inputs(): ReportInput[] {
  const many: ReportInput[] = Array.from({ length: 12 }, (_, index) => ({
    file: `scholen/school-${String(index + 1).padStart(2, '0')}.meldcode.yaml`,
    summary: summary(`School ${index + 1}`, { reviewBy: '2028-01-01', location: `Locatie ${index + 1}` }),
    findings: findings(...Array.from({ length: index + 1 }, (_, rule): [string, 'warning', number] => [`rule-${String(rule + 1).padStart(2, '0')}`, 'warning', 1])),
  }));
  return [
    ...many,
    {
      file: 'kwaad/<script>.meldcode.yaml',
      summary: summary('<script>alert(1)</script> & "Zon"', { officers: [], steps: [1, 2], parts: { ...allParts(true), stappen: false } }),
      findings: findings(['step-missing', 'error', 3]),
    },
    { file: 'herzien/bijna.meldcode.yaml', summary: summary('Kindcentrum Ëlla', { reviewBy: '2027-01-10' }), findings: [] },
    { file: 'herzien/verlopen.meldcode.yaml', summary: summary('Praktijk Oost', { reviewBy: '2026-10-01' }), findings: [] },
  ];
}

type Loaded = LoadedPage;

function load(browser: Browser, file: string): Promise<Loaded> {
  return loadPage(browser, file, { width: 1300, height: 1500 });
}

describe('overview HTML in headless Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let loaded: Loaded;
  const report = buildReport(inputs(), { today: '2026-12-03' });
  const htmlFile = path.join(RESULTS, 'overzicht.html');

  before(async () => {
    browser = await launchChromium();
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(htmlFile, renderOverviewHtml(report, { locale: 'nl' }));
    loaded = await load(browser, htmlFile);
  });
  after(async () => {
    await loaded?.page.close();
    await browser?.close();
  });

  it('shows the rows in the order of attention: errors, overdue review, review within 90 days, the rest', async () => {
    const files = await loaded.page.$$eval('tbody tr', (rows) => rows.map((row) => row.getAttribute('data-file')));
    assert.deepEqual(files.slice(0, 4), ['kwaad/<script>.meldcode.yaml', 'herzien/verlopen.meldcode.yaml', 'herzien/bijna.meldcode.yaml', 'scholen/school-12.meldcode.yaml']);
    assert.equal(files.length, 15);
    assert.equal(files[14], 'scholen/school-01.meldcode.yaml');
    const review = await loaded.page.$$eval('tbody tr:nth-child(-n+3) td.review', (cells) => cells.map((cell) => (cell.textContent ?? '').trim()));
    assert.deepEqual(review, ['geen', '2026-10-01verlopen, 63 dagen geleden', '2027-01-10over 38 dagen']);
  });

  it('shows protocol text as text: the hostile name is escaped, and no script element exists', async () => {
    const name = await loaded.page.$eval('tbody tr:first-child .name', (element) => element.textContent);
    assert.equal(name, '<script>alert(1)</script> & "Zon"');
    assert.equal(await loaded.page.$$eval('script', (scripts) => scripts.length), 0);
  });

  it('draws a bar for each of the ten rules that fail in most protocols, longest first', async () => {
    const bars = await loaded.page.$$eval('svg.rule-chart g.bar', (groups) =>
      groups.map((group) => ({
        rule: group.getAttribute('data-rule'),
        protocols: Number(group.getAttribute('data-protocols')),
        width: Number(group.querySelector('rect')!.getAttribute('width')),
      })),
    );
    assert.equal(bars.length, CHART_RULES);
    assert.deepEqual(
      bars.map((bar) => [bar.rule, bar.protocols]),
      [
        ['rule-01', 12],
        ['rule-02', 11],
        ['rule-03', 10],
        ['rule-04', 9],
        ['rule-05', 8],
        ['rule-06', 7],
        ['rule-07', 6],
        ['rule-08', 5],
        ['rule-09', 4],
        ['rule-10', 3],
      ],
    );
    for (let i = 1; i < bars.length; i++) assert.ok(bars[i]!.width < bars[i - 1]!.width, `bar ${i} is shorter than the one above`);
    const box = await loaded.page.$eval('svg.rule-chart', (svg) => svg.getBoundingClientRect().height);
    assert.ok(box > 200, `the chart is drawn (${box}px high)`);
  });

  it('fetches nothing and names no address outside the file', async () => {
    assert.deepEqual(loaded.requests, [loaded.url]);
    assert.deepEqual(loaded.problems, []);
    const html = fs.readFileSync(htmlFile, 'utf8');
    assert.doesNotMatch(html, /https?:|\/\/[a-z]/i);
    const csp = await loaded.page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content'));
    assert.equal(csp, "default-src 'none'; style-src 'unsafe-inline'");
  });

  it('repeats the table header on every printed page and keeps each row on one page', async () => {
    await loaded.page.emulateMedia({ media: 'print' });
    const styles = await loaded.page.evaluate<{ thead: string; row: string }>(`({
      thead: getComputedStyle(document.querySelector('thead')).display,
      row: getComputedStyle(document.querySelector('tbody tr')).breakInside,
    })`);
    assert.deepEqual(styles, { thead: 'table-header-group', row: 'avoid' });
    await loaded.page.emulateMedia({ media: 'screen' });
  });

  it('prints to A4 PDF and takes a screenshot', async () => {
    const pdf = await loaded.page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.ok(pages.length >= 2, `the table runs over ${pages.length} pages`);
    fs.writeFileSync(path.join(RESULTS, 'overzicht.pdf'), pdf);
    const png = await loaded.page.screenshot({ fullPage: true, path: path.join(RESULTS, 'overzicht.png') });
    assert.equal(pngSize(png).width, 1300);
  });

  describe('in the editor (the webview page)', () => {
    let page: Page;
    const nonce = 'dGVzdC1ub25jZS0xMjM0NQ==';
    before(async () => {
      const webviewFile = path.join(RESULTS, 'overzicht-webview.html');
      fs.writeFileSync(webviewFile, renderOverviewHtml(report, { locale: 'en', webview: { cspSource: "'self'", nonce } }));
      page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
      // What the webview's host gives the page: a function that delivers messages to the extension.
      await page.addInitScript('window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (message) => window.posted.push(message) });');
      await page.goto(pathToFileURL(webviewFile).href, { waitUntil: 'load' });
    });
    after(async () => page?.close());

    it('runs only its own script, under a policy that allows nothing else', async () => {
      const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content'));
      assert.equal(csp, `default-src 'none'; style-src 'self' 'nonce-${nonce}'; script-src 'nonce-${nonce}';`);
      assert.deepEqual(await page.$$eval('script', (scripts) => scripts.map((script) => script.getAttribute('nonce'))), [nonce]);
    });

    it('posts the file of a row clicked, or chosen with Enter', async () => {
      await page.click('tbody tr:nth-child(2) td.sector');
      await page.focus('tbody tr:nth-child(3)');
      await page.keyboard.press('Enter');
      await page.click('h1');
      assert.deepEqual(await page.evaluate('window.posted'), [
        { type: 'open', file: 'herzien/verlopen.meldcode.yaml' },
        { type: 'open', file: 'herzien/bijna.meldcode.yaml' },
      ]);
    });
  });
});
