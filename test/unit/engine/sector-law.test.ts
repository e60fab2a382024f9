import { strict as assert } from 'node:assert';
import { allRules, validateText } from '../../../server/src/engine';
import { SECTORS } from '../../../server/src/knowledge';
import { completeProtocol, TODAY, variant } from '../../helpers/rules';

/** Words by which a message states a legal duty, in either language. */
const LEGAL_WORDS = /\b(wet|wettelijk|verplicht\w*|besluit|law|legal\w*|requir\w*|decree)\b/i;

/** The complete protocol with every section the law asks for taken out, for one sector. */
function bareProtocol(sector: string): string {
  const text = completeProtocol();
  const lines = text.split('\n');
  const keep: string[] = [];
  let dropping = false;
  for (const line of lines) {
    if (/^[a-z]/.test(line)) dropping = /^(stappen|afwegingskader|kindcheck|bijzondere-vormen|beroepsgeheim|vastleggen|scholing|contactpunten):/.test(line);
    if (!dropping) keep.push(line);
  }
  return variant(keep.join('\n'), 'sector: jeugdhulp', `sector: ${sector}`);
}

const lawBased = new Set(allRules.filter((rule) => rule.meta.lawBased).map((rule) => rule.meta.id));

describe('findings and the law, per sector', () => {
  it('the rules that rest on the Wet or the Besluit are exactly these', () => {
    assert.deepEqual([...lawBased].sort(), [
      'afwegingskader-missing',
      'kindcheck-missing',
      'recording-missing',
      'special-forms-missing',
      'step-missing',
      'training-missing',
      'veilig-thuis-missing',
    ]);
  });

  for (const sector of SECTORS.filter((profile) => !profile.boundByLaw).map((profile) => profile.value)) {
    describe(`sector ${sector} (not bound by the Wet)`, () => {
      const findings = validateText(bareProtocol(sector), { today: TODAY }).filter((finding) => finding.ruleId !== 'schema');

      it('reports what is missing, but no message speaks of a law or a legal duty', () => {
        assert.ok(findings.length >= 7, `only ${findings.length} findings`);
        for (const finding of findings) {
          assert.doesNotMatch(finding.message.nl, LEGAL_WORDS, `${finding.ruleId}: ${finding.message.nl}`);
          assert.doesNotMatch(finding.message.en, LEGAL_WORDS, `${finding.ruleId}: ${finding.message.en}`);
        }
      });

      it('gives the law-based findings one severity level lower than for a sector the Wet binds', () => {
        const bound = validateText(bareProtocol('jeugdhulp'), { today: TODAY });
        const severityOf = (list: typeof findings, id: string) => list.find((finding) => finding.ruleId === id)?.severity;
        assert.equal(severityOf(bound, 'step-missing'), 'error');
        assert.equal(severityOf(findings, 'step-missing'), 'warning');
        assert.equal(severityOf(bound, 'afwegingskader-missing'), 'error');
        assert.equal(severityOf(findings, 'afwegingskader-missing'), 'warning');
        assert.equal(severityOf(bound, 'veilig-thuis-missing'), 'error');
        assert.equal(severityOf(findings, 'veilig-thuis-missing'), 'warning');
        assert.equal(severityOf(bound, 'special-forms-missing'), 'warning');
        assert.equal(severityOf(findings, 'special-forms-missing'), 'info');
        assert.equal(severityOf(bound, 'training-missing'), 'warning');
        assert.equal(severityOf(findings, 'training-missing'), 'info');
      });
    });
  }

  it('asks for the kindcheck only where staff work with adults (Besluit art. 2: where it applies)', () => {
    const kindcheck = (sector: string) => validateText(bareProtocol(sector), { today: TODAY }).filter((finding) => finding.ruleId === 'kindcheck-missing').map((finding) => finding.severity);
    assert.deepEqual(kindcheck('gezondheidszorg'), ['warning']);
    assert.deepEqual(kindcheck('overig'), ['info']);
    for (const sector of ['onderwijs', 'kinderopvang', 'leerplicht', 'sport']) assert.deepEqual(kindcheck(sector), [], sector);
  });

  it('tells a sports club what the basismodel advises, in its own words', () => {
    const messages = validateText(bareProtocol('sport'), { today: TODAY })
      .filter((finding) => finding.ruleId === 'step-missing' || finding.ruleId === 'afwegingskader-missing' || finding.ruleId === 'training-missing')
      .map((finding) => finding.message);
    assert.deepEqual(messages.filter((message) => message.nl.startsWith('Stap 1')), [
      {
        nl: 'Stap 1 (signalen in kaart brengen) ontbreekt; het basismodel meldcode werkt met deze vijf stappen, ook voor wie de meldcode vrijwillig gebruikt.',
        en: 'Step 1 (map the signals) is missing; the basismodel meldcode works with these five steps, also for those who use the meldcode voluntarily.',
      },
    ]);
    assert.deepEqual(
      messages.find((message) => message.nl.startsWith('Het afwegingskader')),
      {
        nl: 'Het afwegingskader ontbreekt. Het basismodel meldcode raadt aan in stap 4 en 5 een afwegingskader te gebruiken, bijvoorbeeld het afwegingskader van het basisdocument van de Rijksoverheid; neem het op, of verwijs naar de bijlage waarin het staat.',
        en: "The afwegingskader is missing. The basismodel meldcode advises using an afwegingskader in steps 4 and 5, for example the afwegingskader of the government's basisdocument; include it, or refer to the appendix that holds it.",
      },
    );
    assert.deepEqual(
      messages.find((message) => message.nl.startsWith('Er staat niet')),
      {
        nl: 'Er staat niet in hoe medewerkers en vrijwilligers de meldcode leren kennen en gebruiken (sleutel "scholing"); het handboek RAAK (§8.1) raadt structurele scholing aan.',
        en: 'The protocol does not say how staff and volunteers learn to know and use the meldcode (key "scholing"); the RAAK handbook (§8.1) advises structural training.',
      },
    );
  });

  it('names the sector\'s own afwegingskader to a school', () => {
    const finding = validateText(bareProtocol('onderwijs'), { today: TODAY }).find((candidate) => candidate.ruleId === 'afwegingskader-missing');
    assert.equal(
      finding?.message.nl,
      'Het afwegingskader ontbreekt. Sinds 1 januari 2019 vraagt het Besluit verplichte meldcode (art. 2) dat u in stap 4 en 5 het afwegingskader van uw beroepsgroep gebruikt, voor uw sector het Afwegingskader Meldcode Onderwijs en leerplicht; neem het op, of verwijs naar de bijlage waarin het staat.',
    );
    assert.equal(finding?.severity, 'error');
  });

  it('keeps a severity the user configured, also for a sector not bound by the Wet', () => {
    const findings = validateText(bareProtocol('sport'), { today: TODAY, rules: new Map([['step-missing', 'error']]) });
    assert.ok(findings.filter((finding) => finding.ruleId === 'step-missing').every((finding) => finding.severity === 'error'));
  });
});
