import type { Block } from './blocks';
import { blockText } from './text';
import { fold } from './text';

export type Outcome = 'melden' | 'melden-en-hulp' | 'hulp' | 'afsluiten' | `vraag-${number}` | 'beslissing-2';

export interface ImportedQuestion {
  vraag: number;
  tekst: string;
  ja?: Outcome;
  nee?: Outcome;
  toelichting: string[];
}

export interface ImportedDecision {
  beslissing: number;
  tekst: string;
  ja?: Outcome;
  nee?: Outcome;
  toelichting: string[];
  voorwaarden: string[];
}

export type AfwegingskaderModelName = 'basismodel' | 'onderwijs' | 'kinderopvang' | 'jeugdhulp' | 'knmg' | 'nip' | 'vvn' | 'ziekenhuizen' | 'sociaal-werk';

export interface ImportedAfwegingskader {
  vragen: ImportedQuestion[];
  beslissingen: ImportedDecision[];
  model?: AfwegingskaderModelName;
  bijlage?: string;
  toelichting: string[];
}

const MODEL_WORDS: ReadonlyArray<[AfwegingskaderModelName, RegExp]> = [
  ['knmg', /\bknmg\b/],
  ['nip', /\bnip\b/],
  ['vvn', /v&vn|verpleegkundigen en verzorgenden/],
  ['ziekenhuizen', /ziekenhuizen/],
  ['sociaal-werk', /sociaal werk/],
  ['kinderopvang', /kinderopvang/],
  ['jeugdhulp', /jeugdhulp|jeugdzorg/],
  ['onderwijs', /onderwijs/],
  ['basismodel', /basismodel/],
];

/** The sector model an afwegingskader is said to follow, in a sentence that names it. */
export function modelNamedIn(text: string): AfwegingskaderModelName | undefined {
  const folded = fold(text);
  for (const sentence of folded.split(/(?<=[.!?])\s+/)) {
    if (!/afwegingskader|afweegkader/.test(sentence)) continue;
    const found = MODEL_WORDS.find(([, pattern]) => pattern.test(sentence));
    if (found) return found[0];
  }
  return undefined;
}

/** Where an answer leads, read from the words after "Ja:" or "Nee:". */
export function outcomeOf(text: string, decisions: boolean): Outcome | undefined {
  const folded = fold(text);
  const question = /vraag\s*([1-5])/.exec(folded);
  if (question && !decisions) return `vraag-${Number(question[1])}`;
  if (decisions && /beslissing\s*2/.test(folded)) return 'beslissing-2';
  const reports = /\bmeld|melding/.test(folded);
  const helps = /\bhulp\b|hulp (?:bieden|organiseren|inzetten)|zorg (?:bieden|organiseren)/.test(folded);
  if (reports && helps) return 'melden-en-hulp';
  if (reports) return 'melden';
  if (/afslu|sluit\b.*\baf\b|afronden|\bstop/.test(folded)) return 'afsluiten';
  if (helps) return 'hulp';
  return undefined;
}

/** A line that asks one of the afwegingskader's questions ("Schat ik in dat er sprake is van acute onveiligheid?"). */
export function isQuestionLine(line: string): boolean {
  const text = line.trim();
  return text.length >= 20 && text.length <= 400 && text.endsWith('?') && !text.includes('\n') && /vermoeden|onveilig|hulp|aanvaard|resultat|melden|melding|noodzakelijk|geweld|mishandeling/.test(fold(text));
}

const QUESTION = /^\s*(?:vraag\s*)?([1-5])\s*[:.)\-–]\s*(.*)$/is;
const LABELLED_QUESTION = /^\s*vraag\s*([1-5])\s*[:.)\-–]?\s*(.*)$/is;
const DECISION = /^\s*(?:beslissing|besluit)\s*([12])\s*[:.)\-–]?\s*(.*)$/is;
const ANSWER = /^\s*(ja|nee)\b(\s+of\s+twijfel)?\s*[:,→>\-–]?\s*(.*)$/is;

/**
 * The questions (or the basismodel's two decisions) with their outcomes. Every line is kept:
 * an answer line stays in its question's toelichting, any other line in the afwegingskader's.
 */
