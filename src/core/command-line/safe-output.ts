/**
 * What the CLI prints comes from notes, and notes come from anywhere: a shared
 * vault, a synced folder, an import. A control character in a name would reach
 * the terminal as a command (ESC sequences rewrite the screen, OSC 52 sets the
 * clipboard), and a line break in a name would start a line of its own in a
 * digest pasted into a note. So every C0 control but tab, DEL and every C1
 * control (U+0080–U+009F) is printed as U+FFFD, whether or not stdout is a
 * terminal: output that is piped today is shown on a terminal tomorrow.
 */

const REPLACEMENT = '\uFFFD';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

const isC1OrDel = (c: number) => c >= 0x7f && c <= 0x9f;

/** One pass over the text; `lineBreaks` keeps LF, and CR when it is half of a CRLF. */
function replaceControls(text: string, lineBreaks: boolean): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c > 0x9f || c === TAB) continue;
    if (lineBreaks && (c === LF || (c === CR && text.charCodeAt(i + 1) === LF))) continue;
    out += text.slice(start, i) + REPLACEMENT;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/** A value from a note (a name, a text, a path), made safe to print on its own line: line breaks included. */
export function safeValue(text: string): string {
  return replaceControls(text, false);
}

/**
 * The whole output, as the last step before it is written: the line breaks are
 * the output's own (LF, and the CRLF of an iCalendar file); any other control
 * character a renderer let through is replaced.
 */
export function safeOutput(text: string): string {
  return replaceControls(text, true);
}

/**
 * JSON for stdout. JSON.stringify escapes C0 controls but writes DEL and C1
 * raw; they are escaped as `\u00XX`, so the JSON still parses to the same
 * strings and no terminal sees them. (Outside strings JSON has none of them.)
 */
export function safeJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isC1OrDel(c)) continue;
    out += `${text.slice(start, i)}\\u00${c.toString(16)}`;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}
