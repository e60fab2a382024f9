import * as fs from 'node:fs';
import * as path from 'node:path';
import * as mammoth from 'mammoth';
import { parseDocument, visit, isScalar } from 'yaml';
import { importDocx, type WordImportResult } from '../../../server/src/word/import';

/** The repository root, from out/test/unit/word/ where the compiled tests run. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const wordFixtures = path.join(repoRoot, 'test', 'fixtures', 'word');

export function fixtureBytes(name: string): Buffer {
  return fs.readFileSync(path.join(wordFixtures, name));
}

export async function importFixture(name: string, locale: 'nl' | 'en' = 'nl'): Promise<WordImportResult> {
  return importDocx(fixtureBytes(name), { locale, sourceName: name });
}

function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Every string in the file and every comment, whitespace made single: what a reader of the file can find. */
export function readableText(yamlText: string): string {
  const document = parseDocument(yamlText);
  const parts: string[] = [document.commentBefore ?? '', document.comment ?? ''];
  visit(document, {
    Node(_, node) {
      if (node.commentBefore) parts.push(node.commentBefore);
      if (node.comment) parts.push(node.comment);
      if (isScalar(node)) parts.push(String(node.value));
    },
    Pair(_, pair) {
      const key = pair.key as { commentBefore?: string } | null;
      if (key?.commentBefore) parts.push(key.commentBefore);
    },
  });
  return normalise(parts.join('\n'));
}

/** The sentences of a document as Word shows them: its paragraphs (cells too), cut after . ? and !. */
export async function sentencesOf(name: string): Promise<string[]> {
  const raw = await mammoth.extractRawText({ buffer: fixtureBytes(name) });
  return raw.value
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.?!])\s+/))
    .map(normalise)
    .filter((sentence) => sentence !== '');
}

const PHONE_OR_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|(?:\+31|\b0)[\d \-()]{5,16}\d|\b112\b|\b14 ?0\d{2,3}\b/g;
/** Words that only label a value ("Verantwoordelijk: ...", "Vraag 2:", a table's header cells): the key in the file says the same. */
const LABEL = /^(?:verantwoordelijk|termijn|naam|functie|rol|telefoon|e-mail|instantie|opmerking|organisatie|vraag \d)\s*:?\s*/i;

/**
 * Whether a sentence of the document is in the file: as it is, or (a line of a table or a
 * contact list, split into fields) with each of its numbers, addresses and other pieces there.
 */
export function isKept(sentence: string, haystack: string): boolean {
  if (haystack.includes(sentence)) return true;
  const withoutLabel = sentence.replace(LABEL, '');
  if (withoutLabel === '') return true;
  if (haystack.includes(withoutLabel)) return true;
  const numbers = withoutLabel.match(PHONE_OR_EMAIL) ?? [];
  if (!numbers.every((number) => haystack.includes(number.trim()))) return false;
  const pieces = withoutLabel
    .replace(PHONE_OR_EMAIL, '|')
    .split(/\s[\/|–-]\s|[|:,]/)
    .map((piece) => piece.replace(/^[\s()./-]+|[\s()./-]+$/g, '').replace(LABEL, ''))
    .filter((piece) => /\p{L}/u.test(piece));
  return pieces.length > 0 || numbers.length > 0 ? pieces.every((piece) => haystack.includes(piece)) : false;
}
