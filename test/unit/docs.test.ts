import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, namesBase, parseProtocol, resolveBaseChain, validateText, validateWithBases, type Finding, type ProtocolFileHost, type Rule } from '../../server/src/engine';
import { REPO_ROOT, TODAY } from '../helpers/rules';

const DOCS = path.join(REPO_ROOT, 'docs', 'rules');
const page = (id: string): string => fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');

/** The YAML block under a heading of a rule page. */
function example(markdown: string, heading: string): string {
  const at = markdown.indexOf(`\n${heading}\n`);
  assert.notEqual(at, -1, `no heading "${heading}"`);
  const match = /```yaml\n([\s\S]*?)```/.exec(markdown.slice(at));
  assert.ok(match, `no yaml block under "${heading}"`);
  return match[1];
}

/**
 * The findings of an example. A location protocol's example stands in a workspace of its own
 * (in memory), at locaties/voorbeeld.meldcode.yaml, beside a base at stichting.meldcode.yaml.
 */
function checkExample(text: string): Finding[] {
  const document = parseProtocol(text);
  if (!namesBase(document)) return validateText(text, { today: TODAY });
  const files = new Map([[path.resolve('/werkruimte/stichting.meldcode.yaml'), parseProtocol('meldcode: "1.1"\norganisatie: { naam: Stichting, sector: onderwijs }\n')]]);
  const host: ProtocolFileHost = { realPath: (filePath) => (files.has(filePath) ? filePath : undefined), read: (filePath) => files.get(filePath)! };
  const chain = resolveBaseChain(path.resolve('/werkruimte/locaties/voorbeeld.meldcode.yaml'), document, path.resolve('/werkruimte'), host);
  return validateWithBases(chain, { today: TODAY });
}

/** The cells of the table row whose first cell starts with `label`. */
function row(markdown: string, label: string): string[] {
  const line = markdown.split('\n').find((text) => text.startsWith(`| ${label}`));
  assert.ok(line, `no row "${label}"`);
  return line.split('|').slice(2, -1).map((cell) => cell.trim());
}

describe('rule documentation (docs/rules)', () => {
  it('has a page for every rule, and for internal-error, and no page for a rule that does not exist', () => {
    const pages = fs.readdirSync(DOCS).filter((name) => name.endsWith('.md') && name !== 'README.md');
    const ids = [...allRules.map((rule) => rule.meta.id), 'internal-error'];
    assert.deepEqual([...pages].sort(), ids.map((id) => `${id}.md`).sort());
  });

  for (const rule of allRules) {
    const { id, defaultSeverity, fixable, hasSuggestions } = rule.meta;

    describe(`docs/rules/${id}.md`, () => {
      it('names the rule and states its default severity, fix and quick fix as the rule has them', () => {
        const markdown = page(id);
        assert.equal(markdown.split('\n')[0], `# ${id}`);
        for (const cell of row(markdown, 'Standaard ernst')) assert.ok(cell.endsWith(`(\`${defaultSeverity}\`)`), cell);
        assert.deepEqual(row(markdown, 'Automatisch herstel').map((cell) => /^(ja|yes)\b/.test(cell)), [Boolean(fixable), Boolean(fixable)]);
        // An automatic fix is offered as a quick fix too.
        const quickFix = Boolean(hasSuggestions || fixable);
        assert.deepEqual(row(markdown, 'Snelle oplossing').map((cell) => /^(ja|yes)\b/.test(cell)), [quickFix, quickFix]);
      });

      it('is in Dutch first, then English, and says how to switch the rule off', () => {
        const markdown = page(id);
        assert.ok(markdown.indexOf('## Nederlands') < markdown.indexOf('## English'));
        assert.ok(markdown.includes(`  ${id}: off`));
        assert.ok(markdown.includes(`# meldcode-disable-next-line ${id}`));
        assert.ok(markdown.includes(`# meldcode-disable ${id}`));
      });

      it('has a failing example that the rule reports and a passing one it does not', () => {
        const markdown = page(id);
        const reported = (text: string) => checkExample(text).filter((finding) => finding.ruleId === id);
        assert.notEqual(reported(example(markdown, '### Fout / Failing')).length, 0, 'failing example');
        assert.deepEqual(reported(example(markdown, '### Goed / Passing')), [], 'passing example');
      });
    });
  }

  it('the rule list in docs/rules/README.md shows every rule with its severity, fix and quick fix', () => {
    const readme = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    const rows = new Map(
      readme
        .split('\n')
        .map((line) => /^\| \[([a-z-]+)\]\(\1\.md\) \| `(\w+)` \| (ja \/ yes|nee \/ no) \| (ja \/ yes|nee \/ no) \|/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => [match[1], { severity: match[2], fixable: match[3] === 'ja / yes', quickFix: match[4] === 'ja / yes' }]),
    );
    assert.deepEqual(
      [...rows.keys()],
      [...allRules.map((rule) => rule.meta.id), 'internal-error'],
    );
    for (const rule of allRules) {
      const { defaultSeverity, fixable, hasSuggestions } = rule.meta;
      assert.deepEqual(rows.get(rule.meta.id), { severity: defaultSeverity, fixable: Boolean(fixable), quickFix: Boolean(hasSuggestions || fixable) }, rule.meta.id);
    }
  });

  it("every finding's link ends with docs/rules/<id>.md, a page that exists", () => {
    const findings: Finding[] = [];
    for (const rule of allRules) findings.push(...checkExample(example(page(rule.meta.id), '### Fout / Failing')));
    const broken: Rule = {
      meta: { id: 'step-order', defaultSeverity: 'warning', description: { nl: '', en: '' }, messages: {} },
      check() {
        throw new Error('kapot');
      },
    };
    findings.push(...validateText('meldcode: "1.0"\n', { ruleSet: [broken] }));
    const seen = new Set(findings.map((finding) => finding.ruleId));
    assert.ok(seen.has('internal-error'));
    assert.equal(seen.size, allRules.length + 1, 'every rule and internal-error occur');
    for (const finding of findings) {
      assert.ok(finding.docUrl.endsWith(`docs/rules/${finding.ruleId}.md`), `${finding.ruleId}: ${finding.docUrl}`);
      assert.ok(fs.existsSync(path.join(DOCS, `${finding.ruleId}.md`)), finding.ruleId);
    }
  });
});
