import type { ImportedAfwegingskader } from './afwegingskader';
import type { SpecialForm } from './classify';
import type { ImportedContact } from './contacts';
import type { ImportedDates } from './dates';
import type { Sector } from './organisation';

export interface ImportedSubstep {
  id: string;
  titel: string;
  verantwoordelijk?: string;
  termijn?: string;
  acties: string[];
  contact: string[];
}

export interface ImportedStep {
  stap: number | number[];
  titel: string;
  verantwoordelijk?: string;
  termijn?: string;
  acties: string[];
  toelichting: string[];
  onderdelen: ImportedSubstep[];
  contact: string[];
}

export interface ImportedRoute {
  id: string;
  soort: 'acuut-gevaar' | 'vermoeden-medewerker' | 'sport' | 'overig';
  titel: string;
  verantwoordelijk?: string;
  omschrijving: string[];
  acties: string[];
  contact: string[];
}

export interface ImportedAppendix {
  id: string;
  titel: string;
  omschrijving: string[];
  /** Text the import could not place: marked in the file so that the writer moves it. */
  unplaced: boolean;
}

/** A protocol as read from a Word document, before it is written as YAML. */
export interface ImportedProtocol {
  title?: string;
  organisatie: { naam: string; sector: Sector; sectorRecognised: boolean; dates: ImportedDates };
  inleiding: string[];
  officers: ImportedContact[];
  contacts: ImportedContact[];
  steps: ImportedStep[];
  afwegingskader?: ImportedAfwegingskader;
  routes: ImportedRoute[];
  kindcheck: string[];
  bijzondereVormen: Map<SpecialForm, string[]>;
  beroepsgeheim: string[];
  vastleggen: string[];
  scholing: string[];
  /** The names of recognised interventions, one a line. */
  interventies: string[];
  verantwoordelijkheden: string[];
  bijlagen: ImportedAppendix[];
  /** The document's headings, by where their text went (a key, or a step of stappen), kept as comments. */
  headings: Array<{ path: Array<string | number>; heading: string }>;
}
