/**
 * A small strict XML 1.0 reader for checking report output: it throws on anything that is
 * not well-formed (unclosed or mismatched tags, a bare '&' or '<', unknown entities,
 * unquoted or duplicate attributes, text outside the root, characters XML forbids) and
 * otherwise returns the element tree with entities decoded. No DTDs, as reports have none.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  const forbidden = FORBIDDEN_CHARACTER.exec(source);
  if (forbidden) throw new Error(`character U+${forbidden[0].charCodeAt(0).toString(16)} is not allowed in XML at ${forbidden.index}`);
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${at}: ${JSON.stringify(source.slice(at, at + 40))}`);
  };
  const skipSpace = (): void => {
    while (at < source.length && ' \t\r\n'.includes(source[at])) at++;
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);|&/g, (whole, entity: string | undefined) => {
      if (entity === undefined) return fail('bare "&"');
      if (/^#[0-9]+$/.test(entity)) return String.fromCodePoint(Number(entity.slice(1)));
      if (/^#x[0-9a-fA-F]+$/.test(entity)) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (Object.prototype.hasOwnProperty.call(ENTITIES, entity)) return ENTITIES[entity];
      return fail(`unknown entity "${whole}"`);
    });
  const readName = (): string => {
    const match = NAME.exec(source.slice(at));
    if (!match) fail('expected a name');
    at += match![0].length;
    return match![0];
  };
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at + 4);
        if (end === -1) fail('unclosed comment');
        if (source.slice(at + 4, end).includes('--')) fail('"--" inside a comment');
        at = end + 3;
      } else if (source.startsWith('<?', at) && !source.startsWith('<?xml', at)) {
        const end = source.indexOf('?>', at);
        if (end === -1) fail('unclosed processing instruction');
        at = end + 2;
      } else {
        return;
      }
    }
  };

  const readElement = (): XmlElement => {
    if (source[at] !== '<') fail('expected "<"');
    at++;
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = at;
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return element;
      }
      if (source[at] === '>') {
        at++;
        break;
      }
      if (at === before) fail('expected whitespace before an attribute');
      const name = readName();
      if (Object.prototype.hasOwnProperty.call(element.attributes, name)) fail(`duplicate attribute "${name}"`);
      skipSpace();
      if (source[at] !== '=') fail('expected "="');
      at++;
      skipSpace();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") fail('attribute value without quotes');
      const end = source.indexOf(quote, at + 1);
      if (end === -1) fail('unclosed attribute value');
      const raw = source.slice(at + 1, end);
      if (raw.includes('<')) fail('"<" in an attribute value');
      element.attributes[name] = decode(raw);
      at = end + 1;
    }
    for (;;) {
      const next = source.indexOf('<', at);
      if (next === -1) fail(`unclosed element <${element.name}>`);
      const raw = source.slice(at, next);
      if (raw.includes(']]>')) fail('"]]>" in text');
      element.text += decode(raw);
      at = next;
      if (source.startsWith('</', at)) {
        at += 2;
        const name = readName();
        if (name !== element.name) fail(`</${name}> closes <${element.name}>`);
        skipSpace();
        if (source[at] !== '>') fail('expected ">"');
        at++;
        return element;
      }
      if (source.startsWith('<!--', at)) {
        skipMisc();
        continue;
      }
      if (source.startsWith('<![CDATA[', at)) {
        const end = source.indexOf(']]>', at);
        if (end === -1) fail('unclosed CDATA section');
        element.text += source.slice(at + 9, end);
        at = end + 3;
        continue;
      }
      element.children.push(readElement());
    }
  };

  if (source.startsWith('\ufeff')) at = 1;
  if (source.startsWith('<?xml', at)) {
    const end = source.indexOf('?>', at);
    if (end === -1) fail('unclosed XML declaration');
    if (!/^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z][A-Za-z0-9._-]*")?(\s+standalone="(yes|no)")?\s*$/.test(source.slice(at, end))) {
      fail('malformed XML declaration');
    }
    at = end + 2;
  }
  skipMisc();
  if (source.startsWith('<!DOCTYPE', at)) fail('DTDs are not expected in a report');
  const root = readElement();
  skipMisc();
  if (at !== source.length) fail('content after the root element');
  return root;
}
