/**
 * The Dutch texts address the reader as "u": the manifest (command titles, settings,
 * walkthrough), the extension's run-time messages, the messages, hovers and snippets of the
 * knowledge base and engine, and the Dutch half of the rule documentation.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (relative: string): string => fs.readFileSync(path.join(ROOT, relative), 'utf8');

const INFORMAL = /\b(je|jij|jou|jouw|jezelf|jullie)\b/i;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** Every `nl: '…'` (or "…", `…`) string in a source file. */
function dutchLiterals(source: string): string[] {
  return [...source.matchAll(/\bnl:\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((match) => match[2]!);
}

/** The "## Nederlands" part of a rule document, up to the next "## " heading. */
function dutchPart(markdown: string): string {
  return /^## Nederlands\n([\s\S]*?)(?=^## )/m.exec(markdown)?.[1] ?? '';
}

function informal(texts: Iterable<string>): string[] {
  return [...texts].filter((value) => INFORMAL.test(value));
}

describe('Dutch texts say "u"', () => {
  it('finds the informal forms it looks for', () => {
    assert.deepEqual(informal(['Kies je sector', 'Bel jouw collega', 'Kies uw sector', 'jeugdhulp', 'meldcode-lint', 'Wijs jezelf aan']), [
      'Kies je sector',
      'Bel jouw collega',
      'Wijs jezelf aan',
    ]);
    assert.deepEqual(dutchLiterals("title: { nl: 'Kies je sector', en: 'Pick your sector' }"), ['Kies je sector']);
  });

  it('in the manifest and the run-time messages of the extension', () => {
    assert.deepEqual(informal(Object.values(JSON.parse(read('package.nls.nl.json')) as Record<string, string>)), []);
    assert.deepEqual(informal(Object.values(JSON.parse(read('l10n/bundle.l10n.nl.json')) as Record<string, string>)), []);
  });

  it('in the messages, hovers, snippets and skeletons of the language server', () => {
    const found = tsFiles('server/src').flatMap((file) => informal(dutchLiterals(read(file))).map((text) => `${file}: ${text}`));
    assert.deepEqual(found, []);
  });

  it('in the Dutch half of the rule documentation', () => {
    const dir = path.join('docs', 'rules');
    const docs = fs.readdirSync(path.join(ROOT, dir)).filter((name) => name.endsWith('.md') && name !== 'README.md');
    assert.deepEqual(docs.filter((name) => dutchPart(read(path.join(dir, name))).trim() === ''), [], 'every rule document has a Dutch part');
    assert.deepEqual(docs.filter((name) => INFORMAL.test(dutchPart(read(path.join(dir, name))))), []);
  });
});