export function readAfwegingskader(blocks: readonly Block[], into: ImportedAfwegingskader): void {
  let current: ImportedQuestion | ImportedDecision | undefined;
  let awaitingText = false;
  const rest = (line: string): void => {
    if (current !== undefined && 'voorwaarden' in current && current.beslissing === 2 && /^\s*-/.test(line)) current.voorwaarden.push(line.replace(/^\s*-\s*/, ''));
    else into.toelichting.push(line);
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      readTable(block.rows, into, rest);
      current = undefined;
      continue;
    }
    const line = block.kind === 'item' ? block.text : block.text;
    const decision = DECISION.exec(line);
    const labelled = LABELLED_QUESTION.exec(line);
    const question = labelled ?? (QUESTION.exec(line) && line.includes('?') ? QUESTION.exec(line) : null);
    const answer = ANSWER.exec(line);
    if (decision) {
      current = { beslissing: Number(decision[1]), tekst: decision[2].trim(), toelichting: [], voorwaarden: [] };
      into.beslissingen.push(current);
      awaitingText = current.tekst === '';
    } else if (question) {
      current = { vraag: Number(question[1]), tekst: question[2].trim(), toelichting: [] };
      into.vragen.push(current);
      awaitingText = current.tekst === '';
    } else if (awaitingText && current !== undefined) {
      current.tekst = line.trim();
      awaitingText = false;
    } else if (answer && current !== undefined) {
      // "Ja: ga naar vraag 2. Nee: sluit af." holds both answers.
      for (const part of line.split(/(?<=[.;])\s+(?=(?:ja|nee)\b)/i)) {
        const each = ANSWER.exec(part);
        if (each === null) continue;
        const outcome = outcomeOf(each[3], 'beslissing' in current);
        const key = each[1].toLowerCase() as 'ja' | 'nee';
        if (outcome !== undefined && current[key] === undefined) current[key] = outcome;
      }
      current.toelichting.push(line.trim());
    } else if (isQuestionLine(line) && into.beslissingen.length === 0 && into.vragen.length < 5) {
      // A question numbered by Word (the number is not in the text), or not numbered at all.
      current = { vraag: into.vragen.length + 1, tekst: line.trim(), toelichting: [] };
      into.vragen.push(current);
      awaitingText = false;
    } else {
      rest(blockText(block));
    }
  }
  into.model ??= modelNamedIn([...into.toelichting].join(' '));
}

/** A table of questions: a cell with a question mark is the question, the columns headed Ja and Nee its outcomes. */
function readTable(rows: readonly string[][], into: ImportedAfwegingskader, rest: (line: string) => void): void {
  const header = rows[0]?.map((cell) => fold(cell).trim()) ?? [];
  const jaColumn = header.findIndex((cell) => /^ja\b/.test(cell));
  const neeColumn = header.findIndex((cell) => /^nee\b/.test(cell));
  const hasHeader = jaColumn >= 0 || neeColumn >= 0;
  if (hasHeader) rest(rows[0].join(' | '));
  for (const row of rows.slice(hasHeader ? 1 : 0)) {
    const textColumn = row.findIndex((cell) => cell.includes('?'));
    if (textColumn < 0 || into.vragen.length >= 5) {
      rest(row.join(' | '));
      continue;
    }
    const cell = row[textColumn].replace(/\n/g, ' ');
    const numbered = QUESTION.exec(cell);
    const number = numbered ? Number(numbered[1]) : Number(/^\s*([1-5])\s*$/.exec(row[0] ?? '')?.[1] ?? into.vragen.length + 1);
    const question: ImportedQuestion = { vraag: number, tekst: (numbered ? numbered[2] : cell).trim(), toelichting: [] };
    row.forEach((value, column) => {
      if (column === textColumn || value.trim() === '' || /^\s*[1-5]\s*$/.test(value)) return;
      const key = column === jaColumn ? 'ja' : column === neeColumn ? 'nee' : undefined;
      const label = key === undefined ? '' : key === 'ja' ? 'Ja: ' : 'Nee: ';
      if (key !== undefined) question[key] ??= outcomeOf(value, false);
      question.toelichting.push(`${label}${value.replace(/\n/g, ' ')}`);
    });
    into.vragen.push(question);
  }
}
