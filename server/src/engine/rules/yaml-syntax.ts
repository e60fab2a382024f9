import type { Rule } from '../rule';
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
    hasSuggestions: true,
  },
  check(context) {
    const { document } = context;
    for (const problem of document.problems) {
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

function formatSize(characters: number): string {
  const megabytes = characters / (1024 * 1024);
  return megabytes >= 1 ? `${Number(megabytes.toFixed(1))} MB` : `${Math.ceil(characters / 1024)} kB`;
}

/** Every key the protocol format knows, at any depth. */
const KNOWN_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const visit = (node: SchemaNode | undefined): void => {
    if (!node) return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      keys.add(key);
      visit(child);
    }
    visit(node.items);
  };
  visit(PROTOCOL_SCHEMA);
  return keys;
})();

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
