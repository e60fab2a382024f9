/** Core types of the engine. Nothing here knows about LSP or VS Code. */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Locale = 'nl' | 'en';

/** 0-based line and UTF-16 character offset, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface LocalizedText {
  nl: string;
  en: string;
}

/** Replace [startOffset, endOffset) of the text with newText. Offsets are UTF-16 indices. */
export interface TextEdit {
  range: Range;
  startOffset: number;
  endOffset: number;
  newText: string;
}

export interface Fix {
  title: LocalizedText;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  range: Range;
  /** A safe automatic fix: applied by `meldcode-lint --fix` and "fix all". */
  fix?: Fix;
  /** Edits offered to the user one by one (quick fixes), never applied unasked. */
  suggestions?: Fix[];
  docUrl: string;
  /**
   * Set on the finding that stands for the findings of its rule left out past the first ones
   * shown (see validate.ts): how many. Counts of findings count it as that many.
   */
  leftOut?: number;
}
