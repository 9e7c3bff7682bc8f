/**
 * Quote detection scoring, exactly as /work/shared/gold/README.md ("How we score") defines it:
 *
 * - a predicted quote matches a gold quote when the token-bag F1 of their texts is >= 0.5, or when >= 90% of
 *   its tokens lie inside a gold `mixed` or fragmented quote;
 * - matching is one-to-one, best first (highest token F1 first);
 * - a second predicted piece of the same fragmented/mixed gold quote is neither a hit nor an error.
 *
 * Pure functions: records in, figures out. Shapes used here:
 *   gold: { text, start, end, kind, fragments?: [{start,end,text}] , ...anything }
 *   pred: { text, pieces: [{start,end,text}] , ...anything }  (pieces: the fragments, or the one span)
 *   dontCare: records shaped like gold, or { text } only: predictions that match one of them (and no scored
 *   gold) are left out of precision, neither rewarded nor punished (the seed's `ignore_quotes`, and for
 *   indirect speech the gold records outside the scored set).
 */
import { takeBestFirst } from "./match.js";
import { tokenize, tokenSpans } from "./text.js";

export const MATCH_F1 = 0.5;
export const INSIDE_SHARE = 0.9;

/** How many tokens two token lists have in common as multisets ("a a b" and "a b b": 2). */
function sharedTokens(ta, tb) {
  const bag = new Map();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  return common;
}

/** Token-bag (multiset) F1 of two texts; 0 when either has no token. */
export function tokenF1(a, b) {
  const ta = Array.isArray(a) ? a : tokenize(a);
  const tb = Array.isArray(b) ? b : tokenize(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const common = sharedTokens(ta, tb);
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

/** Share of the token bag of `part` that the token bag of `whole` contains (for gold given as text only). */
export function bagContainment(part, whole) {
  const tp = tokenize(part);
  if (tp.length === 0) return 0;
  return sharedTokens(tp, tokenize(whole)) / tp.length;
}

/** The code-point ranges a gold record covers: its fragments when it has them, else its span. */
export function goldRanges(gold) {
  if (gold.fragments && gold.fragments.length > 0) return gold.fragments.map((f) => [f.start, f.end]);
  return [[gold.start, gold.end]];
}

/** A gold quote whose pieces may be matched by several predicted pieces: mixed, or fragmented. */
export function isMultiPiece(gold) {
  return gold.kind === "mixed" || (Array.isArray(gold.fragments) && gold.fragments.length > 1);
}

/** Share of the predicted quote's tokens (by position) that lie inside the gold record's ranges. */
export function insideShare(pred, gold) {
  const spans = (pred.pieces ?? []).flatMap((piece) => tokenSpans(piece.text, piece.start));
  if (spans.length === 0) return 0;
  const ranges = goldRanges(gold);
  const inside = spans.filter((s) => ranges.some(([a, b]) => s.start >= a && s.end <= b)).length;
  return inside / spans.length;
}

/**
 * How a prediction relates to a gold record: { f1, inside, eligible, via } where `via` is "f1" or
 * "inside". The inside rule only applies to mixed or fragmented gold, as the README says.
 */
export function pairScore(pred, gold) {
  const f1 = tokenF1(pred.text, gold.text);
  const hasOffsets = typeof gold.start === "number" && Array.isArray(pred.pieces);
  const inside = hasOffsets ? insideShare(pred, gold) : bagContainment(pred.text, gold.text);
  const insideApplies = !hasOffsets || isMultiPiece(gold);
  if (f1 >= MATCH_F1) return { f1, inside, eligible: true, via: "f1" };
  if (insideApplies && inside >= INSIDE_SHARE) return { f1, inside, eligible: true, via: "inside" };
  return { f1, inside, eligible: false, via: null };
}

/**
 * One-to-one greedy best-first matching of one story's predictions to its gold quotes.
 * Returns indices: matches [{gold, pred, f1, inside, via}], missed gold, spurious and neutral predictions.
 */
export function matchQuotes(golds, preds, dontCare = []) {
  const pairs = [];
  golds.forEach((g, gi) => {
    preds.forEach((p, pi) => {
      const s = pairScore(p, g);
      if (s.eligible) pairs.push({ gold: gi, pred: pi, ...s });
    });
  });
  // Best first: the highest token F1; ties by the larger share inside, then by story order (stable).
  pairs.sort((a, b) => b.f1 - a.f1 || b.inside - a.inside || a.gold - b.gold || a.pred - b.pred);
  const { taken: matches, goldTaken, predTaken } = takeBestFirst(pairs);
  const neutral = [];
  const spurious = [];
  preds.forEach((p, pi) => {
    if (predTaken.has(pi)) return;
    // A further piece of a mixed/fragmented gold quote that another piece already matched: not an error.
    const extraPiece = pairs.some((pair) => pair.pred === pi && goldTaken.has(pair.gold) && isMultiPiece(golds[pair.gold]));
    const ignored = dontCare.some((d) => pairScore(p, d).eligible);
    if (extraPiece || ignored) neutral.push(pi);
    else spurious.push(pi);
  });
  const missed = [];
  golds.forEach((_, gi) => {
    if (!goldTaken.has(gi)) missed.push(gi);
  });
  matches.sort((a, b) => a.gold - b.gold);
  return { matches, missed, spurious, neutral };
}

/** Precision, recall and F1 from counts; null where the denominator is 0. */
export function prf(tp, fp, fn) {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  let f1 = null;
  if (precision === 0 || recall === 0) f1 = 0;
  else if (precision !== null && recall !== null) f1 = (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
