import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { parseProtocolBytes, validateDocument, validateText, type Finding } from '../../server/src/engine';
import { applyAll, insertion, mutations, randomProtocol, randomProtocol11 } from './arbitraries';
import { findingProblems } from './checks';
import { loadSeeds, TODAY } from './seeds';

/** Generous: a protocol takes milliseconds; only a hang or a blow-up takes this long. */
const TIME_BOUND_MS = 2_000;
const RUNS = 200;

const seeds = loadSeeds();
const seedText = fc.constantFrom(...seeds.map((seed) => seed.text));
const mutatedProtocol = fc.tuple(seedText, mutations).map(([text, list]) => applyAll(text, list));

interface Checked {
  findings: Finding[];
  problems: string[];
}

/** Validates `text`, turning a throw, a slow run or a bad range into a listed problem. */
function check(text: string): Checked {
  let findings: Finding[];
  const started = performance.now();
  try {
    findings = validateText(text, { today: TODAY });
  } catch (error) {
    return { findings: [], problems: [`validateText threw: ${error instanceof Error ? error.stack : String(error)}`] };
  }
  const elapsed = performance.now() - started;
  const problems = findingProblems(text, findings);
  if (elapsed > TIME_BOUND_MS) problems.push(`validation took ${Math.round(elapsed)} ms (bound ${TIME_BOUND_MS} ms)`);
  return { findings, problems };
}

function assertSound(text: string): void {
  const { problems } = check(text);
  assert.deepEqual(problems, [], `for the text ${JSON.stringify(text.slice(0, 2000))}`);
}

describe('robustness: the engine on mutated and random input (property-based)', function () {
  this.timeout(120_000);

  it('never throws, stays within the time bound and keeps every range and edit inside the text, on mutated samples', function () {
    fc.assert(fc.property(mutatedProtocol, assertSound), { numRuns: RUNS });
  });

  it('gives the same findings for the same input', function () {
    fc.assert(
      fc.property(mutatedProtocol, (text) => {
        const first = validateText(text, { today: TODAY });
        const second = validateText(`${text}`.slice(0), { today: TODAY });
        assert.deepEqual(second, first);
      }),
      { numRuns: RUNS },
    );
  });

  it('handles random protocols full of outdated terms in every scalar style', function () {
    fc.assert(fc.property(randomProtocol, assertSound), { numRuns: RUNS });
  });

  it('handles random protocols in the shapes of format 1.1: routes, merged steps, sub-steps, each form of the afwegingskader', function () {
    fc.assert(fc.property(randomProtocol11, assertSound), { numRuns: RUNS });
  });

  it('handles text that is not YAML at all', function () {
    const noise = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(insertion, { maxLength: 60 }).map((parts) => parts.join('')),
      fc.jsonValue().map((value) => JSON.stringify(value, null, 2)),
      fc.constantFrom('', ' ', '\n', '\uFEFF', '---', '...', '~', 'null', '[]', '{}', '- - - -', '? ? ?', '&a [*a, *a]', '!!binary ZZZ', '%YAML 1.1\n---\nx: 1'),
    );
    fc.assert(fc.property(noise, assertSound), { numRuns: RUNS });
  });

  it('reads any bytes: invalid UTF-8, BOMs and control bytes give findings inside the decoded text', function () {
    const protocolBytes = fc.tuple(seedText, fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })), { maxLength: 4 })).map(([text, inserts]) => {
      let bytes = Buffer.from(text, 'utf8');
      for (const [at, extra] of inserts) {
        const i = at % (bytes.length + 1);
        bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(extra), bytes.subarray(i)]);
      }
      return new Uint8Array(bytes);
    });
    fc.assert(
      fc.property(fc.oneof(protocolBytes, fc.uint8Array({ maxLength: 300 })), (bytes) => {
        const started = performance.now();
        const document = parseProtocolBytes(bytes);
        const findings = validateDocument(document, { today: TODAY });
        const elapsed = performance.now() - started;
        const problems = findingProblems(document.text, findings);
        if (elapsed > TIME_BOUND_MS) problems.push(`validation took ${Math.round(elapsed)} ms`);
        assert.deepEqual(problems, [], `for the bytes ${Buffer.from(bytes).toString('hex').slice(0, 400)}`);
      }),
      { numRuns: RUNS },
    );
  });
});
