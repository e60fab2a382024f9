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

/** Refuses what is not a .docx before it is unzipped, with the reason a user can act on. */
export function checkSignature(data: Uint8Array, name: string): void {
  if (startsWith(data, COMPOUND_FILE_SIGNATURE)) {
    // A password-protected .docx is an OLE container with the encrypted package and its EncryptionInfo.
    if (holdsStreamName(data, 'EncryptionInfo') || holdsStreamName(data, 'EncryptedPackage')) throw new WordImportError('encrypted', name);
    if (holdsStreamName(data, 'WordDocument')) throw new WordImportError('old-word-format', name);
    throw new WordImportError('not-docx', name);
  }
  if (!startsWith(data, ZIP_SIGNATURE)) throw new WordImportError('not-docx', name);
}

/**
 * The document's blocks. mammoth reads the .docx because it turns Word's paragraphs into
 * semantic HTML: headings by their style, lists as nested ul/ol, tables as tables, without
 * Word's formatting noise. That structure is what recognising steps, tables of officers and
 * the afwegingskader needs. Images are left out (a protocol's text is what is imported).
 */
export async function readDocxBlocks(data: Uint8Array, name: string): Promise<Block[]> {
  checkSignature(data, name);
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
