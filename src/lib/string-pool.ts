/**
 * One copy of each short string: text that repeats the same few thousand words would otherwise hold one string
 * object per occurrence. Bounded in the length of a string it keeps and in how many it keeps, so text of
 * all-different words cannot grow it without end; past either bound a string is returned as it came.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  constructor(
    private readonly maxLength: number,
    private readonly maxSize: number,
  ) {}

  get(s: string): string {
    if (s.length > this.maxLength) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    if (this.strings.size < this.maxSize) this.strings.set(s, s);
    return s;
  }
}

/**
 * Strings numbered in the order first placed, for columns that hold a number instead of a string: `strings`
 * has each string once, `place` gives a string's number (-1 for none).
 */
export function stringTable(): { strings: string[]; place: (s: string | null | undefined) => number } {
  const strings: string[] = [];
  const places = new Map<string, number>();
  const place = (s: string | null | undefined): number => {
    if (s === null || s === undefined) return -1;
    let at = places.get(s);
    if (at === undefined) {
      at = strings.length;
      strings.push(s);
      places.set(s, at);
    }
    return at;
  };
  return { strings, place };
}
