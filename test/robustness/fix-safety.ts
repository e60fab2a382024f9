/**
 * What "a fix never removes text the user wrote" means, as a check usable on the engine's
 * fixes and on the files `meldcode-lint --fix` writes.
 */
import { applyFixes, validateText, type Finding, type Fix } from '../../server/src/engine';
import { addedMessages, firstMissingRun, keptRuns, Lines, messageCounts, type Span } from './checks';
import { TODAY } from './seeds';

const cache = new Map<string, Finding[]>();

/** validateText, remembering the last results: the checks below validate the same texts several times. */
function findingsOf(text: string): Finding[] {
  let findings = cache.get(text);
  if (!findings) {
    findings = validateText(text, { today: TODAY });
    if (cache.size > 64) cache.delete(cache.keys().next().value!);
    cache.set(text, findings);
  }
  return findings;
}

/** One outdated name that term-outdated replaces with Veilig Thuis. */
const VEILIG_THUIS_NAME = String.raw`(?:advies-?\s*en\s+meldpunt\s+kindermishandeling|(?:advies-?\s*en\s+)?steunpunt\s+huiselijk\s+geweld|AMK|A?SHG)`;
/**
 * The whole of an outdated name, as term-outdated may replace it: a name of the AMK or
 * (A)SHG, with the other form in brackets after it, and the article before it that goes
 * with it (Veilig Thuis takes none: "bij het AMK" becomes "bij Veilig Thuis"); or the
 * Vertrouwenspunt Sport.
 */
const OUTDATED_TERM = new RegExp(
  String.raw`^(?:(?:(?:het|de|een|''?t|’t)\s+)?${VEILIG_THUIS_NAME}(?:\s*\(\s*${VEILIG_THUIS_NAME}\s*\))?|vertrouwenspunt\s+sport)$`,
  'i',
);

/** Text whose removal loses nothing the user wrote: white space, or an empty value that a fix fills in. */
const EMPTY_VALUE = /^\s*(?:\[\s*\]|\{\s*\}|~|null|''|"")?\s*$/;

