import { isMap } from 'yaml';
import { ruleDocUrl } from './docs';
import { isDisabled, readDirectives } from './directives';
import { parseProtocol, structureIsReliable, type ParseOptions, type ProtocolDocument } from './document';
import { formatMessage, type FixDescriptor, type ReportDescriptor, type Rule, type RuleContext } from './rule';
import { sectorProfile } from '../knowledge/sectors';
import type { ProtocolModel } from './model';
import { allRules } from './rules';
import { rule as schema } from './rules/schema';
import { rule as yamlSyntax } from './rules/yaml-syntax';
import type { Finding, Fix, LocalizedText, Range, Severity, SeveritySetting } from './types';

export interface ValidateOptions extends ParseOptions {
  /** Severity per rule id; rules not named keep their default. */
  rules?: ReadonlyMap<string, SeveritySetting>;
  /** Today's date as YYYY-MM-DD; defaults to the current date. */
  today?: string;
  /** The rules to run; defaults to all rules. */
  ruleSet?: readonly Rule[];
  /** The model the rules check instead of the document's own: a location's protocol merged with its base (see engine/inheritance). */
  model?: ProtocolModel;
}

export function validateText(text: string, options: ValidateOptions = {}): Finding[] {
  return validateDocument(parseProtocol(text, options), options);
}

export function validateDocument(document: ProtocolDocument, options: ValidateOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const directives = readDirectives(document.text, document.positions);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // A text refused before it was read (too large, binary, not UTF-8, nested too deep) gets only
  // the reason; a text with syntax errors gets those and the findings of the rules that read
  // the text itself, not a list of sections the parser's recovery seems to lack.
  // An empty file, or one that holds a list or a single value, is not yet a protocol: the
  // schema rule says so once, rather than every section rule saying its section is missing.
  const reliable = structureIsReliable(document);
  const isMapping = isMap(document.yaml?.contents);
  const rules = (options.ruleSet ?? allRules).filter(
    (rule) =>
      rule.meta.id === yamlSyntax.meta.id ||
      (document.yaml && ((reliable && (isMapping || rule.meta.id === schema.meta.id)) || rule.meta.runsOnBrokenYaml)),
  );
  const model = options.model ?? document.model;
  const sector = sectorProfile(model.organisation?.sector?.text);
  const boundByLaw = sector?.boundByLaw === true;
  for (const rule of rules) {
    const configured = options.rules?.get(rule.meta.id);
    if (configured === 'off') continue;
    // A sector the Wet does not bind gets the law-based findings as advice, one level lower;
    // a severity the user configured is kept as it is.
    const severity: Severity = configured ?? (rule.meta.lawBased && sector && !sector.boundByLaw ? lower(rule.meta.defaultSeverity) : rule.meta.defaultSeverity);
    const kept = new FirstFindings();
    const context: RuleContext = {
      document,
      model,
      today,
      sector,
      boundByLaw,
      report(descriptor: ReportDescriptor) {
        if (isDisabled(directives, rule.meta.id, descriptor.range.start.line)) return;
        kept.add(descriptor);
      },
      leftOut: (range) => kept.leftOut(range),
    };
    try {
      rule.check(context);
    } catch (error) {
      findings.push(internalError(rule.meta.id, error));
    }
    const { shown, next, leftOut } = kept.result();
    for (const descriptor of shown) findings.push(toFinding(rule, descriptor.advisory ? lower(severity) : severity, descriptor, document));
    if (next) findings.push(leftOutFinding(rule, severity, next.range, leftOut));
  }
  return findings.sort(compareFindings);
}

/**
 * Findings a rule shows per file at most. Past that number a finding is only counted, and one
 * more finding, where the next would have been, says how many were left out: 250,000 findings
 * of one rule would only bury the first ones (and take seconds and hundreds of MB to build).
 */
export const FINDINGS_PER_RULE = 100;

const LEFT_OUT: LocalizedText = {
  nl: 'Nog {countNl} meldingen van regel "{ruleId}" zijn weggelaten: per bestand worden de eerste {shown} getoond. Los die eerst op; daarna volgen de andere.',
  en: '{countEn} more findings of rule "{ruleId}" were left out: the first {shown} per file are shown. Fix those first; the others follow.',
};

