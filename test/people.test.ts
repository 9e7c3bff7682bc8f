/**
 * The people index (src/story/quotes/people.ts) and the pronoun ranker that reads it (antecedent.ts), on small
 * invented stories whose speakers were read off by a person.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { segment } from "../src/story/segment.js";
import { parseRegions } from "../src/nlp/parse.js";
import { analysedRegions } from "../src/story/extract.js";
import { extractEntities } from "../src/story/entities/index.js";
import { SpeakerResolver } from "../src/story/quotes/resolve.js";
import { findQuotedSpans } from "../src/story/quotes/marks.js";
import { rankCandidates, type PronounCandidate } from "../src/story/quotes/antecedent.js";
import type { EntityDraft } from "../src/story/entities/merge.js";
import { courtesyGenderOf, entityKind, fullestName, isPerson, mentionsOf } from "../src/story/quotes/people.js";

function peopleOf(text: string) {
  const segmentation = segment(text);
  const parsed = parseRegions(text, analysedRegions(segmentation));
  const { drafts } = extractEntities(parsed, segmentation.boilerplate, segmentation.meta.authors);
  const resolver = new SpeakerResolver(text, drafts, parsed, findQuotedSpans(text, segmentation.paragraphs));
  return resolver.people.people.map((p) => ({ name: resolver.nameOf(p.draft), person: p }));
}

function speakerOf(text: string, words: string): string | null {
  const found = extract(text).quotes.filter((q) => q.text.includes(words));
  expect(found).toHaveLength(1);
  return found[0]!.speaker;
}

describe("people index", () => {
  it("gives each person their mentions, titles, and the sentences they are the subject of", () => {
    const story = [
      "Harbor Town, Maine (AP) — Mayor Dana Whitfield opened the new ferry dock on Monday.",
      "Whitfield thanked the builders. “This dock is for everyone,” she said, adding that Tom Beck had “done the hard part.”",
    ].join("\n\n");
    const people = peopleOf(story);
    const whitfield = people.find((p) => p.name.endsWith("Whitfield"))!;
    expect(whitfield).toBeDefined();
    expect(whitfield.person.mentions).toHaveLength(2);
    // "Mayor Dana Whitfield opened", "Whitfield thanked": the subject of both narrative sentences.
    expect(whitfield.person.subjectSentences.length).toBeGreaterThanOrEqual(2);
    expect(whitfield.person.titles).toContain("mayor");
  });

  it("takes gender from a courtesy title first", () => {
    const story = "Ms. Robin Hale and Mr. Casey Dunn spoke to the council on Tuesday about the budget.";
    const people = peopleOf(story);
    expect(people.find((p) => p.name.endsWith("Hale"))?.person).toMatchObject({ gender: "female", genderEvidence: "courtesy" });
    expect(people.find((p) => p.name.endsWith("Dunn"))?.person).toMatchObject({ gender: "male", genderEvidence: "courtesy" });
  });

  it("takes gender from the pronouns that follow a person as subject when nothing else says it", () => {
    const story = [
      "Quinn Varga runs the only bakery in Elm Falls.",
      "Varga opened the shop in 2004. He still bakes every loaf himself.",
      "Varga rarely takes a day off. He says the ovens need him.",
    ].join("\n\n");
    const varga = peopleOf(story).find((p) => p.name.endsWith("Varga"))!;
    expect(varga.person).toMatchObject({ gender: "male", genderEvidence: "pronouns" });
  });

  it("takes gender from the lists of given names when the story and compromise say nothing", () => {
    // No courtesy title, no pronoun after either, and compromise knows neither "Gabby" nor "Barack" as a name.
    const story = "Councillor Gabby Tarrant spoke on Tuesday. Later, Barack Imoro answered.";
    const people = peopleOf(story);
    expect(people.find((p) => p.name.endsWith("Tarrant"))?.person).toMatchObject({ gender: "female", genderEvidence: "name-list" });
    expect(people.find((p) => p.name.endsWith("Imoro"))?.person).toMatchObject({ gender: "male", genderEvidence: "name-list" });
  });

  it("marks a mention right after a verb or a preposition as an object", () => {
    const story = "Mayor Ivo Brandt praised Tessa Lund on Monday. Brandt spoke with Omar Haddad later.";
    const people = peopleOf(story);
    const first = (surname: string) => people.find((p) => p.name.endsWith(surname))?.person.mentions[0];
    expect(first("Lund")?.object).toBe(true);
    expect(first("Haddad")?.object).toBe(true);
    expect(first("Brandt")?.object).toBe(false);
  });
});

describe("what quotes may ask of an entity (people.ts, the one reader of the entity finder's drafts)", () => {
  const story = "Ms. Robin Hale of the Harbor Board spoke in Elm Falls on Tuesday. Hale said the board would meet again.";
  const segmentation = segment(story);
  const parsed = parseRegions(story, analysedRegions(segmentation));
  const { drafts } = extractEntities(parsed, segmentation.boilerplate, segmentation.meta.authors);
  const resolver = new SpeakerResolver(story, drafts, parsed, findQuotedSpans(story, segmentation.paragraphs));
  const hale = drafts.find((d) => isPerson(d) && mentionsOf(d).some((m) => m.text.includes("Hale")));

  it("tells a person from an organisation and a place, and lists where the story names each", () => {
    expect(hale).toBeDefined();
    expect(entityKind(hale!)).toBe("person");
    expect(mentionsOf(hale!).map((m) => m.text.replace(/^Ms\.\s*/u, ""))).toEqual(["Robin Hale", "Hale"]);
    const board = drafts.find((d) => mentionsOf(d).some((m) => m.text.includes("Harbor Board")));
    expect(board && isPerson(board)).toBe(false);
  });

  it("gives the gender the courtesy title says, and the index's gender for a person", () => {
    expect(courtesyGenderOf(hale!)).toBe("female");
    expect(resolver.people.genderOf(hale!)).toBe("female");
    const board = drafts.find((d) => mentionsOf(d).some((m) => m.text.includes("Harbor Board")));
    if (board) expect(resolver.people.genderOf(board)).toBeNull();
  });

  it("names a person by their fullest clean mention", () => {
    expect(resolver.nameOf(hale!)).toBe("Robin Hale");
    const clean = new Map(mentionsOf(hale!).map((m) => [m, m.text.replace(/^Ms\.\s*/u, "")]));
    expect(fullestName(mentionsOf(hale!), clean)).toBe("Robin Hale");
  });
});

