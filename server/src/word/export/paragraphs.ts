import { HeadingLevel, Paragraph, TextRun, type IRunOptions } from 'docx';

/** The paragraphs the Word export is made of: headings, text, labelled lines, bullets, problems. */

/** Red, as the printable HTML marks what is missing or unknown. */
export const PROBLEM_COLOUR = 'B71C1C';
export const META_COLOUR = '555555';

/**
 * Characters XML 1.0 forbids (C0 controls other than tab and line breaks, lone surrogates,
 * U+FFFE/U+FFFF): one of them in document.xml and Word refuses to open the file.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** A text as runs: a line break in the protocol's text is a line break in Word. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .replace(XML_FORBIDDEN, '')
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

export function heading(text: string, level: 1 | 2 | 3, options: { pageBreakBefore?: boolean; italic?: boolean } = {}): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({
    heading: levels[level],
    pageBreakBefore: options.pageBreakBefore,
    children: textRuns(text, options.italic ? { italics: true } : {}),
  });
}

/** A text of the protocol: its blank lines separate paragraphs. */
export function textParagraphs(text: string, style: RunStyle = {}): Paragraph[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .filter((part) => part.trim() !== '')
    .map((part) => new Paragraph({ children: textRuns(part, style) }));
}

/** "Verantwoordelijk: intern begeleider", the label in bold. */
export function labelled(name: string, value: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ ...style, text: `${name}: `, bold: true }), ...textRuns(value, style)] });
}

export function bullets(items: readonly string[], style: RunStyle = {}): Paragraph[] {
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: textRuns(item, style) }));
}

/** What the check found missing or wrong, in red as in the printable HTML. */
export function problem(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text, { bold: true, color: PROBLEM_COLOUR }) });
}

export function meta(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text, { color: META_COLOUR }) });
}
