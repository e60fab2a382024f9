/**
 * Everything the server needs once a document is open: the features, the engine they
 * use, the knowledge base. server.ts loads this after answering `initialize`, so that
 * start-up stays quick.
 */
export { codeActions } from './code-actions';
export { completion } from './completion';
export { definition } from './definition';
export { DiagnosticsService } from './diagnostics';
export { foldingRanges } from './folding';
export { documentHighlights } from './highlights';
export { hover } from './hover';
export { inlayHints } from './inlay-hints';
export { documentLinks } from './links';
export { references } from './references';
export { prepareRename, rename } from './rename';
export { selectionRanges } from './selection-ranges';
export { documentSymbols } from './symbols';
export { DiskSymbolCache, filterSymbols, protocolSymbols } from './workspace-symbols';
export { ProtocolWorkspace } from '../workspace/protocol-workspace';
