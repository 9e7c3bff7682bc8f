/**
 * Metadata and body size on invented stories modelled on common page layouts (fixtures/layouts/). The expected
 * values were written while writing each fixture, from what a reader of the page would say.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Meta } from "../src/types.js";
import { segment } from "../src/story/segment.js";

const dir = new URL("../fixtures/layouts/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");

interface Case {
  file: string;
  meta: Partial<Meta>;
  paragraphs: number;
  first: string;
  last: string;
}

const cases: Case[] = [
  {
    file: "ap-washington.txt",
    meta: {
      headline: "Senate panel delays vote on river cleanup bill",
      byline: "By DANA PRUITT, MARCUS ELLERBY and JOAN OKAFOR",
      authors: ["DANA PRUITT", "MARCUS ELLERBY", "JOAN OKAFOR"],
      dateline: "WASHINGTON",
      date: "2019-11-19T16:35:00-05:00",
      credit: "AP Photo/Evan Vucci",
      source: "AP News",
      language: "en",
      links: null,
    },
    paragraphs: 5,
    first: "A Senate committee on Tuesday put off a vote",
    last: "The committee is expected to take up the bill again",
  },
  {
    file: "reuters-newyork.txt",
    meta: {
      headline: "Grain prices slip as harvest outlook improves",
      // The bare name line under the headline is the byline (pages/META.md conventions).
      byline: "Paula Stenholm",
      authors: ["Paula Stenholm"],
      dateline: "NEW YORK",
      date: "2019-11-19T00:21:00",
      credit: "REUTERS/Tom Kessler",
      copyright: "© 2019 Reuters. All Rights Reserved.",
      source: "Reuters",
      language: "en",
    },
    paragraphs: 4,
    first: "Wheat and corn futures fell on Tuesday",
    last: "Soybeans were little changed",
  },
  {
    file: "bbc-image-copyright.txt",
    meta: {
      headline: "Village bakery wins national bread prize",
      date: "2019-11-19",
      credit: "Getty Images",
      dateline: null,
      copyright: null,
      source: "BBC News",
      language: "en",
    },
    paragraphs: 5,
    first: "A family bakery in a village of 400 people",
    last: "The prize includes a trophy",
  },
  {
    file: "blog-cookie-footer.txt",
    meta: {
      headline: "Why I switched to a paper planner",
      byline: "Posted by Jane Roe",
      authors: ["Jane Roe"],
      date: "2020-03-03",
      credit: null,
      copyright: "© 2020 The Tidy Desk. All rights reserved.",
      source: "The Tidy Desk Blog",
      language: "en",
    },
    // seven paragraphs and the three items of the list in the middle; the cookie notice, the comment and the
    // related posts are not the story
    paragraphs: 9,
    first: "For years I kept every appointment",
    last: "If you want to try it, start small",
  },
  {
    file: "local-published-time.txt",
    meta: {
      headline: "High school roundup: Eagles stay unbeaten",
      // "Name, Outlet" over a "Published ..." line: a byline without "By".
      byline: "Tom Brennan, Valley Herald",
      authors: ["Tom Brennan"],
      date: "2019-11-20T02:16:00-05:00",
      credit: "Valley Herald staff",
      copyright: "© Copyright Valley Herald 2019",
      source: "Valley Herald",
    },
    paragraphs: 3,
    first: "The Eagles stayed unbeaten on Tuesday night",
    last: "The Hawks, who had won four in a row",
  },
  {
    file: "cnn-no-blank-lines.txt",
    meta: {
      headline: "Markets wobble as trade talks drag on",
      byline: "By Ana Ruiz, CNN Business",
      authors: ["Ana Ruiz"],
      dateline: "Hong Kong",
      date: "2019-11-19",
      source: "CNN",
      copyright: "© 2019 Cable News Network. All Rights Reserved.",
    },
    paragraphs: 4,
    first: "Stock markets in Asia were mixed on Tuesday",
    last: "US stock futures were slightly higher",
  },
  {
    file: "german-dpa.txt",
    meta: {
      headline: "Neue Radwege für die Innenstadt",
      byline: "Von Anna Beispiel und Lukas Muster",
      authors: ["Anna Beispiel", "Lukas Muster"],
      dateline: "BERLIN",
      date: "2019-11-19T08:57:00",
      source: "Stadtblatt",
      copyright: "© 2019 Stadtblatt. Alle Rechte vorbehalten.",
      language: "de",
    },
    paragraphs: 3,
    first: "Die Stadt will in den nächsten zwei Jahren",
    last: "Der Fahrradverband begrüßte die Pläne",
  },
  {
    file: "date-run-in.txt",
    meta: {
      headline: "Lighthouse keepers return to remote island after forty years",
      date: "2015-06-06",
      dateline: null,
      byline: null,
      source: null,
      language: "en",
    },
    // the date at the start of the first paragraph is cut off into a date block
    paragraphs: 3,
    first: "On Thursday, two volunteers moved into the lighthouse",
    last: "\"It is quiet, but it is never boring,\"",
  },
  {
    file: "wrapped-wire.txt",
    meta: {
      headline: "Harbour strike ends after six days",
      dateline: "LONDON",
      date: null,
      copyright: "Copyright 2019 Harbour News Service",
      source: "Harbour News Service",
      language: "en",
    },
    // hard-wrapped lines are joined back into their paragraphs
    paragraphs: 3,
    first: "Dock workers at the country's second-largest harbour\nvoted on Friday",
    last: "Union officials said the vote was close",
  },
];

describe("metadata and body on common layouts", () => {
  it("covers every fixture in fixtures/layouts", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
    expect(cases.map((c) => c.file).sort()).toEqual(files);
  });

  for (const c of cases) {
    it(c.file, () => {
      const result = segment(read(c.file));
      expect(result.meta).toMatchObject(c.meta);
      expect(result.paragraphs).toHaveLength(c.paragraphs);
      expect(result.paragraphs[0]!.text.startsWith(c.first)).toBe(true);
      expect(result.paragraphs.at(-1)!.text.startsWith(c.last)).toBe(true);
    });
  }

  it("keeps share buttons, captions, adverts and related links out of the body, with their kinds", () => {
    const bbc = segment(read("bbc-image-copyright.txt"));
    const kindOf = (text: string) => bbc.boilerplate.find((b) => b.text === text)?.kind;
    expect(kindOf("Share this with Facebook")).toBe("share");
    expect(kindOf("Image caption The bakery has been run by the same family for three generations")).toBe("caption");
    expect(kindOf("Skip to content")).toBe("navigation");
    expect(kindOf("Related Topics")).toBe("related");
    const ap = segment(read("ap-washington.txt"));
    expect(ap.boilerplate.find((b) => b.text === "Advertisement")?.kind).toBe("advert");
    expect(ap.boilerplate.find((b) => b.kind === "dateline")?.text).toBe("WASHINGTON (AP) —");
    expect(ap.paragraphs.some((p) => p.text.includes("contributed to this report"))).toBe(false);
  });
});
