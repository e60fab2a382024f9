/**
 * The file name and organisation name of a new protocol. Plain Node: no `vscode` here.
 */
import { stringify } from 'yaml';

const PROTOCOL_EXTENSION = /\.meldcode\.ya?ml$/i;

/** "Kindcentrum De Klimop" -> "kindcentrum-de-klimop"; accents dropped, anything else a hyphen. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The file name suggested for a new protocol: from the organisation's name when there is one
 * ("De Klimop" -> "meldcode-de-klimop.meldcode.yaml"), else from the sector.
 */
export function suggestedFileName(organisation: string, sector: string): string {
  const name = slug(organisation).slice(0, 60).replace(/-+$/, '') || sector;
  return `meldcode-${name}.meldcode.yaml`;
}

export type FileNameProblem = 'empty' | 'folder';

/** What is wrong with a typed file name, if anything: empty, or naming a folder. */
export function fileNameProblem(input: string): FileNameProblem | undefined {
  const name = input.trim();
  if (name === '' || /^\.+$/.test(name)) return 'empty';
  if (/[/\\]/.test(name)) return 'folder';
  return undefined;
}

/** A typed file name as a protocol's: "De Klimop" and "De Klimop.yaml" become "De Klimop.meldcode.yaml". */
export function protocolFileName(input: string): string {
  const name = input.trim();
  if (PROTOCOL_EXTENSION.test(name)) return name;
  return `${name.replace(/\.ya?ml$/i, '')}.meldcode.yaml`;
}

/** The example organisation names of the skeletons, on the `naam:` line under `organisatie:`. */
const ORGANISATION_NAME_LINE = /^( {2}naam: )(?:Naam van de organisatie|Naam van de praktijk)$/m;

/**
 * The skeleton with the organisation's name in place of its example value, written as YAML
 * (quoted where the name needs it, e.g. "Let op: De Klimop"). An empty name keeps the example.
 */
export function withOrganisationName(skeleton: string, organisation: string): string {
  const name = organisation.replace(/\s+/g, ' ').trim();
  if (name === '') return skeleton;
  const value = stringify(name, { lineWidth: 0 }).trimEnd();
  return skeleton.replace(ORGANISATION_NAME_LINE, (_line, key: string) => `${key}${value}`);
}
