/**
 * The learned typer's decision rule and scoring, on hand-made numbers (not the trained weights).
 */
import { describe, expect, it } from "vitest";
import { classLogProbs, decide, type EntityModel } from "../src/story/entities/typer.js";
import { candidateFeatures, shapeOf } from "../src/story/entities/features.js";
import type { RawMention } from "../src/story/entities/mentions.js";
import { parseRegions } from "../src/nlp/parse.js";

const classes = ["person", "organization", "place", "none"];
const [PERSON, ORG, PLACE, NONE] = [0, 1, 2, 3];

describe("decide", () => {
  const model = { classes, overrideMargin: 2, acceptMargin: 1 };

  it("keeps the rules' type unless the model beats it by the override margin", () => {
    // place beats person by 1.5 nats: not enough.
    expect(decide([-2, -5, -0.5, -4], PERSON, model)).toBe(PERSON);
    // place beats person by 3 nats: the model wins.
    expect(decide([-3.5, -5, -0.5, -4], PERSON, model)).toBe(PLACE);
  });

  it("overrules the rules between person and place by its own margin, and elsewhere by the override margin", () => {
    const strict = { classes, overrideMargin: 100, acceptMargin: 1, personPlaceMargin: 2 };
    // place beats person by 3 nats: person -> place allowed.
    expect(decide([-3.5, -5, -0.5, -4], PERSON, strict)).toBe(PLACE);
    // organisation beats person by 3 nats: not allowed, organisations are left to the rules.
    expect(decide([-3.5, -0.5, -5, -4], PERSON, strict)).toBe(PERSON);
  });

  it("admits a run the rules rejected only when a type beats 'none' by the accept margin", () => {
    expect(decide([-1, -5, -5, -1.5], NONE, model)).toBe(NONE);
    expect(decide([-5, -0.2, -5, -2], NONE, model)).toBe(ORG);
  });
});

describe("classLogProbs", () => {
  it("adds the weights of the features present and normalises to log-probabilities", () => {
    const m: EntityModel = { classes, overrideMargin: 0, acceptMargin: 0, weights: { a: [1, 0, 0, 0], b: [1, 0, 0, 0] } };
    const table = new Map(Object.entries(m.weights));
    const lp = classLogProbs(["a", "b", "unknown"], m, table);
    // scores 2, 0, 0, 0: p(person) = e^2 / (e^2 + 3)
    expect(Math.exp(lp[PERSON]!)).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 3), 6);
    expect(lp.reduce((sum, x) => sum + Math.exp(x), 0)).toBeCloseTo(1, 9);
  });
});

describe("shapeOf", () => {
  it("writes capitals, lower case and digits as X, x and d", () => {
    expect(shapeOf("Ka-wing")).toBe("Xx-x");
    expect(shapeOf("NASA")).toBe("X");
    expect(shapeOf("F-16")).toBe("X-d");
    expect(shapeOf("McKay")).toBe("XxXx");
  });
});

/** A candidate mention of `name` (its first occurrence in `text`) with the rules' type `rule`. */
function candidate(text: string, name: string, rule = "none") {
  const start = text.indexOf(name);
  const mention = { text: name, start, end: start + name.length, type: "organization", titles: [], paragraph: 0 } as unknown as RawMention;
  return { mention, rule };
}

describe("organisation cues around a name", () => {
  const featuresOf = (text: string, name: string) => {
    const parsed = parseRegions(text, [{ start: 0, end: text.length, paragraph: 0 }]);
    return candidateFeatures(parsed, candidate(text, name).mention, "none");
  };

  it("reads a title or a body's noun right after the name, even after a possessive", () => {
    expect(featuresOf("Dana Reyes is the Brightwell founder.", "Brightwell")).toContain("next_title");
    expect(featuresOf("Vantor's Shadow Home Secretary spoke first.", "Vantor")).toContain("next_title");
    expect(featuresOf("About 300 Korvane employees walked out.", "Korvane")).toContain("next_body");
    // A comma parts the name from what follows: "Dana Reyes, founder of ..." says nothing of "Reyes".
    expect(featuresOf("She met Dana Reyes, founder of the firm.", "Dana Reyes")).not.toContain("next_title");
  });

  it("reads the words before a name that take a body", () => {
    expect(featuresOf("Last year she joined Korvane as an engineer.", "Korvane")).toContain("prev_cue");
    expect(featuresOf("A spokesman for Brightwell declined to comment.", "Brightwell")).toContain("prev_cue");
    expect(featuresOf("Last year she visited Korvane with friends.", "Korvane")).not.toContain("prev_cue");
  });

  it("marks a team or band named by a plural after 'the', and a brand's inner capital", () => {
    expect(featuresOf("He scored twice for the Marauders on Sunday.", "Marauders")).toContain("the_plural");
    expect(featuresOf("He scored twice for Marauders on Sunday.", "Marauders")).not.toContain("the_plural");
    expect(featuresOf("The books are read aloud on PodVerse every week.", "PodVerse")).toContain("camel");
  });
});
