// The Word import and export API (server/src/word/load.ts loads it lazily).
export { importDocx, formatImportSummary, WordImportError, type WordImportResult, type WordImportSummary } from './import';
export { exportDocx } from './export';
