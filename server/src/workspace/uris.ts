import { fileURLToPath } from 'node:url';

const PROTOCOL_NAME = /\.meldcode\.ya?ml$/i;

/** Whether the server looks after this document: the meldcode language, or a protocol file name. */
export function isProtocolDocument(uri: string, languageId?: string): boolean {
  if (languageId === 'meldcode') return true;
  return PROTOCOL_NAME.test(uri.split(/[?#]/)[0]);
}

export function isProtocolFileName(name: string): boolean {
  return PROTOCOL_NAME.test(name);
}

/** The file system path of a `file:` URI, or undefined for other schemes and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
