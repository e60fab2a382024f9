import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseProtocolBytes, tooLargeDocument, type ProtocolDocument } from '../engine';
import { isTooLarge, readRegularFile } from '../safe-read';
import { isProtocolFileName } from './documents';

const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/**
 * The protocol files under a folder, found without following symbolic links (so a link
 * back up the tree cannot make the walk endless). Unreadable folders are skipped.
 * Yields to the event loop between folders, so the server keeps answering.
 */
export async function findProtocolFiles(root: string, isCancelled: () => boolean = () => false): Promise<string[]> {
  const files: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    if (isCancelled()) break;
    const folder = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) stack.push(path.join(folder, entry.name));
      } else if (entry.isFile() && isProtocolFileName(entry.name)) {
        files.push(path.join(folder, entry.name));
      }
    }
  }
  return files.sort();
}

/**
 * A protocol file read from disk, as the editor would check it. Only a regular file is read
 * (a named pipe or a link to a device throws a RefusedFileError), and a file surely over the
 * size limit is not read at all: every UTF-16 unit takes at least one byte and at most
 * three, so past 3 bytes per allowed unit it is too large. Throws when the file cannot be read.
 */
export async function readProtocolFile(filePath: string, _stat: fs.Stats, maxFileSize: number): Promise<ProtocolDocument> {
  try {
    return parseProtocolBytes((await readRegularFile(filePath, maxFileSize * 3)).bytes, { maxFileSize });
  } catch (error) {
    if (isTooLarge(error)) return tooLargeDocument(maxFileSize);
    throw error;
  }
}
