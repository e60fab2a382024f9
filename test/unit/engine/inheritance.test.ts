import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  mergeWithBase,
  parseProtocol,
  resolveBaseChain,
  tooLargeDocument,
  validateWithBases,
  withoutLocalParts,
  type Finding,
  type MergedProtocol,
  type ProtocolDocument,
  type ProtocolFileHost,
} from '../../../server/src/engine';
import { findingsWithBases } from '../../helpers/locations';
import { range, REPO_ROOT, TODAY } from '../../helpers/rules';

const SAMPLES = path.join(REPO_ROOT, 'samples');
const BOARD = path.join(SAMPLES, 'bestuur');
const read = (file: string): ProtocolDocument => parseProtocol(fs.readFileSync(file, 'utf8'));

/** What a merged protocol holds, and where each part came from (L: the location, B: the base). */
function shown(merged: MergedProtocol): Record<string, unknown> {
  const from = (value: { range: { start: { line: number } } }): string => (merged.originOf(value as never) === 'location' ? 'L' : 'B');
  const model = merged.model;
  return {
    organisatie: [model.organisation?.naam, model.organisation?.locatie].map((field) => (field ? `${field.text} (${from(field)})` : '-')).join(', '),
    aandachtsfunctionarissen: model.officers.map((officer) => `${officer.id?.text}: ${officer.naam?.text} (${from(officer)})`),
    contactpunten: model.contactPoints.map((point) => `${point.id?.text} (${from(point)})`),
    stappen: model.steps.map((step) => `${step.numbers.join('+')} (${from(step)}): ${step.acties.map(from).join('')}`),
    afwegingskader: model.afwegingskader ? `${model.questions.length} vragen (${from(model.afwegingskader)})` : '-',
    routes: model.routes.map((route) => `${route.id?.text} (${from(route)})`),
  };
}

