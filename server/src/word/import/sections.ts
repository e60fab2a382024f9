import type { Block } from './blocks';
import { classifyHeading, numberingDepth, type HeadingClass } from './classify';

export interface Section {
  /** The heading as written; '' for the text before the first heading. */
  heading: string;
  level: number;
  class: HeadingClass;
  blocks: Block[];
}

export interface SectionedDocument {
  /** The document's title (its first line, when that is a heading or a short line). */
  title?: string;
  sections: Section[];
}

/** Levels of paragraphs used as headings, below Word's six heading levels. */
const PSEUDO_HEADING_LEVEL = 7;
const MAX_PSEUDO_HEADING_LENGTH = 100;

/** Kinds whose deeper headings belong to them ("Wie doet wat?" under "Stap 2"), unless those start a step or an appendix. */
const CONTAINERS = new Set(['step', 'substep', 'afwegingskader', 'acute-route', 'staff-route', 'other-route', 'kindcheck', 'special-forms', 'secrecy', 'recording', 'training', 'interventions', 'officers', 'contacts', 'responsibilities', 'appendix', 'unknown', 'intro']);
/** Kinds whose deeper headings belong to them even when those name a subject ("Verantwoordelijkheden" under "Stap 2"). */
const STRONG_CONTAINERS = new Set(['step', 'substep', 'afwegingskader', 'acute-route', 'staff-route', 'other-route', 'appendix']);
const OWN_SECTION_INSIDE_CONTAINER = new Set(['step', 'substep', 'afwegingskader']);

/**
 * A paragraph (or list item) that stands for a heading: protocols often number their parts by
 * hand ("Stap 1. Signalen in kaart brengen", "3.2 Kindcheck") or set them in bold instead of
 * using Word's heading styles.
 */
function pseudoHeading(block: Block): { level: number; class: HeadingClass } | undefined {
  if (block.kind !== 'paragraph' && block.kind !== 'item') return undefined;
  const text = block.text;
  if (text.includes('\n') || text.length > MAX_PSEUDO_HEADING_LENGTH || /[.;,!?]$/.test(text)) return undefined;
  const cls = classifyHeading(text);
  const depth = numberingDepth(text);
  const bold = block.kind === 'paragraph' && block.bold;
  // A bold line of its own is a heading too, of no known kind: numbered, beside the others; else below them.
  if (cls.kind === 'unknown') return bold && !/[:]$/.test(text) ? { level: PSEUDO_HEADING_LEVEL + (depth === undefined ? 1 : depth - 1), class: cls } : undefined;
  // A step title in a numbered list ("1. Signalen in kaart brengen", numbered by Word) counts as written out.
  const explicitStep = /^\s*stap\s*\d/i.test(text) || /^\s*\d[a-z]\b[.:)]?\s/i.test(text) || (block.kind === 'item' && block.ordered && cls.kind === 'step');
  if (block.kind === 'item' && !explicitStep) return undefined;
  if (!explicitStep && depth === undefined && !bold && !cls.appendix) return undefined;
  return { level: PSEUDO_HEADING_LEVEL + (depth ?? 1) - 1, class: cls };
}

function looksLikeTitle(block: Block): boolean {
  if (block.kind === 'heading') return true;
  return block.kind === 'paragraph' && !block.text.includes('\n') && block.text.length <= 150 && !/[.;,]$/.test(block.text);
}

export function splitSections(blocks: readonly Block[]): SectionedDocument {
  let start = 0;
  let title: string | undefined;
  if (blocks.length > 0 && looksLikeTitle(blocks[0])) {
    const first = blocks[0] as { text: string };
    const cls = classifyHeading(first.text);
    if (cls.kind === 'unknown' || cls.kind === 'intro') {
      title = first.text.replace(/\n/g, ' ');
      start = 1;
    }
  }
  const sections: Section[] = [{ heading: '', level: 0, class: { kind: 'intro', appendix: false }, blocks: [] }];
  // Open sections by level: a deeper heading of no kind of its own joins the section above it.
  const open: Section[] = [];
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index];
    const heading =
      block.kind === 'heading'
        ? {
            level: block.level,
            class: headingClass(block),
            text: block.text.replace(/\n/g, ' '),
          }
        : pseudoHeadingWithText(block);
    if (heading === undefined) {
      sections[sections.length - 1].blocks.push(block);
      continue;
    }
    while (open.length > 0 && open[open.length - 1].level >= heading.level) open.pop();
    const parent = open[open.length - 1];
    const joinsParent =
      parent !== undefined &&
      (heading.class.kind === 'unknown'
        ? CONTAINERS.has(parent.class.kind)
        : STRONG_CONTAINERS.has(parent.class.kind) && !OWN_SECTION_INSIDE_CONTAINER.has(heading.class.kind));
    if (parent !== undefined && joinsParent) {
      // The heading is kept as a line of the section it belongs to.
      parent.blocks.push({ kind: 'paragraph', text: heading.text, bold: true });
      sections.push(parent); // later blocks go to the parent until the next heading
      open.push({ ...parent, level: heading.level, blocks: parent.blocks });
      continue;
    }
    const section: Section = { heading: heading.text, level: heading.level, class: heading.class, blocks: [] };
    sections.push(section);
    open.push(section);
  }
  // A parent pushed again for its sub-headings shares its blocks; keep each section once.
  const unique = [...new Set(sections)].filter((section) => section.heading !== '' || section.blocks.length > 0);
  return { title, sections: dedupeShared(unique) };
}

/** A heading's kind by its words, unless the export that wrote the document said it (see exported.ts). */
function headingClass(block: Extract<Block, { kind: 'heading' }>): HeadingClass {
  if (block.routeKind !== undefined) return { kind: 'other-route', routeKind: block.routeKind, appendix: false };
  if (block.exportedAppendix === true) return { kind: 'appendix', appendix: true };
  return classifyHeading(block.text);
}

function pseudoHeadingWithText(block: Block): { level: number; class: HeadingClass; text: string } | undefined {
  const found = pseudoHeading(block);
  return found && (block.kind === 'paragraph' || block.kind === 'item') ? { ...found, text: block.text } : undefined;
}

/** Sections that share one list of blocks (a parent and its merged sub-headings) appear once. */
function dedupeShared(sections: readonly Section[]): Section[] {
  const seen = new Set<Block[]>();
  const result: Section[] = [];
  for (const section of sections) {
    if (seen.has(section.blocks)) continue;
    seen.add(section.blocks);
    result.push(section);
  }
  return result;
}
