import { isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { PositionMapper } from './positions';
import type { LocalizedText, SeveritySetting } from './types';

/** What a `.meldcoderc.yaml` can set. Keys are stored in a Map, so no key can reach a prototype. */
export interface MeldcodeConfig {
  rules: Map<string, SeveritySetting>;
  maxFileSize?: number;
}

export interface ConfigProblem {
  message: LocalizedText;
  line: number;
}

export interface ConfigResult {
  config: MeldcodeConfig;
  problems: ConfigProblem[];
}

const SETTINGS: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'error']);

export function emptyConfig(): MeldcodeConfig {
  return { rules: new Map() };
}

/**
 * Reads a configuration text. Whatever is wrong is reported and skipped, so a broken
 * configuration never stops validation: the defaults stand in for what could not be read.
 */
export function parseConfig(text: string, knownRuleIds: ReadonlySet<string>): ConfigResult {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  // uniqueKeys is off because yaml compares every key with all keys before it, which takes
  // minutes on a large hostile file; firstDuplicateKey() finds them in one pass.
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const contentEnd = text.trimEnd().length;
  const positions = new PositionMapper(text);
  const lineOf = (at: number): number => {
    // An error found at the end of the file (an unclosed bracket) belongs to the last line with text.
    const offset = Math.min(at, Math.max(0, contentEnd - 1));
    return positions.positionAt(offset).line + 1;
  };
  const errors = [...document.errors, ...firstDuplicateKey(document)];
  if (errors.length > 0) {
    const error = errors[0];
    problems.push({
      line: lineOf(error.pos[0]),
      message: {
        nl: `De configuratie is geen geldige YAML (${error.code}); de standaardinstellingen worden gebruikt.`,
        en: `The configuration is not valid YAML (${error.code}); the defaults are used.`,
      },
    });
    return { config, problems };
  }
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config, problems };
  if (!isMap(root)) {
    problems.push({
      line: 1,
      message: {
        nl: 'De configuratie moet een map zijn met de sleutel "rules"; de standaardinstellingen worden gebruikt.',
        en: 'The configuration must be a mapping with the key "rules"; the defaults are used.',
      },
    });
    return { config, problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key && isScalar(pair.key) ? pair.key.range?.[0] ?? 0 : 0);
    if (key === 'rules') {
      readRules(pair.value, line, knownRuleIds, config, problems, lineOf);
    } else if (key === 'max-file-size') {
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof value === 'number' && Number.isInteger(value) && value > 0) config.maxFileSize = value;
      else
        problems.push({
          line,
          message: {
            nl: '"max-file-size" moet een positief geheel getal (aantal tekens) zijn; de standaard wordt gebruikt.',
            en: '"max-file-size" must be a positive whole number (of characters); the default is used.',
          },
        });
    } else {
      problems.push({
        line,
        message: {
          nl: `Onbekende sleutel "${key}" in de configuratie; bekend zijn "rules" en "max-file-size".`,
          en: `Unknown key "${key}" in the configuration; known keys are "rules" and "max-file-size".`,
        },
      });
    }
  }
  return { config, problems };
}

function readRules(
  node: unknown,
  rulesLine: number,
  knownRuleIds: ReadonlySet<string>,
  config: MeldcodeConfig,
  problems: ConfigProblem[],
  lineOf: (offset: number) => number,
): void {
  if (!isMap(node)) {
    problems.push({
      line: rulesLine,
      message: {
        nl: '"rules" moet een map zijn van regel-id naar off, info, warning of error.',
        en: '"rules" must map rule ids to off, info, warning or error.',
      },
    });
    return;
  }
  for (const pair of node.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] ?? 0 : 0);
    const value = isScalar(pair.value) && pair.value.value !== null ? String(pair.value.value) : '';
    if (!knownRuleIds.has(id)) {
      problems.push({
        line,
        message: { nl: `Onbekende regel "${id}" in de configuratie.`, en: `Unknown rule "${id}" in the configuration.` },
      });
      continue;
    }
    if (!SETTINGS.has(value)) {
      problems.push({
        line,
        message: {
          nl: `Ongeldige instelling "${value}" voor regel "${id}": gebruik off, info, warning of error.`,
          en: `Invalid setting "${value}" for rule "${id}": use off, info, warning or error.`,
        },
      });
      continue;
    }
    config.rules.set(id, value as SeveritySetting);
  }
}

/** Later sources win: defaults < file configuration < editor settings. */
export function mergeRuleSettings(...sources: Array<ReadonlyMap<string, SeveritySetting> | undefined>): Map<string, SeveritySetting> {
  const merged = new Map<string, SeveritySetting>();
  for (const source of sources) source?.forEach((value, key) => merged.set(key, value));
  return merged;
}

/** The first key that repeats an earlier key of the same map, as a YAML error would give it. */
function firstDuplicateKey(document: Document.Parsed): Array<{ code: string; pos: [number, number] }> {
  let found: { code: string; pos: [number, number] } | undefined;
  visit(document, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key) && isScalar(pair.key) && pair.key.range) {
          found = { code: 'DUPLICATE_KEY', pos: [pair.key.range[0], pair.key.range[1]] };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found ? [found] : [];
}
