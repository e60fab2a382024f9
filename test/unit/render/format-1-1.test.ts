import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { DRAWING_CSS, renderExportHtml } from '../../../server/src/render';
import { draw, fixture, TODAY } from './fixtures';
import { findAll, hasClass, lines, numberAttribute, parseXml, textOf, type XmlElement } from './xml';

/** Format 1.1 in the route map, the decision tree and the export. */

interface PlainContact {
  id: string;
  naam: string;
  telefoon: string;
}

interface PlainRoute {
  id: string;
  soort: string;
  titel: string;
  verantwoordelijk?: string;
  contact?: string | string[];
  stappen?: Array<{ stap: number; titel: string; contact?: string | string[] }>;
}

interface Plain11 {
  aandachtsfunctionarissen?: PlainContact[];
  contactpunten: PlainContact[];
  routes: PlainRoute[];
}

const ids = (value: string | string[] | undefined): string[] => ([] as string[]).concat(value ?? []);

function byAttribute(root: XmlElement, name: string, value?: string): XmlElement[] {
  return findAll(root, (element) => element.name === 'g' && element.attributes.has(name) && (value === undefined || element.attributes.get(name) === value));
}

function linesOfClass(box: XmlElement, className: string): string[] {
  return findAll(box, (element) => element.name === 'text' && hasClass(element, className)).map(textOf);
}

/** The box's own frame: the first rect inside it. */
function frameOf(box: XmlElement): { x: number; y: number; width: number; height: number } {
  const rect = findAll(box, (element) => element.name === 'rect')[0];
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => numberAttribute(rect, name));
  return { x, y, width, height };
}

function inside(inner: ReturnType<typeof frameOf>, outer: ReturnType<typeof frameOf>): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** The bold numbers of the "call" lines of a box. */
function calledNumbers(box: XmlElement): string[] {
  return findAll(box, (element) => element.name === 'tspan' && hasClass(element, 'rk-strong')).map(textOf);
}

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.notEqual(from, -1, `${start} in the export`);
  return html.slice(from, html.indexOf(end, from));
}

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

/** "q1 ja -> q2 (vraag-2, value)" for each answer edge of a tree. */
function edgeList(tree: XmlElement): string[] {
  return byAttribute(tree, 'data-answer').map(
    (edge) =>
      `${edge.attributes.get('data-from')} ${textOf(findAll(edge, (element) => element.name === 'text')[0])} -> ${edge.attributes.get('data-to')} ` +
      `(${edge.attributes.get('data-outcome')}, ${edge.attributes.get('data-source')})`,
  );
}

