import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateText } from '../../../server/src/engine';
import { isPlaceholderValue } from '../../../server/src/engine/placeholders';
import {
  CONTACT_KINDS,
  EXAMPLE_VALUES,
  contactPointSnippetBody,
  officerSnippetBody,
  protocolSkeleton,
  questionsSnippetBody,
  reviewDate,
  routeTemplatesFor,
  routeSnippetBody,
  SECTORS,
  SECTOR_VALUES,
  sectionSnippetBody,
  snippetYearsLater,
  stepSnippetBody,
  STEPS,
  substepSnippetBody,
} from '../../../server/src/knowledge';
import { REPO_ROOT, TODAY } from '../../helpers/rules';
import { applySnippetTransform } from '../../helpers/snippet-transform';

/** The default text of every tab stop `${n:default}` of a snippet, unescaped, in order (nested variables kept as written). */
function tabStopDefaults(snippet: string): string[] {
  const defaults: string[] = [];
  for (let i = 0; i < snippet.length; i++) {
    if (snippet[i] === '\\') {
      i++;
      continue;
    }
    const stop = /^\$\{\d+:/.exec(snippet.slice(i, i + 8));
    if (!stop) continue;
    let value = '';
    let depth = 0;
    let j = i + stop[0].length;
    for (; j < snippet.length; j++) {
      const char = snippet[j]!;
      if (char === '\\') {
        value += snippet[++j] ?? '';
      } else if (char === '}' && depth === 0) {
        break;
      } else {
        if (char === '{' && snippet[j - 1] === '$') depth++;
        if (char === '}') depth--;
        value += char;
      }
    }
    defaults.push(value);
    i = j;
  }
  return defaults;
}

/** A default as the value it gives: a double-quoted YAML scalar unquoted. */
function valueOf(text: string): string {
  return text.startsWith('"') ? (JSON.parse(text) as string) : text;
}

/** The snippet with its tab stops (and their defaults) taken out: the text the writer gets without choosing. */
function withoutTabStops(snippet: string): string {
  let rest = snippet;
  for (const value of tabStopDefaults(snippet)) rest = rest.replace(value, '');
  return rest;
}

/** Every snippet a template inserts, in snippet form: skeletons, parts, routes. */
function allSnippets(): Array<[string, string]> {
  const snippets: Array<[string, string]> = [];
  for (const sector of SECTOR_VALUES) {
    for (const selfEmployed of [false, true]) {
      snippets.push([`protocol ${sector}${selfEmployed ? ' zelfstandig' : ''}`, protocolSkeleton(sector, 'nl', { today: TODAY, selfEmployed }) ?? '']);
    }
    for (const route of routeTemplatesFor(sector)) snippets.push([`route ${route.id}`, routeSnippetBody(route)]);
  }
  for (const step of STEPS) snippets.push([`step ${step.number}`, stepSnippetBody(step.number, 'nl') ?? '']);
  for (const kind of CONTACT_KINDS) snippets.push([`contact point ${kind.value}`, contactPointSnippetBody(kind.value, 'nl') ?? '']);
  for (const key of ['kindcheck', 'bijzondere-vormen', 'beroepsgeheim', 'vastleggen', 'scholing'] as const) snippets.push([key, sectionSnippetBody(key, 'nl')]);
  snippets.push(['officer', officerSnippetBody('nl')], ['questions', questionsSnippetBody('nl')], ['sub-step', substepSnippetBody()]);
  return snippets;
}

/**
 * Defaults that are sound as they stand and may stay: ids, roles, ages, dates, the national
 * numbers and names, a function title. Any other default must be an example value: a new one
 * in a template either goes into EXAMPLE_VALUES (and is reported until replaced) or here.
 */
const KEPT_DEFAULTS: ReadonlySet<string> = new Set([
  ...STEPS.flatMap((step) => [step.defaultRole, ...step.actions]),
  ...SECTORS.flatMap((sector) => [sector.officerFunction, String(sector.defaultAges.from), String(sector.defaultAges.to)]),
  'aandachtsfunctionaris', 'plaatsvervanger', '5a', '', 'Leidinggevende',
  'Veilig Thuis', '0800-2000', 'Politie (geen spoed)', '0900-8844', 'Alarmnummer', '112', 'Huisarts', 'Jeugdgezondheidszorg (GGD)',
  'Vertrouwensinspecteur Inspectie van het Onderwijs', '0900-1113111', 'Wijkteam', 'Centrum Veilige Sport Nederland', '0900-2025590', 'Vertrouwenscontactpersoon',
]);

describe('example values of the templates', () => {
  it('every default a template, snippet or skeleton inserts is an example value the rule reports, or a default that may stay', () => {
    for (const [name, snippet] of allSnippets()) {
      for (const written of tabStopDefaults(snippet)) {
        const value = valueOf(written);
        if (/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
        assert.ok(isPlaceholderValue(value) || KEPT_DEFAULTS.has(value), `${name}: "${value}" is neither an example value nor a default that may stay`);
      }
    }
  });

  it('the rule reports exactly the example values of a new protocol, in order, and nothing else fires', () => {
    for (const sector of SECTOR_VALUES) {
      for (const selfEmployed of [false, true]) {
        const snippet = protocolSkeleton(sector, 'nl', { today: TODAY, selfEmployed }) ?? '';
        const examples = tabStopDefaults(snippet).map(valueOf).filter(isPlaceholderValue);
        const plain = protocolSkeleton(sector, 'nl', { format: 'plain', today: TODAY, selfEmployed }) ?? '';
        const findings = validateText(plain, { today: TODAY });
        assert.deepEqual(new Set(findings.map((finding) => finding.ruleId)), new Set(['placeholder-value']), sector);
        assert.deepEqual(
          findings.map((finding) => /the example value "(.*)"; replace/.exec(finding.message.en)?.[1]),
          examples,
          `${sector}${selfEmployed ? ' zelfstandig' : ''}`,
        );
        assert.ok(examples.includes(selfEmployed ? EXAMPLE_VALUES.practiceName : EXAMPLE_VALUES.organisationName));
      }
    }
  });

  it('puts every example value in a tab stop, in the generated snippets and in the snippets file', () => {
    const file = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'snippets', 'meldcode.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;
    const shipped = Object.entries(file).map(([name, snippet]): [string, string] => [name, snippet.body.join('\n')]);
    for (const [name, snippet] of [...allSnippets(), ...shipped]) {
      const fixed = withoutTabStops(snippet);
      for (const value of Object.values(EXAMPLE_VALUES)) assert.ok(!fixed.includes(value), `${name}: "${value}" outside a tab stop`);
      assert.ok(!fixed.includes('@organisatie.nl'), `${name}: an example address outside a tab stop`);
    }
  });
});

describe('the review date of a new protocol', () => {
  it('is one year after adoption in the "new protocol" command, the completion items and the snippets', () => {
    assert.equal(reviewDate('2026-12-03'), '2027-12-03');
    assert.equal(reviewDate('2028-02-29'), '2029-03-01');
    const transform = snippetYearsLater(1);
    for (let year = 2000; year <= 2098; year++) assert.equal(applySnippetTransform(transform, String(year)), String(year + 1));
    const file = fs.readFileSync(path.join(REPO_ROOT, 'snippets', 'meldcode.code-snippets'), 'utf8');
    const reviews = file.split('\n').filter((line) => line.includes('herzien-voor:'));
    assert.ok(reviews.length > 0);
    for (const line of reviews) {
      assert.equal(JSON.parse(line.trim().replace(/,$/, '')), `  herzien-voor: \${5:${transform}-$CURRENT_MONTH-$CURRENT_DATE}`);
    }
  });
});
