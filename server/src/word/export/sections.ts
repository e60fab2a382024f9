import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { Locale } from '../../engine/types';
import type {
  ContactView,
  ContentBlock,
  DecisionView,
  OutcomeView,
  QuestionView,
  RouteMapView,
  RouteView,
  StepView,
  SubstepView,
} from '../../render/route-map-view';
import { label, wordLabel, type LabelKey } from './labels';
import { bullets, heading, labelled, meta, META_COLOUR, PROBLEM_COLOUR, problem, textParagraphs, textRuns } from './paragraphs';
import type { ColumnSpec } from './column-widths';
import { plainCell, wordTable, type Cell, type CellLine } from './tables';

/**
 * The parts of the Word document, in the order of the printable HTML (server/src/render/html-export.ts):
 * title page, route map, routes, step plan, afwegingskader, contact sheet, other agreements,
 * responsibilities, appendices. Every part is built from the same RouteMapView.
 */

export type Block = Paragraph | Table;

/** As in the printable HTML: the notice lists the first errors, then an ellipsis. */
const MAX_LISTED_ERRORS = 30;

export function titlePage(view: RouteMapView): Block[] {
  const locale = view.locale;
  const organisation = view.organisation;
  const facts: Array<[LabelKey, string | undefined]> = [
    ['sector', organisation.sector],
    ['targetGroup', organisation.targetGroup],
    ['town', organisation.town],
    ['adoptedBy', organisation.adoptedBy],
    ['adoptedOn', organisation.adoptedOn],
    ['validFrom', organisation.validFrom],
    ['validUntil', organisation.validUntil],
    ['reviewBy', organisation.reviewBy],
  ];
  const blocks: Block[] = [
    new Paragraph({ children: textRuns(label('documentTitle', locale), { size: 28, color: '1F3A5F' }) }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(organisationName(view)) }),
  ];
  for (const [key, value] of facts) if (value !== undefined) blocks.push(labelled(label(key, locale), value));
  if (view.introduction) blocks.push(heading(label('introduction', locale), 2), ...textParagraphs(view.introduction));
  if (view.errors.length > 0) {
    blocks.push(problem(label('notComplete', locale)));
    const shown = view.errors.slice(0, MAX_LISTED_ERRORS).map((error) => `${error.message} (${label('line', locale)} ${error.line + 1})`);
    if (view.errors.length > MAX_LISTED_ERRORS) shown.push('…');
    blocks.push(...bullets(shown, { color: PROBLEM_COLOUR }));
  }
  return blocks;
}

export function organisationName(view: RouteMapView): string {
  return view.organisation.name ?? label('unnamedOrganisation', view.locale);
}

/**
 * The route map as a table rather than a picture: Word shows it at any zoom and page width,
 * the user can correct it in Word, a screen reader reads it, and the text stays searchable.
 */
export function routeMap(view: RouteMapView, textWidth: number): Block[] {
  const locale = view.locale;
  const rows: Cell[][] = [];
  const routeRow = (route: RouteView): Cell[] => [
    [...(route.kindLabel ? [{ text: route.acute ? `${route.kindLabel} · ${label('acuteFirst', locale)}` : route.kindLabel, bold: route.acute, colour: route.acute ? PROBLEM_COLOUR : undefined }] : []), { text: route.title, bold: true }],
    plainCell(route.responsible),
    route.contacts.map(contactLine(locale)),
  ];
  for (const route of view.routes.filter((candidate) => candidate.acute)) rows.push(routeRow(route));
  for (const step of view.steps) rows.push(stepRow(step, locale));
  for (const route of view.routes.filter((candidate) => !candidate.acute)) rows.push(routeRow(route));
  return [
    heading(label('routeMap', locale), 1, { pageBreakBefore: true }),
    new Paragraph({ children: textRuns(wordLabel('routeMapTable', locale)) }),
    wordTable([{ header: label('step', locale) }, { header: label('responsible', locale) }, { header: label('call', locale) }], rows, textWidth),
  ];
}

function stepRow(step: StepView, locale: Locale): Cell[] {
  const what: CellLine[] = [{ text: `${step.heading}: ${step.title}`, bold: true, italic: step.titleIsStandard }];
  if (!step.present) return [[...what, { text: step.problem ?? label('stepMissing', locale), colour: PROBLEM_COLOUR }], [], []];
  if (step.deadline) what.push({ text: `${label('deadline', locale)}: ${step.deadline}` });
  for (const substep of step.substeps) what.push({ text: substepHeading(substep, locale) });
  const calls = [...step.contacts, ...step.substeps.flatMap((substep) => substep.contacts)];
  return [what, [{ text: step.responsible ?? label('responsibleUnknown', locale) }], uniqueBy(calls.map(contactLine(locale)), (line) => line.text)];
}

/** "Marieke Jansen (Pedagogisch coach): 030-1234567", or the unknown reference in red. */
function contactLine(locale: Locale): (contact: ContactView) => CellLine {
  return (contact) => {
    if (!contact.found) return { text: `${contact.id}: ${label('unknownReference', locale)}`, colour: PROBLEM_COLOUR };
    const who = contact.role ? `${contact.name} (${contact.role})` : contact.name;
    return { text: `${who}: ${contact.phone ?? label('noPhone', locale)}` };
  };
}

