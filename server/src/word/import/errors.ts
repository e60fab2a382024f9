import type { Locale, LocalizedText } from '../../engine';

export type WordImportProblem = 'not-docx' | 'old-word-format' | 'encrypted' | 'damaged' | 'too-large' | 'empty';

const MESSAGES: Record<WordImportProblem, LocalizedText> = {
  'not-docx': {
    nl: "'{name}' is geen Word-document (.docx). Sla het in Word of LibreOffice op als Word-document (.docx) en importeer het opnieuw.",
    en: "'{name}' is not a Word document (.docx). Save it in Word or LibreOffice as a Word document (.docx) and import it again.",
  },
  'old-word-format': {
    nl: "'{name}' is een Word-document in de oude opmaak (.doc, Word 97-2003). Sla het in Word of LibreOffice op als Word-document (.docx) en importeer het opnieuw.",
    en: "'{name}' is a Word document in the old format (.doc, Word 97-2003). Save it in Word or LibreOffice as a Word document (.docx) and import it again.",
  },
  encrypted: {
    nl: "'{name}' is met een wachtwoord beveiligd en kan niet gelezen worden. Open het in Word of LibreOffice, haal het wachtwoord eraf (Bestand > Info > Document beveiligen) en sla het opnieuw op.",
    en: "'{name}' is protected with a password and cannot be read. Open it in Word or LibreOffice, remove the password (File > Info > Protect Document) and save it again.",
  },
  damaged: {
    nl: "'{name}' is beschadigd of onvolledig en kan niet als Word-document gelezen worden (technische melding: {reason}). Open het in Word of LibreOffice; die kunnen het soms herstellen.",
    en: "'{name}' is damaged or incomplete and cannot be read as a Word document (technical detail: {reason}). Open it in Word or LibreOffice, which can sometimes repair it.",
  },
  'too-large': {
    nl: "'{name}' wordt uitgepakt groter dan {reason} en wordt niet gelezen; een meldcode is veel kleiner. Sla het document opnieuw op zonder grote afbeeldingen of ingesloten bestanden.",
    en: "'{name}' unpacks to more than {reason} and is not read; a meldcode is much smaller. Save the document again without large pictures or embedded files.",
  },
  empty: {
    nl: "'{name}' bevat geen tekst om te importeren.",
    en: "'{name}' holds no text to import.",
  },
};

/** A document that cannot be imported at all, with the reason in Dutch and English. */
export class WordImportError extends Error {
  readonly problem: WordImportProblem;
  readonly localized: LocalizedText;

  constructor(problem: WordImportProblem, name: string, reason = '') {
    const fill = (template: string): string => template.replace('{name}', name).replace('{reason}', reason);
    const localized = { nl: fill(MESSAGES[problem].nl), en: fill(MESSAGES[problem].en) };
    super(localized.en);
    this.name = 'WordImportError';
    this.problem = problem;
    this.localized = localized;
  }

  messageIn(locale: Locale): string {
    return this.localized[locale];
  }
}
