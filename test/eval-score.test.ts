/**
 * The eval harness's scorers, checked against the definitions in ../shared/gold/README.md with small
 * hand-made gold/prediction pairs (invented sentences; no gold text is used here).
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM JavaScript without type declarations
import { tokenF1, matchQuotes, insideShare, prf } from "../scripts/lib/quote-score.js";
// @ts-expect-error plain ESM JavaScript without type declarations
import { firstNameToken, lastNameToken, goldLastName, judgeSpeaker, otherFirstName, speakerClass } from "../scripts/lib/speaker-score.js";
// @ts-expect-error plain ESM JavaScript without type declarations
import { matchMentions, emptyEntityCounts, scoreEntityStory } from "../scripts/lib/entity-score.js";
// @ts-expect-error plain ESM JavaScript without type declarations
import { isSpeechCue } from "../scripts/lib/speech-verbs.js";
// @ts-expect-error plain ESM JavaScript without type declarations
import { goldKind, emptyQuoteTally, tallyQuoteStory, quoteFigures, calibrationByGroup } from "../scripts/lib/quote-eval.js";
// @ts-expect-error plain ESM JavaScript without type declarations
import { tokenSpans, utf16ToCodePoint, CodePointText } from "../scripts/lib/text.js";
// @ts-expect-error plain ESM JavaScript without type declarations
import { compromiseBaseline, newsxQuotes, newsxMentions } from "../scripts/lib/predict.js";
// @ts-expect-error plain ESM JavaScript without type declarations
import { fnv1a, partOf, groupOf, siteOfPage } from "../scripts/lib/split.js";

interface Piece {
  start: number;
  end: number;
  text: string;
}

/** A gold record (or a prediction) at the position of `text` inside `story`, offsets in code points. */
function at(story: string, text: string, extra: Record<string, unknown> = {}) {
  const index = story.indexOf(text);
  if (index < 0) throw new Error(`not in story: ${text}`);
  const start = [...story.slice(0, index)].length;
  const end = start + [...text].length;
  return { text, start, end, ...extra };
}
function pred(story: string, text: string, extra: Record<string, unknown> = {}) {
  const span = at(story, text, extra);
  return { ...span, pieces: [{ start: span.start, end: span.end, text }] as Piece[] };
}

describe("token-bag F1", () => {
  it("compares bags of lower-cased letter/digit tokens, ignoring punctuation and marks", () => {
    expect(tokenF1("The cat sat", "“the cat sat down.”")).toBeCloseTo(6 / 7);
    expect(tokenF1("Same words, same order.", "same WORDS same order")).toBe(1);
  });
  it("counts repeated tokens as a multiset, not a set", () => {
    // a a b vs a b b: two tokens in common out of three on each side.
    expect(tokenF1("a a b", "a b b")).toBeCloseTo(2 / 3);
  });
  it("is 0 when either side has no token", () => {
    expect(tokenF1("—", "words")).toBe(0);
  });
});

