import * as assert from 'node:assert/strict';
import { DRAWING_CSS } from '../../../server/src/render';
import { draw, fixture, plain } from './fixtures';
import { findAll, hasClass, lines, numberAttribute, textOf, type XmlElement } from './xml';

function stepBoxes(svg: XmlElement): XmlElement[] {
  return findAll(svg, (element) => element.name === 'g' && element.attributes.has('data-step'));
}

function linesOfClass(box: XmlElement, className: string): string[] {
  return findAll(box, (element) => element.name === 'text' && hasClass(element, className)).map(textOf);
}

function frame(box: XmlElement): XmlElement {
  const rects = findAll(box, (element) => element.name === 'rect');
  assert.equal(rects.length, 1);
  return rects[0];
}

/** The protocol text a box points at, from its data-offset up to its data-end-offset. */
function source(text: string, box: XmlElement): string {
  return text.slice(numberAttribute(box, 'data-offset'), numberAttribute(box, 'data-end-offset'));
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length - 1;
}

describe('route map: the five steps', () => {
  const text = fixture('complete.meldcode.yaml');
  const protocol = plain(text);
  const drawn = draw(text);

  it('draws each of the five steps exactly once, in order, with the title from the protocol', () => {
    const boxes = stepBoxes(drawn.routeMap);
    assert.deepEqual(boxes.map((box) => box.attributes.get('data-step')), ['1', '2', '3', '4', '5']);
    for (const [index, box] of boxes.entries()) {
      assert.equal(box.attributes.get('data-present'), 'true');
      assert.equal(linesOfClass(box, 'rk-step-title').join(' '), protocol.stappen[index].titel);
      assert.equal(linesOfClass(box, 'rk-step-label')[0], `STAP ${index + 1}`);
    }
    const tops = boxes.map((box) => numberAttribute(frame(box), 'y'));
    assert.deepEqual([...tops].sort((a, b) => a - b), tops, 'the steps run from top to bottom');
  });

  it('shows the responsible role and, for each contact, the phone number and the name', () => {
    const people = new Map<string, { name: string; phone: string }>();
    for (const officer of protocol.aandachtsfunctionarissen) people.set(officer.id, { name: officer.naam, phone: String(officer.telefoon) });
    for (const point of protocol.contactpunten) people.set(point.id, { name: point.naam, phone: String(point.telefoon) });
    for (const [index, box] of stepBoxes(drawn.routeMap).entries()) {
      const step = protocol.stappen[index];
      const all = lines(box).join(' ');
      assert.ok(all.includes(`Verantwoordelijk: ${step.verantwoordelijk}`), all);
      const contacts = ([] as string[]).concat(step.contact ?? []);
      const callLines = findAll(box, (element) => element.name === 'text' && hasClass(element, 'rk-call'));
      const firstLines = callLines.filter((line) => findAll(line, (child) => child.name === 'tspan').length === 1);
      assert.equal(firstLines.length, contacts.length);
      for (const [position, id] of contacts.entries()) {
        const person = people.get(id)!;
        const bold = findAll(firstLines[position], (child) => child.name === 'tspan' && hasClass(child, 'rk-strong'));
        assert.equal(textOf(bold[0]), person.phone, `the number comes first, in bold (step ${step.stap}, ${id})`);
        assert.ok(all.includes(person.name), `${person.name} in step ${step.stap}`);
      }
    }
  });

  it('joins each step to the next with an arrow from the bottom of one box to the top of the next', () => {
    const boxes = stepBoxes(drawn.routeMap).map(frame);
    const arrows = findAll(drawn.routeMap, (element) => element.name === 'line' && hasClass(element, 'rk-flow'));
    assert.deepEqual(
      arrows.map((arrow) => `${arrow.attributes.get('data-from')}->${arrow.attributes.get('data-to')}`),
      ['1->2', '2->3', '3->4', '4->5'],
    );
    for (const [index, arrow] of arrows.entries()) {
      const above = boxes[index];
      const below = boxes[index + 1];
      assert.equal(numberAttribute(arrow, 'y1'), numberAttribute(above, 'y') + numberAttribute(above, 'height'));
      assert.ok(Math.abs(numberAttribute(arrow, 'y2') - numberAttribute(below, 'y')) <= 2);
      assert.equal(arrow.attributes.get('marker-end'), 'url(#rk-arrow)');
    }
  });

  it('ties every box to its YAML with data-line and data-offset', () => {
    for (const [index, box] of stepBoxes(drawn.routeMap).entries()) {
      assert.ok(source(text, box).startsWith(`stap: ${index + 1}\n`), source(text, box));
      assert.equal(source(text, box), source(text, box).trimEnd(), 'the selection stops at the end of the item, not on the next line');
      assert.equal(numberAttribute(box, 'data-line'), lineOf(text, numberAttribute(box, 'data-offset')));
    }
    const cards = findAll(drawn.routeMap, (element) => element.name === 'g' && hasClass(element, 'rk-card'));
    const ids = [...protocol.aandachtsfunctionarissen, ...protocol.contactpunten].map((item) => item.id);
    assert.deepEqual(cards.map((card) => /^id: (.*)/.exec(source(text, card))?.[1]), ids);
    const questions = findAll(drawn.tree, (element) => hasClass(element, 'ak-question'));
    assert.deepEqual(questions.map((box) => source(text, box).split('\n')[0]), ['vraag: 1', 'vraag: 2', 'vraag: 3', 'vraag: 4', 'vraag: 5']);
    const lastStep = stepBoxes(drawn.routeMap)[4];
    assert.ok(source(text, lastStep).endsWith('contact: [mulder, veilig-thuis]'), source(text, lastStep));
  });

  it('lists the attention officers with their deputies and the contact points beside the steps', () => {
    const panel = findAll(drawn.routeMap, (element) => hasClass(element, 'rk-panel'))[0];
    const headings = linesOfClass(panel, 'rk-panel-heading');
    assert.deepEqual(headings, ['Aandachtsfunctionarissen', 'Contactpunten']);
    const officers = findAll(panel, (element) => hasClass(element, 'rk-officer')).map((card) => lines(card).join(' | '));
    assert.deepEqual(officers, [
      'Eva Smit | Intern begeleider | Telefoon: 038-4567890 | e.smit@devlieger.example | Vervanger: Joost Mulder',
      'Joost Mulder | Directeur | Telefoon: 06-12345678 | Vervanger: Eva Smit',
    ]);
    const points = findAll(panel, (element) => hasClass(element, 'rk-contact-point')).map((card) => lines(card).join(' | '));
    assert.deepEqual(points, [
      'Veilig Thuis IJsselland | Telefoon: 0800-2000',
      'Alarmnummer | spoed | Telefoon: 112',
      'GGD IJsselland, | jeugdverpleegkundige | jeugdgezondheidszorg | Telefoon: 038-4281234',
    ]);
  });
});

