import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale, LocalizedText } from '../engine';
import { fillTemplate } from '../engine/template';
import {
  buildReport,
  isCalendarDate,
  OVERVIEW_FORMATS,
  renderOverviewCsv,
  renderOverviewHtml,
  renderOverviewJson,
  type OverviewFormat,
  type Report,
  type ReportInput,
} from '../report';
import { ConfigLookup } from './config-lookup';
import { discoverFiles } from './discover';
import { failureMessage, lintAll, namedPaths, noteDiscoveryProblems, readConfigOption, type CliIo } from './lint-run';
import { cliMessage, describeIoError } from './messages';
import { parseArguments, type CliOptions } from './options';
import { sameFileAs } from './output-guard';
import { comparePaths, displayPath, type LintTask } from './results';
import { terminalSafe } from './terminal-text';

/**
 * `meldcode-lint report <folders...> [-o overzicht.html] [--format html|json|csv]`: one overview
 * of many protocols for a reviewer. The protocols are checked as `meldcode-lint` checks them
 * (same discovery, configuration, worker threads and progress line); the overview is written
 * whatever they hold, so the exit code says only whether it was written.
 */

const REPORT_EXIT_WRITTEN = 0;
const REPORT_EXIT_USAGE_OR_IO = 2;

const MESSAGES = {
  badFormat: {
    nl: "Onbekend formaat '{value}' voor het overzicht; kies uit html, json of csv.",
    en: "Unknown format '{value}' for the overview; choose html, json or csv.",
  },
  badToday: {
    nl: "--today verwacht een datum als JJJJ-MM-DD, niet '{value}'.",
    en: "--today needs a date as YYYY-MM-DD, not '{value}'.",
  },
  notForReport: {
    nl: "De optie '{option}' hoort niet bij 'meldcode-lint report'. Zie 'meldcode-lint report --help'.",
    en: "The option '{option}' does not belong to 'meldcode-lint report'. See 'meldcode-lint report --help'.",
  },
  noPaths: {
    nl: "Geef de mappen of bestanden op waarvan u een overzicht wilt, bijvoorbeeld 'meldcode-lint report protocollen/ -o overzicht.html'.",
    en: "Name the folders or files to make an overview of, for example 'meldcode-lint report protocols/ -o overview.html'.",
  },
  written: {
    nl: "overzicht van {protocols} geschreven naar '{path}'.",
    en: "overview of {protocols} written to '{path}'.",
  },
  protocolOne: { nl: '1 protocol', en: '1 protocol' },
  protocolMany: { nl: '{count} protocollen', en: '{count} protocols' },
  help: {
    nl: `Gebruik: meldcode-lint report <mappen of bestanden...> [-o <overzicht.html>] [--format html|json|csv]
                            [--locale nl|en] [--config <pad>] [--today <JJJJ-MM-DD>]

Maakt één overzicht van alle protocollen voor wie ze beoordeelt: per protocol de
organisatie en locatie, de sector, het aantal fouten en waarschuwingen, de datum van
vaststelling en herziening, de aandachtsfunctionarissen en welke onderdelen er zijn.
Bovenaan staan protocollen met fouten, daarna protocollen waarvan de herziening verlopen is
of binnen 90 dagen valt. Daarbij de totalen en een grafiek van de regels die het vaakst falen.
De protocollen worden gecontroleerd zoals 'meldcode-lint' dat doet (met .meldcoderc.yaml).

Opties:
  -o, --output <pad>    schrijf naar dit bestand in plaats van naar het scherm
  --format <naam>       html (standaard; één bestand zonder scripts of verwijzingen naar
                        internet, af te drukken op A4), json of csv (voor een rekenblad);
                        zonder --format volgt het de extensie van -o
  --locale <nl|en>      taal van het overzicht (standaard: nl als LANG met "nl" begint, anders en)
  --config <pad>        gebruik dit configuratiebestand in plaats van .meldcoderc.yaml te zoeken
  --today <datum>       de dag waarop het overzicht de stand geeft (standaard vandaag)
  -h, --help            toon deze hulp

Afsluitcodes: 0 geschreven (wat de protocollen ook bevatten); 2 gebruiks-, lees- of schrijffout.
`,
    en: `Usage: meldcode-lint report <folders or files...> [-o <overview.html>] [--format html|json|csv]
                            [--locale nl|en] [--config <path>] [--today <YYYY-MM-DD>]

Makes one overview of all the protocols for whoever reviews them: per protocol the
organisation and location, the sector, the number of errors and warnings, the dates of
adoption and review, the attention officers and which parts are there. Protocols with
errors come first, then those whose review is overdue or falls within 90 days. With the
totals and a chart of the rules that fail most. The protocols are checked as
'meldcode-lint' checks them (with .meldcoderc.yaml).

Options:
  -o, --output <path>   write to this file instead of the screen
  --format <name>       html (default; one file without scripts or references to the
                        internet, printable on A4), json or csv (for a spreadsheet);
                        without --format it follows the extension of -o
  --locale <nl|en>      language of the overview (default: nl when LANG starts with "nl", else en)
  --config <path>       use this configuration file instead of looking for .meldcoderc.yaml
  --today <date>        the day the overview gives the state of (default today)
  -h, --help            print this help

Exit codes: 0 written (whatever the protocols hold); 2 usage, read or write error.
`,
  },
} satisfies Record<string, LocalizedText>;

