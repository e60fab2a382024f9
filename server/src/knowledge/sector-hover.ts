import { LAW_WMO_MELDRECHT, sourceLine } from './citations';
import { nationalNumber } from './national-numbers';
import type { SectorProfile } from './sectors';
import type { Locale } from './types';

const LABELS = {
  nl: {
    law: 'Wet verplichte meldcode',
    bound: 'geldt voor deze sector: de organisatie en zelfstandige beroepskrachten moeten een meldcode hebben en de kennis en het gebruik ervan bevorderen.',
    notBound: 'geldt niet voor deze sector. Een meldcode is hier een vrijwillige keuze, die het basismodel aanraadt; meldingen over wat ontbreekt zijn daarom een niveau lichter.',
    model: 'Afwegingskader',
    doubt: 'meldt bij vraag 2 al bij "ja of twijfel"',
    staff: 'Vermoeden tegen een medewerker',
    staffText: (holder: string, covers: string) => `bij ${covers} ligt de meld-, overleg- en aangifteplicht bij ${holder}; daarbij wordt de vertrouwensinspecteur geraadpleegd. Het protocol beschrijft deze tweede route.`,
    secrecy: 'Beroepsgeheim',
    secrecyValue: {
      yes: 'ja; het protocol legt het meldrecht uit.',
      'by-profession': 'hangt af van het beroep.',
      no: 'meestal niet.',
    },
    secrecyAll: 'Het meldrecht geldt voor iedereen die de informatie door zijn werk heeft.',
    contacts: 'Landelijke contactpunten',
  },
  en: {
    law: 'Wet verplichte meldcode',
    bound: 'binds this sector: organisations and self-employed professionals must have a meldcode and promote its knowledge and use.',
    notBound: 'does not bind this sector. A meldcode is a voluntary choice here, which the basismodel advises; findings about what is missing are therefore one level lighter.',
    model: 'Afwegingskader',
    doubt: 'reports at question 2 on "yes or doubt"',
    staff: 'Suspected staff member',
    staffText: (holder: string, covers: string) => `for ${covers}, the duty to report, consult and file a complaint lies with ${holder}; the confidential inspector is consulted. The protocol describes this second route.`,
    secrecy: 'Professional secrecy',
    secrecyValue: {
      yes: 'yes; the protocol explains the right to report.',
      'by-profession': 'depends on the profession.',
      no: 'usually not.',
    },
    secrecyAll: 'The right to report applies to everyone who holds the information through their work.',
    contacts: 'National contact points',
  },
} as const;

/** The hover on a `sector` value: what the sector's profile says it must or should have. */
export function renderSectorProfile(profile: SectorProfile, locale: Locale): string {
  const labels = LABELS[locale];
  const models = profile.afwegingskaderModels.map((model) => model.name[locale]).join(locale === 'nl' ? ' of ' : ' or ');
  const lines = [
    `- *${labels.law}:* ${profile.boundByLaw ? labels.bound : labels.notBound}`,
    `- *${labels.model}:* ${models}${profile.reportOnDoubt ? `, ${labels.doubt}` : ''}.`,
  ];
  if (profile.staffDuty) lines.push(`- *${labels.staff}:* ${labels.staffText(profile.staffDuty.holder[locale], profile.staffDuty.covers[locale])}`);
  lines.push(`- *${labels.secrecy}:* ${labels.secrecyValue[profile.professionalSecrecy]} ${labels.secrecyAll}`);
  const contacts = profile.expectedContactKinds
    .map((kind) => nationalNumber(kind))
    .filter((entry) => entry !== undefined)
    .map((entry) => `${entry.name[locale]} (${entry.display})`);
  if (contacts.length > 0) lines.push(`- *${labels.contacts}:* ${contacts.join(', ')}.`);
  const citations = [
    ...profile.citations,
    ...profile.afwegingskaderModels.map((model) => model.citation),
    ...(profile.staffDuty?.citations ?? []),
    LAW_WMO_MELDRECHT,
  ];
  const unique = citations.filter((citation, index) => citations.findIndex((other) => JSON.stringify(other) === JSON.stringify(citation)) === index);
  return [`**${profile.title[locale]}**`, profile.text[locale], lines.join('\n'), sourceLine(unique, locale)].join('\n\n');
}
