import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone';
import protocolSchema from '../../../schemas/meldcode-protocol.schema.json';

/**
 * Compiling the protocol schema with ajv takes a fifth of a second, at every start of the
 * command line, each of its worker threads and the language server. The bundles therefore
 * carry the validator as code generated at build time (scripts/bundle.js calls
 * protocolValidatorSource); this module, and ajv's compiler with it, is only loaded where
 * the code runs unbundled (the tests, `out/`).
 */
function protocolAjv(source: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, code: { source } });
  addFormats(ajv, ['date', 'email']);
  // Annotation keywords for people and editors; ajv's strict mode must know them.
  ajv.addVocabulary(['x-title-en', 'x-description-en', 'markdownDescription']);
  return ajv;
}

export function compileProtocolValidator(): ValidateFunction {
  return protocolAjv(false).compile(protocolSchema);
}

/** The CommonJS source of the same validator, as ajv's standalone code generation writes it. */
export function protocolValidatorSource(): string {
  const ajv = protocolAjv(true);
  return standaloneCode(ajv, ajv.compile(protocolSchema));
}
