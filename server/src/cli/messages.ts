/** Every text the command line prints itself (findings bring their own), in Dutch and English. */
import type { Locale, LocalizedText } from '../engine';
import { fillTemplate } from '../engine/template';

type Template = LocalizedText;

const CLI_MESSAGES = {
  unknownOption: {
    nl: "Onbekende optie '{option}'. Zie 'meldcode-lint --help'.",
    en: "Unknown option '{option}'. See 'meldcode-lint --help'.",
  },
  missingValue: {
    nl: "De optie '{option}' verwacht een waarde. Zie 'meldcode-lint --help'.",
    en: "The option '{option}' needs a value. See 'meldcode-lint --help'.",
  },
  unexpectedValue: {
    nl: "De optie '{option}' neemt geen waarde. Zie 'meldcode-lint --help'.",
    en: "The option '{option}' takes no value. See 'meldcode-lint --help'.",
  },
  badFormat: {
    nl: "Onbekend formaat '{value}'; kies uit stylish, json, sarif, github, gitlab of junit.",
    en: "Unknown format '{value}'; choose stylish, json, sarif, github, gitlab or junit.",
  },
  badLocale: {
    nl: "Onbekende taal '{value}'; kies nl of en.",
    en: "Unknown locale '{value}'; choose nl or en.",
  },
  badMaxWarnings: {
    nl: "--max-warnings verwacht een geheel getal van 0 of meer, niet '{value}'.",
    en: "--max-warnings needs a whole number of 0 or more, not '{value}'.",
  },
  noPaths: {
    nl: "Geef de bestanden of mappen op die gecontroleerd moeten worden, bijvoorbeeld 'meldcode-lint protocollen/'. Zie 'meldcode-lint --help'.",
    en: "Name the files or folders to check, for example 'meldcode-lint protocols/'. See 'meldcode-lint --help'.",
  },
  pathMissing: {
    nl: "'{path}' bestaat niet.",
    en: "'{path}' does not exist.",
  },
  pathUnreadable: {
    nl: "'{path}' kan niet gelezen worden: {reason}.",
    en: "'{path}' cannot be read: {reason}.",
  },
  notAFile: {
    nl: "'{path}' is geen bestand of map (maar bijvoorbeeld een pipe of apparaat) en wordt niet gelezen.",
    en: "'{path}' is not a file or folder (but, for example, a pipe or device) and is not read.",
  },
  noFilesFound: {
    nl: 'Geen protocolbestanden (*.meldcode.yaml of *.meldcode.yml) gevonden in {paths}.',
    en: 'No protocol files (*.meldcode.yaml or *.meldcode.yml) found in {paths}.',
  },
  folderUnreadable: {
    nl: "De map '{path}' kan niet gelezen worden: {reason}.",
    en: "The folder '{path}' cannot be read: {reason}.",
  },
  fileUnreadable: {
    nl: "'{path}' kan niet gelezen worden: {reason}.",
    en: "'{path}' cannot be read: {reason}.",
  },
  fileVanished: {
    nl: "'{path}' is verdwenen tijdens de controle en is niet gecontroleerd.",
    en: "'{path}' disappeared during the run and was not checked.",
  },
  fixNotWritten: {
    nl: "De correcties in '{path}' konden niet worden weggeschreven: {reason}; het bestand is ongewijzigd.",
    en: "The fixes to '{path}' could not be written: {reason}; the file is unchanged.",
  },
  symlinkLoop: {
    nl: "De symbolische koppeling '{path}' wijst naar een map erboven (een lus) en is overgeslagen.",
    en: "The symbolic link '{path}' points to a folder above it (a loop) and was skipped.",
  },
  symlinkBroken: {
    nl: "De symbolische koppeling '{path}' verwijst naar zichzelf (een lus) en is overgeslagen.",
    en: "The symbolic link '{path}' refers to itself (a loop) and was skipped.",
  },
  configMissing: {
    nl: "Het configuratiebestand '{path}' bestaat niet.",
    en: "The configuration file '{path}' does not exist.",
  },
  configUnreadable: {
    nl: "Het configuratiebestand '{path}' kan niet gelezen worden: {reason}.",
    en: "The configuration file '{path}' cannot be read: {reason}.",
  },
  configUnreadableDefaults: {
    nl: '{reason}; de standaardinstellingen worden gebruikt.',
    en: '{reason}; the defaults are used.',
  },
  outputNotWritable: {
    nl: "Het rapport kan niet naar '{path}' geschreven worden: {reason}.",
    en: "The report cannot be written to '{path}': {reason}.",
  },
  outputIsInput: {
    nl: "De uitvoer '{path}' is het invoerbestand '{input}' (of een andere naam ervoor) en zou het vervangen; kies een ander bestand.",
    en: "The output '{path}' is the input file '{input}' (or another name for it) and would replace it; choose another file.",
  },
  stdoutNotWritable: {
    nl: 'De uitvoer kan niet naar de standaarduitvoer geschreven worden: {reason}.',
    en: 'The output cannot be written to standard output: {reason}.',
  },
  fileCrashed: {
    nl: "'{path}' kon niet gecontroleerd worden door een interne fout: {reason}. Meld dit alstublieft als fout in Meldcode.",
    en: "'{path}' could not be checked because of an internal error: {reason}. Please report this as a Meldcode bug.",
  },
  internalError: {
    nl: 'Interne fout: {reason}. Meld dit alstublieft als fout in Meldcode.',
    en: 'Internal error: {reason}. Please report this as a Meldcode bug.',
  },
  tooManyWarnings: {
    nl: 'Te veel waarschuwingen: {count}, toegestaan zijn er {max} (--max-warnings).',
    en: 'Too many warnings: {count}, {max} allowed (--max-warnings).',
  },
  progress: {
    nl: '{done} van {total} bestanden gecontroleerd',
    en: '{done} of {total} files checked',
  },
  fixedFiles: {
    nl: '{fixes} toegepast in {files}.',
    en: '{fixes} applied in {files}.',
  },
} as const satisfies Record<string, Template>;

