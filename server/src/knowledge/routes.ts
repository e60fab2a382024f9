import { citationLabel } from './citations';
import type { StaffDuty } from './sectors';

/**
 * The routes (format 1.1) that skeletons and quick fixes write beside the five steps, as data.
 * Protocol content, so Dutch. `contact` is filled in by the caller with ids the protocol has.
 */
export interface RouteTemplate {
  id: string;
  soort: 'acuut-gevaar' | 'vermoeden-medewerker' | 'sport';
  titel: string;
  omschrijving?: string;
  verantwoordelijk?: string;
  acties: string[];
}

export const ACUTE_ROUTE: RouteTemplate = {
  id: 'acuut-gevaar',
  soort: 'acuut-gevaar',
  titel: 'Bij acuut gevaar',
  acties: [
    'Is iemand nu in direct gevaar? Bel meteen 112.',
    'Bespreek daarna met Veilig Thuis (0800-2000) wat nodig is, en volg dan de stappen van deze meldcode.',
  ],
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The second route of schools and child care, worded from the sector profile, with its legal source. */
export function staffRoute(duty: StaffDuty): RouteTemplate {
  const source = duty.citations.map((citation) => citationLabel(citation, 'nl')).join('; ');
  return {
    id: 'vermoeden-medewerker',
    soort: 'vermoeden-medewerker',
    titel: 'Bij een vermoeden tegen een medewerker',
    omschrijving: `Bij ${duty.covers.nl} ligt de meld-, overleg- en aangifteplicht bij ${duty.holder.nl} (${source}).`,
    verantwoordelijk: duty.holder.nl,
    acties: [
      `Wie een vermoeden heeft, licht direct ${duty.holder.nl} in.`,
      `${capitalize(duty.holder.nl)} overlegt meteen met de vertrouwensinspecteur (0900-111 3 111).`,
      'Is er een redelijk vermoeden van een strafbaar feit, dan volgt aangifte bij de politie.',
    ],
  };
}

/** Sport: the club's vertrouwenscontactpersoon, and Centrum Veilige Sport Nederland beside it. */
export const SPORT_ROUTE: RouteTemplate = {
  id: 'vertrouwenscontactpersoon',
  soort: 'sport',
  titel: 'Melden binnen de vereniging',
  verantwoordelijk: 'vertrouwenscontactpersoon',
  acties: [
    'Wie iets ziet of hoort, of het zelf meemaakt, kan terecht bij de vertrouwenscontactpersoon (VCP) van de vereniging.',
    'De VCP luistert, adviseert en verwijst door, bijvoorbeeld naar het bestuur.',
    'Voor advies of een melding kan iedereen ook terecht bij Centrum Veilige Sport Nederland (0900-2025590).',
  ],
};
