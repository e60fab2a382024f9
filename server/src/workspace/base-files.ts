import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, isInside, parseProtocolBytes, tooLargeDocument, type LocalizedText, type ProtocolDocument, type ProtocolFileHost } from '../engine';
import { isTooLarge, readRegularFileSync } from '../safe-read';

/**
 * Base protocols read from disk for the engine's resolver (engine/inheritance): only regular
 * files below the size limit, through safe-read. A base is read once and kept while its size
 * and modification time stay the same, so 500 locations of one board read the board's base
 * once. `overlay` gives the text of a file open in the editor, which wins over the disk.
 */
export class BaseProtocolFiles implements ProtocolFileHost {
  private readonly cache = new Map<string, { stamp: string; document: ProtocolDocument }>();

  constructor(
    private readonly maxFileSize: number = DEFAULT_MAX_FILE_SIZE,
    private readonly overlay: (realPath: string) => ProtocolDocument | undefined = () => undefined,
  ) {}

  realPath(filePath: string): string | undefined {
    try {
      return fs.realpathSync(filePath);
    } catch {
      return undefined;
    }
  }

  read(realPath: string): ProtocolDocument | { unreadable: LocalizedText } {
    const open = this.overlay(realPath);
    if (open) return open;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(realPath);
    } catch (error) {
      return { unreadable: reason(error) };
    }
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    const cached = this.cache.get(realPath);
    if (cached?.stamp === stamp) return cached.document;
    let document: ProtocolDocument;
    try {
      document = parseProtocolBytes(readRegularFileSync(realPath, this.maxFileSize * 3).bytes, { maxFileSize: this.maxFileSize });
    } catch (error) {
      if (!isTooLarge(error)) return { unreadable: reason(error) };
      document = tooLargeDocument(this.maxFileSize);
    }
    this.cache.set(realPath, { stamp, document });
    return document;
  }

  /** Forgets a file read before (it changed or was deleted). */
  forget(realPath: string): void {
    this.cache.delete(realPath);
  }
}

/** Why a base could not be read, for the base-invalid message. */
function reason(error: unknown): LocalizedText {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EISDIR':
      return { nl: 'het is een map', en: 'it is a folder' };
    case 'ENOTREG':
      return { nl: 'het is geen gewoon bestand', en: 'it is not a regular file' };
    case 'EACCES':
    case 'EPERM':
      return { nl: 'geen leesrechten', en: 'no permission to read it' };
    case 'ENOENT':
      return { nl: 'het bestand is verdwenen', en: 'the file has gone' };
    default:
      return { nl: 'een leesfout', en: 'a read error' };
  }
}

/**
 * The workspace a protocol's base must lie in, for the command line: the outermost of the
 * current folder and the folders named on the command line that holds the file; else the
 * file's own folder.
 */
export function workspaceRootFor(realFilePath: string, candidates: readonly string[]): string {
  const holding = candidates.filter((root) => root !== realFilePath && isInside(realFilePath, root));
  holding.sort((a, b) => a.length - b.length);
  return holding[0] ?? path.dirname(realFilePath);
}
