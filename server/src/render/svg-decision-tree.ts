import type { Locale } from '../engine/types';
import { QUESTIONS, type QuestionKnowledge, type QuestionOutcome } from '../knowledge/afwegingskader';
import { escapeXml } from './escape';
import type { OutcomeView, QuestionView, RouteMapView, SourceLocation } from './route-map-view';
import { arrowMarker, attributes, drawText, layoutText, rect, sourceAttributes, svgOpen, type DrawOptions, type Paragraph } from './svg-kit';
import { label } from './strings';
import { decisionNodes, questionNodes, renderAppendixSvg, renderDecisionFlowSvg, writtenOutcomeParagraphs } from './svg-decision-flow';

/**
 * The afwegingskader as a decision tree. The branches follow the five questions as the sector
 * models word them (the NJi's explanation, the KNMG-meldcode; the Besluit verplichte meldcode asks
 * for the afwegingskader of the professional group, not for these questions): question 1 "no"
 * closes; question 2 "yes" and every later "no" lead to a report to Veilig Thuis; question 4 "yes"
 * organises help, after which question 5 "yes" closes.
 * The boxes are laid out for exactly that shape; the edges come from the knowledge base.
 */

export type EndKind = 'report' | 'help' | 'close';
export type Answer = 'yes' | 'no';

export interface TreeEdge {
  from: string;
  to: string;
  answer?: Answer;
}

/**
 * The tree's edges, from the knowledge base's outcomes of each question. Node ids are q1..q5 and
 * end-* for the outcomes; "close" after help (question 5) has a box of its own, below the help.
 */
export const DECISION_EDGES: readonly TreeEdge[] = decisionEdges(QUESTIONS);

function decisionEdges(questions: readonly QuestionKnowledge[]): TreeEdge[] {
  const edges: TreeEdge[] = [];
  for (const question of questions) {
    const from = `q${question.number}`;
    for (const answer of ['yes', 'no'] as const) {
      const outcome: QuestionOutcome = question[answer];
      switch (outcome.kind) {
        case 'question':
          edges.push({ from, to: `q${outcome.question}`, answer });
          break;
        case 'report':
          edges.push({ from, to: 'end-report', answer });
          break;
        case 'help':
          edges.push({ from, to: 'end-help', answer }, { from: 'end-help', to: `q${outcome.then}` });
          break;
        case 'close':
          edges.push({ from, to: question.number === 1 ? 'end-close' : 'end-close-help', answer });
          break;
      }
    }
  }
  return edges;
}

/** Whether every answer leads where the standard tree has it (the protocol's own outcomes included). */
function hasStandardShape(questions: readonly QuestionView[]): boolean {
  return QUESTIONS.every((standard) => {
    const question = questions[standard.number - 1];
    return (['yes', 'no'] as const).every((answer) => {
      const expected = standard[answer];
      const outcome = question?.outcomes[answer];
      if (!outcome) return false;
      switch (expected.kind) {
        case 'question':
          return outcome.kind === 'question' && outcome.target === expected.question;
        case 'help':
          return outcome.kind === 'help' && outcome.target === expected.then;
        default:
          return outcome.kind === expected.kind;
      }
    });
  });
}

