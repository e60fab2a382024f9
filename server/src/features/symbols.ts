import { isScalar, type Node } from 'yaml';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { Locale, ProtocolDocument, Range } from '../engine';
import type { KeyedSection, StepModel } from '../engine/model';
import { serverText } from './messages';

const SECTION_KINDS: Readonly<Record<string, SymbolKind>> = {
  organisatie: SymbolKind.Module,
  aandachtsfunctionarissen: SymbolKind.Array,
  contactpunten: SymbolKind.Array,
  stappen: SymbolKind.Array,
  afwegingskader: SymbolKind.Array,
  routes: SymbolKind.Array,
  bijlagen: SymbolKind.Array,
  interventies: SymbolKind.Array,
};

/**
 * The outline: every top-level section, with the organisation's name, the officers,
 * contact points, steps and questions of the afwegingskader underneath.
 */
export function documentSymbols(document: ProtocolDocument, locale: Locale): DocumentSymbol[] {
  const { model, positions } = document;
  const span = (start: number, end: number): Range => {
    let last = end;
    while (last > start && /\s/.test(document.text[last - 1])) last--;
    return positions.range(start, last);
  };
  /** A list item from its dash to its last character. */
  const nodeSpan = (node: Node): Range => {
    const start = node.range?.[0] ?? 0;
    const lineStart = document.text.lastIndexOf('\n', start - 1) + 1;
    const dash = /^\s*-\s+$/.test(document.text.slice(lineStart, start)) ? document.text.indexOf('-', lineStart) : start;
    return span(dash, node.range?.[1] ?? 0);
  };
  const symbols: DocumentSymbol[] = [];
  for (const section of model.sections.values()) {
    const range = span(section.keyStartOffset, endOf(section));
    const symbol: DocumentSymbol = {
      name: section.key,
      kind: SECTION_KINDS[section.key] ?? SymbolKind.Namespace,
      range,
      selectionRange: section.keyRange,
      children: [],
    };
    const children = symbol.children!;
    switch (section.key) {
      case 'organisatie': {
        const naam = model.organisation?.naam?.text;
        const sector = model.organisation?.sector?.text;
        if (naam) symbol.detail = sector ? `${naam} (${sector})` : naam;
        break;
      }
      case 'aandachtsfunctionarissen':
        model.officers.forEach((officer, index) => {
          children.push(item(officer.naam?.text || officer.id?.text || `#${index + 1}`, officer.functie?.text, SymbolKind.Object, nodeSpan(officer.node), officer.id?.range ?? officer.naam?.range));
        });
        break;
      case 'contactpunten':
        model.contactPoints.forEach((point, index) => {
          children.push(item(point.naam?.text || point.id?.text || `#${index + 1}`, point.soort?.text, SymbolKind.Object, nodeSpan(point.node), point.id?.range ?? point.naam?.range));
        });
        break;
      case 'stappen':
        children.push(...stepSymbols(model.steps, locale, nodeSpan));
        break;
      case 'afwegingskader':
        model.questions.forEach((question, index) => {
          const name = question.vraag ? serverText('question', locale, { question: question.vraag.text }) : `#${index + 1}`;
          children.push(item(name, question.tekst?.text, SymbolKind.Field, nodeSpan(question.node), question.vraag?.range ?? question.tekst?.range));
        });
        model.afwegingskader?.decisions.forEach((decision, index) => {
          const name = serverText('decision', locale, { decision: decision.beslissing?.text ?? `#${index + 1}` });
          children.push(item(name, decision.tekst?.text, SymbolKind.Field, nodeSpan(decision.node), decision.beslissing?.range ?? decision.tekst?.range));
        });
        break;
      case 'routes':
        model.routes.forEach((route, index) => {
          const symbolOfRoute = item(route.titel?.text || route.id?.text || `#${index + 1}`, route.soort?.text, SymbolKind.Class, nodeSpan(route.node), route.id?.range ?? route.titel?.range);
          const steps = stepSymbols(route.steps, locale, nodeSpan);
          if (steps.length > 0) symbolOfRoute.children = steps;
          children.push(symbolOfRoute);
        });
        break;
      case 'bijlagen':
        model.appendices.forEach((appendix, index) => {
          children.push(item(appendix.titel?.text || appendix.id?.text || `#${index + 1}`, appendix.omschrijving?.text, SymbolKind.File, nodeSpan(appendix.node), appendix.id?.range ?? appendix.titel?.range));
        });
        break;
      default:
        break;
    }
    if (children.length === 0) delete symbol.children;
    symbols.push(symbol);
  }
  return symbols;
}

/** Steps (of the five, or of a route), a merged step named by both numbers, with their parts (5a, 5b). */
function stepSymbols(steps: readonly StepModel[], locale: Locale, nodeSpan: (node: Node) => Range): DocumentSymbol[] {
  return steps.map((step, index) => {
    const numbers = step.numbers.join(locale === 'nl' ? ' en ' : ' and ');
    const name = numbers !== '' ? serverText('step', locale, { step: numbers }) : `#${index + 1}`;
    const symbol = item(name, step.titel?.text, SymbolKind.Event, nodeSpan(step.node), step.numberFields[0]?.range ?? step.titel?.range);
    const parts = step.substeps.map((part, partIndex) =>
      item(part.id?.text || `#${partIndex + 1}`, part.titel?.text, SymbolKind.Event, nodeSpan(part.node), part.id?.range ?? part.titel?.range),
    );
    if (parts.length > 0) symbol.children = parts;
    return symbol;
  });
}

function item(name: string, detail: string | undefined, kind: SymbolKind, range: Range, selection: Range | undefined): DocumentSymbol {
  const symbol: DocumentSymbol = { name, kind, range, selectionRange: selection ?? range };
  if (detail) symbol.detail = detail;
  return symbol;
}

/** The end of a section's value (or of its key when it has none), without trailing line breaks. */
function endOf(section: KeyedSection): number {
  const value = section.value as Node | null;
  const keyEnd = isScalar(section.pair.key) ? section.pair.key.range?.[1] ?? section.keyStartOffset : section.keyStartOffset;
  return value?.range ? Math.max(keyEnd, value.range[1]) : keyEnd;
}
