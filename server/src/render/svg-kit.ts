import { escapeXml } from './escape';
import type { SourceLocation } from './route-map-view';
import { wrapText } from './text-layout';

/** Small building blocks for the drawings: attribute lists, text blocks, boxes. */

export interface DrawOptions {
  /** Boxes get tabindex and a button role, for the webview where a click reveals the YAML. */
  interactive: boolean;
  /** On paper the route map leaves out the steps' actions: the step plan after it prints them in full. */
  withoutActions?: boolean;
}

export type AttributeValue = string | number | undefined;

export function attributes(values: Readonly<Record<string, AttributeValue>>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? formatNumber(value) : value)}"`)
    .join('');
}

function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The attributes that tie a box to its YAML: read by the webview to reveal and select it. */
export function sourceAttributes(location: SourceLocation, label: string, options: DrawOptions): Record<string, AttributeValue> {
  return {
    'data-line': location.line,
    'data-offset': location.offset,
    'data-end-offset': location.endOffset,
    'data-level': location.level,
    tabindex: options.interactive ? 0 : undefined,
    role: options.interactive ? 'button' : undefined,
    'aria-label': options.interactive ? label : undefined,
  };
}

/** One paragraph of a text block: wrapped to the block's width when laid out. */
export interface Paragraph {
  text: string;
  size: number;
  className: string;
  maxLines?: number;
  /** Measured as bold text; by default taken from the class. */
  bold?: boolean;
  /** Extra space above this paragraph. */
  gapBefore?: number;
  /** A start of the text drawn in bold, such as a phone number before a name. */
  emphasis?: string;
}

export interface LaidOutLine {
  text: string;
  size: number;
  className: string;
  /** Baseline, relative to the block's top. */
  baseline: number;
  emphasis?: string;
}

export interface TextBlock {
  lines: LaidOutLine[];
  height: number;
}

const LINE_HEIGHT = 1.35;
/** Classes the stylesheet sets in bold (or semi-bold, or spaced out). */
const BOLD_CLASSES = new Set(['rk-step-label', 'rk-step-title', 'rk-card-title', 'ak-end-title', 'rk-contact', 'rk-panel-heading', 'rk-strong-line']);

function isBold(className: string): boolean {
  return className.split(' ').some((name) => BOLD_CLASSES.has(name));
}

export function layoutText(paragraphs: readonly Paragraph[], width: number): TextBlock {
  const lines: LaidOutLine[] = [];
  let y = 0;
  for (const paragraph of paragraphs) {
    y += paragraph.gapBefore ?? 0;
    const bold = paragraph.bold ?? (isBold(paragraph.className) || paragraph.emphasis !== undefined);
    const wrapped = wrapText(paragraph.text, width, paragraph.size, { maxLines: paragraph.maxLines, bold });
    wrapped.forEach((text, index) => {
      const emphasis = index === 0 && paragraph.emphasis && text.startsWith(paragraph.emphasis) ? paragraph.emphasis : undefined;
      lines.push({ text, size: paragraph.size, className: paragraph.className, baseline: y + paragraph.size * 1.05, emphasis });
      y += paragraph.size * LINE_HEIGHT;
    });
  }
  // Whole pixels, so that boxes stacked on one another share exact edges.
  return { lines, height: Math.ceil(y) };
}

export function drawText(block: TextBlock, x: number, top: number): string {
  return block.lines
    .map((line) => {
      const content = line.emphasis
        ? `<tspan class="rk-strong">${escapeXml(line.emphasis)}</tspan>${escapeXml(line.text.slice(line.emphasis.length))}`
        : escapeXml(line.text);
      return `<text${attributes({ class: line.className, x, y: top + line.baseline, 'font-size': line.size })}>${content}</text>`;
    })
    .join('');
}

export function rect(x: number, y: number, width: number, height: number, className: string, radius = 6): string {
  return `<rect${attributes({ class: className, x, y, width, height, rx: radius })}/>`;
}

export function arrowMarker(id: string): string {
  return (
    `<marker${attributes({ id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })}>` +
    `<path class="rk-arrowhead" d="M0,0 L10,5 L0,10 z"/></marker>`
  );
}

/** The opening tag and title of a drawing; `top` shows it from that row down (one sheet of a longer drawing). */
export function svgOpen(className: string, width: number, height: number, title: string, top = 0): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
      class: `rk-svg ${className}`,
      viewBox: `0 ${formatNumber(top)} ${formatNumber(width)} ${formatNumber(height)}`,
      width,
      height,
      role: 'img',
    })}><title>${escapeXml(title)}</title>`
  );
}
