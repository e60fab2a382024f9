/** Turning file bytes into the text the engine reads, the way an editor would. */
export type DecodeResult = { ok: true; text: string } | { ok: false; invalidUtf8At: number; text: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** UTF-8 with the BOM removed (editors hide it, so ranges must not count it). */
export function decodeProtocolBytes(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
    return { ok: false, invalidUtf8At: at, text: lenient };
  }
}

/** Byte index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
