import { citationLabel } from '../../knowledge/citations';
import { contactKindByValue } from '../../knowledge/enums';
import { nationalNumber } from '../../knowledge/national-numbers';
import type { ProtocolDocument } from '../document';
import { appendSequenceItem, renderScalar, type YamlValue } from '../insertion';
import type { FixDescriptor, OffsetEdit, Rule } from '../rule';
import { ID_PATTERN } from '../schema-validator';
import { KnownIds, MAX_SUGGESTED_ID_LENGTH } from '../suggest';

/** Ids offered as a replacement at most: only near misses (see KnownIds.closest). */
const MAX_SUGGESTIONS = 3;

const VALID_ID = new RegExp(ID_PATTERN);

export const rule: Rule = {
  meta: {
    id: 'reference-unknown',
    defaultSeverity: 'error',
    description: {
      nl: 'Een verwijzing (contact, vervanger) noemt een id dat in het protocol bestaat.',
      en: 'A reference (contact, vervanger) names an id defined in the protocol.',
    },
    messages: {
      unknownContact: {
        nl: '"{id}" is geen aandachtsfunctionaris of contactpunt in dit protocol.{hintNl}',
        en: '"{id}" is not an attention officer or contact point in this protocol.{hintEn}',
      },
      unknownDeputy: {
        nl: '"{id}" is geen aandachtsfunctionaris in dit protocol.{hintNl}',
        en: '"{id}" is not an attention officer in this protocol.{hintEn}',
      },
      replace: {
        nl: 'Vervang door "{id}"',
        en: 'Replace with "{id}"',
      },
      replaceByKind: {
        nl: 'Vervang door "{id}" ({name})',
        en: 'Replace with "{id}" ({name})',
      },
      addOfficer: {
        nl: 'Voeg "{id}" toe als aandachtsfunctionaris',
        en: 'Add "{id}" as an attention officer',
      },
      addContactPoint: {
        nl: 'Voeg "{id}" toe als contactpunt',
        en: 'Add "{id}" as a contact point',
      },
      addNationalContactPoint: {
        nl: 'Voeg "{id}" toe als contactpunt: {nameNl}, {phone}',
        en: 'Add "{id}" as a contact point: {nameEn}, {phone}',
      },
      addNationalContactPointCited: {
        nl: 'Voeg "{id}" toe als contactpunt: {nameNl}, {phone} (bron: {sourceNl})',
        en: 'Add "{id}" as a contact point: {nameEn}, {phone} (source: {sourceEn})',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const { model, document } = context;
    const officers = new KnownIds(model.officers.flatMap((officer) => (officer.id ? [officer.id.text] : [])));
    const any = new KnownIds([...officers.ids, ...model.contactPoints.flatMap((point) => (point.id ? [point.id.text] : []))]);
    const additions = new Additions(document);
    for (const reference of model.references) {
      const known = reference.kind === 'vervanger' ? officers : any;
      const id = reference.target.text;
      if (known.has(id)) continue;
      const target = reference.target;
      // Past the findings shown per file this one is only counted: no need to look for a match.
      const leftOut = context.leftOut(target.range);
      // A block scalar that keeps its line break ("vervanger: |") holds "bakkr\n": the writer typed "bakkr".
      const candidates = leftOut ? [] : known.closest(id.trim(), MAX_SUGGESTIONS);
      const hintNl = candidates.length > 0 ? ` Bedoelde u ${candidates.map((c) => `"${c}"`).join(' of ')}?` : '';
      const hintEn = candidates.length > 0 ? ` Did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}?` : '';
      const replace = (candidate: string, messageId = 'replace', data: Record<string, string> = {}): FixDescriptor => ({
        messageId,
        data: { id: shown(candidate), ...data },
        edits: [{ startOffset: target.startOffset, endOffset: target.endOffset, newText: candidate }],
      });
      const suggestions: FixDescriptor[] = [];
      if (!leftOut) {
        suggestions.push(...additions.for(id, reference.kind === 'vervanger'));
        // "veilig-thuis" where the Veilig Thuis contact point has another id: that one is meant.
        const sameKind = reference.kind === 'contact' ? model.contactPoints.find((point) => point.id && point.soort?.value === id) : undefined;
        const kind = contactKindByValue(id);
        if (sameKind?.id && kind && !candidates.includes(sameKind.id.text)) {
          suggestions.push(replace(sameKind.id.text, 'replaceByKind', { name: sameKind.naam?.text ?? kind.value }));
        }
        suggestions.push(...candidates.map((candidate) => replace(candidate)));
      }
      context.report({
        messageId: reference.kind === 'vervanger' ? 'unknownDeputy' : 'unknownContact',
        data: { id: shown(id), hintNl, hintEn },
        range: target.range,
        suggestions,
      });
    }
  },
};

/** An id as the message quotes it: a very long one is cut short. */
function shown(id: string): string {
  return id.length > MAX_SUGGESTED_ID_LENGTH ? `${id.slice(0, MAX_SUGGESTED_ID_LENGTH - 1)}…` : id;
}

/** Stands for the id in an entry laid out once per list and kind, and replaced per finding. */
const ID_SLOT = 'id-slot-0';

/**
 * "Add '<id>' as an attention officer / a contact point": an entry with the fields to fill
 * in, at the end of its list, laid out as the file is. The layout is worked out once per kind
 * of entry, however many references are unknown.
 */
class Additions {
  private readonly layouts = new Map<string, OffsetEdit[] | undefined>();

  constructor(private readonly document: ProtocolDocument) {}

  /** The additions for an unknown id: as an officer first, as a contact point after; a kind of contact point ("veilig-thuis") only as that. */
  for(id: string, officerOnly: boolean): FixDescriptor[] {
    if (id.length > MAX_SUGGESTED_ID_LENGTH || !VALID_ID.test(id)) return [];
    const kind = contactKindByValue(id)?.value;
    if (kind === undefined) {
      const officer = this.entry('aandachtsfunctionarissen', 'officer', id, { messageId: 'addOfficer', data: { id } });
      return officerOnly ? officer : [...officer, ...this.entry('contactpunten', 'contact', id, { messageId: 'addContactPoint', data: { id } })];
    }
    if (officerOnly) return [];
    const national = nationalNumber(kind);
    if (!national) return this.entry('contactpunten', kind, id, { messageId: 'addContactPoint', data: { id } });
    const data = { id, nameNl: national.name.nl, nameEn: national.name.en, phone: national.display };
    if (national.citations.length === 0) return this.entry('contactpunten', kind, id, { messageId: 'addNationalContactPoint', data });
    const source = (locale: 'nl' | 'en'): string => national.citations.map((citation) => citationLabel(citation, locale)).join('; ');
    return this.entry('contactpunten', kind, id, {
      messageId: 'addNationalContactPointCited',
      data: { ...data, sourceNl: source('nl'), sourceEn: source('en') },
    });
  }

  private entry(list: string, shape: string, id: string, title: Omit<FixDescriptor, 'edits'>): FixDescriptor[] {
    const key = `${list}\u0000${shape}`;
    if (!this.layouts.has(key)) this.layouts.set(key, appendSequenceItem(this.document, list, entryFor(shape)));
    const edits = this.layouts.get(key);
    if (!edits || edits.length === 0) return [];
    const written = renderScalar(id);
    return [{ ...title, edits: edits.map((edit) => ({ ...edit, newText: edit.newText.replace(ID_SLOT, written) })) }];
  }
}

/** The entry added for an unknown id: its fields left empty for the organisation to fill in, a national service's name and number filled. */
function entryFor(shape: string): YamlValue {
  if (shape === 'officer') return { id: ID_SLOT, naam: '', functie: '', telefoon: '', email: '' };
  if (shape === 'contact') return { id: ID_SLOT, naam: '', telefoon: '' };
  const national = nationalNumber(shape);
  return { id: ID_SLOT, soort: shape, naam: national ? asName(national.name.nl) : '', telefoon: national?.display ?? '' };
}

/** "de politie (geen spoed)" -> "Politie (geen spoed)": a service's name as the value of `naam`. */
function asName(text: string): string {
  const name = text.replace(/^(?:de|het) /, '');
  return name[0].toUpperCase() + name.slice(1);
}