/** An age with its unit, or two ages in one value, as a writer types them: "13 jaar", "4 tot 12". */
const AGE_AS_TYPED =
  /^["']?(?:van\s+|from\s+)?\d{1,3}(?:\s*(?:-|–|—|t\/m|tot en met|tot|to)\s*\d{1,3})?(?:\s*(?:jaar(?:\s+oud)?|jr\.?|years?(?:\s+old)?|yrs?\.?))?["']?$/i;

/** A fix of such an age drops only the unit or the word between the ages: every number stays, in this edit or one it adds. */
function keepsAges(removed: string, fix: Fix): boolean {
  if (!AGE_AS_TYPED.test(removed.trim())) return false;
  const written = fix.edits.map((edit) => edit.newText).join(' ');
  return (removed.match(/\d+/g) ?? []).every((number) => new RegExp(`(?<!\\d)${number}(?!\\d)`).test(written));
}

function offsetRange(text: string, finding: Finding): Span {
  const { starts } = new Lines(text);
  const at = (p: { line: number; character: number }): number => (starts[p.line] ?? text.length) + p.character;
  return { start: at(finding.range.start), end: at(finding.range.end) };
}

/**
 * Problems with one fix of one finding, judged on the text before it: what a fix removes
 * must be an empty value it fills in, or lie inside the text the finding flags and be one
 * word (a wrong id or key), or for term-outdated exactly one whole outdated name; a fix that
 * adds a format 1.1 part may also move the version from "1.0" to "1.1".
 */
export function removalProblems(text: string, finding: Finding, fix: Fix): string[] {
  const problems: string[] = [];
  const flagged = offsetRange(text, finding);
  for (const edit of fix.edits) {
    if (edit.startOffset === edit.endOffset) continue; // an insertion removes nothing
    const removed = text.slice(edit.startOffset, edit.endOffset);
    // Moving the format version from 1.0 to 1.1 (which reads every 1.0 file unchanged) loses nothing.
    if (/^(["']?)1(\.0)?\1$/.test(removed) && /^(["']?)1\.1\1$/.test(edit.newText) && /(^|\n)meldcode:[ \t]*$/.test(text.slice(0, edit.startOffset))) continue;
    // Quoting a text or moving lines to another column writes back every character.
    if (finding.ruleId !== 'term-outdated' && sameCharacters(removed, edit.newText)) continue;
    const inside = edit.startOffset >= flagged.start && edit.endOffset <= flagged.end;
    if (finding.ruleId === 'schema' && inside && keepsAges(removed, fix)) continue;
    if (!inside && !EMPTY_VALUE.test(removed)) {
      problems.push(`${finding.ruleId} fix "${fix.title.en}" removes ${JSON.stringify(removed)}, outside the flagged ${JSON.stringify(text.slice(flagged.start, flagged.end))}`);
    }
    if (finding.ruleId === 'term-outdated') {
      if (!OUTDATED_TERM.test(removed)) problems.push(`term-outdated fix removes ${JSON.stringify(removed)}, which is not an outdated name`);
    } else if (inside && /\S\s+\S/.test(removed.trim())) {
      // Other fixes replace one wrong word (an id, a key); more than that is the user's text.
      problems.push(`${finding.ruleId} fix "${fix.title.en}" removes several words: ${JSON.stringify(removed)}`);
    }
  }
  return problems;
}

/** The new text holds the removed one's characters, in order: only white space and the quotes of a YAML text differ. */
function sameCharacters(removed: string, added: string): boolean {
  const visible = (text: string): string => text.replace(/\s+/g, '');
  const bare = visible(added);
  const unquoted = /^"[^"\\]*"$/.test(bare) ? bare.slice(1, -1) : /^'.*'$/.test(bare) ? bare.slice(1, -1).replace(/''/g, "'") : bare;
  return unquoted === visible(removed);
}

/**
 * Problems with `after` as the fixed form of `before`: a word of the user's (outside the
 * removed spans) that is gone, or a YAML syntax error that was not there before.
 */
export function resultProblems(before: string, after: string, removed: readonly Span[]): string[] {
  const problems: string[] = [];
  const missing = firstMissingRun(after, keptRuns(before, removed));
  if (missing) problems.push(`the text ${JSON.stringify(missing.run)} (word ${missing.index + 1} of the user's) is gone or out of order`);
  const syntaxBefore = messageCounts(findingsOf(before), 'yaml-syntax');
  const syntaxAfter = messageCounts(findingsOf(after), 'yaml-syntax');
  for (const message of addedMessages(syntaxBefore, syntaxAfter)) problems.push(`the fix introduced a YAML error: ${message}`);
  return problems;
}

export interface FixRun {
  text: string;
  problems: string[];
  passes: number;
}

/** Applies every automatic fix, pass after pass as `--fix` does, checking each pass. */
export function applyAllFixesChecked(original: string, maxPasses = 10): FixRun {
  let text = original;
  const problems: string[] = [];
  let passes = 0;
  for (; passes < maxPasses; passes++) {
    const findings = findingsOf(text);
    const fixable = findings.filter((finding) => finding.fix && finding.fix.edits.length > 0);
    if (fixable.length === 0) break;
    for (const finding of fixable) problems.push(...removalProblems(text, finding, finding.fix!));
    const { text: fixed, applied } = applyFixes(text, fixable);
    if (applied === 0) break;
    // Only the edits that applyFixes accepted matter; a span of a skipped fix is still intact, which keptRuns accepts too.
    const removed = fixable.flatMap((finding) => finding.fix!.edits.map((edit) => ({ start: edit.startOffset, end: edit.endOffset })));
    problems.push(...resultProblems(text, fixed, removed));
    text = fixed;
  }
  return { text, problems, passes };
}

/** Applies each suggestion of each finding on its own to `original`, checking every result. */
export function applyEachSuggestionChecked(original: string): string[] {
  const problems: string[] = [];
  for (const finding of findingsOf(original)) {
    for (const suggestion of finding.suggestions ?? []) {
      problems.push(...removalProblems(original, finding, suggestion));
      const { text } = applyFixes(original, [{ ...finding, fix: suggestion }]);
      const removed = suggestion.edits.map((edit) => ({ start: edit.startOffset, end: edit.endOffset }));
      problems.push(...resultProblems(original, text, removed).map((problem) => `suggestion "${suggestion.title.en}": ${problem}`));
    }
  }
  return problems;
}
