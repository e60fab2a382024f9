import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../helpers/rules';

/**
 * The source documents the knowledge base cites: the RAAK handbook (2007) and the NJi brochure
 * "Van 'pedagogische tik' tot kindermishandeling".
 *
 * What the citation tests need from them (headings, titles, the intervention tables) is committed
 * as test/fixtures/knowledge/handbook-headings.json, written by scripts/extract-source-index.js,
 * and those tests always run. The extracted texts themselves are not in the repository; when they
 * are found (MELDCODE_SOURCES_DIR, else ../shared/handbook beside the repository) the full-text
 * checks run as well: no passage copied into the knowledge texts, citations found in the texts,
 * the tables read from the brochure, and the committed index still matching the texts.
 */
export const SOURCES_DIR = process.env.MELDCODE_SOURCES_DIR || path.join(REPO_ROOT, '..', 'shared', 'handbook');

export const INDEX_PATH = path.join(REPO_ROOT, 'test', 'fixtures', 'knowledge', 'handbook-headings.json');

export interface HandbookSection {
  /** "8.1", "Hoofdstuk 8", "Bijlage 1", "Inleiding". */
  section: string;
  title?: string;
  /** The title-like lines inside the section, up to the next numbered heading, chapter or appendix. */
  headings: string[];
}

export interface SourceIndex {
  sources: Record<'handbook' | 'brochure', { file: string; title: string; sha256: string }>;
  handbook: { sections: HandbookSection[] };
  brochure: {
    titles: string[];
    /** The three tables of interventions: the title above each, and its rows as one line. */
    tables: { title: string; body: string }[];
    /** "1 = door de Erkenningscommissie Interventies erkend als ‘goed onderbouwd’", ... */
    classifications: string[];
  };
}

export const SOURCE_INDEX = JSON.parse(fs.readFileSync(INDEX_PATH, 'utf8')) as SourceIndex;

function sourcePath(key: 'handbook' | 'brochure'): string {
  return path.join(SOURCES_DIR, SOURCE_INDEX.sources[key].file);
}

const missing = (['handbook', 'brochure'] as const).map(sourcePath).filter((file) => !fs.existsSync(file));

/** Whether both source texts are there, so the full-text checks can run. */
export const SOURCE_TEXTS_PRESENT = missing.length === 0;

function readSource(key: 'handbook' | 'brochure'): string {
  const full = sourcePath(key);
  if (!fs.existsSync(full)) {
    throw new Error(`source text ${full} not found; set MELDCODE_SOURCES_DIR to the folder with the handbook texts`);
  }
  return fs.readFileSync(full, 'utf8');
}

export function handbookText(): string {
  return readSource('handbook');
}

export function brochureText(): string {
  return readSource('brochure');
}

/** Runs of whitespace (line breaks included) become one space. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const notChecked: string[] = [];

/**
 * Registers the tests that `register` defines when the source texts are there. Without them the
 * tests are not registered at all (so nothing is counted as passed or skipped), and one line
 * before the run says what was not checked and why.
 */
export function withSourceTexts(what: string, register: () => void): void {
  if (SOURCE_TEXTS_PRESENT) register();
  else notChecked.push(what);
}

// A root-level hook: this module is first loaded from a test file's top level, while mocha
// collects the files, so the hook runs once before all tests, when every file has said what it
// left out.
if (typeof before === 'function') {
  before(() => {
    if (notChecked.length === 0) return;
    console.log(
      `  Note: source texts not found (${missing.join(', ')}); set MELDCODE_SOURCES_DIR to the folder with them. ` +
        `Citations were checked against the committed index ${path.relative(REPO_ROOT, INDEX_PATH)} only; ` +
        `not checked: ${notChecked.join('; ')}.\n`,
    );
  });
}
