import { parseDocument, type YAMLError } from 'yaml';
import { formatSize, type ParseProblem } from '../document';
import type { PositionMapper } from '../positions';
import type { OffsetEdit, Rule } from '../rule';
import { colonSentenceAt, itemTitle, KNOWN_KEYS, quotedText } from '../colon-text';
import { display, inSentence } from '../schema-errors';
import { SCHEMA_MESSAGES } from '../schema-messages';
import { PROTOCOL_SCHEMA, type SchemaNode } from '../schema-validator';

/** Messages per YAML error code (see the `yaml` package's ErrorCode) and for our own refusals. */
const MESSAGES = {
  FILE_TOO_LARGE: {
    nl: 'Het bestand is groter dan {limit} en wordt niet gecontroleerd; verhoog "max-file-size" in .meldcoderc.yaml als dit echt een protocol is.',
    en: 'The file is larger than {limit} and is not checked; raise "max-file-size" in .meldcoderc.yaml if this really is a protocol.',
  },
  BINARY: {
    nl: 'Dit is geen tekstbestand: er staat een binair teken (code {code}) in; een protocol is platte tekst (UTF-8).',
    en: 'This is not a text file: it holds a binary character (code {code}); a protocol is plain text (UTF-8).',
  },
  INVALID_UTF8: {
    nl: 'Het bestand is geen geldige UTF-8; sla het op als UTF-8 (in VS Code: rechtsonder op de codering klikken).',
    en: 'The file is not valid UTF-8; save it as UTF-8 (in VS Code: click the encoding at the bottom right).',
  },
  TOO_MANY_PARTS: {
    nl: 'Het bestand bestaat uit meer dan {partsNl} YAML-onderdelen (sleutels, waarden en leestekens) en wordt niet gecontroleerd; een protocol heeft er een paar duizend.',
    en: 'The file consists of more than {partsEn} YAML parts (keys, values and punctuation) and is not checked; a protocol has a few thousand.',
  },
  TOO_DEEP: {
    nl: 'De structuur is te diep genest (meer dan {depth} niveaus); een protocol heeft hooguit enkele niveaus.',
    en: 'The structure is nested too deeply (more than {depth} levels); a protocol needs only a few levels.',
  },
  ALIAS_BOMB: {
    nl: 'Te veel verwijzingen naar ankers (*alias): dit lijkt op een "alias bomb" en wordt niet uitgepakt.',
    en: 'Too many references to anchors (*alias): this looks like an alias bomb and is not expanded.',
  },
  DUPLICATE_KEY: {
    nl: 'Deze sleutel staat twee keer in dezelfde map; de tweede wordt genegeerd.',
    en: 'This key occurs twice in the same mapping; the second one is ignored.',
  },
  BAD_INDENT: {
    nl: 'Onjuiste inspringing: lijn deze regel uit met de regels van hetzelfde niveau (gebruik spaties).',
    en: 'Wrong indentation: align this line with the lines of the same level (use spaces).',
  },
  INDENT_SLIP: {
    nl: "Deze regel springt {spacesNl} te ver in: '{key}' hoort in dezelfde kolom als '{sibling}' op de regel erboven.",
    en: "This line is indented {spacesEn} too far: '{key}' belongs in the same column as '{sibling}' on the line above.",
  },
  INDENT_SHORT: {
    nl: "Deze regel springt {spacesNl} te weinig in: '{key}' hoort in dezelfde kolom als '{sibling}' op de regel erboven.",
    en: "This line is indented {spacesEn} too little: '{key}' belongs in the same column as '{sibling}' on the line above.",
  },
  INDENT_SHORT_AT: {
    nl: "Deze regel springt {spacesNl} te weinig in: '{key}' hoort in dezelfde kolom als '{sibling}' op regel {line}.",
    en: "This line is indented {spacesEn} too little: '{key}' belongs in the same column as '{sibling}' on line {line}.",
  },
  INDENT_SHORT_ITEM: {
    nl: 'Dit lijstitem springt {spacesNl} te weinig in: het streepje hoort in dezelfde kolom als het streepje van het item erboven.',
    en: 'This list item is indented {spacesEn} too little: its dash belongs in the same column as the dash of the item above.',
  },
  FIX_INDENT: {
    nl: 'Corrigeer de inspringing',
    en: 'Correct the indentation',
  },
  TAB_AS_INDENT: {
    nl: 'Een tab mag in YAML niet inspringen; gebruik spaties.',
    en: 'A tab cannot be used for indentation in YAML; use spaces.',
  },
  MULTIPLE_DOCS: {
    nl: 'Het bestand bevat meer dan één YAML-document (---); zet elk protocol in een eigen bestand.',
    en: 'The file holds more than one YAML document (---); put each protocol in its own file.',
  },
  MISSING_COLON: {
    nl: "Na '{key}' ontbreekt een dubbele punt: schrijf '{key}: …'.",
    en: "A colon is missing after '{key}': write '{key}: …'.",
  },
  ADD_COLON: {
    nl: "Zet een dubbele punt na '{key}'",
    en: "Put a colon after '{key}'",
  },
  MISSING_CHAR: {
    nl: 'Hier ontbreekt een teken, zoals een dubbele punt na een sleutel, een afsluitend aanhalingsteken of een haakje.',
    en: 'A character is missing here, such as a colon after a key, a closing quote or a bracket.',
  },
  MULTILINE_IMPLICIT_KEY: {
    nl: 'Een sleutel moet op één regel staan; ontbreekt er een dubbele punt of een aanhalingsteken?',
    en: 'A key must stand on one line; is a colon or a quote missing?',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    nl: 'Deze waarde bevat een dubbele punt met een spatie erna, of de inspringing klopt niet; zet tekst met ": " tussen aanhalingstekens.',
    en: 'This value holds a colon followed by a space, or the indentation is wrong; put text containing ": " in quotes.',
  },
  // A list item of text read as a key: worded as the schema rule words it on one line.
  ITEM_WITH_COLON: SCHEMA_MESSAGES.textWithColon,
  VALUE_WITH_COLON: {
    nl: 'Deze tekst bevat een dubbele punt met een spatie (": "), die YAML leest als het begin van een sleutel; zet de hele tekst tussen aanhalingstekens.',
    en: 'This text contains a colon followed by a space (": "), which YAML reads as the start of a key; put the whole text in quotes.',
  },
  QUOTE_TEXT: {
    nl: 'Zet de tekst tussen aanhalingstekens',
    en: 'Put the text in quotes',
  },
  UNEXPECTED_TOKEN: {
    nl: 'Onverwacht teken: controleer dubbele punten, streepjes en aanhalingstekens op deze regel.',
    en: 'Unexpected token: check the colons, dashes and quotes on this line.',
  },
  BAD_SCALAR_START: {
    nl: 'Een waarde mag niet met dit teken beginnen; zet de tekst tussen aanhalingstekens.',
    en: 'A value cannot start with this character; put the text in quotes.',
  },
  BAD_DQ_ESCAPE: {
    nl: 'Ongeldige escape (\\) tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens of \\\\.',
    en: 'Invalid escape (\\) in double quotes; use single quotes or \\\\.',
  },
  BAD_ALIAS: {
    nl: 'Deze verwijzing (*alias) wijst naar een anker dat niet bestaat; is het tekst die met * begint, zet die dan tussen aanhalingstekens.',
    en: 'This reference (*alias) points to an anchor that does not exist; if it is text starting with *, put it in quotes.',
  },
  KEY_OVER_1024_CHARS: {
    nl: 'Deze sleutel is langer dan 1024 tekens.',
    en: 'This key is longer than 1024 characters.',
  },
  OTHER: {
    nl: 'Deze YAML kan niet gelezen worden ({code}); controleer de opmaak van deze regel.',
    en: 'This YAML cannot be read ({code}); check the layout of this line.',
  },
} as const;

