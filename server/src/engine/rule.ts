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
}

export interface RuleContext {
  readonly document: ProtocolDocument;
  readonly model: ProtocolModel;
  /** Today's date as YYYY-MM-DD (injected so results are reproducible). */
  readonly today: string;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function formatMessage(template: LocalizedText, data: MessageData | undefined): LocalizedText {
  if (!data) return template;
  return { nl: fillTemplate(template.nl, data), en: fillTemplate(template.en, data) };
}
