import { strict as assert } from 'node:assert';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { hoverForKey, keyByPath, KEYS } from '../../../server/src/knowledge';
import { KEYS_1_1 } from '../../../server/src/knowledge/keys-1-1';
import { readFixture } from '../../helpers/rules';

type KeyPath = (string | number)[];

/** Every key of a YAML text with its path, list indices included, in document order. */
function keyPaths(node: Node | null, prefix: KeyPath, out: KeyPath[]): KeyPath[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const keyPath = [...prefix, String(pair.key.value)];
      out.push(keyPath);
      keyPaths(pair.value as Node | null, keyPath, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => keyPaths(item as Node, [...prefix, index], out));
  }
  return out;
}

const FIXTURES = ['format-1-1-school', 'format-1-1-sportclub', 'format-1-1-praktijk', 'format-1-1-locatie'];
const paths = FIXTURES.flatMap((name) => keyPaths(parseDocument(readFixture('schema', `${name}.meldcode.yaml`)).contents as Node, [], []));
const named = (keyPath: KeyPath) => keyPath.filter((part) => typeof part === 'string').join('.');

describe('knowledge: the keys of format 1.1', () => {
  it('is part of the knowledge base, each path once', () => {
    for (const entry of KEYS_1_1) assert.ok(KEYS.includes(entry), entry.path);
    const all = KEYS.map((entry) => entry.path);
    assert.equal(new Set(all).size, all.length);
  });

  it('is used in the 1.1 fixtures, so each hover below is exercised', () => {
    const used = new Set(paths.map(named));
    assert.deepEqual(KEYS_1_1.map((entry) => entry.path).filter((keyPath) => !used.has(keyPath)), []);
  });

  it('answers a hover on each new key in the 1.1 fixtures, in Dutch and English, with the key first and the source last', () => {
    const newer = new Set(KEYS_1_1.map((entry) => entry.path));
    for (const keyPath of paths.filter((candidate) => newer.has(named(candidate)))) {
      const name = String(keyPath[keyPath.length - 1]);
      const nl = hoverForKey(keyPath, 'nl') ?? '';
      const en = hoverForKey(keyPath, 'en') ?? '';
      assert.match(nl, new RegExp(`^\\*\\*${name}\\*\\* — [^\\n]+\\n\\n[^\\n]+\\n\\nBron: [^\\n]+$`), keyPath.join('/'));
      assert.match(en, new RegExp(`^\\*\\*${name}\\*\\* — [^\\n]+\\n\\n[^\\n]+\\n\\nSource: [^\\n]+$`), keyPath.join('/'));
      assert.notEqual(nl, en);
    }
  });

  it('tells the same key apart by where it stands', () => {
    assert.match(hoverForKey(['routes', 0, 'stappen', 1, 'termijn'], 'nl') ?? '', /^\*\*termijn\*\* — Termijn van de routestap\n/);
    assert.match(hoverForKey(['stappen', 4, 'onderdelen', 0, 'termijn'], 'en') ?? '', /^\*\*termijn\*\* — Time limit of the sub-step\n/);
    assert.match(hoverForKey(['afwegingskader', 'beslissingen', 1, 'ja'], 'nl') ?? '', /beslissing-2/);
    assert.equal(keyByPath(['afwegingskader', 'vragen', 0, 'ja'])?.title.en, 'Outcome if yes');
  });

  it('speaks of the law only where it cites one, and of a duty for staff members only with its laws', () => {
    for (const entry of KEYS_1_1) {
      const citesLaw = entry.citations.some((citation) => citation.kind === 'law');
      if (/\b(Wet|Besluit)\b/.test(entry.text.nl)) assert.ok(citesLaw, `${entry.path} names a law without citing it`);
      if (/\bbevoegd gezag\b/.test(entry.text.nl) && entry.path !== 'routes.titel' && entry.path !== 'routes.stappen.titel') {
        assert.ok(citesLaw, `${entry.path} speaks of the bevoegd gezag without its law`);
      }
    }
  });
});
