import type { Rule } from '../rule';

/**
 * The base protocol named by `basis` cannot be used. Finding out why takes other files: the
 * caller resolves the chain (engine/inheritance/resolve.ts) and puts the reason on the model.
 */
export const rule: Rule = {
  meta: {
    id: 'base-invalid',
    defaultSeverity: 'error',
    description: {
      nl: 'De basis van een locatieprotocol (`basis:`) bestaat, ligt in de werkruimte, is leesbaar en heeft hetzelfde formaat.',
      en: 'The base of a location protocol (`basis:`) exists, lies in the workspace, can be read and has the same format.',
    },
    messages: {
      missing: {
        nl: 'De basis "{path}" bestaat niet. Controleer het pad: het telt vanaf de map van dit bestand (bijvoorbeeld ../stichting.meldcode.yaml).',
        en: 'The base "{path}" does not exist. Check the path: it counts from the folder of this file (for example ../stichting.meldcode.yaml).',
      },
      outside: {
        nl: 'De basis "{path}" ligt buiten de werkruimte en wordt niet gelezen. Zet het basisprotocol in de werkruimte.',
        en: 'The base "{path}" lies outside the workspace and is not read. Put the base protocol in the workspace.',
      },
      absolute: {
        nl: 'Geef de basis op als pad ten opzichte van dit bestand, zoals ../stichting.meldcode.yaml, niet als "{path}".',
        en: 'Give the base as a path relative to this file, such as ../stichting.meldcode.yaml, not as "{path}".',
      },
      cycle: {
        nl: 'De basis "{path}" leidt in een kring terug: {chain}. Een basisprotocol mag niet (via een ander) op zijn eigen locatie bouwen.',
        en: 'The base "{path}" leads back in a circle: {chain}. A base protocol must not build (through another) on its own location.',
      },
      version: {
        nl: 'De basis "{path}" heeft formaat "{baseVersion}", dit bestand "{version}". Zet beide op hetzelfde formaat.',
        en: 'The base "{path}" has format "{baseVersion}", this file "{version}". Put both on the same format.',
      },
      unreadable: {
        nl: 'De basis "{path}" kan niet gelezen worden: {reasonNl}.',
        en: 'The base "{path}" cannot be read: {reasonEn}.',
      },
      broken: {
        nl: 'De basis "{path}" is geen leesbaar protocol (de YAML bevat fouten). Herstel eerst de basis.',
        en: 'The base "{path}" is not a readable protocol (its YAML has errors). Fix the base first.',
      },
      chain: {
        nl: 'De basis van {path} kan niet gebruikt worden; zie de melding in dat bestand.',
        en: 'The base of {path} cannot be used; see the finding in that file.',
      },
    },
  },
  check(context) {
    const { basis, baseProblem } = context.model;
    if (!basis || !baseProblem) return;
    context.report({ messageId: baseProblem.kind, data: baseProblem.data, range: basis.range });
  },
};
