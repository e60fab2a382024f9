/**
 * What "Export protocol" and "Import Word document" write, and under which names. Plain Node:
 * no `vscode` here, so that it can be tested on its own. The documents are made with the same
 * code as `meldcode-lint render`.
 */
import { ConfigFiles } from '../../server/src/config-files';
import { parseProtocol } from '../../server/src/engine/document';
import { createRouteMapView, renderExportDocument } from '../../server/src/render';
import { loadWord } from '../../server/src/word/load';
import { protocolWithBases } from '../../server/src/workspace/locations';
import type { Locale } from './translations';

export type ExportFormat = 'html' | 'docx';

const PROTOCOL_EXTENSION = /\.meldcode\.ya?ml$/i;

/** "school.meldcode.yaml" -> "school.docx" (or .html); any other name loses its last extension. */
export function exportFileName(protocolName: string, format: ExportFormat): string {
  const stem = PROTOCOL_EXTENSION.test(protocolName) ? protocolName.replace(PROTOCOL_EXTENSION, '') : protocolName.replace(/\.[^.]*$/, '');
  return `${stem || 'meldcode'}.${format}`;
}

export interface ProtocolExportOptions {
  locale: Locale;
  /** The protocol's file name, for the footer. */
  sourceName: string;
  /** The protocol's path on disk: its .meldcoderc.yaml turns rules off or on, as for `meldcode-lint render`. */
  protocolPath?: string;
  /** The workspace folders: a location protocol is exported merged with its base, which must lie in one of them. */
  roots?: readonly string[];
}

/** The protocol text as a printable HTML page or a Word document, as `meldcode-lint render` writes it. */
export async function renderProtocolExport(text: string, format: ExportFormat, options: ProtocolExportOptions): Promise<Uint8Array> {
  let view;
  if (options.protocolPath === undefined) {
    view = createRouteMapView(parseProtocol(text), { locale: options.locale });
  } else {
    const config = new ConfigFiles().forProtocol(options.protocolPath);
    // A location protocol is exported merged with its base (docs/locations.md), as the route map shows it.
    const { document, findings, levels } = protocolWithBases(options.protocolPath, parseProtocol(text, { maxFileSize: config.maxFileSize }), options.roots ?? [], {
      rules: config.rules,
      maxFileSize: config.maxFileSize,
    });
    view = createRouteMapView(document, { locale: options.locale, findings, levels: levels?.documents });
  }
  if (format === 'docx') return loadWord().exportDocx(view, { locale: options.locale, sourceName: options.sourceName });
  return new TextEncoder().encode(renderExportDocument(view, { sourceName: options.sourceName }));
}

/**
 * The names for the protocol imported from a Word document, in order of preference:
 * "Meldcode.docx" becomes "Meldcode.meldcode.yaml", then "Meldcode (2).meldcode.yaml", … (the
 * caller takes the first that does not exist, so that nothing is overwritten).
 */
export function* importedProtocolNames(documentName: string): Generator<string> {
  const stem = documentName.replace(/\.docx$/i, '') || 'meldcode';
  yield `${stem}.meldcode.yaml`;
  for (let n = 2; ; n++) yield `${stem} (${n}).meldcode.yaml`;
}
