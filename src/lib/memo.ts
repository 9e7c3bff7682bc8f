/**
 * A pure function of one string, remembered for the strings it was last asked about. A story names the same
 * few people again and again: the merge asks for the key of each of a hostile story's 770,000 mentions, and
 * each answer made afresh is four new strings of garbage. Bounded: when full, it forgets everything and starts
 * again, so text of all-different names costs no more than the function itself.
 */
export function rememberingStrings<T>(fn: (s: string) => T, maxSize = 4_096): (s: string) => T {
  let known = new Map<string, T>();
  return (s: string): T => {
    const hit = known.get(s);
    if (hit !== undefined) return hit;
    const value = fn(s);
    if (known.size >= maxSize) known = new Map();
    known.set(s, value);
    return value;
  };
}
