#!/usr/bin/env node
'use strict';
// Writes test/fixtures/knowledge/handbook-headings.json: what the citation tests need from the
// two source documents the knowledge base cites, so that those tests run without the texts.
//
//   - the RAAK handbook (004_90e6cff85b2e2ce0.txt): every section (numbered headings such as
//     "8.1 Samenwerking en ketenzorg", "Hoofdstuk 8", "Bijlage 1", "Voorwoord", "Inleiding")
//     with the title-like lines inside it that a citation may name as its sub-heading;
//   - the NJi brochure (000_dae7c0696fcb066e.txt): its section titles, the three tables of
//     interventions (title and rows) and the legend of the classifications;
//   - the sha256 of each text it was read from.
//
// Only headings, titles and table rows are taken, no running text. The texts are extracted
// from PDFs and are not in the repository; they are looked for in the folder given with
// --sources, else in $MELDCODE_SOURCES_DIR, else in ../shared/handbook beside the repository.
//
//   node scripts/extract-source-index.js [--sources DIR]          rewrite the index
//   node scripts/extract-source-index.js [--sources DIR] --check  exit 1 if it is out of date
//
// test/unit/knowledge/source-index.test.ts runs the same extraction when the texts are there
// and fails if the committed index no longer matches them.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

const INDEX_PATH = path.join(root, 'test', 'fixtures', 'knowledge', 'handbook-headings.json');

const SOURCES = {
  handbook: {
    file: '004_90e6cff85b2e2ce0.txt',
    title: "Kindermishandeling: voorkomen en helpen. Lessen van en voor Regio's RAAK (RAAK handbook, 2007)",
  },
  brochure: {
    file: '000_dae7c0696fcb066e.txt',
    title: "Van 'pedagogische tik' tot kindermishandeling. Handreiking voor het inzetten van een preventie- en zorgarrangement (Nederlands Jeugdinstituut)",
  },
};

/** The folder with the source texts: --sources, MELDCODE_SOURCES_DIR, or ../shared/handbook. */
function defaultSourcesDir() {
  return process.env.MELDCODE_SOURCES_DIR || path.join(root, '..', 'shared', 'handbook');
}

function sha256(text) {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

// ---- Handbook ----

/** "8.1 Samenwerking ...": a number with at least one dot, then a capital. */
const NUMBERED_HEADING = /^(\d+(?:\.\d+)+)\s+(\p{Lu}.*)$/u;
const PART_HEADING = /^(Hoofdstuk|Bijlage) \d+$/;
/** Unnumbered parts before chapter 1 that citations may name. */
const FRONT_MATTER = ['Voorwoord', 'Inleiding'];

function isSectionStart(line) {
  return NUMBERED_HEADING.test(line) || PART_HEADING.test(line);
}

/**
 * A line that reads as a heading: short, starts with a capital, does not end like a sentence
 * or a hyphenated break, follows the end of a paragraph, and the next line does not carry on
 * the sentence.
 */
function isTitleLine(lines, i) {
  const line = lines[i];
  if (line.length < 3 || line.length > 70) return false;
  if (!/^\p{Lu}/u.test(line) || /[.,;:\-–]$/.test(line)) return false;
  if (line.split(/\s+/).length > 10 || /\s{2}|www\.|@/.test(line)) return false;
  // Not a signature under the foreword ("Carla Boos", "Amsterdam, 23 augustus 2007") or a source line.
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(line) || /\b(?:19|20)\d\d$/.test(line)) return false;
  const previous = i > 0 ? lines[i - 1] : '';
  if (!(previous === '' || /[.!?:;)’”]$/.test(previous) || isSectionStart(previous))) return false;
  const next = lines[i + 1] ?? '';
  return !/^\p{Ll}/u.test(next);
}

/** Joins the lines of a heading printed over more than one line, mending words broken with a hyphen. */
function joinLines(parts) {
  return parts.reduce((text, part) => (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(part) ? text.slice(0, -1) + part : `${text} ${part}`));
}

function handbookSections(text) {
  const lines = text.split('\n').map((line) => line.trim());
  const starts = [];
  const seen = new Set();
  lines.forEach((line, i) => {
    let section;
    if (NUMBERED_HEADING.test(line)) section = NUMBERED_HEADING.exec(line)[1];
    else if (PART_HEADING.test(line) || FRONT_MATTER.includes(line)) section = line;
    else return;
    // The first occurrence counts, as a reader looking the section up would find it.
    if (seen.has(section)) return;
    seen.add(section);
    starts.push({ at: i, section });
  });
  return starts.map(({ at, section }) => {
    let end = lines.length;
    for (let i = at + 1; i < lines.length; i++) {
      if (isSectionStart(lines[i])) {
        end = i;
        break;
      }
    }
    // The title: for "8.2.1 ..." the rest of the line, and a short last line under it
    // ("... in een" / "Regio RAAK"); for "Hoofdstuk 8" or "Bijlage 1" the line under it and the
    // lines that carry it on in lower case. Front matter has none.
    const titleLines = [];
    const numbered = NUMBERED_HEADING.exec(lines[at]);
    if (numbered) {
      titleLines.push(numbered[2]);
      const next = lines[at + 1] ?? '';
      if (at + 1 < end && next !== '' && next.split(/\s+/).length <= 3 && !/[.,;:]$/.test(next)) titleLines.push(next);
    } else if (PART_HEADING.test(section)) {
      for (let i = at + 1; i < end && i <= at + 3 && lines[i] !== ''; i++) {
        if (titleLines.length > 0 && !/^\p{Ll}/u.test(lines[i])) break;
        titleLines.push(lines[i]);
      }
    }
    const headings = [];
    for (let i = at + 1 + (numbered ? titleLines.length - 1 : titleLines.length); i < end; i++) {
      if (isTitleLine(lines, i) && !headings.includes(lines[i])) headings.push(lines[i]);
    }
    if (titleLines.length === 0) return { section, headings };
    return { section, title: joinLines(titleLines), headings };
  });
}

