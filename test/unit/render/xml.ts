/**
 * A small, strict XML reader for the tests: it throws on anything that is not well-formed
 * (an unescaped "<" or "&", an unknown entity, mismatched tags), so a drawing that parses
 * here is safe to embed, and the element tree lets the tests look at boxes and edges.
 */

export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;]*);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new Error(`bare "&" near offset ${at}`);
    if (name in ENTITIES) return ENTITIES[name];
    const numeric = /^#(\d+)$/.exec(name) ?? /^#x([0-9a-f]+)$/i.exec(name);
    if (numeric) return String.fromCodePoint(parseInt(numeric[1], name.startsWith('#x') ? 16 : 10));
    throw new Error(`unknown entity "${whole}" near offset ${at}`);
  });
}

export function parseXml(source: string): XmlElement {
  let position = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${position}: ${JSON.stringify(source.slice(position, position + 40))}`);
  };

  function element(): XmlElement {
    const open = /^<([A-Za-z][\w:-]*)/.exec(source.slice(position));
    if (!open) return fail('expected an element');
    position += open[0].length;
    const node: XmlElement = { name: open[1], attributes: new Map(), children: [] };
    for (;;) {
      const space = /^\s*/.exec(source.slice(position))![0];
      position += space.length;
      if (source.startsWith('/>', position)) {
        position += 2;
        return node;
      }
      if (source.startsWith('>', position)) {
        position += 1;
        break;
      }
      if (space === '') fail('expected whitespace before an attribute');
      const attribute = /^([A-Za-z_:][\w:.-]*)="([^"<]*)"/.exec(source.slice(position));
      if (!attribute) fail('malformed attribute');
      if (node.attributes.has(attribute![1])) fail(`duplicate attribute ${attribute![1]}`);
      node.attributes.set(attribute![1], decode(attribute![2], position));
      position += attribute![0].length;
    }
    for (;;) {
      if (source.startsWith(`</${node.name}>`, position)) {
        position += node.name.length + 3;
        return node;
      }
      if (source.startsWith('</', position)) fail(`mismatched closing tag for <${node.name}>`);
      if (source.startsWith('<', position)) {
        node.children.push(element());
        continue;
      }
      const end = source.indexOf('<', position);
      if (end === -1) fail(`unclosed <${node.name}>`);
      const raw = source.slice(position, end);
      if (raw.includes('>')) fail('bare ">" in text');
      node.children.push(decode(raw, position));
      position = end;
    }
  }

  const root = element();
  if (position !== source.length) fail('content after the root element');
  return root;
}

export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** All elements below (and including) node, in document order, that match. */
export function findAll(node: XmlElement, match: (element: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (current: XmlElement): void => {
    if (match(current)) found.push(current);
    for (const child of current.children) if (typeof child !== 'string') walk(child);
  };
  walk(node);
  return found;
}

export function hasClass(element: XmlElement, name: string): boolean {
  return (element.attributes.get('class') ?? '').split(/\s+/).includes(name);
}

/** The texts of the <text> lines of an element (not its <title> tooltip). */
export function lines(element: XmlElement): string[] {
  return findAll(element, (child) => child.name === 'text').map(textOf);
}

export function numberAttribute(element: XmlElement, name: string): number {
  const value = element.attributes.get(name);
  if (value === undefined) throw new Error(`<${element.name}> has no ${name}`);
  return Number(value);
}
