import type { Block } from './blocks';

/** Lower case, without accents, for matching keywords ("vóór" is "voor", "Yılmaz" is "yilmaz"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase();
}

/** An id the schema accepts: lower-case letters, digits and single hyphens. */
export function slug(text: string, fallback: string): string {
  const made = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return made === '' ? fallback : made;
}

/** Hands out ids that are unique within one protocol (officers, contact points, routes and appendices share one space). */
export class IdPool {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** The text of a block as lines: a table gives one line per row, its cells joined by " | ". */
export function blockLines(block: Block): string[] {
  if (block.kind === 'table') return block.rows.map((row) => row.map((cell) => cell.replace(/\n/g, ' ')).join(' | '));
  return [block.text];
}

/** The text of a block as it goes into the protocol: list items keep a dash, table rows their cells. */
export function blockText(block: Block): string {
  if (block.kind === 'item') return `${'  '.repeat(block.depth)}- ${block.text.replace(/\n/g, ' ')}`;
  return blockLines(block).join('\n');
}

/** Paragraphs as one text, blank line between them. */
export function joinParagraphs(parts: readonly string[]): string {
  return parts.join('\n\n');
}
