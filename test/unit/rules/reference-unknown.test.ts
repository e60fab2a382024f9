import { expecter, assertFindings, findingsOf, range, ruleFixture } from '../../helpers/rules';

const RULE = 'reference-unknown';
const expect = expecter(RULE, 'error');

describe('rule reference-unknown', () => {
  it('passes contact given as one id or as a list, and stand-ins that exist', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'pass')), []);
  });

  it('reports unknown stand-ins and contacts, with a did-you-mean when one is close', () => {
    assertFindings(findingsOf(RULE, ruleFixture(RULE, 'fail')), [
      expect(
        range(17, 15, 17, 23),
        '"de-vries" is geen aandachtsfunctionaris in dit protocol.',
        '"de-vries" is not an attention officer in this protocol.',
      ),
      // A contact point cannot stand in for an officer.
      expect(
        range(23, 15, 23, 27),
        '"veilig-thuis" is geen aandachtsfunctionaris in dit protocol.',
        '"veilig-thuis" is not an attention officer in this protocol.',
      ),
      expect(
        range(42, 14, 42, 19),
        '"bakkr" is geen aandachtsfunctionaris of contactpunt in dit protocol. Bedoelde u "bakker"?',
        '"bakkr" is not an attention officer or contact point in this protocol. Did you mean "bakker"?',
      ),
      // contact: as a single id rather than a list.
      expect(
        range(52, 13, 52, 24),
        '"veiligthuis" is geen aandachtsfunctionaris of contactpunt in dit protocol. Bedoelde u "veilig-thuis"?',
        '"veiligthuis" is not an attention officer or contact point in this protocol. Did you mean "veilig-thuis"?',
      ),
    ]);
  });
});
