import type { Rule } from '../rule';
import { rule as yamlSyntax } from './yaml-syntax';
import { rule as schema } from './schema';
import { rule as stepMissing } from './step-missing';
import { rule as stepOrder } from './step-order';
import { rule as stepDuplicate } from './step-duplicate';
import { rule as stepResponsibleMissing } from './step-responsible-missing';
import { rule as officerMissing } from './officer-missing';
import { rule as officerUnreachable } from './officer-unreachable';
import { rule as officerDeputyMissing } from './officer-deputy-missing';
import { rule as veiligThuisMissing } from './veilig-thuis-missing';
import { rule as contactPhoneMissing } from './contact-phone-missing';
import { rule as phoneInvalid } from './phone-invalid';
import { rule as phoneMismatch } from './phone-mismatch';
import { rule as datesMissing } from './dates-missing';
import { rule as acuteRouteMissing } from './acute-route-missing';
import { rule as reportingDutyMissing } from './reporting-duty-missing';
import { rule as afwegingskaderOutcome } from './afwegingskader-outcome';
import { rule as referenceUnknown } from './reference-unknown';
import { rule as referenceUnused } from './reference-unused';
import { rule as afwegingskaderMissing } from './afwegingskader-missing';
import { rule as afwegingskaderIncomplete } from './afwegingskader-incomplete';
import { rule as kindcheckMissing } from './kindcheck-missing';
import { rule as specialFormsMissing } from './special-forms-missing';
import { rule as professionalSecrecyMissing } from './professional-secrecy-missing';
import { rule as recordingMissing } from './recording-missing';
import { rule as trainingMissing } from './training-missing';
import { rule as termOutdated } from './term-outdated';
import { rule as reviewOverdue } from './review-overdue';
import { rule as personalData } from './personal-data';
import { rule as interventionUnknown } from './intervention-unknown';
import { rule as interventionTargetMismatch } from './intervention-target-mismatch';
import { rule as ageRangeReversed } from './age-range-reversed';
import { rule as placeholderValue } from './placeholder-value';
import { rule as baseInvalid } from './base-invalid';

/** Every rule, in the order their findings are documented. */
export const allRules: readonly Rule[] = [
  yamlSyntax,
  schema,
  stepMissing,
  stepOrder,
  stepDuplicate,
  stepResponsibleMissing,
  officerMissing,
  officerUnreachable,
  officerDeputyMissing,
  veiligThuisMissing,
  acuteRouteMissing,
  reportingDutyMissing,
  contactPhoneMissing,
  phoneInvalid,
  phoneMismatch,
  referenceUnknown,
  referenceUnused,
  afwegingskaderMissing,
  afwegingskaderIncomplete,
  afwegingskaderOutcome,
  kindcheckMissing,
  specialFormsMissing,
  professionalSecrecyMissing,
  recordingMissing,
  trainingMissing,
  termOutdated,
  datesMissing,
  reviewOverdue,
  personalData,
  interventionUnknown,
  interventionTargetMismatch,
  ageRangeReversed,
  placeholderValue,
  baseInvalid,
];

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const ruleIds: ReadonlySet<string> = new Set(byId.keys());
