import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { DocumentLink } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';
import { isValidDutchPhoneNumber } from '../engine/phone';

const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN_PART = /[A-Za-z0-9-]/;
/** Dutch phone numbers in running text: 0800-2000, 030-1234567, 06 12345678, +31 (0)30 123 4567. */
const PHONE_IN_TEXT = /(?<![\w+])(?:\+31|0031|0)[\d\s\-.()/]{3,16}\d(?![\w])/g;

/**
 * Document links: e-mail addresses open a mail (mailto:), phone numbers can be called
 * (tel:, digits only). A `telefoon` value is a link as a whole; in other texts the
 * addresses and numbers are found where they stand.
 */
export function documentLinks(document: ProtocolDocument): DocumentLink[] {
  const { text, positions, yaml } = document;
  if (!yaml) return [];
  const links: DocumentLink[] = [];
  const add = (start: number, end: number, target: string): void => {
    links.push({ range: positions.range(start, end), target });
  };
  // Walk the tree with a stack (faster than visit, and safe on deep nesting), knowing each value's key.
  const stack: Array<{ node: unknown; key: string | undefined }> = [{ node: yaml.contents, key: undefined }];
  while (stack.length > 0) {
    const { node, key } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) stack.push({ node: pair.value, key: isScalar(pair.key) ? String(pair.key.value) : undefined });
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, key });
    } else if (isScalar(node)) {
      scalarLinks(node, key);
    }
  }

  function scalarLinks(node: Scalar, keyName: string | undefined): void {
    if (!node.range || (typeof node.value !== 'string' && typeof node.value !== 'number')) return;
    const [start, end] = innerOffsets(node);
    const source = text.slice(start, end);
    if (keyName === 'telefoon') {
      const target = telTarget(source);
      if (target) add(start, end, target);
      return;
    }
    if (typeof node.value !== 'string') return;
    for (const [from, to] of emailAddresses(source)) add(start + from, start + to, `mailto:${source.slice(from, to)}`);
    if (/\d\d/.test(source)) {
      PHONE_IN_TEXT.lastIndex = 0;
      for (let match = PHONE_IN_TEXT.exec(source); match; match = PHONE_IN_TEXT.exec(source)) {
        const number = match[0].replace(/[\s\-.(/]+$/, '');
        if (!isValidDutchPhoneNumber(number)) continue;
        const target = telTarget(number);
        if (target) add(start + match.index, start + match.index + number.length, target);
      }
    }
  }
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * Where e-mail addresses stand in a text: what `/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g`
 * finds, in one pass. That pattern tries every letter of a long word as the start of an address
 * and reads on to the @ each time: 80,000 letters before an @ took 13 seconds.
 */
export function emailAddresses(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let searchedTo = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at < searchedTo) continue;
    // The address starts where the run of local-part characters before the @ starts
    // (not before the end of the previous address).
    let from = at;
    while (from > searchedTo && LOCAL_PART.test(text[from - 1])) from--;
    if (from === at) continue;
    // A domain: labels joined by dots, at least two, as long as they go.
    let to = at + 1;
    let labels = 0;
    for (;;) {
      let end = to;
      while (end < text.length && DOMAIN_PART.test(text[end])) end++;
      if (end === to) break;
      labels++;
      to = end;
      if (text[to] !== '.' || !DOMAIN_PART.test(text[to + 1] ?? '')) break;
      to++;
    }
    if (labels < 2) continue;
    found.push([from, to]);
    searchedTo = to;
  }
  return found;
}

/** `tel:` with the digits of a number, keeping a leading + and dropping the (0) of +31 (0)30. */
function telTarget(written: string): string | undefined {
  const compact = written.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  const digits = compact.startsWith('+') ? `+${compact.slice(1).replace(/\+/g, '')}` : compact.replace(/\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
}

function innerOffsets(node: Scalar): [number, number] {
  const [start, end] = node.range!;
  if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && end - start >= 2) return [start + 1, end - 1];
  return [start, end];
}
