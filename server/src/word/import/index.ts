import type { Locale } from '../../engine';
import { withExportedHeadingKinds } from './exported';
import { readDocxBlocks } from './read-docx';
import { recogniseProtocol } from './recognise';
import { splitSections } from './sections';
import { summarise, type WordImportSummary } from './summary';
import { writeProtocolYaml } from './write-yaml';

export { WordImportError, type WordImportProblem } from './errors';
export { formatImportSummary, type WordImportSummary } from './summary';

export interface WordImportResult {
  /** The protocol in format 1.1. */
  yaml: string;
  summary: WordImportSummary;
}

export interface WordImportOptions {
  /** Language of the comments in the file. */
  locale: Locale;
  /** The document's file name, for the comments and the summary. */
  sourceName: string;
}

/** Reads a Word protocol (.docx) into a protocol file. Throws WordImportError for a file that is not a readable .docx. */
export async function importDocx(data: Uint8Array, options: WordImportOptions): Promise<WordImportResult> {
  const blocks = await readDocxBlocks(data, options.sourceName);
  const protocol = recogniseProtocol(splitSections(withExportedHeadingKinds(blocks)), options.sourceName);
  return { yaml: writeProtocolYaml(protocol, options), summary: summarise(protocol, options.sourceName) };
}
