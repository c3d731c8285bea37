/**
 * Text from an untrusted source (a tool's finding message, a predicate's reason, a file
 * name from a fork's artifact) made inert for the medium it is shown in. One module, so
 * that every renderer escapes the same way.
 */

// ESC [ … final (CSI), ESC ] … BEL or ST (OSC), ESC P/X/^/_ … ST (DCS, SOS, PM, APC), ESC + one.
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[\s\S]?|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g;
// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that
// can make a line read differently from what it is.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** For a terminal: escape sequences and control characters removed, new lines kept. */
export function forTerminal(s: string): string {
  return s.replace(ESCAPES, '').replace(CONTROLS, '');
}

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For HTML text and attribute values. */
export function forHtml(s: string): string {
  return forTerminal(s).replace(/[&<>"']/g, (c) => HTML[c]!);
}

const ZWSP = '\u200b';

/**
 * For GitHub-flavoured Markdown, on one line (a table cell, a list item): no HTML, no
 * links or images, no autolinks, no @mentions or #references that notify, no table breaks,
 * no emphasis or code fences opened by the text. Bounded to `max` characters.
 */
export function forMarkdown(s: string, max = Infinity): string {
  const one = forTerminal(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    // Mentions and team mentions: a zero-width space after @ keeps the text, drops the ping.
    .replace(/@(?=[\w-])/g, `@${ZWSP}`)
    // Autolinked URLs and www. names.
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * An identifier in a Markdown code span (inline code does not mention, link or render HTML):
 * backticks cannot be escaped inside one, so they become quotes; pipes are escaped for tables.
 */
export function forMarkdownCode(s: string, max = 120): string {
  const one = forTerminal(s).replace(/`/g, "'").replace(/\s+/g, ' ').slice(0, max);
  return `\`${one.replace(/\|/g, '\\|')}\``;
}
