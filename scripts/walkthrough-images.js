#!/usr/bin/env node
'use strict';
// Draws the pictures of the "Get started" walkthrough (images/walkthrough-*.png) from the
// samples, the skeletons and the route-map renderer, in Chromium via playwright-core, at a
// size that stays readable in the walkthrough's media column (800 CSS pixels wide, drawn at
// twice that). Needs the compiled sources (npx tsc -p .). Usage:
//   node scripts/walkthrough-images.js [--chromium /usr/bin/chromium]
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..');
const out = (relative) => require(path.join(root, 'out', relative));
const { validateText } = out('server/src/engine');
const { protocolSkeleton } = out('server/src/knowledge');
const { renderExportHtml } = out('server/src/render');
const { withOrganisationName } = out('client/src/newProtocolFile');

const WIDTH = 800;
const TODAY = '2026-03-02';
const sample = (relative) => fs.readFileSync(path.join(root, 'samples', relative), 'utf8');
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PAGE_CSS = `
  * { box-sizing: border-box; }
  body { margin: 0; width: ${WIDTH}px; background: #1f1f1f; font-family: "DejaVu Sans", Arial, sans-serif; }
  .editor { background: #1e1e1e; color: #d4d4d4; font: 19px/1.5 "DejaVu Sans Mono", monospace; padding: 10px 0 14px; }
  .tab { background: #252526; color: #fff; font: 16px "DejaVu Sans", sans-serif; padding: 10px 18px; border-bottom: 1px solid #333; }
  .line { white-space: pre; padding: 0 18px; overflow: hidden; text-overflow: ellipsis; }
  .n { display: inline-block; width: 2.2em; color: #858585; text-align: right; margin-right: 1em; }
  .k { color: #9cdcfe; } .c { color: #6a9955; } .s { color: #ce9178; } .d { color: #b5cea8; }
  .squiggle { text-decoration: underline wavy #f14c4c; text-decoration-skip-ink: none; text-underline-offset: 4px; }
  .message { margin: 6px 18px 6px 60px; background: #252526; border: 1px solid #454545; border-left: 4px solid #f14c4c;
             color: #e0e0e0; font: 18px/1.45 "DejaVu Sans", sans-serif; padding: 10px 14px; white-space: normal; }
  .message .code { color: #3794ff; text-decoration: underline; }
  .word { background: #fff; color: #111; font: 17px/1.5 "DejaVu Serif", Georgia, serif; padding: 22px 26px; }
  .word h1 { font: bold 22px "DejaVu Sans", sans-serif; color: #1f3a5f; margin: 0 0 12px; }
  .word h2 { font: bold 18px "DejaVu Sans", sans-serif; color: #1f3a5f; margin: 14px 0 6px; }
  .word ul { margin: 0; padding-left: 22px; }
  .docx { background: #dfe3e8; padding: 18px; }
  .docx .bar { font: 16px "DejaVu Sans", sans-serif; color: #333; margin: 0 0 10px; }
  .arrow { color: #fff; font: bold 30px "DejaVu Sans", sans-serif; text-align: center; padding: 6px 0; background: #1f1f1f; }
`;

