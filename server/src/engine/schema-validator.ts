import type { ErrorObject, ValidateFunction } from 'ajv';
import protocolSchema from '../../../schemas/meldcode-protocol.schema.json';

/** The parts of a JSON Schema node the engine reads (titles for messages, properties for suggestions). */
export interface SchemaNode {
  title?: string;
  'x-title-en'?: string;
  description?: string;
  'x-description-en'?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

export const PROTOCOL_SCHEMA: SchemaNode = protocolSchema as SchemaNode;

/** The pattern every officer and contact point id follows (kebab-case). */
export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/**
 * Set by scripts/bundle.js in the bundles, which carry the validator generated at build time
 * (see schema-compile.ts); the require of 'meldcode-protocol-validator' resolves to it there.
 */
declare const MELDCODE_PRECOMPILED_VALIDATOR: boolean | undefined;

// Made once at load: validation then costs microseconds per keystroke.
const validateProtocol: ValidateFunction =
  typeof MELDCODE_PRECOMPILED_VALIDATOR === 'boolean'
    ? (require('meldcode-protocol-validator') as { default: ValidateFunction }).default
    : (require('./schema-compile') as typeof import('./schema-compile')).compileProtocolValidator();

/** ajv's errors for the plain data of a protocol; empty when it fits the schema. */
export function schemaErrors(data: unknown): ErrorObject[] {
  if (validateProtocol(data)) return [];
  return validateProtocol.errors ? [...validateProtocol.errors] : [];
}
