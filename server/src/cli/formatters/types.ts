import type { Locale, RuleMeta } from '../../engine';
import type { FileResult } from '../results';

export interface FormatContext {
  /** Paths are shown relative to this folder. */
  cwd: string;
  locale: Locale;
  /** ANSI colours (stylish only). */
  color: boolean;
  version: string;
  /** The metadata of every rule, for formats that describe the rules (SARIF). */
  rules: readonly RuleMeta[];
  /** Files that could not be read or written; the formats that can carry them say so. */
  failures: ReadonlyArray<{ filePath: string; message: string }>;
  /** With --quiet: how many warnings and info messages were found but not shown. */
  hidden?: { warnings: number; infos: number };
}

/** Turns the results (sorted by path) into the report text. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
