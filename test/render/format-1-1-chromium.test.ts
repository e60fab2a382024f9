import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { parseDocument } from 'yaml';
import { renderExportHtml } from '../../server/src/render';
import { launchChromium, pngSize } from './chromium';

const REPOSITORY = path.resolve(__dirname, '..', '..', '..');
const RESULTS = path.join(REPOSITORY, 'test-results', 'render');
const FIXTURE = 'format-1-1-school.meldcode.yaml';
const NAME = 'format-1-1-school';
const VIEWPORT = { width: 1000, height: 1400 };
const TODAY = '2026-06-01';

interface Contact {
  id: string;
  telefoon: string;
}

interface Route {
  titel: string;
  contact?: string | string[];
  stappen?: Array<{ titel: string; contact?: string | string[] }>;
}

/** Every route title, and the number of everyone a route names, read with the yaml package alone. */
function routeFacts(text: string): { titles: string[]; phones: string[] } {
  const data = parseDocument(text).toJS() as { aandachtsfunctionarissen: Contact[]; contactpunten: Contact[]; routes: Route[] };
  const phoneOf = new Map([...data.aandachtsfunctionarissen, ...data.contactpunten].map((item) => [item.id, item.telefoon]));
  const ids = (value: string | string[] | undefined): string[] => ([] as string[]).concat(value ?? []);
  const phones = data.routes.flatMap((route) => [...ids(route.contact), ...(route.stappen ?? []).flatMap((step) => ids(step.contact))].map((id) => phoneOf.get(id)!));
  return { titles: data.routes.map((route) => route.titel), phones: [...new Set(phones)] };
}

/** The format 1.1 export (routes, merged steps, parts, own outcomes) as Chromium renders and prints it. */
describe('format 1.1 export in headless Chromium', function () {
  this.timeout(120_000);
  const text = fs.readFileSync(path.join(REPOSITORY, 'test', 'fixtures', 'render', FIXTURE), 'utf8');
  const facts = routeFacts(text);
  let browser: Browser;
  let page: Page;
  let url: string;
  const requests: string[] = [];
  const problems: string[] = [];

  before(async () => {
    browser = await launchChromium();
    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `${NAME}.html`);
    fs.writeFileSync(file, renderExportHtml(text, { today: TODAY, sourceName: FIXTURE }));
    page = await browser.newPage({ viewport: VIEWPORT });
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
  });
  after(async () => {
    await browser?.close();
  });

  it('loads without a console error and without any request but the file itself', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, [url]);
  });

  it('shows every route title and every number a route names, in the route map and on the page', async () => {
    assert.deepEqual(facts.titles.length, 2);
    assert.ok(facts.phones.length >= 5, facts.phones.join(', '));
    // In-page code is given as text: the tests compile without the DOM library.
    const mapText = await page.evaluate<string>(
      `[...document.querySelectorAll('#routekaart svg text')].map((line) => line.textContent).join(' ').replace(/\\s+/g, ' ')`,
    );
    const pageText = await page.evaluate<string>('document.body.innerText');
    for (const title of facts.titles) {
      assert.ok(mapText.includes(title), `route title "${title}" in the route map`);
      assert.ok(pageText.includes(title), `route title "${title}" on the page`);
    }
    for (const phone of facts.phones) {
      assert.ok(mapText.includes(phone), `${phone} in the route map`);
      assert.ok(pageText.includes(phone), `${phone} on the page`);
    }
    assert.ok(mapText.includes('STAP 4 EN 5') && !/STAP [45](?! EN)/.test(mapText), 'steps 4 and 5 drawn as one');
  });

  it('keeps the text of every box inside its frame, and every part inside its step or route, as the fonts really render', async () => {
    const overflowing = await page.evaluate<string[]>(`(() => {
      const found = [];
      const within = (inner, outer) => inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 &&
        inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
      for (const box of document.querySelectorAll('.rk-box, .ak-end')) {
        const frame = box.querySelector(':scope > rect');
        if (!frame) continue;
        const outer = frame.getBBox();
        for (const line of box.querySelectorAll('text')) {
          if (!within(line.getBBox(), outer)) found.push(line.textContent + ' (' + Math.round(line.getBBox().x + line.getBBox().width) + ' > ' + Math.round(outer.x + outer.width) + ')');
        }
        const parent = box.parentElement && box.parentElement.closest('.rk-box');
        const parentFrame = parent && parent.querySelector(':scope > rect');
        if (parentFrame && !within(outer, parentFrame.getBBox())) found.push('box ' + (box.getAttribute('aria-label') || box.textContent.slice(0, 40)) + ' outside its parent');
      }
      return found;
    })()`);
    assert.deepEqual(overflowing, []);
    const counted = await page.evaluate<number>(`document.querySelectorAll('#routekaart .rk-route, #routekaart .rk-substep, #routekaart .rk-route-step').length`);
    assert.equal(counted, 2 + 2 + 3, 'two routes, two parts, three route steps were checked');
  });

  it('renders the route map and the decision tree to PNG', async () => {
    const png = await page.screenshot({ path: path.join(RESULTS, `${NAME}.png`), fullPage: true });
    assert.equal(pngSize(png).width, VIEWPORT.width);
    const map = await page.locator('#routekaart figure').screenshot({ path: path.join(RESULTS, `${NAME}-routekaart.png`) });
    assert.ok(pngSize(map).height > 800, `the route map is drawn (${pngSize(map).height} px)`);
    const tree = await page.locator('#afwegingskader figure').screenshot({ path: path.join(RESULTS, `${NAME}-afwegingskader.png`) });
    assert.ok(pngSize(tree).height > 400);
  });

  it('prints to an A4 PDF with a page for the routes', async () => {
    const pdf = await page.pdf({ path: path.join(RESULTS, `${NAME}.pdf`), preferCSSPageSize: true, printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const content = pdf.toString('latin1');
    const pages = content.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    assert.ok(pages.length >= 6, `title page, route map, routes, steps, afwegingskader and contact sheet (${pages.length} pages)`);
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(content);
    assert.ok(box && Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2, 'A4');
    // The drawing is scaled to fit one sheet, never cut: its printed box lies within the page.
    await page.emulateMedia({ media: 'print' });
    const fits = await page.evaluate<{ height: number; width: number }>(`(() => {
      const svg = document.querySelector('#routekaart svg');
      const box = svg.getBoundingClientRect();
      return { height: box.height, width: box.width };
    })()`);
    await page.emulateMedia({ media: 'screen' });
    const mmToPx = 96 / 25.4;
    assert.ok(fits.height <= 232 * mmToPx + 1, `the route map fits the height of a sheet (${Math.round(fits.height / mmToPx)} mm)`);
  });
});