describe('engine: location protocols on a base protocol', () => {
  const base = read(path.join(BOARD, 'stichting.meldcode.yaml'));

  describe('the merged protocol of each sample location', () => {
    it('scholen/de-esdoorn: the school\'s officers and regional contact points beside the board\'s; all steps from the base', () => {
      const merged = mergeWithBase(read(path.join(BOARD, 'scholen', 'de-esdoorn.meldcode.yaml')), base);
      assert.deepEqual(shown(merged), {
        organisatie: 'Stichting Openbaar Primair Onderwijs Maasland (B), Openbare basisschool De Esdoorn (L)',
        aandachtsfunctionarissen: ['aandachtsfunctionaris: Lotte Verhoeven (L)', 'directeur: Ruud Claassen (L)'],
        contactpunten: ['spoed (B)', 'bevoegd-gezag (B)', 'vertrouwensinspecteur (B)', 'politie (B)', 'veilig-thuis (L)', 'jgz (L)', 'wijkteam (L)'],
        stappen: ['1 (B): BBB', '2 (B): BBBBB', '3 (B): BBBB', '4+5 (B): BB'],
        afwegingskader: '5 vragen (B)',
        routes: ['acuut (B)', 'medewerker (B)'],
      });
    });

    it('scholen/het-anker: step 1\'s actions replaced (acties-vervangen), one action added after the base\'s in step 3', () => {
      const merged = mergeWithBase(read(path.join(BOARD, 'scholen', 'het-anker.meldcode.yaml')), base);
      assert.deepEqual(shown(merged), {
        organisatie: 'Stichting Openbaar Primair Onderwijs Maasland (B), Openbare basisschool Het Anker (L)',
        aandachtsfunctionarissen: ['aandachtsfunctionaris: Samira El Idrissi (L)', 'directeur: Marco Janssen (L)'],
        contactpunten: ['spoed (B)', 'bevoegd-gezag (B)', 'vertrouwensinspecteur (B)', 'politie (B)', 'veilig-thuis (L)', 'jgz (L)', 'wijkteam (L)'],
        stappen: ['1 (L): LLL', '2 (B): BBBBB', '3 (L): BBBBL', '4+5 (B): BB'],
        afwegingskader: '5 vragen (B)',
        routes: ['acuut (B)', 'medewerker (B)'],
      });
      const stepOne = merged.model.steps[0];
      assert.equal(stepOne.titel?.text, 'Signalen in kaart brengen', 'the title stays the base\'s');
      assert.equal(merged.originOf(stepOne.titel!), 'base');
      assert.deepEqual(
        merged.model.steps[0].contacts.map((contact) => contact.text),
        ['aandachtsfunctionaris'],
      );
    });

    it('flawed/locatie-zonder-aandachtsfunctionaris: only the director; the steps still name "aandachtsfunctionaris"', () => {
      const merged = mergeWithBase(read(path.join(SAMPLES, 'flawed', 'locatie-zonder-aandachtsfunctionaris.meldcode.yaml')), base);
      assert.deepEqual(shown(merged).aandachtsfunctionarissen, ['directeur: Anouk Peeters (L)']);
      assert.deepEqual(
        merged.model.references.filter((reference) => reference.target.text === 'aandachtsfunctionaris').map((reference) => merged.placeOf(reference.target.range).range.start.line + 1).sort((a, b) => a - b),
        [85, 143, 155, 166, 198],
      );
    });
  });

  describe('merge rules', () => {
    const baseText = [
      'meldcode: "1.1"',
      'organisatie: { naam: Stichting Kinderopvang Noord, sector: kinderopvang }',
      'aandachtsfunctionarissen:',
      '  - { id: af, naam: Bestuurs-AF, telefoon: "050-1234567" }',
      'contactpunten:',
      '  - { id: veilig-thuis, soort: veilig-thuis, naam: Veilig Thuis Groningen, telefoon: "0800-2000" }',
      'stappen:',
      '  - { stap: 1, titel: Signaleren, acties: [a, b], contact: [af] }',
      'kindcheck: Bij de ouder.',
      '',
    ].join('\n');
    const merge = (locationText: string): MergedProtocol => mergeWithBase(parseProtocol(locationText), parseProtocol(baseText));

    it('an officer with the id of the base\'s replaces it in its place; a contact point keeps the base\'s', () => {
      const merged = merge('meldcode: "1.1"\nbasis: ../s.meldcode.yaml\naandachtsfunctionarissen:\n  - { id: af, naam: Locatie-AF }\n  - { id: tweede, naam: Tweede }\n');
      assert.deepEqual(shown(merged).aandachtsfunctionarissen, ['af: Locatie-AF (L)', 'tweede: Tweede (L)']);
      assert.deepEqual(shown(merged).contactpunten, ['veilig-thuis (B)']);
    });

    it('a step with the same number adds its actions and contacts; acties-vervangen: true replaces the actions', () => {
      const added = merge('meldcode: "1.1"\nbasis: ../s.meldcode.yaml\nstappen:\n  - { stap: 1, acties: [c], contact: [af, wijkteam] }\n');
      assert.deepEqual(added.model.steps[0].acties.map((action) => action.text), ['a', 'b', 'c']);
      assert.deepEqual(added.model.steps[0].contacts.map((contact) => contact.text), ['af', 'wijkteam']);
      const replaced = merge('meldcode: "1.1"\nbasis: ../s.meldcode.yaml\nstappen:\n  - { stap: 1, acties-vervangen: true, acties: [c] }\n');
      assert.deepEqual(replaced.model.steps[0].acties.map((action) => action.text), ['c']);
      assert.equal(replaced.model.steps[0].titel?.text, 'Signaleren');
    });

    it('a section the location writes replaces the base\'s', () => {
      const merged = merge('meldcode: "1.1"\nbasis: ../s.meldcode.yaml\nkindcheck: Op de locatie.\n');
      assert.equal(merged.model.sections.get('kindcheck')?.value?.toString(), 'Op de locatie.');
      assert.equal(merged.originOf({ range: merged.model.sections.get('kindcheck')!.keyRange }), 'location');
    });
  });

  describe('findings, each where it can be fixed', () => {
    /** A workspace in memory: real paths are the paths themselves, or where a link leads. */
    function host(files: Record<string, string>, links: Record<string, string> = {}): ProtocolFileHost {
      const documents = new Map(Object.entries(files).map(([file, text]) => [path.resolve(file), parseProtocol(text)]));
      return {
        realPath: (file) => {
          const real = links[file] !== undefined ? path.resolve(links[file]) : path.resolve(file);
          return documents.has(real) || links[file] !== undefined ? real : undefined;
        },
        read: (real) => documents.get(real) ?? { unreadable: { nl: 'geen leesrechten', en: 'no permission to read it' } },
      };
    }
    const LOCATION = '/ws/locaties/noord.meldcode.yaml';
    const check = (locationText: string, files: Record<string, string>, links: Record<string, string> = {}): Finding[] =>
      validateWithBases(resolveBaseChain(LOCATION, parseProtocol(locationText), '/ws', host({ [LOCATION]: locationText, ...files }, links)), { today: TODAY });
    const briefly = (findings: readonly Finding[]) => findings.map((finding) => ({ ruleId: finding.ruleId, en: finding.message.en, nl: finding.message.nl, range: finding.range }));
    const location = (basis: string): string => `meldcode: "1.1"\nbasis: ${basis}\norganisatie:\n  locatie: Noord\n`;
    const BASIS_VALUE = range(1, 7, 1, 7 + '../stichting.meldcode.yaml'.length);
    const board = fs.readFileSync(path.join(BOARD, 'stichting.meldcode.yaml'), 'utf8');

    it('a location holding only its name and officers gets no finding the base satisfies', () => {
      const text = `${location('../stichting.meldcode.yaml')}${fs.readFileSync(path.join(BOARD, 'scholen', 'de-esdoorn.meldcode.yaml'), 'utf8').split('\naandachtsfunctionarissen:\n')[1].replace(/^/, 'aandachtsfunctionarissen:\n')}`;
      assert.deepEqual(briefly(check(text, { '/ws/stichting.meldcode.yaml': board })), []);
    });

    it('a step of the base that names an officer this location never named: on the location\'s basis value, saying where in the base', () => {
      const text = `${location('../stichting.meldcode.yaml')}aandachtsfunctionarissen:\n  - { id: directeur, naam: Anouk Peeters, telefoon: "0486-451620", vervanger: directeur }\ncontactpunten:\n  - { id: veilig-thuis, soort: veilig-thuis, naam: Veilig Thuis, telefoon: "0800-2000" }\n  - { id: jgz, soort: jeugdgezondheidszorg, naam: GGD, telefoon: "0900-4636443" }\n  - { id: wijkteam, soort: wijkteam, naam: Sociaal team, telefoon: "0485-396000" }\n`;
      const findings = check(text, { '/ws/stichting.meldcode.yaml': board });
      assert.deepEqual(
        briefly(findings).slice(0, 1),
        [
          {
            ruleId: 'reference-unknown',
            en: '"aandachtsfunctionaris" is not an attention officer or contact point in this protocol. (in ../stichting.meldcode.yaml, line 85)',
            nl: '"aandachtsfunctionaris" is geen aandachtsfunctionaris of contactpunt in dit protocol. (in ../stichting.meldcode.yaml, regel 85)',
            range: BASIS_VALUE,
          },
        ],
      );
      assert.deepEqual(
        findings.map((finding) => `${finding.range.start.line}:${finding.range.start.character} ${finding.ruleId}`),
        [...Array(5).fill('1:7 reference-unknown'), '5:78 officer-deputy-missing'],
      );
      assert.ok(findings.every((finding) => finding.suggestions === undefined && finding.fix === undefined), 'no edit meant for the base is offered on the location');
    });

    it('a finding of the base is reported on the base only, however many locations build on it', () => {
      const flawedBoard = board.replace('telefoon: "0900-8844"', 'telefoon: "0900-884"');
      const files = { '/ws/stichting.meldcode.yaml': flawedBoard };
      const schools = ['de-esdoorn', 'het-anker'].map((name) => fs.readFileSync(path.join(BOARD, 'scholen', `${name}.meldcode.yaml`), 'utf8'));
      for (const school of schools) assert.deepEqual(briefly(check(school, files)), []);
      const ofBase = withoutLocalParts(validateWithBases(resolveBaseChain('/ws/stichting.meldcode.yaml', parseProtocol(flawedBoard), '/ws', host(files)), { today: TODAY }));
      assert.deepEqual(
        ofBase.map((finding) => `${finding.range.start.line + 1} ${finding.ruleId}`),
        ['67 phone-invalid', '67 phone-mismatch'],
      );
    });

    it('a finding on what the location wrote stays on its text, with its quick fix', () => {
      const text = `${location('../stichting.meldcode.yaml')}aandachtsfunctionarissen:\n  - { id: aandachtsfunctionaris, naam: A, telefoon: "0486-1", vervanger: directeur }\n  - { id: directeur, naam: D, telefoon: "0486-451620", vervanger: aandachtsfunctionaris }\ncontactpunten:\n  - { id: veilig-thuis, soort: veilig-thuis, naam: Veilig Thuis, telefoon: "0800-2000" }\n  - { id: jgz, soort: jeugdgezondheidszorg, naam: GGD, telefoon: "0900-4636443" }\n  - { id: wijkteam, soort: wijkteam, naam: Sociaal team, telefoon: "0485-396000" }\n`;
      const findings = check(text, { '/ws/stichting.meldcode.yaml': board });
      assert.deepEqual(
        findings.map((finding) => `${finding.ruleId} ${finding.range.start.line}:${finding.range.start.character}`),
        ['phone-invalid 5:52'],
      );
    });

    describe('a base that cannot be used: one base-invalid finding on the basis value, and only what the location writes is checked', () => {
      const baseInvalid = (text: string, files: Record<string, string>, links: Record<string, string> = {}) => briefly(check(text, files, links));

      it('missing', () => {
        assert.deepEqual(baseInvalid(location('../stichting.meldcode.yaml'), {}), [
          {
            ruleId: 'base-invalid',
            en: 'The base "../stichting.meldcode.yaml" does not exist. Check the path: it counts from the folder of this file (for example ../stichting.meldcode.yaml).',
            nl: 'De basis "../stichting.meldcode.yaml" bestaat niet. Controleer het pad: het telt vanaf de map van dit bestand (bijvoorbeeld ../stichting.meldcode.yaml).',
            range: BASIS_VALUE,
          },
        ]);
      });

      it('outside the workspace, as written and through a symbolic link, is never read', () => {
        const outside = { '/elders/stichting.meldcode.yaml': board };
        const expected = (written: string) => [
          {
            ruleId: 'base-invalid',
            en: `The base "${written}" lies outside the workspace and is not read. Put the base protocol in the workspace.`,
            nl: `De basis "${written}" ligt buiten de werkruimte en wordt niet gelezen. Zet het basisprotocol in de werkruimte.`,
            range: range(1, 7, 1, 7 + written.length),
          },
        ];
        let reads = 0;
        const counting = host(outside, { '/ws/stichting.meldcode.yaml': '/elders/stichting.meldcode.yaml' });
        const spy: ProtocolFileHost = { realPath: counting.realPath, read: (real) => (reads++, counting.read(real)) };
        const run = (basis: string) => briefly(validateWithBases(resolveBaseChain(LOCATION, parseProtocol(location(basis)), '/ws', spy), { today: TODAY }));
        assert.deepEqual(run('../../elders/stichting.meldcode.yaml'), expected('../../elders/stichting.meldcode.yaml'));
        assert.deepEqual(run('../stichting.meldcode.yaml'), expected('../stichting.meldcode.yaml'));
        assert.equal(reads, 0);
      });

      it('absolute', () => {
        assert.deepEqual(baseInvalid(location('/ws/stichting.meldcode.yaml'), { '/ws/stichting.meldcode.yaml': board })[0].en, 'Give the base as a path relative to this file, such as ../stichting.meldcode.yaml, not as "/ws/stichting.meldcode.yaml".');
      });

      it('a cycle, also through another base', () => {
        const files = {
          '/ws/stichting.meldcode.yaml': 'meldcode: "1.1"\nbasis: regio.meldcode.yaml\norganisatie: { locatie: Stichting }\n',
          '/ws/regio.meldcode.yaml': 'meldcode: "1.1"\nbasis: locaties/noord.meldcode.yaml\norganisatie: { locatie: Regio }\n',
        };
        assert.deepEqual(baseInvalid(location('../stichting.meldcode.yaml'), files), [
          {
            ruleId: 'base-invalid',
            en: 'The base "../stichting.meldcode.yaml" leads back in a circle: locaties/noord.meldcode.yaml → stichting.meldcode.yaml → regio.meldcode.yaml → locaties/noord.meldcode.yaml. A base protocol must not build (through another) on its own location.',
            nl: 'De basis "../stichting.meldcode.yaml" leidt in een kring terug: locaties/noord.meldcode.yaml → stichting.meldcode.yaml → regio.meldcode.yaml → locaties/noord.meldcode.yaml. Een basisprotocol mag niet (via een ander) op zijn eigen locatie bouwen.',
            range: BASIS_VALUE,
          },
        ]);
        const ofBase = briefly(
          validateWithBases(resolveBaseChain('/ws/regio.meldcode.yaml', parseProtocol(files['/ws/regio.meldcode.yaml']), '/ws', host({ ...files, [LOCATION]: location('../stichting.meldcode.yaml') })), { today: TODAY }),
        );
        assert.deepEqual(ofBase, [
          {
            ruleId: 'base-invalid',
            en: 'The base "locaties/noord.meldcode.yaml" leads back in a circle: regio.meldcode.yaml → locaties/noord.meldcode.yaml → stichting.meldcode.yaml → regio.meldcode.yaml. A base protocol must not build (through another) on its own location.',
            nl: 'De basis "locaties/noord.meldcode.yaml" leidt in een kring terug: regio.meldcode.yaml → locaties/noord.meldcode.yaml → stichting.meldcode.yaml → regio.meldcode.yaml. Een basisprotocol mag niet (via een ander) op zijn eigen locatie bouwen.',
            range: range(1, 7, 1, 35),
          },
        ]);
      });

      it('another format version', () => {
        assert.deepEqual(baseInvalid(location('../stichting.meldcode.yaml'), { '/ws/stichting.meldcode.yaml': board.replace('meldcode: "1.1"', 'meldcode: "1.0"') })[0], {
          ruleId: 'base-invalid',
          en: 'The base "../stichting.meldcode.yaml" has format "1.0", this file "1.1". Put both on the same format.',
          nl: 'De basis "../stichting.meldcode.yaml" heeft formaat "1.0", dit bestand "1.1". Zet beide op hetzelfde formaat.',
          range: BASIS_VALUE,
        });
      });

      it('unreadable, or with YAML errors', () => {
        const unreadable: ProtocolFileHost = { realPath: (file) => path.resolve(file), read: () => ({ unreadable: { nl: 'het is een map', en: 'it is a folder' } }) };
        const findings = briefly(validateWithBases(resolveBaseChain(LOCATION, parseProtocol(location('../stichting.meldcode.yaml')), '/ws', unreadable), { today: TODAY }));
        assert.deepEqual(findings.map((finding) => finding.en), ['The base "../stichting.meldcode.yaml" cannot be read: it is a folder.']);
        assert.deepEqual(baseInvalid(location('../stichting.meldcode.yaml'), { '/ws/stichting.meldcode.yaml': 'meldcode: "1.1"\nstappen: [\n' }).map((finding) => finding.en), [
          'The base "../stichting.meldcode.yaml" is not a readable protocol (its YAML has errors). Fix the base first.',
        ]);
      });

      it('not read at all: too large, not text, or too many YAML parts, with the reason in both languages', () => {
        const refusing = (document: ProtocolDocument): ProtocolFileHost => ({ realPath: (file) => path.resolve(file), read: () => document });
        const reasons = [tooLargeDocument(5000), parseProtocol('meldcode: "1.1"\u0000'), parseProtocol('[a]\n'.repeat(25_001))].map((document) =>
          briefly(validateWithBases(resolveBaseChain(LOCATION, parseProtocol(location('../stichting.meldcode.yaml')), '/ws', refusing(document)), { today: TODAY })).map(
            (finding) => [finding.en, finding.nl],
          ),
        );
        assert.deepEqual(reasons, [
          [['The base "../stichting.meldcode.yaml" cannot be read: it is larger than 5 kB ("max-file-size" in .meldcoderc.yaml).', 'De basis "../stichting.meldcode.yaml" kan niet gelezen worden: het is groter dan 5 kB ("max-file-size" in .meldcoderc.yaml).']],
          [['The base "../stichting.meldcode.yaml" cannot be read: it is not a text file.', 'De basis "../stichting.meldcode.yaml" kan niet gelezen worden: het is geen tekstbestand.']],
          [['The base "../stichting.meldcode.yaml" cannot be read: it consists of more than 100,000 YAML parts.', 'De basis "../stichting.meldcode.yaml" kan niet gelezen worden: het bestaat uit meer dan 100.000 YAML-onderdelen.']],
        ]);
      });

      it('what the location writes itself is still checked', () => {
        const text = `${location('../stichting.meldcode.yaml')}aandachtsfunctionarissen:\n  - { id: af, naam: A, telefoon: "0486-1", vervanger: af }\n`;
        assert.deepEqual(
          check(text, {}).map((finding) => finding.ruleId),
          ['base-invalid', 'phone-invalid', 'officer-deputy-missing'],
        );
      });
    });
  });

  it('the sample board through the same reader as meldcode-lint: its base and schools without a finding', () => {
    assert.deepEqual(findingsWithBases(path.join(BOARD, 'stichting.meldcode.yaml'), SAMPLES, { asBase: true }), []);
    assert.deepEqual(findingsWithBases(path.join(BOARD, 'scholen', 'het-anker.meldcode.yaml'), SAMPLES), []);
  });
});