describe("pronoun speakers read against the people index", () => {
  it("gives “she” to the woman named by a female first name, not to the man named last", () => {
    const story = [
      "Maria Lopez, the county's budget chief, presented the plan on Monday.",
      "Lopez said the cuts would fall on roads. Commissioner Peter Grant asked about schools. “The schools are safe,” she said.",
    ].join("\n\n");
    expect(speakerOf(story, "schools are safe")).toBe("Maria Lopez");
  });

  it("gives “he” to the man of the two after Ms. and Mr.", () => {
    const story = "Ms. Lee and Mr. Ortiz debated the bridge on Tuesday. “We cannot afford it,” he said.";
    expect(speakerOf(story, "cannot afford")).toBe("Ortiz");
  });

  it("keeps the last speaker when nobody new became the subject since", () => {
    const story = [
      "“The bridge will open in May,” said Helen Carter, the transport secretary.",
      "“After that, the tolls will fall,” she said.",
    ].join("\n\n");
    expect(speakerOf(story, "tolls will fall")).toBe("Helen Carter");
  });

  it("keeps a person the topic when their something is the subject (“Tuttle's article attacked …”)", () => {
    const story = [
      "Bridge vote",
      "DOVER (AP) — Critics were unimpressed. “It is a mess,” said Mark Tuttle, a columnist.",
      "Peter Hale endorsed the plan last week. Tuttle's article also attacked Hale for the endorsement. “He wants a job,” he wrote.",
    ].join("\n\n");
    const q = extract(story).quotes.find((x) => x.text.includes("wants a job"))!;
    expect(q.speaker).toBe("Mark Tuttle");
    expect(q.attribution.resolution).toBe("pronoun-possessor-subject");
  });

  it("leaves a pronoun with no person before it unresolved", () => {
    expect(speakerOf("The storm hit at dawn.\n\n“Nobody saw it coming,” he said.", "Nobody")).toBeNull();
  });
});

describe("rankCandidates", () => {
  const a = { type: "person", mentions: [], gender: null } as EntityDraft;
  const b = { type: "person", mentions: [], gender: null } as EntityDraft;
  it("prefers the candidate with the heavier features and gives probabilities that sum to one", () => {
    const candidates: PronounCandidate[] = [
      { draft: a, features: { last_speaker: 0, same_paragraph: 1 } },
      { draft: b, features: { last_speaker: 1, same_paragraph: 1 } },
    ];
    const ranked = rankCandidates(candidates, { weights: { last_speaker: 2, same_paragraph: 1 }, threshold: 0 });
    expect(ranked[0]!.draft).toBe(b);
    expect(ranked[0]!.p).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(ranked[0]!.p + ranked[1]!.p).toBeCloseTo(1, 9);
  });
});
