import type { Locale } from '../engine/types';
import { escapeXml } from './escape';
import type { ContactPointView, ContactView, OfficerView, RouteMapView, StepView } from './route-map-view';
import { arrowMarker, attributes, drawText, layoutText, rect, sourceAttributes, svgOpen, type DrawOptions, type Paragraph } from './svg-kit';
import { label } from './strings';

/**
 * The route map: the five steps top to bottom, each with its title, responsible role and the
 * people to call; beside them the attention officers and the contact points.
 */

const MARGIN = 16;
const STEP_WIDTH = 440;
const COLUMN_GAP = 36;
const PANEL_WIDTH = 270;
const STEP_GAP = 34;
const PADDING = 12;
const BADGE_SPACE = 44;
const CARD_GAP = 10;
const ARROW_ID = 'rk-arrow';

export function renderRouteMapSvg(view: RouteMapView, options: DrawOptions): string {
  const locale = view.locale;
  const parts: string[] = [];
  let y = MARGIN;
  const stepX = MARGIN;
  const boxes: Array<{ top: number; bottom: number }> = [];
  for (const step of view.steps) {
    const drawn = drawStep(step, stepX, y, locale, options);
    parts.push(drawn.svg);
    boxes.push({ top: y, bottom: y + drawn.height });
    y += drawn.height + STEP_GAP;
  }
  const arrowX = stepX + STEP_WIDTH / 2;
  for (let index = 0; index + 1 < boxes.length; index++) {
    parts.push(
      `<line${attributes({
        class: 'rk-flow',
        'data-from': index + 1,
        'data-to': index + 2,
        x1: arrowX,
        y1: boxes[index].bottom,
        x2: arrowX,
        y2: boxes[index + 1].top - 2,
        'marker-end': `url(#${ARROW_ID})`,
      })}/>`,
    );
  }
  const stepsBottom = boxes[boxes.length - 1].bottom;

  const panel = drawPanel(view, MARGIN + STEP_WIDTH + COLUMN_GAP, MARGIN, locale, options);
  const width = MARGIN + STEP_WIDTH + COLUMN_GAP + PANEL_WIDTH + MARGIN;
  const height = Math.max(stepsBottom, panel.bottom) + MARGIN;
  return (
    svgOpen('rk-routemap', width, height, `${label('routeMap', locale)}: ${view.organisation.name ?? label('unnamedOrganisation', locale)}`) +
    `<defs>${arrowMarker(ARROW_ID)}</defs>` +
    parts.join('') +
    panel.svg +
    '</svg>'
  );
}

function drawStep(step: StepView, x: number, y: number, locale: Locale, options: DrawOptions): { svg: string; height: number } {
  const textWidth = STEP_WIDTH - BADGE_SPACE - PADDING;
  const heading = step.present
    ? `${label('step', locale)} ${step.number}`
    : `${label('step', locale)} ${step.number} · ${label('stepMissing', locale)}`;
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
    if (step.contacts.length > 0) {
      paragraphs.push({ text: label('call', locale), size: 11, className: 'rk-step-label', gapBefore: 6 });
      for (const contact of step.contacts) paragraphs.push(contactParagraph(contact, locale));
    }
  } else if (step.problem) {
    paragraphs.push({ text: step.problem, size: 13, className: 'rk-problem-text', maxLines: 6, gapBefore: 6 });
  }
  const block = layoutText(paragraphs, textWidth);
  const height = Math.max(block.height + 2 * PADDING, 56);
  const className = step.present ? 'rk-box rk-step' : 'rk-box rk-step rk-missing';
  const tooltip = step.present ? `${heading}: ${step.title}` : `${heading}: ${step.problem ?? step.title}`;
  const svg =
    `<g${attributes({ class: className, 'data-step': step.number, 'data-present': step.present ? 'true' : 'false', ...sourceAttributes(step.location, tooltip, options) })}>` +
    `<title>${escapeXml(tooltip)}</title>` +
    rect(x, y, STEP_WIDTH, height, step.present ? 'rk-frame' : 'rk-frame rk-missing-frame') +
    `<circle${attributes({ class: 'rk-badge', cx: x + 24, cy: y + 26, r: 14 })}/>` +
    `<text${attributes({ class: 'rk-badge-text', x: x + 24, y: y + 31, 'text-anchor': 'middle' })}>${step.number}</text>` +
    drawText(block, x + BADGE_SPACE, y + PADDING) +
    '</g>';
  return { svg, height };
}

function contactParagraph(contact: ContactView, locale: Locale): Paragraph {
  if (!contact.found) {
    return { text: `${contact.id}: ${label('unknownReference', locale)}`, size: 13, className: 'rk-text rk-problem-text', maxLines: 2, gapBefore: 1 };
  }
  const who = contact.role ? `${contact.name} (${contact.role})` : contact.name;
  if (!contact.phone) {
    return { text: `${who}: ${label('noPhone', locale)}`, size: 13, className: 'rk-text rk-warning-text', maxLines: 3, gapBefore: 1 };
  }
  // The number first, in bold: it is what staff look for, and it is never cut off.
  return { text: `${contact.phone} – ${who}`, emphasis: contact.phone, size: 13, className: 'rk-text rk-call', maxLines: 3, gapBefore: 1 };
}

function drawPanel(view: RouteMapView, x: number, top: number, locale: Locale, options: DrawOptions): { svg: string; bottom: number } {
  const parts: string[] = [];
  let y = top;
  const heading = (text: string): void => {
    const block = layoutText([{ text, size: 14, className: 'rk-panel-heading' }], PANEL_WIDTH);
    parts.push(drawText(block, x, y));
    y += block.height + 6;
  };
  const note = (text: string): void => {
    const block = layoutText([{ text, size: 12, className: 'rk-text rk-warning-text' }], PANEL_WIDTH);
    parts.push(drawText(block, x, y));
    y += block.height + CARD_GAP;
  };

  const cards = <T extends OfficerView | ContactPointView>(items: readonly T[], paragraphs: (item: T) => Paragraph[], className: string): void => {
    for (const item of items) {
      const card = drawCard(paragraphs(item), className, item.location, item.name, x, y, options);
      parts.push(card.svg);
      y += card.height + CARD_GAP;
    }
  };

  heading(label('officers', locale));
  if (view.officers.length === 0) note(label('noOfficers', locale));
  cards(view.officers, (officer) => officerParagraphs(officer, locale), 'rk-officer');
  y += 12;
  heading(label('contactPoints', locale));
  if (view.contactPoints.length === 0) note(label('noContactPoints', locale));
  cards(view.contactPoints, (point) => contactPointParagraphs(point, locale), 'rk-contact-point');
  return { svg: `<g class="rk-panel">${parts.join('')}</g>`, bottom: y - CARD_GAP };
}

function officerParagraphs(officer: OfficerView, locale: Locale): Paragraph[] {
  const paragraphs: Paragraph[] = [{ text: officer.name, size: 13, className: 'rk-card-title', maxLines: 2 }];
  if (officer.position) paragraphs.push({ text: officer.position, size: 12, className: 'rk-muted', maxLines: 2 });
  paragraphs.push(phoneParagraph(officer.phone, locale));
  if (officer.email) paragraphs.push({ text: officer.email, size: 12, className: 'rk-text', maxLines: 2 });
  if (officer.availability) paragraphs.push({ text: officer.availability, size: 12, className: 'rk-muted', maxLines: 2 });
  if (officer.deputy) paragraphs.push({ text: `${label('deputy', locale)}: ${officer.deputy}`, size: 12, className: 'rk-muted', maxLines: 2 });
  return paragraphs;
}

function contactPointParagraphs(point: ContactPointView, locale: Locale): Paragraph[] {
  const paragraphs: Paragraph[] = [{ text: point.name, size: 13, className: 'rk-card-title', maxLines: 2 }];
  if (point.kindLabel && point.kindLabel !== point.name) paragraphs.push({ text: point.kindLabel, size: 12, className: 'rk-muted', maxLines: 1 });
  paragraphs.push(phoneParagraph(point.phone, locale));
  if (point.availability) paragraphs.push({ text: point.availability, size: 12, className: 'rk-muted', maxLines: 2 });
  return paragraphs;
}

function phoneParagraph(phone: string | undefined, locale: Locale): Paragraph {
  return phone
    ? { text: `${label('phone', locale)}: ${phone}`, size: 13, className: 'rk-text rk-contact', maxLines: 2 }
    : { text: label('noPhone', locale), size: 12, className: 'rk-text rk-warning-text', maxLines: 1 };
}

function drawCard(
  paragraphs: Paragraph[],
  kindClass: string,
  location: RouteMapView['officers'][number]['location'],
  name: string,
  x: number,
  y: number,
  options: DrawOptions,
): { svg: string; height: number } {
  const inner = 10;
  const block = layoutText(paragraphs, PANEL_WIDTH - 2 * inner);
  const height = block.height + 2 * inner - 2;
  const svg =
    `<g${attributes({ class: `rk-box rk-card ${kindClass}`, ...sourceAttributes(location, name, options) })}>` +
    rect(x, y, PANEL_WIDTH, height, 'rk-frame rk-card-frame', 4) +
    drawText(block, x + inner, y + inner - 2) +
    '</g>';
  return { svg, height };
}
