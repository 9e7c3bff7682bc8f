/**
 * The learned typer's decision rule and scoring, on hand-made numbers (not the trained weights).
 */
import { describe, expect, it } from "vitest";
import { classLogProbs, decide, type EntityModel } from "../src/story/entities/typer.js";
import { shapeOf } from "../src/story/entities/features.js";

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

describe("decide with an organisation accept margin", () => {
  it("admits a rejected run as an organisation only past its own margin, while persons and places keep theirs", () => {
    const m = { classes, overrideMargin: 100, acceptMargin: 1, acceptOrganizationMargin: 100 };
    // organisation beats none by 1.8 nats: a person or place would be admitted at that margin, a body is not.
    expect(decide([-5, -0.2, -5, -2], NONE, m)).toBe(NONE);
    expect(decide([-0.2, -5, -5, -2], NONE, m)).toBe(PERSON);
    expect(decide([-5, -5, -0.2, -2], NONE, m)).toBe(PLACE);
    // Without it the accept margin serves every type.
    expect(decide([-5, -0.2, -5, -2], NONE, { ...m, acceptOrganizationMargin: undefined })).toBe(ORG);
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

describe("decide with an organisation margin", () => {
  it("lets the model turn a rules' place into an organisation only past that margin", () => {
    const m = { classes, overrideMargin: 100, acceptMargin: 1, personPlaceMargin: 2, organizationMargin: 3 };
    // organisation beats place by 2 nats: not enough.
    expect(decide([-5, -0.5, -2.5, -6], PLACE, m)).toBe(PLACE);
    // by 4 nats: the model wins.
    expect(decide([-6, -0.5, -4.5, -6], PLACE, m)).toBe(ORG);
  });
});
