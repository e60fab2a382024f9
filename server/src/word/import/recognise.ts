import { isQuestionLine, modelNamedIn, readAfwegingskader, type ImportedAfwegingskader } from './afwegingskader';
import type { Block } from './blocks';
import { classifyHeading, SPECIAL_FORMS, stepTitle, type SpecialForm } from './classify';
import { contactFromParts, contactIdBase, defaultContactName, findEmails, findPhones, kindPattern, NATIONAL_KINDS, type ImportedContact } from './contacts';
import { findDates } from './dates';
import { exportedAfwegingskaderReference, isExportedBoilerplate, isExportedCallLine, isExportedDocumentTitle, isExportedRouteMap, readContactSheetTable, withoutCallLists } from './exported';
import type { ImportedProtocol, ImportedRoute, ImportedStep, ImportedSubstep } from './model';
import { guessSector, SECTORS, organisationFromLine, organisationFromTitle } from './organisation';
import type { Section, SectionedDocument } from './sections';
import { blockLines, blockText, fold, IdPool, slug } from './text';

const RESPONSIBLE_LABEL = /^\s*(?:verantwoordelijk(?:e)?(?:\s+persoon)?|wie|uitvoering|uitvoerder)\s*:\s*(.+)$/is;
const TERM_LABEL = /^\s*(?:termijn|wanneer|tijdpad)\s*:\s*(.+)$/is;
const NAMED_OFFICER = /\baandachtsfunctionaris(?:sen)?\s+(?:(?:is|zijn|:)\s+)?((?:\p{Lu}[\p{L}.'-]*)(?:\s+(?:(?:van|der|den|de|ter|ten|el|al)\b|\p{Lu}[\p{L}.'-]*))*)/u;

/** "De aandachtsfunctionaris is Marieke Jansen (030-1234567)": an officer named in a sentence, which stays where it is. */
function officersNamedIn(text: string): Array<Omit<ImportedContact, 'id'>> {
  if (!/aandachtsfunctionaris/i.test(text)) return [];
  const found: Array<Omit<ImportedContact, 'id'>> = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const match = NAMED_OFFICER.exec(sentence);
    if (match === null) continue;
    const naam = match[1].replace(/[.\s]+$/, '');
    if (naam.split(/\s+/).length < 2) continue;
    found.push({ officer: true, soort: 'overig', naam, standsIn: /plaatsvervang/i.test(sentence), telefoon: findPhones(sentence)[0], email: findEmails(sentence)[0] });
  }
  return found;
}

const FIELD_LINE = /^\s*(naam|functie|rol|telefoon(?:nummer)?|tel\.?|mobiel|e-?mail|bereikbaar(?:heid)?)\s*:/i;

/** "Naam: ...", "Functie: ...", "Telefoon: ..." on lines of their own: one person, until the next "Naam:". */
function groupFieldLines(blocks: readonly Block[]): Block[] {
  const result: Block[] = [];
  let group: { lines: string[]; fields: Set<string> } | undefined;
  const close = (): void => {
    if (group !== undefined) result.push({ kind: 'paragraph', text: group.lines.join('\n'), bold: false });
    group = undefined;
  };
  for (const block of blocks) {
    const field = block.kind === 'paragraph' || block.kind === 'item' ? FIELD_LINE.exec(block.text)?.[1].toLowerCase() : undefined;
    if (field === undefined || block.kind === 'table' || block.kind === 'heading') {
      close();
      result.push(block);
      continue;
    }
    const key = field.startsWith('tel') || field === 'mobiel' ? 'telefoon' : field;
    if (group !== undefined && (key === 'naam' || group.fields.has(key))) close();
    group ??= { lines: [], fields: new Set() };
    group.lines.push(block.text);
    group.fields.add(key);
  }
  close();
  return result;
}

const STEP_LIKE = new Set(['step', 'substep', 'acute-route', 'staff-route', 'other-route', 'afwegingskader']);

/** "Veilig Thuis: 0800-2000", "Naam / telefoon / e-mail": a short line that is a contact, not a sentence that mentions one. */
function isContactLine(text: string): boolean {
  return text.length <= 120 && !/[.!?]$/.test(text.trim()) && (findPhones(text).length > 0 || findEmails(text).length > 0);
}

