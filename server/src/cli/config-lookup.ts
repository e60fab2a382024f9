import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig, ruleIds, type Locale, type SeveritySetting } from '../engine';
import { cliMessage, describeIoError } from './messages';
import { displayPath } from './results';

export const CONFIG_FILE_NAMES = ['.meldcoderc.yaml', '.meldcoderc.yml'] as const;

/** The settings one protocol file is checked with. */
export interface EffectiveConfig {
  /** The configuration file, or undefined for the defaults. */
  source?: string;
  rules: Array<[string, SeveritySetting]>;
  maxFileSize?: number;
}

const DEFAULTS: EffectiveConfig = { rules: [] };

/**
 * Finds the configuration of each protocol file by walking up from its folder, and reads
 * each configuration file once. Problems in a configuration are reported (once per file,
 * with file and line) and the defaults stand in for whatever could not be read.
 */
export class ConfigLookup {
  private readonly byFolder = new Map<string, EffectiveConfig>();
  private readonly byFile = new Map<string, EffectiveConfig>();

  constructor(
    private readonly locale: Locale,
    private readonly cwd: string,
    private readonly report: (line: string) => void,
    private readonly explicit?: EffectiveConfig,
  ) {}

  /** Reads the file given with --config; throws the I/O error when it cannot be read at all. */
  static readExplicit(filePath: string, locale: Locale, cwd: string, report: (line: string) => void): EffectiveConfig {
    const text = fs.readFileSync(filePath, 'utf8');
    return interpret(filePath, text, locale, cwd, report);
  }

  forFile(protocolPath: string): EffectiveConfig {
    if (this.explicit) return this.explicit;
    return this.forFolder(path.dirname(protocolPath));
  }

  private forFolder(start: string): EffectiveConfig {
    const pending: string[] = [];
    let folder = start;
    let found: EffectiveConfig | undefined;
    for (;;) {
      const cached = this.byFolder.get(folder);
      if (cached) {
        found = cached;
        break;
      }
      pending.push(folder);
      const here = this.configIn(folder);
      if (here) {
        found = here;
        break;
      }
      const parent = path.dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
    const result = found ?? DEFAULTS;
    for (const visited of pending) this.byFolder.set(visited, result);
    return result;
  }

  private configIn(folder: string): EffectiveConfig | undefined {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      const cached = this.byFile.get(candidate);
      if (cached) return cached;
      let text: string;
      try {
        text = fs.readFileSync(candidate, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') continue;
        const reason = cliMessage(this.locale, 'configUnreadable', { path: displayPath(candidate, this.cwd), reason: describeIoError(this.locale, error) });
        this.report(cliMessage(this.locale, 'configUnreadableDefaults', { reason: reason.replace(/\.$/, '') }));
        const defaults: EffectiveConfig = { source: candidate, rules: [] };
        this.byFile.set(candidate, defaults);
        return defaults;
      }
      const config = interpret(candidate, text, this.locale, this.cwd, this.report);
      this.byFile.set(candidate, config);
      return config;
    }
    return undefined;
  }
}

function interpret(filePath: string, text: string, locale: Locale, cwd: string, report: (line: string) => void): EffectiveConfig {
  const { config, problems } = parseConfig(text, ruleIds);
  for (const problem of problems) report(`${displayPath(filePath, cwd)}:${problem.line}: ${problem.message[locale]}`);
  return { source: filePath, rules: [...config.rules], maxFileSize: config.maxFileSize };
}
