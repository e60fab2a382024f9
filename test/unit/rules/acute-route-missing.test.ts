import { strict as assert } from 'node:assert';
import { validateText } from '../../../server/src/engine';
import { expecter, assertFindings, completeProtocol, findingsOf, range, ruleFixture, TODAY, variant } from '../../helpers/rules';

const RULE = 'acute-route-missing';
const expect = expecter(RULE, 'warning');
const missing = (where: ReturnType<typeof range>) =>
  expect(
    where,
    'Het protocol zegt niet wat medewerkers doen bij acuut gevaar: er is geen route "acuut-gevaar" en geen stap verwijst naar een contactpunt van soort "spoed". Is iemand in direct gevaar, dan gaat de veiligheid voor: eerst 112 bellen, daarna de stappen.',
    'The protocol does not say what staff do in acute danger: there is no "acuut-gevaar" route and no step refers to a contact point of kind "spoed". When someone is in direct danger, safety comes first: call 112, then follow the steps.',
  );

function applyFirstSuggestion(text: string): string {
  const [finding] = findingsOf(RULE, text);
  const edits = [...finding.suggestions![0].edits].sort((a, b) => b.startOffset - a.startOffset);
  return edits.reduce((result, edit) => result.slice(0, edit.startOffset) + edit.newText + result.slice(edit.endOffset), text);
}

describe('rule acute-route-missing', () => {
  it('passes a 1.0 protocol whose step refers to the emergency contact point (112)', () => {
    assertFindings(findingsOf(RULE, completeProtocol()), []);
  });

  it('passes a 1.1 protocol with an acute-danger route', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass-route')), []);
  });

  it('reports at the first key when nothing sends staff to 112', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [missing(range(3, 0, 3, 8))]);
  });

  it('a contact point of kind spoed that no step uses does not count', () => {
    const text = ruleFixture(RULE, 'fail');
    assert.match(text, /soort: spoed/);
    assert.equal(findingsOf(RULE, text).length, 1);
  });

  it('offers a route for acute danger, moves the file to format 1.1, and leaves no new finding', () => {
    const text = ruleFixture(RULE, 'fail');
    assert.deepEqual(findingsOf(RULE, text)[0].suggestions?.map((fix) => fix.title.nl), ['Voeg een route voor acuut gevaar toe (112)']);
    const fixed = applyFirstSuggestion(text);
    const expected = variant(text, 'meldcode: "1.0"', 'meldcode: "1.1"') +
      'routes:\n' +
      '  - id: acuut-gevaar\n' +
      '    soort: acuut-gevaar\n' +
      '    titel: Bij acuut gevaar\n' +
      '    acties:\n' +
      '      - Is iemand nu in direct gevaar? Bel meteen 112.\n' +
      '      - Bespreek daarna met Veilig Thuis (0800-2000) wat nodig is, en volg dan de stappen van deze meldcode.\n' +
      '    contact:\n' +
      '      - spoed\n' +
      '      - veilig-thuis\n';
    assert.equal(fixed, expected);
    const after = validateText(fixed, { today: TODAY });
    assert.deepEqual(after.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId), []);
    assert.deepEqual(after.filter((finding) => finding.ruleId === RULE), []);
  });
});
