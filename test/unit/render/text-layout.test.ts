import * as assert from 'node:assert/strict';
import { textWidth, wrapText } from '../../../server/src/render/text-layout';

describe('route map: line breaking', () => {
  it('breaks between words so that no line is wider than the box', () => {
    const text = 'Bespreek de signalen met de intern begeleider of, bij afwezigheid, met de directeur van de school.';
    const lines = wrapText(text, 200, 13);
    assert.ok(lines.length > 1);
    assert.equal(lines.join(' '), text);
    for (const line of lines) assert.ok(textWidth(line, 13) <= 200, line);
  });

  it('collapses the line breaks and spaces of a YAML block scalar', () => {
    assert.deepEqual(wrapText('  Eerste regel\n  tweede   regel\n', 1000, 13), ['Eerste regel tweede regel']);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapText('x'.repeat(100), 100, 13);
    assert.equal(lines.join(''), 'x'.repeat(100));
    for (const line of lines) assert.ok(textWidth(line, 13) <= 100);
  });

  it('ends with an ellipsis when there are more lines than allowed', () => {
    const lines = wrapText('een twee drie vier vijf zes zeven acht negen tien elf twaalf', 60, 13, { maxLines: 2 });
    assert.equal(lines.length, 2);
    assert.ok(lines[1].endsWith('…'));
    assert.ok(textWidth(lines[1], 13) <= 60);
  });

  it('measures bold text wider', () => {
    assert.ok(textWidth('Marieke Jansen', 13, true) > textWidth('Marieke Jansen', 13));
  });

  it('gives no lines for empty text', () => {
    assert.deepEqual(wrapText('   ', 100, 13), []);
  });
});
