import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderExportHtml } from '../../../server/src/render';
import { draw, REPOSITORY, TODAY } from './fixtures';
import { findAll, hasClass, textOf } from './xml';

/** A protocol made with "New protocol", its officers still on the template's example values. */
const WITH_EXAMPLES = fs.readFileSync(path.join(REPOSITORY, 'samples', 'flawed', 'voorbeeldwaarden.meldcode.yaml'), 'utf8');
const COMPLETE = fs.readFileSync(path.join(REPOSITORY, 'samples', 'kindercentrum-de-zonnebloem.meldcode.yaml'), 'utf8');

const marked = (html: string, label = 'voorbeeldwaarde'): string => `<span class="placeholder">${html}</span> <span class="placeholder-label">(${label})</span>`;

describe('example values of a template, marked where the protocol is printed or drawn', () => {
  it('export: each example value has a dotted underline and the label "voorbeeldwaarde"', () => {
    const html = renderExportHtml(WITH_EXAMPLES, { today: TODAY, sourceName: 'voorbeeldwaarden.meldcode.yaml' });
    assert.ok(html.includes(`<td class="who">${marked('Naam aandachtsfunctionaris')}<span class="detail">Pedagogisch coach</span>`), 'the officer\'s name');
    assert.ok(html.includes(`<td class="phone">${marked('<span class="tel"><a href="tel:0301234567">030-1234567</a></span>')}</td>`), 'the phone number');
    assert.ok(html.includes(`<span class="address">${marked('aandachtsfunctionaris@<wbr>organisatie<wbr>.nl')}</span>`), 'the e-mail address');
    // Where a step names the officer: her name and number.
    assert.ok(html.includes(`<h4>Bellen</h4><ul><li>${marked('Naam aandachtsfunctionaris (Pedagogisch coach)')}: ${marked('<span class="tel"><a href="tel:0301234567">030-1234567</a></span>')}</li>`));
    // Four steps name the officer; the contact sheet has two names, two numbers and two addresses.
    assert.equal(html.match(/class="placeholder"/g)?.length, 4 * 2 + 6);
    // The organisation's own name is not an example: not marked.
    assert.ok(html.includes('<h1>Kinderdagverblijf De Vlinder</h1>'));
    assert.match(html, /\.placeholder \{ text-decoration: underline dotted;/);
  });

  it('export in English: the label is "example value"', () => {
    const html = renderExportHtml(WITH_EXAMPLES, { today: TODAY, locale: 'en' });
    assert.ok(html.includes(`<td class="who">${marked('Naam plaatsvervanger', 'example value')}`));
  });

  it('route map: the officer cards say "(voorbeeldwaarde)" after an example value, underlined with dots', () => {
    const { routeMap } = draw(WITH_EXAMPLES);
    const placeholders = findAll(routeMap, (element) => element.name === 'text' && hasClass(element, 'rk-placeholder')).map(textOf);
    // The lines as drawn (a line wraps where the card ends): four steps that call the officer, then her card and her deputy's.
    const stepContact = ['030-1234567 – Naam aandachtsfunctionaris', '(Pedagogisch coach) (voorbeeldwaarde)'];
    assert.deepEqual(placeholders, [
      ...stepContact,
      ...stepContact,
      ...stepContact,
      ...stepContact,
      'Naam aandachtsfunctionaris',
      '(voorbeeldwaarde)',
      'Telefoon: 030-1234567',
      '(voorbeeldwaarde)',
      'aandachtsfunctionaris@organisatie.nl',
      '(voorbeeldwaarde)',
      'Naam plaatsvervanger',
      '(voorbeeldwaarde)',
      'Telefoon: 030-7654321',
      '(voorbeeldwaarde)',
      'plaatsvervanger@organisatie.nl',
      '(voorbeeldwaarde)',
    ]);
  });

  it('marks nothing in a complete protocol', () => {
    assert.doesNotMatch(renderExportHtml(COMPLETE, { today: TODAY }), /class="placeholder"/);
    assert.deepEqual(findAll(draw(COMPLETE).routeMap, (element) => hasClass(element, 'rk-placeholder')), []);
  });
});
