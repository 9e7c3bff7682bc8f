// The seed story, end to end through the public library entry, against what a person reads in it
// (issue 2: "The seed story, read by a person"). Each expectation below was written from reading
// fixtures/kremlin-cheers-obama.txt, not from the program's output.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import type { AttributionTrace, Entity, EntityType, Quote } from "../src/types.js";

/** The fields of a quote a test pins, its trace in part (toMatchObject compares what is given). */
type PinnedQuote = Partial<Omit<Quote, "attribution">> & { attribution?: Partial<AttributionTrace> };

const text = readFileSync(new URL("../fixtures/kremlin-cheers-obama.txt", import.meta.url), "utf8");
const story = extract(text);
const codePoints = [...text];
const slice = (start: number, end: number) => codePoints.slice(start, end).join("");

describe("seed story through extract()", () => {
  it("reports the metadata", () => {
    expect(story.meta).toMatchObject({
      headline: "Kremlin Cheers Obama’s Re-Election",
      credit: "Sasha Mordovets/Getty Images",
      dateline: "MOSCOW",
      copyright: "Copyright 2012 ABC News Radio",
      source: "ABC News Radio",
      links: {
        previous: "Obama Calls McCain’s Allegation of Benghazi Cover-Up ‘Nonsense’",
        next: "All-Night Election-Watch Party in Obama’s Ancestral Village",
      },
    });
  });

  it("has ten body paragraphs from 'Russian President Vladimir Putin' to 'In an interview with the Moscow News'", () => {
    expect(story.paragraphs).toHaveLength(10);
    expect(story.paragraphs[0]!.text.startsWith("Russian President Vladimir Putin has sent")).toBe(true);
    expect(story.paragraphs[9]!.text.startsWith("In an interview with the Moscow News")).toBe(true);
    for (const p of story.paragraphs) expect(slice(p.start, p.end)).toBe(p.text);
    const body = story.paragraphs.map((p) => p.text).join("\n");
    for (const furniture of ["Main", "Copyright 2012", "Getty Images", "Kremlin Cheers"]) {
      expect(body).not.toContain(furniture);
    }
  });

  describe("quotes", () => {
    const spoken = story.quotes.filter((q) => q.kind !== "indirect");
    const byStart = (words: string) => spoken.find((q) => q.text.startsWith(words));
    const expected: Array<[string, string | null, PinnedQuote]> = [
      ["In general, the Kremlin took", "Dmitri Peskov",
        { speakerText: "spokesman Dmitri Peskov", role: "spokesman", via: "Interfax", kind: "direct", verb: "said",
          attribution: { rule: "after-subject-verb", evidence: "spokesman Dmitri Peskov said", resolution: "name" } }],
      ["We have the hope", "Dmitri Peskov", { speakerText: "he", verb: "added", kind: "direct",
        attribution: { rule: "after-subject-verb", evidence: "he added", resolution: "pronoun-last-speaker" } }],
      ["I am glad that the man", "Dmitry Medvedev", { speakerText: "he", verb: "said", kind: "direct",
        attribution: { rule: "after-subject-verb", evidence: "he said" } }],
      ["Obama is an understandable", "Dmitry Medvedev", { speakerText: "Medvedev", verb: "added", kind: "direct",
        attribution: { rule: "after-subject-verb", evidence: "Medvedev added", resolution: "name" } }],
      ["There have been both successes", "Dmitry Medvedev", { speakerText: "he", kind: "direct",
        attribution: { rule: "after-subject-verb", evidence: "he said", resolution: "pronoun-last-speaker" } }],
      // “… carried on,” he said, suggesting relations would “be basically normal.”: the participle has his subject.
      ["be basically normal.", "Dmitry Medvedev", { kind: "partial", attribution: { rule: "before-participle-subject" } }],
      ["We are prepared to go as far", "Sergei Lavrov", { role: "Russian Foreign Minister", kind: "direct",
        attribution: { rule: "before-participle-subject" } }],
    ];

    for (const [words, speaker, fields] of expected) {
      it(`“${words}…” is ${speaker}'s`, () => {
        const quote = byStart(words);
        expect(quote, words).toBeDefined();
        expect(quote!.speaker).toBe(speaker);
        expect(quote).toMatchObject(fields);
        expect(slice(quote!.start, quote!.end)).toBe(quote!.text);
        expect(quote!.confidence).toBeGreaterThan(0);
        expect(quote!.confidence).toBeLessThanOrEqual(1);
      });
    }

    it("keeps them in story order, and reports “in the near future.” without a wrong speaker", () => {
      const attributed = spoken.filter((q) => q.speaker !== null).map((q) => q.text.slice(0, 12));
      expect(attributed).toEqual(expected.map(([words]) => words.slice(0, 12)));
      const nearFuture = byStart("in the near future.");
      expect(nearFuture?.kind).toBe("partial");
      expect([null, "Dmitri Peskov"]).toContain(nearFuture?.speaker ?? null);
    });

    it("takes no quote from the navigation line", () => {
      expect(story.quotes.some((q) => q.text.includes("Nonsense"))).toBe(false);
    });
  });

  describe("entities", () => {
    const named = (type: EntityType) => story.entities.filter((e) => e.type === type).map((e) => e.name).sort();
    const entity = (name: string): Entity | undefined => story.entities.find((e) => e.name === name);

    it("names exactly the people, organisations and places of the story", () => {
      expect(named("person")).toEqual(
        ["Barack Obama", "Dmitri Peskov", "Dmitry Medvedev", "Romney", "Sasha Mordovets", "Sergei Lavrov", "Vladimir Putin"]);
      expect(named("organization")).toEqual(["ABC News Radio", "Getty Images", "Interfax", "Kremlin", "Moscow News"]);
      expect(named("place")).toEqual(["Hanoi", "Moscow", "Russia", "U.S.", "Vietnam"]);
    });

    it("merges the forms of a name into its fullest form", () => {
      expect(entity("Barack Obama")!.aliases).toEqual(expect.arrayContaining(["Obama", "President Obama"]));
      expect(entity("Dmitry Medvedev")!.aliases).toContain("Medvedev");
      expect(entity("Dmitry Medvedev")!.titles.join(" ")).toContain("then-President");
      expect(entity("Moscow")!.aliases).toContain("MOSCOW");
    });

    it("keeps names clean and every mention an exact slice", () => {
      for (const e of story.entities) {
        expect(e.name).not.toMatch(/^[“"‘'«]|[”"’'»,;:]$|['’]s$/u);
        // A full stop may only end an abbreviation such as "U.S.".
        if (e.name.endsWith(".")) expect(e.name).toMatch(/(?:\p{Lu}\.)+$/u);
        expect(e.count).toBe(e.mentions.length);
        for (const m of e.mentions) expect(slice(m.start, m.end)).toBe(m.text);
      }
    });

    it("takes nothing from the navigation links (they name other stories)", () => {
      expect(story.entities.some((e) => /Benghazi|McCain|Ancestral/u.test(e.name))).toBe(false);
    });

    it("ranks the story's subjects first", () => {
      expect(story.entities.slice(0, 3).map((e) => e.name)).toEqual(expect.arrayContaining(["Barack Obama", "Kremlin"]));
    });
  });
});
