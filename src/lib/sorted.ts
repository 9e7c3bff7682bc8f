/**
 * Binary search over a list sorted by a numeric key (a text offset, mostly). Everything that looks things up
 * by position in a story goes through here, so each lookup costs O(log n) and stories with thousands of
 * tokens, mentions or quotes stay linear overall.
 */

/** How many items have a key below `offset` (at or below it with `orEqual`): the index where `offset` would go. */
export function countBefore<T>(items: readonly T[], offset: number, key: (item: T) => number, orEqual = false): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const value = key(items[mid]!);
    if (value < offset || (orEqual && value === offset)) low = mid + 1;
    else high = mid;
  }
  return low;
}
