import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import type { Locale, ProtocolDocument } from '../engine';
import { indentStyle, renderScalar } from '../engine/insertion';
import { fillTemplate } from '../engine/template';
import {
  CONTACT_KINDS,
  STEPS,
  contactPointSnippetBody,
  hoverForEnumValue,
  hoverForKey,
  interventionCompletions,
  officerSnippetBody,
  protocolSkeleton,
  routeKindByValue,
  routeSnippetBody,
  routeTemplatesFor,
  substepSnippetBody,
  questionsSnippetBody,
  sectionSnippetBody,
  SECTOR_VALUES,
  stepSnippetBody,
  type SectionKey,
  type SnippetFormat,
} from '../knowledge';
import { clampPosition, cursorContext, ITEM, type CursorContext, type PathSegment } from './cursor';
import { idDefinitions } from './ids';
import { documentVersion, enumValues, propertiesAt, schemaAt, schemaDescription, schemaTitle, typesOf, type SchemaNode } from './schema';
import { serverText } from './messages';

export interface CompletionOptions {
  locale: Locale;
  /** The client expands snippets (tab stops); otherwise plain text with the defaults filled in. */
  snippets: boolean;
}

const SECTION_SNIPPETS: readonly SectionKey[] = ['kindcheck', 'bijzondere-vormen', 'beroepsgeheim', 'vastleggen', 'scholing'];

const LABELS = {
  officer: { nl: 'Aandachtsfunctionaris', en: 'Attention officer' },
  questions: { nl: 'Afwegingskader: vragen {numbers}', en: 'Afwegingskader: questions {numbers}' },
  afwegingskader: { nl: 'Afwegingskader met de vijf vragen', en: 'Afwegingskader with its five questions' },
  section: { nl: 'Sectie {key}', en: 'Section {key}' },
  skeleton: { nl: 'Nieuw protocol: {sector}', en: 'New protocol: {sector}' },
  soloSkeleton: { nl: 'Nieuw protocol: {sector}, zelfstandige praktijk', en: 'New protocol: {sector}, one-person practice' },
  route: { nl: 'Route: {title}', en: 'Route: {title}' },
  substep: { nl: 'Onderdeel van de stap (zoals 5a)', en: 'Part of the step (such as 5a)' },
  snippet: { nl: 'Sjabloon', en: 'Snippet' },
} as const;

function label(id: keyof typeof LABELS, locale: Locale, data: Record<string, string> = {}): string {
  return fillTemplate(LABELS[id][locale], data);
}

/**
 * Completion at the cursor: the keys the schema allows there (with their descriptions),
 * values of `sector` and `soort`, the ids of officers and contact points in `contact`
 * and `vervanger`, interventions in `interventies`, and snippets from the knowledge base:
 * a whole protocol per sector, each step, the afwegingskader, an officer, a contact point.
 */
export function completion(document: ProtocolDocument, position: Position, options: CompletionOptions): CompletionList {
  const { positions } = document;
  const cursor = clampPosition(positions, position);
  const context = cursorContext(positions, cursor);
  const items: CompletionItem[] = [];
  const lineText = positions.lineText(cursor.line);
  const wordEnd = (from: number): number => {
    const match = /^[^\s,\]\}#:"']*/.exec(lineText.slice(from));
    return from + (match ? match[0].length : 0);
  };
  if (context.kind === 'key') {
    const range: Range = { start: { line: cursor.line, character: context.start }, end: { line: cursor.line, character: wordEnd(cursor.character) } };
    const schema = schemaAt(context.path, documentVersion(document));
    const types = typesOf(schema);
    if (context.onDash && !types.has('object')) {
      // "- " in a list of values: the same values as after "key: ".
      items.push(...valueItems(document, context.path, range, { afterColon: false, flow: false, quoted: false }, options));
    } else {
      if (types.has('object')) items.push(...keyItems(document, context, range, options));
      items.push(...snippetItems(document, context, range, options));
    }
  } else if (context.kind === 'value') {
    const range: Range = { start: { line: cursor.line, character: context.start }, end: { line: cursor.line, character: wordEnd(cursor.character) } };
    items.push(...valueItems(document, context.path, range, context, options));
  }
  return { isIncomplete: false, items };
}