describe("quote matching", () => {
  const story = "Intro. “one two three four five six,” she said. Later: “one seven.”";

  it("matches at token F1 >= 0.5 and not below", () => {
    const gold = [at(story, "one two three four five six,", { kind: "direct" })];
    // P = 1, R = 2/6: F1 = 0.5 exactly, a match.
    const half = matchQuotes(gold, [pred(story, "one two")]);
    expect(half.matches).toHaveLength(1);
    // "one seven": P = 1/2, R = 1/6, F1 = 0.25: no match, so one miss and one spurious quote.
    const low = matchQuotes(gold, [pred(story, "one seven.")]);
    expect(low.matches).toHaveLength(0);
    expect(low.missed).toEqual([0]);
    expect(low.spurious).toEqual([0]);
  });

  const mixedStory =
    "The mayor said that the plan was “dead on arrival” and that the council would vote it down next week.";
  const mixedGold = at(mixedStory, "that the plan was “dead on arrival” and that the council would vote it down next week", {
    kind: "mixed",
  });

  it("matches a short quoted part that lies inside a gold mixed quote (the >= 90% rule)", () => {
    const p = pred(mixedStory, "dead on arrival");
    expect(tokenF1(p.text, mixedGold.text)).toBeLessThan(0.5);
    expect(insideShare(p, mixedGold)).toBe(1);
    expect(matchQuotes([mixedGold], [p]).matches).toHaveLength(1);
  });

  it("does not apply the inside rule to a plain direct gold quote", () => {
    const direct = { ...mixedGold, kind: "direct" };
    const m = matchQuotes([direct], [pred(mixedStory, "dead on arrival")]);
    expect(m.matches).toHaveLength(0);
    expect(m.spurious).toEqual([0]);
  });

  it("needs 90% of the predicted tokens inside, by position", () => {
    // Ten tokens; the gold mixed span covers the first nine or only the first eight.
    const s = "He said t1 t2 t3 t4 t5 t6 t7 t8 t9 t10 x1 x2 x3 x4 x5 x6 x7 x8 x9 x10 x11 x12 x13 x14 x15 x16 x17 x18.";
    const p = pred(s, "t1 t2 t3 t4 t5 t6 t7 t8 t9 t10");
    const rest = " x1 x2 x3 x4 x5 x6 x7 x8 x9 x10 x11 x12 x13 x14 x15 x16 x17 x18";
    // The gold text is long enough that the token F1 stays below 0.5 in both cases.
    const nine = { ...at(s, "said t1 t2 t3 t4 t5 t6 t7 t8 t9"), kind: "mixed", text: "said t1 t2 t3 t4 t5 t6 t7 t8 t9" + rest };
    const eight = { ...at(s, "said t1 t2 t3 t4 t5 t6 t7 t8"), kind: "mixed", text: "said t1 t2 t3 t4 t5 t6 t7 t8" + rest };
    expect(tokenF1(p.text, nine.text)).toBeLessThan(0.5);
    expect(insideShare(p, nine)).toBeCloseTo(0.9);
    expect(matchQuotes([nine], [p]).matches).toHaveLength(1);
    expect(insideShare(p, eight)).toBeCloseTo(0.8);
    expect(matchQuotes([eight], [p]).matches).toHaveLength(0);
  });

  it("counts a second predicted piece of a fragmented gold quote as neither hit nor error", () => {
    const s = "“We will rebuild the pier,” the harbour master said, “and we will open it by June.”";
    const a = at(s, "We will rebuild the pier,");
    const b = at(s, "and we will open it by June.");
    const gold = {
      kind: "direct",
      text: `${a.text} ${b.text}`,
      start: a.start,
      end: b.end,
      fragments: [a, b],
    };
    const m = matchQuotes([gold], [pred(s, a.text), pred(s, b.text)]);
    expect(m.matches).toHaveLength(1);
    expect(m.neutral).toHaveLength(1);
    expect(m.spurious).toHaveLength(0);
    expect(m.missed).toHaveLength(0);
    // The same piece predicted twice against an unfragmented quote: the second one is an error.
    const plain = { kind: "direct", ...at(s, "We will rebuild the pier,") };
    const twice = matchQuotes([plain], [pred(s, a.text), pred(s, a.text)]);
    expect(twice.matches).toHaveLength(1);
    expect(twice.spurious).toHaveLength(1);
  });

  it("matches one-to-one, best pair first", () => {
    const s = "a b c d | a b c x y | a b c x";
    const g1 = { kind: "direct", ...at(s, "a b c d") };
    const g2 = { kind: "direct", ...at(s, "a b c x y") };
    // p1 fits g2 best (0.89) and g1 too (0.75); p2 fits g2 exactly. Best first gives p2-g2, then p1-g1;
    // taking predictions in order would give p1-g2 and then p2-g1.
    const p1 = pred(s, "a b c x", { text: "a b c x" });
    const p2 = { text: "a b c x y", pieces: [{ start: g2.start, end: g2.end, text: "a b c x y" }] };
    const m = matchQuotes([g1, g2], [p1, p2]);
    expect(m.matches.map((x: { gold: number; pred: number }) => [x.gold, x.pred])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("leaves predictions on ignored texts out of precision (the seed's ignore_quotes)", () => {
    const s = "He will call “in the coming days.” “We are ready,” she said.";
    const gold = [{ kind: "direct", ...at(s, "We are ready,") }];
    const preds = [pred(s, "in the coming days."), pred(s, "We are ready,")];
    const m = matchQuotes(gold, preds, [{ text: "in the coming days." }]);
    expect(m.matches).toHaveLength(1);
    expect(m.neutral).toEqual([0]);
    expect(m.spurious).toHaveLength(0);
  });

  it("computes P/R/F1 with neutral predictions outside both", () => {
    expect(prf(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(prf(3, 1, 2).f1).toBeCloseTo(2 / 3);
    expect(prf(0, 0, 4)).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });
});

describe("speaker judging (last name token, titles ignored)", () => {
  it("takes the last name token of a predicted name", () => {
    expect(lastNameToken("President Ana Ferreira")).toBe("ferreira");
    expect(lastNameToken("Sen. Tom Haldane Jr.")).toBe("haldane");
    expect(lastNameToken("Mr. Haldane")).toBe("haldane");
    expect(lastNameToken("Haldane’s")).toBe("haldane");
    // Only leading titles go: a surname that is also a title word stays.
    expect(lastNameToken("Ruth Major")).toBe("major");
  });

  it("finds the person in a gold speaker span, not another name the span mentions", () => {
    // The derived canonical name points at the boss named in the apposition; the speaker is Ostrova.
    expect(goldLastName("Maria Ostrova, a longtime adviser to Gov. Kessel,", "Kessel")).toBe("ostrova");
    expect(goldLastName("the agency's chief economist, Paul Renner,", "Paul Renner")).toBe("renner");
    expect(goldLastName("Gov. Ann Lowe of Vermont", null)).toBe("lowe");
    expect(goldLastName("Dunmore city councillor Rita Okafor", null)).toBe("okafor");
    expect(goldLastName("Finance Minister Arvid Lund", "Arvid Lund")).toBe("lund");
  });

  it("judges right, wrong name and silence", () => {
    const gold = {
      speaker: "spokesman Tom Ellery",
      speaker_canonical: "Tom Ellery",
      speaker_canonical_method: "name-in-span",
    };
    expect(judgeSpeaker(gold, "Tom Ellery")).toBe("right");
    expect(judgeSpeaker(gold, "Mr. Ellery")).toBe("right");
    expect(judgeSpeaker(gold, "Tom Brandt")).toBe("wrong");
    expect(judgeSpeaker(gold, "President")).toBe("wrong");
    expect(judgeSpeaker(gold, null)).toBe("silent");
  });

  it("counts, apart from the score, a right last name with another first name", () => {
    expect(firstNameToken("Sen. Ana Ferreira Jr.")).toBe("ana");
    expect(firstNameToken("Mr. Haldane")).toBeNull();
    expect(firstNameToken("J. Haldane")).toBeNull();
    const gold = { speaker: "she", speaker_canonical: "Oriane Price", speaker_canonical_method: "corenlp-coref" };
    // Right by the score's rule, but another person of that surname.
    expect(judgeSpeaker(gold, "Marcus Price")).toBe("right");
    expect(otherFirstName(gold, "Marcus Price")).toBe(true);
    expect(otherFirstName(gold, "Oriane Price")).toBe(false);
    expect(otherFirstName(gold, "Ms. Price")).toBe(false);
    expect(otherFirstName(gold, "Oriane Gold")).toBe(false);
    // A canonical name that points at someone else in the span says nothing about the first name.
    const span = { speaker: "Quill spokesman Tom Ellery", speaker_canonical: "Ada Quill", speaker_canonical_method: "name-in-span" };
    expect(otherFirstName(span, "Dan Ellery")).toBe(false);
  });

  it("judges pronoun speakers against the canonical name", () => {
    const gold = { speaker: "she", speaker_canonical: "Ann Lowe", speaker_canonical_method: "corenlp-coref" };
    expect(speakerClass(gold)).toBe("pronoun");
    expect(judgeSpeaker(gold, "Ann Lowe")).toBe("right");
    expect(judgeSpeaker(gold, "she")).toBe("wrong");
  });

  it("classes seed-style gold without a method by its span", () => {
    expect(speakerClass({ speaker: "he", speaker_canonical: "Tom Ellery" })).toBe("pronoun");
    expect(speakerClass({ speaker: "Foreign Minister Arvid Lund", speaker_canonical: "Arvid Lund" })).toBe("name");
    // Organisations and unknown speakers are not judged.
    expect(speakerClass({ speaker: "the ministry", speaker_canonical: "Ministry", speaker_canonical_method: "org-in-span" })).toBe(null);
    expect(judgeSpeaker({ speaker: null, speaker_canonical: null }, "Tom Ellery")).toBe(null);
  });
});

describe("entity matching", () => {
  const story = "Anna Berg's firm moved from Lyon, France to the Bank of Norway building.";
  const gold = [
    { ...at(story, "Anna Berg"), type: "person" },
    { ...at(story, "Lyon"), type: "place" },
    { ...at(story, "France"), type: "place" },
    { ...at(story, "Bank of Norway"), type: "organization" },
    { ...at(story, "Norway"), type: "place", nested: true },
  ];

  it("strict needs exact offsets and type; lenient needs overlap and type", () => {
    const preds = [{ ...at(story, "Anna Berg's"), type: "person" }];
    expect(matchMentions(gold, preds, "strict").matches).toHaveLength(0);
    expect(matchMentions(gold, preds, "lenient").matches).toHaveLength(1);
  });

  it("type-agnostic lenient ignores the type", () => {
    const preds = [{ ...at(story, "Bank of Norway"), type: "place" }];
    expect(matchMentions(gold, preds, "lenient").matches).toHaveLength(0);
    expect(matchMentions(gold, preds, "agnostic").matches).toHaveLength(1);
  });

  it("lets one prediction satisfy one gold mention only", () => {
    const preds = [{ ...at(story, "Lyon, France"), type: "place" }];
    const m = matchMentions(gold, preds, "lenient");
    expect(m.matches).toHaveLength(1);
    // Largest overlap first: "France" (6 code points) wins over "Lyon" (4), which is missed.
    expect(m.matches[0].gold.text).toBe("France");
    expect(m.missed.map((g: { text: string }) => g.text)).toContain("Lyon");
  });

  it("leaves nested gold mentions out, and a prediction of one is no error", () => {
    const counts = emptyEntityCounts();
    const preds = [
      { ...at(story, "Bank of Norway"), type: "organization" },
      { ...at(story, "Norway"), type: "place" },
    ];
    scoreEntityStory(counts, gold, preds);
    // 4 flat gold mentions; the bank is found, "Norway" (nested) is neither a hit nor spurious.
    expect(counts.strict.all).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(counts.strict.organization).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.strict.place).toEqual({ tp: 0, fp: 0, fn: 2 });
  });

  it("counts a wrong type as a miss of the gold type and an error of the predicted type", () => {
    const counts = emptyEntityCounts();
    scoreEntityStory(counts, gold, [{ ...at(story, "Lyon"), type: "organization" }]);
    expect(counts.lenient.organization.fp).toBe(1);
    expect(counts.lenient.place.fn).toBe(2);
    expect(counts.agnostic.all.tp).toBe(1);
  });
});

describe("indirect speech and gold kinds", () => {
  it("counts cues that are verbs of saying", () => {
    for (const cue of ["said", "has said", "told reporters", "According to", "tweeted"]) expect(isSpeechCue(cue)).toBe(true);
    for (const cue of ["think", "shows", "found", ":", "wants", null]) expect(isSpeechCue(cue)).toBe(false);
  });

  it("scores records in '' marks as direct and records with a quoted part as mixed", () => {
    expect(goldKind({ kind: "indirect", text: "''We are not done yet,''" })).toBe("direct");
    expect(goldKind({ kind: "indirect", text: "that the deal was ''a good start''" })).toBe("mixed");
    expect(goldKind({ kind: "indirect", text: "Mayor’s plan ‘Will Not Work’" })).toBe("mixed");
    expect(goldKind({ kind: "indirect", text: "that the deal was a good start" })).toBe("indirect");
    // --all-kinds only (beyond the README). Straight single marks: a headline's quote, and a NYT record whose
    // span starts on the second apostrophe.
    expect(goldKind({ kind: "indirect", text: "'Nobody Saw It Coming'" }, "all")).toBe("direct");
    expect(goldKind({ kind: "indirect", text: "'We will not back down,''" }, "all")).toBe("direct");
    expect(goldKind({ kind: "indirect", text: "Mayor calls the bridge plan 'a disaster'" }, "all")).toBe("mixed");
    expect(goldKind({ kind: "indirect", text: "that she loved rock 'n' roll in the '90s" }, "all")).toBe("indirect");
    expect(goldKind({ kind: "indirect", text: "that the farmers' losses were real" }, "all")).toBe("indirect");
    // A record labelled direct that holds two quoted pieces and the writer's words between them is mixed.
    expect(goldKind({ kind: "direct", text: "Close the pier,\" and \"Open the port." }, "all")).toBe("mixed");
    expect(goldKind({ kind: "direct", text: "We told them,” she said, “and they laughed." }, "all")).toBe("mixed");
    expect(goldKind({ kind: "direct", text: "We lost the vote.”\n\n“We will try again next spring." }, "all")).toBe("mixed");
    expect(goldKind({ kind: "direct", text: "We told them \"no\" twice." }, "all")).toBe("direct");
    expect(goldKind({ kind: "direct", text: "Close the pier,\" and \"Open the port." }, "raw")).toBe("direct");
    expect(goldKind({ kind: "indirect", text: "''We are not done yet,''" }, "raw")).toBe("indirect");
    // The default reading leaves them as labelled.
    expect(goldKind({ kind: "indirect", text: "'Nobody Saw It Coming'" })).toBe("indirect");
    expect(goldKind({ kind: "direct", text: "Close the pier,\" and \"Open the port." })).toBe("direct");
    expect(goldKind({ text: "no kind in the seed" })).toBe("direct");
  });

  it("tallies a story: detection, attribution, silence, indirect", () => {
    const s = "“The pier opens in June,” said Tom Ellery. “It cost too much,” he said. Ellery said the pier was late.";
    const g1 = { kind: "direct", ...at(s, "The pier opens in June,"), speaker: "Tom Ellery", speaker_canonical: "Tom Ellery", speaker_canonical_method: "name-in-span" };
    const g2 = { kind: "direct", ...at(s, "It cost too much,"), speaker: "he", speaker_canonical: "Tom Ellery", speaker_canonical_method: "corenlp-coref" };
    const g3 = { kind: "indirect", ...at(s, "the pier was late"), cue: "said", speaker: "Ellery" };
    const story = { text: s, gold: { quotes: [g1, g2, g3] } };
    const tally = emptyQuoteTally();
    tallyQuoteStory(tally, story, {
      direct: [pred(s, "The pier opens in June,", { speaker: "Tom Ellery" }), pred(s, "It cost too much,", { speaker: null })],
      indirect: [pred(s, "the pier was late", { speaker: "Tom Ellery" })],
    });
    const f = quoteFigures(tally);
    expect(f.detection).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(f.attribution).toMatchObject({ n: 1, right: 1, accuracy: 1 });
    expect(f.pronoun).toMatchObject({ n: 1, silent: 1, accuracy: 0 });
    expect(f.indirect).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts the re-kinded gold records by their label: indirect ones with marks apart from direct ones joining two quotes", () => {
    const s = "Tolan called it ''a good start.'' \"Close the pier,\" and \"Open the port,\" the crowd chanted.";
    const story = {
      text: s,
      gold: {
        quotes: [
          { kind: "indirect", ...at(s, "it ''a good start.''"), cue: "called" },
          { kind: "direct", ...at(s, "Close the pier,\" and \"Open the port,") },
        ],
      },
    };
    const tally = emptyQuoteTally();
    tallyQuoteStory(tally, story, { direct: [], indirect: null }, "all");
    const f = quoteFigures(tally);
    expect(f.rekinded).toBe(1);
    expect(f.rekindedDirect).toBe(1);
    const marks = emptyQuoteTally();
    tallyQuoteStory(marks, story, { direct: [], indirect: null });
    expect(quoteFigures(marks)).toMatchObject({ rekinded: 1, rekindedDirect: 0 });
    const raw = emptyQuoteTally();
    tallyQuoteStory(raw, story, { direct: [], indirect: null }, "raw");
    expect(quoteFigures(raw)).toMatchObject({ rekinded: 0, rekindedDirect: 0 });
  });

  it("counts named-speaker recall over every gold quote with a named speaker, found or missed", () => {
    // Four gold quotes with a named speaker: one found and right, one found and wrong, one found and silent,
    // one not found at all. One more gold quote has a pronoun speaker and stays out of this figure.
    const s =
      "“Rates will fall,” said Mira Tolan. “Not this year,” said Ken Arbo. “We wait,” said Ida Moss. " +
      "“Too soon,” said Leo Park. “He is wrong,” she said.";
    const named = (text: string, speaker: string) => ({ kind: "direct", ...at(s, text), speaker, speaker_canonical: speaker, speaker_canonical_method: "name-in-span" });
    const story = {
      text: s,
      gold: {
        quotes: [
          named("Rates will fall,", "Mira Tolan"),
          named("Not this year,", "Ken Arbo"),
          named("We wait,", "Ida Moss"),
          named("Too soon,", "Leo Park"),
          { kind: "direct", ...at(s, "He is wrong,"), speaker: "she", speaker_canonical: "Mira Tolan", speaker_canonical_method: "corenlp-coref" },
        ],
      },
    };
    const tally = emptyQuoteTally();
    tallyQuoteStory(tally, story, {
      direct: [
        pred(s, "Rates will fall,", { speaker: "Mira Tolan" }),
        pred(s, "Not this year,", { speaker: "Ida Moss" }),
        pred(s, "We wait,", { speaker: null }),
        pred(s, "He is wrong,", { speaker: "Mira Tolan" }),
      ],
      indirect: null,
    });
    const f = quoteFigures(tally);
    expect(f.attribution).toMatchObject({ n: 3, right: 1, wrong: 1, silent: 1 });
    expect(f.namedSpeakerRecall).toEqual({ right: 1, n: 4, recall: 0.25 });
  });
});

describe("code points", () => {
  it("places tokens by code point, so a character outside the BMP counts once", () => {
    const text = "😀 ab";
    expect(tokenSpans(text, 10)).toEqual([{ token: "ab", start: 12, end: 14 }]);
    expect(utf16ToCodePoint(text)(3)).toBe(2);
    expect(new CodePointText(text).slice(2, 4)).toBe("ab");
  });

  it("gives the compromise baseline's spans in code points", () => {
    const text = "🎉 Party time.\n\n“We will build the bridge,” said Mayor Ann Lowe of Dunmore.";
    const cp = new CodePointText(text);
    const base = compromiseBaseline(text);
    const quote = base.quotes.find((q: { text: string }) => q.text.startsWith("We will"));
    expect(quote).toBeDefined();
    expect(cp.slice(quote.start, quote.end)).toBe("We will build the bridge,");
    for (const m of base.mentions) expect(cp.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("newsx predictions", () => {
  const text = "“We will rebuild the pier,” Ellery said, “and open it by June.” Ellery lives in Dunmore.";
  const a = at(text, "We will rebuild the pier,");
  const b = at(text, "and open it by June.");
  const story = {
    quotes: [
      { kind: "direct", text: `${a.text} ${b.text}`, start: a.start, end: b.end, fragments: [a, b], speaker: "Tom Ellery" },
      { kind: "indirect", text: "x", start: 0, end: 1, speaker: null },
    ],
    entities: [
      { name: "Tom Ellery", type: "person", mentions: [at(text, "Ellery"), { ...at(text, "Ellery lives"), text: "Ellery", end: at(text, "Ellery lives").start + 6 }] },
      { name: "Dunmore", type: "place", mentions: [at(text, "Dunmore")] },
    ],
  };

  it("turns newsx quotes of the wanted kinds into pieces read from the story", () => {
    const preds = newsxQuotes(story, new CodePointText(text), ["direct", "partial"]);
    expect(preds).toHaveLength(1);
    expect(preds[0].pieces.map((p: Piece) => p.text)).toEqual([a.text, b.text]);
    expect(preds[0].speaker).toBe("Tom Ellery");
  });

  it("gives every mention of every entity, with the entity's type", () => {
    const mentions = newsxMentions(story);
    expect(mentions.map((m: { type: string }) => m.type)).toEqual(["person", "person", "place"]);
  });
});

describe("worker pool", () => {
  it("records a story that never finishes as a crash and goes on with the others", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    // @ts-expect-error plain ESM JavaScript without type declarations
    const { runPool } = await import("../scripts/lib/pool.js");
    const dir = mkdtempSync(join(tmpdir(), "newsx-eval-"));
    const fake = join(dir, "index.js");
    writeFileSync(fake, 'export function extract(t) { if (t === "loop") for (;;) {} if (t === "throw") throw new Error("bad input"); return { length: t.length }; }\n');
    const jobs = ["one", "loop", "throw", "four"].map((text, i) => ({ id: String(i), text }));
    const results = await runPool("newsx", jobs, { size: 1, distEntry: fake, timeoutMs: 1500 });
    expect(results.get("0").result).toEqual({ length: 3 });
    expect(results.get("1").crash).toMatch(/no result after/);
    expect(results.get("2").crash).toBe("bad input");
    expect(results.get("3").result).toEqual({ length: 4 });
  }, 20_000);
});

describe("the tuning / checking split (scripts/lib/split.js)", () => {
  it("hashes with 32-bit FNV-1a, so the split is the same on every machine", () => {
    // Published FNV-1a test vectors: the offset basis for "", 0xe40c292c for "a", 0xbf9cf968 for "foobar".
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("keeps the seed story in the tuning part and the pages of one site on one side", () => {
    expect(partOf("seed", "kremlin")).toBe("tuning");
    expect(partOf("pages", "bbc-com-70cb2d5b")).toBe(partOf("pages", "bbc-com-c7e39ac4"));
  });

  it("puts about 30% of many documents in the checking part", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `story-${i}`);
    const checking = ids.filter((id) => partOf("polnear", id) === "checking").length;
    expect(checking).toBeGreaterThan(250);
    expect(checking).toBeLessThan(350);
  });

  it("names the outlet, genre or site a document belongs to", () => {
    expect(groupOf("polnear", "nyt_2016-01-02_some-title")).toBe("nyt");
    expect(groupOf("polnear", "x", { publisher: "wash-post" })).toBe("wash-post");
    expect(groupOf("gum-genres", "GUM_bio_someone")).toBe("bio");
    expect(groupOf("pages", "autoracing-com-br-11ea381a")).toBe("autoracing-com-br");
    expect(siteOfPage("bbc-com-70cb2d5b")).toBe("bbc-com");
  });
});

describe("calibration of headline quotes and of speakers from a pronoun", () => {
  it("counts each group's given speakers (not the silent), their mean confidence and share right", () => {
    const judged = [
      { rule: "after-inverted", resolution: "name", confidence: 0.9, paragraph: -1, verdict: "right" },
      { rule: "after-inverted", resolution: "name", confidence: 0.7, paragraph: -1, verdict: "wrong" },
      { rule: "none", resolution: "none", confidence: null, paragraph: -1, verdict: "silent" },
      { rule: "after-subject-verb", resolution: "pronoun-last-speaker", confidence: 0.8, paragraph: 2, verdict: "right" },
      { rule: "after-subject-verb", resolution: "name", confidence: 0.99, paragraph: 3, verdict: "right" },
    ];
    const groups = calibrationByGroup(judged);
    expect(groups["headline quotes"].n).toBe(2);
    expect(groups["headline quotes"].meanConfidence).toBeCloseTo(0.8);
    expect(groups["headline quotes"].shareRight).toBe(0.5);
    expect(groups["speakers from a pronoun"]).toEqual({ n: 1, meanConfidence: 0.8, shareRight: 1 });
  });
});
