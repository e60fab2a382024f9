import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE, parseProtocolBytes, type Locale, type LocalizedText } from '../engine';
import { fillTemplate } from '../engine/template';
import { createRouteMapView, renderExportDocument } from '../render';
import { isTooLarge, readRegularFileSync } from '../safe-read';
import { protocolWithBases } from '../workspace/locations';
import { ConfigLookup } from './config-lookup';
import { cliMessage, describeIoError } from './messages';
import { localeFromEnvironment } from './options';
import { sameFileAs } from './output-guard';
import { terminalSafe } from './terminal-text';
import { loadWord } from '../word/load';

/**
 * `meldcode-lint render <file> [--format html|docx] [-o out] [--locale en] [--config file]`: the
 * protocol as one self-contained, printable HTML file (route map, steps, afwegingskader, contact
 * sheet), or as a Word document with the same parts. The document is Dutch unless --locale en is
 * given. A Word document is only written to a file (-o), never to standard output.
 */

const RENDER_EXIT_OK = 0;
const RENDER_EXIT_UNDRAWABLE = 1;
const RENDER_EXIT_USAGE_OR_IO = 2;

export interface RenderIo {
  cwd: string;
  /** For the language of the messages without --locale (LC_ALL, LC_MESSAGES, LANG), as the rest of the command line. */
  env?: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const MESSAGES = {
  oneFile: {
    nl: "Geef precies één protocolbestand op, bijvoorbeeld 'meldcode-lint render protocol.meldcode.yaml -o routekaart.html'.",
    en: "Name exactly one protocol file, for example 'meldcode-lint render protocol.meldcode.yaml -o routekaart.html'.",
  },
  sameFile: {
    nl: "De uitvoer '{path}' is het protocol zelf; kies een ander bestand, bijvoorbeeld routekaart.html.",
    en: "The output '{path}' is the protocol itself; choose another file, for example routekaart.html.",
  },
  tooLarge: {
    nl: "'{path}' is te groot om te tekenen ({size} bytes; de grens is {limit} bytes, zie max-file-size in .meldcoderc.yaml).",
    en: "'{path}' is too large to draw ({size} bytes; the limit is {limit} bytes, see max-file-size in .meldcoderc.yaml).",
  },
  undrawable: {
    nl: "'{path}' kan niet getekend worden: {reason}",
    en: "'{path}' cannot be drawn: {reason}",
  },
  notWritable: {
    nl: "De routekaart kan niet naar '{path}' geschreven worden: {reason}.",
    en: "The route map cannot be written to '{path}': {reason}.",
  },
  written: {
    nl: "routekaart van '{source}' geschreven naar '{path}'.",
    en: "route map of '{source}' written to '{path}'.",
  },
  writtenDocx: {
    nl: "Word-document van '{source}' geschreven naar '{path}'.",
    en: "Word document of '{source}' written to '{path}'.",
  },
  badFormat: {
    nl: "Onbekend formaat '{value}'; kies html of docx.",
    en: "Unknown format '{value}'; choose html or docx.",
  },
  docxNeedsOutput: {
    nl: "Een Word-document gaat niet naar het scherm; geef een bestand op met -o, bijvoorbeeld 'meldcode-lint render protocol.meldcode.yaml --format docx -o protocol.docx'.",
    en: "A Word document does not go to the screen; name a file with -o, for example 'meldcode-lint render protocol.meldcode.yaml --format docx -o protocol.docx'.",
  },
  docxNotWritable: {
    nl: "Het Word-document kan niet naar '{path}' geschreven worden: {reason}.",
    en: "The Word document cannot be written to '{path}': {reason}.",
  },
  help: {
    nl: `Gebruik: meldcode-lint render <protocol> [--format html|docx] [-o <uitvoer>] [--locale nl|en] [--config <pad>]

Schrijft het protocol als één HTML-bestand om te bekijken en af te drukken (A4): de
gegevens van de organisatie, de routekaart, de stappen met hun acties, het
afwegingskader en de contactlijst. Het bestand bevat alles zelf (geen scripts, geen
verwijzingen naar internet). Ontbrekende stappen staan er rood gestreept in.

Met --format docx wordt het een Word-document met dezelfde onderdelen, A4, met de
kopstijlen van Word (Kop 1 en Kop 2, zodat Word er een inhoudsopgave van kan maken),
de routekaart als tabel en de contactlijst liggend. Een Word-document gaat alleen
naar een bestand: -o is dan verplicht.

Opties:
  --format <html|docx>  HTML-pagina (standaard) of Word-document
  -o, --output <pad>    schrijf naar dit bestand in plaats van naar het scherm (een
                        bestaand bestand met die naam wordt vervangen)
  --locale <nl|en>      taal van het document (standaard nl) en van de meldingen
                        (standaard nl als LANG met "nl" begint, anders en)
  --config <pad>        gebruik dit configuratiebestand in plaats van .meldcoderc.yaml te zoeken
  -h, --help            toon deze hulp

Afsluitcodes: 0 geschreven; 1 het bestand is geen leesbare tekst; 2 gebruiks-, lees- of schrijffout.
`,
    en: `Usage: meldcode-lint render <protocol> [--format html|docx] [-o <output>] [--locale nl|en] [--config <path>]

Writes the protocol as one HTML file to view and print (A4): the organisation's
details, the route map, the steps with their actions, the afwegingskader and the
contact sheet. The file holds everything itself (no scripts, no references to the
internet). Missing steps are drawn as red dashed boxes.

With --format docx it is a Word document with the same parts, A4, with Word's
heading styles (Heading 1 and Heading 2, so that Word can make a table of contents),
the route map as a table and the contact sheet in landscape. A Word document only
goes to a file: -o is then required.

Options:
  --format <html|docx>  HTML page (default) or Word document
  -o, --output <path>   write to this file instead of the screen (an existing file of
                        that name is replaced)
  --locale <nl|en>      language of the document (default nl) and of the messages
                        (default nl when LANG starts with "nl", else en)
  --config <path>       use this configuration file instead of looking for .meldcoderc.yaml
  -h, --help            print this help

Exit codes: 0 written; 1 the file is not readable text; 2 usage, read or write error.
`,
  },
} satisfies Record<string, LocalizedText>;

function message(locale: Locale, id: keyof typeof MESSAGES, data: Record<string, string | number> = {}): string {
  return fillTemplate(MESSAGES[id][locale], data);
}

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  locale: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type RenderFormat = 'html' | 'docx';

type RenderArguments =
  | { ok: true; file?: string; output?: string; config?: string; format: RenderFormat; locale: Locale; documentLocale: Locale; help: boolean; extraFiles: boolean }
  | { ok: false; locale: Locale; message: string };

/** `locale` is the language of the messages (--locale, else the environment); the document is Dutch unless --locale says otherwise. */
function parseRenderArguments(argv: readonly string[], env: NodeJS.ProcessEnv): RenderArguments {
  let locale: Locale = localeFromEnvironment(env);
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const localeToken = tokens.find((token) => token.kind === 'option' && token.name === 'locale');
  if (localeToken?.kind === 'option' && (localeToken.value === 'nl' || localeToken.value === 'en')) locale = localeToken.value;
  const files: string[] = [];
  const values: Record<string, string | boolean> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') files.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.prototype.hasOwnProperty.call(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : undefined;
    if (!spec) return { ok: false, locale, message: cliMessage(locale, 'unknownOption', { option: token.rawName }) };
    if (spec.type === 'boolean') {
      if (token.inlineValue) return { ok: false, locale, message: cliMessage(locale, 'unexpectedValue', { option: token.rawName }) };
      values[token.name] = true;
      continue;
    }
    if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'))) {
      return { ok: false, locale, message: cliMessage(locale, 'missingValue', { option: token.rawName }) };
    }
    values[token.name] = token.value;
  }
  const localeValue = values.locale as string | undefined;
  if (localeValue !== undefined && localeValue !== 'nl' && localeValue !== 'en') {
    return { ok: false, locale, message: cliMessage(locale, 'badLocale', { value: localeValue }) };
  }
  const format = (values.format as string | undefined) ?? 'html';
  if (format !== 'html' && format !== 'docx') return { ok: false, locale, message: message(locale, 'badFormat', { value: format }) };
  return {
    ok: true,
    file: files[0],
    extraFiles: files.length > 1,
    output: values.output as string | undefined,
    config: values.config as string | undefined,
    format,
    locale,
    documentLocale: (localeValue as Locale | undefined) ?? 'nl',
    help: values.help === true,
  };
}

