import type { Locale } from '../engine';
import { isPlaceholderValue } from '../engine/placeholders';
import { label } from './strings';
import type { Paragraph } from './svg-kit';

/**
 * Example values of a template still in the protocol (rule placeholder-value) are marked where
 * the protocol is drawn or printed: a dotted underline (class "placeholder" in HTML,
 * "rk-placeholder" in the route map) and the word "voorbeeldwaarde" after them.
 */

/** The HTML of a value, marked when it is an example value; `html` is the value already escaped. */
export function markedHtml(value: string | undefined, html: string, locale: Locale): string {
  if (value === undefined || !isPlaceholderValue(value)) return html;
  return `<span class="placeholder">${html}</span> <span class="placeholder-label">(${label('exampleValue', locale)})</span>`;
}

/** A paragraph of the route map that shows `value`, marked when it is an example value. */
export function markedParagraph(paragraph: Paragraph, values: ReadonlyArray<string | undefined>, locale: Locale): Paragraph {
  if (!values.some((value) => value !== undefined && isPlaceholderValue(value))) return paragraph;
  return { ...paragraph, text: `${paragraph.text} (${label('exampleValue', locale)})`, className: `${paragraph.className} rk-placeholder` };
}
