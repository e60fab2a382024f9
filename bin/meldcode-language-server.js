#!/usr/bin/env node
'use strict';
// The meldcode language server for any editor with LSP support:
//   meldcode-language-server --stdio          (the default)
//   meldcode-language-server --node-ipc
//   meldcode-language-server --socket=<port>
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: meldcode-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]\n' +
      'The language server for meldcode protocols (*.meldcode.yaml). Speaks LSP over stdio by default.\n',
  );
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  const manifest = require('../package.json');
  process.stdout.write(`${manifest.version}\n`);
  process.exit(0);
}
require('../dist/server.js');
