import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateText, type Finding } from '../../server/src/engine';
import { repoRoot, serverBin, testEnv } from '../helpers/spawn';

/**
 * The Emacs set-up in docs/editor-and-ci.md, run for real: Debian's Emacs with Eglot, the
 * elisp block copied from the documentation as it stands, and the built language server
 * on PATH under the name an npm install gives it.
 */

const DOC = join(repoRoot, 'docs', 'editor-and-ci.md');
const DRIVER = join(repoRoot, 'test', 'editors', 'emacs-eglot-driver.el');
const SAMPLE = join(repoRoot, 'samples', 'flawed', 'verouderde-termen.meldcode.yaml');
const ADDED_LINE = 'meldkode: 1\n';

interface Shown {
  line: number;
  column: number;
  type: string;
  text: string;
}
interface Phase {
  phase: string;
  mode: string;
  eglot: boolean;
  diagnostics: Shown[];
  text: string;
}

/** The first elisp block of the "Emacs" section: the Eglot set-up. */
function documentedSetup(): string {
  const doc = readFileSync(DOC, 'utf8');
  const section = doc.slice(doc.indexOf('### Emacs'));
  const block = /```elisp\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'docs/editor-and-ci.md has an elisp block under "### Emacs"');
  return block[1];
}

/** What Flymake shows for a finding, given the documented locale "nl": Eglot writes "source [code]: message". */
function asShown(text: string, finding: Finding): Shown {
  const type = { error: 'eglot-error', warning: 'eglot-warning', info: 'eglot-note' }[finding.severity];
  // Emacs counts columns in characters, LSP in UTF-16 units: the same on lines without tabs or astral characters.
  assert.ok(!/[\t\u{10000}-\u{10FFFF}]/u.test(text.split('\n')[finding.range.start.line]));
  return { line: finding.range.start.line + 1, column: finding.range.start.character, type, text: `meldcode [${finding.ruleId}]: ${finding.message.nl}` };
}

function emacsVersion(): string {
  const result = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error('This test needs Emacs with Eglot: run scripts/setup-system.sh, or "apt-get install -y emacs-nox elpa-eglot elpa-yaml-mode".');
  }
  return result.stdout.split('\n')[0];
}

describe('Emacs with Eglot, set up as docs/editor-and-ci.md says', function () {
  this.timeout(90_000);
  let folder: string;

  before(() => {
    emacsVersion();
    folder = mkdtempSync(join(tmpdir(), 'meldcode-emacs-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('shows the findings in Dutch as Flymake diagnostics, applies a quick fix, and follows an edit', () => {
    const bin = join(folder, 'bin');
    mkdirSync(bin);
    symlinkSync(serverBin, join(bin, 'meldcode-language-server'));
    const init = join(folder, 'init.el');
    writeFileSync(init, documentedSetup());
    const protocol = join(folder, 'verouderde-termen.meldcode.yaml');
    copyFileSync(SAMPLE, protocol);

    const text = readFileSync(SAMPLE, 'utf8');
    const findings = validateText(text);
    const outdated = findings.find((finding) => finding.ruleId === 'term-outdated');
    assert.ok(outdated?.fix, 'the sample has an outdated term with a fix');
    assert.equal(outdated.fix.title.nl, 'Vervang "Advies- en Meldpunt Kindermishandeling (AMK)" door "Veilig Thuis"');

    const result = spawnSync('emacs', ['--batch', '-q', '-l', DRIVER, protocol], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 80_000,
      // LANG=C: Dutch messages can then only come from the documented `:locale "nl"`.
      env: testEnv({
        HOME: folder,
        LANG: 'C',
        LC_ALL: 'C',
        PATH: `${bin}:${process.env.PATH}`,
        MELDCODE_EMACS_INIT: init,
        MELDCODE_EMACS_FIX_LINE: String(outdated.range.start.line + 1),
        MELDCODE_EMACS_FIX_COLUMN: String(outdated.range.start.character),
        MELDCODE_EMACS_FIX_TITLE: outdated.fix.title.nl,
        MELDCODE_EMACS_INSERT: ADDED_LINE,
      }),
    });
    assert.equal(result.status, 0, `emacs exited with ${result.status} ${result.signal ?? ''}\n${result.stderr}`);
    const phases = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Phase);
    assert.deepEqual(phases.map((p) => [p.phase, p.mode, p.eglot]), [
      ['open', 'meldcode-mode', true],
      ['fix', 'meldcode-mode', true],
      ['edit', 'meldcode-mode', true],
    ]);
    const expected = (t: string) => validateText(t).map((finding) => asShown(t, finding));

    assert.equal(phases[0].text, text);
    assert.deepEqual(phases[0].diagnostics.map((d) => d.text.slice(0, 26)), [
      'meldcode [review-overdue]:',
      ...Array.from({ length: 6 }, () => 'meldcode [term-outdated]: '),
    ]);
    assert.deepEqual(phases[0].diagnostics, expected(text));

    const [edit] = outdated.fix.edits;
    const fixed = text.slice(0, edit.startOffset) + edit.newText + text.slice(edit.endOffset);
    assert.equal(phases[1].text, fixed, 'the quick fix replaced the term and nothing else');
    assert.deepEqual(phases[1].diagnostics, expected(fixed));
    assert.equal(phases[1].diagnostics.length, phases[0].diagnostics.length - 1);

    const edited = fixed + ADDED_LINE;
    const addedLineNumber = fixed.split('\n').length; // the sample ends with a line break
    assert.equal(phases[2].text, edited);
    assert.deepEqual(expected(edited).slice(-1), [
      { line: addedLineNumber, column: 0, type: 'eglot-error', text: "meldcode [schema]: Onbekende sleutel 'meldkode' — bedoelde u 'meldcode'?" },
    ]);
    assert.deepEqual(phases[2].diagnostics, expected(edited));
  });
});
