import type { PositionMapper } from '../engine/positions';
import type { Position } from '../engine/types';

/**
 * Where the cursor stands in the YAML structure, read from the lines and their
 * indentation rather than from the parse, because while typing the text is often not
 * (yet) valid YAML. The path holds keys and, for list items, ITEM.
 */
export const ITEM = -1;
export type PathSegment = string | typeof ITEM;

export type CursorContext =
  /** Typing a key of the mapping at `path` (or a list item of the list at `path`). */
  | { kind: 'key'; path: PathSegment[]; prefix: string; start: number; onDash: boolean; column: number; siblings: Set<string>; line: number }
  /** Typing the value of `path` (the last segment is the key) after `key:`; `flow` inside [ ... ]. */
  | { kind: 'value'; path: PathSegment[]; prefix: string; start: number; afterColon: boolean; flow: boolean; quoted: boolean; line: number }
  /** In running text (a block scalar or a continued line), a comment, or nowhere useful. */
  | { kind: 'text' | 'comment'; line: number };

const LINE = /^([ \t]*)((?:-[ \t]+)*)(.*)$/s;

/** `key:` at the start of a line's content: the quote around the key (or ''), the key as written, the text after the colon. */
interface KeyMatch {
  quote: string;
  key: string;
  value: string;
}

