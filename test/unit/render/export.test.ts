import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createRouteMapView,
  documentUriOfState,
  renderDecisionTreeSvg,
  renderExportHtml,
  renderRouteMapSvg,
  renderWebviewBody,
  renderWebviewDocument,
} from '../../../server/src/render';
import { parseProtocol } from '../../../server/src/engine';
import { draw, fixture, plain, TODAY } from './fixtures';
import { findAll, hasClass, parseXml, textOf, type XmlElement } from './xml';

/** The parts of an export between two tags, e.g. the title page section. */
function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.notEqual(from, -1, `${start} in the export`);
  return html.slice(from, html.indexOf(end, from));
}

/** Visible text of an HTML fragment: tags dropped, the five entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<title>[^<]*<\/title>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function svgsOf(html: string): XmlElement[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((match) => parseXml(match[0]));
}

describe('export: one printable, self-contained HTML file', () => {
  const text = fixture('complete.meldcode.yaml');
  const protocol = plain(text);
  const html = renderExportHtml(text, { today: TODAY, sourceName: 'complete.meldcode.yaml' });

  it('prints on A4, runs no scripts and refers to nothing outside itself', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="nl">/);
    assert.match(html, /@page \{ size: A4;/);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`));
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\ssrc=/i);
    assert.doesNotMatch(html, /<link/i);
    assert.doesNotMatch(html, /@import/i);
    for (const [, target] of html.matchAll(/\shref="([^"]*)"/g)) assert.match(target, /^tel:\+?\d+$/);
    for (const [, target] of html.matchAll(/url\(([^)]*)\)/g)) assert.match(target, /^#/);
  });

  it('opens with the title page: organisation, sector, target group, adopted and review-by dates', () => {
    const titlePage = visibleText(between(html, '<section class="title-page">', '</section>'));
    assert.equal(
      titlePage.trim(),
      'Meldcode huiselijk geweld en kindermishandeling Obs De Vlieger Sector onderwijs Doelgroep 4 tot en met 13 jaar Plaats Zwolle ' +
        'Vastgesteld door Directie, na instemming van de MR Vastgesteld op 2026-04-01 Herzien vóór 2028-04-01 ' +
        'Deze meldcode geldt voor alle medewerkers en vrijwilligers van de school.',
    );
  });

  it('holds the route map and the decision tree as inline SVG', () => {
    const svgs = svgsOf(html);
    assert.deepEqual(svgs.map((svg) => svg.attributes.get('class')), ['rk-svg rk-routemap', 'rk-svg rk-decision-tree']);
    const steps = findAll(svgs[0], (element) => element.attributes.has('data-step'));
    assert.equal(steps.length, 5);
    assert.equal(findAll(svgs[0], (element) => element.attributes.has('tabindex')).length, 0, 'nothing to click on paper');
    assert.equal(findAll(svgs[0], (element) => hasClass(element, 'rk-action')).length, 0, 'the actions are in the step plan, not on the printed map');
  });

  it('cuts a route map too long for one A4 page into sheets of a page each, between the boxes', () => {
    const tall = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'samples', 'basisschool-de-wegwijzer.meldcode.yaml'), 'utf8');
    const svgs = svgsOf(renderExportHtml(tall, { today: TODAY }));
    const sheets = svgs.filter((svg) => svg.attributes.get('class') === 'rk-svg rk-routemap');
    assert.ok(sheets.length >= 3, `${sheets.length} sheets`);
    const boxes = sheets.map((sheet) => findAll(sheet, (element) => element.name === 'g' && hasClass(element, 'rk-box') && !hasClass(element, 'rk-route-step')));
    const steps = boxes.flat().filter((box) => box.attributes.has('data-step'));
    assert.deepEqual(steps.map((step) => step.attributes.get('data-step')), ['1', '2', '3', '4-5'], 'each step on one sheet, once (4 and 5 are one step here)');
    let top = 0;
    for (const [index, sheet] of sheets.entries()) {
      const [x, y, width, height] = (sheet.attributes.get('viewBox') ?? '').split(' ').map(Number);
      assert.deepEqual([x, width], [0, 680], 'as wide as the printable width of A4, in CSS pixels');
      assert.ok(Math.abs(y - top) < 0.2, `sheet ${index + 1} goes on where sheet ${index} ends (${y}, ${top})`);
      assert.ok(height <= 877, `sheet ${index + 1} fits under the page heading: ${height} of 232 mm (877 px)`);
      for (const frame of boxes[index].filter((box) => !hasClass(box, 'rk-route-lane')).map((box) => findAll(box, (element) => element.name === 'rect')[0])) {
        const frameTop = Number(frame.attributes.get('y'));
        const frameBottom = frameTop + Number(frame.attributes.get('height'));
        assert.ok(frameTop >= y && frameBottom <= y + height + 0.1, `a box of sheet ${index + 1} is cut: ${frameTop}–${frameBottom} outside ${y}–${y + height}`);
      }
      top = y + height;
    }
  });

  it('writes out each step with its responsible role, its actions and whom to call', () => {
    const plan = between(html, '<section class="page" id="stappenplan">', '</section>');
    for (const step of protocol.stappen) {
      const part = visibleText(between(plan, `data-step="${step.stap}"`, '</div>'));
      assert.ok(part.includes(`Stap ${step.stap}: ${step.titel}`), part);
      assert.ok(part.includes(`Verantwoordelijk: ${step.verantwoordelijk}`), part);
      const positions = (step.acties ?? []).map((action) => part.indexOf(action));
      assert.ok(positions.every((position) => position >= 0), part);
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'actions in the order written');
    }
  });

  it('lists the five questions with what the protocol says about them', () => {
    const questions = visibleText(between(html, '<ol class="questions">', '</ol>'));
    assert.equal(
      questions.trim(),
      'Is er een vermoeden van huiselijk geweld of kindermishandeling? Bij nee: Afsluiten en vastleggen in het leerlingdossier. ' +
        'Is er sprake van acute of structurele onveiligheid? ' +
        'Kunnen wij effectieve hulp bieden of organiseren? ' +
        'Aanvaarden de betrokkenen die hulp? ' +
        'Leidt de hulp tot duurzame veiligheid? Evalueer na zes weken.',
    );
  });

  it('ends with the contact sheet: every officer and contact point with a callable number', () => {
    const sheet = between(html, '<section class="page" id="contactlijst">', '</section>');
    // <wbr> is a place where an address may break, not a space.
    const rows = [...sheet.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => visibleText(match[1].replace(/<wbr>/g, '')).trim());
    assert.deepEqual(rows, [
      'Naam Telefoon E-mail Bereikbaarheid',
      'Eva Smit Intern begeleider Vervanger: Joost Mulder 038-4567890 e.smit@devlieger.example',
      'Joost Mulder Directeur Vervanger: Eva Smit 06-12345678',
      'Naam Telefoon E-mail en website Bereikbaarheid en opmerking',
      'Veilig Thuis IJsselland 0800-2000',
      'Alarmnummer spoed 112',
      'GGD IJsselland, jeugdverpleegkundige jeugdgezondheidszorg 038-4281234',
    ]);
    assert.ok(sheet.includes('<td class="phone"><span class="tel"><a href="tel:0384567890">038-4567890</a></span></td>'));
    assert.ok(sheet.includes('<span class="address">e<wbr>.smit@<wbr>devlieger<wbr>.example</span>'), 'an address breaks only after "@" and before a dot');
  });

  it('adds the other agreements of the protocol', () => {
    const other = visibleText(between(html, '<section class="page" id="overige-afspraken">', '</section>'));
    assert.equal(
      other.trim(),
      'Overige afspraken Kindcheck Bij zorgen over een ouder kijken we ook naar broertjes en zusjes. ' +
        'Scholing Frequentie Jaarlijks Aanbod Training signaleren Training gespreksvoering',
    );
  });

  it('is in English with locale en', () => {
    const english = renderExportHtml(text, { today: TODAY, locale: 'en' });
    assert.match(english, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(english.includes('<h2>Route map</h2>'));
    assert.ok(english.includes('<h2>Contact sheet</h2>'));
    assert.ok(visibleText(english).includes('Step 1: Signalen in kaart brengen'));
  });

  it('warns on the title page when the protocol has errors, and marks missing steps', () => {
    const incomplete = fixture('missing-steps.meldcode.yaml');
    const drawn = draw(incomplete);
    const exported = renderExportHtml(incomplete, { today: TODAY });
    const notice = visibleText(between(exported, '<div class="notice">', '</div>'));
    const errors = drawn.findings.filter((finding) => finding.severity === 'error');
    assert.equal(
      notice.trim(),
      'Let op: deze meldcode is nog niet volledig. De controle vond deze fouten: ' +
        errors.map((error) => `${error.message.nl} (regel ${error.range.start.line + 1})`).join(' '),
    );
    const missing = [...exported.matchAll(/<div class="step missing" data-step="(\d)">([\s\S]*?)<\/div>/g)];
    assert.deepEqual(missing.map((match) => match[1]), ['3', '5']);
    const messages = drawn.findings.filter((finding) => finding.ruleId === 'step-missing').map((finding) => finding.message.nl);
    assert.deepEqual(missing.map((match) => visibleText(match[2]).split(': ').slice(1).join(': ').trim()), [
      `Gesprek met de cliënt ${messages[0]}`,
      `Beslissen ${messages[1]}`,
    ]);
  });
});

describe('route map: protocol text is untrusted', () => {
  const text = fixture('hostile.meldcode.yaml');

  it('keeps markup in a protocol as text in the drawings, which stay well-formed XML', () => {
    const drawn = draw(text);
    for (const svg of [drawn.routeMap, drawn.tree]) {
      const elements = findAll(svg, () => true).map((element) => element.name);
      for (const name of elements) assert.ok(!['script', 'img', 'iframe', 'a', 'foreignObject', 'style', 'link'].includes(name), name);
      for (const element of findAll(svg, () => true)) {
        for (const attribute of element.attributes.keys()) assert.ok(!/^on/i.test(attribute), attribute);
      }
    }
    const step = findAll(drawn.routeMap, (element) => element.attributes.get('data-step') === '1')[0];
    const title = findAll(step, (element) => hasClass(element, 'rk-step-title')).map(textOf).join(' ');
    assert.equal(title, "<script>alert('stap')</script>");
    const question = findAll(drawn.tree, (element) => element.attributes.get('data-node') === 'q1')[0];
    assert.ok(findAll(question, (element) => element.name === 'text').map(textOf).join(' ').includes("<svg onload=alert('vraag')>"));
    const officer = findAll(drawn.routeMap, (element) => hasClass(element, 'rk-officer'))[0];
    assert.equal(findAll(officer, (element) => hasClass(element, 'rk-card-title')).map(textOf).join(' '), "<img src=x onerror=alert('officer')>");
  });

  it('escapes everything in the export: no element or attribute from the protocol survives', () => {
    const html = renderExportHtml(text, { today: TODAY });
    const ours = new Set([
      '!DOCTYPE', 'html', 'head', 'meta', 'title', 'style', 'body', 'section', 'div', 'h1', 'h2', 'h3', 'h4', 'p', 'dl', 'dt', 'dd',
      'ul', 'ol', 'li', 'span', 'strong', 'br', 'wbr', 'figure', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a',
      'svg', 'defs', 'marker', 'path', 'g', 'rect', 'circle', 'text', 'tspan', 'line',
    ]);
    for (const [, name, attributes] of html.matchAll(/<([!A-Za-z][\w-]*)([^>]*)>/g)) {
      assert.ok(ours.has(name), `<${name}> is not one of ours`);
      for (const [, attribute] of attributes.matchAll(/\s([\w:-]+)=/g)) assert.doesNotMatch(attribute, /^on/i, `${name} ${attribute}`);
      for (const [, value] of attributes.matchAll(/="([^"]*)"/g)) assert.doesNotMatch(value, /javascript:|https?:\/\/(?!www\.w3\.org)/i);
    }
    assert.ok(html.includes('<h1>&lt;script&gt;alert(&#39;naam&#39;)&lt;/script&gt; &amp; Co</h1>'));
    assert.ok(html.includes('<dd>2027-01-01&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</dd>'));
    assert.ok(html.includes('<p>&lt;/style&gt;&lt;script&gt;alert(&#39;inleiding&#39;)&lt;/script&gt;</p>'));
    assert.equal((html.match(/<\/style>/g) ?? []).length, 1, 'only our own stylesheet ends');
    for (const svg of svgsOf(html)) assert.equal(svg.name, 'svg');
  });

  it('keeps a __proto__ key as ordinary text', () => {
    const html = renderExportHtml(text, { today: TODAY });
    assert.ok(html.includes('<h4>__proto__</h4><p>&lt;script&gt;alert(&#39;proto&#39;)&lt;/script&gt;</p>'));
    assert.equal(({} as Record<string, unknown>).toString, Object.prototype.toString);
  });
});

describe('route map: bad input draws what it can and never throws', () => {
  const inputs: Array<[string, string]> = [
    ['an empty file', ''],
    ['plain text', 'dit is geen protocol'],
    ['a list at the top', '- a\n- b\n'],
    ['a step plan that is a number', 'stappen: 5\nafwegingskader: ja\n'],
    ['steps of every wrong type', 'stappen: [{stap: "1"}, 7, null, {stap: 1, titel: [a, b], acties: {x: 1}, contact: {a: b}}, {stap: 2.5}]\n'],
    ['officers of wrong types', 'aandachtsfunctionarissen: [1, {naam: {a: 1}, telefoon: [1]}, {id: [x]}]\ncontactpunten: {a: 1}\n'],
    ['broken YAML', 'stappen:\n  - stap: 1\n   titel: "open\n'],
    ['deep nesting', `kindcheck: ${'['.repeat(300)}${']'.repeat(300)}\n`],
    ['an alias bomb', 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n'],
    ['a NUL byte', 'meldcode: "1.0"\u0000\n'],
    ['lone surrogates', `organisatie:\n  naam: "a\\ud800b"\n`],
    ['a very long title', `stappen:\n  - stap: 1\n    titel: ${'lang '.repeat(5000)}\n`],
    ['a very long word', `stappen:\n  - stap: 1\n    titel: ${'x'.repeat(20000)}\n`],
  ];
  for (const [name, input] of inputs) {
    it(`draws ${name}`, () => {
      const document = parseProtocol(input);
      const view = createRouteMapView(document, { today: TODAY });
      const routeMap = parseXml(renderRouteMapSvg(view, { interactive: true }));
      const tree = parseXml(renderDecisionTreeSvg(view, { interactive: true }));
      assert.equal(findAll(routeMap, (element) => element.attributes.has('data-step')).length, 5);
      assert.equal(findAll(tree, (element) => hasClass(element, 'ak-question')).length, 5);
      const height = Number(routeMap.attributes.get('height'));
      assert.ok(height < 3000, `the drawing stays a readable size (${height})`);
      const html = renderExportHtml(input, { today: TODAY });
      assert.match(html, /<\/html>\n$/);
    });
  }

  it('says so in the webview when the text is not readable YAML', () => {
    const view = createRouteMapView(parseProtocol('stappen:\n  - stap: 1\n   titel: "open\n'), { today: TODAY });
    assert.ok(renderWebviewBody(view).startsWith(
      '<p class="rk-notice">Dit bestand kan niet volledig als meldcode worden gelezen; de routekaart toont wat leesbaar is.</p>',
    ));
    const fine = createRouteMapView(parseProtocol(fixture('complete.meldcode.yaml')), { today: TODAY });
    assert.ok(!renderWebviewBody(fine).includes('rk-notice'));
  });
});

describe('route map: the webview page', () => {
  const view = createRouteMapView(parseProtocol(fixture('complete.meldcode.yaml')), { today: TODAY });

  it('makes every box a button that the keyboard reaches', () => {
    const body = renderWebviewBody(view);
    const svgs = svgsOf(body);
    const boxes = svgs.flatMap((svg) => findAll(svg, (element) => hasClass(element, 'rk-box')));
    assert.equal(boxes.length, 5 + 2 + 3 + 5 + 1, 'steps, officers, contact points, questions and the report box');
    for (const box of boxes) {
      assert.equal(box.attributes.get('tabindex'), '0');
      assert.equal(box.attributes.get('role'), 'button');
      assert.ok((box.attributes.get('aria-label') ?? '').length > 0);
      assert.ok(box.attributes.has('data-offset') && box.attributes.has('data-end-offset') && box.attributes.has('data-line'));
    }
  });

  it('has a strict content security policy, and its one style and one script carry the nonce', () => {
    const page = renderWebviewDocument({
      cspSource: 'vscode-webview://abc',
      nonce: 'bm9uY2U=',
      locale: 'nl',
      title: 'Routekaart: x',
      body: renderWebviewBody(view),
    });
    assert.ok(
      page.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src vscode-webview://abc &#39;nonce-bm9uY2U=&#39;; script-src &#39;nonce-bm9uY2U=&#39;;">`,
      ),
    );
    assert.deepEqual(page.match(/<script[^>]*>/g), ['<script nonce="bm9uY2U=">']);
    assert.deepEqual(page.match(/<style[^>]*>/g), ['<style nonce="bm9uY2U=">']);
    assert.doesNotMatch(page, /\sstyle="/, 'inline style attributes would be refused by the policy');
    assert.doesNotMatch(page, /\ssrc=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
  it('reads the protocol back from the state VS Code restores after a reload, and nothing else', () => {
    assert.equal(documentUriOfState({ documentUri: 'file:///home/ib/school.meldcode.yaml' }), 'file:///home/ib/school.meldcode.yaml');
    for (const state of [undefined, null, 'file:///x', 42, {}, { documentUri: '' }, { documentUri: 7 }, []]) {
      assert.equal(documentUriOfState(state), undefined, JSON.stringify(state));
    }
  });
});
