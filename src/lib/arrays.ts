/**
 * Array helpers that stay safe on arrays of any length. A spread into a call (`Math.max(...xs)`,
 * `out.push(...xs)`) passes every element as an argument on the stack, and throws "Maximum call stack size
 * exceeded" from about 120,000 elements on the main thread (more on a worker, so the output would depend on
 * `--jobs`). Anything whose length grows with the input goes through these loops instead.
 */

/** The largest of `values`, or `empty` when there are none (Math.max() of nothing is -Infinity). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  let seen = false;
  for (const v of values) {
    max = seen ? Math.max(max, v) : v;
    seen = true;
  }
  return max;
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = empty;
  let seen = false;
  for (const v of values) {
    min = seen ? Math.min(min, v) : v;
    seen = true;
  }
  return min;
}

/** Appends every item of `items` to `target` (in order) and returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
