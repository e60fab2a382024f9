import { CONTACT_KIND_LABELS, label, ROUTE_KIND_LABELS, type LabelKey } from '../../render/strings';
import type { ContactKind } from '../../knowledge/enums';
import type { Block } from './blocks';
import { findPhones, type ImportedContact } from './contacts';
import type { Section } from './sections';
import { fold } from './text';

/**
 * The parts our own Word export writes that repeat what is elsewhere in the document: the
 * route map as a table and the "Bellen" lists under each step (both repeat the contact sheet),
 * and the contact sheet's tables, whose columns are known. Recognised by the export's own
 * labels in either language, so that a protocol exported and imported again comes back the same.
 */

const LOCALES = ['nl', 'en'] as const;

function labels(key: LabelKey): string[] {
  return LOCALES.map((locale) => fold(label(key, locale)));
}

function isLabel(text: string, key: LabelKey): boolean {
  return labels(key).includes(fold(text.trim()));
}

function headerIs(row: readonly string[] | undefined, keys: readonly LabelKey[]): boolean {
  return row !== undefined && row.length === keys.length && keys.every((key, index) => isLabel(row[index] ?? '', key));
}

/** The title page's first line: the organisation's name is the heading that follows it. */
export function isExportedDocumentTitle(text: string | undefined): boolean {
  return text !== undefined && isLabel(text, 'documentTitle');
}

/** "Routekaart" with its table "Stap | Verantwoordelijk | Bellen": a summary of the steps and the contact sheet. */
export function isExportedRouteMap(section: Section): boolean {
  return isLabel(section.heading, 'routeMap') && section.blocks.some((block) => block.kind === 'table' && headerIs(block.rows[0], ['step', 'responsible', 'call']));
}

/**
 * Headings whose kind the export says rather than their words: a route's kind ("Sport",
 * "Overige route") is on a line above its heading, and every heading under "Bijlagen" is an
 * appendix, also one whose title names the afwegingskader.
 */
export function withExportedHeadingKinds(blocks: readonly Block[]): Block[] {
  const first = blocks[0];
  if (first === undefined || first.kind !== 'paragraph' || !isExportedDocumentTitle(first.text)) return [...blocks];
  let inAppendices = false;
  return blocks.map((block, index) => {
    if (block.kind !== 'heading') return block;
    if (block.level === 1) inAppendices = isLabel(block.text, 'appendices');
    else if (inAppendices && block.level === 2) return { ...block, exportedAppendix: true };
    const above = blocks[index - 1];
    if (above?.kind !== 'paragraph') return block;
    const routeKind = (['sport', 'overig'] as const).find((kind) => LOCALES.some((locale) => fold(ROUTE_KIND_LABELS[kind][locale]) === fold(above.text.trim())));
    return routeKind === undefined ? block : { ...block, routeKind };
  });
}

const CALL_LINE = /^.+:\s*\S.*$/;

/** Leaves out the "Bellen" lists ("Naam (functie): nummer") of steps and routes; the contact sheet holds these people and numbers. */
export function withoutCallLists(blocks: readonly Block[]): Block[] {
  const result: Block[] = [];
  let inCalls = false;
  for (const block of blocks) {
    if ((block.kind === 'heading' || (block.kind === 'paragraph' && block.bold)) && isLabel(block.text, 'call')) {
      inCalls = true;
      continue;
    }
    if (inCalls && block.kind === 'item' && CALL_LINE.test(block.text)) continue;
    inCalls = false;
    result.push(block);
  }
  return result;
}

/**
 * "Marieke Jansen (Pedagogisch coach): 030-1234567": a line the export writes under a route's
 * steps and a substep for whom to call, with no label above it. Only read this way in a
 * document the export wrote (see isExportedDocumentTitle), where an action is never written so.
 */
export function isExportedCallLine(block: Block): boolean {
  if (block.kind !== 'item') return false;
  const match = /^.+:\s*(.+)$/.exec(block.text);
  if (match === null) return false;
  const number = match[1].trim();
  return findPhones(number).join('') === number || isLabel(number, 'noPhone');
}

/** The sentences the export writes under its own headings ("De routes die het protocol ..."), not the protocol's text. */
const BOILERPLATE: LabelKey[] = ['routesDescription', 'noOfficers', 'noContactPoints', 'afwegingskaderDescription', 'decisionsDescription', 'appendixDescription'];

export function isExportedBoilerplate(block: Block): boolean {
  return block.kind === 'paragraph' && BOILERPLATE.some((key) => isLabel(block.text, key));
}

/** "Model: nip" and "Afwegingskader: zie Bijlage 1 ...": the afwegingskader the protocol refers to, as the export writes it. */
export function exportedAfwegingskaderReference(text: string): { model?: string; bijlage?: string } | undefined {
  const trimmed = text.trim();
  for (const locale of LOCALES) {
    const model = new RegExp(`^${escapeRegExp(label('model', locale))}:\\s*(.+)$`, 'i').exec(trimmed);
    if (model !== null) return { model: model[1].trim() };
    const [before, after] = label('afwegingskaderSee', locale).split('{appendix}');
    if (trimmed.startsWith(before) && trimmed.endsWith(after) && trimmed.length > before.length + after.length) {
      return { bijlage: trimmed.slice(before.length, trimmed.length - after.length).trim() };
    }
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const OFFICER_COLUMNS: LabelKey[] = ['name', 'position', 'phone', 'email', 'availability', 'deputy'];
const CONTACT_COLUMNS: LabelKey[] = ['name', 'kind', 'phone', 'email', 'availability', 'remark'];

function kindFromLabel(text: string): ContactKind | undefined {
  const folded = fold(text.trim());
  const found = Object.entries(CONTACT_KIND_LABELS).find(([, names]) => LOCALES.some((locale) => fold(names[locale]) === folded));
  return found?.[0] as ContactKind | undefined;
}

export interface ExportedSheetRow {
  contact: Omit<ImportedContact, 'id'>;
  /** The deputy's name, as the officers' table writes it. */
  deputyName?: string;
}

/** The rows of the contact sheet's tables, column by column; undefined for any other table. */
export function readContactSheetTable(rows: readonly string[][]): ExportedSheetRow[] | undefined {
  const officers = headerIs(rows[0], OFFICER_COLUMNS);
  if (!officers && !headerIs(rows[0], CONTACT_COLUMNS)) return undefined;
  const value = (cell: string | undefined): string | undefined => (cell === undefined || cell.trim() === '' ? undefined : cell.replace(/\n/g, ' ').trim());
  return rows.slice(1).map(([naam, second, telefoon, email, bereikbaarheid, last]) => {
    const contact: Omit<ImportedContact, 'id'> = officers
      ? { officer: true, soort: 'overig', standsIn: false, naam: value(naam), functie: value(second), telefoon: value(telefoon), email: value(email), bereikbaarheid: value(bereikbaarheid) }
      : { officer: false, soort: kindFromLabel(second ?? '') ?? 'overig', standsIn: false, naam: value(naam), telefoon: value(telefoon), email: value(email), bereikbaarheid: value(bereikbaarheid), opmerking: value(last) };
    for (const key of Object.keys(contact) as Array<keyof typeof contact>) if (contact[key] === undefined) delete contact[key];
    return officers ? { contact, deputyName: value(last) } : { contact };
  });
}
