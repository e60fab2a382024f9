import * as vscode from 'vscode';
import { CONFIGURATION_SECTION } from './constants';
import { resolveLocale, translate, type Locale, type Replacement } from './translations';

export { resolveLocale, type Locale } from './translations';

/** `meldcode.locale`, with `auto` resolved from the editor's display language. */
export function currentLocale(): Locale {
  const setting = vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get<string>('locale');
  return resolveLocale(setting, vscode.env.language);
}

/**
 * Every text the extension shows at run time goes through here (not `vscode.l10n.t`, which
 * follows only the editor's display language): `message` is the English source text, looked
 * up in l10n/bundle.l10n.nl.json when `meldcode.locale` is Dutch, with `{0}`, `{1}`, … filled in.
 */
export function localize(message: string, ...args: Replacement[]): string {
  return translate(currentLocale(), message, ...args);
}
