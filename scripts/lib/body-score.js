/**
 * The body-extraction metric of the article-extraction benchmark, re-implemented from its definition
 * (see ../shared/gold/README.md), so that our figures are comparable with the published ones.
 *
 * Tokens are runs of letters, digits and underscores (Python's `\w+`: Unicode letters and numbers, not combining
 * marks; case kept). Each text becomes the multiset of its 4-token shingles (a text shorter than 4 tokens is one
 * shorter shingle). Per page, true positives, false positives and false negatives are counted over the two
 * multisets and normalised to sum 1, so that a long page weighs no more than a short one. Precision and recall are averaged over pages; F1 comes from the averages.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The tokens of `text`, in order. */
export function tokenize(text) {
  return text.match(TOKEN) ?? [];
}

/** The multiset of `n`-token shingles of `text`, as a Map from the joined shingle to its count. */
export function shingles(text, n = 4) {
  const tokens = tokenize(text);
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    // A unit separator cannot occur inside a token, so joined shingles never collide.
    const key = gram.join("\u001f");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised [tp, fp, fn] of a predicted body against the gold one. */
export function shingleMatch(gold, predicted, n = 4) {
  const g = shingles(gold, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, gc] of g) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (g.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values) {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Scores pages: `pairs` is a list of { gold, predicted } body texts. Returns averaged precision, recall, F1
 * and the per-page matches. As in the benchmark, a page with nothing predicted and nothing matched is left out
 * of the precision average, and one with an empty gold body out of the recall average.
 */
export function scoreBodies(pairs) {
  const pages = pairs.map(({ gold, predicted }) => shingleMatch(gold, predicted));
  const precision = mean(pages.filter((m) => m.tp + m.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((m) => m.tp + m.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pages.map((m) => ({ ...m, precision: precisionOf(m), recall: recallOf(m) })) };
}
