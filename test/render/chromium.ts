import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium; MELDCODE_CHROMIUM points elsewhere on other systems. */
export const CHROMIUM_PATH = process.env.MELDCODE_CHROMIUM ?? '/usr/bin/chromium';

/** Starts headless Chromium, or fails with what to install: these tests are never skipped. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The route-map browser tests need Chromium at ${CHROMIUM_PATH}, and it is not there. ` +
        'Install it with "apt-get install -y chromium" (Debian/Ubuntu), or set MELDCODE_CHROMIUM to the browser\'s path.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** Width and height from a PNG's header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A page opened from a file, with every request it made and every console error, warning or failure. */
export interface LoadedPage {
  page: Page;
  requests: string[];
  problems: string[];
  url: string;
}

export async function loadPage(browser: Browser, file: string, viewport: { width: number; height: number }): Promise<LoadedPage> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, problems, url };
}
