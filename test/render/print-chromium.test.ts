import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderExportHtml } from '../../server/src/render';
import { launchChromium, pngSize } from './chromium';

/**
 * The printed protocol as Chromium lays it out on A4: every sample, with the page as wide as an
 * A4 sheet's printable area (210 mm less 2 × 15 mm of margin) under print media. Measured in the
 * DOM as the fonts really render: no word in a table broken in the middle, no phone number over
 * two lines, no ".," and no blank gap before the route map.
 */

const REPOSITORY = path.resolve(__dirname, '..', '..', '..');
const RESULTS = path.join(REPOSITORY, 'test-results', 'render', 'print');
const SAMPLES = fs
  .readdirSync(path.join(REPOSITORY, 'samples'))
  .filter((name) => name.endsWith('.meldcode.yaml'))
  .sort();
/** 180 mm at 96 px per inch. */
const PRINTABLE_WIDTH = Math.round((180 / 25.4) * 96);
/** 297 mm less 16 mm and 18 mm of margin. */
const PRINTABLE_HEIGHT = Math.round((263 / 25.4) * 96);

async function open(browser: Browser, file: string, media: 'print' | 'screen', width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: PRINTABLE_HEIGHT } });
  await page.emulateMedia({ media });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return page;
}

/**
 * Words of the contact tables that the layout split over two lines: each word (a run without
 * white space, or a part of one after a hyphen or where an address may break) must lie on one
 * line, which is one client rectangle. A cell wider than its column counts too.
 */
const BROKEN_WORDS = `(() => {
  const found = [];
  for (const cell of document.querySelectorAll('#contactlijst th, #contactlijst td')) {
    if (cell.scrollWidth > cell.clientWidth + 1) found.push('overflows its column: ' + cell.textContent);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      for (const match of text.matchAll(/[^\\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) found.push(match[0]);
      }
    }
  }
  return found;
})()`;

/** Phone numbers anywhere on the page that run over two lines. */
const WRAPPED_PHONES = `(() => {
  const found = [];
  for (const element of document.querySelectorAll('.tel')) {
    const lines = new Set([...element.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
    if (lines.size !== 1) found.push(element.textContent);
  }
  return found;
})()`;

describe('printed protocol on A4 in headless Chromium', function () {
  this.timeout(180_000);
  let browser: Browser;

  before(async () => {
    browser = await launchChromium();
    fs.mkdirSync(RESULTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  it('prints every sample', () => {
    assert.ok(SAMPLES.length >= 9, SAMPLES.join(', '));
  });

  for (const sample of SAMPLES) {
    describe(sample, () => {
      const name = sample.replace(/\.meldcode\.yaml$/, '');
      const htmlFile = path.join(RESULTS, `${name}.html`);
      let print: Page;

      before(async () => {
        const text = fs.readFileSync(path.join(REPOSITORY, 'samples', sample), 'utf8');
        fs.writeFileSync(htmlFile, renderExportHtml(text, { sourceName: sample }));
        print = await open(browser, htmlFile, 'print', PRINTABLE_WIDTH);
      });
      after(async () => {
        await print?.close();
      });

      it('breaks no word of the contact tables in the middle, and keeps every cell inside its column', async () => {
        assert.ok((await print.locator('#contactlijst td').count()) > 0, 'a contact sheet with cells');
        assert.deepEqual(await print.evaluate<string[]>(BROKEN_WORDS), []);
      });

      it('writes every phone number on one line', async () => {
        assert.ok((await print.locator('.tel').count()) >= 3, 'phone numbers on the page');
        assert.deepEqual(await print.evaluate<string[]>(WRAPPED_PHONES), []);
      });

      it('prints no ".," and no empty punctuation', async () => {
        const pageText = await print.evaluate<string>('document.body.innerText');
        assert.deepEqual(pageText.match(/.{0,30}(\.,|,,|\.\.(?!\.)).{0,10}/g) ?? [], []);
      });

      it('follows the title page with the route map on screen, without a blank gap', async () => {
        const screen = await open(browser, htmlFile, 'screen', 794);
        try {
          const gap = await screen.evaluate<number>(`(() => {
            const title = document.querySelector('.title-page');
            const last = title.lastElementChild.getBoundingClientRect();
            const heading = document.querySelector('#routekaart h2').getBoundingClientRect();
            return heading.top - last.bottom;
          })()`);
          assert.ok(gap >= 0 && gap < 120, `${Math.round(gap)} px between the title page and the route map`);
        } finally {
          await screen.close();
        }
      });

      it('draws the route map on each sheet it takes at no less than three quarters of the size the page width allows', async () => {
        const sheets = await print.evaluate<Array<{ scale: number; units: number; height: number }>>(`(() =>
          [...document.querySelectorAll('#routekaart figure .rk-svg')].map((svg) => ({
            scale: svg.getScreenCTM().a,
            units: svg.viewBox.baseVal.width,
            height: svg.getBoundingClientRect().height,
          })))()`);
        assert.ok(sheets.length >= 1);
        for (const sheet of sheets) {
          const full = Math.min(1, PRINTABLE_WIDTH / sheet.units);
          assert.ok(sheet.scale >= 0.75 * full, `drawn at ${sheet.scale.toFixed(2)}, the page allows ${full.toFixed(2)}`);
          assert.ok(sheet.height <= PRINTABLE_HEIGHT, `${Math.round(sheet.height)} px high, a page holds ${PRINTABLE_HEIGHT}`);
        }
      });

      it('prints to an A4 PDF and a screenshot of the page as printed', async () => {
        const pdf = await print.pdf({ path: path.join(RESULTS, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
        const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
        assert.ok(box && Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2, 'A4');
        const png = await print.locator('#contactlijst').screenshot({ path: path.join(RESULTS, `${name}-contactlijst.png`) });
        assert.equal(pngSize(png).width, Math.round(await print.evaluate<number>(`document.querySelector('#contactlijst').getBoundingClientRect().width`)));
      });
    });
  }
});
