import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../helpers/rules';

/**
 * The source documents the knowledge base cites, as extracted text: the RAAK handbook (2007) and
 * the NJi brochure "Van 'pedagogische tik' tot kindermishandeling". They live beside the
 * repository (../shared/handbook) or where MELDCODE_SOURCES_DIR points.
 */
export const SOURCES_DIR = process.env.MELDCODE_SOURCES_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'handbook');

function readSource(file: string): string {
  const full = path.join(SOURCES_DIR, file);
  if (!fs.existsSync(full)) {
    throw new Error(`source text ${full} not found; set MELDCODE_SOURCES_DIR to the folder with the handbook texts`);
  }
  return fs.readFileSync(full, 'utf8');
}

export function handbookText(): string {
  return readSource('004_90e6cff85b2e2ce0.txt');
}

export function brochureText(): string {
  return readSource('000_dae7c0696fcb066e.txt');
}

/** Runs of whitespace (line breaks included) become one space. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
