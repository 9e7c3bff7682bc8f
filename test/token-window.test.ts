// The read-only view the attribution readers use instead of index arithmetic (src/story/quotes/token-window.ts).
import { describe, expect, it } from "vitest";
import { parseRegions } from "../src/nlp/parse.js";
import { TokenWindow } from "../src/story/quotes/token-window.js";

const text = "Tom Reyes said, “Go.”";
const tokens = parseRegions(text, [{ start: 0, end: text.length, paragraph: 0 }]).tokens;
const window = TokenWindow.of(tokens);

describe("TokenWindow", () => {
  it("reads words by position", () => {
    expect(window.length).toBe(4);
    expect(window.text(0)).toBe("Tom");
    expect(window.normal(2)).toBe("said");
    expect(window.post(2)).toMatch(/^,/u);
    expect(window.first?.text).toBe("Tom");
    expect(window.last?.text).toBe("Go");
    expect(window.has(0, "Person")).toBe(true);
  });

  it("reads nothing out of range, and never counts back from the end", () => {
    expect(window.at(-1)).toBeUndefined();
    expect(window.at(4)).toBeUndefined();
    expect(window.normal(-1)).toBe("");
    expect(window.text(9)).toBe("");
    expect(window.post(4)).toBe("");
    expect(window.has(-1, "Person")).toBe(false);
    expect(window.indexOf(undefined)).toBe(-1);
  });

  it("gives the words before and after a position, cut at the ends", () => {
    expect(window.before(2, 5).map((t) => t.text)).toEqual(["Tom", "Reyes"]);
    expect(window.before(2, 1).map((t) => t.text)).toEqual(["Reyes"]);
    expect(window.before(0, 3)).toEqual([]);
    expect(window.after(1, 1).map((t) => t.text)).toEqual(["said"]);
    expect(window.after(1, 9).map((t) => t.text)).toEqual(["said", "Go"]);
    expect(window.after(3, 2)).toEqual([]);
  });

  it("gives the word right before and after a word, in any run of the story's words", () => {
    const said = tokens[2];
    expect(window.previous(said)?.text).toBe("Reyes");
    expect(window.next(said)?.text).toBe("Go");
    expect(window.previous(tokens[0])).toBeUndefined();
    expect(window.next(tokens[3])).toBeUndefined();
    expect(window.next(undefined)).toBeUndefined();
    // A view over part of the story: its own ends bound it, whatever the story holds around it.
    const middle = TokenWindow.of(tokens.slice(1, 3));
    expect(middle.previous(said)?.text).toBe("Reyes");
    expect(middle.previous(tokens[1])).toBeUndefined();
    expect(middle.next(said)).toBeUndefined();
    // A word the view does not hold has no neighbours in it.
    expect(middle.next(tokens[0])).toBeUndefined();
    // A copy of a word with its tags corrected (a noun read as a verb) is still that word.
    const corrected = { ...tokens[1]!, tags: new Set(["Verb"]) };
    expect(window.next(corrected)?.text).toBe("said");
  });

  it("wraps a view once and copies nothing it is given", () => {
    expect(TokenWindow.of(window)).toBe(window);
    expect(window.toArray()).toBe(tokens);
    expect(window.slice(1, 3).map((t) => t.text)).toEqual(["Reyes", "said"]);
  });
});
