import * as assert from 'node:assert/strict';
import { allRules } from '../../../server/src/engine/rules';
import { hasRuleName, ruleName } from '../../../server/src/features/rule-names';

describe('readable names of the checks (for "turn off check ... on line ...")', () => {
  it('names every rule in Dutch and English, in lower case as inside a sentence', () => {
    for (const rule of allRules) {
      assert.ok(hasRuleName(rule.meta.id), `no name for ${rule.meta.id}`);
      for (const locale of ['nl', 'en'] as const) {
        const name = ruleName(rule.meta.id, locale);
        assert.notEqual(name, rule.meta.id, `${rule.meta.id} (${locale}) is named by its id`);
        assert.match(name, /^(?:[a-z]|Veilig Thuis)/, `${rule.meta.id} (${locale})`);
      }
    }
  });

  it('falls back to the id for a check it does not know', () => {
    assert.equal(ruleName('no-such-rule', 'nl'), 'no-such-rule');
  });
});
