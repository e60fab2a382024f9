import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { allRules, type Locale } from '../engine';
import { ConfigLookup } from './config-lookup';
import { discoverFiles, type DiscoveryProblem } from './discover';
import { FORMATTERS } from './formatters';
import { cliMessage, countNoun, describeIoError, HELP_TEXT } from './messages';
import { parseArguments } from './options';
import { failureMessage, lintAll, namedPaths, noteDiscoveryProblems, readConfigOption, type CliIo } from './lint-run';
import { runImport } from './import-command';
import { runRender } from './render-command';
import { runReport } from './report-command';
import { comparePaths, displayPath, sumCounts, type FileFailure, type FileResult, type LintTask } from './results';
import { sameFileAs } from './output-guard';
import { terminalSafe } from './terminal-text';
import { packageVersion } from './version';

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE_OR_IO = 2;

export type { CliIo } from './lint-run';

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'render') return runRender(argv.slice(1), io);
  if (argv[0] === 'import') return runImport(argv.slice(1), io);
  if (argv[0] === 'report') return runReport(argv.slice(1), io);
  const parsed = parseArguments(argv, io.env);
  if (!parsed.ok) {
    io.stderr(`meldcode-lint: ${parsed.message}\n`);
    return EXIT_USAGE_OR_IO;
  }
  const options = parsed.options;
  const { locale } = options;
  if (options.help) {
    io.stdout(HELP_TEXT[locale]);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  // Paths and values in a note may hold terminal escapes.
  const note = (line: string): void => io.stderr(`meldcode-lint: ${terminalSafe(line)}\n`);
  const shown = (filePath: string): string => displayPath(filePath, io.cwd);

  const explicit = readConfigOption(options.config, locale, io.cwd, note);
  if (!explicit.ok) return EXIT_USAGE_OR_IO;
  const explicitConfig = explicit.config;

  const discovery = discoverFiles(options.paths, io.cwd);
  const { usageError, ioTrouble: discoveryTrouble } = noteDiscoveryProblems(discovery.problems, locale, io.cwd, note);
  let ioTrouble = discoveryTrouble;
  if (usageError) return EXIT_USAGE_OR_IO;
  if (discovery.files.length === 0) {
    if (!ioTrouble) note(cliMessage(locale, 'noFilesFound', { paths: options.paths.join(', ') }));
    return EXIT_USAGE_OR_IO;
  }

  const { named, roots } = namedPaths(options.paths, io.cwd);
  const lookup = new ConfigLookup(locale, io.cwd, note, explicitConfig);
  const configSources = new Set<string>();
  const tasks: LintTask[] = discovery.files.map((filePath) => {
    const config = lookup.forFile(filePath);
    if (config.source !== undefined) configSources.add(config.source);
    return {
      filePath,
      rules: config.rules,
      maxFileSize: config.maxFileSize,
      fix: options.fix,
      fixErrorsOnly: options.quiet,
      fixRoots: roots,
      named: named.has(filePath),
    };
  });

  // The report must not land on a file it is made of: compared by device and inode, so that
  // another name for it (a link, a linked folder) is caught as well as the same name.
  if (options.output !== undefined) {
    const clash = sameFileAs(path.resolve(io.cwd, options.output), [...discovery.files, ...configSources]);
    if (clash !== undefined) {
      note(cliMessage(locale, 'outputIsInput', { path: options.output, input: shown(clash) }));
      return EXIT_USAGE_OR_IO;
    }
  }

  const outcomes = await lintAll(tasks, options, io);

  const results: FileResult[] = [];
  const failures: FileFailure[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'result') results.push(outcome.result);
    if (outcome.failure) failures.push(outcome.failure);
  }
  results.sort((a, b) => comparePaths(a.filePath, b.filePath));
  const failureMessages = failures.map((failure) => ({ filePath: failure.filePath, message: failureMessage(locale, failure, shown) }));
  for (const failure of failureMessages) note(failure.message);
  if (failures.length > 0) ioTrouble = true;

  const all = sumCounts(results);
  const reported = options.quiet
    ? results.map((result) => ({ ...result, findings: result.findings.filter((finding) => finding.severity === 'error') }))
    : results;
  const report = FORMATTERS[options.format](reported, {
    cwd: io.cwd,
    locale,
    color: options.output === undefined && io.stdoutIsTTY && !io.env.NO_COLOR,
    version: packageVersion(),
    rules: allRules.map((rule) => rule.meta),
    failures: failureMessages,
    // --quiet shows errors only: the summary says what it left out.
    ...(options.quiet ? { hidden: { warnings: all.warnings, infos: all.infos } } : {}),
  });
  if (options.output !== undefined) {
    const outputPath = path.resolve(io.cwd, options.output);
    try {
      fs.mkdirSync(path.dirname(outputPath), { recursive: true });
      fs.writeFileSync(outputPath, report);
    } catch (error) {
      note(cliMessage(locale, 'outputNotWritable', { path: options.output, reason: describeIoError(locale, error) }));
      return EXIT_USAGE_OR_IO;
    }
  } else {
    io.stdout(report);
  }

  const fixes = results.reduce((sum, result) => sum + result.fixesApplied, 0);
  if (fixes > 0) {
    const files = results.filter((result) => result.fixesApplied > 0).length;
    note(cliMessage(locale, 'fixedFiles', { fixes: countNoun(locale, fixes, 'fix'), files: countNoun(locale, files, 'file') }));
  }
  const tooManyWarnings = options.maxWarnings !== undefined && all.warnings > options.maxWarnings;
  if (tooManyWarnings) note(cliMessage(locale, 'tooManyWarnings', { count: all.warnings, max: options.maxWarnings! }));
  if (ioTrouble) return EXIT_USAGE_OR_IO;
  return all.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/** The entry point of `bin/meldcode-lint.js`. */
export function runFromCommandLine(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`meldcode-lint ... | head`): nothing left to tell.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    // The output cannot be written (`> /dev/full`, a full disk): an I/O error, not findings.
    const locale = localeOf(process.argv.slice(2));
    try {
      process.stderr.write(`meldcode-lint: ${cliMessage(locale, 'stdoutNotWritable', { reason: describeIoError(locale, error) })}\n`);
    } catch {
      // standard error is gone as well
    }
    process.exit(EXIT_USAGE_OR_IO);
  });
  const io: CliIo = {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const locale = localeOf(process.argv.slice(2));
      process.stderr.write(`meldcode-lint: ${cliMessage(locale, 'internalError', { reason: error instanceof Error ? error.stack ?? error.message : String(error) })}\n`);
      process.exitCode = EXIT_USAGE_OR_IO;
    },
  );
}

function localeOf(argv: readonly string[]): Locale {
  // Even arguments with a mistake in them give the language asked for (--locale, else LANG).
  const parsed = parseArguments(argv, process.env);
  return parsed.ok ? parsed.options.locale : parsed.locale;
}

if (require.main === module && isMainThread) runFromCommandLine();
