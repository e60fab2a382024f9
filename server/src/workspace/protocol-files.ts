import * as fs from 'node:fs';
import * as path from 'node:path';
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
