import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateText, type Finding, type LocalizedText, type Range, type Severity, type ValidateOptions } from '../../server/src/engine';

/** The date the rule tests run on, so review dates give the same answer every day. */
export const TODAY = '2026-11-23';

/** The repository root, found from this file whether it runs as .ts or compiled under out/. */
export const REPO_ROOT = findRoot(__dirname);

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

/** A file under test/fixtures/, as text. */
export function readFixture(...segments: string[]): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', ...segments), 'utf8');
}

/** test/fixtures/rules/<ruleId>/<name>.meldcode.yaml */
export function ruleFixture(ruleId: string, name: string): string {
  return readFixture('rules', ruleId, `${name}.meldcode.yaml`);
}

/** The complete protocol that every rule passes; variants are derived from it. */
export function completeProtocol(): string {
  return readFixture('rules', 'complete.meldcode.yaml');
}

/** The findings of one rule, with every rule run as a user would run them. */
export function findingsOf(ruleId: string, text: string, options: ValidateOptions = {}): Finding[] {
  return validateText(text, { today: TODAY, ...options }).filter((finding) => finding.ruleId === ruleId);
}

/** A 0-based range, as the findings carry it. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

export interface ExpectedFinding {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  range: Range;
}

/** What a user sees of a finding: rule, severity, both messages and where it points. */
export function seen(finding: Finding): ExpectedFinding {
  return { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, range: finding.range };
}

/** The findings are exactly these, in this order. */
export function assertFindings(actual: readonly Finding[], expected: readonly ExpectedFinding[]): void {
  assert.deepEqual(actual.map(seen), expected);
}

/** Builds expected findings of one rule: expect(range, nl, en). */
export function expecter(ruleId: string, severity: Severity) {
  return (where: Range, nl: string, en: string): ExpectedFinding => ({ ruleId, severity, message: { nl, en }, range: where });
}

/**
 * Replaces one exact piece of a fixture text, failing loudly when it is not there once,
 * so a derived variant cannot silently stay equal to its base.
 */
export function variant(text: string, find: string, replacement: string): string {
  const first = text.indexOf(find);
  assert.notEqual(first, -1, `fixture text not found: ${JSON.stringify(find)}`);
  assert.equal(text.indexOf(find, first + 1), -1, `fixture text occurs more than once: ${JSON.stringify(find)}`);
  return text.slice(0, first) + replacement + text.slice(first + find.length);
}
