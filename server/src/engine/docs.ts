/** Where each rule's documentation lives; the link travels with every finding. */
export const DOCS_BASE_URL = 'https://github.com/meldcode/meldcode/blob/main/docs/rules/';

export function ruleDocUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
