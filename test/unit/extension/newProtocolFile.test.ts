/** "New protocol": the suggested file name, what a typed name becomes, and the organisation's name in the text. */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { fileNameProblem, protocolFileName, suggestedFileName, withOrganisationName } from '../../../client/src/newProtocolFile';
import { validateText } from '../../../server/src/engine';
import { protocolSkeleton } from '../../../server/src/knowledge';

describe('new protocol: names', () => {
  it('suggests a file name from the organisation, without accents or spaces, else from the sector', () => {
    assert.equal(suggestedFileName('Kindcentrum De Klimop', 'onderwijs'), 'meldcode-kindcentrum-de-klimop.meldcode.yaml');
    assert.equal(suggestedFileName('  Crèche "Het Zonnetje" B.V. ', 'kinderopvang'), 'meldcode-creche-het-zonnetje-b-v.meldcode.yaml');
    assert.equal(suggestedFileName('', 'kinderopvang'), 'meldcode-kinderopvang.meldcode.yaml');
    assert.equal(suggestedFileName('???', 'gezondheidszorg-zelfstandig'), 'meldcode-gezondheidszorg-zelfstandig.meldcode.yaml');
    assert.equal(suggestedFileName('a'.repeat(200), 'sport'), `meldcode-${'a'.repeat(60)}.meldcode.yaml`);
  });

  it('makes any typed name a protocol file name', () => {
    assert.equal(protocolFileName('De Klimop'), 'De Klimop.meldcode.yaml');
    assert.equal(protocolFileName(' De Klimop.yaml '), 'De Klimop.meldcode.yaml');
    assert.equal(protocolFileName('de-klimop.meldcode.yml'), 'de-klimop.meldcode.yml');
    assert.equal(protocolFileName('de-klimop.meldcode.yaml'), 'de-klimop.meldcode.yaml');
  });

  it('refuses an empty name and a name with a folder', () => {
    assert.equal(fileNameProblem('   '), 'empty');
    assert.equal(fileNameProblem('..'), 'empty');
    assert.equal(fileNameProblem('protocollen/de-klimop'), 'folder');
    assert.equal(fileNameProblem('..\\de-klimop'), 'folder');
    assert.equal(fileNameProblem('De Klimop'), undefined);
  });
});

describe('new protocol: the organisation in the text', () => {
  const skeleton = protocolSkeleton('onderwijs', 'nl', { format: 'plain', today: '2026-03-01' })!;

  it('puts the name in organisatie.naam and changes nothing else', () => {
    const text = withOrganisationName(skeleton, 'Kindcentrum De Klimop');
    assert.equal(text, skeleton.replace('  naam: Naam van de organisatie\n', '  naam: Kindcentrum De Klimop\n'));
    assert.equal(parse(text).organisatie.naam, 'Kindcentrum De Klimop');
  });

  it('quotes a name that YAML would misread, and the protocol still has no errors', () => {
    for (const name of ['De Klimop: locatie Noord', '#1 Kinderopvang', "'t Kabouterhuis", 'Ja', '  twee  regels\nnaam  ']) {
      const text = withOrganisationName(skeleton, name);
      assert.equal(parse(text).organisatie.naam, name.replace(/\s+/g, ' ').trim(), name);
      assert.deepEqual(validateText(text, { today: '2026-03-01' }).filter((finding) => finding.severity === 'error'), [], name);
    }
  });

  it('keeps the example when no name is given, and fills in a practice name for a one-person practice', () => {
    assert.equal(withOrganisationName(skeleton, '  '), skeleton);
    const solo = protocolSkeleton('gezondheidszorg', 'nl', { format: 'plain', today: '2026-03-01', selfEmployed: true })!;
    assert.equal(parse(withOrganisationName(solo, 'Huisartsenpraktijk Jansen')).organisatie.naam, 'Huisartsenpraktijk Jansen');
  });
});
