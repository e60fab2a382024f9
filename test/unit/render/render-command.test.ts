import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runRender } from '../../../server/src/cli/render-command';
import { fixture } from './fixtures';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

describe('meldcode-lint render', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-render-'));
    fs.writeFileSync(path.join(folder, 'school.meldcode.yaml'), fixture('complete.meldcode.yaml'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  function render(...argv: string[]): Ran {
    let stdout = '';
    let stderr = '';
    // A Dutch user's environment: the messages follow --locale, else LANG.
    const code = runRender(argv, { cwd: folder, env: { LANG: 'nl_NL.UTF-8' }, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }) as number;
    return { code, stdout, stderr };
  }

  it('writes the printable HTML to the file given with -o, in Dutch', () => {
    const ran = render('school.meldcode.yaml', '-o', 'uit/routekaart.html');
    assert.deepEqual(ran, {
      code: 0,
      stdout: '',
      stderr: "meldcode-lint render: routekaart van 'school.meldcode.yaml' geschreven naar 'uit/routekaart.html'.\n",
    });
    const html = fs.readFileSync(path.join(folder, 'uit', 'routekaart.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="nl">/);
    assert.ok(html.includes('<footer>Gemaakt uit school.meldcode.yaml</footer>'));
  });

  it('writes to standard output without -o, and in English with --locale en', () => {
    const ran = render('--locale', 'en', 'school.meldcode.yaml');
    assert.equal(ran.code, 0);
    assert.equal(ran.stderr, '');
    assert.match(ran.stdout, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(ran.stdout.includes('<h2>Route map</h2>'));
  });

  it('follows the .meldcoderc.yaml beside the protocol for the errors it lists', () => {
    fs.writeFileSync(path.join(folder, 'leeg.meldcode.yaml'), 'meldcode: "1.0"\norganisatie:\n  naam: Leeg\n  sector: sport\n');
    const before = render('leeg.meldcode.yaml').stdout;
    assert.ok(before.includes('Stap 1 (signalen in kaart brengen) ontbreekt'));
    fs.writeFileSync(path.join(folder, '.meldcoderc.yaml'), 'rules:\n  step-missing: off\n');
    const after = render('leeg.meldcode.yaml').stdout;
    const notice = after.slice(after.indexOf('<div class="notice">'), after.indexOf('</div>', after.indexOf('<div class="notice">')));
    assert.ok(!notice.includes('Stap 1 (signalen in kaart brengen) ontbreekt'), 'the notice leaves out what the configuration turned off');
    assert.ok(after.includes('<div class="step missing" data-step="1">'), 'the missing step is still drawn');
  });

  it('asks for exactly one protocol', () => {
    assert.deepEqual(render(), {
      code: 2,
      stdout: '',
      stderr: "meldcode-lint render: Geef precies één protocolbestand op, bijvoorbeeld 'meldcode-lint render protocol.meldcode.yaml -o routekaart.html'.\n",
    });
    assert.equal(render('a.yaml', 'b.yaml').code, 2);
  });

  it('refuses to overwrite the protocol with its own drawing', () => {
    const ran = render('school.meldcode.yaml', '-o', './school.meldcode.yaml');
    assert.equal(ran.code, 2);
    assert.equal(ran.stderr, "meldcode-lint render: De uitvoer './school.meldcode.yaml' is het protocol zelf; kies een ander bestand, bijvoorbeeld routekaart.html.\n");
    assert.equal(fs.readFileSync(path.join(folder, 'school.meldcode.yaml'), 'utf8'), fixture('complete.meldcode.yaml'));
  });

  it('reports a missing file, an unknown option and a bad locale as usage errors', () => {
    assert.deepEqual(render('weg.meldcode.yaml', '--locale', 'en'), { code: 2, stdout: '', stderr: "meldcode-lint render: 'weg.meldcode.yaml' does not exist.\n" });
    assert.equal(render('school.meldcode.yaml', '--kleur').stderr, "meldcode-lint render: Onbekende optie '--kleur'. Zie 'meldcode-lint --help'.\n");
    assert.equal(render('school.meldcode.yaml', '--locale', 'de').stderr, "meldcode-lint render: Onbekende taal 'de'; kies nl of en.\n");
    assert.equal(render('school.meldcode.yaml', '-o').stderr, "meldcode-lint render: De optie '-o' verwacht een waarde. Zie 'meldcode-lint --help'.\n");
  });

  it('does not draw a file that is not text', () => {
    fs.writeFileSync(path.join(folder, 'plaatje.meldcode.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x01]));
    const ran = render('plaatje.meldcode.yaml', '-o', 'uit.html');
    assert.equal(ran.code, 1);
    assert.match(ran.stderr, /^meldcode-lint render: 'plaatje\.meldcode\.yaml' kan niet getekend worden: .+\n$/);
    assert.ok(!fs.existsSync(path.join(folder, 'uit.html')));
  });

  it('says why the output cannot be written', () => {
    fs.writeFileSync(path.join(folder, 'bezet'), '');
    const ran = render('school.meldcode.yaml', '-o', 'bezet/routekaart.html');
    assert.equal(ran.code, 2);
    assert.match(ran.stderr, /^meldcode-lint render: De routekaart kan niet naar 'bezet\/routekaart\.html' geschreven worden: .+\.\n$/);
  });

  it('prints its help', () => {
    const ran = render('--help', '--locale', 'en');
    assert.equal(ran.code, 0);
    assert.ok(ran.stdout.startsWith('Usage: meldcode-lint render <protocol> [--format html|docx] [-o <output>] [--locale nl|en] [--config <path>]\n'));
  });
});
