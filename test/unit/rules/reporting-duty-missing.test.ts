import { strict as assert } from 'node:assert';
import { validateText } from '../../../server/src/engine';
import { expecter, assertFindings, completeProtocol, findingsOf, range, ruleFixture, TODAY, variant } from '../../helpers/rules';

const RULE = 'reporting-duty-missing';
const expect = expecter(RULE, 'warning');

const school = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Er is geen route voor een vermoeden tegen een medewerker waarin de vertrouwensinspecteur voorkomt. Bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling ligt de meld-, overleg- en aangifteplicht bij het bevoegd gezag (het schoolbestuur), die daarover de vertrouwensinspecteur raadpleegt (Wet op het primair onderwijs, art. 4a); beschrijf die route onder "routes" (soort: vermoeden-medewerker), of verwijs in een stap naar een contactpunt van soort "vertrouwensinspecteur".',
    'There is no route for a suspected staff member that involves the confidential inspector. For a suspected sexual offence by a staff member against a minor pupil, the duty to report, consult and file a complaint lies with the bevoegd gezag (the school board), who consults the confidential inspector (Wet op het primair onderwijs, art. 4a); describe that route under "routes" (soort: vermoeden-medewerker), or refer in a step to a contact point of kind "vertrouwensinspecteur".',
  );

describe('rule reporting-duty-missing', () => {
  it('passes a school whose step refers to the vertrouwensinspecteur (format 1.0)', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass-step')), []);
  });

  it('passes a school with a route for a suspected staff member that names the vertrouwensinspecteur', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass-route')), []);
  });

  it('reports a school without the route, naming the bevoegd gezag and what the duty covers', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [school(range(3, 0, 3, 8))]);
  });

  it('reports a route for a suspected staff member without the vertrouwensinspecteur, at its soort', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-route')), [
      expect(
        range(66, 11, 66, 31),
        'Deze route bij een vermoeden tegen een medewerker noemt de vertrouwensinspecteur niet. Bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling raadpleegt het bevoegd gezag (het schoolbestuur) de vertrouwensinspecteur (0900-111 3 111; Wet op het primair onderwijs, art. 4a).',
        'This route for a suspected staff member does not mention the confidential inspector. For a suspected sexual offence by a staff member against a minor pupil, the bevoegd gezag (the school board) consults the confidential inspector (0900-111 3 111; Wet op het primair onderwijs, art. 4a).',
      ),
    ]);
  });

  it('tells child care that the duty lies with the houder and covers violent or sexual offences', () => {
    const text = variant(ruleFixture(RULE, 'fail'), 'sector: onderwijs', 'sector: kinderopvang');
    const [finding] = findingsOf(RULE, text);
    assert.equal(
      finding.message.nl,
      'Er is geen route voor een vermoeden tegen een medewerker waarin de vertrouwensinspecteur voorkomt. Bij een vermoeden van een geweld- of zedendelict door een medewerker tegen een kind ligt de meld-, overleg- en aangifteplicht bij de houder, die daarover de vertrouwensinspecteur raadpleegt (Wet kinderopvang); beschrijf die route onder "routes" (soort: vermoeden-medewerker), of verwijs in een stap naar een contactpunt van soort "vertrouwensinspecteur".',
    );
  });

  for (const sector of ['jeugdhulp', 'gezondheidszorg', 'mbo', 'hoger-onderwijs', 'sport', 'overig']) {
    it(`does not ask for it in the sector ${sector}: no such duty there`, () => {
      assertFindings(findingsOf(RULE, variant(completeProtocol(), 'sector: jeugdhulp', `sector: ${sector}`)), []);
    });
  }

  it('offers the staff route from the sector profile, with its legal source', () => {
    const text = ruleFixture(RULE, 'fail');
    const [finding] = findingsOf(RULE, text);
    assert.deepEqual(finding.suggestions?.map((fix) => fix.title.nl), ['Voeg de route bij een vermoeden tegen een medewerker toe']);
    const edits = [...finding.suggestions![0].edits].sort((a, b) => b.startOffset - a.startOffset);
    const fixed = edits.reduce((result, edit) => result.slice(0, edit.startOffset) + edit.newText + result.slice(edit.endOffset), text);
    assert.ok(fixed.startsWith(variant(text, 'meldcode: "1.0"', 'meldcode: "1.1"')), 'only the version changes in what was there');
    assert.equal(
      fixed.slice(text.length),
      'routes:\n' +
        '  - id: vermoeden-medewerker\n' +
        '    soort: vermoeden-medewerker\n' +
        '    titel: Bij een vermoeden tegen een medewerker\n' +
        '    omschrijving: >-\n' +
        '      Bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige\n' +
        '      leerling ligt de meld-, overleg- en aangifteplicht bij het bevoegd gezag (het\n' +
        '      schoolbestuur) (Wet op het primair onderwijs, art. 4a).\n' +
        '    verantwoordelijk: het bevoegd gezag (het schoolbestuur)\n' +
        '    acties:\n' +
        '      - Wie een vermoeden heeft, licht direct het bevoegd gezag (het schoolbestuur) in.\n' +
        '      - Het bevoegd gezag (het schoolbestuur) overlegt meteen met de vertrouwensinspecteur (0900-111 3 111).\n' +
        '      - Is er een redelijk vermoeden van een strafbaar feit, dan volgt aangifte bij de politie.\n',
    );
    assert.deepEqual(validateText(fixed, { today: TODAY }).filter((candidate) => candidate.ruleId === RULE || candidate.severity === 'error'), []);
  });
});
