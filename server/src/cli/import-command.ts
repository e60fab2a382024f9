import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale, LocalizedText } from '../engine';
import { fillTemplate } from '../engine/template';
import { isTooLarge, readRegularFileSync } from '../safe-read';
import { loadWord } from '../word/load';
import { writeFileAtomic } from './atomic-write';
import { cliMessage, describeIoError } from './messages';
import { sameFileAs } from './output-guard';
import { terminalSafe } from './terminal-text';

/**
 * `meldcode-lint import <document.docx> [-o <protocol.meldcode.yaml>] [--locale nl|en] [--force]`:
 * reads a Word protocol into a protocol file (format 1.1). Nothing is overwritten unless
 * --force is given, and never the document itself.
 */

const IMPORT_EXIT_OK = 0;
const IMPORT_EXIT_USAGE_OR_IO = 2;

/** Largest Word document read: a protocol of a hundred pages with pictures stays well below it. */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;

export interface ImportIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const MESSAGES = {
  oneFile: {
    nl: "Geef precies één Word-document op, bijvoorbeeld 'meldcode-lint import protocol.docx'.",
    en: "Name exactly one Word document, for example 'meldcode-lint import protocol.docx'.",
  },
  exists: {
    nl: "'{path}' bestaat al en wordt niet overschreven. Kies met -o een andere naam, of geef --force om het te vervangen.",
    en: "'{path}' already exists and is not overwritten. Choose another name with -o, or give --force to replace it.",
  },
  sameFile: {
    nl: "De uitvoer '{path}' is het Word-document zelf; kies een ander bestand, bijvoorbeeld protocol.meldcode.yaml.",
    en: "The output '{path}' is the Word document itself; choose another file, for example protocol.meldcode.yaml.",
  },
  tooLarge: {
    nl: "'{path}' is te groot om te importeren ({size} bytes; de grens is {limit} bytes).",
    en: "'{path}' is too large to import ({size} bytes; the limit is {limit} bytes).",
  },
  notWritable: {
    nl: "Het protocol kan niet naar '{path}' geschreven worden: {reason}.",
    en: "The protocol cannot be written to '{path}': {reason}.",
  },
  written: {
    nl: "Protocol geschreven naar '{path}'.",
    en: "Protocol written to '{path}'.",
  },
  help: {
    nl: `Gebruik: meldcode-lint import <document.docx> [-o <protocol.meldcode.yaml>] [--locale nl|en] [--force]

Leest een meldcode uit een Word-document (.docx) en schrijft hem als protocolbestand
(formaat 1.1): de stappen, de aandachtsfunctionarissen en contactpunten met hun
telefoonnummers, het afwegingskader, de routes, de onderdelen zoals kindcheck en
vastleggen, en de datums. Tekst die niet herkend is gaat niet verloren: die staat met
de oorspronkelijke kop onder bijlagen, gemarkeerd met NIET GEPLAATST. Een overzicht van
wat herkend is verschijnt op stderr; controleer het protocol daarna met meldcode-lint.

Opties:
  -o, --output <pad>    schrijf naar dit bestand (standaard <naam>.meldcode.yaml naast het document)
  --force               vervang een bestaand uitvoerbestand (het document zelf nooit)
  --locale <nl|en>      taal van het overzicht en van de opmerkingen in het bestand (standaard nl)
  -h, --help            toon deze hulp

Afsluitcodes: 0 geschreven; 2 gebruiksfout, lees- of schrijffout, of een bestand dat geen
leesbaar Word-document is (geen .docx, beveiligd met een wachtwoord of beschadigd).
`,
    en: `Usage: meldcode-lint import <document.docx> [-o <protocol.meldcode.yaml>] [--locale nl|en] [--force]

Reads a meldcode from a Word document (.docx) and writes it as a protocol file (format
1.1): the steps, the attention officers and contact points with their phone numbers, the
afwegingskader, the routes, sections such as the kindcheck and recording, and the dates.
Text that is not recognised is not lost: it is kept with its original heading under
bijlagen, marked NOT PLACED. A summary of what was recognised goes to stderr; then check
the protocol with meldcode-lint.

Options:
  -o, --output <path>   write to this file (default <name>.meldcode.yaml beside the document)
  --force               replace an existing output file (never the document itself)
  --locale <nl|en>      language of the summary and of the comments in the file (default nl)
  -h, --help            print this help

Exit codes: 0 written; 2 usage error, read or write error, or a file that is not a readable
Word document (not a .docx, protected with a password, or damaged).
`,
  },
} satisfies Record<string, LocalizedText>;

function message(locale: Locale, id: keyof typeof MESSAGES, data: Record<string, string | number> = {}): string {
  return fillTemplate(MESSAGES[id][locale], data);
}

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  locale: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type ImportArguments =
  | { ok: true; files: string[]; output?: string; locale: Locale; force: boolean; help: boolean }
  | { ok: false; locale: Locale; message: string };