const MARGIN = 16;
const QUESTION_WIDTH = 330;
const BRANCH_GAP = 84;
const END_WIDTH = 230;
const ROW_GAP = 40;
const PADDING = 12;
const ARROW_ID = 'ak-arrow';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function renderDecisionTreeSvg(view: RouteMapView, options: DrawOptions): string {
  const locale = view.locale;
  // Format 1.1: an afwegingskader kept in an appendix, the basismodel's two decisions, or
  // questions whose own outcomes lead elsewhere than the standard tree are drawn as the protocol routes them.
  const form = view.afwegingskader.form;
  if (form === 'appendix') return renderAppendixSvg(view, options);
  if (form === 'decisions') return renderDecisionFlowSvg(view, decisionNodes(view.afwegingskader.decisions, locale), label('afwegingskader', locale), options);
  if (!hasStandardShape(view.questions)) return renderDecisionFlowSvg(view, questionNodes(view.questions, locale), label('afwegingskader', locale), options);
  const mainX = MARGIN;
  const endX = MARGIN + QUESTION_WIDTH + BRANCH_GAP;
  const parts: string[] = [];
  const boxes = new Map<string, Box>();
  const question = (number: number): QuestionView => view.questions[number - 1];

  let y = MARGIN;
  const placeQuestion = (number: number): void => {
    const drawn = drawQuestion(question(number), mainX, y, locale, options);
    boxes.set(`q${number}`, { x: mainX, y, width: QUESTION_WIDTH, height: drawn.height });
    parts.push(drawn.svg);
  };

  // Row 1: question 1, with "no" closing on the right.
  placeQuestion(1);
  const close = drawEnd('end-close', 'close', label('endClose', locale), standardNote([question(1).outcomes.no], 'endCloseNote', locale), undefined, endX, y, options);
  boxes.set('end-close', { x: endX, y, width: END_WIDTH, height: close.height });
  parts.push(close.svg);
  y += Math.max(boxes.get('q1')!.height, close.height) + ROW_GAP;

  const reportTop = y;
  for (const number of [2, 3, 4]) {
    placeQuestion(number);
    y += boxes.get(`q${number}`)!.height + ROW_GAP;
  }
  const help = drawEnd('end-help', 'help', label('endHelp', locale), standardNote([question(4).outcomes.yes], 'endHelpNote', locale), undefined, mainX, y, options);
  boxes.set('end-help', { x: mainX, y, width: QUESTION_WIDTH, height: help.height });
  parts.push(help.svg);
  y += help.height + ROW_GAP;
  placeQuestion(5);
  const reportBottom = y + boxes.get('q5')!.height;
  y = reportBottom + ROW_GAP;
  const closeHelp = drawEnd('end-close-help', 'close', label('endClose', locale), standardNote([question(5).outcomes.yes], 'endCloseAfterHelpNote', locale), undefined, mainX, y, options);
  boxes.set('end-close-help', { x: mainX, y, width: QUESTION_WIDTH, height: closeHelp.height });
  parts.push(closeHelp.svg);
  const bottom = y + closeHelp.height;

  const veiligThuis = view.veiligThuis;
  const reportContact = veiligThuis
    ? { text: `${veiligThuis.name}: ${veiligThuis.phone ?? label('noPhone', locale)}`, location: veiligThuis.location }
    : { text: `${label('nationalVeiligThuis', locale)}: 0800-2000`, location: undefined };
  const reportNote = standardNote([question(2).outcomes.yes, question(3).outcomes.no, question(4).outcomes.no, question(5).outcomes.no], 'endReportNote', locale);
  const report = drawEnd('end-report', 'report', label('endReport', locale), reportNote, reportContact.text, endX, reportTop, options, reportBottom - reportTop, reportContact.location);
  boxes.set('end-report', { x: endX, y: reportTop, width: END_WIDTH, height: report.height });
  parts.push(report.svg);

  const edges = DECISION_EDGES.map((edge) => drawEdge(edge, boxes.get(edge.from)!, boxes.get(edge.to)!, locale));
  const width = endX + END_WIDTH + MARGIN;
  const height = Math.max(bottom, reportTop + report.height) + MARGIN;
  return (
    svgOpen('rk-decision-tree', width, height, label('afwegingskader', locale)) +
    `<defs>${arrowMarker(ARROW_ID)}</defs>` +
    edges.join('') +
    parts.join('') +
    '</svg>'
  );
}

function drawQuestion(question: QuestionView, x: number, y: number, locale: Locale, options: DrawOptions): { svg: string; height: number } {
  const heading = question.present
    ? `${label('question', locale)} ${question.number}`
    : `${label('question', locale)} ${question.number} · ${label('stepMissing', locale)}`;
  const paragraphs: Paragraph[] = [
    { text: heading.toUpperCase(), size: 11, className: 'rk-step-label' },
    { text: question.text, size: 13, className: question.textIsStandard ? 'rk-text rk-standard' : 'rk-text', maxLines: 6, gapBefore: 2 },
  ];
  if (!question.present && question.problem) {
    paragraphs.push({ text: question.problem, size: 12, className: 'rk-problem-text', maxLines: 8, gapBefore: 6 });
  }
  paragraphs.push(...writtenOutcomeParagraphs(question.outcomes, locale));
  const block = layoutText(paragraphs, QUESTION_WIDTH - 2 * PADDING);
  const height = block.height + 2 * PADDING;
  const tooltip = `${heading}: ${question.text}`;
  const svg =
    `<g${attributes({
      class: question.present ? 'rk-box ak-node ak-question' : 'rk-box ak-node ak-question rk-missing',
      'data-node': `q${question.number}`,
      'data-present': question.present ? 'true' : 'false',
      ...sourceAttributes(question.location, tooltip, options),
    })}>` +
    `<title>${escapeXml(tooltip)}</title>` +
    rect(x, y, QUESTION_WIDTH, height, question.present ? 'rk-frame' : 'rk-frame rk-missing-frame') +
    drawText(block, x + PADDING, y + PADDING) +
    '</g>';
  return { svg, height };
}

