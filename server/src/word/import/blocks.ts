/**
 * The document as a flat list of blocks, read from the HTML that mammoth writes. Mammoth's
 * output is a small, closed and well-formed set of tags (p, h1-h6, ul/ol/li, table/tr/td/th,
 * inline strong/em/a/br ...) with its text escaped, so one pass over its tags is enough: each
 * tag and each piece of text is looked at once, whatever the size of the document.
 */

export type Block =
  | { kind: 'heading'; level: number; text: string; routeKind?: 'sport' | 'overig'; exportedAppendix?: boolean }
  | { kind: 'paragraph'; text: string; bold: boolean }
  | { kind: 'item'; depth: number; ordered: boolean; text: string }
  | { kind: 'table'; rows: string[][] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Spaces of any kind (Word's non-breaking ones too) as one space; line breaks kept. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

interface OpenList {
  ordered: boolean;
}

interface TableBuilder {
  rows: string[][];
  row?: string[];
  cell?: string[];
}

/** Reads mammoth's HTML into blocks, in document order. */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const lists: OpenList[] = [];
  const tables: TableBuilder[] = [];
  let text: string[] | undefined;
  let leaf: 'p' | 'h' | 'li' | undefined;
  let headingLevel = 0;
  let boldDepth = 0;
  let boldChars = 0;
  let plainChars = 0;

  const startLeaf = (kind: 'p' | 'h' | 'li'): void => {
    text = [];
    leaf = kind;
    boldChars = 0;
    plainChars = 0;
  };
  const flushLeaf = (): void => {
    if (text === undefined || leaf === undefined) return;
    const content = tidy(text.join(''));
    const kind = leaf;
    text = undefined;
    leaf = undefined;
    if (content === '') return;
    const table = tables[tables.length - 1];
    if (table?.cell !== undefined) {
      table.cell.push(content);
      return;
    }
    if (kind === 'h') blocks.push({ kind: 'heading', level: headingLevel, text: content });
    else if (kind === 'li') blocks.push({ kind: 'item', depth: Math.max(0, lists.length - 1), ordered: lists[lists.length - 1]?.ordered ?? false, text: content });
    else blocks.push({ kind: 'paragraph', text: content, bold: boldChars > 0 && plainChars === 0 });
  };

  const pattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+)/g;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    if (match[3] !== undefined) {
      const piece = decodeEntities(match[3]);
      if (text === undefined) {
        // Text outside any paragraph (mammoth writes none, but a cell may hold bare text).
        if (tables.length > 0 && tables[tables.length - 1].cell !== undefined && piece.trim() !== '') tables[tables.length - 1].cell!.push(tidy(piece));
        continue;
      }
      text.push(piece);
      const visible = piece.replace(/\s+/g, '').length;
      if (boldDepth > 0) boldChars += visible;
      else plainChars += visible;
      continue;
    }
    const closing = match[1] === '/';
    const tag = match[2].toLowerCase();
    if (/^h[1-6]$/.test(tag)) {
      if (closing) flushLeaf();
      else {
        flushLeaf();
        headingLevel = Number(tag[1]);
        startLeaf('h');
      }
    } else if (tag === 'p') {
      if (closing) flushLeaf();
      else if (leaf !== 'li') {
        flushLeaf();
        startLeaf('p');
      } else text?.push('\n');
    } else if (tag === 'li') {
      flushLeaf();
      if (!closing) startLeaf('li');
    } else if (tag === 'ul' || tag === 'ol') {
      flushLeaf();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol' });
    } else if (tag === 'br') {
      text?.push('\n');
    } else if (tag === 'strong' || tag === 'b') {
      boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
    } else if (tag === 'table') {
      flushLeaf();
      if (!closing) {
        const outer = tables[tables.length - 1];
        // A table inside a cell is read as text of that cell.
        if (outer?.cell !== undefined) tables.push({ rows: [], cell: outer.cell });
        else tables.push({ rows: [] });
      } else {
        const done = tables.pop();
        if (done && tables.length === 0 && done.rows.length > 0) blocks.push({ kind: 'table', rows: done.rows });
      }
    } else if (tag === 'tr') {
      const table = tables[tables.length - 1];
      if (table === undefined || tables.length > 1) continue;
      if (closing) {
        if (table.row && table.row.some((cell) => cell !== '')) table.rows.push(table.row);
        table.row = undefined;
      } else table.row = [];
    } else if (tag === 'td' || tag === 'th') {
      flushLeaf();
      const table = tables[tables.length - 1];
      if (table === undefined || tables.length > 1) continue;
      if (closing) {
        table.row?.push((table.cell ?? []).join('\n'));
        table.cell = undefined;
      } else table.cell = [];
    }
  }
  flushLeaf();
  return blocks;
}
