/**
 * The example values that the templates insert (the "new protocol" command, the protocol
 * skeletons, the snippets and the completion items): texts only the organisation can replace
 * with its own. Every template takes them from here, and the rule `placeholder-value` reports
 * each one still in a protocol, so a new example value cannot slip into a template unreported.
 * Sensible defaults that may stay (a step's role, a national number, a function such as
 * "Leidinggevende") are not example values and are not listed.
 */
export const EXAMPLE_VALUES = {
  organisationName: 'Naam van de organisatie',
  practiceName: 'Naam van de praktijk',
  officerName: 'Naam aandachtsfunctionaris',
  deputyName: 'Naam plaatsvervanger',
  officerFunction: 'Functie',
  officerPhone: '030-1234567',
  deputyPhone: '030-7654321',
  officerEmail: 'aandachtsfunctionaris@organisatie.nl',
  deputyEmail: 'plaatsvervanger@organisatie.nl',
  otherContactName: 'Naam van de instantie',
  colleagueName: 'Collega of intervisiegroep voor overleg',
  substepTitle: 'Titel van dit onderdeel',
  substepAction: 'Wat er in dit onderdeel gebeurt.',
} as const;

/** The mail domain of the example addresses: any address there is an example. */
export const EXAMPLE_EMAIL_DOMAIN = 'organisatie.nl';

/**
 * How long a protocol the templates make is valid: `herzien-voor` is this many years after
 * `vastgesteld`, in the "new protocol" command, the completion items and the snippets alike.
 */
export const REVIEW_PERIOD_YEARS = 1;
