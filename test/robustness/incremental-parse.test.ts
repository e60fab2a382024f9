import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, Lexer } from 'yaml';
import { IncrementalParser, parseProtocol, validateDocument, type KeyedSection, type ProtocolDocument, type ScalarField } from '../../server/src/engine';
import { PositionMapper } from '../../server/src/engine/positions';
import { generateProtocol } from '../../bench/generate';
import { mutation, randomProtocol11, writerEdit, type Mutation } from './arbitraries';
import { loadSeeds, TODAY } from './seeds';

/** Everything of a parse that the rules and the editor features read, in a comparable form. */
function readable(document: ProtocolDocument): unknown {
  return {
    range: document.yaml?.range,
    contents: tree(document.yaml?.contents),
    problems: document.problems,
    data: document.data,
    lines: document.positions.lineCount,
    model: modelSnapshot(document),
  };
}

/**
 * The typed model (steps, routes, the afwegingskader's form, references ...) as plain data:
 * YAML nodes as their offsets, maps as their entries. The model is built from the document, so
 * this holds the building of it to the same standard.
 */
function modelSnapshot(document: ProtocolDocument): unknown {
  return JSON.parse(
    JSON.stringify(document.model, (_key, value: unknown) => {
      if (isNode(value) || isPair(value)) return isNode(value) ? (value.range ?? null) : 'pair';
      if (value instanceof Map) return [...value.entries()];
      if (value instanceof PositionMapper) return undefined;
      // Fields and keys by what they say and where, whether their ranges are stored or worked out on demand.
      if (isScalarField(value)) return { text: value.text, value: value.value, offsets: [value.startOffset, value.endOffset], range: value.range };
      if (isKeyedSection(value)) return { key: value.key, at: value.keyStartOffset, range: value.keyRange, value: value.value?.range ?? null };
      return value;
    }),
  );
}

function isScalarField(value: unknown): value is ScalarField {
  return typeof value === 'object' && value !== null && 'startOffset' in value && 'endOffset' in value && 'text' in value;
}

function isKeyedSection(value: unknown): value is KeyedSection {
  return typeof value === 'object' && value !== null && 'keyStartOffset' in value && 'pair' in value;
}

function tree(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  if (isPair(node)) return { key: tree(node.key), value: tree(node.value) };
  if (isScalar(node)) return { scalar: node.value, type: node.type, range: node.range, source: node.source, tag: node.tag, anchor: node.anchor };
  if (isAlias(node)) return { alias: node.source, range: node.range };
  if (isCollection(node)) {
    return { [isMap(node) ? 'map' : 'seq']: node.items.map(tree), flow: node.flow, range: node.range, tag: node.tag, anchor: node.anchor };
  }
  return { other: String(node) };
}

/** As text, since aliases can make the data circular. */
function snapshot(document: ProtocolDocument): string {
  return inspect(readable(document), { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity });
}

function assertSameAsWholeParse(incremental: ProtocolDocument, text: string, context: string): void {
  const whole = parseProtocol(text);
  assert.deepEqual(readable(incremental), readable(whole), context);
  assert.deepEqual(validateDocument(incremental, { today: TODAY }), validateDocument(whole, { today: TODAY }), context);
}

const seeds = loadSeeds();
/** Large enough to be cut into many pieces, small enough for a few hundred runs. */
const generated = [generateProtocol({ lines: 400, seed: 7 }), generateProtocol({ lines: 700, seed: 11, withFindings: true })];
/** Samples, generated protocols of format 1.0, and random ones in the shapes format 1.1 adds. */
const seedText = fc.oneof(fc.constantFrom(...seeds.map((seed) => seed.text), ...generated), randomProtocol11);
/** Mostly edits that keep the YAML valid (the pieces are used), some that break it (a whole parse). */
const edit: fc.Arbitrary<Mutation> = fc.oneof({ weight: 4, arbitrary: writerEdit }, { weight: 1, arbitrary: mutation });
const editSession = fc.tuple(seedText, fc.array(edit, { minLength: 1, maxLength: 8 }));

/** The parts the lexer reads in the text, as the limit of YAML parts counts them. */
function partsOf(text: string): number {
  let parts = 0;
  for (const _lexeme of new Lexer().lex(text)) parts++;
  return parts;
}

