import type { Locale } from '../engine/types';
import { escapeXml } from './escape';
import { outcomeLabel, type DecisionView, type OutcomeKind, type OutcomeView, type QuestionView, type RouteMapView, type SourceLocation } from './route-map-view';
import { arrowMarker, attributes, drawText, layoutText, rect, sourceAttributes, svgOpen, type DrawOptions, type Paragraph } from './svg-kit';
import { label } from './strings';

/**
 * The afwegingskader as the protocol itself routes it: questions (or the basismodel's two
 * decisions) top to bottom, each answer leading where the protocol says. An answer that leads to
 * the next question runs straight down; one that leads to another question runs along the left;
 * one that leads to an outcome (melden, melden en hulp, hulp, afsluiten) ends in a box of its own
 * to the right of its question. Help decided before the last question goes on to that question.
 * The five questions in their standard shape keep the tree of svg-decision-tree.ts.
 */

const MARGIN = 16;
const NODE_WIDTH = 330;
const BRANCH_GAP = 84;
const END_WIDTH = 230;
const ROW_GAP = 40;
const END_GAP = 10;
const PADDING = 12;
const GUTTER_BASE = 36;
const GUTTER_STEP = 14;
const ARROW_ID = 'ak-arrow';

type Answer = 'yes' | 'no';

/** A question or a decision, as the flow draws it. */
export interface FlowNode {
  /** q1..q5 or d1, d2. */
  id: string;
  number: number;
  heading: string;
  present: boolean;
  text: string;
  textIsStandard: boolean;
  problem?: string;
  conditions: string[];
  explanation?: string;
  outcomes: { yes: OutcomeView; no: OutcomeView };
  location: SourceLocation;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function questionNodes(questions: readonly QuestionView[], locale: Locale): FlowNode[] {
  return questions.map((question) => ({
    id: `q${question.number}`,
    number: question.number,
    heading: `${label('question', locale)} ${question.number}`,
    present: question.present,
    text: question.text,
    textIsStandard: question.textIsStandard,
    problem: question.problem,
    conditions: [],
    outcomes: question.outcomes,
    location: question.location,
  }));
}

export function decisionNodes(decisions: readonly DecisionView[], locale: Locale): FlowNode[] {
  return decisions.map((decision) => ({
    id: `d${decision.number}`,
    number: decision.number,
    heading: `${label('decision', locale)} ${decision.number}`,
    present: decision.present,
    text: decision.text,
    textIsStandard: decision.textIsStandard,
    problem: decision.problem,
    conditions: decision.conditions,
    explanation: decision.explanation,
    outcomes: decision.outcomes,
    location: decision.location,
  }));
}

/** The protocol's own words for an outcome, shown in its question's box (a value's meaning is in the drawing). */
export function writtenOutcomeParagraphs(outcomes: { yes: OutcomeView; no: OutcomeView }, locale: Locale): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const answer of ['yes', 'no'] as const) {
    const outcome = outcomes[answer];
    if (outcome.written === undefined || outcome.source === 'value') continue;
    paragraphs.push({
      text: `${label(answer === 'yes' ? 'ifYes' : 'ifNo', locale)}: ${outcome.written}`,
      size: 12,
      className: 'rk-text ak-outcome-text',
      maxLines: 3,
      gapBefore: 4,
    });
  }
  return paragraphs;
}

