import { parseArgs } from 'node:util';
import type { Locale } from '../engine';
import { cliMessage } from './messages';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  format: FormatName;
  output?: string;
  locale: Locale;
  maxWarnings?: number;
  fix: boolean;
  config?: string;
  quiet: boolean;
  version: boolean;
  help: boolean;
  paths: string[];
}

export type ParsedArguments = { ok: true; options: CliOptions } | { ok: false; locale: Locale; message: string };

const OPTION_CONFIG = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  locale: { type: 'string' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  config: { type: 'string' },
  quiet: { type: 'boolean' },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTION_CONFIG;

/** Dutch when the locale variables (LC_ALL before LC_MESSAGES before LANG) start with "nl", else English. */
export function localeFromEnvironment(env: NodeJS.ProcessEnv): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The --locale given, if valid, so that even a usage error is reported in the language asked for. */
function requestedLocale(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    const value = argv[i].startsWith('--locale=') ? argv[i].slice('--locale='.length) : argv[i] === '--locale' ? argv[i + 1] : undefined;
    if (value === 'nl' || value === 'en') return value;
  }
  return undefined;
}

export function parseArguments(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedArguments {
  let locale = requestedLocale(argv) ?? localeFromEnvironment(env);
  const fail = (id: Parameters<typeof cliMessage>[1], data: Record<string, string>): ParsedArguments => ({
    ok: false,
    locale,
    message: cliMessage(locale, id, data),
  });

  // Parsed leniently with tokens, so that each mistake gets our own message in the user's language.
  const { tokens } = parseArgs({ args: [...argv], options: OPTION_CONFIG, strict: false, allowPositionals: true, tokens: true });
  const values: Partial<Record<OptionName, string | boolean>> = {};
  const paths: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      paths.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const name = token.name as OptionName;
    if (!Object.prototype.hasOwnProperty.call(OPTION_CONFIG, name)) return fail('unknownOption', { option: token.rawName });
    if (OPTION_CONFIG[name].type === 'boolean') {
      if (token.inlineValue) return fail('unexpectedValue', { option: token.rawName });
      values[name] = true;
    } else {
      // A following option is not a value: "--format --fix" forgot the format.
      if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
        return fail('missingValue', { option: token.rawName });
      }
      values[name] = token.value;
    }
  }

  const localeValue = values.locale as string | undefined;
  if (localeValue !== undefined) {
    if (localeValue !== 'nl' && localeValue !== 'en') return fail('badLocale', { value: localeValue });
    locale = localeValue;
  }
  const format = (values.format as string | undefined) ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) return fail('badFormat', { value: format });
  let maxWarnings: number | undefined;
  const maxWarningsValue = values['max-warnings'] as string | undefined;
  if (maxWarningsValue !== undefined) {
    if (!/^\d+$/.test(maxWarningsValue)) return fail('badMaxWarnings', { value: maxWarningsValue });
    maxWarnings = Number(maxWarningsValue);
  }
  const options: CliOptions = {
    format: format as FormatName,
    output: values.output as string | undefined,
    locale,
    maxWarnings,
    fix: values.fix === true,
    config: values.config as string | undefined,
    quiet: values.quiet === true,
    version: values.version === true,
    help: values.help === true,
    paths,
  };
  if (!options.help && !options.version && paths.length === 0) return fail('noPaths', {});
  return { ok: true, options };
}
