/**
 * Loaded with `--require` into a process the benchmark starts: at exit it writes the process's
 * peak resident memory and CPU time to the file named by MELDCODE_BENCH_USAGE_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.MELDCODE_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // maxRSS is in kilobytes; the CPU times in microseconds.
    writeFileSync(file, JSON.stringify({ peakRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
