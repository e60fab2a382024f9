import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type IBorderOptions } from 'docx';
import { textWidth } from '../../render/text-layout';
import { columnWidths, type ColumnSpec } from './column-widths';
import { textRuns } from './paragraphs';

/**
 * Word tables: a header row that repeats on every page, rows that are never split over two
 * pages, and columns wide enough for their longest word (see column-widths.ts).
 */

/** The table text's size in half-points (9 pt), a little smaller than the body text. */
export const TABLE_FONT_SIZE = 18;
/** The table text's size in twips (9 pt), for measuring. */
const FONT_SIZE_TWIPS = TABLE_FONT_SIZE * 10;
const CELL_MARGIN = 80;
const HEADER_SHADING = 'E8EEF4';
const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '9AA5B1' };

/** One cell: lines of text, each a paragraph; a line may be marked (red for a problem). */
export interface CellLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
}
export type Cell = readonly CellLine[];

export function plainCell(text: string | undefined): Cell {
  return text === undefined || text === '' ? [] : [{ text }];
}

/** A full-width table of `columns` and `rows`; columns no row fills are left out, except the first. */
export function wordTable(columns: readonly ColumnSpec[], rows: readonly Cell[][], tableWidth: number): Table {
  const kept = columns.map((_, index) => index).filter((index) => index === 0 || rows.some((row) => (row[index]?.length ?? 0) > 0));
  const keptColumns = kept.map((index) => columns[index]);
  const keptRows = rows.map((row) => kept.map((index) => row[index] ?? []));
  const widths = columnWidths(
    keptColumns,
    keptRows.map((row) => row.map((cell) => cell.map((line) => line.text))),
    tableWidth,
    { width: (text, bold) => measuredWidth(text, bold), cellPadding: 2 * CELL_MARGIN },
  );
  const cell = (lines: Cell, column: number, isHeader: boolean): TableCell =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
      shading: isHeader ? { fill: HEADER_SHADING } : undefined,
      children:
        lines.length === 0
          ? [new Paragraph({ children: [] })]
          : lines.map(
              (line) =>
                new Paragraph({
                  children: textRuns(line.text, { size: TABLE_FONT_SIZE, bold: isHeader || line.bold, italics: line.italic, color: line.colour }),
                }),
            ),
    });
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: keptColumns.map((column, index) => cell([{ text: column.header }], index, true)) }),
      ...keptRows.map((row) => new TableRow({ cantSplit: true, children: row.map((lines, column) => cell(lines, column, false)) })),
    ],
  });
}

/**
 * A text's width in the table's font, in twips, with a tenth to spare: where Calibri is missing
 * (LibreOffice on Linux) a wider font takes its place.
 */
function measuredWidth(text: string, bold: boolean): number {
  return Math.ceil(textWidth(text, FONT_SIZE_TWIPS, bold) * 1.1);
}