/** At most this long, a line with a phone number or e-mail address in a contact list is read as one contact. */
const MAX_CONTACT_LINE = 200;

/** Recognises the parts of a protocol in the sections of a Word document; what it cannot place becomes a marked appendix. */
export function recogniseProtocol(document: SectionedDocument, sourceName: string): ImportedProtocol {
  const ids = new IdPool();
  const protocol: ImportedProtocol = {
    title: document.title,
    organisatie: { naam: '', sector: 'overig', sectorRecognised: false, dates: {} },
    inleiding: [],
    officers: [],
    contacts: [],
    steps: [],
    routes: [],
    kindcheck: [],
    bijzondereVormen: new Map(),
    beroepsgeheim: [],
    vastleggen: [],
    scholing: [],
    interventies: [],
    verantwoordelijkheden: [],
    bijlagen: [],
    headings: [],
  };
  const contacts = new ContactBook(ids, protocol);
  const exported = withoutExportedSummaries(document, protocol);
  document = exported.document;

  // First the people and numbers, which steps and routes then refer to.
  const remaining = new Map<Section, Block[]>();
  for (const section of document.sections) remaining.set(section, contacts.take(section));

  const allText = [document.title ?? '', ...document.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockLines)])].join('\n');
  findDates(allText, protocol.organisatie.dates);

  for (const section of document.sections) {
    const blocks = takeStepTables(takeOrganisationLine(remaining.get(section) ?? [], protocol), protocol);
    remaining.set(section, blocks);
    place(section, blocks, protocol, ids);
  }
  if (protocol.organisatie.naam === '') protocol.organisatie.naam = organisationFromTitle(document.title ?? '') ?? sourceName.replace(/\.docx$/i, '');
  const sector = SECTORS.find((known) => known === exported.sector) ?? guessSector(`${document.title ?? ''} ${protocol.organisatie.naam}`, allText);
  protocol.organisatie.sector = sector ?? 'overig';
  protocol.organisatie.sectorRecognised = sector !== undefined;
  if (protocol.afwegingskader === undefined) protocol.afwegingskader = afwegingskaderInSteps(document.sections, remaining) ?? afwegingskaderByReference(allText);
  if (!protocol.contacts.some((point) => point.soort === 'veilig-thuis') && /veilig thuis/i.test(allText)) {
    // The document sends its readers to Veilig Thuis without a number: the contact point, without inventing one.
    contacts.add({ officer: false, soort: 'veilig-thuis', naam: defaultContactName('veilig-thuis'), standsIn: false });
  }
  contacts.linkStandIns();
  linkContacts(protocol);
  return protocol;
}

/**
 * A document our own export wrote: the organisation is the heading after the title line (its
 * facts, "Sector: ...", below it), and the route map and the "Bellen" lists repeat the contact
 * sheet, so they are left out rather than read as more contacts.
 */
function withoutExportedSummaries(document: SectionedDocument, protocol: ImportedProtocol): { document: SectionedDocument; sector?: string } {
  let sections = document.sections.filter((section) => !isExportedRouteMap(section)).map((section) => ({ ...section, blocks: withoutCallLists(section.blocks) }));
  const titlePage = sections.find((section) => section.heading !== '');
  let sector: string | undefined;
  if (isExportedDocumentTitle(document.title) && titlePage !== undefined && titlePage.class.kind === 'unknown' && titlePage.level === 1) {
    protocol.organisatie.naam = titlePage.heading;
    const facts = titlePage.blocks.filter((block) => block.kind === 'paragraph');
    sector = facts.map((block) => /^\s*sector\s*:\s*(.+)$/i.exec(blockText(block))?.[1].trim()).find((value) => value !== undefined);
    protocol.inleiding.push(...titlePage.blocks.map(blockText));
    sections = sections.filter((section) => section !== titlePage).map((section) => ({ ...section, blocks: section.blocks.filter((block) => !isExportedCallLine(block) && !isExportedBoilerplate(block)) }));
    sections = sections.filter((section) => !takeAfwegingskaderReference(section, protocol));
  }
  return { document: { ...document, sections }, sector };
}

