import * as fs from 'node:fs';
import * as path from 'node:path';

export const INFORMATION_URI = 'https://github.com/meldcode/meldcode';

/**
 * The version in the package's manifest. Looked up from this file's folder, which is
 * `dist/` in the bundle and `out/server/src/cli/` when run from the compiled sources.
 */
export function packageVersion(): string {
  let folder = __dirname;
  for (;;) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'meldcode' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // no manifest here; look further up
    }
    const parent = path.dirname(folder);
    if (parent === folder) return '0.0.0';
    folder = parent;
  }
}