const KEY_END = /["':#]/g;

/**
 * What `^(["']?)([^\s"':#][^"':#]*?)\1[ \t]*:(?=[ \t]|$)(.*)$` matches, in one pass: that
 * pattern tries each length of the key against `[ \t]*:`, which over a long run of spaces
 * before a colon-less end takes quadratic time.
 */
export function keyMatch(rest: string): KeyMatch | undefined {
  const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : '';
  const start = quote.length;
  if (start >= rest.length || /[\s"':#]/.test(rest[start])) return undefined;
  // The key reaches to the first quote, colon or #: the colon itself, or the closing quote.
  KEY_END.lastIndex = start + 1;
  const stop = KEY_END.exec(rest)?.index ?? rest.length;
  let keyEnd = stop;
  let colon = stop;
  if (quote) {
    if (rest[stop] !== quote) return undefined;
    colon = stop + 1;
    while (rest[colon] === ' ' || rest[colon] === '\t') colon++;
  } else {
    while (keyEnd > start + 1 && (rest[keyEnd - 1] === ' ' || rest[keyEnd - 1] === '\t')) keyEnd--;
  }
  if (rest[colon] !== ':') return undefined;
  const after = rest[colon + 1];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  return { quote, key: rest.slice(start, keyEnd), value: rest.slice(colon + 1) };
}

interface LineShape {
  indent: number;
  dashes: number;
  dashText: string;
  rest: string;
  key?: string;
  /** The text after `key:`, without a comment. */
  value?: string;
}

/** The indentation of a line, or -1 for a blank or comment line; cheap, so scans can skip lines before parsing them. */
function indentOf(text: string): number {
  let index = 0;
  while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
  return index === text.length || text[index] === '#' ? -1 : index;
}

function shapeOf(text: string): LineShape | undefined {
  if (indentOf(text) === -1) return undefined;
  const match = LINE.exec(text)!;
  const dashText = match[2];
  const shape: LineShape = {
    indent: match[1].length,
    dashes: (dashText.match(/-/g) ?? []).length,
    dashText,
    rest: match[3],
  };
  const key = match[3].includes(':') ? keyMatch(match[3]) : undefined;
  if (key) {
    shape.key = key.key.trim();
    shape.value = stripComment(key.value).trim();
  }
  return shape;
}

function stripComment(text: string): string {
  const match = /(^|[ \t])#/.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** Clamps a position into the text, so that a position past the end means "at the very end". */
export function clampPosition(positions: PositionMapper, position: Position): Position {
  const lastLine = positions.lineCount - 1;
  if (position.line > lastLine) return { line: lastLine, character: positions.lineText(lastLine).length };
  const line = Math.max(0, position.line);
  return { line, character: Math.max(0, Math.min(position.character, positions.lineText(line).length)) };
}

export function cursorContext(positions: PositionMapper, position: Position): CursorContext {
  const { line, character } = clampPosition(positions, position);
  const text = positions.lineText(line);
  const before = text.slice(0, character);
  if (/(^|[ \t])#/.test(stripQuoted(before))) return { kind: 'comment', line };
  const match = LINE.exec(before)!;
  const indent = match[1].length;
  const dashText = match[2];
  const rest = match[3];
  const column = indent + dashText.length;
  const parents = parentPath(positions, line, dashText.length > 0 ? indent : column, dashText.length > 0);
  if (parents === 'text') return { kind: 'text', line };
  const items: PathSegment[] = Array.from({ length: (dashText.match(/-/g) ?? []).length }, () => ITEM);

  const key = keyMatch(rest);
  if (key) {
    const valueText = key.value;
    const afterColon = valueText === '';
    const leading = valueText.length - valueText.trimStart().length;
    let prefix = valueText.trimStart();
    let start = character - valueText.length + leading;
    let flow = false;
    if (prefix.startsWith('[')) {
      flow = true;
      const lastSeparator = Math.max(prefix.lastIndexOf('['), prefix.lastIndexOf(','));
      const element = prefix.slice(lastSeparator + 1);
      const elementLeading = element.length - element.trimStart().length;
      start = start + lastSeparator + 1 + elementLeading;
      prefix = element.trimStart();
    } else if (/^[|>]/.test(prefix)) {
      return { kind: 'text', line };
    }
    const quoted = /^["']/.test(prefix);
    if (quoted) {
      prefix = prefix.slice(1);
      start++;
    }
    return { kind: 'value', path: [...parents, ...items, key.key.trim()], prefix, start, afterColon, flow, quoted, line };
  }
  if (!/^[\w\-.À-ɏ ]*$/.test(rest) || /\s/.test(rest.trim())) {
    // Words with spaces and no colon: running text, or a list value being typed.
    if (dashText.length > 0) {
      const quoted = /^["']/.test(rest);
      return { kind: 'value', path: [...parents, ...items], prefix: quoted ? rest.slice(1) : rest, start: character - rest.length + (quoted ? 1 : 0), afterColon: false, flow: false, quoted, line };
    }
    return { kind: 'text', line };
  }
  const siblings = siblingKeys(positions, line, column, dashText.length > 0 ? indent : -1);
  return { kind: 'key', path: [...parents, ...items], prefix: rest, start: character - rest.length, onDash: dashText.length > 0, column, siblings, line };
}

function stripQuoted(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, (quoted) => ' '.repeat(quoted.length));
}

/**
 * The keys (and list items) that contain content starting at `column` on `line`, found
 * by walking up to the lines that are less indented. 'text' when the line continues a
 * text (a block scalar such as `toelichting: |`, or a value that goes on over lines).
 */
function parentPath(positions: PositionMapper, line: number, column: number, onDash = false): PathSegment[] | 'text' {
  const path: PathSegment[] = [];
  let threshold = column;
  let first = true;
  // After a list item (or on a dash line), the list's key may stand at the same column as the dash: "key:\n- item".
  let compact = onDash;
  for (let l = line - 1; l >= 0 && (threshold > 0 || compact); l--) {
    const text = positions.lineText(l);
    const indent = indentOf(text);
    if (indent === -1 || indent > threshold || (indent === threshold && !compact)) continue;
    const shape = shapeOf(text);
    if (!shape) continue;
    if (shape.indent === threshold) {
      if (!(compact && shape.dashes === 0 && shape.key !== undefined && isOpener(shape.value))) continue;
      path.unshift(shape.key);
      compact = false;
      first = false;
      continue;
    }
    if (shape.dashes > 0) {
      // Inside this list item; a key on the dash line is a sibling, unless the cursor is deeper than it.
      const keyColumn = shape.indent + shape.dashText.length;
      const segments: PathSegment[] = Array.from({ length: shape.dashes }, () => ITEM);
      if (shape.key !== undefined && keyColumn < threshold) {
        if (/^[|>]/.test(shape.value ?? '')) return 'text';
        if (!isOpener(shape.value)) return 'text';
        segments.push(shape.key);
      } else if (shape.key === undefined && keyColumn < threshold && shape.rest.trim() !== '' && first) {
        return 'text'; // "- some text" continued on the next line
      }
      path.unshift(...segments);
      compact = true;
    } else if (shape.key !== undefined) {
      if (/^[|>]/.test(shape.value ?? '')) return 'text';
      if (!isOpener(shape.value)) {
        if (first) return 'text'; // a value that goes on over lines
        continue;
      }
      path.unshift(shape.key);
      compact = false;
    } else {
      if (first) return 'text';
      continue;
    }
    threshold = shape.indent;
    first = false;
  }
  return path;
}

/** A key whose value starts on the next lines (nothing after the colon, or only an anchor). */
function isOpener(value: string | undefined): boolean {
  return value === undefined || value === '' || /^&\S+$/.test(value);
}

/** The keys already written in the same mapping as the cursor's line. */
function siblingKeys(positions: PositionMapper, line: number, column: number, dashIndent: number): Set<string> {
  const keys = new Set<string>();
  const keyColumnOf = (shape: LineShape): number => shape.indent + shape.dashText.length;
  if (dashIndent === -1) {
    for (let l = line - 1; l >= 0; l--) {
      const text = positions.lineText(l);
      const indent = indentOf(text);
      if (indent === -1 || indent > column) continue;
      const shape = shapeOf(text);
      if (!shape) continue;
      const keyColumn = keyColumnOf(shape);
      if (shape.dashes > 0 && shape.indent < column) {
        if (keyColumn === column && shape.key !== undefined) keys.add(shape.key);
        break;
      }
      if (keyColumn < column) break;
      if (keyColumn === column && shape.dashes === 0 && shape.key !== undefined) keys.add(shape.key);
    }
  }
  const itemIndent = dashIndent === -1 ? column - 1 : dashIndent;
  for (let l = line + 1; l < positions.lineCount; l++) {
    const text = positions.lineText(l);
    const indent = indentOf(text);
    if (indent === -1 || indent > column) continue;
    const shape = shapeOf(text);
    if (!shape) continue;
    if (shape.dashes > 0 && shape.indent <= itemIndent) break;
    const keyColumn = keyColumnOf(shape);
    if (keyColumn < column) break;
    if (keyColumn === column && shape.dashes === 0 && shape.key !== undefined) keys.add(shape.key);
  }
  return keys;
}

/** The key under the cursor on its line, with its path, for hover. */
export function keyAt(positions: PositionMapper, position: Position): { path: PathSegment[]; start: number; end: number; line: number } | undefined {
  const { line, character } = clampPosition(positions, position);
  const text = positions.lineText(line);
  const match = LINE.exec(text)!;
  const key = keyMatch(match[3]);
  if (!key) return undefined;
  const column = match[1].length + match[2].length;
  const start = column + key.quote.length;
  const end = start + key.key.trim().length;
  if (character < column || character > end + key.quote.length) return undefined;
  const dashColumn = match[2].length > 0 ? match[1].length : column;
  const parents = parentPath(positions, line, dashColumn, match[2].length > 0);
  if (parents === 'text') return undefined;
  const items: PathSegment[] = Array.from({ length: (match[2].match(/-/g) ?? []).length }, () => ITEM);
  return { path: [...parents, ...items, key.key.trim()], start, end, line };
}
