import { strict as assert } from 'node:assert';
import { expecter, assertFindings, completeProtocol, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'afwegingskader-outcome';
const expect = expecter(RULE, 'warning');
const BASIS = 'het basisdocument over het afwegingskader';
const BASIS_EN = 'the basisdocument on the afwegingskader';

describe('rule afwegingskader-outcome', () => {
  it('passes outcomes that follow the meldnormen (format 1.1)', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('passes a 1.0 protocol without outcomes, and outcomes in words that report', () => {
    assertFindings(findingsOf(RULE, completeProtocol()), []);
  });

  it('reports question 2 "ja" that does not report, and "nee" at 3 and 5 that does not report', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      expect(
        range(71, 8, 71, 12),
        `Bij vraag 2 leidt "ja" hier tot "hulp", maar volgens de meldnormen leidt het tot een melding bij Veilig Thuis: acute en structurele onveiligheid meldt u altijd (${BASIS}).`,
        `At question 2, "ja" leads to "hulp" here, but by the professional norms it leads to a report to Veilig Thuis: acute and structural unsafety is always reported (${BASIS_EN}).`,
      ),
      expect(
        range(76, 9, 76, 16),
        `Bij vraag 3 leidt "nee" hier tot "vraag-4", maar volgens de meldnormen leidt het tot een melding bij Veilig Thuis: wie zelf geen passende hulp kan bieden of organiseren, meldt (${BASIS}).`,
        `At question 3, "nee" leads to "vraag-4" here, but by the professional norms it leads to a report to Veilig Thuis: whoever cannot provide or arrange adequate help reports (${BASIS_EN}).`,
      ),
      expect(
        range(84, 9, 84, 18),
        `Bij vraag 5 leidt "nee" hier tot "afsluiten", maar volgens de meldnormen leidt het tot een melding bij Veilig Thuis: als de hulp niet tot blijvende veiligheid leidt, meldt u (opnieuw) (${BASIS}).`,
        `At question 5, "nee" leads to "afsluiten" here, but by the professional norms it leads to a report to Veilig Thuis: when the help does not lead to lasting safety, you report (again) (${BASIS_EN}).`,
      ),
    ]);
  });

  it('offers "melden" for an outcome value, and replaces only that value', () => {
    const text = ruleFixture(RULE, 'fail');
    const [first] = findingsOf(RULE, text);
    assert.deepEqual(first.suggestions?.map((fix) => fix.title.nl), ['Vervang door "melden"']);
    const [edit] = first.suggestions![0].edits;
    const fixed = text.slice(0, edit.startOffset) + edit.newText + text.slice(edit.endOffset);
    assert.equal(fixed, variant(text, '    ja: hulp\n    nee: vraag-3', '    ja: melden\n    nee: vraag-3'));
  });

  it('reads outcomes written in words (format 1.0), and never offers to overwrite them', () => {
    const findings = findingsOf(RULE, ruleFixture(RULE, 'fail-text'));
    assertFindings(findings, [
      expect(
        range(69, 8, 69, 54),
        `Bij vraag 2 leidt "ja" hier tot "Zelf hulp organiseren en de ouders aanspreken.", maar volgens de meldnormen leidt het tot een melding bij Veilig Thuis: acute en structurele onveiligheid meldt u altijd (${BASIS}).`,
        `At question 2, "ja" leads to "Zelf hulp organiseren en de ouders aanspreken." here, but by the professional norms it leads to a report to Veilig Thuis: acute and structural unsafety is always reported (${BASIS_EN}).`,
      ),
    ]);
    assert.equal(findings[0].suggestions, undefined);
  });

  it('judges a sentence only when it says where it leads: "zie de toelichting" is left alone, "ga naar vraag 3" is not', () => {
    const text = (ja: string) =>
      variant(completeProtocol(), '    tekst: Is er sprake van acute of structurele onveiligheid?\n', `    tekst: Is er sprake van acute of structurele onveiligheid?\n    ja: ${ja}\n`);
    assertFindings(findingsOf(RULE, text('Zie de toelichting.')), []);
    assertFindings(findingsOf(RULE, text('Melden en daarnaast hulp organiseren.')), []);
    assert.deepEqual(findingsOf(RULE, text('Ga naar vraag 3.')).map((finding) => finding.range.start.line), [68]);
    assert.deepEqual(findingsOf(RULE, text('Niet melden, wel de ouders aanspreken.')).map((finding) => finding.range.start.line), [68]);
  });

  it('reports decision 1 "ja" of the two-decision form that does not report', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail-decisions')), [
      expect(
        range(69, 10, 69, 14),
        `Bij beslissing 1 ("is melden noodzakelijk?") leidt "ja" hier tot "hulp"; als melden noodzakelijk is, volgt een melding bij Veilig Thuis (${BASIS}).`,
        `At decision 1 ("is reporting necessary?"), "ja" leads to "hulp" here; when reporting is necessary, a report to Veilig Thuis follows (${BASIS_EN}).`,
      ),
    ]);
  });

  it('tells a school that its afwegingskader reports on doubt at question 2, as info', () => {
    const text = variant(ruleFixture(RULE, 'pass'), 'sector: jeugdhulp', 'sector: onderwijs');
    assertFindings(findingsOf(RULE, text), [
      expecter(RULE, 'info')(
        range(69, 11, 69, 12),
        'In het Afwegingskader Meldcode Onderwijs en leerplicht meldt u bij vraag 2 ook bij twijfel over acute of structurele onveiligheid; zeg dat bij deze vraag ("ja of twijfel: melden").',
        'In the Afwegingskader Meldcode Onderwijs en leerplicht you also report at question 2 when in doubt about acute or structural unsafety; say so at this question ("ja of twijfel: melden").',
      ),
    ]);
    const withDoubt = variant(text, 'tekst: Is er sprake van acute of structurele onveiligheid?', 'tekst: Is er sprake van acute of structurele onveiligheid, of twijfel daarover?');
    assertFindings(findingsOf(RULE, withDoubt), []);
  });
});
