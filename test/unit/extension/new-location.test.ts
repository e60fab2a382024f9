import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { locationFileName, locationProtocolText } from '../../../client/src/newLocationFile';
import { parseProtocol, resolveBaseChain, validateWithBases, type ProtocolFileHost } from '../../../server/src/engine';
import { REPO_ROOT, TODAY } from '../../helpers/rules';

const BASE = fs.readFileSync(path.join(REPO_ROOT, 'samples', 'bestuur', 'stichting.meldcode.yaml'), 'utf8');

describe('extension: Meldcode: New location…', () => {
  it('writes the location, its basis and the parts the base leaves to it: the officers and contact points its steps name, Veilig Thuis and the wijkteam', () => {
    assert.equal(
      locationProtocolText('stichting.meldcode.yaml', 'Basisschool De Eik', BASE),
      [
        'meldcode: "1.1"',
        'basis: stichting.meldcode.yaml',
        '',
        'organisatie:',
        '  locatie: Basisschool De Eik',
        '',
        'aandachtsfunctionarissen:',
        '  - id: directeur',
        '    naam: ""',
        '    functie: ""',
        '    telefoon: ""',
        '    email: ""',
        '    vervanger: aandachtsfunctionaris',
        '  - id: aandachtsfunctionaris',
        '    naam: ""',
        '    functie: ""',
        '    telefoon: ""',
        '    email: ""',
        '    vervanger: directeur',
        '',
        'contactpunten:',
        '  - id: veilig-thuis',
        '    soort: veilig-thuis',
        '    naam: ""',
        '    telefoon: "0800-2000"',
        '  - id: jgz',
        '    soort: jeugdgezondheidszorg',
        '    naam: ""',
        '    telefoon: ""',
        '  - id: wijkteam',
        '    soort: wijkteam',
        '    naam: ""',
        '    telefoon: ""',
        '',
      ].join('\n'),
    );
  });

  it('gives a file that, merged with its base, refers to nothing undefined: what is left is what the location fills in', () => {
    const text = locationProtocolText('stichting.meldcode.yaml', 'De Eik', BASE);
    const files = new Map([[path.resolve('/ws/stichting.meldcode.yaml'), parseProtocol(BASE)]]);
    const host: ProtocolFileHost = { realPath: (file) => (files.has(file) || file.endsWith('de-eik.meldcode.yaml') ? file : undefined), read: (file) => files.get(file)! };
    const chain = resolveBaseChain(path.resolve('/ws/de-eik.meldcode.yaml'), parseProtocol(text), path.resolve('/ws'), host);
    assert.equal(chain.problem, undefined);
    const ruleIds = new Set(validateWithBases(chain, { today: TODAY }).map((finding) => finding.ruleId));
    // Names, phone numbers and e-mail addresses are empty until the location fills them in.
    assert.deepEqual([...ruleIds].sort(), ['contact-phone-missing', 'officer-missing', 'officer-unreachable', 'schema']);
  });

  it('quotes a location name YAML would misread, and asks for Veilig Thuis only when the base has none', () => {
    const text = locationProtocolText('../stichting.meldcode.yaml', 'School: De Eik', 'meldcode: "1.1"\ncontactpunten:\n  - { id: vt, soort: veilig-thuis, telefoon: "0800-2000" }\n');
    assert.match(text, /^ {2}locatie: "School: De Eik"$/m);
    assert.doesNotMatch(text, /soort: veilig-thuis/);
    assert.match(text, /^ {2}- id: aandachtsfunctionaris$/m);
  });

  it('names the file after the location, without accents, spaces or signs', () => {
    assert.equal(locationFileName('Basisschool De Éik!'), 'basisschool-de-eik.meldcode.yaml');
    assert.equal(locationFileName('???'), 'locatie.meldcode.yaml');
  });
});
