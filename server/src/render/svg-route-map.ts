import type { Locale } from '../engine/types';
import { escapeXml } from './escape';
import { distinctKind, type ContactPointView, type ContactView, type OfficerView, type RouteMapView, type RouteStepView, type RouteView, type StepView, type SubstepView } from './route-map-view';
import { arrowMarker, attributes, drawText, layoutText, rect, sourceAttributes, svgOpen, type DrawOptions, type Paragraph } from './svg-kit';
import { textWidth as textWidthOf } from './text-layout';
import { label } from './strings';
import { markedParagraph } from './placeholder-mark';

/**
 * The route map: the steps top to bottom, each with its title, responsible role, time limit and
 * the people to call, sub-steps inside their step; beside them the attention officers and the
 * contact points. A protocol with routes (format 1.1) gets a lane for each: acute danger across
 * the top, before the steps, and every other route as a column beside the steps, above the
 * officers and contact points.
 */

const MARGIN = 16;
const STEP_WIDTH = 440;
/** The one column of a route map cut into pages: as wide as the printable width of A4 (680 px) less the margins. */
const STACKED_WIDTH = 648;
const COLUMN_GAP = 36;
const PANEL_WIDTH = 270;
const MIN_CARD_WIDTH = 200;
const STEP_GAP = 34;
const PADDING = 12;
const BADGE_SPACE = 44;
const CARD_GAP = 10;
const ARROW_ID = 'rk-arrow';
const LANE_WIDTH = 300;
const LANE_GAP = 24;
const INNER_GAP = 8;
const INNER_PADDING = 8;
const ROUTE_STEP_GAP = 22;

/** A part of the drawing and the rows it covers, from top to bottom. */
interface Piece {
  svg: string;
  top: number;
  bottom: number;
  /** Part of the officers and contact points beside or below the steps. */
  panel?: boolean;
}

interface RouteMapLayout {
  width: number;
  height: number;
  title: string;
  pieces: Piece[];
  /** Rows a cut across the drawing must not go through: boxes, cards, a route's heading. */
  atoms: Array<{ top: number; bottom: number }>;
}

export function renderRouteMapSvg(view: RouteMapView, options: DrawOptions): string {
  const layout = layoutRouteMap(view, options, 'beside');
  return drawSheet(layout, 0, layout.height, true);
}

const MIN_SHEET_SCALE = 0.75;

/**
 * The route map for paper: cut across into sheets that each fit a page of `page` (CSS pixels,
 * the drawing at most as wide as the page), between boxes, never through one. A drawing that
 * fits stays one sheet; a box taller than a page keeps its sheet, which the page then scales down.
 */
export function renderRouteMapSheets(view: RouteMapView, options: DrawOptions, page: { width: number; height: number }): string[] {
  const limit = (layout: RouteMapLayout): number => page.height / Math.min(1, page.width / layout.width);
  const beside = layoutRouteMap(view, options, 'beside');
  // One page, if the page need not shrink it below three quarters of its width.
  if (beside.height <= limit(beside) / MIN_SHEET_SCALE) return [drawSheet(beside, 0, beside.height, true)];
  // Too long for one page: everything in one column, where a cut between any two boxes is free.
  const stacked = layoutRouteMap(view, options, 'stacked');
  return sheetCuts(stacked.atoms, stacked.height, limit(stacked)).map(([top, bottom], index) => drawSheet(stacked, top, bottom, index === 0));
}

