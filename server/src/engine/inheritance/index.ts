/** Location protocols on a base protocol: resolving `basis`, merging, and checking with findings where they can be fixed. */
export { mergeWithBase, mergeChain, mergeModels, mergeById, levelOf, unshifted, LEVEL_LINES, type MergedProtocol, type Origin } from './merge';
export { resolveBaseChain, namesBase, isInside, type BaseChain, type BaseFile, type ProtocolFileHost } from './resolve';
export { validateWithBases, withoutLocalParts, LOCAL_PART_RULES, BaseFindingsCache } from './check';
