import type { Rule } from '../rule';
import { rule as yamlSyntax } from './yaml-syntax';

/** Every rule, in the order their findings are documented. */
export const allRules: readonly Rule[] = [
  yamlSyntax,
];

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const ruleIds: ReadonlySet<string> = new Set(byId.keys());
