import type { Locale } from '../engine/types';
import { escapeXml } from './escape';

export interface HtmlHead {
  locale: Locale;
  /** The Content-Security-Policy, as markup for a double-quoted attribute (already escaped). */
  csp: string;
  title: string;
  css: string;
  /** Lets the inline style through a nonce-based policy. */
  styleNonce?: string;
}

/** The lines of an HTML page from the doctype to the end of its head, which the export and the webview share. */
export function htmlHeadLines(head: HtmlHead): string[] {
  const nonce = head.styleNonce === undefined ? '' : ` nonce="${escapeXml(head.styleNonce)}"`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${head.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${head.csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(head.title)}</title>`,
    `<style${nonce}>${head.css}</style>`,
    '</head>',
  ];
}
