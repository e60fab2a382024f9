/**
 * Values written as block scalars (`vervanger: >-` with the id on the next line): where a
 * field of the model stands is the block's content, so that a rename or a "replace with"
 * fix changes the value and leaves the header and the next key alone. Before, the edit took
 * the `>-` and the line break with it: `vervanger: bakker    functie: X`.
 */
import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { applyFixes, parseProtocol, validateDocument, type Finding, type Fix } from '../../../server/src/engine';
import { scalarSourceOffsets, scalarValueOffsets } from '../../../server/src/engine/ast';

const HEADERS = ['>-', '>', '|', '|-', '|+', '>2-', '|2', '>- # de stand-in'];

function protocol(header: string, newline: string): string {
  return [
    'meldcode: "1.0"',
    'organisatie:',
    '  naam: De Ster',
    '  sector: >-',
    '    kinderopvng',
    'aandachtsfunctionarissen:',
    '  - id: bakker',
    '    naam: Bas Bakker',
    `    vervanger: ${header}`,
    '      bakkr',
    '',
    '    functie: Coach',
    'stappen:',
    '  - stap: |-',
    '      3',
    '    titel: Signalen',
    '',
  ].join(newline);
}

/** The text after applying one fix (or suggestion) of the finding. */
function applied(text: string, finding: Finding, fix: Fix): string {
  return applyFixes(text, [{ ...finding, fix }]).text;
}

function fixesOf(findings: readonly Finding[], ruleId: string, messageFilter: RegExp): Array<[Finding, Fix]> {
  return findings
    .filter((finding) => finding.ruleId === ruleId && messageFilter.test(finding.message.en))
    .flatMap((finding) => [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])].map((fix): [Finding, Fix] => [finding, fix]));
}

describe('engine: block scalars', () => {
  it('scalarValueOffsets: the content of a block scalar, without header, line breaks or trailing blank lines', () => {
    const text = 'a: >- # note\n  een\n  twee\n\nb: |\n\n  drie  \n\nc: "x"\nd: |-\ne: 1\n';
    const map = parseDocument(text).contents as unknown as { items: Array<{ value: Parameters<typeof scalarValueOffsets>[0] }> };
    const slice = (node: Parameters<typeof scalarValueOffsets>[0]): string => text.slice(...scalarValueOffsets(node, text));
    assert.equal(slice(map.items[0].value), 'een\n  twee');
    assert.equal(slice(map.items[1].value), 'drie');
    assert.equal(slice(map.items[2].value), '"x"');
    const empty = scalarValueOffsets(map.items[3].value, text);
    assert.equal(empty[0], empty[1], 'an empty block: an empty range');
    assert.equal(text.slice(...scalarSourceOffsets(map.items[0].value, text)), '>- # note\n  een\n  twee');
  });

  for (const header of HEADERS) {
    for (const [newline, name] of [['\n', 'LF'], ['\r\n', 'CRLF']] as const) {
      it(`"vervanger: ${header}" (${name}): the finding points at the id, and each fix keeps the YAML and the block`, () => {
        const text = protocol(header, newline);
        const document = parseProtocol(text);
        const officer = document.model.officers[0];
        assert.equal(text.slice(officer.vervanger!.startOffset, officer.vervanger!.endOffset), 'bakkr');
        assert.deepEqual(officer.vervanger!.range, { start: { line: 9, character: 6 }, end: { line: 9, character: 11 } });
        const findings = validateDocument(document);

        // reference-unknown: "replace with bakker" replaces the content only.
        const references = fixesOf(findings, 'reference-unknown', /bakkr/).filter(([, fix]) => fix.title.en === 'Replace with "bakker"');
        assert.ok(references.length > 0, 'a suggestion for the misspelt id');
        for (const [finding, fix] of references) {
          assert.deepEqual(finding.range, { start: { line: 9, character: 6 }, end: { line: 9, character: 11 } });
          const fixed = applied(text, finding, fix);
          assert.equal(fixed, text.replace('bakkr', fix.edits[0].newText));
          const after = parseProtocol(fixed);
          assert.deepEqual(after.problems, []);
          assert.equal(after.model.officers[0].functie?.text, 'Coach', 'the next key is still a key');
          assert.ok(after.model.officers[0].vervanger!.text.startsWith(fix.edits[0].newText));
        }

        // schema: the sector's suggestion replaces the word inside its block ...
        const sector = fixesOf(findings, 'schema', /kinderopvng/);
        assert.equal(sector.length, 1);
        const sectorFixed = applied(text, ...sector[0]);
        assert.equal(sectorFixed, text.replace('kinderopvng', 'kinderopvang'));
        assert.equal((parseDocument(sectorFixed).toJS() as { organisatie: { sector: string } }).organisatie.sector, 'kinderopvang');

        // ... and a number written as a block (a string) becomes the number, on the line of its key.
        const step = fixesOf(findings, 'schema', /\b3\b/).filter(([, fix]) => fix.edits.some((edit) => edit.newText === '3'));
        assert.equal(step.length, 1, JSON.stringify(findings.filter((f) => f.ruleId === 'schema').map((f) => f.message.en)));
        const stepFixed = applied(text, ...step[0]);
        assert.equal(stepFixed, text.replace(`stap: |-${newline}      3`, 'stap: 3'));
        const steps = (parseDocument(stepFixed).toJS() as { stappen: Array<{ stap: unknown; titel: string }> }).stappen;
        assert.deepEqual(steps, [{ stap: 3, titel: 'Signalen' }]);
      });
    }
  }
});
