/**
 * What the editor's export, print and Word import commands write and under which names, and
 * the route map's export and print buttons: the parts of those commands that need no editor.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { exportFileName, importedProtocolNames, renderProtocolExport } from '../../../client/src/exportFiles';
import { parseProtocol } from '../../../server/src/engine/document';
import { createRouteMapView, renderWebviewBody } from '../../../server/src/render';
import { runCli } from '../../cli/helpers';

const ROOT = path.resolve(__dirname, '../../../..');
const SAMPLE = path.join(ROOT, 'samples', 'kindercentrum-de-zonnebloem.meldcode.yaml');

describe('export and import file names', () => {
  it('names the export after the protocol, beside it', () => {
    assert.equal(exportFileName('kindercentrum-de-zonnebloem.meldcode.yaml', 'docx'), 'kindercentrum-de-zonnebloem.docx');
    assert.equal(exportFileName('school.meldcode.yml', 'html'), 'school.html');
    assert.equal(exportFileName('Meldcode De Klimop.yaml', 'docx'), 'Meldcode De Klimop.docx');
    assert.equal(exportFileName('.meldcode.yaml', 'html'), 'meldcode.html');
  });

  it('names the imported protocol after the document, numbered when the name is taken', () => {
    const names = importedProtocolNames('Meldcode De Klimop.docx');
    assert.deepEqual([names.next().value, names.next().value, names.next().value], [
      'Meldcode De Klimop.meldcode.yaml',
      'Meldcode De Klimop (2).meldcode.yaml',
      'Meldcode De Klimop (3).meldcode.yaml',
    ]);
    assert.equal(importedProtocolNames('PROTOCOL.DOCX').next().value, 'PROTOCOL.meldcode.yaml');
  });
});

describe('renderProtocolExport (the editor export)', function () {
  this.timeout(60_000);
  const text = fs.readFileSync(SAMPLE, 'utf8');

  it('writes the HTML page meldcode-lint render writes', async () => {
    const bytes = await renderProtocolExport(text, 'html', { locale: 'nl', sourceName: 'kindercentrum-de-zonnebloem.meldcode.yaml' });
    const cli = runCli(['render', 'kindercentrum-de-zonnebloem.meldcode.yaml'], { cwd: path.dirname(SAMPLE) });
    assert.equal(cli.status, 0);
    assert.equal(new TextDecoder().decode(bytes), cli.stdout);
  });

  it('follows the .meldcoderc.yaml beside the protocol for the errors it lists, as meldcode-lint render does', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-export-config-'));
    try {
      const protocolPath = path.join(folder, 'leeg.meldcode.yaml');
      const empty = 'meldcode: "1.0"\norganisatie:\n  naam: Leeg\n  sector: kinderopvang\n';
      fs.writeFileSync(protocolPath, empty);
      const notice = async (): Promise<string> => {
        const page = new TextDecoder().decode(await renderProtocolExport(empty, 'html', { locale: 'nl', sourceName: 'leeg.meldcode.yaml', protocolPath }));
        return page.slice(page.indexOf('<div class="notice">'), page.indexOf('</div>', page.indexOf('<div class="notice">')));
      };
      assert.ok((await notice()).includes('Stap 1 (signalen in kaart brengen) ontbreekt'));
      fs.writeFileSync(path.join(folder, '.meldcoderc.yaml'), 'rules:\n  step-missing: off\n');
      assert.ok(!(await notice()).includes('Stap 1 (signalen in kaart brengen) ontbreekt'), 'the rule the configuration turned off is not listed');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes a Word document in the language asked for', async () => {
    const bytes = await renderProtocolExport(text, 'docx', { locale: 'en', sourceName: 'zonnebloem.meldcode.yaml' });
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    assert.ok(document.includes('Kindercentrum De Zonnebloem'));
    assert.ok(document.includes('>Step plan<'));
    const footer = await zip.file('word/footer1.xml')!.async('string');
    assert.ok(footer.includes('Made from zonnebloem.meldcode.yaml · page '));
  });
});

describe('route map buttons', () => {
  const view = createRouteMapView(parseProtocol(fs.readFileSync(SAMPLE, 'utf8')), { locale: 'nl' });
  const actions = {
    exportHref: 'command:meldcode.exportProtocol?%5B%22file%3A%2F%2F%2Fw%2Fa.meldcode.yaml%22%5D',
    printHref: 'command:meldcode.printProtocol?%5B%22file%3A%2F%2F%2Fw%2Fa.meldcode.yaml%22%5D',
  };

  it('links to the export and print commands above the drawings, in the protocol’s language, with no script or style of their own', () => {
    const body = renderWebviewBody(view, actions);
    assert.ok(
      body.startsWith(
        '<nav class="rk-actions" aria-label="Routekaart opslaan of afdrukken">' +
          `<a class="rk-action" role="button" href="${actions.exportHref}" title="Sla het protocol op als Word-document of als webpagina">Exporteren (Word of HTML)…</a> · ` +
          `<a class="rk-action" role="button" href="${actions.printHref}" title="Open de afdrukbare pagina in uw browser en druk hem daar af">Afdrukken…</a></nav>\n`,
      ),
      body.slice(0, 400),
    );
    const english = renderWebviewBody(createRouteMapView(parseProtocol(fs.readFileSync(SAMPLE, 'utf8')), { locale: 'en' }), actions);
    assert.match(english, /^<nav class="rk-actions" aria-label="Save or print the route map">.*>Export \(Word or HTML\)…<\/a> · .*>Print…<\/a><\/nav>/);
    const nav = body.slice(0, body.indexOf('</nav>'));
    assert.doesNotMatch(nav, /<script|\son\w+=|style=/);
  });

  it('draws no buttons where there are no commands (the printable page, a browser test)', () => {
    assert.doesNotMatch(renderWebviewBody(view), /rk-actions/);
  });

  it('escapes the links', () => {
    const body = renderWebviewBody(view, { exportHref: 'command:x?"><script>', printHref: "command:y?'" });
    assert.ok(body.includes('href="command:x?&quot;&gt;&lt;script&gt;"'));
    assert.ok(body.includes('href="command:y?&#39;"'));
  });
});

describe('renderProtocolExport of a location protocol', function () {
  this.timeout(60_000);
  const board = path.join(ROOT, 'samples', 'bestuur');
  const school = path.join(board, 'scholen', 'de-esdoorn.meldcode.yaml');

  it('exports the school merged with the board\'s base, as meldcode-lint render does in the board\'s folder', async () => {
    const bytes = await renderProtocolExport(fs.readFileSync(school, 'utf8'), 'html', { locale: 'nl', sourceName: 'de-esdoorn.meldcode.yaml', protocolPath: school, roots: [board] });
    const page = new TextDecoder().decode(bytes);
    const cli = runCli(['render', 'scholen/de-esdoorn.meldcode.yaml'], { cwd: board });
    assert.equal(cli.status, 0);
    assert.equal(page, cli.stdout);
    // The steps come from the base: the school's file has none.
    assert.ok(page.includes('Signalen in kaart brengen'), 'step 1 of the base is in the page');
  });
});