/** The option a parseArgs error is about: "Unknown option '--x'", "Option '-o, --output <value>' argument missing". */
function optionIn(error: Error): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? error.message;
  return quoted.split(/[\s,]+/).filter((word) => word.startsWith('-')).pop() ?? quoted;
}

function parseImportArguments(argv: readonly string[]): ImportArguments {
  // The language asked for, even when something else on the line is wrong.
  const asked = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const askedValue = asked < 0 ? undefined : argv[asked].includes('=') ? argv[asked].split('=')[1] : argv[asked + 1];
  const locale: Locale = askedValue === 'en' ? 'en' : 'nl';
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const option = optionIn(error as Error);
    const id = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 'unknownOption' : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing|ambiguous/.test((error as Error).message) ? 'missingValue' : 'unexpectedValue';
    return { ok: false, locale, message: cliMessage(locale, id, { option }) };
  }
  const { values, positionals } = parsed;
  if (values.locale !== undefined && values.locale !== 'nl' && values.locale !== 'en') {
    return { ok: false, locale, message: cliMessage(locale, 'badLocale', { value: values.locale }) };
  }
  if (values.output === '') return { ok: false, locale, message: cliMessage(locale, 'missingValue', { option: '--output' }) };
  return { ok: true, files: positionals, output: values.output, locale, force: values.force === true, help: values.help === true };
}

/** protocol.docx gives protocol.meldcode.yaml in the same folder. */
export function defaultOutputPath(documentPath: string): string {
  const base = path.basename(documentPath).replace(/\.docx$/i, '');
  return path.join(path.dirname(documentPath), `${base}.meldcode.yaml`);
}

export async function runImport(argv: readonly string[], io: ImportIo): Promise<number> {
  const parsed = parseImportArguments(argv);
  // Paths and document text in a note may hold terminal escapes.
  const note = (line: string): void => io.stderr(`meldcode-lint import: ${terminalSafe(line)}\n`);
  if (!parsed.ok) {
    note(parsed.message);
    return IMPORT_EXIT_USAGE_OR_IO;
  }
  const { locale } = parsed;
  if (parsed.help) {
    io.stdout(MESSAGES.help[locale]);
    return IMPORT_EXIT_OK;
  }
  if (parsed.files.length !== 1) {
    note(message(locale, 'oneFile'));
    return IMPORT_EXIT_USAGE_OR_IO;
  }
  const given = parsed.files[0];
  const documentPath = path.resolve(io.cwd, given);
  const outputPath = parsed.output === undefined ? defaultOutputPath(documentPath) : path.resolve(io.cwd, parsed.output);
  const shownOutput = parsed.output ?? path.relative(io.cwd, outputPath);
  // By device and inode: another name of the document (a link, a linked folder) is the document too.
  if (sameFileAs(outputPath, [documentPath]) !== undefined) {
    note(message(locale, 'sameFile', { path: shownOutput }));
    return IMPORT_EXIT_USAGE_OR_IO;
  }

  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(documentPath, MAX_DOCX_BYTES).bytes;
  } catch (error) {
    if (isTooLarge(error)) {
      note(message(locale, 'tooLarge', { path: given, size: error.size ?? 0, limit: MAX_DOCX_BYTES }));
      return IMPORT_EXIT_USAGE_OR_IO;
    }
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    note(missing ? cliMessage(locale, 'pathMissing', { path: given }) : cliMessage(locale, 'fileUnreadable', { path: given, reason: describeIoError(locale, error) }));
    return IMPORT_EXIT_USAGE_OR_IO;
  }
  if (!parsed.force && fs.existsSync(outputPath)) {
    note(message(locale, 'exists', { path: shownOutput }));
    return IMPORT_EXIT_USAGE_OR_IO;
  }

  const word = loadWord();
  let result;
  try {
    result = await word.importDocx(bytes, { locale, sourceName: path.basename(documentPath) });
  } catch (error) {
    if (error instanceof word.WordImportError) {
      note(error.messageIn(locale));
      return IMPORT_EXIT_USAGE_OR_IO;
    }
    throw error;
  }

  try {
    fs.mkdirSync(path.dirname(outputPath), { recursive: true });
    if (parsed.force && fs.existsSync(outputPath)) writeFileAtomic(outputPath, Buffer.from(result.yaml));
    // 'wx': created only if it does not exist, so nothing that appeared meanwhile is overwritten.
    else fs.writeFileSync(outputPath, result.yaml, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') note(message(locale, 'exists', { path: shownOutput }));
    else note(message(locale, 'notWritable', { path: shownOutput, reason: describeIoError(locale, error) }));
    return IMPORT_EXIT_USAGE_OR_IO;
  }
  io.stderr(terminalSafe(word.formatImportSummary(result.summary, locale)));
  note(message(locale, 'written', { path: shownOutput }));
  return IMPORT_EXIT_OK;
}
