import * as assert from 'node:assert/strict';
import { ReportedFiles } from '../../../client/src/overview-files';

describe('overview: which protocol a row click may open', () => {
  const files = new ReportedFiles<string>([
    ['scholen/het-anker.meldcode.yaml', '/werk/scholen/het-anker.meldcode.yaml'],
    ['stichting.meldcode.yaml', '/werk/stichting.meldcode.yaml'],
  ]);

  it('opens a file the overview reported', () => {
    assert.equal(files.target({ type: 'open', file: 'scholen/het-anker.meldcode.yaml' }), '/werk/scholen/het-anker.meldcode.yaml');
  });

  it('opens nothing for any other name, path or message', () => {
    const refused: unknown[] = [
      { type: 'open', file: '../../etc/passwd' },
      { type: 'open', file: '/werk/stichting.meldcode.yaml' },
      { type: 'open', file: 'scholen/./het-anker.meldcode.yaml' },
      { type: 'open', file: '__proto__' },
      { type: 'open', file: 'constructor' },
      { type: 'open', file: ['stichting.meldcode.yaml'] },
      { type: 'reveal', file: 'stichting.meldcode.yaml' },
      { file: 'stichting.meldcode.yaml' },
      'stichting.meldcode.yaml',
      null,
      undefined,
    ];
    for (const message of refused) assert.equal(files.target(message), undefined, JSON.stringify(message));
  });
});
