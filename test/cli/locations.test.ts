import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, runCli, temporaryFolder } from './helpers';

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }>;
  errorCount: number;
  warningCount: number;
}

const SAMPLE_BOARD = path.join(repoRoot, 'samples', 'bestuur');
const sample = (...segments: string[]): string => fs.readFileSync(path.join(SAMPLE_BOARD, ...segments), 'utf8');
const GAP = fs.readFileSync(path.join(repoRoot, 'samples', 'flawed', 'locatie-zonder-aandachtsfunctionaris.meldcode.yaml'), 'utf8').replace('../bestuur/stichting.meldcode.yaml', '../stichting.meldcode.yaml');

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

/** Per file (relative to root): each finding as "line:column ruleId". */
function findings(stdout: string, root: string): Record<string, string[]> {
  return Object.fromEntries(
    (JSON.parse(stdout) as JsonFile[]).map((file) => [path.relative(root, file.filePath), file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)]),
  );
}

describe('meldcode-lint on a board with a base protocol and its locations', function () {
  this.timeout(120000);

  it('checks each location merged with its base and reports a finding of the base once, on the base', () => {
    const root = temporaryFolder();
    write(root, {
      'bestuur/stichting.meldcode.yaml': sample('stichting.meldcode.yaml').replace('telefoon: "0900-8844"', 'telefoon: "0900-884"'),
      'bestuur/scholen/de-esdoorn.meldcode.yaml': sample('scholen', 'de-esdoorn.meldcode.yaml'),
      'bestuur/scholen/het-anker.meldcode.yaml': sample('scholen', 'het-anker.meldcode.yaml'),
      'bestuur/scholen/de-vlinder.meldcode.yaml': GAP,
    });
    const run = runCli(['--format', 'json', 'bestuur'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(findings(run.stdout, root), {
      'bestuur/scholen/de-esdoorn.meldcode.yaml': [],
      'bestuur/scholen/de-vlinder.meldcode.yaml': [...Array(5).fill('8:8 reference-unknown'), '15:11 officer-deputy-missing'],
      'bestuur/scholen/het-anker.meldcode.yaml': [],
      'bestuur/stichting.meldcode.yaml': ['67:15 phone-invalid', '67:15 phone-mismatch'],
    });
    const vlinder = (JSON.parse(run.stdout) as JsonFile[]).find((file) => file.filePath.endsWith('de-vlinder.meldcode.yaml'))!;
    assert.deepEqual(vlinder.messages[0], {
      ...vlinder.messages[0],
      message: '"aandachtsfunctionaris" is not an attention officer or contact point in this protocol. (in ../stichting.meldcode.yaml, line 85)',
      line: 8,
      column: 8,
      endLine: 8,
      endColumn: 34,
    });
  });

  it('a location named on its own is checked with its base; the base is not reported then', () => {
    const root = temporaryFolder();
    write(root, { 'stichting.meldcode.yaml': sample('stichting.meldcode.yaml'), 'scholen/de-vlinder.meldcode.yaml': GAP });
    const run = runCli(['--format', 'json', 'scholen/de-vlinder.meldcode.yaml'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(findings(run.stdout, root), {
      'scholen/de-vlinder.meldcode.yaml': [...Array(5).fill('8:8 reference-unknown'), '15:11 officer-deputy-missing'],
    });
  });

  it('never reads a base outside the workspace, also through a symbolic link', () => {
    const root = temporaryFolder();
    const outside = temporaryFolder();
    write(outside, { 'stichting.meldcode.yaml': sample('stichting.meldcode.yaml') });
    const location = (basis: string): string => `meldcode: "1.1"\nbasis: ${basis}\norganisatie:\n  locatie: De Vlinder\n`;
    write(root, {
      'werk/buiten.meldcode.yaml': location(`../../${path.basename(outside)}/stichting.meldcode.yaml`),
      'werk/koppeling.meldcode.yaml': location('stichting-link.meldcode.yaml'),
    });
    fs.symlinkSync(path.join(outside, 'stichting.meldcode.yaml'), path.join(root, 'werk', 'stichting-link.meldcode.yaml'));
    const run = runCli(['--format', 'json', '.'], { cwd: path.join(root, 'werk') });
    assert.equal(run.status, 1, run.stderr);
    const messages = Object.fromEntries((JSON.parse(run.stdout) as JsonFile[]).map((file) => [path.basename(file.filePath), file.messages.map((message) => message.message)]));
    assert.deepEqual(messages['buiten.meldcode.yaml'], [`The base "../../${path.basename(outside)}/stichting.meldcode.yaml" lies outside the workspace and is not read. Put the base protocol in the workspace.`]);
    assert.deepEqual(messages['koppeling.meldcode.yaml'], ['The base "stichting-link.meldcode.yaml" lies outside the workspace and is not read. Put the base protocol in the workspace.']);
  });
});
