import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replaces a file's content so that readers only ever see the old or the new content:
 * the new content goes to a temporary file in the same folder (same file system), which
 * is then renamed over the original. The original's permission bits (and, where allowed,
 * owner) are kept. A symbolic link is followed, so the link itself stays a link.
 */
export function writeFileAtomic(filePath: string, data: Uint8Array): void {
  const target = fs.realpathSync(filePath);
  const stat = fs.statSync(target);
  const mode = stat.mode & 0o7777;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let descriptor: number | undefined;
  let created = false;
  try {
    descriptor = fs.openSync(temporary, 'wx', mode);
    created = true;
    fs.writeFileSync(descriptor, data);
    fs.fsyncSync(descriptor);
    fs.closeSync(descriptor);
    descriptor = undefined;
    fs.chmodSync(temporary, mode); // the umask may have narrowed the mode given to open
    try {
      fs.chownSync(temporary, stat.uid, stat.gid);
    } catch {
      // Only the owner may keep a foreign owner; for anyone else the file becomes theirs, as with any editor.
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) fs.closeSync(descriptor);
    if (created) fs.rmSync(temporary, { force: true });
    throw error;
  }
}
