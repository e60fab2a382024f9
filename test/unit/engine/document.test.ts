import { strict as assert } from 'node:assert';
import { parseProtocol, validateText } from '../../../server/src/engine';
import { TODAY, completeProtocol, findingsOf, range, seen, variant } from '../../helpers/rules';

describe('parsing a protocol', () => {
  it('a complete protocol gives no findings at all', () => {
    assert.deepEqual(validateText(completeProtocol(), { today: TODAY }).map(seen), []);
  });

  it('builds the model with positions of keys and values', () => {
    const document = parseProtocol(completeProtocol());
    const { model } = document;
    assert.deepEqual([...model.sections.keys()], [
      'meldcode',
      'organisatie',
      'aandachtsfunctionarissen',
      'contactpunten',
      'stappen',
      'afwegingskader',
      'kindcheck',
      'bijzondere-vormen',
      'beroepsgeheim',
      'vastleggen',
      'scholing',
    ]);
    assert.deepEqual(model.topRange, range(2, 0, 2, 8));
    assert.deepEqual(model.officers.map((officer) => [officer.id?.text, officer.naam?.range]), [
      ['bakker', range(13, 10, 13, 23)],
      ['smit', range(19, 10, 19, 20)],
    ]);
    assert.deepEqual(model.steps.map((step) => step.stap?.value), [1, 2, 3, 4, 5]);
    assert.deepEqual(
      model.references.filter((reference) => reference.kind === 'contact').map((reference) => reference.target.text),
      ['bakker', 'bakker', 'veilig-thuis', 'bakker', 'bakker', 'smit', 'veilig-thuis', 'politie', 'spoed'],
    );
    assert.equal(model.organisation?.herzienVoor?.text, '2027-03-01');
  });

  it('a duplicate top-level key is reported at the second one; the first one counts', () => {
    const text = `${completeProtocol()}stappen: []\n`;
    assert.deepEqual(findingsOf('yaml-syntax', text).map((f) => f.range), [range(89, 0, 89, 7)]);
    assert.deepEqual(findingsOf('step-missing', text), []);
  });

  it('a document that starts with --- or ends with ... is one document', () => {
    assert.deepEqual(findingsOf('yaml-syntax', `---\n${completeProtocol()}...\n`), []);
  });

  it('an unknown *alias is reported where it stands', () => {
    const text = variant(completeProtocol(), '    vervanger: smit\n', '    vervanger: *smit\n');
    assert.deepEqual(
      validateText(text, { today: TODAY }).map((f) => [f.ruleId, f.range]),
      [['yaml-syntax', range(17, 15, 17, 20)]],
    );
  });

  it('an id named after an Object method is an ordinary id', () => {
    const referenced = variant(completeProtocol(), '    contact: [bakker]\n', '    contact: [constructor]\n');
    assert.deepEqual(findingsOf('reference-unknown', referenced).map((f) => [f.range, f.message.en]), [
      [range(42, 14, 42, 25), '"constructor" is not an attention officer or contact point in this protocol.'],
    ]);
    let defined = variant(completeProtocol(), '  - id: politie\n', '  - id: constructor\n');
    defined = variant(defined, '    contact: [veilig-thuis, politie, spoed]\n', '    contact: [veilig-thuis, spoed]\n');
    assert.deepEqual(findingsOf('reference-unused', defined).map((f) => [f.range, f.message.en]), [
      [range(29, 8, 29, 19), 'Contact point "constructor" is not named in any step; which step does it belong to?'],
    ]);
  });

  it('a protocol written as one flow map is read like any other', () => {
    const findings = validateText('{meldcode: "1.0", organisatie: {naam: De Linde, sector: jeugdhulp}}', { today: TODAY });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message.en), []);
    assert.deepEqual(findingsOf('officer-missing', '{}').map((f) => f.range), [range(0, 0, 0, 0)]);
  });
});
