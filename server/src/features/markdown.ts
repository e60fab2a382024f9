/**
 * Text from a protocol put into Markdown (hovers, completion documentation): it must read as
 * the text it is, never as Markdown. An id such as `![x](https://evil.example/t.png)` would
 * otherwise load a remote image (a tracking pixel) when the hover opens, and
 * `[klik](https://evil.example)` would show a link whose target the reader does not see.
 */

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/**
 * The punctuation that starts Markdown in running text: emphasis, code, links and images,
 * HTML and entities, tables, strike-through; and the colon, so that no renderer makes a link of
 * a bare "https://..." either. Escaped, each means only itself.
 */
const PUNCTUATION = /[\\`*_{}[\]()<>#|!~&:]/g;

/** One line of text, for running Markdown: no emphasis, links, images, HTML or code from it. */
export function markdownText(text: string): string {
  return oneLine(text).replace(PUNCTUATION, '\\$&');
}

/**
 * The text as inline code: a code span is shown literally. The fence is one backtick longer
 * than the longest run of backticks inside, and a space pads a text that starts or ends with
 * a backtick, so that no content can close the span early.
 */
export function markdownCode(text: string): string {
  const line = oneLine(text);
  if (line.trim() === '') return markdownText(line);
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** A title of a code action or a label: plain text, but on one line and without control characters. */
export function plainLine(text: string): string {
  return oneLine(text);
}

function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, ' ');
}
