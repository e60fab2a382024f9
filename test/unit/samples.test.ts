import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, type Finding } from '../../server/src/engine';
import { findingsWithBases } from '../helpers/locations';
import { REPO_ROOT, TODAY } from '../helpers/rules';

const SAMPLES = path.join(REPO_ROOT, 'samples');
const FLAWED = path.join(SAMPLES, 'flawed');

function protocolsIn(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.meldcode.yaml'))
    .sort();
}

/** As meldcode-lint checks samples/: a location merged with its base. */
function findingsFor(file: string, asBase = false): Finding[] {
  return findingsWithBases(file, SAMPLES, { asBase });
}

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.ruleId}: ${finding.message.en}`).join('\n');
}

/** What each deliberately broken protocol shows; its header comment says the same in Dutch. */
const EXPECTED_RULES: Readonly<Record<string, readonly string[]>> = {
  'basis-ontbreekt.meldcode.yaml': ['base-invalid'],
  'geen-aandachtsfunctionaris.meldcode.yaml': ['officer-missing', 'veilig-thuis-missing'],
  'interventies.meldcode.yaml': ['intervention-target-mismatch', 'intervention-unknown'],
  'kapotte-verwijzingen.meldcode.yaml': ['reference-unknown', 'reference-unused'],
  'onbereikbaar.meldcode.yaml': ['contact-phone-missing', 'officer-deputy-missing', 'officer-unreachable', 'phone-invalid'],
  'locatie-zonder-aandachtsfunctionaris.meldcode.yaml': ['officer-deputy-missing', 'reference-unknown'],
  'ontbrekende-onderdelen.meldcode.yaml': [
    'afwegingskader-missing',
    'kindcheck-missing',
    'professional-secrecy-missing',
    'recording-missing',
    'special-forms-missing',
    'training-missing',
  ],
  'omgekeerde-leeftijden.meldcode.yaml': ['age-range-reversed'],
  'ontbrekende-stappen.meldcode.yaml': ['step-missing'],
  'onvolledig-afwegingskader.meldcode.yaml': ['afwegingskader-incomplete'],
  'persoonsgegevens.meldcode.yaml': ['personal-data'],
  'schemafouten.meldcode.yaml': ['schema'],
  'school-zonder-routes.meldcode.yaml': ['acute-route-missing', 'reporting-duty-missing'],
  'sportclub-zonder-afweging.meldcode.yaml': ['afwegingskader-missing', 'step-missing'],
  'stappen-door-elkaar.meldcode.yaml': ['step-duplicate', 'step-order', 'step-responsible-missing'],
  'syntaxfout.meldcode.yaml': ['yaml-syntax'],
  'verkeerde-uitkomsten.meldcode.yaml': ['afwegingskader-outcome'],
  'verouderde-termen.meldcode.yaml': ['review-overdue', 'term-outdated'],
  'voorbeeldwaarden.meldcode.yaml': ['placeholder-value'],
  'zonder-datum-verkeerd-nummer.meldcode.yaml': ['dates-missing', 'phone-mismatch'],
};

describe('samples', () => {
  const complete = protocolsIn(SAMPLES);

  it('has a complete protocol for a school, a day-care centre, a GP practice, youth care and a sports club', () => {
    const sectors = complete.map((name) => /^\s*sector:\s*(\S+)/m.exec(fs.readFileSync(path.join(SAMPLES, name), 'utf8'))?.[1]);
    for (const sector of ['onderwijs', 'kinderopvang', 'gezondheidszorg', 'jeugdhulp', 'sport']) {
      assert.ok(sectors.includes(sector), `no sample for sector ${sector}`);
    }
  });

  it('has complete format 1.1 protocols in the lawful shapes real protocols have', () => {
    const texts = complete.map((name) => fs.readFileSync(path.join(SAMPLES, name), 'utf8')).filter((text) => /^meldcode: "1\.1"$/m.test(text));
    const shapes: ReadonlyArray<[string, RegExp[]]> = [
      ['a one-person practice with the afwegingskader in an appendix', [/^\s*zelfstandig: true$/m, /^afwegingskader:\n\s+model: \S+\n\s+bijlage: /m, /^bijlagen:/m]],
      ['a school with the staff-member route, merged steps 4 and 5 and a validity period', [/^\s*sector: onderwijs$/m, /soort: vermoeden-medewerker/, /stap: \[4, 5\]/, /onderdelen:/, /termijn:/, /geldig-tot:/]],
      ['a sports club with the VCP route and the basismodel\'s two decisions', [/^\s*sector: sport$/m, /soort: sport$/m, /soort: vertrouwenscontactpersoon/, /soort: centrum-veilige-sport/, /beslissingen:/, /voorwaarden:/]],
      ['a child-care organisation with the houder\'s staff-member route', [/^\s*sector: kinderopvang$/m, /soort: vermoeden-medewerker/]],
    ];
    for (const [shape, patterns] of shapes) {
      const sample = texts.find((text) => patterns.every((pattern) => pattern.test(text)) && /soort: acuut-gevaar/.test(text));
      assert.ok(sample, `no complete 1.1 sample for ${shape}, with an acute-danger route`);
    }
  });

  for (const name of complete) {
    it(`${name} passes every rule without a single finding`, () => {
      const findings = findingsFor(path.join(SAMPLES, name));
      assert.equal(findings.length, 0, `findings:\n${describeFindings(findings)}`);
    });
  }

  describe('bestuur: a school board with one base protocol and its schools', () => {
    const BOARD = path.join(SAMPLES, 'bestuur');
    const schools = protocolsIn(path.join(BOARD, 'scholen'));

    it('has a base and two complete locations; the third, with a gap, is in flawed/', () => {
      assert.deepEqual(protocolsIn(BOARD), ['stichting.meldcode.yaml']);
      assert.deepEqual(schools, ['de-esdoorn.meldcode.yaml', 'het-anker.meldcode.yaml']);
      assert.match(fs.readFileSync(path.join(FLAWED, 'locatie-zonder-aandachtsfunctionaris.meldcode.yaml'), 'utf8'), /^basis: \.\.\/bestuur\/stichting\.meldcode\.yaml$/m);
    });

    it('stichting.meldcode.yaml, as the base of its schools, passes every rule without a single finding', () => {
      const findings = findingsFor(path.join(BOARD, 'stichting.meldcode.yaml'), true);
      assert.equal(findings.length, 0, `findings:\n${describeFindings(findings)}`);
    });

    for (const name of schools) {
      it(`scholen/${name}, merged with the base, passes every rule without a single finding`, () => {
        const findings = findingsFor(path.join(BOARD, 'scholen', name));
        assert.equal(findings.length, 0, `findings:\n${describeFindings(findings)}`);
      });
    }
  });

  describe('flawed', () => {
    const flawed = protocolsIn(FLAWED);

    it('has an expectation for every flawed protocol and a file for every expectation', () => {
      assert.deepEqual(flawed, Object.keys(EXPECTED_RULES).sort());
    });

    for (const name of flawed) {
      it(`${name} shows exactly the rules it was written for`, () => {
        const findings = findingsFor(path.join(FLAWED, name));
        const fired = [...new Set(findings.map((finding) => finding.ruleId))].sort();
        assert.deepEqual(fired, [...(EXPECTED_RULES[name] ?? [])].sort(), `findings:\n${describeFindings(findings)}`);
      });

      it(`${name} says in its header comment what is wrong and which rules it shows`, () => {
        const header = fs.readFileSync(path.join(FLAWED, name), 'utf8').split('\nmeldcode:')[0];
        assert.match(header, /^# FOUT: /m);
        for (const ruleId of EXPECTED_RULES[name] ?? []) assert.ok(header.includes(ruleId), `header does not name ${ruleId}`);
      });
    }

    it('show the law-based findings one level lower for a sports club, which the Wet does not bind', () => {
      const severities = (name: string, ruleId: string): string[] =>
        [...new Set(findingsFor(path.join(FLAWED, name)).filter((finding) => finding.ruleId === ruleId).map((finding) => finding.severity))];
      // The same gaps: errors for a school and a health-care practice, warnings for a sports club.
      assert.deepEqual(severities('ontbrekende-stappen.meldcode.yaml', 'step-missing'), ['error']);
      assert.deepEqual(severities('ontbrekende-onderdelen.meldcode.yaml', 'afwegingskader-missing'), ['error']);
      assert.deepEqual(severities('sportclub-zonder-afweging.meldcode.yaml', 'step-missing'), ['warning']);
      assert.deepEqual(severities('sportclub-zonder-afweging.meldcode.yaml', 'afwegingskader-missing'), ['warning']);
      assert.deepEqual(severities('geen-aandachtsfunctionaris.meldcode.yaml', 'veilig-thuis-missing'), ['warning']);
    });

    it('together make every rule fire', () => {
      const shown = new Set(Object.values(EXPECTED_RULES).flat());
      const silent = allRules.map((rule) => rule.meta.id).filter((id) => !shown.has(id));
      assert.deepEqual(silent, []);
    });
  });
});
