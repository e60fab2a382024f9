import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, validateText, type Finding } from '../../server/src/engine';
import { REPO_ROOT, TODAY } from '../helpers/rules';

const SAMPLES = path.join(REPO_ROOT, 'samples');
const FLAWED = path.join(SAMPLES, 'flawed');

function protocolsIn(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.meldcode.yaml'))
    .sort();
}

function findingsFor(file: string): Finding[] {
  return validateText(fs.readFileSync(file, 'utf8'), { today: TODAY });
}

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.ruleId}: ${finding.message.en}`).join('\n');
}

/** What each deliberately broken protocol shows; its header comment says the same in Dutch. */
const EXPECTED_RULES: Readonly<Record<string, readonly string[]>> = {
  'geen-aandachtsfunctionaris.meldcode.yaml': ['officer-missing', 'veilig-thuis-missing'],
  'interventies.meldcode.yaml': ['intervention-target-mismatch', 'intervention-unknown'],
  'kapotte-verwijzingen.meldcode.yaml': ['reference-unknown', 'reference-unused'],
  'onbereikbaar.meldcode.yaml': ['contact-phone-missing', 'officer-deputy-missing', 'officer-unreachable', 'phone-invalid'],
  'ontbrekende-onderdelen.meldcode.yaml': [
    'afwegingskader-missing',
    'kindcheck-missing',
    'professional-secrecy-missing',
    'recording-missing',
    'special-forms-missing',
    'training-missing',
  ],
  'ontbrekende-stappen.meldcode.yaml': ['step-missing'],
  'onvolledig-afwegingskader.meldcode.yaml': ['afwegingskader-incomplete'],
  'persoonsgegevens.meldcode.yaml': ['personal-data'],
  'schemafouten.meldcode.yaml': ['schema'],
  'stappen-door-elkaar.meldcode.yaml': ['step-duplicate', 'step-order', 'step-responsible-missing'],
  'syntaxfout.meldcode.yaml': ['yaml-syntax'],
  'verouderde-termen.meldcode.yaml': ['review-overdue', 'term-outdated'],
};

describe('samples', () => {
  const complete = protocolsIn(SAMPLES);

  it('has a complete protocol for a school, a day-care centre, a GP practice, youth care and a sports club', () => {
    const sectors = complete.map((name) => /^\s*sector:\s*(\S+)/m.exec(fs.readFileSync(path.join(SAMPLES, name), 'utf8'))?.[1]);
    for (const sector of ['onderwijs', 'kinderopvang', 'gezondheidszorg', 'jeugdhulp', 'sport']) {
      assert.ok(sectors.includes(sector), `no sample for sector ${sector}`);
    }
  });

  for (const name of complete) {
    it(`${name} passes every rule without a single finding`, () => {
      const findings = findingsFor(path.join(SAMPLES, name));
      assert.equal(findings.length, 0, `findings:\n${describeFindings(findings)}`);
    });
  }

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

    it('together make every rule fire', () => {
      const shown = new Set(Object.values(EXPECTED_RULES).flat());
      const silent = allRules.map((rule) => rule.meta.id).filter((id) => !shown.has(id));
      assert.deepEqual(silent, []);
    });
  });
});
