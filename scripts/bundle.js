#!/usr/bin/env node
'use strict';
// Bundles the entry points into dist/ with esbuild. An entry whose source does not exist
// (yet) is skipped with a note, so the build works while parts are still being written.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');

/** @type {Array<{ source: string, output: string, external?: string[], word?: boolean }>} */
const ENTRIES = [
  // The headless validator. Its worker threads load this same file.
  { source: 'server/src/cli/main.ts', output: 'dist/cli.js' },
  // ---- Language server: server/src/server.ts -> dist/server.js ----
  { source: 'server/src/server.ts', output: 'dist/server.js' },
  // The VS Code extension; 'vscode' is provided by the editor at run time.
  { source: 'client/src/extension.ts', output: 'dist/extension.js', external: ['vscode'] },
  // Word import and export (mammoth, docx), loaded by the others only when used (server/src/word/load.ts).
  { source: 'server/src/word/index.ts', output: 'dist/word.js', word: true },
];

/** Where the protocol validator generated at build time is written; the bundles carry it. */
const GENERATED_VALIDATOR = path.join(root, 'dist', 'generated', 'protocol-validator.js');

/**
 * Writes the protocol schema's validator as code (ajv's standalone generation, through
 * server/src/engine/schema-compile.ts), so that no bundle compiles the schema when it starts.
 */
function generateValidator() {
  const compiler = esbuild.buildSync({
    entryPoints: [path.join(root, 'server/src/engine/schema-compile.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', compiler.outputFiles[0].text)(module, module.exports, require);
  fs.mkdirSync(path.dirname(GENERATED_VALIDATOR), { recursive: true });
  fs.writeFileSync(GENERATED_VALIDATOR, module.exports.protocolValidatorSource());
}

/** Resolves 'meldcode-protocol-validator' (server/src/engine/schema-validator.ts) to the generated validator. */
const generatedValidatorPlugin = {
  name: 'generated-validator',
  setup(build) {
    build.onResolve({ filter: /^meldcode-protocol-validator$/ }, () => ({ path: GENERATED_VALIDATOR }));
  },
};

async function main() {
  const production = process.argv.includes('--production');
  generateValidator();
  let built = 0;
  for (const entry of ENTRIES) {
    const source = path.join(root, entry.source);
    if (!fs.existsSync(source)) {
      console.log(`bundle: skipped ${entry.source} (not there yet)`);
      continue;
    }
    await esbuild.build({
      entryPoints: [source],
      outfile: path.join(root, entry.output),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: 'external',
      minify: production,
      external: entry.external ?? [],
      logLevel: 'warning',
      legalComments: 'none',
      define: {
        MELDCODE_PRECOMPILED_VALIDATOR: 'true',
        ...(entry.word ? {} : { MELDCODE_WORD_BUNDLE: JSON.stringify('word.js') }),
      },
      plugins: [generatedValidatorPlugin],
    });
    console.log(`bundle: ${entry.source} -> ${entry.output}`);
    built++;
  }
  if (built === 0) throw new Error('nothing to bundle');
}

main().catch((error) => {
  console.error(`bundle: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
