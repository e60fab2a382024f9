/** Hostile protocol files, written on the fly (a 50 MB file does not belong in the repository). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileFile {
  name: string;
  bytes: Buffer;
  /** The finding a user must see, as a pattern on its English message. */
  expect: { ruleId: string; message: RegExp; line: number; column: number };
}

function aliasBomb(): string {
  const names = 'abcdefghij';
  const lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(10).fill(`*${names[i - 1]}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

/** A protocol line over and over until the file is `megabytes` MB: looks like text, is far too large. */
function hugeFile(megabytes: number): Buffer {
  const head = 'meldcode: "1.0"\nopmerking: |\n';
  const line = `  ${'Signalen in kaart brengen en bespreken met de aandachtsfunctionaris. '.repeat(2)}\n`;
  return Buffer.from(head + line.repeat(Math.ceil((megabytes * 1024 * 1024) / line.length)));
}

/** Every hostile file with the clear finding it must give (1-based line and column). */
export function hostileFiles(): HostileFile[] {
  return [
    {
      name: 'latin1.meldcode.yaml',
      bytes: Buffer.from('meldcode: "1.0"\norganisatie:\n  naam: Caf\xe9 De Ster\n', 'latin1'),
      expect: { ruleId: 'yaml-syntax', message: /not valid UTF-8/, line: 3, column: 12 },
    },
    {
      name: 'png.meldcode.yaml',
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      expect: { ruleId: 'yaml-syntax', message: /not valid UTF-8/, line: 1, column: 1 },
    },
    {
      name: 'nul-bytes.meldcode.yaml',
      bytes: Buffer.from('meldcode: "1.0"\nnaam: a\u0000b\n'),
      expect: { ruleId: 'yaml-syntax', message: /binary character \(code U\+0000\)/, line: 2, column: 8 },
    },
    {
      name: 'alias-bomb.meldcode.yaml',
      bytes: Buffer.from(aliasBomb()),
      expect: { ruleId: 'yaml-syntax', message: /alias bomb/, line: 1, column: 1 },
    },
    {
      name: 'deep-flow.meldcode.yaml',
      bytes: Buffer.from(`x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
      expect: { ruleId: 'yaml-syntax', message: /nested too deeply \(more than 100 levels\)/, line: 1, column: 103 },
    },
    {
      name: 'deep-block.meldcode.yaml',
      bytes: Buffer.from(`${'- '.repeat(10_000)}x\n`),
      expect: { ruleId: 'yaml-syntax', message: /nested too deeply/, line: 1, column: 201 },
    },
    {
      name: 'huge.meldcode.yaml',
      bytes: hugeFile(50),
      expect: { ruleId: 'yaml-syntax', message: /larger than 5 MB and is not checked; raise "max-file-size"/, line: 1, column: 1 },
    },
    {
      name: 'bom-crlf.meldcode.yaml',
      bytes: Buffer.from('\uFEFFmeldcode: "1.0"\r\norganisatie:\r\n  naam: AMK Noord\r\n'),
      expect: { ruleId: 'term-outdated', message: /^"AMK" no longer exists/, line: 3, column: 9 },
    },
    {
      name: 'tabs.meldcode.yaml',
      bytes: Buffer.from('meldcode: "1.0"\norganisatie:\n\tnaam: De Ster\n'),
      expect: { ruleId: 'yaml-syntax', message: /tab/i, line: 3, column: 1 },
    },
    {
      name: 'proto.meldcode.yaml',
      bytes: Buffer.from('meldcode: "1.0"\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n'),
      expect: { ruleId: 'schema', message: /Unknown key '__proto__'/, line: 2, column: 1 },
    },
  ];
}

export interface HostileFolder {
  root: string;
  files: HostileFile[];
  /** Ordinary protocols beside the hostile ones: enough to make the CLI use worker threads. */
  ordinary: string[];
}

/**
 * A folder holding every hostile file, plus what a folder walk can trip over: a symbolic
 * link looping back, a link to nothing, a named pipe and a folder named like a protocol.
 */
export function hostileFolder(ordinaryText: string, ordinaryCount: number): HostileFolder {
  const root = mkdtempSync(join(tmpdir(), 'meldcode-hostile-'));
  const files = hostileFiles();
  for (const file of files) writeFileSync(join(root, file.name), file.bytes);
  const ordinary: string[] = [];
  for (let i = 0; i < ordinaryCount; i++) {
    const name = `gewoon-${String(i).padStart(3, '0')}.meldcode.yaml`;
    writeFileSync(join(root, name), ordinaryText);
    ordinary.push(name);
  }
  symlinkSync('.', join(root, 'lus'));
  symlinkSync('nergens.txt', join(root, 'dood-spoor.meldcode.yaml'));
  execFileSync('mkfifo', [join(root, 'pijp.meldcode.yaml')]);
  mkdirSync(join(root, 'map.meldcode.yaml'));
  writeFileSync(join(root, 'map.meldcode.yaml', 'binnen.meldcode.yaml'), ordinaryText);
  return { root, files, ordinary };
}