type MessageId = keyof typeof MESSAGES;

export const rule: Rule = {
  meta: {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    description: {
      nl: 'Het bestand moet leesbare YAML zijn (één document, UTF-8, geen dubbele sleutels).',
      en: 'The file must be readable YAML (one document, UTF-8, no duplicate keys).',
    },
    messages: MESSAGES,
    fixable: true,
    hasSuggestions: true,
  },
  check(context) {
    const { document } = context;
    const slips = indentationSlips(document.text, document.positions, document.problems, document.yaml?.errors ?? []);
    let sentenceEnd = -1;
    for (const problem of document.problems) {
      const colonProblem = COLON_PROBLEMS.has(problem.code);
      // A sentence wrapped over lines makes YAML report a problem on several of them: it is shown once.
      if (colonProblem && problem.startOffset <= sentenceEnd) continue;
      const sentence = colonProblem ? colonSentenceAt(document.positions, problem.startOffset) : undefined;
      // A list item that starts with words ("- Let op: ...") holds no key of the format: the lines under it are its text, not slipped keys.
      if (sentence && (sentence.kind === 'item' || (!slips.found.has(problem) && !slips.explained.has(problem)))) {
        sentenceEnd = sentence.endOffset;
        const { startOffset, endOffset } = sentence;
        const range = document.positions.range(startOffset, endOffset);
        // Past the findings shown the finding is only counted: its wording and fix are not worked out.
        const shown = !context.leftOut(range);
        const item = shown ? itemTitle(document.positions, sentence) : undefined;
        const quoted = shown ? quotedText(document.text.slice(startOffset, endOffset)) : undefined;
        context.report({
          messageId: item ? 'ITEM_WITH_COLON' : 'VALUE_WITH_COLON',
          data: item ? { fieldNl: inSentence(item.nl), fieldEn: inSentence(item.en), key: display(sentence.key) } : undefined,
          range,
          fix: quoted === undefined ? undefined : { messageId: 'QUOTE_TEXT', edits: [{ startOffset, endOffset, newText: quoted }] },
        });
        continue;
      }
      if (slips.explained.has(problem)) continue;
      const slip = slips.found.get(problem);
      if (slip) {
        const spaces = Math.abs(slip.column - slip.indent);
        const siblingLine = slip.siblingLine === undefined ? undefined : document.positions.positionAt(slip.siblingLine).line + 1;
        context.report({
          messageId: slip.item ? 'INDENT_SHORT_ITEM' : slip.indent > slip.column ? 'INDENT_SLIP' : siblingLine === undefined ? 'INDENT_SHORT' : 'INDENT_SHORT_AT',
          data: { key: slip.key, sibling: slip.sibling, line: siblingLine ?? '', spacesNl: spaces === 1 ? '1 spatie' : `${spaces} spaties`, spacesEn: spaces === 1 ? '1 space' : `${spaces} spaces` },
          range: document.positions.range(slip.line.start, slip.line.start + slip.indent),
          // Offered, not applied by --fix: a file that could not be read may show more (a key written twice) once it can.
          suggestions: slip.fix ? [{ messageId: 'FIX_INDENT', edits: [slip.fix] }] : undefined,
        });
        continue;
      }
      const colon = problem.code === 'MISSING_CHAR' ? keyWithoutColon(document.text, problem.startOffset) : undefined;
      if (colon) {
        context.report({
          messageId: 'MISSING_COLON',
          data: { key: colon.key },
          range: document.positions.range(problem.startOffset, problem.endOffset),
          suggestions: [{ messageId: 'ADD_COLON', data: { key: colon.key }, edits: [{ startOffset: colon.keyEnd, endOffset: colon.keyEnd, newText: ':' }] }],
        });
        continue;
      }
      const messageId: MessageId = problem.code in MESSAGES ? (problem.code as MessageId) : 'OTHER';
      const data: Record<string, string | number> = { code: problem.code };
      if (messageId === 'FILE_TOO_LARGE') data.limit = formatSize(problem.limit ?? 0);
      if (messageId === 'BINARY') data.code = `U+${document.text.charCodeAt(problem.startOffset).toString(16).toUpperCase().padStart(4, '0')}`;
      if (messageId === 'TOO_DEEP') data.depth = problem.limit ?? 0;
      if (messageId === 'TOO_MANY_PARTS') {
        data.partsNl = (problem.limit ?? 0).toLocaleString('nl-NL');
        data.partsEn = (problem.limit ?? 0).toLocaleString('en-US');
      }
      context.report({
        messageId,
        data,
        range: document.positions.range(problem.startOffset, problem.endOffset),
      });
    }
  },
};