/** The points an edge runs through, from its line or path. */
function edgePoints(edge: XmlElement): Array<[number, number]> {
  const line = findAll(edge, (element) => element.name === 'line')[0];
  if (line) return [[numberAttribute(line, 'x1'), numberAttribute(line, 'y1')], [numberAttribute(line, 'x2'), numberAttribute(line, 'y2')]];
  const path = findAll(edge, (element) => element.name === 'path')[0];
  return [...(path.attributes.get('d') ?? '').matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
}

function onBorder([x, y]: [number, number], box: ReturnType<typeof frameOf>, slack = 2.5): boolean {
  const withinX = x >= box.x - slack && x <= box.x + box.width + slack;
  const withinY = y >= box.y - slack && y <= box.y + box.height + slack;
  const nearX = Math.abs(x - box.x) <= slack || Math.abs(x - (box.x + box.width)) <= slack;
  const nearY = Math.abs(y - box.y) <= slack || Math.abs(y - (box.y + box.height)) <= slack;
  return (nearX && withinY) || (nearY && withinX);
}

describe('route map, format 1.1: steps', () => {
  const drawn = draw(fixture('format-1-1-school.meldcode.yaml'));
  const steps = byAttribute(drawn.routeMap, 'data-step');

  it('draws stap 0 first and steps 4 and 5 as one box, and nothing as missing', () => {
    assert.deepEqual(steps.map((box) => box.attributes.get('data-step')), ['0', '1', '2', '3', '4-5']);
    assert.ok(steps.every((box) => box.attributes.get('data-present') === 'true'));
    assert.equal(findAll(drawn.routeMap, (element) => hasClass(element, 'rk-missing') || hasClass(element, 'rk-missing-frame')).length, 0);
    assert.equal(drawn.findings.filter((finding) => finding.ruleId === 'step-missing').length, 0);
    assert.deepEqual(steps.map((box) => linesOfClass(box, 'rk-step-label')[0]), ['VOORAF (STAP 0)', 'STAP 1', 'STAP 2', 'STAP 3', 'STAP 4 EN 5']);
    const merged = steps[4];
    assert.equal(linesOfClass(merged, 'rk-step-title').join(' '), 'Wegen en beslissen');
    assert.equal(findAll(merged, (element) => hasClass(element, 'rk-badge-text')).map(textOf)[0], '4–5');
    const tops = steps.map((box) => frameOf(box).y);
    assert.deepEqual([...tops].sort((a, b) => a - b), tops, 'stap 0 above step 1, the steps top to bottom');
    const arrows = findAll(drawn.routeMap, (element) => element.name === 'line' && element.attributes.has('data-from'));
    assert.deepEqual(arrows.map((arrow) => `${arrow.attributes.get('data-from')}->${arrow.attributes.get('data-to')}`), ['0->1', '1->2', '2->3', '3->4-5']);
  });

  it('says "Steps 4 and 5" in English', () => {
    const english = draw(fixture('format-1-1-school.meldcode.yaml'), 'en');
    const labels = byAttribute(english.routeMap, 'data-step').map((box) => linesOfClass(box, 'rk-step-label')[0]);
    assert.deepEqual(labels, ['BEFOREHAND (STEP 0)', 'STEP 1', 'STEP 2', 'STEP 3', 'STEPS 4 AND 5']);
  });

  it('draws the parts 5a and 5b inside their step, each tied to its YAML', () => {
    const merged = steps[4];
    const parts = byAttribute(merged, 'data-substep');
    assert.deepEqual(parts.map((part) => part.attributes.get('data-substep')), ['5a', '5b']);
    assert.equal(byAttribute(drawn.routeMap, 'data-substep').length, 2, 'nowhere else');
    for (const part of parts) assert.ok(inside(frameOf(part), frameOf(merged)), 'the part lies within the step');
    assert.deepEqual(linesOfClass(parts[0], 'rk-step-label'), ['ONDERDEEL 5A']);
    assert.equal(linesOfClass(parts[0], 'rk-card-title').join(' '), 'Beslissen over melden');
    assert.deepEqual(calledNumbers(parts[0]), ['0800-2000']);
    assert.deepEqual(calledNumbers(parts[1]), ['06-48213377']);
    const offset = numberAttribute(parts[1], 'data-offset');
    assert.ok(drawn.text.slice(offset).startsWith('id: 5b\n'), 'a click on 5b selects its YAML');
  });

  it('shows the time limit with the step and with the part', () => {
    const deadlines = (box: XmlElement): string[] => linesOfClass(box, 'rk-deadline');
    assert.deepEqual(deadlines(steps[0]), ['Termijn: direct']);
    assert.deepEqual(deadlines(steps[2]), ['Termijn: binnen 5 werkdagen']);
    assert.deepEqual(deadlines(steps[1]), []);
    const merged = lines(steps[4]).join(' | ');
    assert.ok(merged.includes('Termijn: binnen 10 werkdagen na het gesprek'), merged);
    assert.deepEqual(deadlines(byAttribute(steps[4], 'data-substep', '5a')[0]), ['Termijn: dezelfde dag']);
  });
});

describe('route map, format 1.1: routes', () => {
  const text = fixture('format-1-1-school.meldcode.yaml');
  const protocol = parseDocument(text).toJS() as Plain11;
  const drawn = draw(text);
  const routes = byAttribute(drawn.routeMap, 'data-route');
  const people = new Map<string, PlainContact>([...(protocol.aandachtsfunctionarissen ?? []), ...protocol.contactpunten].map((item) => [item.id, item]));

  it('draws each route once, acute danger first whatever the order written', () => {
    assert.deepEqual(protocol.routes.map((route) => route.id), ['medewerker', 'acuut']);
    assert.deepEqual(routes.map((route) => route.attributes.get('data-route')), ['acuut', 'medewerker']);
    const all = lines(drawn.routeMap).join(' ');
    for (const route of protocol.routes) {
      const box = byAttribute(drawn.routeMap, 'data-route', route.id)[0];
      assert.equal(linesOfClass(box, 'rk-step-title').join(' '), route.titel);
      assert.equal(all.split(route.titel).length - 1, 1, `"${route.titel}" drawn once`);
    }
  });

  it('names the kind in words, the responsible role, and the numbers to call, resolved from the contact ids', () => {
    const acute = byAttribute(drawn.routeMap, 'data-route', 'acuut')[0];
    assert.deepEqual(linesOfClass(acute, 'rk-step-label')[0], 'ACUUT GEVAAR · GAAT VÓÓR DE STAPPEN');
    const staff = byAttribute(drawn.routeMap, 'data-route', 'medewerker')[0];
    assert.equal(linesOfClass(staff, 'rk-step-label').slice(0, 2).join(' '), 'ROUTE · VERMOEDEN TEGEN EEN MEDEWERKER');
    assert.ok(lines(staff).includes('Verantwoordelijk: bevoegd gezag'));
    for (const route of protocol.routes) {
      const box = byAttribute(drawn.routeMap, 'data-route', route.id)[0];
      const expected = [...ids(route.contact), ...(route.stappen ?? []).flatMap((step) => ids(step.contact))].map((id) => people.get(id)!);
      assert.ok(expected.length > 0);
      assert.deepEqual(calledNumbers(box), expected.map((person) => person.telefoon), `numbers of route ${route.id}`);
      const all = lines(box).join(' ');
      for (const person of expected) assert.ok(all.includes(person.naam.split(' ')[0]), `${person.naam} in route ${route.id}`);
    }
    const acuteLines = lines(acute).join(' | ');
    assert.ok(acuteLines.includes('• Bel 112.') && acuteLines.includes('• Bel daarna Veilig Thuis.'), acuteLines);
  });

  it('draws the route\'s own steps inside its lane, in order, joined by arrows', () => {
    const staff = byAttribute(drawn.routeMap, 'data-route', 'medewerker')[0];
    const own = byAttribute(staff, 'data-route-step');
    assert.deepEqual(own.map((step) => step.attributes.get('data-route-step')), ['1', '2', '3']);
    assert.deepEqual(
      own.map((step) => linesOfClass(step, 'rk-card-title').join(' ')),
      protocol.routes[0].stappen!.map((step) => step.titel),
    );
    for (const step of own) assert.ok(inside(frameOf(step), frameOf(staff)));
    assert.equal(findAll(staff, (element) => element.name === 'line' && hasClass(element, 'rk-flow')).length, 2);
    assert.deepEqual(linesOfClass(own[0], 'rk-deadline'), ['Termijn: direct']);
  });

  it('puts acute danger above the steps, across the map, in a frame that stands out', () => {
    const acute = byAttribute(drawn.routeMap, 'data-route', 'acuut')[0];
    const frame = frameOf(acute);
    const steps = byAttribute(drawn.routeMap, 'data-step').map(frameOf);
    const lane = frameOf(byAttribute(drawn.routeMap, 'data-route', 'medewerker')[0]);
    assert.ok(frame.y + frame.height < steps[0].y, 'above stap 0');
    assert.ok(frame.x <= steps[0].x && frame.x + frame.width >= lane.x + lane.width, 'as wide as the steps and the lanes');
    assert.ok(lane.x > steps[0].x + steps[0].width, 'the other route beside the steps');
    assert.ok(lane.y < steps[1].y, 'level with the start of the steps');
    const rect = findAll(acute, (element) => element.name === 'rect')[0];
    assert.ok(hasClass(rect, 'rk-acute-frame'));
    assert.match(/\.rk-acute-frame \{([^}]*)\}/.exec(DRAWING_CSS)?.[1] ?? '', /stroke: var\(--rk-error\); stroke-width: 3/);
    const panel = findAll(drawn.routeMap, (element) => hasClass(element, 'rk-panel'))[0];
    const firstCard = frameOf(findAll(panel, (element) => hasClass(element, 'rk-card'))[0]);
    assert.ok(firstCard.y > lane.y + lane.height, 'officers and contact points below the route lanes');
  });

  it('puts the officers and contact points below the steps, two abreast, when the route lanes are the longer column', () => {
    const steps = Array.from({ length: 14 }, (_, index) => `      - { stap: ${index + 1}, titel: Stap ${index + 1} van de route, verantwoordelijk: bestuur, acties: [Leg vast wat er is gebeurd.] }`);
    const long = draw(
      text.replace(
        /routes:\n  - id: medewerker\n[\s\S]*?(?=  - id: acuut)/,
        `routes:\n  - id: medewerker\n    soort: vermoeden-medewerker\n    titel: Lange route\n    stappen:\n${steps.join('\n')}\n`,
      ),
    );
    const lane = frameOf(byAttribute(long.routeMap, 'data-route', 'medewerker')[0]);
    const stepFrames = byAttribute(long.routeMap, 'data-step').map(frameOf);
    const lastStep = stepFrames[stepFrames.length - 1];
    assert.ok(lane.y + lane.height > lastStep.y + lastStep.height, 'the lane is the longer column');
    const cards = findAll(long.routeMap, (element) => hasClass(element, 'rk-card')).map(frameOf);
    assert.ok(cards.every((card) => card.y > lastStep.y + lastStep.height && card.x + card.width <= lastStep.x + lastStep.width), 'below the steps');
    assert.equal(new Set(cards.map((card) => card.x)).size, 2, 'in two columns');
    const height = Number(long.routeMap.attributes.get('height'));
    assert.ok(height < lane.y + lane.height + 200, `no taller than it needs to be (${height})`);
  });

  it('draws a 1.0 protocol as before: no routes, the same width', () => {
    const old = draw(fixture('complete.meldcode.yaml'));
    assert.equal(byAttribute(old.routeMap, 'data-route').length, 0);
    assert.equal(old.routeMap.attributes.get('width'), '778');
  });
});

