import * as path from 'node:path';
import type { ProtocolDocument } from '../document';
import { compareFindings, validateDocument, type ValidateOptions } from '../validate';
import type { Finding, Range } from '../types';
import { levelOf, mergeChain, unshifted, type MergedProtocol } from './merge';
import type { BaseChain } from './resolve';

/**
 * Rules about the parts each location fills in itself (its officers, its contact points and
 * the references to them). A base leaves these to its locations, so on a base they are not
 * reported: each location's merged protocol is checked for them instead.
 */
export const LOCAL_PART_RULES: ReadonlySet<string> = new Set(['officer-missing', 'veilig-thuis-missing', 'reference-unknown']);

/**
 * Rules that judge the protocol as a whole. While the base cannot be read, a location is only
 * checked for what it writes itself: these would report every part the base would have given.
 */
const WHOLE_PROTOCOL_RULES: ReadonlySet<string> = new Set([
  'step-missing',
  'step-order',
  'officer-missing',
  'veilig-thuis-missing',
  'acute-route-missing',
  'reporting-duty-missing',
  'reference-unknown',
  'reference-unused',
  'afwegingskader-missing',
  'afwegingskader-incomplete',
  'kindcheck-missing',
  'special-forms-missing',
  'professional-secrecy-missing',
  'recording-missing',
  'training-missing',
  'dates-missing',
  'intervention-target-mismatch',
]);

/** The findings of a protocol that is a base of other protocols in the run: without those its locations answer for. */
export function withoutLocalParts<T extends { ruleId: string }>(findings: readonly T[]): T[] {
  return findings.filter((finding) => !LOCAL_PART_RULES.has(finding.ruleId));
}

/**
 * Remembers, per base document, the findings of its own merged protocol, so that checking 500
 * locations of one base checks the base once. Keyed by the document object: a changed base is
 * a new document.
 */
export class BaseFindingsCache {
  private readonly findings = new WeakMap<ProtocolDocument, { key: string; findings: Finding[] }>();

  get(document: ProtocolDocument, key: string, compute: () => Finding[]): Finding[] {
    const cached = this.findings.get(document);
    if (cached?.key === key) return cached.findings;
    const findings = compute();
    this.findings.set(document, { key, findings });
    return findings;
  }
}

const optionsKey = (options: ValidateOptions): string =>
  `${options.today ?? ''}|${[...(options.rules ?? new Map<string, string>())].map(([id, value]) => `${id}=${value}`).join(',')}`;

/**
 * The findings of a protocol with its chain of bases, each where it can be fixed:
 * - a finding the nearest base has too (same rule, same message) is the base's: it is
 *   reported on the base, once, and left out here (except for LOCAL_PART_RULES);
 * - a finding on something the location wrote is reported where it stands (with its quick
 *   fixes, when the location's own text gives the same finding);
 * - a finding on something of a base that only this location causes (a step of the base
 *   refers to an officer this location never named) is reported on the location's `basis:`
 *   value, and says where in the base it points.
 * Without a usable base the protocol is checked on its own, with a base-invalid finding,
 * and without the rules that would blame it for what the base should have given.
 */
export function validateWithBases(chain: BaseChain, options: ValidateOptions = {}, cache = new BaseFindingsCache()): Finding[] {
  const { document } = chain;
  if (chain.problem) {
    const model = { ...document.model, baseProblem: chain.problem };
    return validateDocument(document, { ...options, model }).filter((finding) => !WHOLE_PROTOCOL_RULES.has(finding.ruleId));
  }
  if (chain.bases.length === 0) return validateDocument(document, options);

  const merged = mergeChain(
    document,
    chain.bases.map((base) => base.document),
  );
  const inMerged = validateDocument(document, { ...options, model: merged.model });
  const own = new Map(validateDocument(document, options).map((finding) => [findingKey(finding), finding]));
  const nearest = chain.bases[0];
  const baseChain: BaseChain = { path: nearest.path, document: nearest.document, bases: chain.bases.slice(1) };
  const ofBase = new Set(
    cache.get(nearest.document, optionsKey(options), () => validateDocument(nearest.document, { ...options, model: mergedModelOf(baseChain) })).map(messageKey),
  );

  const result: Finding[] = [];
  for (const finding of inMerged) {
    if (!LOCAL_PART_RULES.has(finding.ruleId) && ofBase.has(messageKey(finding))) continue;
    const level = levelOf(finding.range);
    if (level === 0) {
      result.push(own.get(findingKey(finding)) ?? withoutEdits(finding));
      continue;
    }
    result.push(pointedFromBasis(finding, merged, chain, level));
  }
  return result.sort(compareFindings);
}

function mergedModelOf(chain: BaseChain) {
  return mergeChain(
    chain.document,
    chain.bases.map((base) => base.document),
  ).model;
}

const messageKey = (finding: Finding): string => `${finding.ruleId}\u0000${finding.message.en}`;
const findingKey = (finding: Finding): string => `${messageKey(finding)}\u0000${rangeKey(finding.range)}`;
const rangeKey = (range: Range): string => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/** A finding whose edits may point into another file: kept without them. */
function withoutEdits(finding: Finding): Finding {
  const { fix: _fix, suggestions: _suggestions, ...rest } = finding;
  return rest;
}

/** A finding on a base's text that this location causes: shown on the location's `basis:` value, saying where it points. */
function pointedFromBasis(finding: Finding, merged: MergedProtocol, chain: BaseChain, level: number): Finding {
  const basis = merged.documents[0].model.basis!;
  const file = path.relative(path.dirname(chain.path), chain.bases[level - 1].path).split(path.sep).join('/');
  const line = unshifted(finding.range).start.line + 1;
  return {
    ...withoutEdits(finding),
    message: {
      nl: `${finding.message.nl} (in ${file}, regel ${line})`,
      en: `${finding.message.en} (in ${file}, line ${line})`,
    },
    range: basis.range,
  };
}
