import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyFixes } from '../../../server/src/engine';
import { findingsWithBases } from '../../helpers/locations';
import { assertFindings, completeProtocol, expecter, findingsOf, range, variant } from '../../helpers/rules';

const RULE = 'age-range-reversed';
const expect = expecter(RULE, 'warning');
const AGES = '    leeftijd-van: 0\n    leeftijd-tot: 18\n';

const reversed = (from: number, to: number) =>
  [
    `'leeftijd-van' (${from}) is hoger dan 'leeftijd-tot' (${to}), zodat de doelgroep geen enkele leeftijd bevat; bedoelde u ${to} tot en met ${from} jaar?`,
    `'leeftijd-van' (${from}) is higher than 'leeftijd-tot' (${to}), so the target group holds no age at all; did you mean ${to} to ${from} years?`,
  ] as const;

describe('rule age-range-reversed', () => {
  const protocol = completeProtocol();
  const withAges = (written: string): string => variant(protocol, AGES, written);

  it('passes a target group from a younger to an older age, or of one age', () => {
    assertFindings(findingsOf(RULE, protocol), []);
    assertFindings(findingsOf(RULE, withAges('    leeftijd-van: 12\n    leeftijd-tot: 12\n')), []);
    assertFindings(findingsOf(RULE, withAges('    leeftijd-van: 12\n')), []);
  });

  it('marks both ages of a reversed block, names them, and swaps only the two numbers', () => {
    const text = withAges('    leeftijd-van: 14   # eerste klas\n    leeftijd-tot: 4\n');
    const findings = findingsOf(RULE, text);
    assertFindings(findings, [expect(range(7, 18, 8, 19), ...reversed(14, 4))]);
    const [finding] = findings;
    assert.deepEqual(finding.fix?.title, { nl: 'Wissel om: leeftijd-van 4, leeftijd-tot 14', en: 'Swap them: leeftijd-van 4, leeftijd-tot 14' });
    assert.deepEqual(
      finding.fix?.edits.map(({ range: where, newText }) => ({ range: where, newText })),
      [
        { range: range(7, 18, 7, 20), newText: '4' },
        { range: range(8, 18, 8, 19), newText: '14' },
      ],
    );
    assert.equal(finding.suggestions, undefined);
    assert.equal(applyFixes(text, findings).text, withAges('    leeftijd-van: 4   # eerste klas\n    leeftijd-tot: 14\n'));
  });

  it('does the same in braces, with the keys in either order', () => {
    const flow = variant(protocol, `  doelgroep:\n${AGES}`, '  doelgroep: { leeftijd-tot: 4, leeftijd-van: 14 }  # groep 1 tot 8\n');
    const findings = findingsOf(RULE, flow);
    assertFindings(findings, [expect(range(6, 29, 6, 48), ...reversed(14, 4))]);
    assert.equal(
      applyFixes(flow, findings).text,
      variant(protocol, `  doelgroep:\n${AGES}`, '  doelgroep: { leeftijd-tot: 14, leeftijd-van: 4 }  # groep 1 tot 8\n'),
    );
  });

  it('leaves ages the format does not accept to the schema rule', () => {
    for (const written of ['    leeftijd-van: 130\n    leeftijd-tot: 4\n', '    leeftijd-van: 14 jaar\n    leeftijd-tot: 4\n', '    leeftijd-van: 14.5\n    leeftijd-tot: 4\n']) {
      const text = withAges(written);
      assertFindings(findingsOf(RULE, text), []);
      assert.equal(findingsOf('schema', text).length, 1, written);
    }
  });

  describe('in a location protocol with a base (format 1.1)', () => {
    let folder: string;
    const BASE = [
      'meldcode: "1.1"',
      'organisatie:',
      '  naam: Stichting Primair Onderwijs Maasland',
      '  sector: onderwijs',
      '  doelgroep:',
      '    leeftijd-van: 4',
      '    leeftijd-tot: 13',
      '',
    ].join('\n');
    const location = (ages: string): string =>
      ['meldcode: "1.1"', 'basis: ../stichting.meldcode.yaml', 'organisatie:', '  locatie: Basisschool De Esdoorn', ...(ages ? ['  doelgroep:', ages] : []), ''].join('\n');

    beforeEach(() => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-ages-'));
      fs.mkdirSync(path.join(folder, 'scholen'));
    });
    afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

    function write(base: string, ownAges: string): { base: string; location: string } {
      const files = { base: path.join(folder, 'stichting.meldcode.yaml'), location: path.join(folder, 'scholen', 'de-esdoorn.meldcode.yaml') };
      fs.writeFileSync(files.base, base);
      fs.writeFileSync(files.location, location(ownAges));
      return files;
    }
    const ofRule = (findings: ReturnType<typeof findingsWithBases>) => findings.filter((finding) => finding.ruleId === RULE);

    it('reports ages reversed in the base on the base only, with its fix', () => {
      const files = write(variant(BASE, '    leeftijd-van: 4\n', '    leeftijd-van: 14\n'), '');
      const onBase = ofRule(findingsWithBases(files.base, folder, { asBase: true }));
      assertFindings(onBase, [expect(range(5, 18, 6, 20), ...reversed(14, 13))]);
      assert.ok(onBase[0].fix);
      assertFindings(ofRule(findingsWithBases(files.location, folder)), []);
    });

    it('reports a location age that reverses the base range on that age, without a fix that would edit the base', () => {
      const files = write(BASE, '    leeftijd-van: 15');
      assertFindings(ofRule(findingsWithBases(files.base, folder, { asBase: true })), []);
      const onLocation = ofRule(findingsWithBases(files.location, folder));
      assertFindings(onLocation, [expect(range(5, 18, 5, 20), ...reversed(15, 13))]);
      assert.equal(onLocation[0].fix, undefined);
      assertFindings(ofRule(findingsWithBases(write(BASE, '    leeftijd-tot: 2').location, folder)), [expect(range(5, 18, 5, 19), ...reversed(4, 2))]);
    });

    it('swaps two ages the location writes itself', () => {
      const files = write(BASE, '    leeftijd-van: 8\n    leeftijd-tot: 2');
      const findings = ofRule(findingsWithBases(files.location, folder));
      assertFindings(findings, [expect(range(5, 18, 6, 19), ...reversed(8, 2))]);
      assert.equal(applyFixes(location('    leeftijd-van: 8\n    leeftijd-tot: 2'), findings).text, location('    leeftijd-van: 2\n    leeftijd-tot: 8'));
    });
  });
});