describe('route map, format 1.1: the afwegingskader', () => {
  it('puts the protocol\'s own outcomes on the edges of the tree', () => {
    const drawn = draw(fixture('format-1-1-school.meldcode.yaml'));
    assert.deepEqual(edgeList(drawn.tree), [
      'q1 ja -> q2 (vraag-2, value)',
      'q2 nee -> q3 (vraag-3, value)',
      'q3 ja -> q4 (4, value)',
      'q1 nee -> end-close-q1-no (afsluiten, value)',
      'q2 ja -> end-report-help-q2-yes (melden-en-hulp, value)',
      'q3 nee -> end-report-q3-no (melden, value)',
      'q4 ja -> end-help-q4-yes (hulp, value)',
      'q4 nee -> end-report-q4-no (melden, value)',
      'q5 ja -> end-close-q5-yes (afsluiten, value)',
      'q5 nee -> end-report-q5-no (melden, value)',
    ]);
    const ends = new Map(findAll(drawn.tree, (element) => hasClass(element, 'ak-end')).map((end) => [end.attributes.get('data-node'), end]));
    const title = (id: string): string => linesOfClass(ends.get(id)!, 'ak-end-title').join(' ');
    assert.equal(title('end-report-help-q2-yes'), 'Melden en hulp bieden');
    assert.equal(title('end-report-q3-no'), 'Melden bij Veilig Thuis');
    assert.equal(title('end-help-q4-yes'), 'Hulp organiseren');
    assert.ok(lines(ends.get('end-report-help-q2-yes')!).join(' ').includes('Veilig Thuis IJsselland: 0800-2000'));
    const then = byAttribute(drawn.tree, 'data-from', 'end-help-q4-yes');
    assert.deepEqual(then.map((edge) => edge.attributes.get('data-to')), ['q5'], 'after help, question 5');
  });

  it('draws every edge from the border of one box to the border of the next', () => {
    const drawn = draw(fixture('format-1-1-school.meldcode.yaml'));
    const frames = new Map(byAttribute(drawn.tree, 'data-node').map((node) => [node.attributes.get('data-node')!, frameOf(node)]));
    const edges = findAll(drawn.tree, (element) => element.name === 'g' && hasClass(element, 'ak-edge'));
    assert.equal(edges.length, 11);
    for (const edge of edges) {
      const points = edgePoints(edge);
      const name = `${edge.attributes.get('data-from')}->${edge.attributes.get('data-to')}`;
      assert.ok(onBorder(points[0], frames.get(edge.attributes.get('data-from')!)!), `${name} starts on its box`);
      assert.ok(onBorder(points[points.length - 1], frames.get(edge.attributes.get('data-to')!)!), `${name} ends on its box`);
      for (let index = 1; index < points.length; index++) {
        const [a, b] = [points[index - 1], points[index]];
        assert.ok(a[0] === b[0] || a[1] === b[1], `${name} runs straight across or down`);
      }
    }
  });

  it('falls back to the standard outcomes where a question gives none, and keeps the standard tree when nothing differs', () => {
    const partial = draw(
      'meldcode: "1.1"\nafwegingskader:\n  - { vraag: 1, tekst: Vermoeden?, ja: vraag-2 }\n  - { vraag: 2, tekst: Onveilig?, ja: melden-en-hulp }\n' +
        '  - { vraag: 3, tekst: Hulp? }\n  - { vraag: 4, tekst: Aanvaard? }\n  - { vraag: 5, tekst: Veilig? }\n',
    );
    const edges = edgeList(partial.tree);
    assert.ok(edges.includes('q2 ja -> end-report-help-q2-yes (melden-en-hulp, value)'), edges.join('\n'));
    assert.ok(edges.includes('q1 nee -> end-close-q1-no (close, standard)'), edges.join('\n'));
    assert.ok(edges.includes('q4 ja -> end-help-q4-yes (help, standard)'), edges.join('\n'));
    assert.ok(edges.includes('q5 nee -> end-report-q5-no (report, standard)'), edges.join('\n'));

    const same = draw(
      'meldcode: "1.1"\nafwegingskader:\n  - { vraag: 1, ja: vraag-2, nee: afsluiten }\n  - { vraag: 2, ja: melden, nee: 3 }\n' +
        '  - { vraag: 3, ja: vraag-4, nee: melden }\n  - { vraag: 4, ja: hulp, nee: melden }\n  - { vraag: 5, ja: afsluiten, nee: melden }\n',
    );
    const ends = findAll(same.tree, (element) => hasClass(element, 'ak-end')).map((end) => end.attributes.get('data-node')).sort();
    assert.deepEqual(ends, ['end-close', 'end-close-help', 'end-help', 'end-report'], 'the standard tree, with one report box');
  });

  it('places an older protocol\'s sentences where they plainly lead, and prints them as written', () => {
    const long = 'Bespreek de zorgen opnieuw in het zorgteam van de school en plan binnen zes weken een nieuw gesprek met de ouders, de leerling en de jeugdverpleegkundige van de GGD.';
    const drawn = draw(
      'meldcode: "1.0"\nafwegingskader:\n' +
        '  - { vraag: 1, tekst: Vermoeden?, ja: Ga door naar vraag 2., nee: Sluit af en leg de afweging vast in het dossier. }\n' +
        '  - { vraag: 2, tekst: Onveilig?, ja: "Melden bij Veilig Thuis; vraag 3 tot en met 5 samen doorlopen.", nee: Ga naar vraag 4. }\n' +
        `  - { vraag: 3, tekst: Hulp?, nee: "${long}" }\n` +
        '  - { vraag: 4, tekst: Aanvaard?, ja: Hulp organiseren en de effecten volgen; daarna vraag 5., nee: Niet melden maar eerst overleggen. }\n' +
        '  - { vraag: 5, tekst: Veilig?, nee: (Opnieuw) melden bij Veilig Thuis. }\n',
    );
    const edges = edgeList(drawn.tree);
    assert.ok(edges.includes('q1 ja -> q2 (Ga door naar vraag 2., text)'), edges.join('\n'));
    assert.ok(edges.includes('q1 nee -> end-close-q1-no (Sluit af en leg de afweging vast in het dossier., text)'), edges.join('\n'));
    assert.ok(edges.includes('q2 ja -> end-report-q2-yes (Melden bij Veilig Thuis; vraag 3 tot en met 5 samen doorlopen., text)'), edges.join('\n'));
    assert.ok(edges.includes('q2 nee -> q4 (Ga naar vraag 4., text)'), 'skips question 3, along the left');
    assert.ok(edges.includes(`q3 nee -> end-report-q3-no (${long}, standard)`), 'a sentence it cannot place keeps the standard outcome');
    assert.ok(edges.includes('q4 ja -> end-help-q4-yes (Hulp organiseren en de effecten volgen; daarna vraag 5., text)'), edges.join('\n'));
    assert.ok(edges.includes('q4 nee -> end-report-q4-no (Niet melden maar eerst overleggen., standard)'), 'not melden is no report');
    assert.ok(edges.includes('q5 nee -> end-report-q5-no ((Opnieuw) melden bij Veilig Thuis., text)'), edges.join('\n'));
    const q3 = byAttribute(drawn.tree, 'data-node', 'q3')[0];
    const written = linesOfClass(q3, 'ak-outcome-text');
    assert.equal(written.length, 3, 'at most three lines');
    assert.ok(written[0].startsWith('Bij nee: Bespreek de zorgen'), written[0]);
    assert.ok(written[2].endsWith('…'), 'cut off with an ellipsis');
    const q1 = byAttribute(drawn.tree, 'data-node', 'q1')[0];
    assert.equal(linesOfClass(q1, 'ak-outcome-text').join(' '), 'Bij ja: Ga door naar vraag 2. Bij nee: Sluit af en leg de afweging vast in het dossier.');
  });

  it('runs an answer that goes back to an earlier question along the left', () => {
    const drawn = draw(
      'meldcode: "1.1"\nafwegingskader:\n  - { vraag: 1, ja: vraag-2, nee: afsluiten }\n  - { vraag: 2, ja: melden, nee: vraag-3 }\n' +
        '  - { vraag: 3, ja: vraag-4, nee: melden }\n  - { vraag: 4, ja: hulp, nee: melden }\n  - { vraag: 5, ja: afsluiten, nee: vraag-3 }\n',
    );
    const back = byAttribute(drawn.tree, 'data-from', 'q5').find((edge) => edge.attributes.get('data-to') === 'q3')!;
    assert.equal(back.attributes.get('data-answer'), 'no');
    const points = edgePoints(back);
    const q3 = frameOf(byAttribute(drawn.tree, 'data-node', 'q3')[0]);
    const q5 = frameOf(byAttribute(drawn.tree, 'data-node', 'q5')[0]);
    assert.equal(points.length, 4);
    assert.equal(points[0][0], q5.x, 'leaves q5 on the left');
    assert.ok(points[1][0] < q3.x && points[2][0] < q3.x, 'runs left of the questions');
    assert.ok(Math.abs(points[3][0] - q3.x) <= 2 && points[3][1] > q3.y && points[3][1] < q3.y + q3.height, 'enters q3 from the left');
  });

  it('draws the basismodel\'s two decisions with their outcomes and conditions', () => {
    const drawn = draw(
      'meldcode: "1.1"\norganisatie: { naam: Zwemclub, sector: sport }\nafwegingskader:\n  model: basismodel\n  beslissingen:\n' +
        '    - { beslissing: 1, tekst: Is melden noodzakelijk?, ja: melden, nee: beslissing-2 }\n' +
        '    - beslissing: 2\n      tekst: Is hulp verlenen of organiseren (ook) mogelijk?\n      ja: hulp\n      nee: melden\n' +
        '      voorwaarden: [Wij kunnen passende hulp bieden., De betrokkenen werken mee.]\n',
    );
    const nodes = findAll(drawn.tree, (element) => hasClass(element, 'ak-question'));
    assert.deepEqual(nodes.map((node) => node.attributes.get('data-node')), ['d1', 'd2']);
    assert.deepEqual(linesOfClass(nodes[0], 'rk-step-label'), ['BESLISSING 1']);
    assert.deepEqual(edgeList(drawn.tree), [
      'd1 nee -> d2 (beslissing-2, value)',
      'd1 ja -> end-report-d1-yes (melden, value)',
      'd2 ja -> end-help-d2-yes (hulp, value)',
      'd2 nee -> end-report-d2-no (melden, value)',
    ]);
    assert.deepEqual(linesOfClass(nodes[1], 'rk-text').filter((line) => line.startsWith('•')), ['• Wij kunnen passende hulp bieden.', '• De betrokkenen werken mee.']);
    const html = renderExportHtml(drawn.text, { today: TODAY });
    const list = visibleText(between(html, '<ol class="decisions">', '</ol>'));
    assert.ok(list.includes('Is melden noodzakelijk? Bij ja: Melden bij Veilig Thuis Bij nee: Naar beslissing 2'), list);
  });

  it('draws one box for an afwegingskader kept in an appendix', () => {
    const drawn = draw(fixture('one-person-practice.meldcode.yaml'));
    const nodes = findAll(drawn.tree, (element) => element.attributes.has('data-node'));
    assert.deepEqual(nodes.map((node) => node.attributes.get('data-node')), ['appendix']);
    assert.equal(linesOfClass(nodes[0], 'rk-step-title').join(' '), 'Afwegingskader: zie Bijlage 1: afwegingskader van de KNMG-meldcode (knmg)');
    assert.ok(drawn.text.slice(numberAttribute(nodes[0], 'data-offset')).startsWith('afwegingskader\n'));
    const english = draw(fixture('one-person-practice.meldcode.yaml'), 'en');
    assert.equal(linesOfClass(findAll(english.tree, (element) => element.attributes.has('data-node'))[0], 'rk-step-title').join(' '), 'Afwegingskader: see Bijlage 1: afwegingskader van de KNMG-meldcode (knmg)');
  });
});

