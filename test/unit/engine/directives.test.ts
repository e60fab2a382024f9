import { strict as assert } from 'node:assert';
import { validateText } from '../../../server/src/engine';
import { TODAY, findingsOf, ruleFixture, variant } from '../../helpers/rules';

/** The term-outdated fixture: AMK on line 28 (naam) and on line 47, SHG and others further on. */
const outdatedLines = (text: string): number[] => findingsOf('term-outdated', text).map((f) => f.range.start.line);

describe('disable comments', () => {
  const base = ruleFixture('term-outdated', 'fail');

  it('the fixture reports six outdated terms on four lines', () => {
    assert.deepEqual(outdatedLines(base), [28, 47, 47, 64, 65, 65]);
  });

  it('# meldcode-disable-next-line <id> switches the rule off for the next line only', () => {
    const text = variant(base, '    naam: Advies-', '    # meldcode-disable-next-line term-outdated\n    naam: Advies-');
    // The inserted comment line moves everything after it down by one.
    assert.deepEqual(outdatedLines(text), [48, 48, 65, 66, 66]);
  });

  it('takes several ids and a reason after --', () => {
    let text = variant(base, '    naam: Advies-', '    # meldcode-disable-next-line personal-data, term-outdated -- historische naam\n    naam: Advies-');
    text = variant(text, '    acties: [Noteer wat u ziet en hoort op de stamkaart, met datum en bron.]\n', '    acties: [Noteer wat u ziet en hoort op de stamkaart, met datum en bron, zoals 111222333.]\n');
    assert.deepEqual(outdatedLines(text), [48, 48, 65, 66, 66]);
    assert.deepEqual(findingsOf('personal-data', text).map((f) => f.range.start.line), [43]);
  });

  it('does nothing for the rules it does not name', () => {
    const text = variant(base, '    naam: Advies-', '    # meldcode-disable-next-line phone-invalid\n    naam: Advies-');
    assert.deepEqual(outdatedLines(text), [29, 48, 48, 65, 66, 66]);
  });

  it('without an id switches every rule off for the next line', () => {
    const text = variant(base, '    naam: Advies-', '    # meldcode-disable-next-line\n    naam: Advies-');
    assert.deepEqual(outdatedLines(text), [48, 48, 65, 66, 66]);
  });

  it('# meldcode-disable <id> switches the rule off for the whole file, wherever it stands', () => {
    const text = `${base}# meldcode-disable term-outdated\n`;
    assert.deepEqual(outdatedLines(text), []);
    assert.deepEqual(
      validateText(text, { today: TODAY }).filter((f) => f.ruleId !== 'term-outdated'),
      validateText(base, { today: TODAY }).filter((f) => f.ruleId !== 'term-outdated'),
    );
  });

  it('works with CRLF line ends', () => {
    const text = variant(base, '    naam: Advies-', '    # meldcode-disable-next-line term-outdated\n    naam: Advies-').replace(/\n/g, '\r\n');
    assert.deepEqual(outdatedLines(text), [48, 48, 65, 66, 66]);
  });
});
