import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Locale } from '../engine';
import { ConfigLookup, type EffectiveConfig } from './config-lookup';
import type { DiscoveryProblem } from './discover';
import { reportBasesOnce } from './lint-file';
import { cliMessage, describeIoError } from './messages';
import type { CliOptions } from './options';
import { lintInWorkers, lintSafely } from './pool';
import { Progress } from './progress';
import { displayPath, type FileFailure, type LintOutcome, type LintTask } from './results';

/**
 * What checking files takes on the command line, shared by the check itself (main.ts) and
 * `meldcode-lint report`: the --config file, discovery's problems, the named paths, the run
 * over threads with progress, and the message for a file that could not be checked.
 */

/** From this many files on, the work is spread over worker threads (below it, starting them costs more than it saves). */
const WORKER_THRESHOLD = 64;
/** From this many files on, a progress line is shown on an interactive terminal. */
const PROGRESS_THRESHOLD = 200;

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/** The configuration given with --config, if any; `ok: false` (said on `note`) when it cannot be read. */
export function readConfigOption(
  given: string | undefined,
  locale: Locale,
  cwd: string,
  note: (line: string) => void,
): { ok: true; config?: EffectiveConfig } | { ok: false } {
  if (given === undefined) return { ok: true };
  try {
    return { ok: true, config: ConfigLookup.readExplicit(path.resolve(cwd, given), locale, cwd, note) };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    note(
      missing
        ? cliMessage(locale, 'configMissing', { path: given })
        : cliMessage(locale, 'configUnreadable', { path: given, reason: describeIoError(locale, error) }),
    );
    return { ok: false };
  }
}

/** Says what discovery ran into: a path that does not exist is a usage error, one that cannot be read an I/O error. */
export function noteDiscoveryProblems(
  problems: readonly DiscoveryProblem[],
  locale: Locale,
  cwd: string,
  note: (line: string) => void,
): { usageError: boolean; ioTrouble: boolean } {
  const shown = (filePath: string): string => displayPath(filePath, cwd);
  let usageError = false;
  let ioTrouble = false;
  for (const problem of problems) {
    if (problem.kind === 'missing') {
      note(cliMessage(locale, 'pathMissing', { path: problem.path }));
      usageError = true;
    } else if (problem.kind === 'unreadable') {
      const data = { path: shown(path.resolve(cwd, problem.path)), reason: describeIoError(locale, problem.error) };
      note(cliMessage(locale, problem.folder ? 'folderUnreadable' : 'pathUnreadable', data));
      ioTrouble = true;
    } else if (problem.kind === 'not-a-file') {
      note(cliMessage(locale, 'notAFile', { path: problem.path }));
      ioTrouble = true;
    } else {
      note(cliMessage(locale, problem.selfReferring ? 'symlinkBroken' : 'symlinkLoop', { path: shown(problem.path) }));
    }
  }
  return { usageError, ioTrouble };
}

/**
 * The files named on the command line (absolute paths as discovery gives them), and the real
 * paths of the folders --fix may write in: each folder named, and the folder of each file named.
 */
export function namedPaths(paths: readonly string[], cwd: string): { named: Set<string>; roots: string[] } {
  const named = new Set<string>();
  const roots = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    try {
      if (fs.statSync(absolute).isDirectory()) {
        roots.add(fs.realpathSync(absolute));
      } else {
        named.add(absolute);
        roots.add(fs.realpathSync(path.dirname(absolute)));
      }
    } catch {
      // Discovery reports what cannot be found or read.
    }
  }
  return { named, roots: [...roots] };
}

export async function lintAll(tasks: readonly LintTask[], options: Pick<CliOptions, 'locale'>, io: CliIo): Promise<LintOutcome[]> {
  const progress = io.stderrIsTTY && tasks.length >= PROGRESS_THRESHOLD ? new Progress(tasks.length, options.locale, io.stderr) : undefined;
  const update = (done: number): void => progress?.update(done);
  try {
    const cores = os.availableParallelism();
    if (tasks.length >= WORKER_THRESHOLD && cores > 1) {
      // This thread works too, so one worker fewer than there are cores.
      return reportBasesOnce(await lintInWorkers(tasks, Math.min(cores - 1, Math.ceil(tasks.length / WORKER_THRESHOLD)), update));
    }
    return reportBasesOnce(
      tasks.map((task, index) => {
        const outcome = lintSafely(task);
        update(index + 1);
        return outcome;
      }),
    );
  } finally {
    progress?.clear();
  }
}

export function failureMessage(locale: Locale, failure: FileFailure, shown: (filePath: string) => string): string {
  const data = { path: shown(failure.filePath), reason: describeIoError(locale, failure.error) };
  switch (failure.kind) {
    case 'vanished':
      return cliMessage(locale, 'fileVanished', data);
    case 'not-written':
      return cliMessage(locale, 'fixNotWritten', data);
    case 'crashed':
      return cliMessage(locale, 'fileCrashed', { path: data.path, reason: failure.error.message });
    default:
      return cliMessage(locale, 'fileUnreadable', data);
  }
}
