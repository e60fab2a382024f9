import { isPair, isScalar, visit, type Scalar } from 'yaml';
import { scalarText, scalarValueOffsets } from '../ast';
import { isPlaceholderValue } from '../placeholders';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'placeholder-value',
    defaultSeverity: 'warning',
    description: {
      nl: 'Geen voorbeeldwaarde uit een sjabloon meer in het protocol ("Naam van de organisatie", 030-1234567, @organisatie.nl).',
      en: 'No example value from a template left in the protocol ("Naam van de organisatie", 030-1234567, @organisatie.nl).',
    },
    messages: {
      nested: {
        nl: '"{field}" onder "{section}" bevat nog de voorbeeldwaarde "{value}"; vervang die door het gegeven van uw organisatie.',
        en: '"{field}" under "{section}" still holds the example value "{value}"; replace it with your organisation\'s own.',
      },
      topLevel: {
        nl: '"{field}" bevat nog de voorbeeldwaarde "{value}"; vervang die door het gegeven van uw organisatie.',
        en: '"{field}" still holds the example value "{value}"; replace it with your organisation\'s own.',
      },
    },
  },
  check(context) {
    const { document } = context;
    if (!document.yaml) return;
    visit(document.yaml, {
      Scalar(key, node, path) {
        if (key === 'key' || !isScalar(node) || !node.range) return;
        const value = scalarText(node);
        if (!isPlaceholderValue(value)) return;
        const where = fieldOf(path);
        if (!where) return;
        const { field, section } = where;
        const [start, end] = scalarValueOffsets(node as Scalar, document.text);
        const data = { field, section, value: value.trim() };
        context.report({ messageId: field === section ? 'topLevel' : 'nested', data, range: document.positions.range(start, end) });
      },
    });
  },
};

/**
 * The key the value belongs to (for an item of a list, the list's key) and the top-level key it
 * stands under: "telefoon" under "aandachtsfunctionarissen". Undefined for a value outside any map.
 */
function fieldOf(path: readonly unknown[]): { field: string; section: string } | undefined {
  const keys = path.flatMap((step) => (isPair(step) && isScalar(step.key) ? [String(step.key.value)] : []));
  if (keys.length === 0) return undefined;
  return { field: keys[keys.length - 1]!, section: keys[0]! };
}