/**
 * Runs `render`. HTML is written at once (a number); a Word document is packed asynchronously
 * (a promise of the exit code).
 */
export function runRender(argv: readonly string[], io: RenderIo): number | Promise<number> {
  const parsed = parseRenderArguments(argv, io.env ?? {});
  // Paths in a note may hold terminal escapes.
  const note = (line: string): void => io.stderr(`meldcode-lint render: ${terminalSafe(line)}\n`);
  if (!parsed.ok) {
    note(parsed.message);
    return RENDER_EXIT_USAGE_OR_IO;
  }
  const { locale, documentLocale } = parsed;
  if (parsed.help) {
    io.stdout(MESSAGES.help[locale]);
    return RENDER_EXIT_OK;
  }
  if (parsed.file === undefined || parsed.extraFiles) {
    note(message(locale, 'oneFile'));
    return RENDER_EXIT_USAGE_OR_IO;
  }
  // Binary data on a terminal garbles it, and in a pipe it is rarely what was meant.
  if (parsed.format === 'docx' && parsed.output === undefined) {
    note(message(locale, 'docxNeedsOutput'));
    return RENDER_EXIT_USAGE_OR_IO;
  }
  const protocolPath = path.resolve(io.cwd, parsed.file);
  const outputPath = parsed.output === undefined ? undefined : path.resolve(io.cwd, parsed.output);
  // By device and inode: another name of the protocol (a link, a linked folder) is the protocol too.
  if (outputPath !== undefined && sameFileAs(outputPath, [protocolPath]) !== undefined) {
    note(message(locale, 'sameFile', { path: parsed.output! }));
    return RENDER_EXIT_USAGE_OR_IO;
  }

  let config;
  try {
    config =
      parsed.config === undefined
        ? new ConfigLookup(locale, io.cwd, note).forFile(protocolPath)
        : ConfigLookup.readExplicit(path.resolve(io.cwd, parsed.config), locale, io.cwd, note);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    note(
      missing
        ? cliMessage(locale, 'configMissing', { path: parsed.config! })
        : cliMessage(locale, 'configUnreadable', { path: parsed.config!, reason: describeIoError(locale, error) }),
    );
    return RENDER_EXIT_USAGE_OR_IO;
  }

  if (outputPath !== undefined && config.source !== undefined && sameFileAs(outputPath, [config.source]) !== undefined) {
    note(cliMessage(locale, 'outputIsInput', { path: parsed.output!, input: config.source }));
    return RENDER_EXIT_USAGE_OR_IO;
  }

  let bytes: Buffer;
  try {
    // Only a regular file (a pipe would hang, a link to a device never end), and never more
    // than 3 bytes for each character allowed.
    const limit = config.maxFileSize;
    const read = readRegularFileSync(protocolPath, (limit ?? DEFAULT_MAX_FILE_SIZE) * 3);
    if (limit !== undefined && read.stat.size > limit) {
      note(message(locale, 'tooLarge', { path: parsed.file, size: read.stat.size, limit }));
      return RENDER_EXIT_UNDRAWABLE;
    }
    bytes = read.bytes;
  } catch (error) {
    if (isTooLarge(error)) {
      note(message(locale, 'tooLarge', { path: parsed.file, size: error.size ?? 0, limit: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE }));
      return RENDER_EXIT_UNDRAWABLE;
    }
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    note(missing ? cliMessage(locale, 'pathMissing', { path: parsed.file }) : cliMessage(locale, 'fileUnreadable', { path: parsed.file, reason: describeIoError(locale, error) }));
    return RENDER_EXIT_USAGE_OR_IO;
  }

  // A location protocol is drawn merged with its base (docs/locations.md).
  const { document, findings, levels } = protocolWithBases(protocolPath, parseProtocolBytes(bytes, { maxFileSize: config.maxFileSize }), [io.cwd], {
    rules: new Map(config.rules),
    maxFileSize: config.maxFileSize,
  });
  if (document.yaml === undefined) {
    // Binary, not UTF-8, or too large: there is nothing to draw.
    const problem = findings.find((finding) => finding.ruleId === 'yaml-syntax') ?? findings.find((finding) => finding.severity === 'error');
    const reason = problem?.message[locale] ?? '';
    note(message(locale, 'undrawable', { path: parsed.file, reason }));
    return RENDER_EXIT_UNDRAWABLE;
  }
  const view = createRouteMapView(document, { locale: documentLocale, findings, levels: levels?.documents });
  const sourceName = path.basename(protocolPath);
  if (parsed.format === 'docx') {
    return loadWord()
      .exportDocx(view, { locale: documentLocale, sourceName })
      .then((bytes) => {
        const problem = writeOutput(outputPath!, bytes);
        if (problem !== undefined) {
          note(message(locale, 'docxNotWritable', { path: parsed.output!, reason: describeIoError(locale, problem) }));
          return RENDER_EXIT_USAGE_OR_IO;
        }
        note(message(locale, 'writtenDocx', { source: parsed.file!, path: parsed.output! }));
        return RENDER_EXIT_OK;
      });
  }
  const html = renderExportDocument(view, { sourceName });

  if (outputPath === undefined) {
    io.stdout(html);
    return RENDER_EXIT_OK;
  }
  const problem = writeOutput(outputPath, html);
  if (problem !== undefined) {
    note(message(locale, 'notWritable', { path: parsed.output!, reason: describeIoError(locale, problem) }));
    return RENDER_EXIT_USAGE_OR_IO;
  }
  note(message(locale, 'written', { source: parsed.file, path: parsed.output! }));
  return RENDER_EXIT_OK;
}

/** Writes the output, its folder made when missing; the error when that fails. */
function writeOutput(outputPath: string, data: string | Uint8Array): unknown {
  try {
    fs.mkdirSync(path.dirname(outputPath), { recursive: true });
    fs.writeFileSync(outputPath, data);
    return undefined;
  } catch (error) {
    return error;
  }
}