describe('route map, format 1.1: a one-person practice', () => {
  const text = fixture('one-person-practice.meldcode.yaml');

  it('shows no empty attention-officer panel, on the map or on the contact sheet', () => {
    const drawn = draw(text);
    const panel = findAll(drawn.routeMap, (element) => hasClass(element, 'rk-panel'))[0];
    assert.deepEqual(linesOfClass(panel, 'rk-panel-heading'), ['Contactpunten']);
    assert.ok(!lines(drawn.routeMap).join(' ').includes('aandachtsfunctionaris'));
    const html = renderExportHtml(text, { today: TODAY });
    const sheet = between(html, '<section class="page" id="contactlijst">', '</section>');
    assert.ok(!sheet.includes('Aandachtsfunctionarissen') && !sheet.includes('Geen aandachtsfunctionaris'), sheet);
    assert.ok(sheet.includes('Intervisiegroep huisartsen Zeist'));
  });

  it('still warns when a practice that is not on its own names no officer', () => {
    const drawn = draw(text.replace('  zelfstandig: true\n', ''));
    const panel = findAll(drawn.routeMap, (element) => hasClass(element, 'rk-panel'))[0];
    assert.deepEqual(linesOfClass(panel, 'rk-panel-heading'), ['Aandachtsfunctionarissen', 'Contactpunten']);
  });

  it('prints the period of validity on the title page', () => {
    const html = renderExportHtml(text, { today: TODAY });
    const titlePage = visibleText(between(html, '<section class="title-page">', '</section>'));
    assert.ok(titlePage.includes('Geldig van 2026-01-01 Geldig tot 2028-12-31 Herzien vóór 2028-12-31'), titlePage);
  });
});