/**
 * The standard afwegingskader's explanation of an outcome, for an outcome the protocol does not
 * word itself. Where it does, its words stand in the question's box beside the arrow, and the
 * outcome's box carries no other text.
 */
function standardNote(outcomes: readonly OutcomeView[], key: 'endCloseNote' | 'endHelpNote' | 'endCloseAfterHelpNote' | 'endReportNote', locale: Locale): string | undefined {
  return outcomes.some((outcome) => outcome.written !== undefined) ? undefined : label(key, locale);
}

function drawEnd(
  id: string,
  kind: EndKind,
  title: string,
  note: string | undefined,
  contact: string | undefined,
  x: number,
  y: number,
  options: DrawOptions,
  minHeight = 0,
  location?: SourceLocation,
): { svg: string; height: number } {
  const width = id === 'end-report' || id === 'end-close' ? END_WIDTH : QUESTION_WIDTH;
  const paragraphs: Paragraph[] = [{ text: title, size: 14, className: 'ak-end-title', maxLines: 2 }];
  if (contact) paragraphs.push({ text: contact, size: 13, className: 'rk-text rk-contact', maxLines: 3, gapBefore: 4 });
  if (note) paragraphs.push({ text: note, size: 12, className: 'rk-text rk-standard ak-standard-note', maxLines: 6, gapBefore: 4 });
  const block = layoutText(paragraphs, width - 2 * PADDING);
  const height = Math.max(block.height + 2 * PADDING, minHeight);
  const located = location ? sourceAttributes(location, `${title}: ${contact ?? ''}`, options) : {};
  const svg =
    `<g${attributes({ class: `ak-node ak-end ak-end-${kind}${location ? ' rk-box' : ''}`, 'data-node': id, 'data-end': kind, ...located })}>` +
    rect(x, y, width, height, `rk-frame ak-end-frame`, 14) +
    drawText(block, x + PADDING, y + PADDING) +
    '</g>';
  return { svg, height };
}

function drawEdge(edge: TreeEdge, from: Box, to: Box, locale: Locale): string {
  const horizontal = to.x > from.x + from.width;
  let x1: number;
  let y1: number;
  let x2: number;
  let y2: number;
  let labelX: number;
  let labelY: number;
  let anchor: string;
  if (horizontal) {
    x1 = from.x + from.width;
    y1 = from.y + Math.min(from.height / 2, 40);
    x2 = to.x - 2;
    y2 = y1;
    labelX = (x1 + x2) / 2;
    labelY = y1 - 6;
    anchor = 'middle';
  } else {
    x1 = from.x + from.width / 2;
    y1 = from.y + from.height;
    x2 = x1;
    y2 = to.y - 2;
    labelX = x1 + 8;
    labelY = (y1 + y2) / 2 + 4;
    anchor = 'start';
  }
  const answer = edge.answer ? label(edge.answer, locale) : undefined;
  return (
    `<g${attributes({ class: 'ak-edge', 'data-from': edge.from, 'data-to': edge.to, 'data-answer': edge.answer })}>` +
    `<line${attributes({ class: 'rk-flow', x1, y1, x2, y2, 'marker-end': `url(#${ARROW_ID})` })}/>` +
    (answer ? `<text${attributes({ class: `ak-edge-label ak-edge-${edge.answer}`, x: labelX, y: labelY, 'text-anchor': anchor })}>${escapeXml(answer)}</text>` : '') +
    '</g>'
  );
}
