/**
 * Opening exported Word documents in LibreOffice, as a reader would: `soffice --headless
 * --convert-to txt:Text` turns each .docx into the text LibreOffice lays out, so a test sees what
 * a word processor makes of the file, not what our writer meant to put in it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';

const SOFFICE = 'soffice';

/**
 * The text LibreOffice reads from each of `files` (all .docx), keyed by file path. One soffice
 * run converts them all; a private profile keeps parallel runs apart. Fails (never skips) when
 * LibreOffice is missing or cannot open a file.
 */
export function libreOfficeText(files: readonly string[]): Map<string, string> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-soffice-'));
  try {
    const profile = `file://${path.join(work, 'profile')}`;
    const outdir = path.join(work, 'text');
    const ran = spawnSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text', '--outdir', outdir, ...files], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    if (ran.error && (ran.error as NodeJS.ErrnoException).code === 'ENOENT') {
      assert.fail('LibreOffice (soffice) is not installed; scripts/setup-system.sh installs it (libreoffice-writer-nogui).');
    }
    assert.equal(ran.status, 0, `soffice failed: ${ran.error?.message ?? ''}${ran.stderr}`);
    const texts = new Map<string, string>();
    for (const file of files) {
      const converted = path.join(outdir, `${path.basename(file, path.extname(file))}.txt`);
      assert.ok(fs.existsSync(converted), `LibreOffice could not open ${path.basename(file)}: ${ran.stdout}${ran.stderr}`);
      texts.set(file, fs.readFileSync(converted, 'utf8').replace(/^\uFEFF/, ''));
    }
    return texts;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** One part of a .docx package, such as word/document.xml. */
export async function docxPart(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(part);
  assert.ok(entry, `${part} is in the package`);
  return entry.async('string');
}

/** Runs of white space as one space, so that text compares however LibreOffice wrapped it. */
export function squashed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
