/**
 * Predictions in the scorers' shapes, from newsx (a Story) and from the plain-compromise baseline.
 *
 * Quote predictions: { text, pieces: [{start,end,text}], speaker, kind }; entity predictions:
 * { start, end, type, text }. All offsets are code points.
 */
import nlp from "compromise";
import { utf16ToCodePoint } from "./text.js";

/** newsx quotes of the given kinds, with pieces read from the story at their offsets. */
export function newsxQuotes(story, cpText, kinds) {
  return story.quotes
    .filter((q) => kinds.includes(q.kind))
    .map((q) => {
      const spans = q.fragments && q.fragments.length > 0 ? q.fragments : [q];
      return {
        text: q.text,
        speaker: q.speaker,
        kind: q.kind,
        attribution: q.attribution,
        confidence: q.confidence,
        paragraph: q.paragraph,
        start: q.start,
        end: q.end,
        pieces: spans.map((s) => ({ start: s.start, end: s.end, text: cpText.slice(s.start, s.end) })),
      };
    });
}

/** Every mention of every newsx entity, with the entity's type. */
export function newsxMentions(story) {
  return story.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, text: m.text })));
}

const OUTER_MARKS = /^[\s"“”‘’'«»„‚‹›`]+|[\s"“”‘’'«»„‚‹›`]+$/gu;

/**
 * The "plain compromise" baseline of issues 3 and 4: one parse, `people()/organizations()/places()` with
 * compromise's own offsets (taken as it gives them, UTF-16 converted to code points), and `quotations()`
 * with the outer marks stripped and, as speaker, the first person compromise names in the same sentence.
 */
export function compromiseBaseline(text) {
  const doc = nlp(text);
  const toCp = utf16ToCodePoint(text);
  const mentions = [];
  for (const [view, type] of [
    [doc.people(), "person"],
    [doc.organizations(), "organization"],
    [doc.places(), "place"],
  ]) {
    for (const m of view.json({ offset: true, terms: false })) {
      const start = m.offset.start;
      const end = start + m.offset.length;
      mentions.push({ start: toCp(start), end: toCp(end), type, text: text.slice(start, end) });
    }
  }
  const quotes = [];
  doc.quotations().forEach((q) => {
    const j = q.json({ offset: true, terms: false })[0];
    if (!j) return;
    const inner = j.text.replace(OUTER_MARKS, "");
    if (!inner) return;
    // compromise's offset can start after the opening mark while its length counts it: find the inner text
    // itself near the reported start instead of trusting start + length.
    let at = text.indexOf(inner, Math.max(0, j.offset.start - 3));
    if (at < 0 || at > j.offset.start + j.offset.length) at = j.offset.start;
    const first = q.fullSentence().people().json({ terms: false })[0];
    const start = toCp(at);
    const end = toCp(at + inner.length);
    quotes.push({
      text: inner,
      speaker: first ? first.text : null,
      kind: "direct",
      start,
      end,
      pieces: [{ start, end, text: inner }],
    });
  });
  return { mentions, quotes };
}
