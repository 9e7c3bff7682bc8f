/**
 * The metadata scorer (scripts/lib/meta-score.js) against the rules of ../shared/gold/pages/META.md, on invented
 * values (no gold page is used here).
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM JavaScript without type declarations
import { fieldRight, scoreMetaPage, metaAccuracy, stripBy, dayOf, languageCode, authorsAgree, META_FIELDS } from "../scripts/lib/meta-score.js";

const gold = (over: Record<string, unknown> = {}) => ({
  headline: "Harbour town votes to rebuild its old ferry pier",
  byline: "Mira Tallent and Oskar Venn",
  authors: ["Mira Tallent", "Oskar Venn"],
  date: "2021-03-14",
  dateline: "PORT ELLIS, Maine",
  credit: "Jon Ruddle/Getty Images",
  source: "The Harbour Gazette",
  language: "en",
  ...over,
});

describe("metadata scoring rules", () => {
  it("counts both null as right and one null as wrong", () => {
    expect(fieldRight("dateline", gold({ dateline: null }), gold({ dateline: null }))).toBe(true);
    expect(fieldRight("dateline", gold({ dateline: null }), gold({ dateline: "PORT ELLIS" }))).toBe(false);
    expect(fieldRight("credit", gold(), gold({ credit: null }))).toBe(false);
  });

  it("reads dates by day, whatever the time and zone", () => {
    expect(dayOf("2021-03-14T23:10:00-05:00")).toBe("2021-03-14");
    expect(fieldRight("date", gold(), gold({ date: "2021-03-14T23:10:00-05:00" }))).toBe(true);
    expect(fieldRight("date", gold(), gold({ date: "2021-03-15" }))).toBe(false);
  });

  it("compares languages by their ISO 639-1 code", () => {
    expect(languageCode("pt-BR")).toBe("pt");
    expect(fieldRight("language", gold({ language: "pt" }), gold({ language: "pt-BR" }))).toBe(true);
    expect(fieldRight("language", gold(), gold({ language: "de" }))).toBe(false);
  });

  it("accepts a text at token F1 0.8 and refuses one below", () => {
    // 7 of the gold's 9 tokens, nothing else: P 1, R 7/9, F1 0.875
    expect(fieldRight("headline", gold(), gold({ headline: "Harbour town votes to rebuild ferry pier" }))).toBe(true);
    // a teaser with other words: 3 shared tokens of 9 and 6
    expect(fieldRight("headline", gold(), gold({ headline: "Ferry pier plans split the town" }))).toBe(false);
    // the site name left on: 9 of 12 tokens, F1 0.857
    expect(fieldRight("headline", gold(), gold({ headline: "Harbour town votes to rebuild its old ferry pier - Gazette News" }))).toBe(true);
    expect(fieldRight("source", gold(), gold({ source: "Gazette Media Group Inc" }))).toBe(false);
  });

  it("drops a leading By from bylines before comparing", () => {
    expect(stripBy("By Mira Tallent")).toBe("Mira Tallent");
    expect(stripBy("Posted by: Mira Tallent")).toBe("Mira Tallent");
    expect(stripBy("Byron Gale")).toBe("Byron Gale");
    expect(fieldRight("byline", gold({ byline: "Mira Tallent", authors: ["Mira Tallent"] }), { byline: "By MIRA TALLENT", authors: [] })).toBe(true);
  });

  it("counts a byline right when the authors agree though the text differs", () => {
    const predicted = { byline: "Mira Tallent, Oskar Venn, Harbour Gazette Staff Writers", authors: ["Oskar Venn", "mira tallent"] };
    expect(fieldRight("byline", gold(), predicted)).toBe(true);
    expect(fieldRight("byline", gold(), { byline: "Mira Tallent, Harbour Gazette Staff Writers and Editors", authors: ["Mira Tallent"] })).toBe(false);
  });

  it("does not let two empty author lists make an agency byline right", () => {
    expect(fieldRight("byline", gold({ byline: "Reuters", authors: [] }), { byline: "Staff Reports", authors: [] })).toBe(false);
    expect(fieldRight("byline", gold({ byline: "Reuters", authors: [] }), { byline: "REUTERS", authors: [] })).toBe(true);
  });

  it("scores authors as a set of people", () => {
    expect(authorsAgree(["Mira Tallent", "Oskar Venn"], ["Oskar Venn", "Mira Tallent"])).toBe(true);
    expect(authorsAgree(["Mira Tallent"], ["Mira Tallent", "Oskar Venn"])).toBe(false);
    expect(authorsAgree([], [])).toBe(true);
  });

  it("gives per-field accuracy over pages", () => {
    const right = scoreMetaPage(gold(), gold());
    const wrong = scoreMetaPage(gold(), gold({ source: null, date: "2020-01-01" }));
    const acc = metaAccuracy([right, wrong]);
    expect(Object.keys(acc)).toEqual(META_FIELDS);
    expect(acc.source).toEqual({ right: 1, pages: 2, accuracy: 0.5 });
    expect(acc.headline.accuracy).toBe(1);
    expect(wrong.date).toEqual({ right: false, gold: "2021-03-14", predicted: "2020-01-01" });
  });
});
