import * as assert from 'node:assert/strict';
import { applyEdits, editsFor, fixture, TestClient, type CodeActionReply as Action } from './client';

const PROTOCOL = fixture('protocol.meldcode.yaml');
const SECTOR = '  sector: kinderopvang\n';
/** The test protocol with a target group after its sector, on lines 4 and on. */
const withTargetGroup = (lines: string): string => {
  assert.ok(PROTOCOL.includes(SECTOR));
  return PROTOCOL.replace(SECTOR, `${SECTOR}${lines}`);
};

describe('language server: quick fixes for the ages of the target group', () => {
  let client: TestClient;
  let counter = 0;

  async function actionsFor(text: string, line: number): Promise<{ uri: string; actions: Action[] }> {
    const uri = `file:///tmp/ages-${++counter}.meldcode.yaml`;
    client.open(uri, text);
    await client.diagnosticsFor(uri);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line, character: 200 } },
      context: { diagnostics: [] },
    });
    return { uri, actions };
  }

  const apply = (text: string, uri: string, action: Action | undefined): string => {
    assert.ok(action, 'the action is offered');
    return applyEdits(text, editsFor(action.edit as never, uri) as never);
  };
  const summary = (actions: Action[]) => actions.map((action) => [action.title, action.kind, action.isPreferred ?? false, action.diagnostics?.map((entry) => entry.code) ?? []]);

  before(async () => {
    client = await TestClient.start({ locale: 'nl' });
  });
  after(async () => {
    await client.stop();
  });

  it('offers to swap reversed ages first, fix-all next, and turning the check off last', async () => {
    const text = withTargetGroup('  doelgroep: { leeftijd-van: 13, leeftijd-tot: 0 }  # kinderen tot de middelbare school\n');
    const { uri, actions } = await actionsFor(text, 4);
    assert.deepEqual(summary(actions), [
      ['Wissel om: leeftijd-van 0, leeftijd-tot 13', 'quickfix', true, ['age-range-reversed']],
      ['Meldcode: alle automatische correcties toepassen', 'source.fixAll.meldcode', false, []],
      ['Controle "volgorde van de leeftijden van de doelgroep" (age-range-reversed) uitzetten op regel 5', 'quickfix', false, ['age-range-reversed']],
    ]);
    assert.equal(
      actions[0].diagnostics?.[0].message,
      "'leeftijd-van' (13) is hoger dan 'leeftijd-tot' (0), zodat de doelgroep geen enkele leeftijd bevat; bedoelde u 0 tot en met 13 jaar?",
    );
    assert.deepEqual(actions[0].diagnostics?.[0].range, { start: { line: 4, character: 29 }, end: { line: 4, character: 48 } });
    assert.equal(apply(text, uri, actions[0]), withTargetGroup('  doelgroep: { leeftijd-van: 0, leeftijd-tot: 13 }  # kinderen tot de middelbare school\n'));
  });

  it('offers "13 jaar" written as 13 before turning the check off', async () => {
    const text = withTargetGroup('  doelgroep:\n    leeftijd-van: 0\n    leeftijd-tot: 13 jaar\n');
    const { uri, actions } = await actionsFor(text, 6);
    assert.deepEqual(summary(actions), [
      ["Vervang door '13'", 'quickfix', true, ['schema']],
      ['Meldcode: alle automatische correcties toepassen', 'source.fixAll.meldcode', false, []],
      ['Controle "opbouw van het protocol" (schema) uitzetten op regel 7', 'quickfix', false, ['schema']],
    ]);
    assert.equal(apply(text, uri, actions[0]), withTargetGroup('  doelgroep:\n    leeftijd-van: 0\n    leeftijd-tot: 13\n'));
  });

  it('offers to split "4-12" over both keys, as a quick fix only (fix-all leaves it)', async () => {
    const text = withTargetGroup('  doelgroep:\n    leeftijd-van: 4-12   # BSO\n');
    const { uri, actions } = await actionsFor(text, 5);
    assert.deepEqual(summary(actions), [
      ["Verdeel over 'leeftijd-van' en 'leeftijd-tot'", 'quickfix', true, ['schema']],
      ['Controle "opbouw van het protocol" (schema) uitzetten op regel 6', 'quickfix', false, ['schema']],
    ]);
    assert.equal(apply(text, uri, actions[0]), withTargetGroup('  doelgroep:\n    leeftijd-van: 4   # BSO\n    leeftijd-tot: 12\n'));
  });

  it('offers only turning the check off for an age in months: no guess', async () => {
    const { actions } = await actionsFor(withTargetGroup('  doelgroep:\n    leeftijd-van: 18 maanden\n'), 5);
    assert.deepEqual(summary(actions), [['Controle "opbouw van het protocol" (schema) uitzetten op regel 6', 'quickfix', false, ['schema']]]);
    assert.equal(
      actions[0].diagnostics?.[0].message,
      "'18 maanden' is geen leeftijd in hele jaren (leeftijd vanaf); schrijf alleen een geheel getal, bijvoorbeeld 12.",
    );
  });
});
