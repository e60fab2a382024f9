import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { parseProtocol } from '../../server/src/engine';
import { createRouteMapView, renderWebviewBody, renderWebviewDocument } from '../../server/src/render';
import { launchChromium } from './chromium';

const REPOSITORY = path.resolve(__dirname, '..', '..', '..');
const RESULTS = path.join(REPOSITORY, 'test-results', 'render');
const TODAY = '2026-06-01';
/** Where the protocol is, as VS Code writes it; the quote and angle bracket must stay text in the page. */
const DOCUMENT_URI = 'file:///home/ib/De%20Klimop/"><b>school.meldcode.yaml';

function fixture(name: string): string {
  return fs.readFileSync(path.join(REPOSITORY, 'test', 'fixtures', 'render', name), 'utf8');
}

function body(text: string): string {
  return renderWebviewBody(createRouteMapView(parseProtocol(text), { today: TODAY }));
}

/** The webview page as VS Code would show it, with acquireVsCodeApi recording what is posted. */
describe('route map webview page in headless Chromium', function () {
  this.timeout(60_000);
  const text = fixture('complete.meldcode.yaml');
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];
  let url: string;

  before(async () => {
    browser = await launchChromium();
    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, 'webview.html');
    fs.writeFileSync(
      file,
      renderWebviewDocument({
        cspSource: 'vscode-webview://route-map',
        nonce: 'dGVzdC1ub25jZQ==',
        locale: 'nl',
        title: 'Routekaart',
        body: body(text),
        documentUri: DOCUMENT_URI,
      }),
    );
    page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    // In-page code is given as text: the tests compile without the DOM library.
    await page.addInitScript(`
      window.posted = [];
      window.acquireVsCodeApi = () => ({
        postMessage: (message) => window.posted.push(message),
        getState: () => undefined,
        setState: (state) => { window.savedState = state; },
      });
    `);
    url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
  });
  after(async () => {
    await browser?.close();
  });

  /** What the extension does on a text change: post the new drawing to the page. */
  async function update(html: string): Promise<void> {
    await page.evaluate(`window.postMessage({ type: 'update', html: ${JSON.stringify(html)} }, '*')`);
  }

  async function takePosted(): Promise<unknown[]> {
    return page.evaluate<unknown[]>('window.posted.splice(0)');
  }

  it('keeps the protocol it draws as its state, so that a reload brings the route map back for it', async () => {
    assert.deepEqual(await page.evaluate('window.savedState'), { documentUri: DOCUMENT_URI });
    assert.equal(await page.locator('#rk-root b').count(), 0, 'the URI is an attribute value, not markup');
  });

  it('runs under its content security policy without a violation or a request', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, [url]);
  });

  it('asks the editor to reveal a step when its box is clicked', async () => {
    await page.click('g[data-step="3"]');
    const posted = (await takePosted()) as Array<{ type: string; offset: number; endOffset: number }>;
    assert.equal(posted.length, 1);
    assert.equal(posted[0].type, 'reveal');
    assert.ok(text.slice(posted[0].offset, posted[0].endOffset).startsWith('stap: 3\n    titel: Gesprek met de ouders en de leerling'));
  });

  it('reveals from the keyboard too', async () => {
    await page.focus('.rk-officer');
    await page.keyboard.press('Enter');
    const posted = (await takePosted()) as Array<{ offset: number; endOffset: number }>;
    assert.equal(posted.length, 1);
    assert.ok(text.slice(posted[0].offset, posted[0].endOffset).startsWith('id: smit\n    naam: Eva Smit'));
  });

  it('redraws in place when the text changes', async () => {
    const changed = text.replace(/  - stap: 3[\s\S]*?(?=  - stap: 4)/, '');
    await update(body(changed));
    await page.waitForSelector('g[data-step="3"][data-present="false"]');
    const message = await page.textContent('g[data-step="3"] .rk-problem-text');
    assert.ok(message?.startsWith('Stap 3 (gesprek met de cliënt) ontbreekt;'), message ?? '');
    await update(body(text));
    await page.waitForSelector('g[data-step="3"][data-present="true"]');
    assert.deepEqual(problems, []);
  });

  it('takes its colours from the VS Code theme, including high contrast', async () => {
    const colours = await page.evaluate(`(() => {
      const root = document.documentElement.style;
      root.setProperty('--vscode-editor-foreground', 'rgb(10, 20, 30)');
      root.setProperty('--vscode-editorError-foreground', 'rgb(200, 0, 0)');
      root.setProperty('--vscode-contrastBorder', 'rgb(0, 250, 0)');
      const title = document.querySelector('.rk-step-title');
      const frame = document.querySelector('.rk-step .rk-frame');
      const report = document.querySelector('.ak-end-report .ak-end-frame');
      const before = { text: getComputedStyle(title).fill, report: getComputedStyle(report).stroke };
      document.body.classList.add('vscode-high-contrast');
      const contrast = { border: getComputedStyle(frame).stroke, fill: getComputedStyle(frame).fill };
      document.body.classList.remove('vscode-high-contrast');
      return { before, contrast };
    })()`);
    assert.deepEqual(colours, {
      before: { text: 'rgb(10, 20, 30)', report: 'rgb(200, 0, 0)' },
      contrast: { border: 'rgb(0, 250, 0)', fill: 'rgba(0, 0, 0, 0)' },
    });
  });
});
