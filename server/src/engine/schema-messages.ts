/**
 * Messages of the `schema` rule, worded for a protocol writer. `{fieldNl}` / `{fieldEn}` are the
 * schema's own title of the field (lower-cased), `{key}` is a key as the author wrote it.
 */
export const SCHEMA_MESSAGES = {
  emptyDocument: {
    nl: "Dit protocol is leeg. Begin met 'meldcode: \"1.0\"' en 'organisatie:' met de naam en sector van de organisatie.",
    en: "This protocol is empty. Start with 'meldcode: \"1.0\"' and 'organisatie:' with the organisation's name and sector.",
  },
  rootNotMap: {
    nl: "Een protocol bestaat uit sleutels met waarden, zoals 'meldcode: \"1.0\"' en 'organisatie:', niet uit losse tekst of een lijst.",
    en: "A protocol consists of keys with values, such as 'meldcode: \"1.0\"' and 'organisatie:', not of loose text or a list.",
  },
  unknownKey: {
    nl: "Onbekende sleutel '{key}' — bedoelde u '{suggestion}'?",
    en: "Unknown key '{key}' — did you mean '{suggestion}'?",
  },
  unknownKeyMisplaced: {
    nl: "De sleutel '{key}' hoort niet hier maar onder '{owner}'; controleer de inspringing.",
    en: "The key '{key}' does not belong here but under '{owner}'; check the indentation.",
  },
  unknownKeyTopLevel: {
    nl: "De sleutel '{key}' hoort op het hoogste niveau, niet onder '{parent}'; controleer de inspringing.",
    en: "The key '{key}' belongs at the top level, not under '{parent}'; check the indentation.",
  },
  unknownKeyList: {
    nl: "Onbekende sleutel '{key}'; hier zijn toegestaan: {allowed}.",
    en: "Unknown key '{key}'; allowed here: {allowed}.",
  },
  requiredKey: {
    nl: "De verplichte sleutel '{key}' ontbreekt in '{parent}'.",
    en: "The required key '{key}' is missing in '{parent}'.",
  },
  requiredKeys: {
    nl: "De verplichte sleutels {keys} ontbreken in '{parent}'.",
    en: "The required keys {keys} are missing in '{parent}'.",
  },
  requiredKeyInItem: {
    nl: "De verplichte sleutel '{key}' ontbreekt in item {index} van '{list}'.",
    en: "The required key '{key}' is missing in item {index} of '{list}'.",
  },
  requiredKeysInItem: {
    nl: "De verplichte sleutels {keys} ontbreken in item {index} van '{list}'.",
    en: "The required keys {keys} are missing in item {index} of '{list}'.",
  },
  requiredKeyTop: {
    nl: "De verplichte sleutel '{key}' ontbreekt bovenaan het protocol.",
    en: "The required key '{key}' is missing at the top of the protocol.",
  },
  requiredKeysTop: {
    nl: 'De verplichte sleutels {keys} ontbreken bovenaan het protocol.',
    en: 'The required keys {keys} are missing at the top of the protocol.',
  },
  emptyValue: {
    nl: 'Hier ontbreekt een waarde voor {fieldNl}.',
    en: 'A value for {fieldEn} is missing here.',
  },
  typeArray: {
    nl: "Hier wordt een lijst verwacht ({fieldNl}): zet elk item op een eigen regel die begint met '- '.",
    en: "A list is expected here ({fieldEn}): put each item on its own line starting with '- '.",
  },
  typeObject: {
    nl: "Hier worden sleutels met waarden verwacht ({fieldNl}), elk op een eigen ingesprongen regel, zoals 'naam: ...'.",
    en: "Keys with values are expected here ({fieldEn}), each on its own indented line, such as 'naam: ...'.",
  },
  typeString: {
    nl: 'Hier wordt tekst verwacht ({fieldNl}).',
    en: 'Text is expected here ({fieldEn}).',
  },
  textWithColon: {
    nl: 'Deze tekst ({fieldNl}) bevat een dubbele punt met een spatie (": "), waardoor hij gelezen wordt als de sleutel \'{key}\' met een waarde; zet de hele tekst tussen aanhalingstekens.',
    en: 'This text ({fieldEn}) contains a colon followed by a space (": "), so it is read as the key \'{key}\' with a value; put the whole text in quotes.',
  },
  quoteText: {
    nl: 'Zet de tekst tussen aanhalingstekens',
    en: 'Put the text in quotes',
  },
  typeStringQuote: {
    nl: "Hier wordt tekst verwacht ({fieldNl}); zet {value} tussen aanhalingstekens.",
    en: 'Text is expected here ({fieldEn}); put {value} in quotes.',
  },
  typeInteger: {
    nl: 'Hier wordt een geheel getal verwacht ({fieldNl}).',
    en: 'A whole number is expected here ({fieldEn}).',
  },
  typeIntegerQuoted: {
    nl: 'Hier wordt een getal verwacht ({fieldNl}); laat de aanhalingstekens om {value} weg.',
    en: 'A number is expected here ({fieldEn}); remove the quotes around {value}.',
  },
  typeNumber: {
    nl: 'Hier wordt een getal verwacht ({fieldNl}).',
    en: 'A number is expected here ({fieldEn}).',
  },
  typeStringOrNumber: {
    nl: 'Hier wordt tekst of een getal verwacht ({fieldNl}).',
    en: 'Text or a number is expected here ({fieldEn}).',
  },
  typeStringOrList: {
    nl: 'Hier wordt één waarde of een lijst van waarden verwacht ({fieldNl}).',
    en: 'A single value or a list of values is expected here ({fieldEn}).',
  },
  typeStringOrMap: {
    nl: 'Hier wordt tekst of een map met sleutels verwacht ({fieldNl}).',
    en: 'Text or a mapping of keys is expected here ({fieldEn}).',
  },
  typeIntegerOrList: {
    nl: 'Hier wordt een getal of een lijst van getallen verwacht ({fieldNl}), bijvoorbeeld 5 of [4, 5].',
    en: 'A number or a list of numbers is expected here ({fieldEn}), for example 5 or [4, 5].',
  },
  typeListOrMap: {
    nl: 'Hier wordt een lijst of een map met sleutels verwacht ({fieldNl}).',
    en: 'A list or a mapping of keys is expected here ({fieldEn}).',
  },
  typeBoolean: {
    nl: 'Hier wordt true of false verwacht ({fieldNl}).',
    en: 'true or false is expected here ({fieldEn}).',
  },
  typeBooleanWord: {
    nl: "Hier wordt true of false verwacht ({fieldNl}); schrijf {suggestion} in plaats van '{value}'.",
    en: "true or false is expected here ({fieldEn}); write {suggestion} instead of '{value}'.",
  },
  typeOther: {
    nl: 'Deze waarde heeft niet de verwachte vorm ({fieldNl}).',
    en: 'This value does not have the expected form ({fieldEn}).',
  },
  enumValue: {
    nl: "'{value}' is geen geldige {fieldNl}; kies uit: {allowed}.",
    en: "'{value}' is not a valid {fieldEn}; choose from: {allowed}.",
  },
  enumValueSuggestion: {
    nl: "'{value}' is geen geldige {fieldNl} — bedoelde u '{suggestion}'? Kies uit: {allowed}.",
    en: "'{value}' is not a valid {fieldEn} — did you mean '{suggestion}'? Choose from: {allowed}.",
  },
  formatDate: {
    nl: "'{value}' is geen geldige datum ({fieldNl}); schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2027-03-01.",
    en: "'{value}' is not a valid date ({fieldEn}); write it as YYYY-MM-DD, for example 2027-03-01.",
  },
  formatDateDutch: {
    nl: "'{value}' is geen geldige datum ({fieldNl}); schrijf {dateNl} als JJJJ-MM-DD: {suggestion}.",
    en: "'{value}' is not a valid date ({fieldEn}); write {dateEn} as YYYY-MM-DD: {suggestion}.",
  },
  formatEmail: {
    nl: "'{value}' is geen geldig e-mailadres.",
    en: "'{value}' is not a valid e-mail address.",
  },
  outOfRange: {
    nl: '{value} ligt buiten het toegestane bereik voor {fieldNl}: {min} tot en met {max}.',
    en: '{value} is outside the allowed range for {fieldEn}: {min} to {max}.',
  },
  ageOutOfRange: {
    nl: '{value} is geen mogelijke leeftijd ({fieldNl}); schrijf een leeftijd in hele jaren, van 0 tot en met 120.',
    en: '{value} is not a possible age ({fieldEn}); write an age in whole years, from 0 to 120.',
  },
  ageWithUnit: {
    nl: "Schrijf hier alleen het getal ({fieldNl}): een leeftijd staat altijd in hele jaren, dus {suggestion} in plaats van '{value}'.",
    en: "Write only the number here ({fieldEn}): an age is always in whole years, so {suggestion} instead of '{value}'.",
  },
  ageWholeYears: {
    nl: "'{value}' is geen leeftijd in hele jaren ({fieldNl}); schrijf alleen een geheel getal, bijvoorbeeld 12.",
    en: "'{value}' is not an age in whole years ({fieldEn}); write only a whole number, for example 12.",
  },
  ageRangeInOne: {
    nl: "'{value}' zijn twee leeftijden ({fieldNl}); schrijf de jongste bij 'leeftijd-van' en de oudste bij 'leeftijd-tot', elk als een geheel getal.",
    en: "'{value}' are two ages ({fieldEn}); write the youngest under 'leeftijd-van' and the oldest under 'leeftijd-tot', each as a whole number.",
  },
  splitAgeRange: {
    nl: "Verdeel over 'leeftijd-van' en 'leeftijd-tot'",
    en: "Split into 'leeftijd-van' and 'leeftijd-tot'",
  },
  tooSmall: {
    nl: '{value} is te klein voor {fieldNl}: het minimum is {limit}.',
    en: '{value} is too small for {fieldEn}: the minimum is {limit}.',
  },
  tooLarge: {
    nl: '{value} is te groot voor {fieldNl}: het maximum is {limit}.',
    en: '{value} is too large for {fieldEn}: the maximum is {limit}.',
  },
  idPattern: {
    nl: "'{value}' is geen geldig id: gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld '{example}'.",
    en: "'{value}' is not a valid id: use only lower-case letters, digits and hyphens, for example '{example}'.",
  },
  invalidForm: {
    nl: "'{value}' heeft niet de juiste vorm ({fieldNl}).",
    en: "'{value}' does not have the right form ({fieldEn}).",
  },
  invalidValue: {
    nl: 'Deze waarde past niet in het protocolformaat ({fieldNl}).',
    en: 'This value does not fit the protocol format ({fieldEn}).',
  },
  newerFormatKey: {
    nl: "'{key}' hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.",
    en: "'{key}' belongs to format 1.1; set 'meldcode: \"1.1\"'.",
  },
  newerFormatValue: {
    nl: "'{value}' als {fieldNl} hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.",
    en: "'{value}' as {fieldEn} belongs to format 1.1; set 'meldcode: \"1.1\"'.",
  },
  newerFormatList: {
    nl: "Een lijst als {fieldNl} hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.",
    en: "A list as {fieldEn} belongs to format 1.1; set 'meldcode: \"1.1\"'.",
  },
  newerFormatMap: {
    nl: "Een map met sleutels als {fieldNl} hoort bij formaat 1.1; zet 'meldcode: \"1.1\"'.",
    en: "A mapping of keys as {fieldEn} belongs to format 1.1; set 'meldcode: \"1.1\"'.",
  },
  setFormatVersion: {
    nl: "Zet 'meldcode: \"1.1\"'",
    en: "Set 'meldcode: \"1.1\"'",
  },
  replaceWith: {
    nl: "Vervang door '{replacement}'",
    en: "Replace with '{replacement}'",
  },
} as const;

export type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;