export type CliMessageId = keyof typeof CLI_MESSAGES;

export function cliMessage(locale: Locale, id: CliMessageId, data: Record<string, string | number> = {}): string {
  return fillTemplate(CLI_MESSAGES[id][locale], data);
}

/** Why an operating-system call failed, in the user's words; the code travels along for searching. */
export function describeIoError(locale: Locale, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
  const limit = (error as { limit?: unknown } | undefined)?.limit;
  if (code === 'EFBIG' && typeof limit === 'number') {
    const reason = { nl: `het bestand is groter dan ${limit} bytes`, en: `the file is larger than ${limit} bytes` };
    return `${reason[locale]} (${code})`;
  }
  const reasons: Record<string, LocalizedText> = {
    ENOENT: { nl: 'het bestand bestaat niet', en: 'the file does not exist' },
    EACCES: { nl: 'geen toestemming', en: 'permission denied' },
    EPERM: { nl: 'geen toestemming', en: 'operation not permitted' },
    EISDIR: { nl: 'dit is een map, geen bestand', en: 'this is a folder, not a file' },
    ENOTDIR: { nl: 'een deel van het pad is geen map', en: 'part of the path is not a folder' },
    ELOOP: { nl: 'symbolische koppelingen vormen een lus', en: 'symbolic links form a loop' },
    EROFS: { nl: 'het bestandssysteem is alleen-lezen', en: 'the file system is read-only' },
    ENOSPC: { nl: 'de schijf is vol', en: 'the disk is full' },
    EMFILE: { nl: 'te veel open bestanden', en: 'too many open files' },
    ENOTREG: { nl: 'dit is geen gewoon bestand, maar bijvoorbeeld een pipe of apparaat', en: 'this is not a regular file but, for example, a pipe or device' },
    EFBIG: { nl: 'het bestand is te groot', en: 'the file is too large' },
    // Why --fix leaves a file alone (see fixTarget in lint-file.ts).
    ESYMLINK: {
      nl: 'het is een symbolische koppeling in een map, en --fix schrijft alleen gewone bestanden; noem het bestand waar ze naar wijst om dat te corrigeren',
      en: 'it is a symbolic link in a folder, and --fix only writes regular files; name the file it points to in order to fix that',
    },
    EOUTSIDE: {
      nl: 'het ligt (via een symbolische koppeling) buiten de mappen die op de opdrachtregel genoemd zijn',
      en: 'it lies (through a symbolic link) outside the folders named on the command line',
    },
    EHARDLINK: {
      nl: 'het bestand heeft meer dan één naam (harde koppelingen), die --fix uit elkaar zou halen; corrigeer het in een editor',
      en: 'the file has more than one name (hard links), which --fix would separate; fix it in an editor',
    },
    EREADONLY: { nl: 'het bestand is alleen-lezen', en: 'the file is read-only' },
  };
  const reason = reasons[code];
  return reason ? `${reason[locale]} (${code})` : `${(error as Error | undefined)?.message ?? String(error)}`;
}

export const LEVEL_LABELS: Record<'error' | 'warning' | 'info', LocalizedText> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'info', en: 'info' },
};

