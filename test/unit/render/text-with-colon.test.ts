import * as assert from 'node:assert/strict';
import { parseProtocol, validateDocument } from '../../../server/src/engine';
import { buildRouteMapView } from '../../../server/src/render/route-map-view';
import { variant } from '../../helpers/rules';
import { fixture, TODAY } from './fixtures';

describe('route map: a sentence with ": " that YAML reads as a key', () => {
  it('shows the sentence among the step\'s actions instead of leaving it out', () => {
    const text = variant(
      fixture('complete.meldcode.yaml'),
      '      - Bespreek je zorg met de intern begeleider.\n',
      '      - Bespreek je zorg met de intern begeleider.\n      - Let op: bij acuut gevaar direct 112 bellen.\n      - Bel:\n',
    );
    const document = parseProtocol(text);
    const view = buildRouteMapView(document, validateDocument(document, { today: TODAY }), 'nl');
    assert.deepEqual(view.steps[0].actions, [
      'Noteer feitelijk wat je ziet en hoort.',
      'Bespreek je zorg met de intern begeleider.',
      'Let op: bij acuut gevaar direct 112 bellen.',
      'Bel:',
    ]);
  });

  it('shows such a sentence wrapped over lines as one, also where YAML cannot read it', () => {
    const wrapped = [
      // A second line in the column of the text: YAML reads it as a key without a colon.
      '      - Let op: bij acuut gevaar direct 112\n        bellen.\n',
      '      - Let op: bij acuut\n        gevaar direct 112\n        bellen.\n',
      // Indented further: the value goes on.
      '      - Let op: bij acuut gevaar direct 112\n          bellen.\n',
      // A second ": " on the first line: a map in the value.
      '      - Let op: bij acuut gevaar: direct 112\n          bellen.\n',
    ];
    const meant = ['Let op: bij acuut gevaar direct 112 bellen.', 'Let op: bij acuut gevaar direct 112 bellen.', 'Let op: bij acuut gevaar direct 112 bellen.', 'Let op: bij acuut gevaar: direct 112 bellen.'];
    wrapped.forEach((written, index) => {
      const text = variant(fixture('complete.meldcode.yaml'), '      - Bespreek je zorg met de intern begeleider.\n', `      - Bespreek je zorg met de intern begeleider.\n${written}`);
      const document = parseProtocol(text);
      const view = buildRouteMapView(document, validateDocument(document, { today: TODAY }), 'nl');
      assert.deepEqual(view.steps[0].actions, ['Noteer feitelijk wat je ziet en hoort.', 'Bespreek je zorg met de intern begeleider.', meant[index]], written);
    });
  });
});