// ---- Brochure ----

const TABLE_HEADER = 'Interventie Classificatie Doelgroep';
const LEGEND_START = '1 = door de Erkenningscommissie';

function collapseSpace(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** The three tables: the title above the header line, and the rows up to the legend as one line. */
function brochureTables(lines) {
  const tables = [];
  lines.forEach((line, index) => {
    if (line !== TABLE_HEADER) return;
    let title = '';
    for (let i = index - 1; i >= 0 && title === ''; i--) title = lines[i];
    const end = lines.findIndex((candidate, i) => i > index && candidate.startsWith(LEGEND_START));
    if (end === -1) throw new Error(`brochure: table "${title}" has no legend`);
    let legendEnd = end;
    while (/^\d = /.test(lines[legendEnd] ?? '')) legendEnd += 1;
    tables.push({
      title,
      body: collapseSpace(lines.slice(index + 1, end).join('\n')),
      legend: lines.slice(end, legendEnd),
      lines: [index, legendEnd],
    });
  });
  return tables;
}

/**
 * Titles: blocks of one or two lines (a block ends at an empty line; a line that starts with a
 * space starts a new one) that read as a heading. List items (a tab or "-" first) and the
 * tables are left out.
 */
function brochureTitles(rawLines, tables) {
  const inTable = (i) => tables.some(({ lines: [from, to] }) => i >= from && i < to);
  const blocks = [];
  let current;
  rawLines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || inTable(i)) {
      current = undefined;
      return;
    }
    if (/^[\t-]/.test(raw)) {
      blocks.push({ start: i, end: i, lines: [line], item: true });
      current = undefined;
      return;
    }
    if (current === undefined || /^\s/.test(raw)) {
      current = { start: i, end: i, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
    current.end = i;
  });
  const titles = [];
  for (const block of blocks) {
    const text = collapseSpace(block.lines.join(' '));
    if (block.item || block.lines.length > 2 || text.length > 90 || text.split(' ').length > 12) continue;
    if (!/^\p{Lu}/u.test(text) || /[.,;:]$/.test(text) || /www\.|https?:/.test(text)) continue;
    const next = rawLines.slice(block.end + 1).find((line) => line.trim() !== '');
    if (next !== undefined && /^\p{Ll}/u.test(next.trim())) continue;
    if (!titles.includes(text)) titles.push(text);
  }
  return titles;
}

function brochureIndex(text) {
  const rawLines = text.split('\n');
  const lines = rawLines.map((line) => line.trim());
  const tables = brochureTables(lines);
  const legends = new Set(tables.map((table) => JSON.stringify(table.legend)));
  if (legends.size !== 1) throw new Error('brochure: the tables have different legends');
  return {
    titles: brochureTitles(rawLines, tables),
    tables: tables.map(({ title, body }) => ({ title, body })),
    classifications: tables[0]?.legend.map(collapseSpace) ?? [],
  };
}

// ---- Index ----

function readSources(dir) {
  const texts = {};
  for (const [key, { file }] of Object.entries(SOURCES)) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) throw new Error(`source text ${full} not found`);
    texts[key] = fs.readFileSync(full, 'utf8');
  }
  return texts;
}

/** The index for the source texts in `dir`, as it is committed. */
function buildIndex(dir = defaultSourcesDir()) {
  const texts = readSources(dir);
  return {
    about:
      'Headings, titles and table rows of the sources the knowledge base cites, for the citation tests. ' +
      'Generated by scripts/extract-source-index.js from the texts named here; do not edit by hand.',
    sources: Object.fromEntries(
      Object.entries(SOURCES).map(([key, { file, title }]) => [key, { file, title, sha256: sha256(texts[key]) }]),
    ),
    handbook: { sections: handbookSections(texts.handbook) },
    brochure: brochureIndex(texts.brochure),
  };
}

function serialise(index) {
  return `${JSON.stringify(index, null, 2)}\n`;
}

function main(argv) {
  let dir = defaultSourcesDir();
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sources' && argv[i + 1] !== undefined) dir = path.resolve(argv[++i]);
    else if (argv[i] === '--check') check = true;
    else {
      console.error('usage: node scripts/extract-source-index.js [--sources DIR] [--check]');
      return 2;
    }
  }
  let text;
  try {
    text = serialise(buildIndex(dir));
  } catch (error) {
    console.error(`extract-source-index: ${error.message}; give the folder with the texts with --sources or MELDCODE_SOURCES_DIR`);
    return 2;
  }
  const relative = path.relative(root, INDEX_PATH);
  if (check) {
    const committed = fs.existsSync(INDEX_PATH) ? fs.readFileSync(INDEX_PATH, 'utf8') : '';
    if (committed === text) {
      console.log(`${relative} matches the texts in ${dir}`);
      return 0;
    }
    console.error(`${relative} does not match the texts in ${dir}; run node scripts/extract-source-index.js`);
    return 1;
  }
  fs.mkdirSync(path.dirname(INDEX_PATH), { recursive: true });
  fs.writeFileSync(INDEX_PATH, text);
  console.log(`wrote ${relative} from ${dir}`);
  return 0;
}

module.exports = { INDEX_PATH, SOURCES, buildIndex, serialise, sha256 };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
