import * as assert from 'node:assert/strict';
import { parseXml } from './xml';

/** The JUnit tests lean on this reader, so it must refuse what is not well-formed. */
describe('the XML reader used to check JUnit output', () => {
  it('reads elements, attributes, text and entities', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; 2" y=\'&#10;\'><b>&lt;tekst&gt; &#x41;</b><c/></a>\n');
    assert.deepEqual(root, {
      name: 'a',
      attributes: { x: '1 & 2', y: '\n' },
      children: [
        { name: 'b', attributes: {}, children: [], text: '<tekst> A' },
        { name: 'c', attributes: {}, children: [], text: '' },
      ],
      text: '',
    });
  });

  const malformed: Array<[string, string]> = [
    ['<a><b></a></b>', 'mismatched tags'],
    ['<a>', 'an unclosed element'],
    ['<a>1 & 2</a>', 'a bare ampersand'],
    ['<a>&nbsp;</a>', 'an unknown entity'],
    ['<a x=1/>', 'an unquoted attribute'],
    ['<a x="1" x="2"/>', 'a duplicate attribute'],
    ['<a x="<"/>', 'a "<" in an attribute'],
    ['<a/><b/>', 'two root elements'],
    ['<a/>tekst', 'text after the root'],
    ['<a>\u0001</a>', 'a control character'],
    ['<a>\ud800</a>', 'a lone surrogate'],
    ['<?xml version="1.0" encoding=UTF-8?><a/>', 'a malformed declaration'],
  ];
  for (const [text, what] of malformed) {
    it(`refuses ${what}`, () => {
      assert.throws(() => parseXml(text));
    });
  }
});