function keyItems(document: ProtocolDocument, context: Extract<CursorContext, { kind: 'key' }>, range: Range, options: CompletionOptions): CompletionItem[] {
  const style = indentStyle(document);
  const items: CompletionItem[] = [];
  propertiesAt(context.path, documentVersion(document)).forEach(([key, schema], index) => {
    if (context.siblings.has(key)) return;
    const path = [...context.path, key];
    const documentation = hoverForKey(path, options.locale) ?? schemaDescription(schema, options.locale);
    const item: CompletionItem = {
      label: key,
      kind: CompletionItemKind.Property,
      sortText: `0${String(index).padStart(3, '0')}`,
      filterText: key,
      textEdit: { range, newText: keyInsertText(key, schema, style, options.snippets) },
      insertTextFormat: options.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      insertTextMode: InsertTextMode.adjustIndentation,
    };
    const title = schemaTitle(schema, options.locale);
    if (title) item.detail = title;
    if (documentation) item.documentation = { kind: MarkupKind.Markdown, value: documentation };
    items.push(item);
  });
  return items;
}

function keyInsertText(key: string, schema: SchemaNode, style: { unit: number; sequenceIndent: number }, snippets: boolean): string {
  const types = typesOf(schema);
  const values = enumValues(schema).filter((value): value is string => typeof value === 'string');
  if (!snippets) {
    if (types.has('object') && !types.has('string')) return `${key}:\n${' '.repeat(style.unit)}`;
    if (types.has('array') && !types.has('string')) return `${key}:\n${' '.repeat(style.sequenceIndent)}- `;
    return `${key}: `;
  }
  if (values.length > 0) return `${key}: \${1|${values.map((value) => renderScalar(value).replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;
  if (types.has('object') && !types.has('string')) return `${key}:\n${' '.repeat(style.unit)}$0`;
  if (types.has('array') && !types.has('string')) return `${key}:\n${' '.repeat(style.sequenceIndent)}- $0`;
  return `${key}: $0`;
}

function snippetItem(labelText: string, body: string, range: Range, options: CompletionOptions, sortText: string, documentation?: string): CompletionItem {
  const item: CompletionItem = {
    label: labelText,
    kind: CompletionItemKind.Snippet,
    detail: LABELS.snippet[options.locale],
    sortText,
    filterText: labelText,
    textEdit: { range, newText: body },
    insertTextFormat: options.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.adjustIndentation,
  };
  if (documentation) item.documentation = { kind: MarkupKind.Markdown, value: documentation };
  return item;
}

function snippetItems(document: ProtocolDocument, context: Extract<CursorContext, { kind: 'key' }>, range: Range, options: CompletionOptions): CompletionItem[] {
  const format: SnippetFormat = options.snippets ? 'snippet' : 'plain';
  const { locale } = options;
  const { model } = document;
  const path = context.path;
  const items: CompletionItem[] = [];
  const inList = (key: string): boolean =>
    (path.length === 1 && path[0] === key && !context.onDash) || (path.length === 2 && path[0] === key && path[1] === ITEM && context.onDash);
  const body = (text: string): string => (context.onDash ? stripDash(text) : text);

  if (inList('stappen')) {
    const present = new Set(model.steps.flatMap((step) => step.numbers));
    for (const step of STEPS) {
      const text = stepSnippetBody(step.number, locale, format);
      if (!text) continue;
      const missingFirst = present.has(step.number) ? '1' : '0';
      items.push(snippetItem(step.title[locale], body(text), range, options, `1${missingFirst}${step.number}`, step.text[locale]));
    }
  } else if (inList('aandachtsfunctionarissen')) {
    items.push(snippetItem(label('officer', locale), body(officerSnippetBody(locale, format)), range, options, '10'));
  } else if (inList('contactpunten')) {
    // Only the kinds the file's format version has.
    const kinds = new Set(enumValues(schemaAt(['contactpunten', ITEM, 'soort'], documentVersion(document))));
    CONTACT_KINDS.filter((kind) => kinds.has(kind.value)).forEach((kind, index) => {
      const text = contactPointSnippetBody(kind.value, locale, format);
      if (!text) return;
      items.push(snippetItem(kind.title[locale], body(text), range, options, `1${String(index).padStart(2, '0')}`, kind.text[locale]));
    });
  } else if (inList('afwegingskader')) {
    const present = new Set(model.questions.map((question) => question.vraag?.value));
    const missing = [1, 2, 3, 4, 5].filter((n) => !present.has(n));
    const numbers = missing.length > 0 ? missing : [1, 2, 3, 4, 5];
    items.push(snippetItem(label('questions', locale, { numbers: numbers.join(', ') }), body(questionsSnippetBody(locale, format, numbers)), range, options, '10'));
  } else if (inList('routes') && documentVersion(document) !== '1.0') {
    const present = new Set(model.routes.map((route) => route.soort?.text));
    routeTemplatesFor(model.organisation?.sector?.text).forEach((route, index) => {
      const text = routeSnippetBody(route, format);
      const kind = routeKindByValue(route.soort);
      items.push(snippetItem(label('route', locale, { title: route.titel }), body(text), range, options, `1${present.has(route.soort) ? 1 : 0}${index}`, kind?.text[locale]));
    });
  } else if (path.length === 3 && path[0] === 'stappen' && path[1] === ITEM && path[2] === 'onderdelen' && !context.onDash) {
    items.push(snippetItem(label('substep', locale), substepSnippetBody(format), range, options, '10'));
  } else if (path.length === 4 && path[0] === 'stappen' && path[2] === 'onderdelen' && path[3] === ITEM && context.onDash) {
    items.push(snippetItem(label('substep', locale), stripDash(substepSnippetBody(format)), range, options, '10'));
  } else if (path.length === 0 && !context.onDash && context.column === 0) {
    if (!context.siblings.has('routes') && documentVersion(document) !== '1.0') {
      const [acute] = routeTemplatesFor(model.organisation?.sector?.text);
      const text = routeSnippetBody(acute, format).split('\n').map((line) => `  ${line}`).join('\n');
      items.push(snippetItem(label('route', locale, { title: acute.titel }), `routes:\n${text}`, range, options, '10routes', routeKindByValue(acute.soort)?.text[locale]));
    }
    if (!context.siblings.has('afwegingskader')) {
      const questions = questionsSnippetBody(locale, format).split('\n').map((line) => `  ${line}`).join('\n');
      items.push(snippetItem(label('afwegingskader', locale), `afwegingskader:\n${questions}`, range, options, '10'));
    }
    for (const key of SECTION_SNIPPETS) {
      if (context.siblings.has(key)) continue;
      items.push(snippetItem(label('section', locale, { key }), sectionSnippetBody(key, locale, format), range, options, `11${key}`));
    }
    if (context.siblings.size === 0) {
      for (const sector of SECTOR_VALUES) {
        const text = protocolSkeleton(sector, locale, { format });
        if (text) items.push(snippetItem(label('skeleton', locale, { sector }), text, range, options, `2${sector}`));
      }
      for (const sector of ['gezondheidszorg', 'jeugdhulp']) {
        const text = protocolSkeleton(sector, locale, { format, selfEmployed: true });
        if (text) items.push(snippetItem(label('soloSkeleton', locale, { sector }), text, range, options, `3${sector}`));
      }
    }
  }
  return items;
}

/**
 * After a typed "- " only the first line loses its dash: editors indent the following
 * lines of a completion like the line's own indentation, which stands before the dash.
 */
function stripDash(text: string): string {
  return text.replace(/^- /, '');
}

function valueItems(
  document: ProtocolDocument,
  path: readonly PathSegment[],
  range: Range,
  { afterColon, flow, quoted }: { afterColon: boolean; flow: boolean; quoted: boolean },
  options: CompletionOptions,
): CompletionItem[] {
  const { locale } = options;
  const key = [...path].reverse().find((segment): segment is string => segment !== ITEM);
  const lead = afterColon ? ' ' : '';
  const quote = (text: string): string => {
    if (quoted) return text;
    const rendered = renderScalar(text);
    return flow && /[,[\]{}]/.test(rendered) && !rendered.startsWith('"') ? JSON.stringify(text) : rendered;
  };
  const items: CompletionItem[] = [];
  const version = documentVersion(document);
  const schema = schemaAt(path, version);
  const listSchema = schemaAt([...path, ITEM], version);
  const values = [...enumValues(schema), ...enumValues(listSchema)].filter((value): value is string => typeof value === 'string');
  values.forEach((value, index) => {
    const item: CompletionItem = {
      label: value,
      kind: CompletionItemKind.EnumMember,
      sortText: String(index).padStart(3, '0'),
      textEdit: { range, newText: lead + quote(value) },
    };
    const documentation = key ? hoverForEnumValue(key, value, locale) : undefined;
    if (documentation) item.documentation = { kind: MarkupKind.Markdown, value: documentation };
    items.push(item);
  });

  if (key === 'contact' || key === 'vervanger') {
    const own = key === 'vervanger' ? ownOfficerId(document, range.start) : undefined;
    idDefinitions(document.model)
      .filter((definition) => key === 'contact' || definition.role === 'officer')
      .filter((definition) => definition.id !== own)
      .forEach((definition, index) => {
        const name = definition.role === 'officer' ? definition.officer.naam?.text : definition.point.naam?.text;
        const kind = serverText(definition.role === 'officer' ? 'officer' : 'contactPoint', locale);
        items.push({
          label: definition.id,
          kind: CompletionItemKind.Reference,
          detail: serverText('definedIdDetail', locale, { kind, name: name ?? definition.id }),
          sortText: String(index).padStart(3, '0'),
          textEdit: { range, newText: lead + definition.id },
        });
      });
  }

  if (key === 'verantwoordelijk') items.push(...roleItems(document, range, lead, quote, locale));

  if (key === 'interventies') {
    interventionCompletions(locale).forEach((intervention, index) => {
      items.push({
        label: intervention.label,
        kind: CompletionItemKind.Value,
        detail: intervention.detail,
        documentation: { kind: MarkupKind.Markdown, value: intervention.documentation },
        filterText: intervention.filterText,
        sortText: String(index).padStart(3, '0'),
        textEdit: { range, newText: lead + quote(intervention.label) },
      });
    });
  }
  return items;
}

/** The id of the officer whose mapping holds the position, so that "vervanger" does not offer it. */
/**
 * Who is responsible for a step: first the role the handbook gives for this step (with who
 * usually does it), then the roles the other steps of this protocol already name, so that
 * one role is written one way, then the handbook's roles for the other steps.
 */
function roleItems(document: ProtocolDocument, range: Range, lead: string, quote: (text: string) => string, locale: Locale): CompletionItem[] {
  const here = itemAt(document.model.steps, document.positions.offsetAt(range.start));
  const knowledge = STEPS.find((step) => step.number === here?.stap?.value);
  const candidates: Array<{ role: string; detail: string; documentation?: string }> = [];
  // One role is offered once: "Aandachtsfunctionaris" written in a step and the handbook's
  // "aandachtsfunctionaris" are the same role; the first spelling met is kept.
  const seen = (role: string): boolean => candidates.some((candidate) => candidate.role.toLocaleLowerCase('nl') === role.toLocaleLowerCase('nl'));
  const add = (role: string, detail: string, documentation?: string): void => {
    const trimmed = role.trim();
    if (trimmed !== '' && !seen(trimmed)) candidates.push({ role: trimmed, detail, documentation });
  };
  const usualFor = (role: string): string =>
    serverText('roleUsualForStep', locale, { steps: STEPS.filter((step) => step.defaultRole === role).map((step) => step.number).join(', ') });
  if (knowledge) add(knowledge.defaultRole, usualFor(knowledge.defaultRole), knowledge.responsible[locale]);
  for (const step of document.model.steps) {
    if (step !== here && step.verantwoordelijk) add(step.verantwoordelijk.text, serverText('roleUsedHere', locale));
  }
  for (const step of STEPS) add(step.defaultRole, usualFor(step.defaultRole));
  return candidates.map((candidate, index) => {
    const item: CompletionItem = {
      label: candidate.role,
      kind: CompletionItemKind.Value,
      detail: candidate.detail,
      sortText: String(index).padStart(3, '0'),
      textEdit: { range, newText: lead + quote(candidate.role) },
    };
    if (candidate.documentation) item.documentation = { kind: MarkupKind.Markdown, value: candidate.documentation };
    return item;
  });
}

function ownOfficerId(document: ProtocolDocument, position: Position): string | undefined {
  return itemAt(document.model.officers, document.positions.offsetAt(position))?.id?.text;
}

/** The officer, step, … whose map holds the offset. */
function itemAt<T extends { node: { range?: [number, number, number] | null } }>(items: readonly T[], offset: number): T | undefined {
  return items.find((item) => {
    const [start, end] = item.node.range ?? [0, 0];
    return start <= offset && offset <= end;
  });
}
