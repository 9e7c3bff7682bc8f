/** The benchmark metric on hand-computed cases (scripts/lib/body-score.js). */
import { describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module without type declarations
import { scoreBodies, shingleMatch, tokenize } from "../scripts/lib/body-score.js";

describe("body score", () => {
  it("tokenizes like Python's \\w+", () => {
    expect(tokenize("It’s 5:30 — snake_case, naïve!")).toEqual(["It", "s", "5", "30", "snake_case", "naïve"]);
  });

  it("counts shingles as multisets, normalised per page", () => {
    // gold: a b c d e -> shingles abcd, bcde; predicted: a b c d x -> abcd, bcdx
    const m = shingleMatch("a b c d e", "a b c d x");
    expect(m.tp).toBeCloseTo(1 / 3);
    expect(m.fp).toBeCloseTo(1 / 3);
    expect(m.fn).toBeCloseTo(1 / 3);
  });

  it("averages precision and recall over pages and takes F1 of the averages", () => {
    const result = scoreBodies([
      { gold: "a b c d e", predicted: "a b c d e" }, // P 1, R 1
      { gold: "a b c d e f g", predicted: "a b c d" }, // P 1, R 1/4
    ]);
    expect(result.precision).toBeCloseTo(1);
    expect(result.recall).toBeCloseTo(0.625);
    expect(result.f1).toBeCloseTo((2 * 0.625) / 1.625);
  });

  it("leaves an empty prediction out of precision, as the benchmark does", () => {
    const result = scoreBodies([
      { gold: "a b c d e", predicted: "" },
      { gold: "a b c d e", predicted: "a b c d e" },
    ]);
    expect(result.precision).toBeCloseTo(1);
    expect(result.recall).toBeCloseTo(0.5);
  });
});
