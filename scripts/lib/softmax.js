/**
 * A multinomial logistic regression over sparse binary features, as the entity typer's and the span tagger's
 * trainers fit it: weights in one table (feature id * classes + class), AdaGrad with an L2 penalty, the rows
 * visited each epoch in an order shuffled by a seeded generator, so the same rows and options always give the
 * same weights.
 */
import { random, shuffleInPlace } from "./random.js";

/**
 * The class probabilities of a row with features `ids` under the weights `W` (K classes); a class `blocked`
 * (when >= 0) scores -Infinity, so it gets probability 0 and the others share it all.
 */
export function probabilities(W, ids, K, blocked = -1) {
  const scores = new Array(K).fill(0);
  for (const id of ids) for (let c = 0; c < K; c++) scores[c] += W[id * K + c];
  if (blocked >= 0) scores[blocked] = -Infinity;
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/**
 * Fits the weights on `rows` ({ ids, label, blocked? }: feature ids, the right class, a class the row may not
 * take, whose weights it leaves alone) over `features` features and K classes; returns the table.
 */
export function fitSoftmax(rows, { features, K, epochs, l2, rate, seed }) {
  const W = new Float64Array(features * K);
  const G = new Float64Array(features * K).fill(1e-8);
  const next = random(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, next);
    for (const n of order) {
      const { ids, label, blocked = -1 } = rows[n];
      const p = probabilities(W, ids, K, blocked);
      for (const id of ids) {
        for (let c = 0; c < K; c++) {
          if (c === blocked) continue;
          const k = id * K + c;
          const g = p[c] - (c === label ? 1 : 0) + l2 * W[k];
          G[k] += g * g;
          W[k] -= (rate / Math.sqrt(G[k])) * g;
        }
      }
    }
  }
  return W;
}
