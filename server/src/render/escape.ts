/**
 * Escaping for text that ends up in SVG or HTML. Protocol text is untrusted: every piece of it
 * passes through here, whether it lands in element content or in a quoted attribute.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  // Characters that XML 1.0 forbids (a lone surrogate, C0 controls other than tab/newline) would
  // make an SVG unparseable; they have no place in a drawing.
  const cleaned = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  return cleaned.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** A `tel:` target with only the characters a dialler reads; empty when nothing is left. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  return /\d/.test(digits) ? `tel:${digits}` : '';
}