/** Where to cut: as low as fits on the sheet, in a gap between atoms; [top, bottom] of each sheet. */
export function sheetCuts(atoms: ReadonlyArray<{ top: number; bottom: number }>, height: number, limit: number): Array<[number, number]> {
  // The rows that atoms cover, merged: a cut may fall anywhere outside them.
  const covered: Array<{ top: number; bottom: number }> = [];
  for (const atom of [...atoms].sort((a, b) => a.top - b.top)) {
    const last = covered[covered.length - 1];
    if (last && atom.top <= last.bottom) last.bottom = Math.max(last.bottom, atom.bottom);
    else covered.push({ ...atom });
  }
  const sheets: Array<[number, number]> = [];
  let top = 0;
  let index = 0;
  while (height - top > limit) {
    let cut: number | undefined;
    // The last gap that ends the sheet low enough: halfway between one covered row and the next.
    for (let next = index; next < covered.length && covered[next].bottom <= top + limit; next++) {
      const following = covered[next + 1]?.top ?? height;
      if (covered[next].bottom > top) cut = Math.min(covered[next].bottom + (following - covered[next].bottom) / 2, top + limit);
      index = next + 1;
    }
    if (cut === undefined) {
      // One covered row taller than a sheet: it gets a sheet of its own.
      while (index < covered.length && covered[index].bottom <= top) index++;
      const row = covered[index];
      if (!row) break;
      cut = Math.min(height, row.bottom + ((covered[index + 1]?.top ?? height) - row.bottom) / 2);
      index++;
    }
    sheets.push([top, cut]);
    top = cut;
  }
  sheets.push([top, height]);
  return sheets;
}

/** The rows [top, bottom] of the drawing as one SVG; the arrow marker is defined on the first sheet only (ids are unique in a page). */
function drawSheet(layout: RouteMapLayout, top: number, bottom: number, first: boolean): string {
  const shown = layout.pieces.filter((piece) => piece.bottom > top && piece.top < bottom);
  const panel = shown.filter((piece) => piece.panel).map((piece) => piece.svg);
  return (
    svgOpen('rk-routemap', layout.width, bottom - top, layout.title, top) +
    (first ? `<defs>${arrowMarker(ARROW_ID)}</defs>` : '') +
    shown
      .filter((piece) => !piece.panel)
      .map((piece) => piece.svg)
      .join('') +
    (panel.length > 0 ? `<g class="rk-panel">${panel.join('')}</g>` : '') +
    '</svg>'
  );
}

/**
 * `beside`: the routes and the officers and contact points in a column beside the steps (the
 * screen, and a page that holds it all). `stacked`: all in the steps' column, one below the other,
 * for a drawing cut into pages.
 */
