import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The input that `output` would overwrite, or undefined. Paths are compared by device and
 * inode, so that every other name of an input is caught too: a hard link, a symbolic link to
 * it, a path through a linked folder. An output that does not exist yet is no input.
 */
export function sameFileAs(output: string, inputs: Iterable<string>): string | undefined {
  let target: fs.Stats;
  try {
    target = fs.statSync(output);
  } catch {
    for (const input of inputs) if (path.resolve(input) === path.resolve(output)) return input;
    return undefined;
  }
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      continue;
    }
    // (A file system without inode numbers reports 0: then only the path tells.)
    if (target.ino !== 0 ? stat.ino === target.ino && stat.dev === target.dev : path.resolve(input) === path.resolve(output)) return input;
  }
  return undefined;
}