describe('route map: what is missing', () => {
  const text = fixture('missing-steps.meldcode.yaml');
  const drawn = draw(text);

  it('draws missing steps as red dashed boxes that carry the message of the step-missing diagnostic', () => {
    const messages = drawn.findings.filter((finding) => finding.ruleId === 'step-missing').map((finding) => finding.message.nl);
    assert.equal(messages.length, 2);
    const boxes = stepBoxes(drawn.routeMap);
    assert.deepEqual(boxes.map((box) => box.attributes.get('data-step')), ['1', '2', '3', '4', '5']);
    const missing = boxes.filter((box) => box.attributes.get('data-present') === 'false');
    assert.deepEqual(missing.map((box) => box.attributes.get('data-step')), ['3', '5']);
    for (const [index, box] of missing.entries()) {
      assert.ok(hasClass(box, 'rk-missing'));
      assert.ok(hasClass(frame(box), 'rk-missing-frame'));
      assert.equal(linesOfClass(box, 'rk-problem-text').join(' '), messages[index]);
      assert.ok(messages[index].startsWith(`Stap ${box.attributes.get('data-step')} `));
      assert.equal(linesOfClass(box, 'rk-step-label')[0], `STAP ${box.attributes.get('data-step')} · ONTBREEKT`);
      assert.ok(source(text, box) === 'stappen', 'a missing step points at the stappen key');
    }
    for (const box of boxes.filter((candidate) => candidate.attributes.get('data-present') === 'true')) {
      assert.ok(!hasClass(frame(box), 'rk-missing-frame'));
    }
  });

  it('styles the missing frame as a red dashed line', () => {
    const rule = /\.rk-missing-frame \{([^}]*)\}/.exec(DRAWING_CSS)?.[1] ?? '';
    assert.match(rule, /stroke: var\(--rk-error\)/);
    assert.match(rule, /stroke-dasharray: 7 4/);
  });

  it('shows a step without a responsible role, and a contact that is not defined', () => {
    const [, , , four] = stepBoxes(drawn.routeMap);
    assert.deepEqual(
      findAll(four, (element) => element.name === 'text' && hasClass(element, 'rk-warning-text')).map(textOf),
      ['Verantwoordelijk: niet genoemd'],
    );
    const two = stepBoxes(drawn.routeMap)[1];
    assert.deepEqual(linesOfClass(two, 'rk-problem-text'), ['wijkteam: onbekend']);
  });

  it('draws missing questions of the afwegingskader dashed, with the standard question and the message', () => {
    const message = drawn.findings.find((finding) => finding.ruleId === 'afwegingskader-incomplete')!.message.nl;
    const questions = findAll(drawn.tree, (element) => hasClass(element, 'ak-question'));
    assert.deepEqual(questions.map((box) => box.attributes.get('data-present')), ['true', 'true', 'true', 'false', 'false']);
    for (const box of questions.slice(3)) {
      assert.ok(hasClass(frame(box), 'rk-missing-frame'));
      assert.equal(linesOfClass(box, 'rk-problem-text').join(' '), message);
    }
    assert.equal(linesOfClass(questions[3], 'rk-standard').join(' '), 'Aanvaarden de betrokkenen deze hulp en zijn zij bereid zich daarvoor in te zetten?');
  });

  it('draws all five steps missing for a protocol without a step plan', () => {
    const bare = draw('meldcode: "1.0"\norganisatie:\n  naam: Leeg\n  sector: sport\n');
    const messages = bare.findings.filter((finding) => finding.ruleId === 'step-missing').map((finding) => finding.message.nl);
    const boxes = stepBoxes(bare.routeMap);
    assert.equal(boxes.length, 5);
    assert.deepEqual(
      boxes.map((box) => linesOfClass(box, 'rk-problem-text').join(' ')),
      messages,
    );
    const afwegingskader = bare.findings.find((finding) => finding.ruleId === 'afwegingskader-missing')!.message.nl;
    for (const box of findAll(bare.tree, (element) => hasClass(element, 'ak-question'))) {
      assert.equal(linesOfClass(box, 'rk-problem-text').join(' '), afwegingskader);
    }
  });
});

