/**
 * Text helpers shared by the scorers: tokens, code-point offsets, context for error reports.
 *
 * Gold offsets and newsx offsets count Unicode code points; JavaScript strings and compromise count UTF-16
 * units. Everything that compares positions goes through the converters here, so a story with an emoji or
 * another astral character cannot shift a span by one.
 */

/** A token is a run of letters, digits or underscore (the same unit the gold README uses for bodies). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Lower-cased tokens of `text`, in order. */
export function tokenize(text) {
  return (text.match(TOKEN) ?? []).map((t) => t.toLowerCase());
}

/**
 * Tokens of `text` with their code-point spans, shifted by `base` (the code-point offset of `text` in
 * its story). Used by the "inside a gold quote" rule, which is about positions, not words.
 */
export function tokenSpans(text, base = 0) {
  const out = [];
  const toCp = utf16ToCodePoint(text);
  for (const m of text.matchAll(TOKEN)) {
    out.push({ token: m[0].toLowerCase(), start: base + toCp(m.index), end: base + toCp(m.index + m[0].length) });
  }
  return out;
}

/** Returns a function mapping a UTF-16 offset of `text` to a code-point offset. */
export function utf16ToCodePoint(text) {
  const astral = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  if (astral.length === 0) return (o) => o;
  return (o) => {
    // Every surrogate pair that ends at or before `o` is one code point, not two units.
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (astral[mid] + 2 <= o) lo = mid + 1;
      else hi = mid;
    }
    return o - lo;
  };
}

/** A story's text seen as code points, for slicing by gold offsets. */
export class CodePointText {
  constructor(text) {
    this.text = text;
    this.points = Array.from(text);
  }
  slice(start, end) {
    return this.points.slice(start, end).join("");
  }
  get length() {
    return this.points.length;
  }
}

/**
 * The sentence (roughly) around a code-point span, for printing an error a developer can read: from the
 * previous sentence end or line break before `start` to the next one after `end`, at most `max` code points.
 */
export function contextAround(cpText, start, end, max = 420) {
  const p = cpText.points;
  let s = Math.max(0, Math.min(start, p.length));
  let e = Math.max(s, Math.min(end, p.length));
  while (s > 0 && p[s - 1] !== "\n" && !(/[.!?]/.test(p[s - 2] ?? "") && /\s/.test(p[s - 1]))) s--;
  while (e < p.length && p[e] !== "\n" && !(/[.!?]/.test(p[e - 1] ?? "") && /\s/.test(p[e]) && e > end)) e++;
  let out = p.slice(s, e).join("").trim();
  if ([...out].length > max) {
    const head = Math.max(0, start - s - 120);
    out = (head > 0 ? "…" : "") + [...out].slice(head, head + max).join("") + "…";
  }
  return out.replace(/\s+/g, " ");
}