/**
 * The model and appendix an exported afwegingskader refers to ("Model: nip", "Afwegingskader:
 * zie Bijlage 1"), taken from its lines; true when the section held nothing else.
 */
function takeAfwegingskaderReference(section: Section, protocol: ImportedProtocol): boolean {
  if (section.class.kind !== 'afwegingskader') return false;
  const take = (text: string): boolean => {
    const reference = exportedAfwegingskaderReference(text);
    if (reference === undefined) return false;
    const kader = (protocol.afwegingskader ??= { vragen: [], beslissingen: [], toelichting: [] });
    kader.model ??= reference.model === undefined ? undefined : modelNamedIn(`afwegingskader ${reference.model}`);
    kader.bijlage ??= reference.bijlage;
    return true;
  };
  section.blocks = section.blocks.filter((block) => block.kind === 'table' || !take(block.text));
  return take(section.heading) && section.blocks.length === 0;
}

/**
 * "Het stappenplan in één overzicht": a table with a row per step ("Stap 1 | Signalen in kaart
 * brengen | Wie | Wat"). Each cell goes to the step, by its column's header.
 */
function takeStepTables(blocks: readonly Block[], protocol: ImportedProtocol): Block[] {
  return blocks.filter((block) => {
    if (block.kind !== 'table') return true;
    const stepRows = block.rows.filter((row) => /^\s*stap\s*\d/i.test(row[0] ?? '') && classifyHeading(row[0]).kind === 'step');
    if (stepRows.length < 2) return true;
    const header = block.rows[0].map((cell) => fold(cell));
    const hasHeader = !/^\s*stap\s*\d/i.test(block.rows[0][0] ?? '');
    for (const row of block.rows) {
      if (row === block.rows[0] && hasHeader) continue;
      const cls = classifyHeading(row[0] ?? '');
      if (cls.kind !== 'step' || cls.steps === undefined) return true; // a row of another kind: keep the table as text
    }
    for (const row of stepRows) {
      const cls = classifyHeading(row[0]);
      const numbers = cls.steps ?? [];
      const step: ImportedStep = { stap: numbers.length === 1 ? numbers[0] : numbers, titel: stepTitle(row[0]), acties: [], toelichting: [], onderdelen: [], contact: [] };
      row.slice(1).forEach((cell, offset) => {
        const column = hasHeader ? header[offset + 1] ?? '' : '';
        const value = cell.trim();
        if (value === '') return;
        if (/verantwoordelijk|wie/.test(column)) step.verantwoordelijk = value.replace(/\n/g, '; ');
        else if (/termijn|wanneer/.test(column)) step.termijn = value.replace(/\n/g, '; ');
        else if (/actie|wat|handeling|taken/.test(column)) step.acties.push(...value.split('\n'));
        else if (offset === 0 && step.titel === row[0].trim()) step.titel = value.replace(/\n/g, ' ');
        else if (offset === 0) step.toelichting.push(value);
        else step.toelichting.push(hasHeader && block.rows[0][offset + 1] ? `${block.rows[0][offset + 1]}: ${value}` : value);
      });
      if (!protocol.steps.some((known) => JSON.stringify(known.stap) === JSON.stringify(step.stap))) {
        protocol.headings.push({ path: ['stappen', protocol.steps.length], heading: row[0].replace(/\n/g, ' ') });
        protocol.steps.push(step);
      } else protocol.steps.find((known) => JSON.stringify(known.stap) === JSON.stringify(step.stap))!.toelichting.push(row.join(' | '));
    }
    if (hasHeader) protocol.headings.push({ path: ['stappen'], heading: block.rows[0].join(' | ') });
    return false;
  });
}

function takeOrganisationLine(blocks: readonly Block[], protocol: ImportedProtocol): Block[] {
  if (protocol.organisatie.naam !== '') return [...blocks];
  return blocks.filter((block) => {
    if (block.kind !== 'paragraph' || protocol.organisatie.naam !== '') return true;
    const name = organisationFromLine(block.text);
    if (name === undefined) return true;
    protocol.organisatie.naam = name;
    return false;
  });
}