function contactParagraphs(contacts: readonly ContactView[], locale: Locale): Paragraph[] {
  return contacts.map((contact) => {
    const line = contactLine(locale)(contact);
    return new Paragraph({ bullet: { level: 0 }, children: textRuns(line.text, line.colour ? { color: line.colour, bold: true } : {}) });
  });
}

export function routes(view: RouteMapView): Block[] {
  if (view.routes.length === 0) return [];
  const locale = view.locale;
  const blocks: Block[] = [heading(label('routes', locale), 1, { pageBreakBefore: true }), new Paragraph({ children: textRuns(label('routesDescription', locale)) })];
  for (const route of view.routes) {
    if (route.kindLabel) {
      const kind = route.acute ? `${route.kindLabel} · ${label('acuteFirst', locale)}` : route.kindLabel;
      blocks.push(route.acute ? problem(kind) : meta(kind));
    }
    blocks.push(heading(route.title, 2));
    if (route.responsible) blocks.push(labelled(label('responsible', locale), route.responsible));
    if (route.description) blocks.push(...textParagraphs(route.description));
    blocks.push(...actionsAndCalls(route.actions, route.contacts, locale));
    if (route.steps.length > 0) {
      blocks.push(heading(label('stepPlan', locale), 3));
      route.steps.forEach((step, index) => {
        const number = step.number ?? index + 1;
        blocks.push(new Paragraph({ children: textRuns(`${number}. ${step.title}`, { bold: true }) }));
        if (step.responsible) blocks.push(labelled(label('responsible', locale), step.responsible));
        if (step.deadline) blocks.push(labelled(label('deadline', locale), step.deadline));
        blocks.push(...bullets(step.actions), ...contactParagraphs(step.contacts, locale));
      });
    }
  }
  return blocks;
}

export function stepPlan(view: RouteMapView): Block[] {
  const locale = view.locale;
  return [heading(label('stepPlan', locale), 1, { pageBreakBefore: true }), ...view.steps.flatMap((step) => stepBlocks(step, locale))];
}

function stepBlocks(step: StepView, locale: Locale): Block[] {
  const blocks: Block[] = [heading(`${step.heading}: ${step.title}`, 2, { italic: step.titleIsStandard })];
  if (!step.present) return [...blocks, problem(step.problem ?? label('stepMissing', locale))];
  blocks.push(labelled(label('responsible', locale), step.responsible ?? label('responsibleUnknown', locale)));
  if (step.deadline) blocks.push(labelled(label('deadline', locale), step.deadline));
  if (step.explanation) blocks.push(...textParagraphs(step.explanation));
  blocks.push(...actionsAndCalls(step.actions, step.contacts, locale));
  for (const substep of step.substeps) {
    blocks.push(heading(substepHeading(substep, locale), 3));
    if (substep.responsible) blocks.push(labelled(label('responsible', locale), substep.responsible));
    if (substep.deadline) blocks.push(labelled(label('deadline', locale), substep.deadline));
    blocks.push(...bullets(substep.actions), ...contactParagraphs(substep.contacts, locale));
  }
  return blocks;
}

function substepHeading(substep: SubstepView, locale: Locale): string {
  const name = [label('substep', locale), substep.id].filter((part) => part !== undefined).join(' ');
  return substep.title ? `${name}: ${substep.title}` : name;
}

function actionsAndCalls(actions: readonly string[], contacts: readonly ContactView[], locale: Locale): Block[] {
  const blocks: Block[] = [];
  if (actions.length > 0) blocks.push(heading(label('actions', locale), 3), ...bullets(actions));
  if (contacts.length > 0) blocks.push(heading(label('call', locale), 3), ...contactParagraphs(contacts, locale));
  return blocks;
}

/** The afwegingskader as the protocol writes it: five questions, two decisions, or a reference to an appendix. */
export function afwegingskader(view: RouteMapView): Block[] {
  const locale = view.locale;
  const framework = view.afwegingskader;
  const description: LabelKey =
    framework.form === 'appendix' ? 'appendixDescription' : framework.form === 'decisions' ? 'decisionsDescription' : 'afwegingskaderDescription';
  const blocks: Block[] = [heading(label('afwegingskader', locale), 1, { pageBreakBefore: true }), new Paragraph({ children: textRuns(label(description, locale)) })];
  if (framework.model) blocks.push(labelled(label('model', locale), framework.model));
  if (framework.form === 'appendix') {
    blocks.push(new Paragraph({ children: textRuns(framework.appendix ? label('afwegingskaderSee', locale, { appendix: framework.appendix }) : label('afwegingskaderUnnamed', locale), { bold: true }) }));
  } else if (framework.form === 'decisions') {
    for (const decision of framework.decisions) blocks.push(...decisionBlocks(decision, locale));
  } else {
    for (const question of view.questions) blocks.push(...questionBlocks(question, locale));
  }
  return blocks;
}

