/**
 * Text from a protocol or a file name, made harmless for a terminal or a CI log. An ESC or
 * BEL written in a YAML value ("\e]0;title\a") or in a file name would otherwise reach the
 * terminal as it is: clear the screen, set the window title, add a hyperlink to a CI log, or
 * (CR) overwrite the line before it. Every control character except line feed and tab (C0,
 * DEL, C1) and the Unicode line and paragraph separators, which some terminals and log
 * viewers take as line breaks, is written as a visible escape: ESC becomes "\u001b".
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, U+2028/9) written as
 * \u escapes too: the same value for every JSON reader, and nothing a terminal acts on
 * when the report is printed.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