class ContactBook {
  constructor(
    private readonly ids: IdPool,
    private readonly protocol: ImportedProtocol,
  ) {}

  /** Reads the officers and contact points of a section; returns the blocks that are not one. */
  take(section: Section): Block[] {
    const listing = section.class.kind === 'officers' || section.class.kind === 'contacts';
    const officerContext = section.class.kind === 'officers';
    const rest: Block[] = [];
    for (const block of listing ? groupFieldLines(section.blocks) : section.blocks) {
      if (block.kind === 'table') {
        const left = this.takeTable(block.rows, officerContext);
        if (left.length > 0) rest.push({ kind: 'table', rows: left });
        continue;
      }
      const contact = block.text.length <= MAX_CONTACT_LINE ? contactFromParts([block.text], officerContext) : undefined;
      if (contact !== undefined && (listing || (isContactLine(block.text) && !STEP_LIKE.has(section.class.kind)))) {
        this.add(contact);
        continue;
      }
      for (const named of officersNamedIn(block.text)) this.add(named);
      // In a step a contact line stays an action; elsewhere a number stays in its sentence, and a national service it names is added once.
      if (contact !== undefined && isContactLine(block.text)) this.add(contact);
      else if (contact !== undefined && !contact.officer && NATIONAL_KINDS.has(contact.soort)) this.add({ ...contact, naam: defaultContactName(contact.soort), opmerking: undefined, email: undefined }, true);
      rest.push(block);
    }
    return rest;
  }

  /** A table of officers or phone numbers: every row with a phone number or e-mail address is one. */
  private takeTable(rows: readonly string[][], officerContext: boolean): string[][] {
    const sheet = readContactSheetTable(rows);
    if (sheet !== undefined) {
      const deputies = sheet.map((row) => ({ added: this.add(row.contact), deputyName: row.deputyName }));
      for (const { added, deputyName } of deputies) {
        const deputy = deputyName === undefined ? undefined : this.protocol.officers.find((officer) => officer.naam === deputyName);
        if (deputy !== undefined) added.vervanger = deputy.id;
      }
      return [];
    }
    const header = rows[0] ?? [];
    const headerIsLabels = header.every((cell) => findPhones(cell).length === 0 && findEmails(cell).length === 0);
    const nameColumn = headerIsLabels ? header.findIndex((cell) => /^\s*(?:naam|wie|organisatie|instantie)\b/i.test(cell)) : -1;
    const officerTable = officerContext || (headerIsLabels && /aandachtsfunctionaris/i.test(header.join(' ')));
    const left: string[][] = [];
    let taken = 0;
    for (const [index, row] of rows.entries()) {
      if (index === 0 && headerIsLabels && rows.length > 1) continue;
      const ordered = nameColumn > 0 ? [row[nameColumn], ...row.filter((_, column) => column !== nameColumn)] : row;
      const contact = contactFromParts(ordered.filter((cell) => cell !== undefined && cell.trim() !== ''), officerTable);
      if (contact === undefined) left.push(row);
      else {
        this.add(contact);
        taken++;
      }
    }
    if (taken === 0) return [...rows];
    // The header of a table that was read is only labels; it goes with the rows read.
    return left;
  }

  /** Officers by name, national services by kind, other contact points by name: one entry each. */
  private readonly known = new Map<string, ImportedContact>();

  private static keyOf(contact: Omit<ImportedContact, 'id'>): string {
    if (!contact.officer && NATIONAL_KINDS.has(contact.soort)) return `kind:${contact.soort}`;
    return `${contact.officer ? 'officer' : 'contact'}:${fold(contact.naam ?? '')}`;
  }

