import { strict as assert } from 'node:assert';
import { applyFixes, type Finding, type Fix } from '../../../server/src/engine';
import { expecter, assertFindings, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'reference-unknown';
const expect = expecter(RULE, 'error');

describe('rule reference-unknown', () => {
  it('passes contact given as one id or as a list, and stand-ins that exist', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports unknown stand-ins and contacts, with a did-you-mean when one is close', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      expect(
        range(17, 15, 17, 23),
        '"de-vries" is geen aandachtsfunctionaris in dit protocol.',
        '"de-vries" is not an attention officer in this protocol.',
      ),
      // A contact point cannot stand in for an officer.
      expect(
        range(23, 15, 23, 27),
        '"veilig-thuis" is geen aandachtsfunctionaris in dit protocol.',
        '"veilig-thuis" is not an attention officer in this protocol.',
      ),
      expect(
        range(42, 14, 42, 19),
        '"bakkr" is geen aandachtsfunctionaris of contactpunt in dit protocol. Bedoelde u "bakker"?',
        '"bakkr" is not an attention officer or contact point in this protocol. Did you mean "bakker"?',
      ),
      // contact: as a single id rather than a list.
      expect(
        range(52, 13, 52, 24),
        '"veiligthuis" is geen aandachtsfunctionaris of contactpunt in dit protocol. Bedoelde u "veilig-thuis"?',
        '"veiligthuis" is not an attention officer or contact point in this protocol. Did you mean "veilig-thuis"?',
      ),
    ]);
  });

  /** The text after one quick fix, as the editor applies it. */
  function applyEdits(text: string, edits: Fix['edits']): string {
    return applyFixes(text, [{ fix: { title: { nl: '', en: '' }, edits } } as Finding]).text;
  }

  /** The titles of a finding's quick fixes, in the order offered. */
  function titles(text: string, line: number): Array<[string, string]> {
    const finding = findingsOf(RULE, text).find((candidate) => candidate.range.start.line === line);
    assert.ok(finding, `a finding on line ${line}`);
    return (finding.suggestions ?? []).map((fix) => [fix.title.nl, fix.title.en]);
  }

  it('offers to add an unknown id as an officer or a contact point first, then only near misses', () => {
    const fail = ruleFixture(RULE, 'fail');
    assert.deepEqual(titles(fail, 42), [
      ['Voeg "bakkr" toe als aandachtsfunctionaris', 'Add "bakkr" as an attention officer'],
      ['Voeg "bakkr" toe als contactpunt', 'Add "bakkr" as a contact point'],
      ['Vervang door "bakker"', 'Replace with "bakker"'],
    ]);
    // A stand-in is an officer: no contact point is offered, and no unrelated officer either.
    assert.deepEqual(titles(fail, 17), [['Voeg "de-vries" toe als aandachtsfunctionaris', 'Add "de-vries" as an attention officer']]);
    // "veilig-thuis" names a kind of contact point, which cannot stand in for an officer.
    assert.deepEqual(titles(fail, 23), []);
  });

  it('adds the officer at the end of the list, in the file\'s indentation, with the fields to fill in', () => {
    const fail = ruleFixture(RULE, 'fail');
    const finding = findingsOf(RULE, fail).find((candidate) => candidate.range.start.line === 17)!;
    assert.equal(
      applyEdits(fail, finding.suggestions![0].edits),
      variant(fail, '    vervanger: veilig-thuis\n', '    vervanger: veilig-thuis\n  - id: de-vries\n    naam: ""\n    functie: ""\n    telefoon: ""\n    email: ""\n'),
    );
  });

  it('after Veilig Thuis was deleted, offers it back as a contact point with the national number and its source, never the police', () => {
    const fail = ruleFixture(RULE, 'fail');
    const withoutVeiligThuis = variant(fail, '  - id: veilig-thuis\n    soort: veilig-thuis\n    naam: Veilig Thuis Utrecht\n    telefoon: "0800-2000"\n', '');
    const finding = findingsOf(RULE, withoutVeiligThuis).find((candidate) => candidate.range.start.line === 43)!;
    assert.equal(finding.message.nl, '"veilig-thuis" is geen aandachtsfunctionaris of contactpunt in dit protocol.');
    assert.deepEqual(
      finding.suggestions!.map((fix) => [fix.title.nl, fix.title.en]),
      [
        [
          'Voeg "veilig-thuis" toe als contactpunt: Veilig Thuis, 0800-2000 (bron: Wmo 2015, art. 4.1.1)',
          'Add "veilig-thuis" as a contact point: Veilig Thuis, 0800-2000 (source: Wmo 2015, art. 4.1.1)',
        ],
      ],
    );
    const fixed = applyEdits(withoutVeiligThuis, finding.suggestions![0].edits);
    assert.equal(
      fixed,
      variant(withoutVeiligThuis, '    telefoon: "112"\n', '    telefoon: "112"\n  - id: veilig-thuis\n    soort: veilig-thuis\n    naam: Veilig Thuis\n    telefoon: "0800-2000"\n'),
    );
    assert.deepEqual(findingsOf(RULE, fixed).map((entry) => entry.message.en), findingsOf(RULE, fail).map((entry) => entry.message.en));
  });

  it('offers the contact point of that kind when its id differs ("veilig-thuis" for a Veilig Thuis called "vt")', () => {
    const fail = ruleFixture(RULE, 'fail');
    const renamed = variant(fail, '  - id: veilig-thuis\n    soort: veilig-thuis', '  - id: vt\n    soort: veilig-thuis');
    assert.deepEqual(titles(renamed, 47).slice(1), [['Vervang door "vt" (Veilig Thuis Utrecht)', 'Replace with "vt" (Veilig Thuis Utrecht)']]);
  });

  it('offers no addition for what is not a valid id, and no replacement that is more than a near miss', () => {
    const fail = ruleFixture(RULE, 'fail');
    const capitalised = variant(fail, 'contact: [bakkr]', 'contact: [Bakker-Team]');
    assert.deepEqual(titles(capitalised, 42), []);
    // Two letters off in a five-letter id is more than a third of it.
    const far = variant(fail, 'contact: [bakkr]', 'contact: [smitty]');
    assert.deepEqual(titles(far, 42).map(([nl]) => nl), ['Voeg "smitty" toe als aandachtsfunctionaris', 'Voeg "smitty" toe als contactpunt']);
  });
});
