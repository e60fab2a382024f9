/**
 * Every file the tools read (protocols, configuration) is read through here: only a regular
 * file, and only up to a size limit. A name can stand for something that never ends
 * (`/dev/zero`, a symbolic link to it) or never answers (a named pipe without a writer);
 * reading those would fill the memory or hang the command line and the language server.
 */
import * as fs from 'node:fs';

/** Largest configuration file read, in bytes: a `.meldcoderc.yaml` has a few dozen lines. */
export const MAX_CONFIG_FILE_BYTES = 1024 * 1024;

/** Bytes read at a time: the file is never trusted to be as long as it said it was. */
const CHUNK = 64 * 1024;

// Opening a named pipe for reading waits for a writer, unless it is opened non-blocking
// (then the descriptor is checked and closed at once). Windows has no such flag, nor such pipes.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * A file the tools refuse to read: `ENOTREG` (a pipe, device or socket) or `EFBIG` (larger
 * than the limit). Shaped like the errors of Node's fs calls, so callers treat it as one.
 */
export class RefusedFileError extends Error {
  readonly code: 'ENOTREG' | 'EFBIG';
  /** The size found, in bytes (EFBIG). */
  readonly size?: number;
  /** The limit, in bytes (EFBIG). */
  readonly limit?: number;
  /** What the path is instead of a file (ENOTREG). */
  readonly kind?: 'pipe' | 'device' | 'socket' | 'other';

  constructor(code: 'ENOTREG' | 'EFBIG', filePath: string, details: { size?: number; limit?: number; kind?: RefusedFileError['kind'] }) {
    super(
      code === 'ENOTREG'
        ? `${filePath} is not a regular file (${details.kind ?? 'other'}) and is not read`
        : `${filePath} is larger than ${details.limit} bytes and is not read`,
    );
    this.name = 'RefusedFileError';
    this.code = code;
    this.size = details.size;
    this.limit = details.limit;
    this.kind = details.kind;
  }
}

export interface ReadResult {
  bytes: Buffer;
  /** The file's status, from the open descriptor: it describes the bytes read. */
  stat: fs.Stats;
}

/** Reads a regular file of at most `maxBytes` bytes. Throws fs errors (ENOENT, EACCES, EISDIR ...) and RefusedFileError. */
export function readRegularFileSync(filePath: string, maxBytes: number): ReadResult {
  check(filePath, fs.statSync(filePath), maxBytes);
  const descriptor = fs.openSync(filePath, OPEN_FLAGS);
  try {
    const stat = fs.fstatSync(descriptor);
    check(filePath, stat, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const read = fs.readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      // The file grew after it was measured: still no more than the limit.
      if (total > maxBytes) throw new RefusedFileError('EFBIG', filePath, { size: total, limit: maxBytes });
    }
    return { bytes: Buffer.concat(chunks, total), stat };
  } finally {
    fs.closeSync(descriptor);
  }
}

/** As readRegularFileSync, without blocking the event loop (for the language server). */
export async function readRegularFile(filePath: string, maxBytes: number): Promise<ReadResult> {
  check(filePath, await fs.promises.stat(filePath), maxBytes);
  const handle = await fs.promises.open(filePath, OPEN_FLAGS);
  try {
    const stat = await handle.stat();
    check(filePath, stat, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new RefusedFileError('EFBIG', filePath, { size: total, limit: maxBytes });
    }
    return { bytes: Buffer.concat(chunks, total), stat };
  } finally {
    await handle.close();
  }
}

/** Whether an error is the refusal of a file that is too large. */
export function isTooLarge(error: unknown): error is RefusedFileError {
  return error instanceof RefusedFileError && error.code === 'EFBIG';
}

function check(filePath: string, stat: fs.Stats, maxBytes: number): void {
  if (stat.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${filePath}'`), { code: 'EISDIR', syscall: 'read', path: filePath });
  }
  if (!stat.isFile()) {
    const kind = stat.isFIFO() ? 'pipe' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'device' : stat.isSocket() ? 'socket' : 'other';
    throw new RefusedFileError('ENOTREG', filePath, { kind });
  }
  if (stat.size > maxBytes) throw new RefusedFileError('EFBIG', filePath, { size: stat.size, limit: maxBytes });
}
