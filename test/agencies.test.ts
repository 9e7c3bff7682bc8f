/**
 * The shared agency lists (src/story/segment/agencies.ts): examples written by hand.
 */
import { describe, expect, it } from "vitest";
import { isWireService, namesPattern } from "../src/story/segment/agencies.js";

describe("wire services", () => {
  it("knows a wire's name case aside and with its article", () => {
    expect(isWireService("The Associated Press")).toBe(true);
    expect(isWireService("REUTERS")).toBe(true);
    expect(isWireService("Kyodo")).toBe(true);
    expect(isWireService("The Canadian Press")).toBe(true);
  });

  it("is not fooled by an outlet that starts like one", () => {
    expect(isWireService("Harbour Daily")).toBe(false);
    expect(isWireService("AP News Harbour")).toBe(false);
    expect(isWireService("Reuters Breakingviews")).toBe(false);
  });
});

describe("a names pattern", () => {
  it("tries the longest name first and matches the capitals too", () => {
    const pattern = new RegExp(`^(${namesPattern(["AP", "AP Photo", "Reuters"])})`, "u");
    expect(pattern.exec("AP Photo/Jane Roe")?.[1]).toBe("AP Photo");
    expect(pattern.exec("REUTERS/Jane Roe")?.[1]).toBe("REUTERS");
    expect(pattern.test("reuters")).toBe(false);
  });

  it("escapes what a name holds", () => {
    expect(new RegExp(`^(?:${namesPattern(["A.B. Press"])})$`, "u").test("AxB. Press")).toBe(false);
  });
});
