import { type Locale, type SeveritySetting } from '../engine';
import { ConfigFiles, readConfigFile, type FileConfig } from '../config-files';
import { cliMessage, describeIoError } from './messages';
import { displayPath } from './results';

/** The settings one protocol file is checked with. */
export interface EffectiveConfig {
  /** The configuration file, or undefined for the defaults. */
  source?: string;
  rules: Array<[string, SeveritySetting]>;
  maxFileSize?: number;
}

/**
 * Finds the configuration of each protocol file by walking up from its folder, and reads
 * each configuration file once. Problems in a configuration are reported (once per file,
 * with file and line) and the defaults stand in for whatever could not be read.
 */
export class ConfigLookup {
  private readonly files = new ConfigFiles();
  private readonly reported = new Map<FileConfig, EffectiveConfig>();

  constructor(
    private readonly locale: Locale,
    private readonly cwd: string,
    private readonly report: (line: string) => void,
    private readonly explicit?: EffectiveConfig,
  ) {}

  /** Reads the file given with --config; throws the I/O error when it cannot be read at all. */
  static readExplicit(filePath: string, locale: Locale, cwd: string, report: (line: string) => void): EffectiveConfig {
    return new ConfigLookup(locale, cwd, report).effective(readConfigFile(filePath));
  }

  forFile(protocolPath: string): EffectiveConfig {
    return this.explicit ?? this.effective(this.files.forProtocol(protocolPath));
  }

  private effective(config: FileConfig): EffectiveConfig {
    let result = this.reported.get(config);
    if (result) return result;
    if (config.readError && config.source !== undefined) {
      const reason = cliMessage(this.locale, 'configUnreadable', { path: displayPath(config.source, this.cwd), reason: describeIoError(this.locale, config.readError) });
      this.report(cliMessage(this.locale, 'configUnreadableDefaults', { reason: reason.replace(/\.$/, '') }));
    }
    for (const problem of config.problems) this.report(`${displayPath(config.source ?? '', this.cwd)}:${problem.line}: ${problem.message[this.locale]}`);
    result = { source: config.source, rules: [...config.rules], maxFileSize: config.maxFileSize };
    this.reported.set(config, result);
    return result;
  }
}
