import * as assert from 'node:assert/strict';
import { createDeflateRaw } from 'node:zlib';
import { importDocx, WordImportError } from '../../../server/src/word/import';
import { declaredUnpackedSize, MAX_UNPACKED_BYTES, unpacksToMoreThan } from '../../../server/src/word/import/read-docx';
import { fixtureBytes } from './import-helpers';

/**
 * A zip of one file, `word/document.xml`, holding `packed` (stored, or deflated when `deflated`),
 * whose headers declare `declared` bytes unpacked, whatever the data holds.
 */
function zipOf(packed: Buffer, declared: number, deflated: boolean): Buffer {
  const name = Buffer.from('word/document.xml');
  const method = deflated ? 8 : 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + packed.length, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}

/** A zip of one stored, empty file whose central directory declares `size` bytes unpacked. */
function zipDeclaring(size: number): Buffer {
  return zipOf(Buffer.alloc(0), size, false);
}

/** `megabytes` of zeros, deflated as a stream (only one megabyte is held at a time). */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw();
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const megabyte = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(megabyte)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/** A zip of one deflated file whose headers declare 1,000 bytes unpacked, whatever the data inflates to. */
function zipUnderstating(packed: Buffer): Buffer {
  return zipOf(packed, 1000, true);
}

async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    const result = await importDocx(bytes, { locale: 'nl', sourceName: 'kapot.docx' });
    return typeof result.yaml === 'string' ? 'imported' : 'no text';
  } catch (error) {
    if (error instanceof WordImportError) return error.problem;
    throw error;
  }
}

describe('Word import: damaged and hostile documents', function () {
  this.timeout(120000);

  it('a zip that declares more than the limit unpacked is refused before anything is unpacked', async () => {
    assert.equal(declaredUnpackedSize(zipDeclaring(1000)), 1000);
    const bomb = zipDeclaring(MAX_UNPACKED_BYTES + 1);
    await assert.rejects(importDocx(bomb, { locale: 'en', sourceName: 'bom.docx' }), (error: unknown) => {
      assert.ok(error instanceof WordImportError);
      assert.equal(error.problem, 'too-large');
      assert.equal(
        error.messageIn('en'),
        "'bom.docx' unpacks to more than 256 MB and is not read; a meldcode is much smaller. Save the document again without large pictures or embedded files.",
      );
      return true;
    });
  });

  it('a zip whose data inflates to more than it declares is measured by inflating it, without keeping what comes out', async () => {
    const zip = zipUnderstating(await deflatedZeros(3));
    assert.equal(declaredUnpackedSize(zip), 1000);
    assert.equal(await unpacksToMoreThan(zip, 2 * 1024 * 1024), true);
    assert.equal(await unpacksToMoreThan(zip, 4 * 1024 * 1024), false);
    const real = fixtureBytes('basisschool-sectormodel.docx');
    assert.equal(await unpacksToMoreThan(real, MAX_UNPACKED_BYTES), false);
    assert.equal(await unpacksToMoreThan(real, 1024), true);
  });

  it('a zip that declares 1,000 bytes but inflates to more than the limit is refused as too large', async () => {
    const bomb = zipUnderstating(await deflatedZeros(MAX_UNPACKED_BYTES / 1024 / 1024 + 1));
    assert.ok(bomb.length < 1024 * 1024, `${bomb.length} bytes`);
    assert.equal(await outcome(bomb), 'too-large');
  });

  it('a document cut off anywhere, or with bytes changed, is imported or refused with a WordImportError, never anything else', async () => {
    const whole = fixtureBytes('basisschool-sectormodel.docx');
    const seen = new Set<string>();
    for (let tenth = 1; tenth < 10; tenth++) seen.add(await outcome(whole.subarray(0, Math.floor((whole.length * tenth) / 10))));
    for (let position = 64; position < whole.length; position += Math.floor(whole.length / 12)) {
      const changed = Buffer.from(whole);
      for (let i = position; i < Math.min(position + 16, changed.length); i++) changed[i] ^= 0x5a;
      seen.add(await outcome(changed));
    }
    // The cut-off documents are all damaged; what a changed byte does depends on where it lands.
    assert.ok(seen.has('damaged'), [...seen].join(', '));
    for (const problem of seen) assert.ok(['imported', 'damaged', 'not-docx', 'empty'].includes(problem), problem);
  });

  it('empty input and a lone zip signature are refused', async () => {
    assert.equal(await outcome(new Uint8Array()), 'not-docx');
    assert.equal(await outcome(Buffer.from([0x50, 0x4b, 0x03, 0x04])), 'damaged');
  });
});
