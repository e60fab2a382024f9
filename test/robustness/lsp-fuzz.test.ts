import assert from 'node:assert/strict';
import { validateText } from '../../server/src/engine';
import { loggedErrors, startServer } from './lsp-session';
import { runRandomSession, URIS } from './random-session';
import { loadSeeds } from './seeds';

const REQUESTS = 10_000;
const HEAP_LIMIT_MB = 96;
// MELDCODE_FUZZ_SEED=random explores a new session (the seed is printed on failure); a number replays one.
const FUZZ_SEED =
  process.env.MELDCODE_FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.MELDCODE_FUZZ_SEED ?? 20260601);

describe('robustness: the language server under a random session of 10,000 requests', function () {
  this.timeout(180_000);

  it('answers every request, publishes diagnostics inside the document, stays alive and keeps its memory bounded', async function () {
    // A leak must show as a failure, not as V8 choosing to keep a larger heap: with the old
    // generation capped, garbage is collected before the heap grows, and a real leak ends in
    // an out-of-memory crash, which the "stays alive" check reports.
    const { server, init } = await startServer({ nodeFlags: [`--max-old-space-size=${HEAP_LIMIT_MB}`] });
    try {
      assert.equal((init.capabilities.textDocumentSync as { change?: number }).change, 2, 'the server syncs incrementally');
      const { requests, problems, rss, open } = await runRandomSession(server, { requests: REQUESTS, seed: FUZZ_SEED });
      assert.ok(server.alive, `the server died (seed ${FUZZ_SEED}):\n${server.stderr}`);
      assert.equal(requests, REQUESTS);
      assert.deepEqual(problems.slice(0, 10), [], `${problems.length} problems (seed ${FUZZ_SEED})`);
      assert.deepEqual(loggedErrors(server).slice(0, 5), [], `the server logged errors: a handler threw (seed ${FUZZ_SEED})`);

      // Memory: after warming up, the resident size must level off rather than keep growing.
      const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
      const early = Math.max(...rss.filter(([n]) => n > REQUESTS * 0.15 && n <= REQUESTS * 0.3).map(([, bytes]) => bytes));
      const late = Math.max(...rss.filter(([n]) => n > REQUESTS * 0.75).map(([, bytes]) => bytes));
      const trace = rss.map(([n, bytes]) => `${n}:${mb(bytes)}`).join(' ');
      assert.ok(late - early < 32 * 1024 * 1024, `RSS grew from ${mb(early)} MB to ${mb(late)} MB over the session (requests:MB ${trace})`);

      // Still working: a complete protocol gets no diagnostics, a flawed one its findings.
      for (const d of open) server.notify('textDocument/didClose', { textDocument: { uri: URIS[d] } });
      const seeds = loadSeeds();
      const complete = seeds.find((s) => s.name.endsWith('robustness/complete.meldcode.yaml'))!;
      const outdated = seeds.find((s) => s.name.endsWith('robustness/outdated-terms.meldcode.yaml'))!;
      const cleanUri = 'file:///fuzz/after/complete.meldcode.yaml';
      const flawedUri = 'file:///fuzz/after/outdated.meldcode.yaml';
      const clean = server.nextDiagnostics(cleanUri, (p) => p.version === 1, 10_000);
      const flawed = server.nextDiagnostics(flawedUri, (p) => p.version === 1, 10_000);
      server.notify('textDocument/didOpen', { textDocument: { uri: cleanUri, languageId: 'meldcode', version: 1, text: complete.text } });
      server.notify('textDocument/didOpen', { textDocument: { uri: flawedUri, languageId: 'meldcode', version: 1, text: outdated.text } });
      assert.deepEqual((await clean).diagnostics, []);
      const published = (await flawed).diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)}`).sort();
      const expected = validateText(outdated.text).map((f) => `${f.ruleId} ${JSON.stringify(f.range)}`).sort();
      assert.deepEqual(published, expected);
    } finally {
      await server.stop();
    }
    assert.equal((await server.exited).code, 0, 'the server leaves with exit code 0 after shutdown and exit');
  });
});
