/**
 * Values of a protocol shown in Markdown must read as the text they are. Each hover is
 * rendered with a CommonMark renderer (markdown-it, with HTML and bare-URL links switched on,
 * as generous as any editor): no image may load, no link may show other text than its own
 * address, no HTML may pass; and the hostile text must still be there to read.
 */
import * as assert from 'node:assert/strict';
import { markdownCode, markdownText, plainLine } from '../../server/src/features/markdown';
import { TestClient } from './client';

interface MarkdownIt {
  render(source: string): string;
  renderInline(source: string): string;
}
// markdown-it comes with @vscode/vsce (a development dependency); it has no types of its own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createRenderer = require('markdown-it') as (options: Record<string, unknown>) => MarkdownIt;
const renderer = createRenderer({ html: true, linkify: true });

const IMAGE = '![x](https://evil.example/t.png)';
const LINK = '[klik](https://evil.example)';
const TICKS = 'a``b```c';
const HOSTILE = [
  IMAGE,
  LINK,
  TICKS,
  '`',
  '``` x ```',
  '<img src="https://evil.example/h.png">',
  '**vet** _schuin_ ~~weg~~ &lt; # kop | a | b |',
  'regel\n# kop\n![y](https://evil.example/y.png)',
  '[a]: https://evil.example\n[a]',
];

/** Asserts what a reader of the rendered Markdown can be misled by is absent, and returns the text shown. */
function safeHtml(markdown: string): string {
  const html = renderer.render(markdown);
  assert.doesNotMatch(html, /<img/i, `an image in ${JSON.stringify(markdown)}:\n${html}`);
  assert.doesNotMatch(html, /<h[1-6]|<table|<s>|<em>|<strong>(?!.*—)/i, `markup from the text in ${JSON.stringify(markdown)}:\n${html}`);
  for (const match of html.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)) {
    const text = match[2].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
    const href = decodeURI(match[1]);
    assert.ok(href === text || href === `http://${text}` || href === `mailto:${text}`, `a link that hides its address: ${match[0]}`);
  }
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('language server: protocol text in Markdown', function () {
  this.timeout(30000);

  describe('the escaping itself', () => {
    for (const text of HOSTILE) {
      it(`shows ${JSON.stringify(text)} as text, in running text and as code`, () => {
        const oneLine = text.replace(/\n/g, ' ');
        assert.equal(safeHtml(`- Naam: ${markdownText(text)}`).trim(), `Naam: ${oneLine}`);
        assert.equal(safeHtml(`**${markdownText(text)}** — id ${markdownCode(text)}`).trim(), `${oneLine} — id ${oneLine}`);
      });
    }

    it('makes the fence of a code span longer than any run of backticks in it', () => {
      assert.equal(markdownCode(TICKS), '````a``b```c````');
      assert.equal(markdownCode('`'), '`` ` ``');
      assert.equal(markdownCode('jansen'), '`jansen`');
    });

    it('puts a title or label on one line without control characters', () => {
      assert.equal(plainLine('Vervang door\n"x"\u0007\u2028y'), 'Vervang door "x"  y');
    });
  });

  describe('over LSP', () => {
    let client: TestClient;
    const uri = 'file:///markdown/injectie.meldcode.yaml';
    const lines = [
      'meldcode: "1.0"',
      'organisatie:',
      '  naam: Test',
      '  sector: kinderopvang',
      'aandachtsfunctionarissen:',
      `  - id: ${JSON.stringify(IMAGE)}`,
      `    naam: ${JSON.stringify(`${LINK} <img src="https://evil.example/n.png">`)}`,
      `    functie: ${JSON.stringify(`\`code\` ${IMAGE}`)}`,
      '    telefoon: "030-1234567"',
      `    vervanger: ${JSON.stringify(TICKS)}`,
      `  - id: ${JSON.stringify(TICKS)}`,
      `    naam: ${JSON.stringify('**Vet**\n# kop')}`,
      `    vervanger: ${JSON.stringify(IMAGE)}`,
      'stappen:',
      '  - stap: 1',
      `    contact: [${JSON.stringify(IMAGE)}, ${JSON.stringify(TICKS)}, ${JSON.stringify(LINK)}]`,
      '',
    ];
    const text = lines.join('\n');
    const hoverAt = async (line: number, needle: string): Promise<string> => {
      const character = lines[line].indexOf(needle) + 2;
      assert.ok(character >= 2, `${needle} on line ${line}`);
      const hover = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character },
      });
      assert.ok(hover, `a hover on line ${line}`);
      assert.equal(hover.contents.kind, 'markdown');
      return hover.contents.value;
    };

    before(async () => {
      client = await TestClient.start({ locale: 'en' });
      client.open(uri, text);
      await client.diagnosticsFor(uri);
    });
    after(async () => {
      await client.stop();
    });

    it('hover on an officer whose id is an image and whose name is a link: text, no image, no hidden link', async () => {
      const shown = safeHtml(await hoverAt(5, 'evil'));
      assert.match(shown, new RegExp(`^${escapeRegExp(`${LINK} <img src="https://evil.example/n.png"> — attention officer ${IMAGE}`)}\n`));
      assert.ok(shown.includes(`\`code\` ${IMAGE}`), shown);
      assert.ok(shown.includes(TICKS), shown);
    });

    it('hover on an id with backtick runs, and on a reference to an id that is not defined', async () => {
      const ticks = safeHtml(await hoverAt(10, 'b```c'));
      assert.ok(ticks.startsWith(`**Vet** # kop — attention officer ${TICKS}\n`), ticks);
      const unknown = safeHtml(await hoverAt(15, 'klik'));
      assert.ok(unknown.startsWith(`${LINK} is not defined`), unknown);
      const reference = safeHtml(await hoverAt(15, 'evil'));
      assert.ok(reference.includes(`attention officer ${IMAGE}`), reference);
    });

    it('completion: the ids offered are labels (plain text); no documentation carries the protocol\'s text as Markdown', async () => {
      const character = lines[15].indexOf('[') + 1;
      const result = await client.request<{ items: Array<{ label: string; detail?: string; documentation?: { kind: string; value: string } | string }> }>(
        'textDocument/completion',
        { textDocument: { uri }, position: { line: 15, character } },
      );
      assert.ok(result.items.some((item) => item.label === IMAGE), JSON.stringify(result.items.map((item) => item.label)));
      for (const item of result.items) {
        const documentation = item.documentation;
        if (documentation && typeof documentation !== 'string' && documentation.kind === 'markdown') safeHtml(documentation.value);
        // (label and detail are plain text by the protocol; no client reads them as Markdown)
        assert.equal(typeof item.label, 'string');
      }
    });

    it('inlay hints and code action titles are plain text on one line', async () => {
      const hints = await client.request<Array<{ label: unknown; tooltip?: unknown }>>('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
      });
      assert.ok(hints.length > 0);
      for (const hint of hints) {
        assert.equal(typeof hint.label, 'string', 'a plain label');
        assert.ok(hint.tooltip === undefined || typeof hint.tooltip === 'string', 'a plain tooltip, never Markdown');
        assert.doesNotMatch(`${hint.label as string}${(hint.tooltip as string | undefined) ?? ''}`, /[\n\r\u0000-\u001f]/);
      }
      assert.ok(hints.some((hint) => hint.label === '**Vet** # kop'), JSON.stringify(hints));
      const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
        context: { diagnostics: [] },
      });
      for (const action of actions) assert.doesNotMatch(action.title, /[\n\r\u0000-\u001f\u2028\u2029]/, action.title);
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