  add(found: Omit<ImportedContact, 'id'>, mentionOnly = false): ImportedContact {
    const list = found.officer ? this.protocol.officers : this.protocol.contacts;
    const key = ContactBook.keyOf(found);
    const same = this.known.get(key);
    if (same !== undefined) {
      if (mentionOnly) return same;
      // The same service named again (a table and a line): keep what each adds.
      if (same.naam === defaultContactName(same.soort) && found.naam !== undefined) same.naam = found.naam;
      for (const key of ['naam', 'functie', 'telefoon', 'email', 'bereikbaarheid', 'opmerking'] as const) {
        const value = found[key];
        if (value === undefined || same[key] === value) continue;
        if (same[key] === undefined) same[key] = value;
        else if (!same.officer) same.opmerking = same.opmerking === undefined ? value : `${same.opmerking}, ${value}`;
        else same.bereikbaarheid = same.bereikbaarheid === undefined ? value : `${same.bereikbaarheid}, ${value}`;
      }
      return same;
    }
    const added = { ...found, id: this.ids.take(contactIdBase(found)) };
    this.known.set(key, added);
    list.push(added);
    return added;
  }

  /** An officer marked as the stand-in is the vervanger of the first officer who is not. */
  linkStandIns(): void {
    const officers = this.protocol.officers;
    const main = officers.find((officer) => !officer.standsIn);
    const standIn = officers.find((officer) => officer.standsIn);
    if (main !== undefined && standIn !== undefined) {
      main.vervanger = standIn.id;
      standIn.vervanger ??= main.id;
    }
  }
}

/** Where the text of each kind of section goes, for the comment that keeps its heading. */
const SECTION_KEYS: Partial<Record<Section['class']['kind'], string>> = {
  intro: 'inleiding',
  afwegingskader: 'afwegingskader',
  kindcheck: 'kindcheck',
  'special-forms': 'bijzondere-vormen',
  secrecy: 'beroepsgeheim',
  recording: 'vastleggen',
  training: 'scholing',
  interventions: 'interventies',
  responsibilities: 'verantwoordelijkheden-organisatie',
  officers: 'aandachtsfunctionarissen',
  contacts: 'contactpunten',
};

function place(section: Section, blocks: Block[], protocol: ImportedProtocol, ids: IdPool): void {
  const kind = section.class.kind;
  const key = SECTION_KEYS[kind];
  if (key !== undefined && section.heading !== '' && !(kind === 'intro' && !/^\W*(?:\d+\.?\s*)?inleiding\W*$/i.test(section.heading))) {
    protocol.headings.push({ path: [key], heading: section.heading });
  }
  if (kind === 'intro') {
    // The introduction keeps its headings in its text (all but "Inleiding" itself, which the key says).
    if (section.heading !== '' && !/^\W*(?:\d+\.?\s*)?inleiding\W*$/i.test(section.heading)) protocol.inleiding.push(section.heading);
    protocol.inleiding.push(...blocks.map(blockText));
    return;
  }
  if (blocks.length === 0 && kind !== 'step' && kind !== 'substep') return;
  switch (kind) {
    case 'step':
      placeStep(section, blocks, protocol);
      return;
    case 'substep':
      placeSubstep(section, blocks, protocol);
      return;
    case 'afwegingskader': {
      const kader = (protocol.afwegingskader ??= { vragen: [], beslissingen: [], toelichting: [] });
      if (section.class.appendix) kader.bijlage ??= section.heading;
      readAfwegingskader(blocks, kader);
      kader.model ??= modelNamedIn(section.heading);
      return;
    }
    case 'acute-route':
    case 'staff-route':
    case 'other-route':
      protocol.routes.push(route(section, blocks, ids));
      return;
    case 'kindcheck':
      protocol.kindcheck.push(...blocks.map(blockText));
      return;
    case 'special-forms':
      placeSpecialForms(section, blocks, protocol, ids);
      return;
    case 'secrecy':
      protocol.beroepsgeheim.push(...blocks.map(blockText));
      return;
    case 'recording':
      protocol.vastleggen.push(...blocks.map(blockText));
      return;
    case 'training':
      protocol.scholing.push(...blocks.map(blockText));
      return;
    case 'interventions':
      protocol.interventies.push(...blocks.map((block) => blockText(block).replace(/^\s*-\s*/, '')));
      return;
    case 'responsibilities':
      protocol.verantwoordelijkheden.push(...blocks.map((block) => blockText(block).replace(/^\s*-\s*/, '')));
      return;
    case 'appendix':
      protocol.bijlagen.push({ id: ids.take(slug(section.heading, 'bijlage')), titel: section.heading, omschrijving: blocks.map(blockText), unplaced: false });
      return;
    default:
      unplaced(section, blocks, protocol, ids);
  }
}

