import * as fs from 'node:fs';
import * as path from 'node:path';
import { comparePaths } from './results';

const PROTOCOL_FILE_PATTERN = /\.meldcode\.ya?ml$/;
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

export type DiscoveryProblem =
  /** A path named on the command line that does not exist: a usage error. */
  | { kind: 'missing'; path: string }
  /** A named path, a folder or a protocol file that cannot be read: an I/O error. */
  | { kind: 'unreadable'; path: string; error: unknown; folder: boolean }
  /** A named path that is neither a file nor a folder (a pipe, a device): an I/O error. */
  | { kind: 'not-a-file'; path: string }
  /** A symbolic link that leads back into the walk or to itself: skipped, noted. */
  | { kind: 'loop'; path: string; selfReferring: boolean };

export interface Discovery {
  /** Absolute paths, sorted, each once. */
  files: string[];
  problems: DiscoveryProblem[];
}

/**
 * Finds the protocol files under the given paths. Real folders are walked first; symbolic
 * links to folders afterwards, each target only once, so a link back up the tree (a loop)
 * or to a folder already seen is never walked twice.
 */
export function discoverFiles(paths: readonly string[], cwd: string): Discovery {
  const files = new Set<string>();
  const problems: DiscoveryProblem[] = [];
  const visited = new Set<string>();
  const linkedFolders: Array<{ linkPath: string; parentReal: string }> = [];

  const walk = (root: string, rootReal: string): void => {
    const stack: Array<[string, string]> = [[root, rootReal]];
    while (stack.length > 0) {
      const [folder, folderReal] = stack.pop()!;
      if (visited.has(folderReal)) continue;
      visited.add(folderReal);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
      } catch (error) {
        problems.push({ kind: 'unreadable', path: folder, error, folder: true });
        continue;
      }
      entries.sort((a, b) => comparePaths(a.name, b.name));
      const subfolders: Array<[string, string]> = [];
      for (const entry of entries) {
        const entryPath = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) subfolders.push([entryPath, path.join(folderReal, entry.name)]);
        } else if (entry.isSymbolicLink()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) visitLink(entryPath, entry.name, folderReal);
        } else if (entry.isFile() && PROTOCOL_FILE_PATTERN.test(entry.name)) {
          files.add(entryPath);
        }
      }
      // Reversed onto the stack, so that folders are walked in name order.
      for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i]);
    }
  };

  const visitLink = (linkPath: string, name: string, parentReal: string): void => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(linkPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (PROTOCOL_FILE_PATTERN.test(name)) problems.push({ kind: 'unreadable', path: linkPath, error, folder: false });
      else if (code === 'ELOOP') problems.push({ kind: 'loop', path: linkPath, selfReferring: true });
      // A dangling link that is not a protocol file is none of our business.
      return;
    }
    if (stat.isDirectory()) linkedFolders.push({ linkPath, parentReal });
    else if (stat.isFile() && PROTOCOL_FILE_PATTERN.test(name)) files.add(linkPath);
  };

  const walkLinkedFolders = (): void => {
    while (linkedFolders.length > 0) {
      const { linkPath, parentReal } = linkedFolders.shift()!;
      let real: string;
      try {
        real = fs.realpathSync(linkPath);
      } catch (error) {
        problems.push({ kind: 'unreadable', path: linkPath, error, folder: true });
        continue;
      }
      if (isSameOrInside(parentReal, real)) {
        problems.push({ kind: 'loop', path: linkPath, selfReferring: false });
        continue;
      }
      if (!visited.has(real)) walk(linkPath, real);
    }
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') problems.push({ kind: 'missing', path: given });
      else problems.push({ kind: 'unreadable', path: given, error, folder: false });
      continue;
    }
    if (stat.isDirectory()) {
      let real: string;
      try {
        real = fs.realpathSync(absolute);
      } catch (error) {
        problems.push({ kind: 'unreadable', path: given, error, folder: true });
        continue;
      }
      walk(absolute, real);
      walkLinkedFolders();
    } else if (stat.isFile()) {
      files.add(absolute);
    } else {
      // A pipe or device would block the read or never end; a protocol is a file.
      problems.push({ kind: 'not-a-file', path: given });
    }
  }
  return { files: [...files].sort(comparePaths), problems };
}

/** Whether `inner` is `outer` or lies below it. */
function isSameOrInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
