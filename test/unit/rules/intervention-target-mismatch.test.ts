import { assertFindings, expecter, findingsOf, range, ruleFixture, variant } from '../../helpers/rules';

const RULE = 'intervention-target-mismatch';
const expect = expecter(RULE, 'warning');

describe('rule intervention-target-mismatch', () => {
  it('passes interventions whose ages overlap the target group', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports each intervention for other ages, naming its target group and the protocol\'s', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      expect(
        range(91, 4, 91, 28),
        'Interventie "Marietje Kessels Project" is bedoeld voor kinderen van 10 tot 12 jaar (groep 7 en 8 van de basisschool), maar de doelgroep van dit protocol is 0 tot en met 4 jaar; die leeftijden overlappen niet.',
        'Intervention "Marietje Kessels Project" is meant for children aged 10 to 12 (the last two years of primary school), but this protocol\'s target group is 0 to 4 years; the ages do not overlap.',
      ),
      expect(
        range(93, 4, 93, 22),
        'Interventie "Zorgprogramma Asja" is bedoeld voor jonge vrouwen van 12 tot 23 jaar, maar de doelgroep van dit protocol is 0 tot en met 4 jaar; die leeftijden overlappen niet.',
        'Intervention "Zorgprogramma Asja" is meant for young women aged 12 to 23, but this protocol\'s target group is 0 to 4 years; the ages do not overlap.',
      ),
    ]);
  });

  it('uses the catalogue name when the protocol writes an alias', () => {
    const fail = ruleFixture(RULE, 'fail');
    assertFindings(findingsOf(RULE, variant(fail, '  - Marietje Kessels Project\n', '  - mkp\n')), [
      expect(
        range(91, 4, 91, 7),
        'Interventie "Marietje Kessels Project" is bedoeld voor kinderen van 10 tot 12 jaar (groep 7 en 8 van de basisschool), maar de doelgroep van dit protocol is 0 tot en met 4 jaar; die leeftijden overlappen niet.',
        'Intervention "Marietje Kessels Project" is meant for children aged 10 to 12 (the last two years of primary school), but this protocol\'s target group is 0 to 4 years; the ages do not overlap.',
      ),
      expect(
        range(93, 4, 93, 22),
        'Interventie "Zorgprogramma Asja" is bedoeld voor jonge vrouwen van 12 tot 23 jaar, maar de doelgroep van dit protocol is 0 tot en met 4 jaar; die leeftijden overlappen niet.',
        'Intervention "Zorgprogramma Asja" is meant for young women aged 12 to 23, but this protocol\'s target group is 0 to 4 years; the ages do not overlap.',
      ),
    ]);
  });

  it('treats a target group without an upper age as open-ended', () => {
    const fail = ruleFixture(RULE, 'fail');
    const from14 = variant(fail, '    leeftijd-van: 0\n    leeftijd-tot: 4\n', '    leeftijd-van: 14\n');
    // One line shorter than the fixture: the entries move up a line.
    assertFindings(findingsOf(RULE, from14), [
      expect(
        range(89, 4, 89, 21),
        'Interventie "Stevig Ouderschap" is bedoeld voor ouders met een risico op opvoedproblemen, van een kind van 0 tot 18 maanden, maar de doelgroep van dit protocol begint bij 14 jaar; die leeftijden overlappen niet.',
        'Intervention "Stevig Ouderschap" is meant for parents at risk of parenting problems, with a child of 0 to 18 months, but this protocol\'s target group starts at 14 years; the ages do not overlap.',
      ),
      expect(
        range(90, 4, 90, 28),
        'Interventie "Marietje Kessels Project" is bedoeld voor kinderen van 10 tot 12 jaar (groep 7 en 8 van de basisschool), maar de doelgroep van dit protocol begint bij 14 jaar; die leeftijden overlappen niet.',
        'Intervention "Marietje Kessels Project" is meant for children aged 10 to 12 (the last two years of primary school), but this protocol\'s target group starts at 14 years; the ages do not overlap.',
      ),
    ]);
  });

  it('counts both ends of an age range as included', () => {
    const fail = ruleFixture(RULE, 'fail');
    const upTo10 = variant(fail, '    leeftijd-tot: 4\n', '    leeftijd-tot: 10\n');
    assertFindings(findingsOf(RULE, upTo10), [
      expect(
        range(93, 4, 93, 22),
        'Interventie "Zorgprogramma Asja" is bedoeld voor jonge vrouwen van 12 tot 23 jaar, maar de doelgroep van dit protocol is 0 tot en met 10 jaar; die leeftijden overlappen niet.',
        'Intervention "Zorgprogramma Asja" is meant for young women aged 12 to 23, but this protocol\'s target group is 0 to 10 years; the ages do not overlap.',
      ),
    ]);
  });

  it('says nothing without usable ages in the target group', () => {
    const fail = ruleFixture(RULE, 'fail');
    const ages = '  doelgroep:\n    leeftijd-van: 0\n    leeftijd-tot: 4\n';
    assertFindings(findingsOf(RULE, variant(fail, ages, '')), []);
    assertFindings(findingsOf(RULE, variant(fail, ages, '  doelgroep:\n    leeftijd-van: vier\n')), []);
    assertFindings(findingsOf(RULE, variant(fail, ages, '  doelgroep:\n    leeftijd-van: 12\n    leeftijd-tot: 4\n')), []);
  });
});
