import { describe, expect, it } from "vitest";
import { countBefore } from "../src/lib/sorted.js";

describe("countBefore: binary search by position", () => {
  const starts = [2, 5, 5, 9];
  it("counts the keys below the offset, or at or below it with orEqual", () => {
    expect([0, 2, 3, 5, 6, 9, 10].map((o) => countBefore(starts, o, (s) => s))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect([0, 2, 5, 9].map((o) => countBefore(starts, o, (s) => s, true))).toEqual([0, 1, 3, 4]);
  });
  it("works on an empty list and through a key function", () => {
    expect(countBefore([], 3, (s: number) => s)).toBe(0);
    expect(countBefore([{ at: 1 }, { at: 4 }], 4, (x) => x.at)).toBe(1);
  });
});
