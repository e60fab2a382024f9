import { strict as assert } from 'node:assert';
import { isPlaceholderValue } from '../../../server/src/engine/placeholders';
import { EXAMPLE_VALUES } from '../../../server/src/knowledge';
import { assertFindings, completeProtocol, expecter, findingsOf, range, variant } from '../../helpers/rules';

const RULE = 'placeholder-value';
const expect = expecter(RULE, 'warning');
const example = (where: ReturnType<typeof range>, field: string, section: string, value: string) =>
  expect(
    where,
    `"${field}" onder "${section}" bevat nog de voorbeeldwaarde "${value}"; vervang die door het gegeven van uw organisatie.`,
    `"${field}" under "${section}" still holds the example value "${value}"; replace it with your organisation's own.`,
  );

/** The complete protocol with the template's example values left in, written the ways a writer might. */
function withExamples(): string {
  let text = completeProtocol();
  text = variant(text, '  naam: Jeugdhulp De Linde\n', '  # Naam van de organisatie (a comment is not a value)\n  naam: Naam van de organisatie\n');
  text = variant(text, '    naam: Fatima Bakker\n', '    naam: "naam  AANDACHTSFUNCTIONARIS"\n');
  text = variant(text, '    telefoon: "033-4567890"\n', '    telefoon: "+31 (0)30 123 45 67"\n');
  text = variant(text, '    email: f.bakker@delinde.example\n', '    email: f.bakker@Organisatie.nl\n');
  text = variant(text, '    email: j.smit@delinde.example\n', '    email: j.smit@organisatie.nl.example\n');
  text = variant(text, '    acties: [Noteer wat u ziet en hoort, met datum en bron.]\n', '    acties: [Noteer wat u ziet en hoort., Wat er in dit onderdeel gebeurt.]\n');
  text = variant(text, '  frequentie: Elk jaar\n', '  frequentie: >-\n    Functie\n');
  return text;
}

describe('rule placeholder-value', () => {
  it('passes a protocol with the organisation\'s own names, numbers and addresses', () => {
    assertFindings(findingsOf(RULE, completeProtocol()), []);
  });

  it('reports every example value left in, however it is spelt, on the value, naming its field', () => {
    assertFindings(findingsOf(RULE, withExamples()), [
      example(range(5, 8, 5, 31), 'naam', 'organisatie', 'Naam van de organisatie'),
      example(range(14, 10, 14, 39), 'naam', 'aandachtsfunctionarissen', 'naam  AANDACHTSFUNCTIONARIS'),
      // A phone number by its digits: +31 (0)30 123 45 67 is 030-1234567.
      example(range(16, 14, 16, 35), 'telefoon', 'aandachtsfunctionarissen', '+31 (0)30 123 45 67'),
      // Any address at the example domain; organisatie.nl.example is another domain.
      example(range(17, 11, 17, 34), 'email', 'aandachtsfunctionarissen', 'f.bakker@Organisatie.nl'),
      // An item of a list is named by the list's key.
      example(range(42, 42, 42, 74), 'acties', 'stappen', 'Wat er in dit onderdeel gebeurt.'),
      // A block scalar: its content, not its header.
      example(range(89, 4, 89, 11), 'frequentie', 'scholing', 'Functie'),
    ]);
  });

  it('names only the field for a value directly under a top-level key', () => {
    const text = variant(completeProtocol(), 'kindcheck: >-\n', 'kindcheck: Naam van de instantie\nunused: >-\n');
    assertFindings(findingsOf(RULE, text), [
      expect(
        range(74, 11, 74, 32),
        '"kindcheck" bevat nog de voorbeeldwaarde "Naam van de instantie"; vervang die door het gegeven van uw organisatie.',
        '"kindcheck" still holds the example value "Naam van de instantie"; replace it with your organisation\'s own.',
      ),
    ]);
  });

  it('leaves keys, longer texts that contain an example, and other numbers alone', () => {
    let text = completeProtocol();
    text = variant(text, '  naam: Jeugdhulp De Linde\n', '  naam: Naam van de organisatie De Linde\n');
    text = variant(text, '    telefoon: "033-4567890"\n', '    telefoon: "030-1234568"\n');
    text = variant(text, '    functie: Gedragswetenschapper\n', '    functie: Functie aandachtsfunctionaris\n');
    assertFindings(findingsOf(RULE, text), []);
  });

  it('recognises every example value of the templates, and nothing empty', () => {
    for (const value of Object.values(EXAMPLE_VALUES)) assert.ok(isPlaceholderValue(value), value);
    for (const value of ['', ' ', '-', '@organisatie.nl', 'organisatie.nl', '0800-2000', '112']) assert.equal(isPlaceholderValue(value), false, JSON.stringify(value));
  });

  it('gives the same answer when asked again, also after many other values', () => {
    const example = EXAMPLE_VALUES.organisationName;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 60_000; i++) isPlaceholderValue(`Stichting ${i}`);
      assert.equal(isPlaceholderValue(example), true);
      assert.equal(isPlaceholderValue('Stichting 7'), false);
    }
  });

  it('takes a text four times as long as the longest example value for the writer\'s own, however it is spaced', () => {
    const longest = Math.max(...Object.values(EXAMPLE_VALUES).map((value) => value.length));
    const spaced = (width: number): string => [...EXAMPLE_VALUES.organisationName].join(' '.repeat(width));
    const within = spaced(Math.floor((4 * longest - EXAMPLE_VALUES.organisationName.length) / (EXAMPLE_VALUES.organisationName.length - 1)));
    assert.ok(within.length <= 4 * longest);
    assert.equal(isPlaceholderValue(within), true);
    assert.ok(spaced(10).length > 4 * longest);
    assert.equal(isPlaceholderValue(spaced(10)), false);
  });
});
