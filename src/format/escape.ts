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
 * character for one, so nothing shifts; C1 controls become U+FFFD. Tab and line breaks are left to the caller.
 */
export function visibleControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return "\ufffd";
  });
}
