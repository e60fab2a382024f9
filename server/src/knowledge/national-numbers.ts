import { LAW_WMO_VEILIG_THUIS, LAW_WPO_ZEDEN, MODEL_CENTRUM_VEILIGE_SPORT } from './citations';
import type { Citation, LocalizedText } from './types';

/** A national service with one number for the whole country, by the `soort` of its contact point. */
export interface NationalNumber {
  kind: string;
  name: LocalizedText;
  /** As it is usually written. */
  display: string;
  /** Only the digits, for comparing. */
  digits: string;
  citations: readonly Citation[];
}

export const NATIONAL_NUMBERS: readonly NationalNumber[] = [
  { kind: 'veilig-thuis', name: { nl: 'Veilig Thuis', en: 'Veilig Thuis' }, display: '0800-2000', digits: '08002000', citations: [LAW_WMO_VEILIG_THUIS] },
  { kind: 'spoed', name: { nl: 'het alarmnummer', en: 'the emergency number' }, display: '112', digits: '112', citations: [] },
  { kind: 'politie', name: { nl: 'de politie (geen spoed)', en: 'the police (non-emergency)' }, display: '0900-8844', digits: '09008844', citations: [] },
  {
    kind: 'vertrouwensinspecteur',
    name: { nl: 'de vertrouwensinspecteurs van de Inspectie van het Onderwijs', en: "the Education Inspectorate's confidential inspectors" },
    display: '0900-111 3 111',
    digits: '09001113111',
    citations: [LAW_WPO_ZEDEN],
  },
  {
    kind: 'centrum-veilige-sport',
    name: { nl: 'Centrum Veilige Sport Nederland', en: 'Centrum Veilige Sport Nederland' },
    display: '0900-2025590',
    digits: '09002025590',
    citations: [MODEL_CENTRUM_VEILIGE_SPORT],
  },
];

export function nationalNumber(kind: string): NationalNumber | undefined {
  return NATIONAL_NUMBERS.find((entry) => entry.kind === kind);
}
