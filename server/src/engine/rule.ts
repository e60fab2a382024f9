import type { SectorProfile } from '../knowledge/sectors';
import type { ProtocolDocument } from './document';
import type { ProtocolModel } from './model';
import { fillTemplate } from './template';
import type { LocalizedText, Range, Severity } from './types';

export type MessageData = Readonly<Record<string, string | number>>;

export interface RuleMeta {
  /** Stable kebab-case id, used in configuration, disable comments and output. */
  id: string;
  defaultSeverity: Severity;
  /** One line for the rule list and the documentation. */
  description: LocalizedText;
  /** Message templates; `{name}` is replaced by the report's data. */
  messages: Readonly<Record<string, LocalizedText>>;
  /** The rule offers a safe automatic fix (applied by --fix). */
  fixable?: boolean;
  /** The rule offers quick fixes the user picks. */
  hasSuggestions?: boolean;
  /**
   * The rule reads the text or its scalars, not the structure, so it also runs when the
   * YAML has syntax errors (structure rules wait until the syntax is right).
   */
  runsOnBrokenYaml?: boolean;
  /**
   * The finding rests on the Wet or the Besluit verplichte meldcode. For a sector the Wet does not
   * bind (sport, overig) its default severity is one level lower, and its message must not speak
   * of a legal duty: the rule picks its wording from `context.sector`.
   */
  lawBased?: boolean;
}

/** An edit in offsets of the document text. */
export interface OffsetEdit {
  startOffset: number;
  endOffset: number;
  newText: string;
}

export interface FixDescriptor {
  messageId?: string;
  title?: LocalizedText;
  data?: MessageData;
  edits: OffsetEdit[];
}

export interface ReportDescriptor {
  messageId: string;
  data?: MessageData;
  range: Range;
  fix?: FixDescriptor;
  suggestions?: FixDescriptor[];
  /** This finding is advice rather than what the rule usually reports: one severity level lower. */
  advisory?: boolean;
}

export interface RuleContext {
  readonly document: ProtocolDocument;
  readonly model: ProtocolModel;
  /** Today's date as YYYY-MM-DD (injected so results are reproducible). */
  readonly today: string;
  /** The profile of the protocol's sector, when `organisatie.sector` names a known one. */
  readonly sector: SectorProfile | undefined;
  /** The Wet verplichte meldcode binds this protocol's sector (false when the sector is unknown). */
  readonly boundByLaw: boolean;
  report(descriptor: ReportDescriptor): void;
  /**
   * Whether a finding of this rule at `range` would be left out: a file shows a rule's first
   * findings only (FINDINGS_PER_RULE), and says how many more there are. A rule can then skip
   * costly work for the finding (looking for a "did you mean"), but must still report it, to
   * be counted.
   */
  leftOut(range: Range): boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function formatMessage(template: LocalizedText, data: MessageData | undefined): LocalizedText {
  if (!data) return template;
  return { nl: fillTemplate(template.nl, data), en: fillTemplate(template.en, data) };
}
