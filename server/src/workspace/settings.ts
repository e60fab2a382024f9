import type { Locale, SeveritySetting } from '../engine/types';

/** The editor settings under `meldcode.*`, read defensively: whatever is malformed is ignored. */
export interface EditorSettings {
  /** `meldcode.rules`: severity per rule id, over the `.meldcoderc.yaml` settings. */
  rules: Map<string, SeveritySetting>;
  /** `meldcode.locale`. */
  locale: 'auto' | Locale;
}

const SEVERITIES: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'error']);

export function defaultEditorSettings(): EditorSettings {
  return { rules: new Map(), locale: 'auto' };
}

/** Turns whatever the client sent as the `meldcode` section into settings. */
export function readEditorSettings(raw: unknown): EditorSettings {
  const settings = defaultEditorSettings();
  if (!raw || typeof raw !== 'object') return settings;
  const section = raw as { rules?: unknown; locale?: unknown };
  if (section.locale === 'nl' || section.locale === 'en' || section.locale === 'auto') settings.locale = section.locale;
  if (section.rules && typeof section.rules === 'object' && !Array.isArray(section.rules)) {
    for (const [id, value] of Object.entries(section.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) settings.rules.set(id, value as SeveritySetting);
    }
  }
  return settings;
}

/** `auto` follows the client's display language: Dutch when it starts with "nl", English otherwise. */
export function resolveLocale(setting: EditorSettings['locale'], clientLocale: string | undefined): Locale {
  if (setting === 'nl' || setting === 'en') return setting;
  return clientLocale !== undefined && clientLocale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