function unplaced(section: Section, blocks: readonly Block[], protocol: ImportedProtocol, ids: IdPool): void {
  const titel = section.heading === '' ? 'Tekst zonder kop' : section.heading;
  protocol.bijlagen.push({ id: ids.take(slug(titel, 'tekst')), titel, omschrijving: blocks.map(blockText), unplaced: true });
}

interface StepText {
  verantwoordelijk?: string;
  termijn?: string;
  acties: string[];
  toelichting: string[];
}

/** Lists are the actions; paragraphs are actions too when the step has no list, else its explanation. */
function readStepText(blocks: readonly Block[]): StepText {
  const result: StepText = { acties: [], toelichting: [] };
  const hasList = blocks.some((block) => block.kind === 'item');
  for (const block of blocks) {
    if (block.kind === 'table') {
      result.toelichting.push(blockText(block));
      continue;
    }
    const responsible = RESPONSIBLE_LABEL.exec(block.text);
    const term = TERM_LABEL.exec(block.text);
    if (responsible && block.kind === 'paragraph') {
      result.verantwoordelijk = result.verantwoordelijk === undefined ? responsible[1].trim() : `${result.verantwoordelijk}; ${responsible[1].trim()}`;
    } else if (term && block.kind === 'paragraph') {
      result.termijn = result.termijn === undefined ? term[1].trim() : `${result.termijn}; ${term[1].trim()}`;
    } else if (block.kind === 'item') {
      result.acties.push(block.text.replace(/\n/g, ' '));
    } else if (hasList || block.kind === 'heading' || block.bold) {
      result.toelichting.push(block.text);
    } else {
      result.acties.push(block.text.replace(/\n/g, ' '));
    }
  }
  return result;
}

function placeStep(section: Section, blocks: readonly Block[], protocol: ImportedProtocol): void {
  const numbers = section.class.steps ?? [];
  const stap = numbers.length === 1 ? numbers[0] : numbers;
  const text = readStepText(blocks);
  const existing = protocol.steps.find((step) => JSON.stringify(step.stap) === JSON.stringify(stap));
  if (existing !== undefined) {
    // The same step again (in an appendix, or continued): its text joins the first.
    existing.acties.push(...text.acties);
    existing.toelichting.push(section.heading, ...text.toelichting);
    existing.verantwoordelijk ??= text.verantwoordelijk;
    existing.termijn ??= text.termijn;
    return;
  }
  protocol.headings.push({ path: ['stappen', protocol.steps.length], heading: section.heading });
  protocol.steps.push({ stap, titel: stepTitle(section.heading), ...text, onderdelen: [], contact: [] });
}

function placeSubstep(section: Section, blocks: readonly Block[], protocol: ImportedProtocol): void {
  const number = section.class.steps?.[0] ?? 5;
  let parent = [...protocol.steps].reverse().find((step) => (Array.isArray(step.stap) ? step.stap.includes(number) : step.stap === number));
  if (parent === undefined) {
    parent = { stap: number, titel: '', acties: [], toelichting: [], onderdelen: [], contact: [] };
    protocol.steps.push(parent);
  }
  const text = readStepText(blocks);
  const part: ImportedSubstep = {
    id: section.class.substep ?? `${number}`,
    titel: stepTitle(section.heading),
    verantwoordelijk: text.verantwoordelijk,
    termijn: text.termijn,
    acties: [...text.acties, ...text.toelichting],
    contact: [],
  };
  if (parent.onderdelen.some((known) => known.id === part.id)) part.id = `${part.id}-${parent.onderdelen.length + 1}`;
  protocol.headings.push({ path: ['stappen', protocol.steps.indexOf(parent), 'onderdelen', parent.onderdelen.length], heading: section.heading });
  parent.onderdelen.push(part);
}

