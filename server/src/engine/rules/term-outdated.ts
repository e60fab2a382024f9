import { isScalar, visit } from 'yaml';
import type { Rule } from '../rule';

const REPLACEMENT = 'Veilig Thuis';

/**
 * Names of the reporting points that merged into Veilig Thuis on 1 January 2015.
 * A long name with its abbreviation in brackets is one match, so the fix does not
 * leave "Veilig Thuis (Veilig Thuis)".
 */
const OUTDATED =
  /Advies- en Meldpunt Kindermishandeling(?: \(AMK\))?|Advies- en Steunpunt Huiselijk Geweld(?: \(A?SHG\))?|Steunpunt Huiselijk Geweld(?: \(SHG\))?|\bAMK\b|\bA?SHG\b/gi;
const QUICK_CHECK = /AMK|SHG|meldpunt kindermishandeling|steunpunt huiselijk geweld/i;

export const rule: Rule = {
  meta: {
    id: 'term-outdated',
    defaultSeverity: 'warning',
    description: {
      nl: 'Het protocol noemt geen meldpunten die sinds 2015 Veilig Thuis heten (AMK, ASHG, SHG).',
      en: 'The protocol names no reporting points that have been Veilig Thuis since 2015 (AMK, ASHG, SHG).',
    },
    runsOnBrokenYaml: true,
    messages: {
      outdated: {
        nl: '"{term}" bestaat niet meer: sinds 1 januari 2015 zijn AMK en (A)SHG samen Veilig Thuis.',
        en: '"{term}" no longer exists: since 1 January 2015 the AMK and (A)SHG together are Veilig Thuis.',
      },
      replace: {
        nl: 'Vervang "{term}" door "Veilig Thuis"',
        en: 'Replace "{term}" with "Veilig Thuis"',
      },
    },
    fixable: true,
  },
  check(context) {
    const { document } = context;
    if (!document.yaml || !QUICK_CHECK.test(document.text)) return;
    visit(document.yaml, {
      Scalar(key, node) {
        if (key === 'key') return; // renaming a key could make it clash with another; values only
        if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
        const [start, end] = node.range;
        const source = document.text.slice(start, end);
        OUTDATED.lastIndex = 0;
        for (let match = OUTDATED.exec(source); match; match = OUTDATED.exec(source)) {
          const term = match[0];
          if (/^a?shg$|^amk$/i.test(term) && term !== term.toUpperCase()) continue; // "amk" in a word is not the acronym
          const startOffset = start + match.index;
          const endOffset = startOffset + term.length;
          const fix = { messageId: 'replace', data: { term }, edits: [{ startOffset, endOffset, newText: REPLACEMENT }] };
          context.report({
            messageId: 'outdated',
            data: { term },
            range: document.positions.range(startOffset, endOffset),
            fix,
          });
        }
      },
    });
  },
};