function leftOutFinding(rule: Rule, severity: Severity, range: Range, count: number): Finding {
  return {
    ruleId: rule.meta.id,
    severity,
    message: formatMessage(LEFT_OUT, { countNl: grouped(count, '.'), countEn: grouped(count, ','), ruleId: rule.meta.id, shown: FINDINGS_PER_RULE }),
    range,
    docUrl: ruleDocUrl(rule.meta.id),
    leftOut: count,
  };
}

/** 149900 as "149.900" (nl) or "149,900" (en). */
function grouped(count: number, separator: string): string {
  const digits = String(count);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? separator : '') + digits[i];
  return out;
}

function comparePositions(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

/**
 * The first FINDINGS_PER_RULE reports of one rule by position, the one after them, and how many
 * there were: kept without keeping them all, whatever order the rule reports in.
 */
class FirstFindings {
  /** The earliest reports so far, unsorted; at least LIMIT once full. */
  private kept: ReportDescriptor[] = [];
  /** The latest position among `kept`: once full, a report at or past it cannot be among the first. */
  private last: Range | undefined;
  private count = 0;
  private static readonly LIMIT = FINDINGS_PER_RULE + 1;

  add(descriptor: ReportDescriptor): void {
    this.count++;
    if (this.leftOut(descriptor.range)) return;
    this.kept.push(descriptor);
    if (this.last === undefined || comparePositions(descriptor.range, this.last) > 0) this.last = descriptor.range;
    if (this.kept.length >= 2 * FirstFindings.LIMIT) this.trim();
  }

  leftOut(range: Range): boolean {
    return this.kept.length >= FirstFindings.LIMIT && comparePositions(range, this.last!) >= 0;
  }

  private trim(): void {
    // Stable: reports at the same position keep the order the rule gave them in.
    this.kept.sort((a, b) => comparePositions(a.range, b.range));
    this.kept.length = FirstFindings.LIMIT;
    this.last = this.kept[FirstFindings.LIMIT - 1].range;
  }

  result(): { shown: ReportDescriptor[]; next: ReportDescriptor | undefined; leftOut: number } {
    if (this.kept.length > FINDINGS_PER_RULE) this.trim();
    return { shown: this.kept.slice(0, FINDINGS_PER_RULE), next: this.kept[FINDINGS_PER_RULE], leftOut: this.count - FINDINGS_PER_RULE };
  }
}

function lower(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'info';
}

function toFinding(rule: Rule, severity: Severity, descriptor: ReportDescriptor, document: ProtocolDocument): Finding {
  const template = rule.meta.messages[descriptor.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} has no message "${descriptor.messageId}"`);
  const finding: Finding = {
    ruleId: rule.meta.id,
    severity,
    message: formatMessage(template, descriptor.data),
    range: descriptor.range,
    docUrl: ruleDocUrl(rule.meta.id),
  };
  if (descriptor.fix) finding.fix = toFix(rule, descriptor.fix, document);
  if (descriptor.suggestions && descriptor.suggestions.length > 0) {
    finding.suggestions = descriptor.suggestions.map((suggestion) => toFix(rule, suggestion, document));
  }
  return finding;
}

function toFix(rule: Rule, descriptor: FixDescriptor, document: ProtocolDocument): Fix {
  const template = descriptor.title ?? (descriptor.messageId ? rule.meta.messages[descriptor.messageId] : undefined);
  if (!template) throw new Error(`rule ${rule.meta.id} gives a fix without a title`);
  return {
    title: formatMessage(template, descriptor.data),
    edits: descriptor.edits.map((edit) => ({
      ...edit,
      range: document.positions.range(edit.startOffset, edit.endOffset),
    })),
  };
}

function internalError(ruleId: string, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'internal-error',
    severity: 'error',
    message: {
      nl: `Interne fout in regel ${ruleId}: ${detail}. Meld dit alstublieft als fout in Meldcode.`,
      en: `Internal error in rule ${ruleId}: ${detail}. Please report this as a Meldcode bug.`,
    },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    docUrl: ruleDocUrl('internal-error'),
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
