/**
 * The extension's run-time texts in the language of `meldcode.locale`. English is the source
 * text; l10n/bundle.l10n.nl.json holds the Dutch. VS Code's own `vscode.l10n` picks its bundle
 * by the editor's display language only, so the extension chooses the bundle itself. Plain
 * Node: no `vscode` here, so that it can be tested on its own.
 */
import * as l10n from '@vscode/l10n';
import dutch from '../../l10n/bundle.l10n.nl.json';

export type Locale = 'nl' | 'en';
export type Replacement = string | number | boolean;

const BUNDLES: Record<Locale, Record<string, string>> = { nl: dutch, en: {} };

/** `meldcode.locale`, with `auto` (or anything unknown) resolved from the editor's display language. */
export function resolveLocale(setting: string | undefined, editorLanguage: string): Locale {
  if (setting === 'nl' || setting === 'en') return setting;
  return editorLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** `message` (the English source text) in `locale`, with `{0}`, `{1}`, … replaced by `args`. */
export function translate(locale: Locale, message: string, ...args: Replacement[]): string {
  l10n.config({ contents: BUNDLES[locale] });
  return l10n.t(message, ...args);
}