describe('route map: the afwegingskader as a decision tree', () => {
  const drawn = draw(fixture('complete.meldcode.yaml'));

  function edges(tree: XmlElement): XmlElement[] {
    return findAll(tree, (element) => element.name === 'g' && hasClass(element, 'ak-edge'));
  }

  it('branches yes and no to the outcomes the Besluit gives', () => {
    const found = edges(drawn.tree).map((edge) => [edge.attributes.get('data-from'), textOf(edge), edge.attributes.get('data-to')].join(' '));
    assert.deepEqual(found.sort(), [
      'end-help  q5',
      'q1 ja q2',
      'q1 nee end-close',
      'q2 ja end-report',
      'q2 nee q3',
      'q3 ja q4',
      'q3 nee end-report',
      'q4 ja end-help',
      'q4 nee end-report',
      'q5 ja end-close-help',
      'q5 nee end-report',
    ]);
  });

  it('ends in "melden bij Veilig Thuis", "hulp organiseren" and "afsluiten en vastleggen"', () => {
    const ends = findAll(drawn.tree, (element) => hasClass(element, 'ak-end'));
    const byId = new Map(ends.map((end) => [end.attributes.get('data-node'), end]));
    const title = (id: string): string => findAll(byId.get(id)!, (element) => hasClass(element, 'ak-end-title')).map(textOf).join(' ');
    assert.equal(title('end-report'), 'Melden bij Veilig Thuis');
    assert.equal(title('end-help'), 'Hulp organiseren');
    assert.equal(title('end-close'), 'Afsluiten en vastleggen');
    assert.equal(title('end-close-help'), 'Afsluiten en vastleggen');
    assert.deepEqual(
      ends.map((end) => `${end.attributes.get('data-node')}:${end.attributes.get('data-end')}`).sort(),
      ['end-close-help:close', 'end-close:close', 'end-help:help', 'end-report:report'],
    );
    assert.ok(lines(byId.get('end-report')!).join(' ').includes('Veilig Thuis IJsselland: 0800-2000'));
  });

  it('draws each edge from the border of its question to the border of its outcome', () => {
    const frames = new Map(
      findAll(drawn.tree, (element) => element.attributes.has('data-node')).map((node) => [node.attributes.get('data-node')!, frame(node)]),
    );
    for (const edge of edges(drawn.tree)) {
      const line = findAll(edge, (element) => element.name === 'line')[0];
      const from = frames.get(edge.attributes.get('data-from')!)!;
      const to = frames.get(edge.attributes.get('data-to')!)!;
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((name) => numberAttribute(line, name));
      const box = (rect: XmlElement): [number, number, number, number] => {
        const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => numberAttribute(rect, name));
        return [x, y, x + width, y + height];
      };
      const [fx0, fy0, fx1, fy1] = box(from);
      const [tx0, ty0, tx1, ty1] = box(to);
      const name = `${edge.attributes.get('data-from')}->${edge.attributes.get('data-to')}`;
      if (y1 === y2) {
        assert.equal(x1, fx1, `${name} leaves the right side`);
        assert.ok(Math.abs(x2 - tx0) <= 2, `${name} reaches the left side`);
        assert.ok(y1 > fy0 && y1 < fy1 && y2 > ty0 && y2 < ty1, `${name} runs between both boxes`);
      } else {
        assert.equal(x1, x2);
        assert.equal(y1, fy1, `${name} leaves the bottom`);
        assert.ok(Math.abs(y2 - ty0) <= 2, `${name} reaches the top`);
        assert.ok(x1 > fx0 && x1 < fx1 && x2 > tx0 && x2 < tx1);
      }
    }
  });

  it('speaks English with locale en', () => {
    const english = draw(fixture('missing-steps.meldcode.yaml'), 'en');
    assert.deepEqual([...new Set(edges(english.tree).map(textOf).filter((label) => label !== ''))].sort(), ['no', 'yes']);
    const titles = findAll(english.tree, (element) => hasClass(element, 'ak-end-title')).map(textOf);
    assert.deepEqual(titles.sort(), ['Close and record', 'Close and record', 'Organise help', 'Report to Veilig Thuis']);
    const missing = stepBoxes(english.routeMap)[2];
    const message = english.findings.find((finding) => finding.ruleId === 'step-missing')!.message.en;
    assert.equal(linesOfClass(missing, 'rk-problem-text').join(' '), message);
    assert.equal(linesOfClass(missing, 'rk-step-label')[0], 'STEP 3 · MISSING');
  });

  it('names the national Veilig Thuis number when the protocol has no Veilig Thuis contact point', () => {
    const bare = draw('meldcode: "1.0"\n');
    const report = findAll(bare.tree, (element) => element.attributes.get('data-node') === 'end-report')[0];
    assert.ok(lines(report).join(' ').includes('Veilig Thuis (landelijk): 0800-2000'), lines(report).join('|'));
  });
});
