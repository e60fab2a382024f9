import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
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

// Compiled once at load: validation then costs microseconds per keystroke.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
addFormats(ajv, ['date', 'email']);
// Annotation keywords for people and editors; ajv's strict mode must know them.
ajv.addVocabulary(['x-title-en', 'x-description-en', 'markdownDescription']);
const validateProtocol = ajv.compile(protocolSchema);

/** ajv's errors for the plain data of a protocol; empty when it fits the schema. */
export function schemaErrors(data: unknown): ErrorObject[] {
  if (validateProtocol(data)) return [];
  return validateProtocol.errors ? [...validateProtocol.errors] : [];
}
