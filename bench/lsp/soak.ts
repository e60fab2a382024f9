/**
 * A long soak of our language server: `node out/bench/lsp/soak.js [requests] [seed]`
 * (default 100,000 requests) runs the random session of the fuzz test for much longer and
 * prints the server's resident memory as it goes, then every problem found.
 */
import { performance } from 'node:perf_hooks';
import { loggedErrors, startServer } from '../../test/robustness/lsp-session';
import { runRandomSession } from '../../test/robustness/random-session';

async function main(): Promise<void> {
  const requests = Number(process.argv[2] ?? 100_000);
  const seed = Number(process.argv[3] ?? 1);
  const { server } = await startServer();
  const started = performance.now();
  try {
    const result = await runRandomSession(server, {
      requests,
      seed,
      sampleEvery: 5_000,
      onProgress: (done, rss) => console.log(`${String(done).padStart(8)} requests  ${(rss / 1024 / 1024).toFixed(0).padStart(4)} MB RSS  ${((performance.now() - started) / 1000).toFixed(0)} s`),
    });
    console.log(`\n${result.requests} requests in ${((performance.now() - started) / 1000).toFixed(0)} s; server alive: ${server.alive}`);
    console.log(`${result.problems.length} problems; ${loggedErrors(server).length} errors logged by the server`);
    for (const problem of result.problems.slice(0, 20)) console.log(`- ${problem}`);
    for (const error of loggedErrors(server).slice(0, 5)) console.log(`- logged: ${error.split('\n')[0]}`);
    if (result.problems.length > 0 || !server.alive) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exitCode = 1;
});
