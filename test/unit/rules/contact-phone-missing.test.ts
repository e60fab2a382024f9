import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'contact-phone-missing';
const expect = expecter(RULE, 'warning');
const noPhone = (where: ReturnType<typeof range>, name: string) =>
  expect(
    where,
    `Contactpunt ${name} heeft geen telefoonnummer; in een spoedsituatie moet iemand direct kunnen bellen.`,
    `Contact point ${name} has no phone number; in an emergency someone must be able to call at once.`,
  );

describe('rule contact-phone-missing', () => {
  it('passes contact points that all have a phone number', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports a contact point with only e-mail, a blank number and one with nothing', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      noPhone(range(31, 10, 31, 29), 'Politie, geen spoed'),
      // telefoon: " " is there but blank: the key is where the number goes.
      noPhone(range(36, 4, 36, 12), 'Alarmnummer'),
      // No name and no phone: pointed at by its first key, named by its id.
      noPhone(range(37, 4, 37, 6), 'huisarts'),
    ]);
  });
});
