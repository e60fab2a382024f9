import * as fs from 'node:fs';
import { parseProtocol, resolveBaseChain, validateWithBases, withoutLocalParts, type Finding, type ValidateOptions } from '../../server/src/engine';
import { BaseProtocolFiles } from '../../server/src/workspace/base-files';
import { TODAY } from './rules';

/**
 * The findings of a protocol file as meldcode-lint gives them: a location merged with its
 * bases inside `root`; `asBase` for a file other protocols in the run build on.
 */
export function findingsWithBases(filePath: string, root: string, options: ValidateOptions & { asBase?: boolean } = {}): Finding[] {
  const document = parseProtocol(fs.readFileSync(filePath, 'utf8'));
  const chain = resolveBaseChain(filePath, document, root, new BaseProtocolFiles());
  const findings = validateWithBases(chain, { today: TODAY, ...options });
  return options.asBase ? withoutLocalParts(findings) : findings;
}