function questionBlocks(question: QuestionView, locale: Locale): Block[] {
  const blocks: Block[] = [numbered(`${label('question', locale)} ${question.number}`, question.text, question.textIsStandard)];
  if (!question.present) blocks.push(problem(question.problem ?? label('stepMissing', locale)));
  if (question.ifYes) blocks.push(labelled(label('ifYes', locale), outcomeText(question.outcomes.yes)));
  if (question.ifNo) blocks.push(labelled(label('ifNo', locale), outcomeText(question.outcomes.no)));
  if (question.explanation) blocks.push(...textParagraphs(question.explanation, { color: META_COLOUR }));
  return blocks;
}

function decisionBlocks(decision: DecisionView, locale: Locale): Block[] {
  const blocks: Block[] = [numbered(`${label('decision', locale)} ${decision.number}`, decision.text, decision.textIsStandard)];
  if (!decision.present) blocks.push(problem(decision.problem ?? label('stepMissing', locale)));
  if (decision.conditions.length > 0) blocks.push(new Paragraph({ children: textRuns(`${label('conditions', locale)}:`, { bold: true }) }), ...bullets(decision.conditions));
  if (decision.present) {
    blocks.push(labelled(label('ifYes', locale), outcomeText(decision.outcomes.yes)));
    blocks.push(labelled(label('ifNo', locale), outcomeText(decision.outcomes.no)));
  }
  if (decision.explanation) blocks.push(...textParagraphs(decision.explanation, { color: META_COLOUR }));
  return blocks;
}

/** "Vraag 2: Schat ik …" kept with the lines under it; a standard text in italics, as in the HTML. */
function numbered(name: string, text: string, isStandard: boolean): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 200 },
    children: [new TextRun({ text: `${name}: `, bold: true }), ...textRuns(text, { bold: true, italics: isStandard })],
  });
}

/** An outcome in words: a value's meaning, or the protocol's own words. */
function outcomeText(outcome: OutcomeView): string {
  return outcome.source === 'value' ? outcome.text : (outcome.written ?? outcome.text);
}

export function contactSheet(view: RouteMapView, textWidth: number): Block[] {
  const locale = view.locale;
  // The phone numbers are never wrapped; an e-mail address has no space to wrap at anyway.
  const columns = (keys: LabelKey[]): ColumnSpec[] => keys.map((key) => ({ header: label(key, locale), whole: key === 'phone' }));
  const blocks: Block[] = [heading(label('contactSheet', locale), 1)];
  // A one-person practice has no attention officers: no empty table or warning for them.
  if (!(view.organisation.selfEmployed && view.officers.length === 0)) {
    blocks.push(heading(label('officers', locale), 2));
    blocks.push(
      view.officers.length > 0
        ? wordTable(
            columns(['name', 'position', 'phone', 'email', 'availability', 'deputy']),
            view.officers.map((officer) => [officer.name, officer.position, officer.phone, officer.email, officer.availability, officer.deputy].map(plainCell)),
            textWidth,
          )
        : problem(label('noOfficers', locale)),
    );
  }
  blocks.push(heading(label('contactPoints', locale), 2));
  blocks.push(
    view.contactPoints.length > 0
      ? wordTable(
          columns(['name', 'kind', 'phone', 'email', 'availability', 'remark']),
          view.contactPoints.map((point) => [point.name, point.kindLabel, point.phone, point.email, point.availability, point.remark ?? point.website].map(plainCell)),
          textWidth,
        )
      : problem(label('noContactPoints', locale)),
  );
  return blocks;
}

export function otherSections(view: RouteMapView): Block[] {
  if (view.sections.length === 0) return [];
  return [
    heading(label('otherAgreements', view.locale), 1),
    ...view.sections.flatMap((section) => [heading(section.title, 2), ...contentBlocks(section.blocks, 3)]),
  ];
}

/** Nested fields: Heading 3 for the first level below a section, bold lines below that. */
function contentBlocks(content: readonly ContentBlock[], level: number): Block[] {
  return content.flatMap((block): Block[] => {
    switch (block.kind) {
      case 'text':
        return textParagraphs(block.text);
      case 'list':
        return bullets(block.items);
      case 'fields':
        return block.entries.flatMap((entry) => [
          level === 3 ? heading(entry.title, 3) : new Paragraph({ keepNext: true, children: textRuns(entry.title, { bold: true }) }),
          ...contentBlocks(entry.blocks, level + 1),
        ]);
    }
  });
}

export function responsibilities(view: RouteMapView): Block[] {
  if (view.responsibilities.length === 0) return [];
  const body = view.responsibilities.length === 1 ? textParagraphs(view.responsibilities[0]) : bullets(view.responsibilities);
  return [heading(label('responsibilities', view.locale), 1), ...body];
}

export function appendices(view: RouteMapView): Block[] {
  if (view.appendices.length === 0) return [];
  return [
    heading(label('appendices', view.locale), 1),
    ...view.appendices.flatMap((appendix) => [heading(appendix.title, 2), ...(appendix.description ? textParagraphs(appendix.description) : [])]),
  ];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}
