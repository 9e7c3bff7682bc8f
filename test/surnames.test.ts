/**
 * One referent, one type across its written forms (src/story/entities/surnames.ts): a surname the typer left
 * out joins the person named in full, a saint's form of a person's name is that person. Hand-made mentions on
 * invented sentences, so the trained weights do not decide what is tested.
 */
import { describe, expect, it } from "vitest";
import { parseRegions } from "../src/nlp/parse.js";
import { personsAcrossForms } from "../src/story/entities/surnames.js";
import type { RawMention } from "../src/story/entities/mentions.js";
import type { EntityType } from "../src/types.js";

/** The mention of the `nth` occurrence of `name` in `text`, typed `type`. */
function at(text: string, name: string, type: EntityType, nth = 0): RawMention {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(name, start + 1);
  if (start < 0) throw new Error(`${name} not in the text`);
  return { text: name, start, end: start + name.length, type, titles: [], titledForm: null, paragraph: 0, words: name.split(" ").length, gender: null };
}

const parse = (text: string) => parseRegions(text, [{ start: 0, end: text.length, paragraph: 0 }]);
const shown = (mentions: RawMention[]) => mentions.map((m) => `${m.text}:${m.type}`);

describe("personsAcrossForms", () => {
  it("admits a dropped surname of a person named in full, an Arabic article aside", () => {
    const text = "Envoy Omar Karim al-Festani met the council. Festani left on Friday.";
    const full = at(text, "Omar Karim al-Festani", "person");
    const surname = at(text, "Festani", "person", 1); // the second "Festani": the lone surname
    const kept = personsAcrossForms(parse(text), [{ mention: full, rule: "person" }, { mention: surname, rule: "none" }], [full]);
    expect(shown(kept)).toEqual(["Omar Karim al-Festani:person", "Festani:person"]);
  });

  it("leaves a dropped word alone when no person of the story has it as a surname", () => {
    const text = "Zorina Pell met the council. Festani left on Friday.";
    const full = at(text, "Zorina Pell", "person");
    const other = at(text, "Festani", "person");
    expect(shown(personsAcrossForms(parse(text), [{ mention: full, rule: "person" }, { mention: other, rule: "none" }], [full]))).toEqual(["Zorina Pell:person"]);
  });

  it("lends no person's type to a people's name: 'Israelis' after a run taken for a person 'Arab Israelis'", () => {
    const text = "The Arab Israelis voted. Israelis went to the polls early.";
    const full = at(text, "Arab Israelis", "person");
    const word = at(text, "Israelis", "person", 1);
    expect(shown(personsAcrossForms(parse(text), [{ mention: full, rule: "person" }, { mention: word, rule: "none" }], [full]))).toEqual(["Arab Israelis:person"]);
  });

  it("does not admit an all-capital word (an acronym is no surname)", () => {
    const text = "Dana Orlo met the board. ORLO said nothing.";
    const full = at(text, "Dana Orlo", "person");
    const caps = at(text, "ORLO", "person");
    expect(shown(personsAcrossForms(parse(text), [{ mention: full, rule: "person" }, { mention: caps, rule: "none" }], [full]))).toEqual(["Dana Orlo:person"]);
  });

  it("types 'St. Name' and 'Saint Name' a person when the story names Name as a person", () => {
    const text = "Quorinus wrote letters. St. Quorinus in His Cell hangs in the hall, beside Saint Quorinus Preaching.";
    const person = at(text, "Quorinus", "person");
    const st = at(text, "St. Quorinus", "place");
    const saint = at(text, "Saint Quorinus", "place");
    const kept = personsAcrossForms(parse(text), [], [person, st, saint]);
    expect(shown(kept)).toEqual(["Quorinus:person", "St. Quorinus:person", "Saint Quorinus:person"]);
  });

  it("leaves 'St. Name' a place when no person of the story is called Name", () => {
    const text = "Ada Vrell flew to St. Quorinus on Monday.";
    const person = at(text, "Ada Vrell", "person");
    const st = at(text, "St. Quorinus", "place");
    expect(shown(personsAcrossForms(parse(text), [], [person, st]))).toEqual(["Ada Vrell:person", "St. Quorinus:place"]);
  });

  it("types a one-word organisation written as a person's surname as that person", () => {
    const text = "Jean-Marc Vollard spoke first. Vollard said the plan was sound.";
    const full = at(text, "Jean-Marc Vollard", "person");
    const lone = at(text, "Vollard", "organization", 1);
    expect(shown(personsAcrossForms(parse(text), [], [full, lone]))).toEqual(["Jean-Marc Vollard:person", "Vollard:person"]);
  });

  it("leaves the organisation when the word is part of a longer organisation of the story, or a place", () => {
    const text = "Jean-Marc Vollard left Vollard Chemicals. Vollard shares fell in Vollard.";
    const full = at(text, "Jean-Marc Vollard", "person");
    const company = at(text, "Vollard Chemicals", "organization");
    const lone = at(text, "Vollard", "organization", 2);
    const town = at(text, "Vollard", "place", 3);
    expect(shown(personsAcrossForms(parse(text), [], [full, company, lone, town]))).toEqual([
      "Jean-Marc Vollard:person", "Vollard Chemicals:organization", "Vollard:organization", "Vollard:place",
    ]);
  });

  it("types a one-word place written as a person's surname as that person, unless the story writes it where places stand", () => {
    const text = "Ramon Quellado grew up nearby. Growing up there, Quellado saw floods.";
    const full = at(text, "Ramon Quellado", "person");
    const subject = at(text, "Quellado", "place", 1);
    expect(shown(personsAcrossForms(parse(text), [], [full, subject]))).toEqual(["Ramon Quellado:person", "Quellado:person"]);
    // "to Quellado" and "Quellado," are the town: its other mention is the town too.
    const moved = "Ramon Quellado grew up nearby. Quellado saw floods. He moved to Quellado, then back.";
    const mentions = [at(moved, "Ramon Quellado", "person"), at(moved, "Quellado", "place", 1), at(moved, "Quellado", "place", 2)];
    expect(shown(personsAcrossForms(parse(moved), [], mentions))).toEqual(["Ramon Quellado:person", "Quellado:place", "Quellado:place"]);
  });

  it("leaves a one-word body a body when it is written so more often than the person is named", () => {
    const text = "Ines Marrow founded the firm. Marrow reported profits, Marrow hired staff, and Marrow shares rose.";
    const mentions = [at(text, "Ines Marrow", "person"), ...[1, 2, 3].map((n) => at(text, "Marrow", "organization", n))];
    expect(shown(personsAcrossForms(parse(text), [], mentions))).toEqual(["Ines Marrow:person", "Marrow:organization", "Marrow:organization", "Marrow:organization"]);
  });
});
