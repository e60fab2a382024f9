import * as vscode from 'vscode';
import { CONFIGURATION_SECTION } from './constants';

export type Locale = 'nl' | 'en';

/** `meldcode.locale`, with `auto` resolved from the editor's display language. */
export function resolveLocale(setting: string | undefined, editorLanguage: string): Locale {
  if (setting === 'nl' || setting === 'en') return setting;
  return editorLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function currentLocale(): Locale {
  const setting = vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get<string>('locale');
  return resolveLocale(setting, vscode.env.language);
}
