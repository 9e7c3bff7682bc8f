/**
 * Answered with true by an array that holds nothing of its own but makes each item when it is read (a view over
 * columns, src/story/segment/boilerplate-table.ts): a writer that empties arrays as it writes them, to let
 * their items go (src/format/json-chunks.ts), has nothing to let go there and leaves it alone.
 */
export const DERIVED: unique symbol = Symbol("newsx.derived");

/**
 * A read-only array of `length()` items (read each time: the columns behind it may still grow) that makes item
 * k with `at(k)` when it is read. Every array method and
 * JSON.stringify work on it, as they read through indices and length; writing to it fails (throws in strict
 * code). It answers DERIVED with true. Not for a result that may be cloned (structuredClone cannot copy a Proxy).
 */
export function derivedArray<T>(length: () => number, at: (k: number) => T): T[] {
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      const k = indexOf(key);
      if (k >= 0) return k < length() ? at(k) : undefined;
      if (key === "length") return length();
      if (key === DERIVED) return true;
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      const k = indexOf(key);
      return k >= 0 ? k < length() : Reflect.has(target, key);
    },
    ownKeys(target) {
      const keys: (string | symbol)[] = [];
      for (let k = 0, n = length(); k < n; k++) keys.push(String(k));
      return [...keys, ...Reflect.ownKeys(target)];
    },
    getOwnPropertyDescriptor(target, key) {
      const k = indexOf(key);
      if (k >= 0 && k < length()) return { value: at(k), writable: false, enumerable: true, configurable: true };
      if (key === "length") return { value: length(), writable: true, enumerable: false, configurable: false };
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

/** The array index a property key names, or -1 ("7" is 7; "07", "length" and symbols are none). */
function indexOf(key: string | symbol): number {
  if (typeof key !== "string") return -1;
  const first = key.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return -1;
  const k = Number(key);
  return Number.isInteger(k) && String(k) === key ? k : -1;
}