/** What YAML reports about text with ": " that it reads as a key: in a value, or wrapped over lines. */
const COLON_PROBLEMS: ReadonlySet<string> = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY']);

/**
 * "opmerking Bel bij gevaar": a line that starts with a key the format knows, then a space
 * and text, where YAML found a character missing. Almost always the colon after the key.
 */
function keyWithoutColon(text: string, offset: number): { key: string; keyEnd: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (!/^[ ]*(?:- )?$/.test(text.slice(lineStart, offset))) return undefined;
  const match = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)[ ]+[^\s:#]/.exec(text.slice(offset, offset + 200));
  if (!match || !KNOWN_KEYS.has(match[1])) return undefined;
  return { key: match[1], keyEnd: offset + match[1].length };
}

/** Problems the parser reports when a line is indented more or less than its siblings. */
const INDENTATION_PROBLEMS: ReadonlySet<string> = new Set(['BLOCK_AS_IMPLICIT_KEY', 'BAD_INDENT']);

/** A line with optional `- ` markers and a plain key ending in ":" (then a space, a comment or the end). */
const KEY_LINE = /^( *)((?:- +)*)([^\s#'"\-[\]{}&*!|>%@`][^:#\r\n]*?):(?=[ \t]|$)(.*)$/;

interface LineText {
  start: number;
  text: string;
}

/** The line that holds `offset`, and the next line after it that is not blank or a comment. */
function lineAt(text: string, offset: number): LineText {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', start);
  return { start, text: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '') };
}

function nextContentLine(text: string, after: LineText, limit = 1): LineText | undefined {
  let start = after.start + after.text.length;
  for (let skipped = 0; skipped <= limit + 20 && start < text.length; skipped++) {
    start = text.indexOf('\n', start);
    if (start === -1) return undefined;
    start++;
    const line = lineAt(text, start);
    if (line.text.trim() !== '' && !/^\s*#/.test(line.text)) return line;
    start = line.start + line.text.length;
  }
  return undefined;
}

function previousContentLine(text: string, before: LineText): LineText | undefined {
  let end = before.start - 1;
  for (let skipped = 0; skipped < 20 && end > 0; skipped++) {
    const line = lineAt(text, end);
    if (line.text.trim() !== '' && !/^\s*#/.test(line.text)) return line;
    end = line.start - 1;
  }
  return undefined;
}

interface Slip {
  /** The slipped line, its indentation, and the column of its siblings. */
  line: LineText;
  indent: number;
  column: number;
  key: string;
  sibling: string;
  /** Where the sibling's line starts when it is not the line above. */
  siblingLine?: number;
  /** A list item (`- `) rather than a key: its siblings are the items of the list above it. */
  item: boolean;
}

interface IndentationSlips {
  /** The slip a problem points to, with the fix when it makes the text readable. */
  found: Map<ParseProblem, Slip & { fix?: OffsetEdit }>;
  /** Problems that follow from a slip and are not shown on their own. */
  explained: Set<ParseProblem>;
}

/** Parse problems that are no YAML syntax error, and stay after a slip is fixed. */
const NOT_FROM_PARSER: ReadonlySet<string> = new Set(['DUPLICATE_KEY', 'BAD_ALIAS', 'ALIAS_BOMB', 'TOO_DEEP']);

/**
 * The slipped lines among the parse problems. When moving one back makes the whole text
 * readable, every other syntax error was a consequence of it, and only the slip is shown.
 */
function indentationSlips(text: string, positions: PositionMapper, problems: readonly ParseProblem[], errors: readonly YAMLError[]): IndentationSlips {
  const found = new Map<ParseProblem, Slip & { fix?: OffsetEdit }>();
  const explained = new Set<ParseProblem>();
  const slipped = new Set<number>();
  let tree: IndentationTree | undefined;
  const indentationTree = (): IndentationTree => (tree ??= new IndentationTree(text));
  const readable: Section[] = [];
  const budget = { left: FIX_PARSE_BUDGET };
  for (const problem of problems) {
    if (!INDENTATION_PROBLEMS.has(problem.code) && !(problem.code === 'MISSING_CHAR' && atIndentation(text, problem.startOffset))) continue;
    // The line after a slipped one is often reported too: it is measured against the slipped line, not fixed on its own.
    if (slipped.has(lineAt(text, problem.startOffset).start) || slipped.has(previousLineStart(text, problem.startOffset))) {
      explained.add(problem);
      continue;
    }
    const slip = indentationSlip(text, problem, (start) => slipped.has(start), indentationTree);
    if (!slip) continue;
    slipped.add(slip.line.start);
    const section = indentationTree().sectionAround(slip.line.start, text.length);
    const fix = indentFix(text, section, errors, slip, budget);
    if (fix) readable.push(section);
    found.set(problem, { ...slip, fix });
  }
  // The parser reads a slipped key into the map further out, where it can repeat a key: that follows from the slip too.
  for (const problem of slipped.size > 0 ? problems : []) {
    if (problem.code === 'DUPLICATE_KEY' && slipped.has(positions.lineStart(positions.positionAt(problem.startOffset).line))) explained.add(problem);
  }
  // Sections are found in the order of the problems, which come sorted by where they start.
  readable.sort((a, b) => a.start - b.start);
  for (const problem of readable.length > 0 ? problems : []) {
    if (!found.has(problem) && !NOT_FROM_PARSER.has(problem.code) && sectionHolding(readable, problem.startOffset)) explained.add(problem);
  }
  return { found, explained };
}

/** The section among these (sorted, not overlapping) that holds `offset`, found by halving. */
function sectionHolding(sections: readonly Section[], offset: number): Section | undefined {
  let low = 0;
  let high = sections.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (offset < sections[middle].start) high = middle - 1;
    else if (offset >= sections[middle].end) low = middle + 1;
    else return sections[middle];
  }
  return undefined;
}

/** Whether `offset` lies in the indentation of its line (a problem about where the line starts). */
function atIndentation(text: string, offset: number): boolean {
  let before = offset - 1;
  while (before >= 0 && text[before] === ' ') before--;
  return before < 0 || text[before] === '\n';
}

/**
 * A key indented further (or less) than the key on the line above, which has a value of its
 * own, so it cannot be its parent: "    functie: coach\n        telefoon: ..." The parser
 * reports it on the line above or on the line itself; the slipped line is the one to mark
 * and to fix.
 */
export function indentationSlip(
  text: string,
  problem: Pick<ParseProblem, 'code' | 'startOffset'>,
  slipped: (lineStart: number) => boolean = () => false,
  indentationTree: () => IndentationTree = () => new IndentationTree(text),
): Slip | undefined {
  const problemLine = lineAt(text, problem.startOffset);
  // Too little: the parser says the line cannot start where it does.
  if (atIndentation(text, problem.startOffset)) {
    const short = shortSlip(problemLine, indentationTree(), slipped);
    if (short || problem.code === 'MISSING_CHAR') return short;
  }
  if (problem.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const first = firstKeySlip(problemLine, indentationTree(), slipped);
    if (first) return first;
  }
  const next = nextContentLine(text, problemLine);
  for (const candidate of next ? [problemLine, next] : [problemLine]) {
    const above = previousContentLine(text, candidate);
    if (slipped(candidate.start) || (above && slipped(above.start))) return undefined;
    const line = KEY_LINE.exec(candidate.text);
    const sibling = above && KEY_LINE.exec(above.text);
    if (!line || !sibling || line[2] !== '') continue;
    // The line above must have a value on its own line: otherwise it is the parent of this one.
    if (sibling[4].replace(/^\s+#.*$/, '').trim() === '') continue;
    const indent = line[1].length;
    const column = sibling[1].length + sibling[2].length;
    // Too little is only a slip where the parser says so on the line itself (above).
    if (indent <= column) continue;
    // Only when what follows the block is back in the siblings' column (or further out): more lines
    // at this indentation mean a parent key is missing above them, not one line that slipped.
    if ((lineAfterBlock(text, candidate, indent)?.indent ?? 0) > column) continue;
    // The key above must itself stand right: first under a list item or a parent, or in line with the key before it.
    const before = sibling[2] === '' ? previousContentLine(text, above) : undefined;
    const grand = before && KEY_LINE.exec(before.text);
    const grandColumn = grand ? grand[1].length + grand[2].length : -1;
    if (before && !(grandColumn === column || (grand && grandColumn < column && grand[4].replace(/^\s+#.*$/, '').trim() === ''))) continue;
    return { line: candidate, indent, column, key: line[3].trim(), sibling: sibling[3].trim(), item: false };
  }
  return undefined;
}

/**
 * A line that starts left of the lines above it, between two levels: further in than the
 * parent of those lines, so it fits no level there is, and belongs with them. A key is measured
 * against the key on the line above ("   telefoon:" under "    functie: coach"), a list item
 * against the item of the list above it ("     - Bel" under "      - Noteer"). Only where the
 * column is certain: a line at a parent's column is that parent's, and one further out could
 * belong to more than one level.
 */
function shortSlip(line: LineText, tree: IndentationTree, slipped: (lineStart: number) => boolean): Slip | undefined {
  const own = tree.at(line.start);
  const above = own && tree.before(own);
  if (!own || !above || own.indent === 0 || slipped(above.start)) return undefined;
  if (own.dash) {
    // The outermost line above that is still further in: the item of the list this one belongs to.
    let item = above;
    if (level(item) <= own.indent) return undefined;
    for (let steps = 0; ; steps++) {
      const parent = tree.parentOf(item);
      if (!parent || level(parent) <= own.indent) break;
      if (steps === MAX_LEVELS_UP) return undefined;
      item = parent;
    }
    return item.dash && item.indent > own.indent && isParentOrRoot(tree.parentOf(item))
      ? { line, indent: own.indent, column: item.indent, key: '', sibling: '', item: true }
      : undefined;
  }
  if (own.keyColumn < 0) return undefined;
  // Up from the line above through the maps it stands in, each by its first key on the way: those further in than this line are where it may belong.
  const levels: IndentedLine[] = [];
  let outer: IndentedLine | undefined;
  for (let line: IndentedLine | undefined = above, below = above, steps = 0; line; below = line, line = tree.parentOf(line), steps++) {
    if (steps === MAX_LEVELS_UP) return undefined;
    if (line.keyColumn < 0) continue;
    // A key with a value can only start the map of the line below it ("- stap: 1" before "titel:"): otherwise the lines above stand wrong themselves.
    if (line !== above && line.hasValue && line.keyColumn !== below.keyColumn) return undefined;
    if (line.keyColumn === own.indent) return undefined;
    if (line.keyColumn < own.indent) {
      outer = line;
      break;
    }
    if (levels.length === 0 || line.keyColumn < levels[levels.length - 1].keyColumn) levels.push(line);
  }
  if (levels.length === 0) return undefined;
  // A key the format knows in the map further out is that map's, indented too far: which one it is, the writer decides.
  if (outer && schemaOfMapHolding(tree, outer)?.properties?.[own.key] !== undefined) return undefined;
  // The nearest map where the format knows the key ("leeftijd-tot" under doelgroep, not beside it), else the nearest.
  const knows = (level: IndentedLine): boolean => schemaOfMapHolding(tree, level)?.properties?.[own.key] !== undefined;
  const sibling = [...levels].reverse().find(knows) ?? levels[levels.length - 1];
  return { line, indent: own.indent, column: sibling.keyColumn, key: own.key, sibling: sibling.key, siblingLine: sibling === above ? undefined : sibling.start, item: false };
}

/** The schema of the map that holds the line's key, read from the keys and list items it stands under; undefined where the format has none. */
function schemaOfMapHolding(tree: IndentationTree, line: IndentedLine): SchemaNode | undefined {
  const chain: IndentedLine[] = [line];
  for (let up = tree.parentOf(line); up; up = tree.parentOf(up)) {
    if (chain.length > MAX_LEVELS_UP) return undefined;
    chain.push(up);
  }
  let node: SchemaNode | undefined = PROTOCOL_SCHEMA;
  for (let index = chain.length - 1; index > 0 && node; index--) {
    const [parent, child] = [chain[index], chain[index - 1]];
    if (parent.dash) node = node.items;
    if (parent.keyColumn >= 0 && parent.keyColumn < child.indent) node = node?.properties?.[parent.key];
  }
  return line.dash ? node?.items : node;
}

/**
 * The first key under a parent, left of the keys after it (" naam: De Regenboog" above
 * "  sector: onderwijs" and "  plaats: Amersfoort"): YAML takes the first key's column for the
 * map's and reports its value and the lines after it; the first line is the one that slipped.
 * Only when two keys with a value follow in the same column, further in than this line.
 */
function firstKeySlip(line: LineText, tree: IndentationTree, slipped: (lineStart: number) => boolean): Slip | undefined {
  const own = tree.at(line.start);
  const parent = own && tree.before(own);
  if (!own || !parent || own.dash || own.keyColumn < 0 || !own.hasValue || own.indent === 0 || slipped(own.start)) return undefined;
  if (tree.parentOf(own) !== parent || parent.hasValue || parent.keyColumn < 0 || parent.keyColumn >= own.indent) return undefined;
  const next = tree.after(own);
  const third = next && tree.after(next);
  if (!next || !third || next.dash || third.dash || !next.hasValue || next.keyColumn <= own.indent || third.keyColumn !== next.keyColumn) return undefined;
  return { line, indent: own.indent, column: next.keyColumn, key: own.key, sibling: next.key, siblingLine: next.start, item: false };
}

/** How far up from a line the levels are followed: a protocol has a handful. */
const MAX_LEVELS_UP = 12;

/** A key without a value on its line (the parent of what is under it), or the top of the file. */
function isParentOrRoot(line: IndentedLine | undefined): boolean {
  return line === undefined || (line.keyColumn >= 0 && !line.hasValue);
}

/** The deepest column a line opens: its key's, or where its text starts. */
function level(line: IndentedLine): number {
  return line.keyColumn >= 0 ? line.keyColumn : line.indent;
}

interface IndentedLine {
  /** Its place among the content lines. */
  index: number;
  start: number;
  /** Where the text starts, list markers included. */
  indent: number;
  dash: boolean;
  /** The column of the line's key (after any `- `), or -1 when it has none. */
  keyColumn: number;
  key: string;
  hasValue: boolean;
}

/**
 * Every content line with the line it stands under by indentation, read once from the top with
 * a stack of open levels: each line is pushed and popped once, so it is linear in the text.
 * Only where the lines start and how far they are indented is kept for every line; what a line
 * says (its key) is read when it is asked for.
 */
export class IndentationTree {
  private readonly starts: number[] = [];
  private readonly indents: number[] = [];
  private readonly dashes: boolean[] = [];
  private readonly parents: number[] = [];
  /** Where the lines at the left margin start, in order. */
  private readonly margin: number[] = [];
  private readonly read = new Map<number, IndentedLine>();

  constructor(private readonly text: string) {
    const open: number[] = [];
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      let indent = start;
      while (indent < end && text.charCodeAt(indent) === 32) indent++;
      let first = indent;
      while (first < end && /\s/.test(text[first])) first++;
      if (first < end && text[first] !== '#') {
        const index = this.starts.length;
        const column = indent - start;
        const dash = text[indent] === '-' && (indent + 1 === end || text[indent + 1] === ' ' || text[indent + 1] === '\r');
        this.starts.push(start);
        this.indents.push(column);
        this.dashes.push(dash);
        while (open.length > 0 && !this.standsUnder(column, dash, open[open.length - 1])) open.pop();
        this.parents.push(open.length > 0 ? open[open.length - 1] : -1);
        if (column === 0) this.margin.push(start);
        open.push(index);
      }
      start = end + 1;
    }
  }

  /** Further in, or a list at the column of a key without a value ("acties:\n- Bel"). */
  private standsUnder(indent: number, dash: boolean, open: number): boolean {
    if (this.indents[open] !== indent) return this.indents[open] < indent;
    if (!dash || this.dashes[open]) return false;
    const parent = this.line(open);
    return parent.keyColumn === indent && !parent.hasValue;
  }

  private line(index: number): IndentedLine {
    let line = this.read.get(index);
    if (!line) {
      const start = this.starts[index];
      const end = this.text.indexOf('\n', start);
      const key = KEY_LINE.exec(this.text.slice(start, end === -1 ? this.text.length : end).replace(/\r$/, ''));
      line = {
        index,
        start,
        indent: this.indents[index],
        dash: this.dashes[index],
        keyColumn: key ? key[1].length + key[2].length : -1,
        key: key ? key[3].trim() : '',
        hasValue: key ? key[4].replace(/^\s+#.*$/, '').trim() !== '' : true,
      };
      this.read.set(index, line);
    }
    return line;
  }

  /** The content line that starts at `lineStart`. */
  at(lineStart: number): IndentedLine | undefined {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle] === lineStart) return this.line(middle);
      if (this.starts[middle] < lineStart) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** The content line after this one. */
  after(line: IndentedLine): IndentedLine | undefined {
    return line.index + 1 < this.starts.length ? this.line(line.index + 1) : undefined;
  }

  /** The content line before this one. */
  before(line: IndentedLine): IndentedLine | undefined {
    return line.index > 0 ? this.line(line.index - 1) : undefined;
  }

  parentOf(line: IndentedLine): IndentedLine | undefined {
    const parent = this.parents[line.index];
    return parent >= 0 ? this.line(parent) : undefined;
  }

  /** From the last line at the left margin up to the content line at `lineStart`, to the next one after it (or the whole text). */
  sectionAround(lineStart: number, length: number): Section {
    let low = 0;
    let high = this.margin.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.margin[middle] <= lineStart) low = middle + 1;
      else high = middle;
    }
    return { start: low > 0 ? this.margin[low - 1] : 0, end: low < this.margin.length ? this.margin[low] : length };
  }
}

/** The start of the line before the content line that holds `offset` (blank lines and comments skipped), or -1. */
function previousLineStart(text: string, offset: number): number {
  return previousContentLine(text, lineAt(text, offset))?.start ?? -1;
}

/**
 * Text parsed again, at most, to try the indentation fixes: each try reads the section and the
 * whole file once. A protocol is a few kilobytes (a whole sample at most 17 kB), so its slips
 * get a try each; a file with thousands of slips gets a fix for the first ones only (none when
 * it is longer than this), and costs at most this much more.
 */
const FIX_PARSE_BUDGET = 128 * 1024;

/** A part of the text: from a line at the left margin (a section such as "stappen:") to the next such line. */
interface Section {
  start: number;
  end: number;
}

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;

/**
 * The indentation fix, offered only when the section it is in reads without YAML errors after
 * it, and the file shows no error it did not show before: a line can look slipped while the
 * real mistake is elsewhere, and then moving it only adds errors; and after one mistake the
 * parser can stop reporting a later one, which the writer should not first see after a fix.
 * A section is read on its own first, which rules most candidates out for little.
 */
function indentFix(text: string, section: Section, errorsBefore: readonly YAMLError[], slip: Slip, budget: { left: number }): OffsetEdit | undefined {
  if (section.end - section.start + text.length > budget.left) return undefined;
  if (!errorsBefore.some((error) => error.pos[0] >= section.start && error.pos[0] < section.end)) return undefined;
  budget.left -= section.end - section.start;
  const edit = reindent(text, slip);
  // A key written twice counts too: moved into a map that has its key already, the line would be ignored.
  const sectionAfter = text.slice(section.start, edit.startOffset) + edit.newText + text.slice(edit.endOffset, section.end);
  if (parseDocument(sectionAfter, { ...PARSE_OPTIONS, uniqueKeys: true }).errors.length > 0) return undefined;
  budget.left -= text.length;
  const errorsAfter = parseDocument(text.slice(0, edit.startOffset) + edit.newText + text.slice(edit.endOffset), PARSE_OPTIONS).errors;
  return noNewErrors(errorsBefore, errorsAfter, section, edit.newText.length - (edit.endOffset - edit.startOffset)) ? edit : undefined;
}

/** Whether every error after the edit (which grew the section by `growth`) is one from before, at the same place outside the section. */
function noNewErrors(before: readonly YAMLError[], after: readonly YAMLError[], section: Section, growth: number): boolean {
  const place = (code: string, offset: number): string => `${code}@${offset}`;
  const count = new Map<string, number>();
  for (const error of before) count.set(place(error.code, error.pos[0]), (count.get(place(error.code, error.pos[0])) ?? 0) + 1);
  for (const error of after) {
    const [offset] = error.pos;
    if (offset >= section.start && offset < section.end + growth) return false;
    const key = place(error.code, offset < section.start ? offset : offset - growth);
    const left = (count.get(key) ?? 0) - 1;
    if (left < 0) return false;
    count.set(key, left);
  }
  return true;
}

/**
 * The line and the lines under it (its own children, and blank lines), moved from its indentation
 * to its siblings' column. Moved in, the lines under it move along only when they stand where
 * they would under the slipped line: two or more further in than the siblings, they are already
 * where its children belong.
 */
function reindent(text: string, slip: Slip): OffsetEdit {
  const { line: first, indent, column } = slip;
  const lines: string[] = [first.text];
  let end = first.start + first.text.length;
  // Too far in, its children are further in than it; too little, they are further in than its siblings.
  const childrenFrom = Math.max(indent, column);
  for (let line = nextLineAfter(text, first); line; line = nextLineAfter(text, line)) {
    const lineIndent = /^ */.exec(line.text)![0].length;
    if (line.text.trim() !== '' && lineIndent <= childrenFrom) break;
    lines.push(line.text);
    end = line.start + line.text.length;
  }
  // Blank lines at the end are not part of the block.
  while (lines.length > 1 && lines[lines.length - 1].trim() === '') {
    const dropped = lines.pop()!;
    end = text.lastIndexOf('\n', end - dropped.length - 1);
    end = text[end - 1] === '\r' ? end - 1 : end;
  }
  const under = lines.find((line, index) => index > 0 && line.trim() !== '');
  if (indent < column && under !== undefined && /^ */.exec(under)![0].length >= column + 2) {
    return { startOffset: first.start, endOffset: first.start + first.text.length, newText: ' '.repeat(column - indent) + first.text };
  }
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const moved = lines.map((line) => (line.trim() === '' ? line : indent > column ? line.slice(indent - column) : ' '.repeat(column - indent) + line));
  return { startOffset: first.start, endOffset: end, newText: moved.join(newline) };
}

/** The first content line after the line and the lines indented further than it, with its indentation. */
function lineAfterBlock(text: string, first: LineText, indent: number): { indent: number } | undefined {
  for (let line = nextLineAfter(text, first), seen = 0; line && seen < 1_000; line = nextLineAfter(text, line), seen++) {
    if (line.text.trim() === '' || /^\s*#/.test(line.text)) continue;
    const lineIndent = /^ */.exec(line.text)![0].length;
    if (lineIndent <= indent) return { indent: lineIndent };
  }
  return undefined;
}

function nextLineAfter(text: string, line: LineText): LineText | undefined {
  const end = text.indexOf('\n', line.start + line.text.length);
  return end === -1 || end + 1 >= text.length ? undefined : lineAt(text, end + 1);
}
