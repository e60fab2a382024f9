import { strict as assert } from 'node:assert';

/**
 * What VS Code makes of a snippet variable transform `${VARIABLE/regex/format/}` applied to
 * `value`: the format's `$n` and `${n:+text}` (the text when group n matched).
 */
export function applySnippetTransform(transform: string, value: string): string {
  const [, regex, format] = /^\$\{[A-Z_]+\/(.*)\/(.*)\/\}$/.exec(transform) ?? [];
  assert.ok(regex !== undefined && format !== undefined, transform);
  return value.replace(new RegExp(regex), (...match: unknown[]) =>
    format.replace(/\$(\d+)|\$\{(\d+):\+([^}]*)\}/g, (_whole, plain?: string, conditional?: string, text?: string) => {
      const group = match[Number(plain ?? conditional)];
      if (typeof group !== 'string') return '';
      return plain !== undefined ? group : text ?? '';
    }),
  );
}

/** Every `${CURRENT_YEAR/regex/format/}` of a snippet text replaced by what it gives for `year`. */
export function withYearTransforms(text: string, year: string): string {
  return text.replace(/\$\{CURRENT_YEAR\/[^/]*\/[^/]*\/\}/g, (transform) => applySnippetTransform(transform, year));
}
