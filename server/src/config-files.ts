import * as path from 'node:path';
import { parseConfig, ruleIds, type ConfigProblem, type SeveritySetting } from './engine';
import { MAX_CONFIG_FILE_BYTES, readRegularFileSync } from './safe-read';

const CONFIG_FILE_NAMES = ['.meldcoderc.yaml', '.meldcoderc.yml'] as const;

/** The configuration file that applies to a protocol, as read. */
export interface FileConfig {
  /** Path of the configuration file; undefined when none applies. */
  source?: string;
  rules: ReadonlyMap<string, SeveritySetting>;
  maxFileSize?: number;
  /** Problems in the file's content. */
  problems: readonly ConfigProblem[];
  /** Set when the file is there but cannot be read; the defaults then apply. */
  readError?: NodeJS.ErrnoException;
}

const NONE: FileConfig = { rules: new Map(), problems: [] };

/**
 * Reads one configuration file; throws the I/O error when it cannot be read at all, and a
 * RefusedFileError when it is no regular file or larger than MAX_CONFIG_FILE_BYTES.
 */
export function readConfigFile(filePath: string): FileConfig {
  return interpret(filePath, readRegularFileSync(filePath, MAX_CONFIG_FILE_BYTES).bytes.toString('utf8'));
}

export interface ConfigFilesOptions {
  /** A folder that carries a configuration file's name is passed over instead of counting as an unreadable file. */
  skipFolders?: boolean;
}

/**
 * Finds the `.meldcoderc.yaml` of a protocol by walking up from its folder. Files are read
 * once and remembered until `clear()` (called when a configuration file changes). The file
 * is data: nothing in it runs.
 */
export class ConfigFiles {
  private readonly byFolder = new Map<string, FileConfig>();
  private readonly byFile = new Map<string, FileConfig | null>();

  constructor(private readonly options: ConfigFilesOptions = {}) {}

  forProtocol(protocolPath: string): FileConfig {
    const pending: string[] = [];
    let folder = path.dirname(protocolPath);
    let found: FileConfig | undefined;
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
    const result = found ?? NONE;
    for (const visited of pending) this.byFolder.set(visited, result);
    return result;
  }

  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }

  private configIn(folder: string): FileConfig | undefined {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      const cached = this.byFile.get(candidate);
      if (cached !== undefined) {
        if (cached) return cached;
        continue;
      }
      let config: FileConfig;
      try {
        config = readConfigFile(candidate);
      } catch (error) {
        const readError = error as NodeJS.ErrnoException;
        if (readError.code === 'ENOENT' || readError.code === 'ENOTDIR' || (readError.code === 'EISDIR' && this.options.skipFolders)) {
          this.byFile.set(candidate, null);
          continue;
        }
        config = { source: candidate, rules: new Map(), problems: [], readError };
      }
      this.byFile.set(candidate, config);
      return config;
    }
    return undefined;
  }
}

export function isConfigFile(filePath: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(filePath));
}

function interpret(filePath: string, text: string): FileConfig {
  const { config, problems } = parseConfig(text, ruleIds);
  return { source: filePath, rules: config.rules, maxFileSize: config.maxFileSize, problems };
}
