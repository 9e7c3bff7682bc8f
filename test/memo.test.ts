import { describe, expect, it } from "vitest";
import { rememberingStrings } from "../src/lib/memo.js";

describe("rememberingStrings", () => {
  it("answers as the function does, calling it once per string while the strings fit", () => {
    const asked: string[] = [];
    const upper = rememberingStrings((s: string) => {
      asked.push(s);
      return s.toUpperCase();
    }, 3);
    expect([upper("ann"), upper("bo"), upper("ann"), upper("bo")]).toEqual(["ANN", "BO", "ANN", "BO"]);
    expect(asked).toEqual(["ann", "bo"]);
  });

  it("forgets everything once full, so it never holds more than its bound", () => {
    const asked: string[] = [];
    const length = rememberingStrings((s: string) => {
      asked.push(s);
      return s.length;
    }, 2);
    length("a");
    length("bb");
    // Full: "ccc" starts a new memory holding only itself, so "bb" is asked again and "ccc" is not.
    length("ccc");
    length("bb");
    length("ccc");
    expect(asked).toEqual(["a", "bb", "ccc", "bb"]);
  });
});
