import { isPair, isScalar, isSeq, type Node } from 'yaml';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Locale, ProtocolDocument, Range } from '../engine';
import type { ScalarField } from '../engine/model';
import {
  findTermAt,
  hoverForEnumValue,
  hoverForIntervention,
  hoverForKey,
  hoverForOutcome,
  hoverForQuestion,
  hoverForRouteKind,
  hoverForStep,
  hoverForTerm,
} from '../knowledge';
import { clampPosition, ITEM, keyAt, type PathSegment } from './cursor';
import { markdownCode, markdownText } from './markdown';
import { innerRange, occurrenceAt, resolveDefinition, type IdDefinition } from './ids';
import { serverText } from './messages';
import type { Inheritance } from '../workspace/locations';
import { schemaAt, schemaDescription, schemaTitle } from './schema';

/**
 * The key `stap` of a step says which step this is: its hover is that step's (for merged steps,
 * each of them in turn), not the key's general description.
 */
function stepKeyHover(document: ProtocolDocument, path: readonly PathSegment[], offset: number, locale: Locale): string | undefined {
  if (path.length !== 3 || path[0] !== 'stappen' || path[1] !== ITEM || path[2] !== 'stap') return undefined;
  const step = document.model.steps.find((candidate) => {
    const [start, end] = candidate.node.range ?? [0, 0];
    return start <= offset && offset <= end;
  });
  const texts = (step?.numbers ?? []).map((number) => hoverForStep(number, locale)).filter((text): text is string => text !== undefined);
  return texts.length > 0 ? texts.join('\n\n---\n\n') : undefined;
}

/**
 * Hover: a key (what it is, why it is asked for, the source), a step or question number,
 * a value of `sector`/`soort`, an intervention, an officer or contact id (who it is and
 * how to reach them), and the terms of the field in running text (AMK, kindcheck ...).
 */
export function hover(document: ProtocolDocument, position: Position, locale: Locale, inheritance?: Inheritance): Hover | null {
  const { positions, model } = document;
  const cursor = clampPosition(positions, position);
  const offset = positions.offsetAt(cursor);
  const markdown = (value: string, range: Range): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });

  const occurrence = occurrenceAt(model, offset);
  if (occurrence) {
    // In a location protocol an id may be defined in its base.
    const definition = resolveDefinition(model, occurrence) ?? (inheritance ? resolveDefinition(inheritance.merged.model, occurrence) : undefined);
    const range = innerRange(occurrence.field, positions);
    return markdown(definition ? describeDefinition(definition, locale) : serverText('undefinedId', locale, { id: markdownCode(occurrence.id) }), range);
  }

  const key = keyAt(positions, cursor);
  if (key) {
    const text = stepKeyHover(document, key.path, offset, locale) ?? hoverForKey(key.path, locale) ?? schemaHover(key.path, locale);
    const range = { start: { line: key.line, character: key.start }, end: { line: key.line, character: key.end } };
    if (text) return markdown(text, range);
    return null;
  }

  const within = (field: ScalarField | undefined): field is ScalarField =>
    field !== undefined && field.startOffset <= offset && offset <= field.endOffset;
  for (const step of model.steps) {
    const index = step.numberFields.findIndex(within);
    if (index >= 0) {
      const text = hoverForStep(step.numbers[index], locale);
      if (text) return markdown(text, step.numberFields[index].range);
    }
  }
  const outcome = [...model.questions, ...(model.afwegingskader?.decisions ?? [])].flatMap((item) => [item.ja, item.nee]).find(within);
  if (outcome) {
    const text = hoverForOutcome(outcome.text, locale);
    if (text) return markdown(text, outcome.range);
  }
  const routeKind = model.routes.map((route) => route.soort).find(within);
  if (routeKind) {
    const text = hoverForRouteKind(routeKind.text, locale);
    if (text) return markdown(text, routeKind.range);
  }
  for (const question of model.questions) {
    if (within(question.vraag) && typeof question.vraag.value === 'number') {
      const text = hoverForQuestion(question.vraag.value, locale);
      if (text) return markdown(text, question.vraag.range);
    }
  }
  const enumField = [model.organisation?.sector, ...model.contactPoints.map((point) => point.soort)].find(within);
  if (enumField) {
    const text = hoverForEnumValue(enumField === model.organisation?.sector ? 'sector' : 'soort', enumField.text, locale);
    if (text) return markdown(text, enumField.range);
  }
  const intervention = model.interventions.find(within);
  if (intervention) {
    const text = hoverForIntervention(intervention.text, locale);
    if (text) return markdown(text, intervention.range);
  }

  if (!insideTextValue(document, offset)) return null;
  const lineText = positions.lineText(cursor.line);
  const term = findTermAt(lineText, cursor.character);
  if (!term) return null;
  const text = hoverForTerm(term.text, locale);
  if (!text) return null;
  return markdown(text, { start: { line: cursor.line, character: term.start }, end: { line: cursor.line, character: term.end } });
}

function schemaHover(path: readonly (string | number)[], locale: Locale): string | undefined {
  const schema = schemaAt(path as never);
  if (!schema) return undefined;
  const name = [...path].reverse().find((segment) => typeof segment === 'string');
  const title = schemaTitle(schema, locale);
  const description = schemaDescription(schema, locale);
  if (!title && !description) return undefined;
  const shown = markdownText(String(name));
  return [title ? `**${shown}** — ${title}` : `**${shown}**`, description].filter(Boolean).join('\n\n');
}

/** Whether the offset lies in a string value (not a key or a comment), where terms of the field are explained. */
function insideTextValue(document: ProtocolDocument, offset: number): boolean {
  const root = document.yaml?.contents as Node | null | undefined;
  if (!root) return false;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node)) {
      const [start, end] = node.range ?? [0, 0];
      if (typeof node.value === 'string' && start <= offset && offset <= end) return true;
    } else if (isPair(node)) {
      stack.push(node.value);
    } else if (node && typeof node === 'object' && 'items' in node) {
      const collection = node as { items: unknown[]; range?: [number, number, number] };
      const [start, end] = collection.range ?? [0, 0];
      if (offset < start || offset > end) continue;
      if (isSeq(node)) stack.push(...node.items);
      else stack.push(...collection.items);
    }
  }
  return false;
}

function describeDefinition(definition: IdDefinition, locale: Locale): string {
  const line = (label: Parameters<typeof serverText>[0], field: ScalarField | undefined): string[] =>
    field && field.text.trim() !== '' ? [`- ${serverText(label, locale)}: ${markdownText(field.text)}`] : [];
  if (definition.role === 'officer') {
    const officer = definition.officer;
    const name = officer.naam?.text.trim() || definition.id;
    return [
      `**${markdownText(name)}** — ${serverText('officer', locale)} ${markdownCode(definition.id)}`,
      [...line('role', officer.functie), ...line('phone', officer.telefoon), ...line('email', officer.email), ...line('deputy', officer.vervanger)].join('\n'),
    ]
      .filter((part) => part !== '')
      .join('\n\n');
  }
  const point = definition.point;
  const name = point.naam?.text.trim() || definition.id;
  return [
    `**${markdownText(name)}** — ${serverText('contactPoint', locale)} ${markdownCode(definition.id)}`,
    [...line('kind', point.soort), ...line('phone', point.telefoon), ...line('email', point.email)].join('\n'),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}