function message(locale: Locale, id: keyof typeof MESSAGES, data: Record<string, string | number> = {}): string {
  return fillTemplate(MESSAGES[id][locale], data);
}

export interface ReportArguments {
  paths: string[];
  format: OverviewFormat;
  output?: string;
  locale: Locale;
  config?: string;
  today?: string;
  help: boolean;
}

type ParsedReportArguments = { ok: true; options: ReportArguments } | { ok: false; locale: Locale; message: string };

/** The options only `report` has; taken out before the rest is read as `meldcode-lint` reads it. */
const OWN_OPTIONS = ['format', 'today'] as const;
/** Options of `meldcode-lint` that mean nothing for an overview. */
const REFUSED_OPTIONS = { fix: '--fix', quiet: '--quiet', maxWarnings: '--max-warnings', version: '--version' } as const;

export function parseReportArguments(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedReportArguments {
  const own: Partial<Record<(typeof OWN_OPTIONS)[number], string>> = {};
  const rest: string[] = [];
  let missingValue: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const name = OWN_OPTIONS.find((option) => argument === `--${option}` || argument.startsWith(`--${option}=`));
    if (name === undefined) {
      rest.push(argument);
      continue;
    }
    const inline = argument.startsWith(`--${name}=`);
    const value = inline ? argument.slice(name.length + 3) : argv[i + 1];
    if (!inline) i++;
    if (value === undefined || value === '' || (!inline && value.startsWith('-'))) missingValue ??= `--${name}`;
    else own[name] = value;
  }
  const parsed = parseArguments(rest, env);
  if (!parsed.ok) {
    // "Name the files to check" is worded for checking; the overview has its own.
    const noPaths = parsed.message === cliMessage(parsed.locale, 'noPaths');
    return noPaths ? { ok: false, locale: parsed.locale, message: message(parsed.locale, 'noPaths') } : parsed;
  }
  return finish(parsed.options, own, missingValue);
}

function finish(
  options: CliOptions,
  own: Partial<Record<(typeof OWN_OPTIONS)[number], string>>,
  missingValue: string | undefined,
): ParsedReportArguments {
  const locale = options.locale;
  if (missingValue !== undefined) return { ok: false, locale, message: cliMessage(locale, 'missingValue', { option: missingValue }) };
  for (const [key, option] of Object.entries(REFUSED_OPTIONS)) {
    const value = options[key as keyof typeof REFUSED_OPTIONS];
    if (value !== undefined && value !== false) return { ok: false, locale, message: message(locale, 'notForReport', { option }) };
  }
  const format = own.format ?? formatOfOutput(options.output);
  if (!(OVERVIEW_FORMATS as readonly string[]).includes(format)) return { ok: false, locale, message: message(locale, 'badFormat', { value: format }) };
  if (own.today !== undefined && !isCalendarDate(own.today)) return { ok: false, locale, message: message(locale, 'badToday', { value: own.today }) };
  return {
    ok: true,
    options: {
      paths: options.paths,
      format: format as OverviewFormat,
      locale,
      help: options.help,
      ...(options.output !== undefined ? { output: options.output } : {}),
      ...(options.config !== undefined ? { config: options.config } : {}),
      ...(own.today !== undefined ? { today: own.today } : {}),
    },
  };
}

