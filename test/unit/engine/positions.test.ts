import { strict as assert } from 'node:assert';
import { applyFixes, parseProtocolBytes, validateDocument, validateText } from '../../../server/src/engine';
import { PositionMapper } from '../../../server/src/engine/positions';
import { TODAY, range, ruleFixture, seen } from '../../helpers/rules';

const toCrlf = (text: string): string => text.replace(/\n/g, '\r\n');

describe('PositionMapper', () => {
  it('maps offsets to 0-based lines and UTF-16 characters', () => {
    const text = 'meldcode: "1.0"\norganisatie:\n  naam: Cliëntenraad 🙂 De Linde\n';
    const mapper = new PositionMapper(text);
    assert.deepEqual(mapper.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(mapper.positionAt(16), { line: 1, character: 0 });
    // The emoji counts as two UTF-16 units, as in LSP: "De" starts at character 24 of line 2.
    assert.deepEqual(mapper.positionAt(text.indexOf('De Linde')), { line: 2, character: 24 });
    assert.equal(mapper.lineCount, 4);
  });

  it('counts \\r\\n as one line break and never points into it', () => {
    const text = 'stappen:\r\n  - stap: 1\r\n';
    const mapper = new PositionMapper(text);
    assert.equal(mapper.lineCount, 3);
    assert.deepEqual(mapper.positionAt(text.indexOf('- stap')), { line: 1, character: 2 });
    // Offset 8 is the \r, 9 the \n: both are the end of line 0's text.
    assert.deepEqual(mapper.positionAt(8), { line: 0, character: 8 });
    assert.deepEqual(mapper.positionAt(9), { line: 0, character: 8 });
    assert.deepEqual(mapper.positionAt(10), { line: 1, character: 0 });
    assert.equal(mapper.lineText(1), '  - stap: 1');
  });

  it('counts a lone \\r as a line break, as editors do', () => {
    const mapper = new PositionMapper('a: 1\rb: 2\nc: 3');
    assert.equal(mapper.lineCount, 3);
    assert.deepEqual(mapper.positionAt(5), { line: 1, character: 0 });
    assert.deepEqual(mapper.positionAt(10), { line: 2, character: 0 });
    assert.equal(mapper.lineText(0), 'a: 1');
  });

  it('offsetAt undoes positionAt and keeps a character past the end of a line on that line', () => {
    const text = 'organisatie:\r\n  naam: De Linde\r\n';
    const mapper = new PositionMapper(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a line break
      assert.equal(mapper.offsetAt(mapper.positionAt(offset)), offset, `offset ${offset}`);
    }
    assert.equal(mapper.offsetAt({ line: 0, character: 99 }), 12);
    assert.equal(mapper.offsetAt({ line: 9, character: 0 }), text.length);
    assert.equal(mapper.offsetAt({ line: -1, character: 5 }), 0);
  });
});

describe('ranges in a file with CRLF line ends', () => {
  it('are the same as in the LF file, line for line and character for character', () => {
    for (const [rule, fixture] of [
      ['reference-unknown', 'fail'],
      ['term-outdated', 'fail'],
      ['yaml-syntax', 'fail-duplicate-key'],
      ['yaml-syntax', 'fail-unclosed-quote'],
      ['step-missing', 'fail-no-steps'],
    ]) {
      const lf = ruleFixture(rule, fixture);
      const crlf = validateText(toCrlf(lf), { today: TODAY }).map(seen);
      assert.deepEqual(crlf, validateText(lf, { today: TODAY }).map(seen), `${rule}/${fixture}`);
      assert.ok(crlf.length > 0, `${rule}/${fixture} has findings`);
    }
  });

  it('points exactly at a reference on a CRLF line', () => {
    const text = toCrlf(ruleFixture('reference-unknown', 'fail'));
    const finding = validateText(text, { today: TODAY }).find((f) => f.ruleId === 'reference-unknown' && f.message.en.startsWith('"bakkr"'));
    assert.deepEqual(finding?.range, range(42, 14, 42, 19));
  });

  it('a fix keeps the CRLF line ends', () => {
    const text = toCrlf(ruleFixture('term-outdated', 'fail'));
    const fixed = applyFixes(text, validateText(text, { today: TODAY })).text;
    assert.ok(fixed.includes('    naam: Veilig Thuis\r\n'));
    assert.equal(fixed.split('\r\n').length, text.split('\r\n').length);
    assert.equal(/[^\r]\n/.test(fixed), false, 'no bare \\n');
  });
});

describe('a byte order mark', () => {
  it('is not counted: ranges are those of the file without it', () => {
    const text = ruleFixture('step-missing', 'fail-step-3');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const document = parseProtocolBytes(withBom);
    assert.equal(document.text, text);
    const findings = validateDocument(document, { today: TODAY });
    assert.deepEqual(findings.map(seen), validateText(text, { today: TODAY }).map(seen));
    assert.deepEqual(findings.find((f) => f.ruleId === 'step-missing')?.range, range(37, 0, 37, 7));
  });

  it('is not counted with CRLF line ends either', () => {
    const text = toCrlf(ruleFixture('yaml-syntax', 'fail-duplicate-key'));
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const findings = validateDocument(parseProtocolBytes(withBom), { today: TODAY }).filter((f) => f.ruleId === 'yaml-syntax');
    assert.deepEqual(findings.map((f) => f.range), [range(6, 2, 6, 6)]);
  });
});
