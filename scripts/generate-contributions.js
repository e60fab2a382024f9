#!/usr/bin/env node
'use strict';
// Writes the manifest parts derived from the engine and the knowledge base (see
// client/src/contributions.ts): snippets/meldcode.code-snippets, the per-rule entries of the
// `meldcode.rules` setting in package.json, and their descriptions in package.nls*.json.
// Needs the compiled sources (npx tsc -p .). Writes a file only when its content changes;
// with --check it writes nothing and exits 1 when a file is out of date.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const { snippetsFileText, buildRuleSettings } = require(path.join(root, 'out/client/src/contributions.js'));
const check = process.argv.includes('--check');
const stale = [];

function update(relative, text) {
  const file = path.join(root, relative);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (before === text) return;
  stale.push(relative);
  if (!check) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

function editJson(relative, edit) {
  const file = path.join(root, relative);
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(data);
  update(relative, `${JSON.stringify(data, null, 2)}\n`);
}

update('snippets/meldcode.code-snippets', snippetsFileText());

const rules = buildRuleSettings();
editJson('package.json', (manifest) => {
  manifest.contributes.configuration.properties['meldcode.rules'].properties = rules.properties;
});
for (const [relative, texts] of [['package.nls.json', rules.nls.en], ['package.nls.nl.json', rules.nls.nl]]) {
  editJson(relative, (nls) => {
    for (const key of Object.keys(nls)) if (key.startsWith('config.rules.')) delete nls[key];
    Object.assign(nls, texts);
  });
}

if (check && stale.length > 0) {
  console.error(`out of date: ${stale.join(', ')} (run npm run generate)`);
  process.exit(1);
}
console.log(stale.length > 0 ? `generated: ${stale.join(', ')}` : 'generated files are up to date');
