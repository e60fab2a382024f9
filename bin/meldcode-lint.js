#!/usr/bin/env node
'use strict';
let cli;
try {
  cli = require('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('meldcode-lint: dist/cli.js is missing; build it first with "npm run build".\n');
    process.exit(2);
  }
  throw error;
}
cli.runFromCommandLine();
