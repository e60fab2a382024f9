/**
 * The extension's run-time texts follow `meldcode.locale`, not only the editor's display
 * language: the Dutch bundle is chosen by the setting.
 */
import * as assert from 'node:assert/strict';
import { resolveLocale, translate } from '../../../client/src/translations';

describe('extension texts in the chosen language', () => {
  it('gives the Dutch text of a message when the locale is nl, with its placeholders filled in', () => {
    assert.equal(translate('nl', 'Pick the sector of your organisation'), 'Kies de sector van uw organisatie');
    assert.equal(
      translate('nl', '{0}: {1} and {2} in {3} of them.', '5 protocollen gecontroleerd', '1 fout', '2 waarschuwingen', 1),
      '5 protocollen gecontroleerd: 1 fout en 2 waarschuwingen in 1 ervan.',
    );
  });

  it('gives the English source text when the locale is en, also right after a Dutch one', () => {
    assert.equal(translate('nl', 'Show problems'), 'Toon problemen');
    assert.equal(translate('en', 'Show problems'), 'Show problems');
    assert.equal(translate('en', '{0} protocols checked', 4), '4 protocols checked');
  });

  it('keeps a message that has no Dutch text in English rather than showing nothing', () => {
    assert.equal(translate('nl', 'A message without a translation {0}', 'x'), 'A message without a translation x');
  });

  it('resolves auto (and anything unknown) from the display language, and nl or en as set', () => {
    assert.equal(resolveLocale('nl', 'en'), 'nl');
    assert.equal(resolveLocale('en', 'nl'), 'en');
    assert.equal(resolveLocale('auto', 'nl'), 'nl');
    assert.equal(resolveLocale('auto', 'nl-BE'), 'nl');
    assert.equal(resolveLocale('auto', 'en-US'), 'en');
    assert.equal(resolveLocale(undefined, 'de'), 'en');
    assert.equal(resolveLocale('fr', 'nl'), 'nl');
  });
});
