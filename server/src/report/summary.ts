import { isScalar, isSeq } from 'yaml';
import { hasSection } from '../engine/anchors';
import { scalarText } from '../engine/ast';
import type { KeyedSection, ProtocolModel, ScalarField } from '../engine/model';

/**
 * What the overview shows of one protocol besides its findings: plain data, read from the
 * model only (no findings, no dates compared), so that it crosses worker threads cheaply.
 */
export interface ProtocolSummary {
  organisation?: string;
  /** `organisatie.locatie` (a location protocol), else `organisatie.plaats`, else the `organisatie.locaties` joined. */
  location?: string;
  sector?: string;
  /** The `meldcode:` value as written ("1.0", "1.1"). */
  formatVersion?: string;
  /** Dates as written; a date that is not YYYY-MM-DD is left out. */
  adopted?: string;
  reviewBy?: string;
  validFrom?: string;
  validUntil?: string;
  /** `zelfstandig: true`: a one-person practice, which names no officers. */
  selfEmployed: boolean;
  /** Each officer's naam, else its id, in the order written. */
  officers: string[];
  /** Which of the five steps are there (a merged step counts for each of its numbers), ascending. */
  steps: number[];
  /** The kinds of the routes beside the five steps (format 1.1), in the order written, each once. */
  routes: string[];
  parts: Record<PartId, boolean>;
}

/** The parts of a protocol the overview checks for, in the order of its columns. */
export const PART_IDS = [
  'stappen',
  'afwegingskader',
  'kindcheck',
  'bijzondere-vormen',
  'beroepsgeheim',
  'vastleggen',
  'scholing',
  'routes',
  'veilig-thuis',
] as const;
export type PartId = (typeof PART_IDS)[number];

const SECTION_PARTS = ['kindcheck', 'bijzondere-vormen', 'beroepsgeheim', 'vastleggen', 'scholing'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ALL_STEPS = [1, 2, 3, 4, 5];

/** `model` is a protocol's own, or (for a location) the one merged with its bases. */
export function summarizeProtocol(model: ProtocolModel): ProtocolSummary {
  const organisation = model.organisation;
  const steps = [...new Set(model.steps.flatMap((step) => step.numbers).filter((number) => ALL_STEPS.includes(number)))].sort((a, b) => a - b);
  const routes = [...new Set(model.routes.map((route) => text(route.soort)).filter((kind): kind is string => kind !== undefined))];
  const parts = {} as Record<PartId, boolean>;
  parts.stappen = steps.length === ALL_STEPS.length;
  parts.afwegingskader = model.afwegingskader !== undefined && hasSection(model, 'afwegingskader');
  for (const key of SECTION_PARTS) parts[key] = hasSection(model, key);
  parts.routes = model.routes.length > 0;
  parts['veilig-thuis'] = model.contactPoints.some((point) => text(point.soort) === 'veilig-thuis');
  return {
    ...defined('organisation', text(organisation?.naam)),
    ...defined('location', text(organisation?.locatie) ?? locationOf(organisation?.fields)),
    ...defined('sector', text(organisation?.sector)),
    ...defined('formatVersion', formatVersionText(model)),
    ...defined('adopted', date(organisation?.vastgesteld)),
    ...defined('reviewBy', date(organisation?.herzienVoor)),
    ...defined('validFrom', date(organisation?.geldigVan)),
    ...defined('validUntil', date(organisation?.geldigTot)),
    selfEmployed: organisation?.zelfstandig?.value === true,
    officers: model.officers.map((officer) => text(officer.naam) ?? text(officer.id)).filter((name): name is string => name !== undefined),
    steps,
    routes,
    parts,
  };
}

/** A scalar's text, trimmed; undefined when empty. */
function text(field: ScalarField | undefined): string | undefined {
  const value = field?.text.trim();
  return value === undefined || value === '' ? undefined : value;
}

function date(field: ScalarField | undefined): string | undefined {
  const value = text(field);
  return value !== undefined && isCalendarDate(value) ? value : undefined;
}

/** YYYY-MM-DD and a day that exists (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

function locationOf(fields: ReadonlyMap<string, KeyedSection> | undefined): string | undefined {
  const town = fields?.get('plaats')?.value;
  if (isScalar(town)) {
    const value = scalarText(town).trim();
    if (value !== '') return value;
  }
  const locations = fields?.get('locaties')?.value;
  if (!isSeq(locations)) return undefined;
  const names = locations.items.filter(isScalar).map((item) => scalarText(item).trim()).filter((name) => name !== '');
  return names.length > 0 ? names.join(', ') : undefined;
}

function formatVersionText(model: ProtocolModel): string | undefined {
  const value = model.sections.get('meldcode')?.value;
  if (!isScalar(value)) return undefined;
  const written = scalarText(value).trim();
  return written === '' ? undefined : written;
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
