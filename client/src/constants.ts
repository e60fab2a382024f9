/** Identifiers the manifest (package.json) and the code share. */
export const LANGUAGE_ID = 'meldcode';
export const CONFIGURATION_SECTION = 'meldcode';
export const PROTOCOL_GLOB = '**/*.meldcode.{yaml,yml}';
/** Protocols and `.meldcoderc.yaml` files: what the server wants to hear about when it changes on disk. */
export const WATCHED_FILES_GLOB = '**/{*.meldcode.yaml,*.meldcode.yml,.meldcoderc.yaml,.meldcoderc.yml}';

export const Commands = {
  newProtocol: 'meldcode.newProtocol',
  newLocation: 'meldcode.newLocation',
  validateWorkspace: 'meldcode.validateWorkspace',
  showProblems: 'meldcode.showProblems',
  restartServer: 'meldcode.restartServer',
  exportProtocol: 'meldcode.exportProtocol',
  printProtocol: 'meldcode.printProtocol',
  importWord: 'meldcode.importWord',
} as const;
