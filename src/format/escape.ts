/**
 * Making story text safe to show. A story is untrusted input: in a page its `<script>` must stay text, and in a
 * terminal its ESC bytes must not drive the terminal.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content AND for quoted attribute values: & < > " ' all become references, so
 * one function serves both places and a value can never close its attribute or open a tag.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Control characters (ESC above all) are shown as the Unicode "control pictures" (␛ for ESC, ␀ for NUL), one
 * character for one, so nothing shifts; C1 controls and the bidirectional embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069, which can make a terminal or a page show text in another order than it is
 * written) become U+FFFD. Tab and line breaks are left to the caller.
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, picture);
}

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return "\ufffd";
}

/**
 * The one helper for untrusted text (a story's words, a file name, a jsonl id) on its way to a terminal or a
 * log: `visibleControls`, and then what the place allows of tab and line breaks.
 * - "cell" (a table cell, which may hold several lines): line breaks stay, CR LF and a lone CR becoming a line
 *   break (a lone CR would send the cursor back over what is already drawn); a tab becomes a space.
 * - "line" (one line of a message on stderr): tab and line breaks are shown as pictures too (␉ ␊ ␍), so a file
 *   name cannot end the message early or forge a line of its own.
 * - "lines" (several lines on stderr, a stack trace under --debug, whose message may quote a story): each line
 *   as "line", the line feeds between them kept.
 */
export function safeForTerminal(text: string, place: "cell" | "line" | "lines"): string {
  if (place === "line") return text.replace(CONTROLS_AND_BREAKS, picture);
  if (place === "lines") return text.split("\n").map((line) => line.replace(CONTROLS_AND_BREAKS, picture)).join("\n");
  return visibleControls(text).replace(/\r\n?/g, "\n").replace(/\t/g, " ");
}
