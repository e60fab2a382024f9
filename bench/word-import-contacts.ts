/**
 * `node out/bench/word-import-contacts.js`: how the Word import's time grows with the number of
 * officers and the length of the steps, which it compares with each other to link each step to
 * whom it names. A document with n officers in a table and five steps of about 40·n words each
 * is written with the docx package; the time per officer should stay flat as n grows four-fold
 * (linear), where comparing every step's text with every name grows with n (quadratic).
 * Prints a table and writes bench/results-word-import-contacts.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { importDocx } from '../server/src/word/import';

const repoRoot = path.resolve(__dirname, '..', '..');
const SIZES = (process.env.MELDCODE_BENCH_SIZES ?? "250,1000,4000").split(",").map(Number);
const RUNS = 3;

const SURNAMES = ['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos'];

function officerName(index: number): string {
  return `Medewerker${index} ${SURNAMES[index % SURNAMES.length]}`;
}

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

async function documentWith(officers: number): Promise<Buffer> {
  const rows = [new TableRow({ children: ['Naam', 'Functie', 'Telefoon'].map(cell) })];
  for (let i = 0; i < officers; i++) rows.push(new TableRow({ children: [cell(officerName(i)), cell('Aandachtsfunctionaris'), cell(`030-${String(1000000 + i).slice(-7)}`)] }));
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: 'Meldcode van Stichting De Grote Groep', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: 'Aandachtsfunctionarissen', heading: HeadingLevel.HEADING_1 }),
    new Table({ rows }),
  ];
  for (let step = 1; step <= 5; step++) {
    children.push(new Paragraph({ text: `Stap ${step}: uitwerking`, heading: HeadingLevel.HEADING_1 }));
    // Each step names a tenth of the officers, in sentences of about forty words.
    for (let i = step; i < officers; i += 10) {
      children.push(new Paragraph(`Bij twijfel overlegt de medewerker met ${officerName(i)}, die de signalen met de ouders bespreekt en zo nodig advies vraagt bij Veilig Thuis; het gesprek wordt feitelijk vastgelegd in het dossier, met de datum, de bron en wie erbij was, en binnen een week met de aandachtsfunctionaris nabesproken.`));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

async function main(): Promise<void> {
  const rows: Array<{ officers: number; docxBytes: number; medianMs: number; msPerOfficer: number; linked: number }> = [];
  for (const officers of SIZES) {
    const bytes = await documentWith(officers);
    const times: number[] = [];
    let linked = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = process.hrtime.bigint();
      const result = await importDocx(bytes, { locale: 'nl', sourceName: 'grote-groep.docx' });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      linked = (result.yaml.match(/^ {4}contact:/gm) ?? []).length;
    }
    const medianMs = [...times].sort((a, b) => a - b)[RUNS >> 1];
    rows.push({ officers, docxBytes: bytes.length, medianMs, msPerOfficer: medianMs / officers, linked });
  }
  console.log('| officers | .docx | import (median of 3) | per officer | steps with contacts |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.officers.toLocaleString('en-US')} | ${(row.docxBytes / 1024).toFixed(0)} KB | ${row.medianMs.toFixed(0)} ms | ${row.msPerOfficer.toFixed(2)} ms | ${row.linked} |`);
  }
  const growth = rows[rows.length - 1].msPerOfficer / rows[0].msPerOfficer;
  console.log(`\nTime per officer from ${SIZES[0]} to ${SIZES[SIZES.length - 1]} officers: ×${growth.toFixed(2)} (1 is linear; ${SIZES[SIZES.length - 1] / SIZES[0]} would be quadratic).`);
  fs.writeFileSync(path.join(repoRoot, 'bench', 'results-word-import-contacts.json'), `${JSON.stringify({ rows, growth }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