describe('incremental parse', () => {
  it('gives the document a whole parse gives, edit after edit, and leaves earlier documents as they were', function () {
    this.timeout(120_000);
    let validSteps = 0;
    let validPiecewise = 0;
    let estimated = 0;
    fc.assert(
      fc.property(editSession, ([start, edits]) => {
        const parser = new IncrementalParser(0);
        let text = start;
        const earlier: Array<{ document: ProtocolDocument; snapshot: string }> = [];
        for (const [step, change] of [undefined, ...edits].entries()) {
          if (change) text = change.apply(text);
          const estimate = parser.partsEstimate(text);
          if (estimate !== undefined) {
            estimated++;
            // Each piece read on its own starts with one part of its own (the document's start).
            const exact = partsOf(text);
            assert.ok(Math.abs(estimate - exact) <= text.split('\n').length, `${estimate} parts estimated, ${exact} counted, after ${step} edits`);
          }
          const document = parser.parse(text);
          if (document.problems.length === 0) {
            validSteps++;
            if (parser.lastParse !== 'whole') validPiecewise++;
          }
          assertSameAsWholeParse(document, text, `after ${step} edits`);
          earlier.push({ document, snapshot: snapshot(document) });
        }
        for (const [step, { document, snapshot: earlierSnapshot }] of earlier.entries()) {
          assert.equal(snapshot(document), earlierSnapshot, `the document of step ${step} changed after later parses`);
        }
      }),
      { numRuns: 150 },
    );
    // Not a tautology: texts without syntax errors must mostly have been put together from pieces.
    assert.ok(validPiecewise > validSteps * 0.8, `only ${validPiecewise} of ${validSteps} valid texts were read in pieces`);
    assert.ok(estimated > validSteps * 0.5, `the parts of only ${estimated} texts were estimated from pieces`);
  });

  describe('on a 2,000-line protocol', () => {
    const text = generateProtocol({ lines: 2_000, seed: 3 });
    const lines = text.split('\n');
    const middle = lines.findIndex((line, i) => i > lines.length / 2 && line.startsWith('    verantwoordelijk:'));
    const withLine = (index: number, line: string): string => lines.map((old, i) => (i === index ? line : old)).join('\n');

    it('reads every piece once at first, and after a one-line edit only the piece with that line', () => {
      const parser = new IncrementalParser();
      parser.parse(text);
      const first = parser.lastParse;
      assert.notEqual(first, 'whole');
      if (first === 'whole') return;
      assert.equal(first.parsed, first.pieces);
      assert.ok(first.pieces > 50, `${first.pieces} pieces`);

      const edited = withLine(middle, '    verantwoordelijkk: Teamleider');
      const document = parser.parse(edited);
      assert.deepEqual(parser.lastParse, { pieces: first.pieces, parsed: 1 });
      assertSameAsWholeParse(document, edited, 'after the edit');
      const unknownKey = validateDocument(document, { today: TODAY }).filter((finding) => finding.ruleId === 'schema');
      assert.deepEqual(
        unknownKey.map((finding) => [finding.range.start.line, finding.range.start.character, finding.range.end.character]),
        [[middle, 4, 21]],
      );
    });

    it('moves the pieces after a line that was added, without parsing them again', () => {
      const parser = new IncrementalParser();
      parser.parse(text);
      const added = [...lines.slice(0, middle), '    # nagekeken door de aandachtsfunctionaris', ...lines.slice(middle)].join('\n');
      const document = parser.parse(added);
      assert.notEqual(parser.lastParse, 'whole');
      if (parser.lastParse === 'whole') return;
      assert.equal(parser.lastParse.parsed, 1);
      assertSameAsWholeParse(document, added, 'after adding a line');
    });

    it('parses the whole text again after an edit that breaks the YAML, and reports it as a whole parse does', () => {
      const parser = new IncrementalParser();
      parser.parse(text);
      const broken = withLine(middle, '    verantwoordelijk: "Teamleider');
      const document = parser.parse(broken);
      assert.equal(parser.lastParse, 'whole');
      assertSameAsWholeParse(document, broken, 'after breaking the YAML');
      assert.equal(document.problems[0]?.code, 'MISSING_CHAR');

      const repaired = parser.parse(text);
      assert.notEqual(parser.lastParse, 'whole');
      assertSameAsWholeParse(repaired, text, 'after repairing the YAML');
    });

    it('estimates the parts of a text after an edit from its pieces, within one part per piece', () => {
      const parser = new IncrementalParser();
      parser.parse(text);
      const edited = withLine(middle, '    verantwoordelijk: Teamleider of intern begeleider');
      const estimate = parser.partsEstimate(edited);
      parser.parse(edited);
      const read = parser.lastParse;
      assert.notEqual(read, 'whole');
      if (read === 'whole' || estimate === undefined) return assert.fail(`estimate ${estimate}`);
      const exact = partsOf(edited);
      assert.ok(estimate >= exact && estimate - exact < read.pieces, `${estimate} estimated, ${exact} counted, ${read.pieces} pieces`);
    });

    it('counts the whole text when most of it is new, and refuses an edit that takes it past the limit of YAML parts', () => {
      const parser = new IncrementalParser();
      parser.parse(text);
      const pasted = `${text}\n${'onbekend: [a, b, c, d, e, f, g, h]\n'.repeat(6_000)}`;
      assert.equal(parser.partsEstimate(pasted), undefined);
      const document = parser.parse(pasted);
      assert.deepEqual(document.problems.map((problem) => problem.code), ['TOO_MANY_PARTS']);
      assert.deepEqual(parseProtocol(pasted).problems.map((problem) => problem.code), ['TOO_MANY_PARTS']);
    });

    it('parses the whole text when an anchor or alias could refer across pieces', () => {
      const parser = new IncrementalParser();
      const aliased = text.replace(/^organisatie:/m, 'organisatie: &organisatie').replace(/^inleiding: .*$/m, 'inleiding: *organisatie');
      assert.notEqual(aliased, text);
      assertSameAsWholeParse(parser.parse(aliased), aliased, 'with an alias');
      assert.equal(parser.lastParse, 'whole');
    });
  });

  it('parses short texts whole: cutting them up would cost more than it saves', () => {
    const parser = new IncrementalParser();
    const sample = seeds.find((seed) => seed.name.startsWith('samples/') && !seed.name.includes('flawed'))!.text;
    assertSameAsWholeParse(parser.parse(sample), sample, sample.slice(0, 40));
    assert.equal(parser.lastParse, 'whole');
  });
});