/** "1 fout" / "2 fouten"; the English plural is regular. */
export function countNoun(locale: Locale, count: number, noun: 'problem' | 'error' | 'warning' | 'info' | 'file' | 'fix'): string {
  const words: Record<typeof noun, { nl: [string, string]; en: [string, string] }> = {
    problem: { nl: ['probleem', 'problemen'], en: ['problem', 'problems'] },
    error: { nl: ['fout', 'fouten'], en: ['error', 'errors'] },
    warning: { nl: ['waarschuwing', 'waarschuwingen'], en: ['warning', 'warnings'] },
    info: { nl: ['melding', 'meldingen'], en: ['info message', 'info messages'] },
    file: { nl: ['bestand', 'bestanden'], en: ['file', 'files'] },
    fix: { nl: ['correctie', 'correcties'], en: ['fix', 'fixes'] },
  };
  const [one, many] = words[noun][locale];
  return `${count} ${count === 1 ? one : many}`;
}

export const HELP_TEXT: LocalizedText = {
  nl: `Gebruik: meldcode-lint [opties] <bestanden of mappen...>

Controleert meldcode-protocollen. In mappen worden alle *.meldcode.yaml- en
*.meldcode.yml-bestanden gezocht (node_modules en .git worden overgeslagen); een
bestand dat u zelf noemt wordt altijd gecontroleerd, ook met een andere naam.

Opties:
  --format <naam>       stylish (standaard), json, sarif, github, gitlab of junit
  -o, --output <pad>    schrijf het rapport naar dit bestand in plaats van naar het scherm
  --locale <nl|en>      taal van de meldingen (standaard: nl als LANG met "nl" begint, anders en)
  --max-warnings <n>    faal ook bij meer dan n waarschuwingen
  --fix                 pas de automatische correcties toe en schrijf de bestanden terug
                        (met --quiet alleen die van fouten); alleen gewone, schrijfbare
                        bestanden met één naam, in de genoemde mappen: een symbolische
                        koppeling in een map, een alleen-lezen bestand of een bestand met
                        harde koppelingen blijft ongewijzigd (met een melding, afsluitcode 2)
  --config <pad>        gebruik dit configuratiebestand in plaats van .meldcoderc.yaml te zoeken
  --quiet               toon alleen fouten
  --version             toon het versienummer
  -h, --help            toon deze hulp

De configuratie (.meldcoderc.yaml) wordt gezocht vanaf de map van elk protocol naar boven:
  rules:
    training-missing: off        # off, info, warning of error
  max-file-size: 5242880         # grootste bestand dat gecontroleerd wordt, in tekens

Afsluitcodes: 0 geen fouten (en niet meer waarschuwingen dan --max-warnings);
1 fouten of te veel waarschuwingen; 2 gebruiks-, lees- of schrijffout.

Routekaart als afdrukbare HTML: meldcode-lint render <bestand> [-o uit.html]; als Word-document:
meldcode-lint render <bestand> --format docx -o uit.docx (zie render --help).
Overzicht van veel protocollen voor wie ze beoordeelt: meldcode-lint report <mappen> [-o overzicht.html]
(html, json of csv; zie report --help).
Word-document inlezen: meldcode-lint import <document.docx> [-o protocol.meldcode.yaml] (zie import --help).
`,
  en: `Usage: meldcode-lint [options] <files or folders...>

Checks meldcode protocols. Folders are searched for *.meldcode.yaml and
*.meldcode.yml files (skipping node_modules and .git); a file you name yourself is
always checked, whatever its name.

Options:
  --format <name>       stylish (default), json, sarif, github, gitlab or junit
  -o, --output <path>   write the report to this file instead of the screen
  --locale <nl|en>      language of the messages (default: nl when LANG starts with "nl", else en)
  --max-warnings <n>    also fail when there are more than n warnings
  --fix                 apply the automatic fixes and write the files back
                        (with --quiet only those of errors); only regular, writable files
                        with one name, inside the folders named: a symbolic link in a
                        folder, a read-only file or a file with hard links is left
                        unchanged (with a message, exit code 2)
  --config <path>       use this configuration file instead of looking for .meldcoderc.yaml
  --quiet               report errors only
  --version             print the version number
  -h, --help            print this help

The configuration (.meldcoderc.yaml) is looked for from each protocol's folder upwards:
  rules:
    training-missing: off        # off, info, warning or error
  max-file-size: 5242880         # largest file that is checked, in characters

Exit codes: 0 no errors (and no more warnings than --max-warnings);
1 errors or too many warnings; 2 usage, read or write error.

Route map as printable HTML: meldcode-lint render <file> [-o out.html]; as a Word document:
meldcode-lint render <file> --format docx -o out.docx (see render --help).
Overview of many protocols for a reviewer: meldcode-lint report <folders> [-o overview.html]
(html, json or csv; see report --help).
Read a Word document: meldcode-lint import <document.docx> [-o protocol.meldcode.yaml] (see import --help).
`,
};
