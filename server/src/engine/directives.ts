import type { PositionMapper } from './positions';

/**
 * Inline switches in YAML comments:
 *   # meldcode-disable <id> [, <id> ...]            the whole file (no id: every rule)
 *   # meldcode-disable-next-line <id> [, <id> ...]   the next line (no id: every rule)
 */
export interface DisableDirectives {
  fileWide: Set<string>;
  /** 0-based line -> rule ids switched off on that line ('*' for all). */
  lines: Map<number, Set<string>>;
}

const DIRECTIVE = /#\s*meldcode-disable(-next-line)?(?:[ \t]+([^\r\n]*))?/g;

export function readDirectives(text: string, positions: PositionMapper): DisableDirectives {
  const directives: DisableDirectives = { fileWide: new Set(), lines: new Map() };
  if (!text.includes('meldcode-disable')) return directives;
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const ids = parseIds(match[2]);
    if (match[1]) {
      const line = positions.positionAt(match.index).line + 1;
      const set = directives.lines.get(line) ?? new Set<string>();
      ids.forEach((id) => set.add(id));
      directives.lines.set(line, set);
    } else {
      ids.forEach((id) => directives.fileWide.add(id));
    }
  }
  return directives;
}

function parseIds(list: string | undefined): string[] {
  const text = list ?? '';
  const reason = reasonStart(text);
  const ids = (reason === -1 ? text : text.slice(0, reason))
    .split(/[,\s]+/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  return ids.length > 0 ? ids : ['*'];
}

/**
 * Where ` -- <reason>` starts in a directive's list: the whitespace before the first `--` that
 * has whitespace on both sides; -1 when there is none. Found in one pass, where `/\s+--\s+/`
 * backtracks over every long run of spaces that is not followed by `--`.
 */
export function reasonStart(list: string): number {
  const dashes = /\s--\s/.exec(list);
  if (!dashes) return -1;
  let start = dashes.index;
  while (start > 0 && /\s/.test(list[start - 1])) start--;
  return start;
}

export function isDisabled(directives: DisableDirectives, ruleId: string, line: number): boolean {
  if (directives.fileWide.has('*') || directives.fileWide.has(ruleId)) return true;
  const onLine = directives.lines.get(line);
  return onLine !== undefined && (onLine.has('*') || onLine.has(ruleId));
}
