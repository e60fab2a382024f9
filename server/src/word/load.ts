import * as path from 'node:path';
import type * as WordModule from './index';

/**
 * Set by scripts/bundle.js in the esbuild bundles: the file name of the separate Word bundle
 * (dist/word.js) beside them. Checking a protocol never loads mammoth or docx; only import and
 * Word export do, so the validator's start-up does not pay for them.
 */
declare const MELDCODE_WORD_BUNDLE: string | undefined;

export type WordApi = typeof WordModule;

let loaded: WordApi | undefined;

/** The Word import and export code, loaded on first use. */
export function loadWord(): WordApi {
  if (loaded === undefined) {
    if (typeof MELDCODE_WORD_BUNDLE === 'string') {
      // A computed path, so that esbuild leaves this require to run time.
      const bundle = path.join(__dirname, MELDCODE_WORD_BUNDLE);
      loaded = require(bundle) as WordApi;
    } else {
      loaded = require('./index') as WordApi;
    }
  }
  return loaded;
}