export function renderDecisionFlowSvg(view: RouteMapView, nodes: readonly FlowNode[], title: string, options: DrawOptions): string {
  const locale = view.locale;
  const position = new Map(nodes.map((node, index) => [node.number, index]));
  const targetIndex = (outcome: OutcomeView): number | undefined => (outcome.kind === 'question' && outcome.target !== undefined ? position.get(outcome.target) : undefined);

  // Answers that skip ahead or go back run along the left, each in a lane of its own.
  const gutterEdges: Array<{ from: number; answer: Answer; to: number }> = [];
  nodes.forEach((node, index) => {
    for (const answer of ['yes', 'no'] as const) {
      const to = targetIndex(node.outcomes[answer]);
      if (to !== undefined && to !== index + 1) gutterEdges.push({ from: index, answer, to });
    }
  });
  const mainX = MARGIN + (gutterEdges.length > 0 ? GUTTER_BASE + (gutterEdges.length - 1) * GUTTER_STEP : 0);
  const endX = mainX + NODE_WIDTH + BRANCH_GAP;

  const parts: string[] = [];
  const edges: string[] = [];
  const nodeBoxes: Box[] = [];
  const ends: Array<{ box: Box; from: number; answer: Answer; outcome: OutcomeView; id: string }> = [];
  let y = MARGIN;
  nodes.forEach((node, index) => {
    const drawn = drawNode(node, mainX, y, locale, options);
    parts.push(drawn.svg);
    const box = { x: mainX, y, width: NODE_WIDTH, height: drawn.height };
    nodeBoxes.push(box);
    let endY = y;
    for (const answer of ['yes', 'no'] as const) {
      const outcome = node.outcomes[answer];
      if (outcome.kind === 'question') continue;
      const id = `end-${outcome.kind}-${node.id}-${answer}`;
      const end = drawEnd(id, outcome, view, endX, 0, options);
      // The first outcome box stands level with the arrow that leaves its question.
      const top = endY === y ? Math.max(y, y + Math.min(drawn.height / 2, 40) - Math.min(end.height / 2, 30)) : endY;
      parts.push(drawEnd(id, outcome, view, endX, top, options).svg);
      ends.push({ box: { x: endX, y: top, width: END_WIDTH, height: end.height }, from: index, answer, outcome, id });
      endY = top + end.height + END_GAP;
    }
    y += Math.max(drawn.height, endY - END_GAP - y) + ROW_GAP;
  });
  const bottom = y - ROW_GAP;

  // Straight down to the next question.
  nodes.forEach((node, index) => {
    for (const answer of ['yes', 'no'] as const) {
      const outcome = node.outcomes[answer];
      if (targetIndex(outcome) !== index + 1) continue;
      const from = nodeBoxes[index];
      const to = nodeBoxes[index + 1];
      const x = from.x + from.width / 2;
      edges.push(edge(node.id, nodes[index + 1].id, answer, outcome, [[x, from.y + from.height], [x, to.y - 2]], [x + 8, (from.y + from.height + to.y) / 2 + 4], 'start', locale));
    }
  });

  // To an outcome on the right: straight across when the box is level, else with a bend.
  const sideCount = new Map<number, number>();
  for (const end of ends) {
    const from = nodeBoxes[end.from];
    const count = sideCount.get(end.from) ?? 0;
    sideCount.set(end.from, count + 1);
    const startY = Math.min(from.y + Math.min(from.height / 2, 40) + count * 24, from.y + from.height - 8);
    const x1 = from.x + from.width;
    const x2 = end.box.x - 2;
    const level = startY > end.box.y + 6 && startY < end.box.y + end.box.height - 6;
    const endY = level ? startY : end.box.y + Math.min(end.box.height / 2, 30);
    const bendX = x1 + BRANCH_GAP / 2 - 14;
    const points: Array<[number, number]> = level ? [[x1, startY], [x2, endY]] : [[x1, startY], [bendX, startY], [bendX, endY], [x2, endY]];
    const labelAt: [number, number] = level ? [(x1 + x2) / 2, startY - 6] : [(bendX + x2) / 2, endY - 6];
    edges.push(edge(nodes[end.from].id, end.id, end.answer, end.outcome, points, labelAt, 'middle', locale));
  }

  // Along the left, to a question further on or back.
  const entries = new Map<number, number>();
  gutterEdges.forEach((gutter, lane) => {
    const from = nodeBoxes[gutter.from];
    const to = nodeBoxes[gutter.to];
    const laneX = MARGIN + lane * GUTTER_STEP;
    const startY = from.y + Math.min(from.height - 8, 18 + (gutter.answer === 'yes' ? 0 : 14));
    const entered = entries.get(gutter.to) ?? 0;
    entries.set(gutter.to, entered + 1);
    const endY = to.y + Math.min(to.height - 8, 30 + entered * 12);
    const outcome = nodes[gutter.from].outcomes[gutter.answer];
    edges.push(
      edge(nodes[gutter.from].id, nodes[gutter.to].id, gutter.answer, outcome, [[from.x, startY], [laneX, startY], [laneX, endY], [to.x - 2, endY]], [from.x - 4, startY - 5], 'end', locale),
    );
  });

  // Help decided before the last question goes on to it: out of the help box on the right, down
  // beside the outcomes, and into the top of that question, crossing no other arrow.
  const rightGutterX = endX + END_WIDTH + 14;
  let continued = false;
  for (const end of ends) {
    if (end.outcome.kind !== 'help' || end.outcome.target === undefined) continue;
    const to = position.get(end.outcome.target);
    if (to === undefined || to <= end.from) continue;
    continued = true;
    const target = nodeBoxes[to];
    const startY = end.box.y + end.box.height / 2;
    const entryX = mainX + NODE_WIDTH - 30;
    const aboveY = target.y - 14;
    edges.push(
      `<g${attributes({ class: 'ak-edge ak-edge-then', 'data-from': end.id, 'data-to': nodes[to].id })}>` +
        `<path${attributes({ class: 'rk-flow ak-flow-path', d: pathData([[end.box.x + end.box.width, startY], [rightGutterX, startY], [rightGutterX, aboveY], [entryX, aboveY], [entryX, target.y - 2]]), 'marker-end': `url(#${ARROW_ID})` })}/>` +
        '</g>',
    );
  }

  const width = endX + END_WIDTH + (continued ? 14 : 0) + MARGIN;
  const lastEnd = ends.reduce((lowest, end) => Math.max(lowest, end.box.y + end.box.height), 0);
  const height = Math.max(bottom, lastEnd) + MARGIN;
  return svgOpen('rk-decision-tree ak-flow', width, height, title) + `<defs>${arrowMarker(ARROW_ID)}</defs>` + edges.join('') + parts.join('') + '</svg>';
}

/** The afwegingskader kept elsewhere: one box that says where. */
export function renderAppendixSvg(view: RouteMapView, options: DrawOptions): string {
  const locale = view.locale;
  const framework = view.afwegingskader;
  const where = framework.appendix
    ? label('afwegingskaderSee', locale, { appendix: framework.model ? `${framework.appendix} (${framework.model})` : framework.appendix })
    : framework.model
      ? label('afwegingskaderModel', locale, { model: framework.model })
      : label('afwegingskaderUnnamed', locale);
  const width = 520;
  const block = layoutText(
    [
      { text: where, size: 15, className: 'rk-step-title', maxLines: 4 },
      { text: label('appendixDescription', locale), size: 12, className: 'rk-muted', maxLines: 3, gapBefore: 6 },
    ],
    width - 2 * PADDING,
  );
  const height = block.height + 2 * PADDING;
  return (
    svgOpen('rk-decision-tree ak-appendix-drawing', width + 2 * MARGIN, height + 2 * MARGIN, label('afwegingskader', locale)) +
    `<g${attributes({ class: 'rk-box ak-node ak-appendix', 'data-node': 'appendix', ...sourceAttributes(framework.location, where, options) })}>` +
    `<title>${escapeXml(where)}</title>` +
    rect(MARGIN, MARGIN, width, height, 'rk-frame ak-appendix-frame') +
    drawText(block, MARGIN + PADDING, MARGIN + PADDING) +
    '</g></svg>'
  );
}

function drawNode(node: FlowNode, x: number, y: number, locale: Locale, options: DrawOptions): { svg: string; height: number } {
  const heading = node.present ? node.heading : `${node.heading} · ${label('stepMissing', locale)}`;
  const paragraphs: Paragraph[] = [
    { text: heading.toUpperCase(), size: 11, className: 'rk-step-label' },
    { text: node.text, size: 13, className: node.textIsStandard ? 'rk-text rk-standard' : 'rk-text', maxLines: 6, gapBefore: 2 },
  ];
  if (!node.present && node.problem) paragraphs.push({ text: node.problem, size: 12, className: 'rk-problem-text', maxLines: 8, gapBefore: 6 });
  if (node.conditions.length > 0) {
    paragraphs.push({ text: label('conditions', locale).toUpperCase(), size: 11, className: 'rk-step-label', gapBefore: 6 });
    node.conditions.forEach((condition) => paragraphs.push({ text: `• ${condition}`, size: 12, className: 'rk-text', maxLines: 3, gapBefore: 1 }));
  }
  if (node.explanation) paragraphs.push({ text: node.explanation, size: 12, className: 'rk-muted', maxLines: 3, gapBefore: 4 });
  paragraphs.push(...writtenOutcomeParagraphs(node.outcomes, locale));
  const block = layoutText(paragraphs, NODE_WIDTH - 2 * PADDING);
  const height = block.height + 2 * PADDING;
  const tooltip = `${heading}: ${node.text}`;
  const svg =
    `<g${attributes({
      class: node.present ? 'rk-box ak-node ak-question' : 'rk-box ak-node ak-question rk-missing',
      'data-node': node.id,
      'data-present': node.present ? 'true' : 'false',
      ...sourceAttributes(node.location, tooltip, options),
    })}>` +
    `<title>${escapeXml(tooltip)}</title>` +
    rect(x, y, NODE_WIDTH, height, node.present ? 'rk-frame' : 'rk-frame rk-missing-frame') +
    drawText(block, x + PADDING, y + PADDING) +
    '</g>';
  return { svg, height };
}

/** The class suffix of an outcome box: the report colours for both kinds of report. */
const END_CLASS: Readonly<Record<Exclude<OutcomeKind, 'question'>, string>> = {
  report: 'report',
  'report-help': 'report',
  help: 'help',
  close: 'close',
};

function drawEnd(id: string, outcome: OutcomeView, view: RouteMapView, x: number, y: number, options: DrawOptions): { svg: string; height: number } {
  const locale = view.locale;
  const kind = outcome.kind as Exclude<OutcomeKind, 'question'>;
  const title = outcomeLabel(kind, locale);
  const paragraphs: Paragraph[] = [{ text: title, size: 14, className: 'ak-end-title', maxLines: 2 }];
  let location: SourceLocation | undefined;
  if (kind === 'report' || kind === 'report-help') {
    const veiligThuis = view.veiligThuis;
    const contact = veiligThuis
      ? `${veiligThuis.name}: ${veiligThuis.phone ?? label('noPhone', locale)}`
      : `${label('nationalVeiligThuis', locale)}: 0800-2000`;
    location = veiligThuis?.location;
    paragraphs.push({ text: contact, size: 13, className: 'rk-text rk-contact', maxLines: 3, gapBefore: 4 });
  }
  if (kind === 'report-help') paragraphs.push({ text: label('endReportHelpNote', locale), size: 12, className: 'rk-text', maxLines: 4, gapBefore: 4 });
  if (kind === 'help' && outcome.target !== undefined) {
    paragraphs.push({ text: label('endHelpThen', locale, { question: String(outcome.target) }), size: 12, className: 'rk-text', maxLines: 2, gapBefore: 4 });
  }
  const block = layoutText(paragraphs, END_WIDTH - 2 * PADDING);
  const height = block.height + 2 * PADDING;
  const located = location ? sourceAttributes(location, title, options) : {};
  const svg =
    `<g${attributes({ class: `ak-node ak-end ak-end-${END_CLASS[kind]}${kind === 'report-help' ? ' ak-end-report-help' : ''}${location ? ' rk-box' : ''}`, 'data-node': id, 'data-end': kind, ...located })}>` +
    rect(x, y, END_WIDTH, height, 'rk-frame ak-end-frame', 14) +
    drawText(block, x + PADDING, y + PADDING) +
    '</g>';
  return { svg, height };
}

function edge(
  from: string,
  to: string,
  answer: Answer,
  outcome: OutcomeView,
  points: ReadonlyArray<[number, number]>,
  labelAt: [number, number],
  anchor: string,
  locale: Locale,
): string {
  const line =
    points.length === 2
      ? `<line${attributes({ class: 'rk-flow', x1: points[0][0], y1: points[0][1], x2: points[1][0], y2: points[1][1], 'marker-end': `url(#${ARROW_ID})` })}/>`
      : `<path${attributes({ class: 'rk-flow ak-flow-path', d: pathData(points), 'marker-end': `url(#${ARROW_ID})` })}/>`;
  return (
    `<g${attributes({ class: 'ak-edge', 'data-from': from, 'data-to': to, 'data-answer': answer, 'data-outcome': outcome.written ?? outcome.kind, 'data-source': outcome.source })}>` +
    line +
    `<text${attributes({ class: `ak-edge-label ak-edge-${answer}`, x: labelAt[0], y: labelAt[1], 'text-anchor': anchor })}>${escapeXml(label(answer, locale))}</text>` +
    '</g>'
  );
}

function pathData(points: ReadonlyArray<[number, number]>): string {
  return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).join(' ');
}
