import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');
export const robustnessFixtures = join(repoRoot, 'test', 'fixtures', 'robustness');

export interface Seed {
  name: string;
  text: string;
}

function protocolFiles(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) files.push(...protocolFiles(path));
    else if (/\.meldcode\.ya?ml$/.test(entry)) files.push(path);
  }
  return files;
}

/** The protocols the mutations start from: every sample (complete and flawed) and our own fixtures. */
export function loadSeeds(): Seed[] {
  const files = [...protocolFiles(join(repoRoot, 'samples')), ...protocolFiles(robustnessFixtures)];
  const seeds = files.map((path) => ({ name: path.slice(repoRoot.length + 1), text: readFileSync(path, 'utf8') }));
  if (seeds.length < 2) throw new Error(`expected protocol fixtures in samples/ and ${robustnessFixtures}`);
  return seeds;
}

/** A fixed date, so that review-overdue does not depend on the day the tests run. */
export const TODAY = '2026-06-01';