describe('export, format 1.1', () => {
  const text = fixture('format-1-1-school.meldcode.yaml');
  const html = renderExportHtml(text, { today: TODAY, sourceName: 'format-1-1-school.meldcode.yaml' });

  it('prints the routes, acute danger first, with whom to call', () => {
    const routes = between(html, '<section class="page" id="routes">', '</section>');
    const blocks = [...routes.matchAll(/<div class="route( acute)?" data-route="([^"]+)">/g)].map((match) => `${match[2]}${match[1] ?? ''}`);
    assert.deepEqual(blocks, ['acuut acute', 'medewerker']);
    const words = visibleText(routes);
    assert.ok(words.includes('Acuut gevaar · gaat vóór de stappen Bij acuut gevaar Is een kind nu in direct gevaar'), words);
    assert.ok(words.includes('Alarmnummer (spoed): 112'), words);
    assert.ok(words.includes('Vermoeden tegen een medewerker Vermoeden van een zedenmisdrijf door een medewerker Verantwoordelijk: bevoegd gezag'), words);
    assert.ok(words.includes('Overleg met de vertrouwensinspecteur Verantwoordelijk: bevoegd gezag Leg het overleg vast.'), words);
    assert.ok(routes.includes('<a href="tel:09001113111">0900-1113111</a>'));
    assert.ok(html.indexOf('id="routes"') < html.indexOf('id="stappenplan"'), 'the routes before the step plan');
  });

  it('prints merged steps once, with their parts and time limits', () => {
    const plan = between(html, '<section class="page" id="stappenplan">', '</section>\n<section');
    assert.deepEqual([...plan.matchAll(/<div class="step" data-step="([^"]+)">/g)].map((match) => match[1]), ['0', '1', '2', '3', '4-5']);
    const merged = visibleText(plan.slice(plan.indexOf('data-step="4-5"')));
    assert.ok(
      merged.includes(
        'Stap 4 en 5: Wegen en beslissen Verantwoordelijk: directeur Termijn: binnen 10 werkdagen na het gesprek ' +
          'Onderdeel 5a: Beslissen over melden Verantwoordelijk: directeur Termijn: dezelfde dag Meld bij Veilig Thuis als het afwegingskader dat zegt. ' +
          'Veilig Thuis IJsselland: 0800-2000 Onderdeel 5b: Beslissen over hulp',
      ),
      merged,
    );
    assert.ok(visibleText(plan).includes('Vooraf (stap 0): Eerst de veiligheid Verantwoordelijk: iedere medewerker Termijn: direct'));
    assert.ok(!/Stap [45] ontbreekt|Stap [45]:/.test(visibleText(plan)), 'no step 4 or 5 of its own, and none missing');
    const english = visibleText(renderExportHtml(text, { today: TODAY, locale: 'en' }));
    assert.ok(english.includes('Steps 4 and 5: Wegen en beslissen'), 'in English');
  });

  it('prints the afwegingskader with its own outcomes', () => {
    const questions = visibleText(between(html, '<ol class="questions">', '</ol>'));
    assert.equal(
      questions.trim(),
      'Heb ik een vermoeden van huiselijk geweld of kindermishandeling? Bij ja: Naar vraag 2 Bij nee: Afsluiten en vastleggen ' +
        'Is er sprake van acute of structurele onveiligheid? Bij ja: Melden en hulp bieden Bij nee: Naar vraag 3 Ook bij twijfel melden we. ' +
        'Kunnen wij passende hulp bieden of organiseren? Bij ja: Naar vraag 4 Bij nee: Melden bij Veilig Thuis ' +
        'Aanvaarden de betrokkenen de hulp? Bij ja: Hulp organiseren Bij nee: Melden bij Veilig Thuis ' +
        'Leidt de hulp tot duurzame veiligheid? Bij ja: Afsluiten en vastleggen Bij nee: Melden bij Veilig Thuis',
    );
    assert.ok(visibleText(between(html, 'id="afwegingskader"', '<figure>')).includes('Model: onderwijs'));
  });

  it('prints the responsibilities of the organisation and the appendices as sections of their own', () => {
    assert.equal(
      visibleText(between(html, '<section id="verantwoordelijkheden">', '</section>')).trim(),
      'Verantwoordelijkheden van de organisatie Het bestuur zorgt dat ieder teamlid elk jaar de training signaleren volgt. De directeur bespreekt de meldcode elk jaar in het team.',
    );
    assert.equal(
      visibleText(between(html, '<section id="bijlagen">', '</section>')).trim(),
      'Bijlagen Bijlage 1: signalenlijst 4–12 jaar Signalen van kindermishandeling per leeftijd. Bijlage 2: sociale kaart Deventer',
    );
    const other = visibleText(between(html, 'id="overige-afspraken"', '</section>'));
    assert.ok(!other.includes('Bijlage 1') && !other.includes('Het bestuur zorgt'), 'not again among the other agreements');
  });

  it('holds both drawings as well-formed SVG', () => {
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((match) => parseXml(match[0]));
    assert.deepEqual(svgs.map((svg) => svg.attributes.get('class')), [...svgs.slice(0, -1).map(() => 'rk-svg rk-routemap'), 'rk-svg rk-decision-tree ak-flow']);
    assert.ok(svgs.length >= 2);
  });
});

describe('format 1.1: protocol text in routes is untrusted', () => {
  const text = fixture('hostile-routes.meldcode.yaml');
  const DRAWING_ELEMENTS = new Set(['svg', 'title', 'defs', 'marker', 'path', 'g', 'rect', 'circle', 'text', 'tspan', 'line']);
  const DRAWING_ATTRIBUTES = new Set([
    'xmlns', 'class', 'viewBox', 'width', 'height', 'role', 'tabindex', 'aria-label', 'id', 'refX', 'refY', 'markerWidth', 'markerHeight',
    'orient', 'd', 'x', 'y', 'rx', 'cx', 'cy', 'r', 'x1', 'y1', 'x2', 'y2', 'marker-end', 'text-anchor', 'font-size',
  ]);

  it('draws hostile route titles, descriptions and steps as text, in well-formed SVG without links or handlers', () => {
    for (const interactive of [false, true]) {
      const drawn = draw(text, 'nl', interactive);
      for (const svg of [drawn.routeMap, drawn.tree]) {
        for (const element of findAll(svg, () => true)) {
          assert.ok(DRAWING_ELEMENTS.has(element.name), `<${element.name}> is not one of ours`);
          for (const [name, value] of element.attributes) {
            // Protocol text may stand in a label or a data attribute (escaped); never in a link, a handler or a style.
            assert.ok(DRAWING_ATTRIBUTES.has(name) || /^data-[a-z-]+$/.test(name), `${element.name} ${name}`);
            if (name !== 'aria-label' && !name.startsWith('data-')) assert.doesNotMatch(value, /javascript:|<|>/i, `${element.name} ${name}="${value}"`);
          }
        }
      }
      const acute = byAttribute(drawn.routeMap, 'data-route', 'acuut')[0];
      assert.equal(linesOfClass(acute, 'rk-step-title').join(' '), "<script>alert('acuut')</script>");
      const staff = byAttribute(drawn.routeMap, 'data-route', 'medewerker')[0];
      assert.equal(linesOfClass(staff, 'rk-step-title').join(' '), "javascript:alert('route')");
      assert.equal(linesOfClass(staff, 'rk-step-label')[0], 'ROUTE · <B>VERMOEDEN</B>', 'an unknown kind as written');
      const all = lines(drawn.routeMap).join(' ');
      for (const written of ["• javascript:alert('actie')", "<script>alert('routestap')</script>", "Termijn: <script>alert('routetermijn')</script>", "</text></g><script>alert('samen')</script>"]) {
        assert.ok(all.includes(written), written);
      }
      assert.equal(byAttribute(drawn.routeMap, 'data-substep')[0].attributes.get('data-substep'), "5a\"><script>alert('id')</script>");
    }
  });

  it('escapes everything new in the export', () => {
    const html = renderExportHtml(text, { today: TODAY });
    const ours = new Set([
      '!DOCTYPE', 'html', 'head', 'meta', 'title', 'style', 'body', 'section', 'div', 'h1', 'h2', 'h3', 'h4', 'p', 'dl', 'dt', 'dd',
      'ul', 'ol', 'li', 'span', 'strong', 'br', 'wbr', 'figure', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'footer',
      'svg', 'defs', 'marker', 'path', 'g', 'rect', 'circle', 'text', 'tspan', 'line',
    ]);
    for (const [, name, attributes] of html.matchAll(/<([!A-Za-z][\w-]*)([^>]*)>/g)) {
      assert.ok(ours.has(name), `<${name}> is not one of ours`);
      for (const [, attribute] of attributes.matchAll(/\s([\w:-]+)=/g)) assert.doesNotMatch(attribute, /^on/i, `${name} ${attribute}`);
      for (const [, value] of attributes.matchAll(/="([^"]*)"/g)) assert.doesNotMatch(value, /javascript:|https?:\/\/(?!www\.w3\.org)/i);
    }
    for (const [, target] of html.matchAll(/\shref="([^"]*)"/g)) assert.match(target, /^tel:\+?\d+$/);
    assert.equal((html.match(/<\/style>/g) ?? []).length, 1, 'only our own stylesheet ends');
    assert.ok(html.includes('<h3>&lt;script&gt;alert(&#39;acuut&#39;)&lt;/script&gt;</h3>'));
    assert.ok(html.includes('<h3>javascript:alert(&#39;route&#39;)</h3>'));
    assert.ok(html.includes('<p>&lt;a href=&quot;javascript:alert(&#39;omschrijving&#39;)&quot;&gt;klik&lt;/a&gt;</p>'));
    assert.ok(html.includes('<p>&lt;/style&gt;&lt;script&gt;alert(&#39;verantwoordelijk&#39;)&lt;/script&gt;</p>'));
    assert.ok(html.includes('<div class="appendix" data-appendix="evil"><h3>&lt;script&gt;alert(&#39;bijlage&#39;)&lt;/script&gt;</h3>'));
    for (const svg of html.matchAll(/<svg[\s\S]*?<\/svg>/g)) parseXml(svg[0]);
  });
});

describe('format 1.1: odd input draws what it can and never throws', () => {
  const inputs: Array<[string, string, string[]]> = [
    ['steps merged twice and out of order', 'meldcode: "1.1"\nstappen: [{stap: [5, 4, 4]}, {stap: [2, 1]}, {stap: 3}]\n', ['1-2', '3', '4-5']],
    ['a step that claims every number', 'meldcode: "1.1"\nstappen: [{stap: [0, 1, 2, 3, 4, 5], titel: Alles}]\n', ['0-1-2-3-4-5']],
    ['numbers out of range and of the wrong type', 'meldcode: "1.1"\nstappen: [{stap: [6, -1, "4", 2.5]}, {stap: [3, null]}]\n', ['1', '2', '3', '4', '5']],
    ['a merged step beside the same step alone', 'meldcode: "1.1"\nstappen: [{stap: 4}, {stap: [4, 5]}]\n', ['1', '2', '3', '4', '4-5']],
    ['parts of every wrong type', 'meldcode: "1.1"\nstappen: [{stap: 1, onderdelen: [1, null, {id: [x]}, {titel: {a: b}, contact: {a: b}}]}]\n', ['1', '2', '3', '4', '5']],
    ['routes of every wrong type', 'meldcode: "1.1"\nroutes: [1, null, {soort: [a]}, {titel: {a: 1}, stappen: [1, {stap: [1, 2]}, {contact: 7}]}, {soort: acuut-gevaar}]\n', ['1', '2', '3', '4', '5']],
    ['routes as a map', 'meldcode: "1.1"\nroutes: {acuut: {titel: x}}\nbijlagen: "geen lijst"\nverantwoordelijkheden-organisatie: {a: b}\n', ['1', '2', '3', '4', '5']],
    ['an afwegingskader map of wrong types', 'meldcode: "1.1"\nafwegingskader: {model: [a], bijlage: {b: c}, beslissingen: [1, {beslissing: "1", ja: [x]}]}\n', ['1', '2', '3', '4', '5']],
    ['outcomes that point at themselves or nowhere', 'meldcode: "1.1"\nafwegingskader: [{vraag: 1, ja: vraag-1, nee: vraag-9}, {vraag: 2, ja: 0, nee: -3}, {vraag: 3, ja: [melden]}]\n', ['1', '2', '3', '4', '5']],
  ];
  for (const [name, input, keys] of inputs) {
    it(`draws ${name}`, () => {
      for (const interactive of [false, true]) {
        const drawn = draw(input, 'nl', interactive);
        assert.deepEqual(byAttribute(drawn.routeMap, 'data-step').map((box) => box.attributes.get('data-step')), keys);
        assert.ok(findAll(drawn.tree, (element) => element.attributes.has('data-node')).length >= 1);
      }
      assert.match(renderExportHtml(input, { today: TODAY }), /<\/html>\n$/);
    });
  }
});