function route(section: Section, blocks: readonly Block[], ids: IdPool): ImportedRoute {
  const acute = section.class.kind === 'acute-route';
  const text = readStepText(blocks);
  const hasList = blocks.some((block) => block.kind === 'item');
  return {
    id: ids.take(acute ? 'acuut' : 'medewerker'),
    soort: acute ? 'acuut-gevaar' : section.class.kind === 'staff-route' ? 'vermoeden-medewerker' : (section.class.routeKind ?? 'overig'),
    titel: section.heading,
    verantwoordelijk: text.verantwoordelijk,
    omschrijving: hasList ? text.toelichting : [],
    acties: hasList ? text.acties : [...text.acties, ...text.toelichting],
    contact: [],
  };
}

function placeSpecialForms(section: Section, blocks: readonly Block[], protocol: ImportedProtocol, ids: IdPool): void {
  // A heading that names one form holds only that one; one that names several ("Eergerelateerd geweld en vrouwelijke genitale verminking") is read sentence by sentence.
  const named = formsNamedIn(section.heading);
  const headingForm = named.length === 1 ? named[0] : undefined;
  let current: SpecialForm | undefined = named[0];
  const pending: Block[] = [];
  const add = (form: SpecialForm, text: string): void => {
    const list = protocol.bijzondereVormen.get(form) ?? [];
    list.push(text);
    protocol.bijzondereVormen.set(form, list);
  };
  for (const block of blocks) {
    // Sentence by sentence: one paragraph often treats honour-related violence and FGM in turn.
    const sentences = headingForm === undefined ? blockText(block).split(/(?<=[.!?])\s+/) : [blockText(block)];
    const forms = sentences.map((sentence) => (current = headingForm ?? formNamedIn(sentence) ?? current));
    if (forms[0] === undefined && forms.every((form) => form === undefined)) {
      pending.push(block);
      continue;
    }
    // Lines before the first form named belong to it.
    const first = forms.find((form) => form !== undefined)!;
    for (const earlier of pending.splice(0)) add(first, blockText(earlier));
    let run: { form: SpecialForm; text: string[] } | undefined;
    sentences.forEach((sentence, index) => {
      const form = forms[index] ?? first;
      if (run !== undefined && run.form !== form) {
        add(run.form, run.text.join(' '));
        run = undefined;
      }
      run ??= { form, text: [] };
      run.text.push(sentence);
    });
    if (run !== undefined) add(run.form, run.text.join(' '));
  }
  if (pending.length > 0) unplaced(section, pending, protocol, ids);
}

function formsNamedIn(text: string): SpecialForm[] {
  const folded = fold(text);
  return SPECIAL_FORMS.filter(([, pattern]) => pattern.test(folded)).map(([form]) => form);
}

function formNamedIn(text: string): SpecialForm | undefined {
  return formsNamedIn(text)[0];
}

/** The questions written inside step 4 or 5 ("Beantwoord de vragen: 1. Heb ik ...?"), when the document has no section for them. */
function afwegingskaderInSteps(sections: readonly Section[], remaining: ReadonlyMap<Section, Block[]>): ImportedAfwegingskader | undefined {
  const lines = sections
    .filter((section) => section.class.kind === 'step' || section.class.kind === 'substep')
    .flatMap((section) => remaining.get(section) ?? [])
    .filter((block) => block.kind !== 'table' && isQuestionLine(block.text));
  if (lines.length < 2) return undefined;
  const kader: ImportedAfwegingskader = { vragen: [], beslissingen: [], toelichting: [] };
  readAfwegingskader(lines, kader);
  return kader.vragen.length + kader.beslissingen.length >= 2 ? kader : undefined;
}

/** A protocol that only refers to its afwegingskader ("zie bijlage 2", "het afwegingskader van de KNMG"). */
function afwegingskaderByReference(text: string): ImportedAfwegingskader | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n/).filter((sentence) => /afwegingskader|afweegkader/i.test(sentence));
  const referring = sentences.filter((sentence) => modelNamedIn(sentence) !== undefined || /bijlage\s*\d*/i.test(sentence));
  if (referring.length === 0) return undefined;
  const appendix = /bijlage\s*\d+[a-z]?/i.exec(referring.join(' '));
  return {
    vragen: [],
    beslissingen: [],
    model: modelNamedIn(referring.join(' ')),
    bijlage: appendix ? appendix[0].replace(/^b/, 'B') : undefined,
    toelichting: referring,
  };
}

