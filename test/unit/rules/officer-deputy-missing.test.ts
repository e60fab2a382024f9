import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'officer-deputy-missing';
const expect = expecter(RULE, 'warning');
const noDeputy = (where: ReturnType<typeof range>, name: string) =>
  expect(
    where,
    `Aandachtsfunctionaris ${name} heeft geen vervanger; noem onder "vervanger" wie het overneemt bij afwezigheid.`,
    `Attention officer ${name} has no stand-in; name under "vervanger" who takes over when they are away.`,
  );

describe('rule officer-deputy-missing', () => {
  it('passes officers who stand in for each other', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports a missing, a self-naming and an empty stand-in', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      noDeputy(range(13, 10, 13, 23), 'Fatima Bakker'),
      expect(
        range(22, 15, 22, 19),
        'Aandachtsfunctionaris Joris Smit is zijn of haar eigen vervanger; noem een andere aandachtsfunctionaris.',
        'Attention officer Joris Smit is their own stand-in; name another attention officer.',
      ),
      // "vervanger: """ is there but empty: the key is where the name goes.
      noDeputy(range(27, 4, 27, 13), 'Anouk de Vries'),
    ]);
  });
});
