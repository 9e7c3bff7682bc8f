import { describe, expect, it } from "vitest";
import { maxOf, minOf, pushAll } from "../src/lib/arrays.js";
import { splitLines } from "../src/story/segment/lines.js";

describe("array helpers that take arrays of any length", () => {
  it("find the largest and smallest value, and a fallback for none", () => {
    expect(maxOf([3, 9, -2])).toBe(9);
    expect(minOf([3, 9, -2])).toBe(-2);
    expect(maxOf([], 4)).toBe(4);
    expect(minOf([])).toBe(Infinity);
    // The fallback is only for an empty list: it is not a floor.
    expect(maxOf([1, 2], 10)).toBe(2);
  });

  it("append in order and return the target", () => {
    const target = [1];
    expect(pushAll(target, [2, 3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
  });

  it("handle half a million items, where a spread into a call overflows the stack", () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i % 1000);
    expect(() => Math.max(...many)).toThrow(RangeError);
    expect(maxOf(many)).toBe(999);
    expect(minOf(many)).toBe(0);
    expect(pushAll([], many)).toHaveLength(500_000);
  });

  it("let a page of 300,000 short lines be cut into lines (once a stack overflow)", () => {
    const page = "ab cd\n".repeat(300_000);
    const lines = splitLines(page);
    expect(lines).toHaveLength(300_000);
    expect(lines[299_999]).toMatchObject({ text: "ab cd", start: 6 * 299_999, end: 6 * 299_999 + 5 });
  });
});