function layoutRouteMap(view: RouteMapView, options: DrawOptions, arrangement: 'beside' | 'stacked'): RouteMapLayout {
  const locale = view.locale;
  const pieces: Piece[] = [];
  const atoms: Array<{ top: number; bottom: number }> = [];
  const place = (svg: string, top: number, bottom: number, atom = true): void => {
    pieces.push({ svg, top, bottom });
    if (atom) atoms.push({ top, bottom });
  };
  const acuteRoutes = view.routes.filter((route) => route.acute);
  const lanes = view.routes.filter((route) => !route.acute);
  const rightWidth = lanes.length === 0 ? PANEL_WIDTH : Math.max(PANEL_WIDTH, lanes.length * LANE_WIDTH + (lanes.length - 1) * LANE_GAP);
  const stacked = arrangement === 'stacked';
  const stepWidth = stacked ? STACKED_WIDTH : STEP_WIDTH;
  const contentWidth = stacked ? STACKED_WIDTH : STEP_WIDTH + COLUMN_GAP + rightWidth;

  // Acute danger first: across the whole width, above the steps.
  let top = MARGIN;
  for (const route of acuteRoutes) {
    const drawn = drawAcuteRoute(route, MARGIN, top, contentWidth, locale, options);
    place(drawn.svg, top, top + drawn.height);
    top += drawn.height + STEP_GAP;
  }

  let y = top;
  const stepX = MARGIN;
  const boxes: Array<{ key: string; top: number; bottom: number }> = [];
  for (const step of view.steps) {
    const drawn = drawStep(step, stepX, y, stepWidth, locale, options);
    place(drawn.svg, y, y + drawn.height);
    boxes.push({ key: step.key, top: y, bottom: y + drawn.height });
    y += drawn.height + STEP_GAP;
  }
  const arrowX = stepX + stepWidth / 2;
  for (let index = 0; index + 1 < boxes.length; index++) {
    const line = `<line${attributes({
      class: 'rk-flow',
      'data-from': boxes[index].key,
      'data-to': boxes[index + 1].key,
      x1: arrowX,
      y1: boxes[index].bottom,
      x2: arrowX,
      y2: boxes[index + 1].top - 2,
      'marker-end': `url(#${ARROW_ID})`,
    })}/>`;
    place(line, boxes[index].bottom, boxes[index + 1].top, false);
  }
  const stepsBottom = boxes[boxes.length - 1].bottom;

  if (stacked) {
    // Each route below the steps, as wide as they are; then the officers and contact points.
    let bottom = stepsBottom;
    for (const route of lanes) {
      const drawn = drawRouteLane(route, stepX, bottom + STEP_GAP, STACKED_WIDTH, locale, options);
      place(drawn.svg, bottom + STEP_GAP, bottom + STEP_GAP + drawn.height, false);
      atoms.push(...drawn.atoms);
      bottom += STEP_GAP + drawn.height;
    }
    const panel = drawPanel(view, stepX, bottom + STEP_GAP, STACKED_WIDTH, locale, options);
    return finishLayout(view, pieces, atoms, panel, MARGIN + contentWidth + MARGIN, panel.bottom + MARGIN);
  }

  // The other routes side by side beside the steps; the officers and contact points below them.
  // A lane may be cut between its own steps, not through them.
  const rightX = MARGIN + STEP_WIDTH + COLUMN_GAP;
  let lanesBottom = top;
  lanes.forEach((route, index) => {
    const drawn = drawRouteLane(route, rightX + index * (LANE_WIDTH + LANE_GAP), top, LANE_WIDTH, locale, options);
    place(drawn.svg, top, top + drawn.height, false);
    atoms.push(...drawn.atoms);
    lanesBottom = Math.max(lanesBottom, top + drawn.height);
  });
  // The officers and contact points go below the route lanes, or below the steps when the
  // lanes are the longer column: whichever keeps the map shorter.
  let panel = drawPanel(view, rightX, lanes.length === 0 ? top : lanesBottom + STEP_GAP, PANEL_WIDTH, locale, options);
  if (lanes.length > 0 && lanesBottom > stepsBottom) {
    const below = drawPanel(view, stepX, stepsBottom + STEP_GAP, STEP_WIDTH, locale, options);
    if (below.bottom < Math.max(panel.bottom, stepsBottom)) panel = below;
  }
  return finishLayout(view, pieces, atoms, panel, MARGIN + contentWidth + MARGIN, Math.max(stepsBottom, lanesBottom, panel.bottom) + MARGIN);
}

function finishLayout(view: RouteMapView, pieces: Piece[], atoms: RouteMapLayout['atoms'], panel: { pieces: Piece[] }, width: number, height: number): RouteMapLayout {
  for (const piece of panel.pieces) {
    pieces.push({ ...piece, panel: true });
    atoms.push({ top: piece.top, bottom: piece.bottom });
  }
  const title = `${label('routeMap', view.locale)}: ${view.organisation.name ?? label('unnamedOrganisation', view.locale)}`;
  return { width, height, title, pieces, atoms };
}

function drawStep(step: StepView, x: number, y: number, width: number, locale: Locale, options: DrawOptions): { svg: string; height: number } {
  const textWidth = width - BADGE_SPACE - PADDING;
  const heading = step.present ? step.heading : `${step.heading} · ${label('stepMissing', locale)}`;
  const paragraphs: Paragraph[] = [
    { text: heading.toUpperCase(), size: 11, className: 'rk-step-label' },
    { text: step.title, size: 15, className: step.titleIsStandard && step.present ? 'rk-step-title rk-standard' : 'rk-step-title', maxLines: 3, gapBefore: 2 },
  ];
  if (step.present) {
    paragraphs.push({
      text: `${label('responsible', locale)}: ${step.responsible ?? label('responsibleUnknown', locale)}`,
      size: 13,
      className: step.responsible ? 'rk-text' : 'rk-text rk-warning-text',
      maxLines: 3,
      gapBefore: 4,
    });
    if (step.deadline) paragraphs.push(deadlineParagraph(step.deadline, 13, locale));
    if (step.actions.length > 0 && !options.withoutActions) {
      paragraphs.push({ text: label('actions', locale), size: 11, className: 'rk-step-label', gapBefore: 6 });
      paragraphs.push(...actionParagraphs(step.actions, 13));
    }
    if (step.contacts.length > 0) {
      paragraphs.push({ text: label('call', locale), size: 11, className: 'rk-step-label', gapBefore: 6 });
      for (const contact of step.contacts) paragraphs.push(contactParagraph(contact, locale));
    }
  } else if (step.problem) {
    paragraphs.push({ text: step.problem, size: 13, className: 'rk-problem-text', maxLines: 6, gapBefore: 6 });
  }
  const block = layoutText(paragraphs, textWidth);

  // Sub-steps (5a, 5b) inside their step, below its text.
  const parts: string[] = [];
  let innerY = y + PADDING + block.height;
  for (const substep of step.present ? step.substeps : []) {
    innerY += INNER_GAP;
    const drawn = drawSubstep(substep, x + BADGE_SPACE, innerY, width - BADGE_SPACE - PADDING, locale, options);
    parts.push(drawn.svg);
    innerY += drawn.height;
  }
  const height = Math.max(innerY - y + PADDING, 56);
  const className = step.present ? 'rk-box rk-step' : 'rk-box rk-step rk-missing';
  const tooltip = step.present ? `${heading}: ${step.title}` : `${heading}: ${step.problem ?? step.title}`;
  const svg =
    `<g${attributes({ class: className, 'data-step': step.key, 'data-present': step.present ? 'true' : 'false', ...sourceAttributes(step.location, tooltip, options) })}>` +
    `<title>${escapeXml(tooltip)}</title>` +
    rect(x, y, width, height, step.present ? 'rk-frame' : 'rk-frame rk-missing-frame') +
    badge(step.numbers, x + 24, y + 26) +
    drawText(block, x + BADGE_SPACE, y + PADDING) +
    parts.join('') +
    '</g>';
  return { svg, height };
}

/** The step's number in a circle; merged steps ("4–5") in a pill as wide as the numbers. */
function badge(numbers: readonly number[], cx: number, cy: number): string {
  const text = numbers.join('–');
  if (numbers.length === 1) {
    return (
      `<circle${attributes({ class: 'rk-badge', cx, cy, r: 14 })}/>` +
      `<text${attributes({ class: 'rk-badge-text', x: cx, y: cy + 5, 'text-anchor': 'middle' })}>${escapeXml(text)}</text>`
    );
  }
  // Within the badge column: from 6 px inside the frame to 3 px before the text.
  const width = Math.min(BADGE_SPACE - 9, Math.max(28, textWidthOf(text, 12, true) + 8));
  const left = cx - 24 + 6;
  return (
    `<rect${attributes({ class: 'rk-badge', x: left, y: cy - 13, width, height: 26, rx: 13 })}/>` +
    `<text${attributes({ class: 'rk-badge-text rk-badge-wide', x: left + width / 2, y: cy + 4, 'text-anchor': 'middle' })}>${escapeXml(text)}</text>`
  );
}

function drawSubstep(substep: SubstepView, x: number, y: number, width: number, locale: Locale, options: DrawOptions): { svg: string; height: number } {
  const heading = [label('substep', locale), substep.id].filter((part) => part !== undefined).join(' ');
  const paragraphs: Paragraph[] = [{ text: heading.toUpperCase(), size: 11, className: 'rk-step-label' }];
  if (substep.title) paragraphs.push({ text: substep.title, size: 13, className: 'rk-card-title', maxLines: 3, gapBefore: 1 });
  if (substep.responsible) paragraphs.push({ text: `${label('responsible', locale)}: ${substep.responsible}`, size: 12, className: 'rk-text', maxLines: 2, gapBefore: 2 });
  if (substep.deadline) paragraphs.push(deadlineParagraph(substep.deadline, 12, locale));
  if (!options.withoutActions) paragraphs.push(...actionParagraphs(substep.actions, 12));
  for (const contact of substep.contacts) paragraphs.push(contactParagraph(contact, locale, 12));
  const block = layoutText(paragraphs, width - 2 * INNER_PADDING);
  const height = block.height + 2 * INNER_PADDING;
  const tooltip = substep.title ? `${heading}: ${substep.title}` : heading;
  const svg =
    `<g${attributes({ class: 'rk-box rk-substep', 'data-substep': substep.id, ...sourceAttributes(substep.location, tooltip, options) })}>` +
    rect(x, y, width, height, 'rk-frame rk-inner-frame', 4) +
    drawText(block, x + INNER_PADDING, y + INNER_PADDING) +
    '</g>';
  return { svg, height };
}

/** Each action as a bullet; a long one ends in "…" after four lines (the export prints it whole). */
function actionParagraphs(actions: readonly string[], size: number): Paragraph[] {
  return actions.map((action) => ({ text: `• ${action}`, size, className: 'rk-text rk-action', maxLines: 4, gapBefore: 2 }));
}

function deadlineParagraph(deadline: string, size: number, locale: Locale): Paragraph {
  return { text: `${label('deadline', locale)}: ${deadline}`, size, className: 'rk-text rk-deadline', maxLines: 2, gapBefore: 2 };
}

/**
 * Acute danger, across the top: what to do on the left, whom to call on the right, in a frame
 * that stands out. It comes before the steps.
 */
function drawAcuteRoute(route: RouteView, x: number, y: number, width: number, locale: Locale, options: DrawOptions): { svg: string; height: number } {
  const callWidth = route.contacts.length > 0 ? Math.round(width * 0.42) : 0;
  const textX = x + BADGE_SPACE;
  const textWidth = width - BADGE_SPACE - PADDING - (callWidth > 0 ? callWidth + PADDING : 0);
  const heading = `${route.kindLabel ?? label('route', locale)} · ${label('acuteFirst', locale)}`;
  const paragraphs: Paragraph[] = [
    { text: heading.toUpperCase(), size: 11, className: 'rk-step-label rk-acute-label' },
    { text: route.title, size: 15, className: 'rk-step-title', maxLines: 3, gapBefore: 2 },
    ...routeBody(route, locale, 13),
  ];
  for (const step of route.steps) {
    const number = step.number === undefined ? '' : `${step.number}. `;
    paragraphs.push({ text: `${number}${step.title}`, size: 13, className: 'rk-text rk-strong-line', maxLines: 3, gapBefore: 4 });
    if (step.responsible) paragraphs.push({ text: `${label('responsible', locale)}: ${step.responsible}`, size: 12, className: 'rk-muted', maxLines: 2 });
    if (step.deadline) paragraphs.push(deadlineParagraph(step.deadline, 12, locale));
    for (const contact of step.contacts) paragraphs.push(contactParagraph(contact, locale, 12));
  }
  const block = layoutText(paragraphs, textWidth);
  const calls = layoutText(
    route.contacts.length > 0 ? [{ text: label('call', locale), size: 11, className: 'rk-step-label' }, ...route.contacts.map((contact) => contactParagraph(contact, locale, 14))] : [],
    callWidth,
  );
  const height = Math.max(block.height, calls.height) + 2 * PADDING;
  const svg =
    `<g${attributes({ class: 'rk-box rk-route rk-route-acute', 'data-route': route.id, 'data-kind': route.kind, ...sourceAttributes(route.location, `${heading}: ${route.title}`, options) })}>` +
    `<title>${escapeXml(`${heading}: ${route.title}`)}</title>` +
    rect(x, y, width, height, 'rk-frame rk-acute-frame') +
    warningSign(x + 24, y + 26) +
    drawText(block, textX, y + PADDING) +
    (callWidth > 0 ? drawText(calls, x + width - PADDING - callWidth, y + PADDING) : '') +
    '</g>';
  return { svg, height };
}

/** A warning triangle with an exclamation mark, drawn (no font needs to have the sign). */
function warningSign(cx: number, cy: number): string {
  const d = `M${cx},${cy - 15} L${cx + 16},${cy + 13} L${cx - 16},${cy + 13} Z`;
  return (
    `<path${attributes({ class: 'rk-acute-sign', d })}/>` +
    `<text${attributes({ class: 'rk-badge-text', x: cx, y: cy + 10, 'text-anchor': 'middle' })}>!</text>`
  );
}

/** Responsible role, description and actions of a route. */
function routeBody(route: RouteView, locale: Locale, size: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (route.responsible) paragraphs.push({ text: `${label('responsible', locale)}: ${route.responsible}`, size, className: 'rk-text', maxLines: 3, gapBefore: 4 });
  if (route.description) paragraphs.push({ text: route.description, size: size - 1, className: 'rk-muted', maxLines: 5, gapBefore: 4 });
  route.actions.forEach((action, index) =>
    paragraphs.push({ text: `• ${action}`, size: size - 1, className: 'rk-text', maxLines: 4, gapBefore: index === 0 ? 6 : 2 }),
  );
  return paragraphs;
}

/** A route beside the steps: its title, kind, responsible role, actions, whom to call, and its own steps. */
function drawRouteLane(
  route: RouteView,
  x: number,
  y: number,
  width: number,
  locale: Locale,
  options: DrawOptions,
): { svg: string; height: number; atoms: Array<{ top: number; bottom: number }> } {
  const heading = `${label('route', locale)} · ${route.kindLabel ?? ''}`.replace(/ · $/, '');
  const paragraphs: Paragraph[] = [
    { text: heading.toUpperCase(), size: 11, className: 'rk-step-label' },
    { text: route.title, size: 15, className: 'rk-step-title', maxLines: 4, gapBefore: 2 },
    ...routeBody(route, locale, 13),
  ];
  if (route.contacts.length > 0) {
    paragraphs.push({ text: label('call', locale), size: 11, className: 'rk-step-label', gapBefore: 6 });
    for (const contact of route.contacts) paragraphs.push(contactParagraph(contact, locale));
  }
  const block = layoutText(paragraphs, width - 2 * PADDING);
  const parts: string[] = [];
  let innerY = y + PADDING + block.height;
  const stepBoxes: Array<{ top: number; bottom: number; number?: number }> = [];
  route.steps.forEach((step, index) => {
    innerY += index === 0 ? INNER_GAP + 2 : ROUTE_STEP_GAP;
    const drawn = drawRouteStep(step, x + PADDING, innerY, width - 2 * PADDING, locale, options);
    parts.push(drawn.svg);
    stepBoxes.push({ top: innerY, bottom: innerY + drawn.height, number: step.number });
    innerY += drawn.height;
  });
  for (let index = 0; index + 1 < stepBoxes.length; index++) {
    parts.push(
      `<line${attributes({
        class: 'rk-flow',
        x1: x + width / 2,
        y1: stepBoxes[index].bottom,
        x2: x + width / 2,
        y2: stepBoxes[index + 1].top - 2,
        'marker-end': `url(#${ARROW_ID})`,
      })}/>`,
    );
  }
  const height = innerY - y + PADDING;
  const tooltip = `${heading}: ${route.title}`;
  const atoms = [{ top: y, bottom: y + PADDING + block.height }, ...stepBoxes.map((box) => ({ top: box.top, bottom: box.bottom }))];
  const svg =
    `<g${attributes({ class: `rk-box rk-route rk-route-lane`, 'data-route': route.id, 'data-kind': route.kind, ...sourceAttributes(route.location, tooltip, options) })}>` +
    `<title>${escapeXml(tooltip)}</title>` +
    rect(x, y, width, height, 'rk-frame rk-route-frame') +
    drawText(block, x + PADDING, y + PADDING) +
    parts.join('') +
    '</g>';
  return { svg, height, atoms };
}

function drawRouteStep(step: RouteStepView, x: number, y: number, width: number, locale: Locale, options: DrawOptions): { svg: string; height: number } {
  const heading = step.number === undefined ? label('step', locale) : `${label('step', locale)} ${step.number}`;
  const paragraphs: Paragraph[] = [
    { text: heading.toUpperCase(), size: 11, className: 'rk-step-label' },
    { text: step.title, size: 13, className: 'rk-card-title', maxLines: 3, gapBefore: 1 },
  ];
  if (step.responsible) paragraphs.push({ text: `${label('responsible', locale)}: ${step.responsible}`, size: 12, className: 'rk-text', maxLines: 2, gapBefore: 2 });
  if (step.deadline) paragraphs.push(deadlineParagraph(step.deadline, 12, locale));
  paragraphs.push(...actionParagraphs(step.actions, 12));
  for (const contact of step.contacts) paragraphs.push({ ...contactParagraph(contact, locale, 12), maxLines: 4 });
  const block = layoutText(paragraphs, width - 2 * INNER_PADDING);
  const height = block.height + 2 * INNER_PADDING;
  const svg =
    `<g${attributes({ class: 'rk-box rk-route-step', 'data-route-step': step.number, ...sourceAttributes(step.location, `${heading}: ${step.title}`, options) })}>` +
    rect(x, y, width, height, 'rk-frame rk-inner-frame', 4) +
    drawText(block, x + INNER_PADDING, y + INNER_PADDING) +
    '</g>';
  return { svg, height };
}

function contactParagraph(contact: ContactView, locale: Locale, size = 13): Paragraph {
  if (!contact.found) {
    return { text: `${contact.id}: ${label('unknownReference', locale)}`, size, className: 'rk-text rk-problem-text', maxLines: 2, gapBefore: 1 };
  }
  const who = contact.role ? `${contact.name} (${contact.role})` : contact.name;
  if (!contact.phone) {
    return markedParagraph({ text: `${who}: ${label('noPhone', locale)}`, size, className: 'rk-text rk-warning-text', maxLines: 3, gapBefore: 1 }, [contact.name], locale);
  }
  // The number first, in bold: it is what staff look for, and it is never cut off.
  return markedParagraph({ text: `${contact.phone} – ${who}`, emphasis: contact.phone, size, className: 'rk-text rk-call', maxLines: 3, gapBefore: 1 }, [contact.phone, contact.name], locale);
}

/** The officers and contact points: headings and rows of cards, each a piece of its own. */
function drawPanel(view: RouteMapView, x: number, top: number, width: number, locale: Locale, options: DrawOptions): { pieces: Piece[]; bottom: number } {
  const pieces: Piece[] = [];
  let y = top;
  const heading = (text: string): void => {
    const block = layoutText([{ text, size: 14, className: 'rk-panel-heading' }], width);
    pieces.push({ svg: drawText(block, x, y), top: y, bottom: y + block.height });
    y += block.height + 6;
  };
  const note = (text: string): void => {
    const block = layoutText([{ text, size: 12, className: 'rk-text rk-warning-text' }], width);
    pieces.push({ svg: drawText(block, x, y), top: y, bottom: y + block.height });
    y += block.height + CARD_GAP;
  };

  // As wide as the steps (below them), the cards stand two by two.
  const columns = width >= 2 * MIN_CARD_WIDTH + CARD_GAP ? 2 : 1;
  const cardWidth = (width - (columns - 1) * CARD_GAP) / columns;
  const cards = <T extends OfficerView | ContactPointView>(items: readonly T[], paragraphs: (item: T) => Paragraph[], className: string): void => {
    for (let index = 0; index < items.length; index += columns) {
      let rowHeight = 0;
      const row: string[] = [];
      items.slice(index, index + columns).forEach((item, column) => {
        const card = drawCard(paragraphs(item), className, item.location, item.name, x + column * (cardWidth + CARD_GAP), y, cardWidth, options);
        row.push(card.svg);
        rowHeight = Math.max(rowHeight, card.height);
      });
      pieces.push({ svg: row.join(''), top: y, bottom: y + rowHeight });
      y += rowHeight + CARD_GAP;
    }
  };

  // A one-person practice has no attention officers: no empty panel for them.
  if (!(view.organisation.selfEmployed && view.officers.length === 0)) {
    heading(label('officers', locale));
    if (view.officers.length === 0) note(label('noOfficers', locale));
    cards(view.officers, (officer) => officerParagraphs(officer, locale), 'rk-officer');
    y += 12;
  }
  heading(label('contactPoints', locale));
  if (view.contactPoints.length === 0) note(label('noContactPoints', locale));
  cards(view.contactPoints, (point) => contactPointParagraphs(point, locale), 'rk-contact-point');
  return { pieces, bottom: y - CARD_GAP };
}

function officerParagraphs(officer: OfficerView, locale: Locale): Paragraph[] {
  const paragraphs: Paragraph[] = [markedParagraph({ text: officer.name, size: 13, className: 'rk-card-title', maxLines: 2 }, [officer.name], locale)];
  if (officer.position) paragraphs.push(markedParagraph({ text: officer.position, size: 12, className: 'rk-muted', maxLines: 2 }, [officer.position], locale));
  paragraphs.push(phoneParagraph(officer.phone, locale));
  if (officer.email) paragraphs.push(markedParagraph({ text: officer.email, size: 12, className: 'rk-text', maxLines: 2 }, [officer.email], locale));
  if (officer.availability) paragraphs.push({ text: officer.availability, size: 12, className: 'rk-muted', maxLines: 2 });
  if (officer.deputy) paragraphs.push({ text: `${label('deputy', locale)}: ${officer.deputy}`, size: 12, className: 'rk-muted', maxLines: 2 });
  return paragraphs;
}

function contactPointParagraphs(point: ContactPointView, locale: Locale): Paragraph[] {
  const paragraphs: Paragraph[] = [markedParagraph({ text: point.name, size: 13, className: 'rk-card-title', maxLines: 2 }, [point.name], locale)];
  const kind = distinctKind(point);
  if (kind) paragraphs.push({ text: kind, size: 12, className: 'rk-muted', maxLines: 1 });
  paragraphs.push(phoneParagraph(point.phone, locale));
  if (point.availability) paragraphs.push({ text: point.availability, size: 12, className: 'rk-muted', maxLines: 2 });
  return paragraphs;
}

function phoneParagraph(phone: string | undefined, locale: Locale): Paragraph {
  return phone
    ? markedParagraph({ text: `${label('phone', locale)}: ${phone}`, size: 13, className: 'rk-text rk-contact', maxLines: 2 }, [phone], locale)
    : { text: label('noPhone', locale), size: 12, className: 'rk-text rk-warning-text', maxLines: 1 };
}

function drawCard(
  paragraphs: Paragraph[],
  kindClass: string,
  location: RouteMapView['officers'][number]['location'],
  name: string,
  x: number,
  y: number,
  width: number,
  options: DrawOptions,
): { svg: string; height: number } {
  const inner = 10;
  const block = layoutText(paragraphs, width - 2 * inner);
  const height = block.height + 2 * inner - 2;
  const svg =
    `<g${attributes({ class: `rk-box rk-card ${kindClass}`, ...sourceAttributes(location, name, options) })}>` +
    rect(x, y, width, height, 'rk-frame rk-card-frame', 4) +
    drawText(block, x + inner, y + inner - 2) +
    '</g>';
  return { svg, height };
}
