/**
 * mulberry32: a tiny seeded generator of numbers in [0, 1). The training scripts shuffle with it and the
 * adversarial benchmark draws its texts with it, so the same seed gives the same weights and the same inputs on
 * every run.
 */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `items` in place (Fisher-Yates) with the generator `next`, so a seed fixes the order. */
export function shuffleInPlace(items, next) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
