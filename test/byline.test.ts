import { describe, expect, it } from "vitest";
import { parseByline } from "../src/story/segment/byline.js";

describe("parseByline", () => {
  const cases: Array<[string, string | null, string[]]> = [
    ["By LISA MASCARO, MARY CLARE JALONICK and ANDREW TAYLOR", "By LISA MASCARO, MARY CLARE JALONICK and ANDREW TAYLOR", ["LISA MASCARO", "MARY CLARE JALONICK", "ANDREW TAYLOR"]],
    ["By Julius Young | Fox News", "By Julius Young | Fox News", ["Julius Young"]],
    ["by Laura Winter", "by Laura Winter", ["Laura Winter"]],
    ["Written by Jane Roe, MS, RD on November 14, 2019", "Written by Jane Roe, MS, RD", ["Jane Roe"]],
    ["By Michael Example Business Columnist", "By Michael Example Business Columnist", ["Michael Example"]],
    ["By Chris Doe @ChrisDoe Nov 18, 2019, 11:47am EST", "By Chris Doe @ChrisDoe", ["Chris Doe"]],
    ["By Troy L. Smith, Example.com", "By Troy L. Smith, Example.com", ["Troy L. Smith"]],
    ["By Sean Martin Sean Martin", "By Sean Martin Sean Martin", ["Sean Martin"]],
    ["Von Anna Beispiel und Lukas Muster", "Von Anna Beispiel und Lukas Muster", ["Anna Beispiel", "Lukas Muster"]],
  ];
  for (const [line, text, authors] of cases) {
    it(line, () => expect(parseByline(line)).toEqual({ text, authors }));
  }

  it("is not fooled by sentences and labels", () => {
    expect(parseByline("By the end of the day, the river had risen two metres.")).toBeNull();
    expect(parseByline("By")).toBeNull();
    expect(parseByline("Bypass road opens")).toBeNull();
  });
});
