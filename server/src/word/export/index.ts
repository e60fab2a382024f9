import { AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions, type IStylesOptions } from 'docx';
import type { Locale } from '../../engine/types';
import type { RouteMapView } from '../../render/route-map-view';
import { label, wordLabel } from './labels';
import { META_COLOUR, textRuns } from './paragraphs';
import { afwegingskader, type Block, appendices, contactSheet, organisationName, otherSections, responsibilities, routeMap, routes, stepPlan, titlePage } from './sections';

/**
 * The protocol as a Word document (.docx): the same parts as the printable HTML, with Word's
 * own heading styles (Heading 1 to 3, so that Word can make a table of contents), A4 pages and
 * a footer with the protocol's file name and the page number.
 */

export interface WordExportOptions {
  locale: Locale;
  /** The protocol's file name, printed in the footer (a name, not a path). */
  sourceName: string;
}

/** A4 in twips (210 × 297 mm), the size Word writes as w:pgSz w:w="11906" w:h="16838". */
export const A4 = { width: 11906, height: 16838 } as const;
/** 2 cm on every side (1.5 cm left and right in landscape); the footer 1 cm from the bottom edge. */
const MARGIN = 1134;
const LANDSCAPE_SIDE_MARGIN = 850;
const FOOTER_DISTANCE = 567;
const PORTRAIT_TEXT_WIDTH = A4.width - 2 * MARGIN;
const LANDSCAPE_TEXT_WIDTH = A4.height - 2 * LANDSCAPE_SIDE_MARGIN;
type PageOrientationValue = (typeof PageOrientation)[keyof typeof PageOrientation];
const portrait = PageOrientation.PORTRAIT;
const landscape = PageOrientation.LANDSCAPE;

export async function exportDocx(view: RouteMapView, options: WordExportOptions): Promise<Uint8Array> {
  const locale = options.locale;
  const pageFooter = footer(options.sourceName, locale);
  const section = (orientation: PageOrientationValue, children: Block[]): ISectionOptions => {
    const side = orientation === landscape ? LANDSCAPE_SIDE_MARGIN : MARGIN;
    return {
      properties: {
        page: {
          size: { width: A4.width, height: A4.height, orientation },
          margin: { top: MARGIN, right: side, bottom: MARGIN, left: side, header: FOOTER_DISTANCE, footer: FOOTER_DISTANCE },
        },
      },
      footers: { default: pageFooter },
      children,
    };
  };
  const document = new Document({
    title: `${label('documentTitle', locale)} – ${organisationName(view)}`,
    subject: wordLabel('documentSubject', locale, { organisation: organisationName(view) }),
    creator: 'Meldcode',
    styles: styles(locale),
    sections: [
      section(portrait, [...titlePage(view), ...routeMap(view, PORTRAIT_TEXT_WIDTH), ...routes(view), ...stepPlan(view), ...afwegingskader(view)]),
      // Landscape, so that six columns fit with no phone number or e-mail address broken.
      section(landscape, contactSheet(view, LANDSCAPE_TEXT_WIDTH)),
      section(portrait, [...otherSections(view), ...responsibilities(view), ...appendices(view)]),
    ].filter((part) => part.children.length > 0),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** "Gemaakt uit school.meldcode.yaml · pagina 3 van 12". */
function footer(sourceName: string, locale: Locale): Footer {
  const style = { size: 16, color: META_COLOUR };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          ...textRuns(`${label('generatedFrom', locale)} ${sourceName} · ${wordLabel('page', locale)} `, style),
          new TextRun({ ...style, children: [PageNumber.CURRENT] }),
          new TextRun({ ...style, text: ` ${wordLabel('of', locale)} ` }),
          new TextRun({ ...style, children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** Word's own heading styles with the route map's colours; the text in the protocol's language for the spelling check. */
function styles(locale: Locale): IStylesOptions {
  const headingColour = '1F3A5F';
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { size, bold: true, color: headingColour },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font: 'Calibri', size: 22, language: { value: locale === 'nl' ? 'nl-NL' : 'en-GB' } },
        paragraph: { spacing: { after: 80 } },
      },
      title: { run: { size: 48, bold: true, color: headingColour }, paragraph: { spacing: { before: 240, after: 240 } } },
      heading1: heading(32, 360, 0),
      heading2: heading(26, 280, 1),
      heading3: heading(22, 200, 2),
    },
  };
}
