import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver/node';
import type { Locale, ProtocolDocument } from '../engine';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/document';
import { readProtocolFile } from '../workspace/protocol-files';
import { serverText } from './messages';

/** At most this many answers: a client filters further as the user types. */
const MAX_RESULTS = 500;

/**
 * Go to Symbol in Workspace: the organisation, officers and contact points of every protocol,
 * open or on disk, so that "jansen" finds every protocol that names Marieke Jansen. Names
 * and ids match the query as in VS Code: its characters in order, ignoring case.
 */
export function protocolSymbols(uri: string, document: ProtocolDocument, locale: Locale): SymbolInformation[] {
  const { model } = document;
  const organisation = model.organisation?.naam?.text.trim() || undefined;
  const symbols: SymbolInformation[] = [];
  const add = (name: string | undefined, kind: SymbolKind, range: SymbolInformation['location']['range'] | undefined, container: string): void => {
    if (!name || !range) return;
    symbols.push({ name, kind, location: { uri, range }, containerName: organisation ? `${container} · ${organisation}` : container });
  };
  if (organisation) {
    symbols.push({ name: organisation, kind: SymbolKind.Module, location: { uri, range: model.organisation!.naam!.range } });
  }
  for (const officer of model.officers) {
    add(officer.naam?.text.trim() || officer.id?.text, SymbolKind.Object, officer.naam?.range ?? officer.id?.range, serverText('officer', locale));
  }
  for (const point of model.contactPoints) {
    add(point.naam?.text.trim() || point.id?.text, SymbolKind.Object, point.naam?.range ?? point.id?.range, serverText('contactPoint', locale));
  }
  return symbols;
}

/** The query's characters in this order, ignoring case ("mjan" matches "Marieke Jansen"). */
export function matchesQuery(name: string, query: string): boolean {
  const haystack = name.toLowerCase();
  let at = 0;
  for (const character of query.toLowerCase()) {
    if (character === ' ') continue;
    at = haystack.indexOf(character, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

export function filterSymbols(symbols: Iterable<SymbolInformation>, query: string): SymbolInformation[] {
  const result: SymbolInformation[] = [];
  for (const symbol of symbols) {
    if (!matchesQuery(symbol.name, query)) continue;
    result.push(symbol);
    if (result.length >= MAX_RESULTS) break;
  }
  return result;
}

/**
 * The symbols of protocol files on disk, read once and again only when the file changes
 * (by modification time and size). A file that cannot be read, or is larger than the
 * limit, has none.
 */
export class DiskSymbolCache {
  private readonly entries = new Map<string, { stamp: string; locale: Locale; symbols: SymbolInformation[] }>();

  /** Keeps the symbols of a file another part of the server has just read and parsed. */
  remember(filePath: string, stat: fs.Stats, maxFileSize: number, document: ProtocolDocument, locale: Locale): void {
    this.entries.set(filePath, { stamp: stampOf(stat, maxFileSize), locale, symbols: protocolSymbols(pathToFileURL(filePath).href, document, locale) });
  }

  async symbolsOf(filePath: string, locale: Locale, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<SymbolInformation[]> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(filePath);
    } catch {
      this.entries.delete(filePath);
      return [];
    }
    const stamp = stampOf(stat, maxFileSize);
    const cached = this.entries.get(filePath);
    if (cached && cached.stamp === stamp && cached.locale === locale) return cached.symbols;
    let symbols: SymbolInformation[];
    try {
      symbols = protocolSymbols(pathToFileURL(filePath).href, await readProtocolFile(filePath, stat, maxFileSize), locale);
    } catch {
      symbols = [];
    }
    this.entries.set(filePath, { stamp, locale, symbols });
    return symbols;
  }

  /** Forgets files no longer in the workspace. */
  keepOnly(filePaths: ReadonlySet<string>): void {
    for (const filePath of this.entries.keys()) if (!filePaths.has(filePath)) this.entries.delete(filePath);
  }
}

function stampOf(stat: fs.Stats, maxFileSize: number): string {
  return `${stat.mtimeMs}:${stat.size}:${maxFileSize}`;
}
