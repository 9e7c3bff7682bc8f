/**
 * Entity mention scoring, as /work/shared/gold/README.md defines it: mention level, per type (person,
 * organization, place) and micro-averaged; strict = exact offsets and same type; lenient = overlapping
 * offsets and same type; plus lenient ignoring the type.
 *
 * Choices the README leaves open, made here and documented in scripts/README.md:
 * - matching is one-to-one in every mode (one prediction can satisfy one gold mention), greedy by the largest
 *   overlap first, so "Hanoi, Vietnam" as one prediction earns one hit, not two;
 * - gold mentions with `nested: true` are left out; a prediction whose span equals a nested gold mention and
 *   that matches nothing else is neither a hit nor an error (it named something real).
 *
 * Mentions: { start, end, type, text? } with code-point offsets, end exclusive.
 */

import { takeBestFirst } from "./match.js";

export const TYPES = ["person", "organization", "place"];
export const MODES = ["strict", "lenient", "agnostic"];

const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

function compatible(mode, p, g) {
  if (mode === "strict") return p.start === g.start && p.end === g.end && p.type === g.type;
  if (mode === "lenient") return overlap(p, g) > 0 && p.type === g.type;
  return overlap(p, g) > 0;
}

/** One-to-one matching of one story's predictions to its flat gold mentions under `mode`. */
export function matchMentions(golds, preds, mode) {
  const flat = golds.filter((g) => !g.nested);
  const nested = golds.filter((g) => g.nested);
  const pairs = [];
  flat.forEach((g, gi) => {
    preds.forEach((p, pi) => {
      if (compatible(mode, p, g)) pairs.push({ gold: gi, pred: pi, size: overlap(p, g) });
    });
  });
  // Largest overlap first; ties by story order, so the result does not depend on the input order's quirks.
  pairs.sort((a, b) => b.size - a.size || flat[a.gold].start - flat[b.gold].start || a.pred - b.pred);
  const { taken, goldTaken, predTaken } = takeBestFirst(pairs);
  const matches = taken.map((pair) => ({ gold: flat[pair.gold], pred: preds[pair.pred] }));
  const spurious = [];
  const neutral = [];
  preds.forEach((p, pi) => {
    if (predTaken.has(pi)) return;
    if (nested.some((g) => g.start === p.start && g.end === p.end)) neutral.push(p);
    else spurious.push(p);
  });
  const missed = flat.filter((_, gi) => !goldTaken.has(gi));
  return { matches, missed, spurious, neutral };
}

/** Empty counters: counts[mode][type] = {tp, fp, fn}; type "all" is the micro sum. */
export function emptyEntityCounts() {
  const counts = {};
  for (const mode of MODES) {
    counts[mode] = {};
    for (const type of [...TYPES, "all"]) counts[mode][type] = { tp: 0, fp: 0, fn: 0 };
  }
  return counts;
}

/**
 * Adds one story's figures to `counts` and returns its matchings per mode. Per type: a hit counts for the
 * gold type; a spurious prediction for its own type; a miss for the gold type. The type-agnostic mode only
 * has a meaningful "all" row (its per-type rows use the gold type for hits and misses, the predicted type
 * for spurious mentions).
 */
export function scoreEntityStory(counts, golds, preds) {
  const result = {};
  for (const mode of MODES) {
    const m = matchMentions(golds, preds, mode);
    result[mode] = m;
    const add = (type, field) => {
      if (counts[mode][type]) counts[mode][type][field]++;
      counts[mode].all[field]++;
    };
    for (const x of m.matches) add(x.gold.type, "tp");
    for (const p of m.spurious) add(p.type, "fp");
    for (const g of m.missed) add(g.type, "fn");
  }
  return result;
}
