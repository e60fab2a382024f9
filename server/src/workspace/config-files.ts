import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig, ruleIds, type ConfigProblem, type SeveritySetting } from '../engine';

export const CONFIG_FILE_NAMES = ['.meldcoderc.yaml', '.meldcoderc.yml'] as const;

/** The configuration file that applies to a protocol, as read. */
export interface FileConfig {
  /** Path of the configuration file; undefined when none applies. */
  source?: string;
  rules: ReadonlyMap<string, SeveritySetting>;
  maxFileSize?: number;
  problems: readonly ConfigProblem[];
}

const NONE: FileConfig = { rules: new Map(), problems: [] };

/**
 * Finds the `.meldcoderc.yaml` of a protocol by walking up from its folder, as the
 * command-line validator does. Files are read once and remembered until `clear()`
 * (called when a configuration file changes). The file is data: nothing in it runs.
 */
export class ConfigFiles {
  private readonly byFolder = new Map<string, FileConfig>();
  private readonly byFile = new Map<string, FileConfig | null>();

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

  /** Every configuration file read so far, with its problems. */
  readFiles(): FileConfig[] {
    return [...this.byFile.values()].filter((config): config is FileConfig => config !== null);
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
      let text: string;
      try {
        text = fs.readFileSync(candidate, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') {
          this.byFile.set(candidate, null);
          continue;
        }
        const unreadable: FileConfig = {
          source: candidate,
          rules: new Map(),
          problems: [
            {
              line: 1,
              message: {
                nl: `De configuratie kan niet gelezen worden (${code ?? 'EIO'}); de standaardinstellingen worden gebruikt.`,
                en: `The configuration cannot be read (${code ?? 'EIO'}); the defaults are used.`,
              },
            },
          ],
        };
        this.byFile.set(candidate, unreadable);
        return unreadable;
      }
      const { config, problems } = parseConfig(text, ruleIds);
      const result: FileConfig = { source: candidate, rules: config.rules, maxFileSize: config.maxFileSize, problems };
      this.byFile.set(candidate, result);
      return result;
    }
    return undefined;
  }
}

export function isConfigFile(filePath: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(filePath));
}
