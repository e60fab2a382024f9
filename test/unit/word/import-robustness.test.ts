import * as assert from 'node:assert/strict';
import { importDocx, WordImportError } from '../../../server/src/word/import';
import { declaredUnpackedSize, MAX_UNPACKED_BYTES } from '../../../server/src/word/import/read-docx';
import { fixtureBytes } from './import-helpers';

/** A zip of one stored, empty file whose central directory declares `size` bytes unpacked. */
function zipDeclaring(size: number): Buffer {
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, central, name, end]);
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