/** `overzicht.csv` asks for CSV, `overzicht.json` for JSON; anything else gets HTML. */
function formatOfOutput(output: string | undefined): OverviewFormat {
  const extension = output === undefined ? '' : path.extname(output).toLowerCase();
  return extension === '.csv' ? 'csv' : extension === '.json' ? 'json' : 'html';
}

export async function runReport(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseReportArguments(argv, io.env);
  // Paths and values in a note may hold terminal escapes.
  const note = (line: string): void => io.stderr(`meldcode-lint report: ${terminalSafe(line)}\n`);
  if (!parsed.ok) {
    note(parsed.message);
    return REPORT_EXIT_USAGE_OR_IO;
  }
  const options = parsed.options;
  const { locale } = options;
  if (options.help) {
    io.stdout(MESSAGES.help[locale]);
    return REPORT_EXIT_WRITTEN;
  }

  const explicit = readConfigOption(options.config, locale, io.cwd, note);
  if (!explicit.ok) return REPORT_EXIT_USAGE_OR_IO;
  const discovery = discoverFiles(options.paths, io.cwd);
  const { usageError, ioTrouble: discoveryTrouble } = noteDiscoveryProblems(discovery.problems, locale, io.cwd, note);
  if (usageError) return REPORT_EXIT_USAGE_OR_IO;
  if (discovery.files.length === 0) {
    if (!discoveryTrouble) note(cliMessage(locale, 'noFilesFound', { paths: options.paths.join(', ') }));
    return REPORT_EXIT_USAGE_OR_IO;
  }

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const lookup = new ConfigLookup(locale, io.cwd, note, explicit.config);
  const configSources = new Set<string>();
  // The folders named are the workspace a location's base must lie in.
  const { roots } = namedPaths(options.paths, io.cwd);
  const tasks: LintTask[] = discovery.files.map((filePath) => {
    const config = lookup.forFile(filePath);
    if (config.source !== undefined) configSources.add(config.source);
    return { filePath, rules: config.rules, maxFileSize: config.maxFileSize, fix: false, fixErrorsOnly: false, fixRoots: roots, summarize: true, today };
  });

  // By device and inode: another name of an input (a link, a linked folder) is that input too.
  const outputPath = options.output === undefined ? undefined : path.resolve(io.cwd, options.output);
  if (outputPath !== undefined) {
    const clash = sameFileAs(outputPath, [...discovery.files, ...configSources]);
    if (clash !== undefined) {
      note(cliMessage(locale, 'outputIsInput', { path: options.output!, input: displayPath(clash, io.cwd) }));
      return REPORT_EXIT_USAGE_OR_IO;
    }
  }

  const outcomes = await lintAll(tasks, options, io);
  let ioTrouble = discoveryTrouble;
  const inputs: ReportInput[] = [];
  for (const outcome of outcomes) {
    if (outcome.failure) {
      note(failureMessage(locale, outcome.failure, (filePath) => displayPath(filePath, io.cwd)));
      ioTrouble = true;
    }
    if (outcome.kind === 'result') {
      const { filePath, summary, findings, basePath } = outcome.result;
      inputs.push({ file: displayPath(filePath, io.cwd), summary, findings, ...(basePath === undefined ? {} : { base: displayPath(basePath, io.cwd) }) });
    }
  }
  inputs.sort((a, b) => comparePaths(a.file, b.file));
  const report = buildReport(inputs, { today });
  const text = renderReport(report, options.format, locale);

  if (outputPath === undefined) {
    io.stdout(text);
  } else {
    try {
      fs.mkdirSync(path.dirname(outputPath), { recursive: true });
      fs.writeFileSync(outputPath, text);
    } catch (error) {
      note(cliMessage(locale, 'outputNotWritable', { path: options.output!, reason: describeIoError(locale, error) }));
      return REPORT_EXIT_USAGE_OR_IO;
    }
    const protocols = inputs.length === 1 ? message(locale, 'protocolOne') : message(locale, 'protocolMany', { count: inputs.length });
    note(message(locale, 'written', { protocols, path: options.output! }));
  }
  return ioTrouble ? REPORT_EXIT_USAGE_OR_IO : REPORT_EXIT_WRITTEN;
}

export function renderReport(report: Report, format: OverviewFormat, locale: Locale): string {
  if (format === 'json') return renderOverviewJson(report);
  if (format === 'csv') return renderOverviewCsv(report, locale);
  return renderOverviewHtml(report, { locale });
}
