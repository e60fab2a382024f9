/**
 * `node out/bench/word-import.js`: how long importing a 30-page Word protocol takes, beside
 * mammoth's own raw-text extraction of the same file (the floor: reading the .docx at all).
 * The document is written as HTML and turned into a .docx by LibreOffice, as the fixtures are;
 * LibreOffice also converts it to PDF once, to count its pages. Not a test: it measures and
 * reports. Prints a table and writes bench/results-word-import.json. mammoth's HTML conversion alone is
 * shown too: the import pays it, and the difference is the import's own work.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as mammoth from 'mammoth';
import { importDocx } from '../server/src/word/import';

const repoRoot = path.resolve(__dirname, '..', '..');
const RUNS = 15;
const WARM_UP = 3;
/** Sections of about a page and a third of A4 each (LibreOffice's default style): with the tables and the afwegingskader, 30 pages. */
const SECTIONS = 22;

const PROSE = [
  'De medewerker die zich zorgen maakt over een kind, bespreekt dat zo snel mogelijk met de aandachtsfunctionaris.',
  'Signalen worden feitelijk vastgelegd, met de datum, de bron en wie erbij was; vermoedens worden als vermoeden benoemd.',
  'Bij twijfel over de ernst van de situatie vraagt de aandachtsfunctionaris advies aan Veilig Thuis, zo nodig zonder de naam van het kind te noemen.',
  'Het gesprek met de ouders wordt voorbereid met de aandachtsfunctionaris en vindt plaats op een rustige plek, met voldoende tijd.',
  'Na elk gesprek wordt een kort verslag gemaakt, dat de ouders desgewenst kunnen inzien.',
  'Het afwegingskader helpt bij de vraag of een melding bij Veilig Thuis nodig is en of hulp bieden of organiseren mogelijk is.',
];

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A long protocol: the five steps, each with pages of explanation, tables of contacts, the afwegingskader and appendices. */
function longProtocolHtml(): string {
  const parts: string[] = ['<h1>Meldcode huiselijk geweld en kindermishandeling van Stichting Kinderopvang De Lange Adem</h1>'];
  parts.push('<p>Deze meldcode is vastgesteld door de raad van bestuur op 2 september 2025 en wordt herzien vóór 1 september 2027.</p>');
  parts.push('<h2>Aandachtsfunctionarissen</h2><table><tr><th>Naam</th><th>Functie</th><th>Telefoon</th><th>E-mail</th></tr>');
  for (let i = 0; i < 12; i++) parts.push(`<tr><td>Medewerker ${i + 1} Jansen</td><td>Aandachtsfunctionaris locatie ${i + 1}</td><td>030-27${String(61450 + i).padStart(5, '0')}</td><td>af${i + 1}@delangeadem.example</td></tr>`);
  parts.push('</table><h2>Contactgegevens</h2><p>Veilig Thuis Utrecht / 0800-2000 / info@veiligthuisutrecht.example</p><p>Politie / 0900-8844</p><p>Bij direct gevaar: 112</p>');
  for (let section = 0; section < SECTIONS; section++) {
    const step = (section % 5) + 1;
    const heading = section < 5 ? `Stap ${step}: onderdeel ${section + 1}` : `Toelichting ${section + 1}: uitwerking van stap ${step}`;
    parts.push(`<h2>${escape(heading)}</h2>`);
    for (let paragraph = 0; paragraph < 6; paragraph++) {
      parts.push(`<p>${escape(PROSE.map((sentence, index) => PROSE[(index + paragraph + section) % PROSE.length]).join(' '))}</p>`);
    }
    parts.push('<ul>');
    for (let item = 0; item < 8; item++) parts.push(`<li>${escape(PROSE[(item + section) % PROSE.length])}</li>`);
    parts.push('</ul>');
  }
  parts.push('<h2>Afwegingskader</h2>');
  const questions = [
    'Heb ik op basis van de stappen 1 tot en met 3 een vermoeden van huiselijk geweld of kindermishandeling?',
    'Schat ik in dat er sprake is van acute onveiligheid of structurele onveiligheid?',
    'Ben ik in staat effectieve hulp te bieden of te organiseren?',
    'Aanvaarden de betrokkenen de hulp zoals voorgesteld?',
    'Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten?',
  ];
  questions.forEach((question, index) => parts.push(`<p>Vraag ${index + 1}: ${escape(question)}</p><p>Nee: melden bij Veilig Thuis.</p>`));
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"></head><body>${parts.join('\n')}</body></html>`;
}

function libreOffice(args: readonly string[], cwd: string): void {
  const run = spawnSync('soffice', ['--headless', ...args], { cwd, encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0) throw new Error(`soffice ${args.join(' ')} failed: ${run.stderr}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeRuns(work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

async function main(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-word-bench-'));
  try {
    fs.writeFileSync(path.join(folder, 'lang-protocol.html'), longProtocolHtml());
    libreOffice(['--convert-to', 'docx:MS Word 2007 XML', 'lang-protocol.html'], folder);
    libreOffice(['--convert-to', 'pdf', 'lang-protocol.docx'], folder);
    const pages = (fs.readFileSync(path.join(folder, 'lang-protocol.pdf'), 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    const bytes = fs.readFileSync(path.join(folder, 'lang-protocol.docx'));
    const characters = (await mammoth.extractRawText({ buffer: bytes })).value.length;

    const importMs = await timeRuns(() => importDocx(bytes, { locale: 'nl', sourceName: 'lang-protocol.docx' }));
    const rawTextMs = await timeRuns(() => mammoth.extractRawText({ buffer: bytes }));
    // What mammoth's HTML costs by itself: the rest of importDocx is the recognition and the YAML.
    const htmlMs = await timeRuns(() => mammoth.convertToHtml({ buffer: bytes }));
    const result = await importDocx(bytes, { locale: 'nl', sourceName: 'lang-protocol.docx' });
    const row = {
      pages,
      docxBytes: bytes.length,
      characters,
      runs: RUNS,
      importMedianMs: median(importMs),
      rawTextMedianMs: median(rawTextMs),
      htmlMedianMs: median(htmlMs),
      ratio: median(importMs) / median(rawTextMs),
      importMs,
      rawTextMs,
      htmlMs,
      recognised: { steps: result.summary.steps.length, officers: result.summary.officers.length, contactPoints: result.summary.contactPoints.length, unplaced: result.summary.unplaced.length },
    };
    const cells = [
      `${pages} pages (LibreOffice)`,
      row.characters.toLocaleString('en-US'),
      `${row.importMedianMs.toFixed(0)} ms`,
      `${row.rawTextMedianMs.toFixed(0)} ms`,
      `${row.htmlMedianMs.toFixed(0)} ms`,
      `${row.ratio.toFixed(2)}×`,
    ];
    const headers = ['Word protocol', 'characters', 'importDocx (median)', 'mammoth extractRawText (median)', 'mammoth convertToHtml (median)', 'import / raw text'];
    const widths = headers.map((header, column) => Math.max(header.length, cells[column].length));
    const format = (values: readonly string[]): string => `| ${values.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`;
    console.log(`Word import on ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, median of ${RUNS} runs after ${WARM_UP} warm-up runs\n`);
    console.log([format(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, format(cells)].join('\n'));
    const output = path.join(repoRoot, 'bench', 'results-word-import.json');
    fs.writeFileSync(output, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, loadAverage: os.loadavg()[0], ...row }, null, 2)}\n`);
    console.log(`\nwritten: ${path.relative(process.cwd(), output)}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
