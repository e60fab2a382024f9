/** The engine's public face: text in, findings out. Knows nothing of LSP or VS Code. */
export * from './types';
export { parseProtocol, parseProtocolBytes, tooLargeDocument, DEFAULT_MAX_FILE_SIZE, type ProtocolDocument, type ParseOptions } from './document';
export { IncrementalParser } from './incremental-parse';
export { validateText, validateDocument, compareFindings, type ValidateOptions } from './validate';
export { allRules, ruleById, ruleIds } from './rules';
export { parseConfig, mergeRuleSettings, emptyConfig, type MeldcodeConfig, type ConfigProblem } from './config';
export { applyFixes } from './fixes';
export { ruleDocUrl } from './docs';
export type { Rule, RuleMeta } from './rule';
export type {
  ProtocolModel,
  ScalarField,
  KeyedSection,
  OrganisationModel,
  OfficerModel,
  ContactPointModel,
  StepModel,
  SubstepModel,
  QuestionModel,
  DecisionModel,
  AfwegingskaderForm,
  AfwegingskaderModel,
  RouteModel,
  AppendixModel,
  ReferenceKind,
  ReferenceModel,
} from './model';
export { formatVersionOf, type FormatVersion } from './schema-versions';
export * from './inheritance';
export type { BaseProblem } from './model';
