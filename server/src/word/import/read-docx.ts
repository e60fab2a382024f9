import { createInflateRaw } from 'node:zlib';
import * as mammoth from 'mammoth';
import { htmlToBlocks, type Block } from './blocks';
import { WordImportError } from './errors';

/**
 * Word's heading styles under their Dutch and English names (a Dutch Word writes "Kop 1", an
 * English one and LibreOffice "Heading 1"), and the document title, as HTML headings.
 */
const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].flatMap((level) => [
    `p[style-name='Kop ${level}'] => h${level}:fresh`,
    `p[style-name='heading ${level}'] => h${level}:fresh`,
    `p[style-name='Heading ${level}'] => h${level}:fresh`,
  ]),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titel'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Ondertitel'] => p:fresh",
];

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: Word 97-2003, or an Office document encrypted with a password. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, signature: readonly number[]): boolean {
  return data.length >= signature.length && signature.every((byte, index) => data[index] === byte);
}

/** Whether the bytes hold a stream name, written as UTF-16LE in the compound file's directory. */
function holdsStreamName(data: Uint8Array, name: string): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/** The most a .docx may unpack to: thirty pages of text are a few megabytes, pictures included a few dozen. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/**
 * The sizes the zip's central directory declares for its files, added up; undefined when the
 * directory cannot be read (then unzipping reports the damage). A file that unpacks to
 * gigabytes (a "zip bomb") is refused before anything is unpacked.
 */
export function declaredUnpackedSize(data: Uint8Array): number | undefined {
  const entries = zipEntries(data);
  if (!entries) return undefined;
  let total = 0;
  // 0xffffffff: the real size is in a ZIP64 field; no Word protocol needs one.
  for (const entry of entries) total += entry.size === 0xffffffff ? Number.POSITIVE_INFINITY : entry.size;
  return total;
}

interface ZipEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared: a crafted zip may declare less than its data inflates to. */
  size: number;
  localHeaderOffset: number;
}

/** The entries of the zip's central directory; undefined when it cannot be read. */
function zipEntries(data: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const earliest = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let offset = data.length - 22; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let entry = 0; entry < count; entry++) {
    if (offset + 46 > data.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/**
 * Whether the zip's files, unpacked, hold more than `limit` bytes, counted by inflating them
 * without keeping what comes out: the sizes a zip declares can lie. Undefined where the zip
 * cannot be read this way (unzipping then reports the damage).
 */
export async function unpacksToMoreThan(data: Uint8Array, limit: number): Promise<boolean | undefined> {
  const entries = zipEntries(data);
  if (!entries) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let total = 0;
  for (const entry of entries) {
    const header = entry.localHeaderOffset;
    if (header + 30 > data.length || view.getUint32(header, true) !== LOCAL_FILE_HEADER) return undefined;
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const packed = data.subarray(start, Math.min(data.length, start + entry.compressedSize));
    if (entry.method === STORED) {
      total += packed.length;
    } else if (entry.method === DEFLATED) {
      const inflated = await inflatedLength(packed, limit - total);
      if (inflated === undefined) return undefined;
      total += inflated;
    } else {
      return undefined;
    }
    if (total > limit) return true;
  }
  return false;
}

const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** How many bytes the deflated data inflates to, counted up to just past `budget`; undefined when it is not deflate data. */
function inflatedLength(packed: Uint8Array, budget: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > budget) {
        inflate.destroy();
        resolve(length);
      }
    });
    inflate.on('end', () => resolve(length));
    inflate.on('error', () => resolve(undefined));
    inflate.end(packed);
  });
}

/** Refuses what is not a .docx before it is unzipped, with the reason a user can act on. */
export function checkSignature(data: Uint8Array, name: string): void {
  if (startsWith(data, COMPOUND_FILE_SIGNATURE)) {
    // A password-protected .docx is an OLE container with the encrypted package and its EncryptionInfo.
    if (holdsStreamName(data, 'EncryptionInfo') || holdsStreamName(data, 'EncryptedPackage')) throw new WordImportError('encrypted', name);
    if (holdsStreamName(data, 'WordDocument')) throw new WordImportError('old-word-format', name);
    throw new WordImportError('not-docx', name);
  }
  if (!startsWith(data, ZIP_SIGNATURE)) throw new WordImportError('not-docx', name);
  const unpacked = declaredUnpackedSize(data);
  if (unpacked !== undefined && unpacked > MAX_UNPACKED_BYTES) throw tooLarge(name);
}

function tooLarge(name: string): WordImportError {
  return new WordImportError('too-large', name, `${MAX_UNPACKED_BYTES / 1024 / 1024} MB`);
}

/**
 * The document's blocks. mammoth reads the .docx because it turns Word's paragraphs into
 * semantic HTML: headings by their style, lists as nested ul/ol, tables as tables, without
 * Word's formatting noise. That structure is what recognising steps, tables of officers and
 * the afwegingskader needs. Images are left out (a protocol's text is what is imported).
 */
export async function readDocxBlocks(data: Uint8Array, name: string): Promise<Block[]> {
  checkSignature(data, name);
  if (await unpacksToMoreThan(data, MAX_UNPACKED_BYTES)) throw tooLarge(name);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (/word\/document\.xml/i.test(reason) || /main document part/i.test(reason)) throw new WordImportError('not-docx', name);
    throw new WordImportError('damaged', name, reason);
  }
  const blocks = htmlToBlocks(html);
  if (blocks.length === 0) throw new WordImportError('empty', name);
  return blocks;
}
