import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { parseDocument } from 'yaml';
import { renderExportHtml } from '../../server/src/render';
import { launchChromium, loadPage, pngSize, type LoadedPage } from './chromium';

const REPOSITORY = path.resolve(__dirname, '..', '..', '..');
const RESULTS = path.join(REPOSITORY, 'test-results', 'render');
const SAMPLES = ['kindercentrum-de-zonnebloem.meldcode.yaml', 'huisartsenpraktijk-de-linde.meldcode.yaml'];
const VIEWPORT = { width: 1000, height: 1400 };

interface SampleFacts {
  stepTitles: string[];
  phones: string[];
}

/** What the printed page must show, read from the sample with the yaml package alone. */
function factsOf(text: string): SampleFacts {
  const data = parseDocument(text).toJS() as {
    stappen: Array<{ titel: string }>;
    aandachtsfunctionarissen: Array<{ telefoon?: string | number }>;
    contactpunten: Array<{ telefoon?: string | number }>;
  };
  const phones = [...data.aandachtsfunctionarissen, ...data.contactpunten]
    .map((item) => item.telefoon)
    .filter((phone): phone is string | number => phone !== undefined)
    .map(String);
  return { stepTitles: data.stappen.map((step) => step.titel), phones };
}

type Loaded = LoadedPage;

function load(browser: Browser, file: string): Promise<Loaded> {
  return loadPage(browser, file, VIEWPORT);
}

describe('route map export in headless Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;

  before(async () => {
    browser = await launchChromium();
    fs.mkdirSync(RESULTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  for (const sample of SAMPLES) {
    describe(sample, () => {
      const name = sample.replace(/\.meldcode\.ya?ml$/, '');
      const text = fs.readFileSync(path.join(REPOSITORY, 'samples', sample), 'utf8');
      const facts = factsOf(text);
      const htmlFile = path.join(RESULTS, `${name}.html`);
      let loaded: Loaded;

      before(async () => {
        fs.writeFileSync(htmlFile, renderExportHtml(text, { sourceName: sample }));
        loaded = await load(browser, htmlFile);
      });
      after(async () => {
        await loaded?.page.close();
      });

      it('loads without a console error and without any request but the file itself', () => {
        assert.deepEqual(loaded.problems, []);
        assert.deepEqual(loaded.requests, [loaded.url]);
      });

      it('shows every step title and every phone number', async () => {
        const pageText = await loaded.page.evaluate<string>('document.body.innerText');
        assert.equal(facts.stepTitles.length, 5);
        for (const title of facts.stepTitles) assert.ok(pageText.includes(title), `step title "${title}"`);
        assert.ok(facts.phones.length >= 3);
        for (const phone of facts.phones) assert.ok(pageText.includes(phone), `phone number ${phone}`);
      });

      it('keeps the text of every box inside its frame, as the fonts really render', async () => {
        // In-page code is given as text: the tests compile without the DOM library.
        const overflowing = await loaded.page.evaluate<string[]>(`(() => {
          const found = [];
          for (const box of document.querySelectorAll('.rk-box, .ak-end')) {
            const frame = box.querySelector('rect');
            if (!frame) continue;
            const outer = frame.getBBox();
            for (const line of box.querySelectorAll('text')) {
              const inner = line.getBBox();
              if (inner.x < outer.x || inner.x + inner.width > outer.x + outer.width + 0.5 ||
                  inner.y < outer.y || inner.y + inner.height > outer.y + outer.height + 0.5) {
                found.push(line.textContent + ' (' + Math.round(inner.x + inner.width) + ' > ' + Math.round(outer.x + outer.width) + ')');
              }
            }
          }
          return found;
        })()`);
        assert.deepEqual(overflowing, []);
      });

      it('renders to PNG', async () => {
        const png = await loaded.page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
        const size = pngSize(png);
        assert.equal(size.width, VIEWPORT.width);
        assert.ok(size.height > 3 * VIEWPORT.height, `the whole protocol is several screens long (${size.height})`);
        const figure = await loaded.page.locator('#routekaart figure').screenshot({ path: path.join(RESULTS, `${name}-routekaart.png`) });
        assert.ok(pngSize(figure).height > 500);
      });

      it('prints to an A4 PDF of several pages', async () => {
        const pdf = await loaded.page.pdf({ path: path.join(RESULTS, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
        const content = pdf.toString('latin1');
        const pages = content.match(/\/Type\s*\/Page(?!s)/g) ?? [];
        assert.ok(pages.length >= 5, `title page, route map, steps, afwegingskader and contact sheet (${pages.length} pages)`);
        const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(content);
        assert.ok(box, 'a page size');
        assert.ok(Math.abs(Number(box![1]) - 595.3) < 2 && Math.abs(Number(box![2]) - 841.9) < 2, `A4 is 595 x 842 points, not ${box![1]} x ${box![2]}`);
      });
    });
  }
});