/** One line of YAML, coloured roughly as the editor's dark theme does. */
function colour(line) {
  const comment = /^(\s*)(#.*)$/.exec(line);
  if (comment) return `${comment[1]}<span class="c">${escape(comment[2])}</span>`;
  const pair = /^(\s*(?:- )?)([A-Za-z][\w-]*)(:)(.*)$/.exec(line);
  if (!pair) return escape(line);
  const value = pair[4];
  const kind = /^\s*"/.test(value) ? 's' : /^\s*[\d-]+$/.test(value) ? 'd' : '';
  return `${escape(pair[1])}<span class="k">${pair[2]}</span>:${kind ? `<span class="${kind}">${escape(value)}</span>` : escape(value)}`;
}

function editorHtml(fileName, lines, firstLine, extra = () => '') {
  const body = lines
    .map((line, index) => `<div class="line"><span class="n">${firstLine + index}</span>${colour(line)}</div>${extra(firstLine + index)}`)
    .join('');
  return `<div class="tab">${escape(fileName)}</div><div class="editor">${body}</div>`;
}

function page(body) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${PAGE_CSS}</style></head><body>${body}</body></html>`;
}

/** A new protocol for child care, as "New protocol" writes it: the first lines. */
function newProtocolPicture() {
  const skeleton = protocolSkeleton('kinderopvang', 'nl', { format: 'plain', today: TODAY });
  const text = withOrganisationName(skeleton, 'Kindcentrum De Klimop');
  const lines = text.split('\n').slice(0, 20);
  return page(editorHtml('meldcode-kindcentrum-de-klimop.meldcode.yaml', lines, 1));
}

/** A protocol without steps 4 and 5: the underlined key and the engine's message. */
function problemsPicture() {
  const text = sample('flawed/ontbrekende-stappen.meldcode.yaml');
  const lines = text.split('\n');
  const findings = validateText(text, { today: TODAY });
  const finding = findings.find((candidate) => candidate.ruleId === 'step-missing');
  if (!finding) throw new Error('the flawed sample has no step-missing finding');
  const at = finding.range.start.line;
  const shown = lines.slice(at - 1, at + 8);
  const first = at;
  const html = editorHtml('ontbrekende-stappen.meldcode.yaml', shown, first, (number) =>
    number === at + 1
      ? findings
          .filter((candidate) => candidate.range.start.line === at)
          .map((candidate) => `<div class="message">${escape(candidate.message.nl)} <span class="code">meldcode(${candidate.ruleId})</span></div>`)
          .join('')
      : '',
  ).replace(
    /(<span class="n">(\d+)<\/span>)(<span class="k">stappen<\/span>)/,
    (whole, number, lineNumber, key) => (Number(lineNumber) === at + 1 ? `${number}<span class="squiggle">${key}</span>` : whole),
  );
  return page(html);
}

/** A Word protocol and the protocol file it becomes: the organisation and step 1 of a sample. */
function importPicture() {
  const text = sample('basisschool-de-wegwijzer.meldcode.yaml');
  const lines = text.split('\n');
  const name = /^ {2}naam: (.+)$/m.exec(text)?.[1] ?? '';
  const stepAt = lines.findIndex((line) => /^ {2}- stap: 1\b/.test(line));
  const step = lines.slice(stepAt, stepAt + 7);
  const title = /titel: (.+)$/m.exec(step.join('\n'))?.[1] ?? '';
  const actions = step.filter((line) => /^\s+- (?!stap)/.test(line)).map((line) => line.replace(/^\s+- /, ''));
  const word = `<div class="docx"><div class="bar">Meldcode ${escape(name)}.docx</div><div class="word">
    <h1>Meldcode huiselijk geweld en kindermishandeling</h1><div>${escape(name)}</div>
    <h2>Stap 1: ${escape(title)}</h2><ul>${actions.slice(0, 3).map((action) => `<li>${escape(action)}</li>`).join('')}</ul></div></div>`;
  return page(`${word}<div class="arrow">&#8595;</div>${editorHtml(`meldcode-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.meldcode.yaml`, step, stepAt + 1)}`);
}

/** The route map of the day-care sample, drawn by the renderer: its first part. */
function routeMapPicture() {
  const html = renderExportHtml(sample('kindercentrum-de-zonnebloem.meldcode.yaml'), { locale: 'nl', today: TODAY });
  return html.replace('</head>', `<style>body { width: ${WIDTH}px; margin: 0; padding: 12px; background: #fff; }</style></head>`);
}

const PICTURES = [
  { file: 'images/walkthrough-import.png', html: importPicture },
  { file: 'images/walkthrough-new-protocol.png', html: newProtocolPicture },
  { file: 'images/walkthrough-problems.png', html: problemsPicture },
  { file: 'images/walkthrough-routemap.png', html: routeMapPicture, selector: 'svg', maxHeight: 620 },
];

async function main() {
  const index = process.argv.indexOf('--chromium');
  const executablePath = index >= 0 ? process.argv[index + 1] : process.env.MELDCODE_E2E_CHROMIUM ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 600 }, deviceScaleFactor: 2, offline: true });
    const tab = await context.newPage();
    for (const picture of PICTURES) {
      await tab.setContent(picture.html(), { waitUntil: 'load' });
      const target = picture.selector ? tab.locator(picture.selector).first() : tab.locator('body');
      const box = await target.boundingBox();
      if (!box) throw new Error(`${picture.file}: nothing to draw`);
      const clip = { x: box.x, y: box.y, width: Math.min(box.width, WIDTH), height: Math.min(box.height, picture.maxHeight ?? box.height) };
      await tab.screenshot({ path: path.join(root, picture.file), clip, fullPage: true });
      console.log(`${picture.file}: ${Math.round(clip.width * 2)}×${Math.round(clip.height * 2)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
