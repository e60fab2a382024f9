/**
 * Recognising a protocol saved under a plain YAML name ("Meldcode De Klimop.yaml"), and the
 * name it would have as a protocol. Plain Node: no `vscode` here.
 */

/** How much of a file is read to decide: the top-level keys of a protocol come early. */
export const SNIFF_LENGTH = 32 * 1024;

const PROTOCOL_NAME = /\.meldcode\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;

/** A `.yaml`/`.yml` file name that is not already a protocol's (`*.meldcode.yaml`). */
export function isPlainYamlName(name: string): boolean {
  return YAML_NAME.test(name) && !PROTOCOL_NAME.test(name);
}

/**
 * Whether the start of a YAML text has the top-level keys `meldcode:` and `stappen:`, as every
 * protocol does. Only the first SNIFF_LENGTH characters are read.
 */
export function looksLikeProtocol(text: string): boolean {
  const head = text.slice(0, SNIFF_LENGTH);
  return /^\uFEFF?meldcode[ \t]*:/m.test(head) && /^stappen[ \t]*:/m.test(head);
}

/**
 * The protocol names for a plain YAML file, in order of preference: "X.yaml" becomes
 * "X.meldcode.yaml", then "X-2.meldcode.yaml", "X-3.meldcode.yaml", … (the caller takes the
 * first that does not exist, so that no file is overwritten).
 */
export function* protocolNamesFor(name: string): Generator<string> {
  const match = /^(.*)\.(ya?ml)$/i.exec(name);
  const stem = match?.[1] ?? name;
  const extension = match?.[2] ?? 'yaml';
  yield `${stem}.meldcode.${extension}`;
  for (let n = 2; ; n++) yield `${stem}-${n}.meldcode.${extension}`;
}