/**
 * Each step and route refers to the officers and contact points its text names: by name,
 * surname or role (whole words), by the kind of service ("Veilig Thuis", "de wijkagent"), and
 * every officer who is not a stand-in where it says "aandachtsfunctionaris". Names are looked
 * up word by word in an index, so the time grows with the text, not with text × contacts.
 */
function linkContacts(protocol: ImportedProtocol): void {
  const names = new NameIndex();
  const byKind = new Map<RegExp, string[]>();
  const rank = new Map<string, number>();
  for (const officer of protocol.officers) {
    rank.set(officer.id, rank.size);
    if (officer.naam !== undefined) names.add(officer.naam, officer.id);
    const surname = officer.naam?.split(/\s+/).slice(-1)[0] ?? '';
    if (surname.length >= 4) names.add(surname, officer.id);
    const role = officer.functie?.split(/[,(]/)[0].trim() ?? '';
    if (role.length >= 6 && !/aandachtsfunctionaris/i.test(role)) names.add(role, officer.id);
  }
  const generalOfficers = protocol.officers.filter((officer) => !officer.standsIn).map((officer) => officer.id);
  for (const contact of protocol.contacts) {
    rank.set(contact.id, rank.size);
    const shortName = contact.naam?.split(/[,(]/)[0].trim() ?? '';
    if (shortName.length >= 5) names.add(shortName, contact.id);
    // "de huisarts" in a GP's protocol is the writer, not the contact point.
    const pattern = contact.soort === 'huisarts' ? undefined : kindPattern(contact.soort);
    if (pattern !== undefined) byKind.set(pattern, [...(byKind.get(pattern) ?? []), contact.id]);
  }
  const link = (text: string): string[] => {
    const folded = fold(text);
    const found = names.idsIn(folded);
    if (/aandachtsfunctionaris/.test(folded)) for (const id of generalOfficers) found.add(id);
    for (const [pattern, ids] of byKind) if (pattern.test(folded)) for (const id of ids) found.add(id);
    return [...found].sort((a, b) => rank.get(a)! - rank.get(b)!);
  };
  const stepText = (step: { titel: string; acties: string[]; verantwoordelijk?: string }, extra: string[] = []): string =>
    [step.titel, step.verantwoordelijk ?? '', ...step.acties, ...extra].join('\n');
  for (const step of protocol.steps) {
    step.contact = link(stepText(step, step.toelichting));
    for (const part of step.onderdelen) part.contact = link(stepText(part));
  }
  for (const route of protocol.routes) route.contact = link(stepText(route, route.omschrijving));
}

/** Names (one or more words) and whom they name, found in a text as whole words. */
class NameIndex {
  private readonly idsByWords = new Map<string, string[]>();
  private longest = 0;

  add(name: string, id: string): void {
    const words = wordsOf(fold(name));
    // A name of more words than this is not a name but a sentence.
    if (words.length === 0 || words.length > MAX_NAME_WORDS) return;
    const key = words.join(' ');
    const ids = this.idsByWords.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    this.idsByWords.set(key, ids);
    this.longest = Math.max(this.longest, words.length);
  }

  idsIn(folded: string): Set<string> {
    const words = wordsOf(folded);
    const seen = new Set<string>();
    const found = new Set<string>();
    for (let start = 0; start < words.length; start++) {
      let key = '';
      for (let end = start; end < Math.min(words.length, start + this.longest); end++) {
        key = end === start ? words[end] : `${key} ${words[end]}`;
        const ids = this.idsByWords.get(key);
        if (ids === undefined || seen.has(key)) continue;
        seen.add(key);
        for (const id of ids) found.add(id);
      }
    }
    return found;
  }
}

const MAX_NAME_WORDS = 8;

function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

