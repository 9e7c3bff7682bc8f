// Every attribution rule's examples (src/story/quotes/rules/index.ts), run through the public extract(): the
// speaker a reader names in the invented sentence, and the rule that must be the one deciding it. Adding a rule
// with its examples adds its tests here.
import { describe, expect, it } from "vitest";
import { extract, withMinConfidence } from "../src/index.js";
import { RULES, type AttributionRule } from "../src/story/quotes/rules/index.js";

describe("attribution rules, each by its examples", () => {
  for (const rule of RULES) {
    for (const example of rule.examples) {
      it(`${rule.id}: ${example.text.replace(/\n+/gu, " ¶ ")}`, () => {
        const quote = extract(example.text, { indirect: true }).quotes.find((q) => q.text.includes(example.quote));
        expect(quote, `a quote holding “${example.quote}”`).toBeDefined();
        expect(quote!.speaker).toBe(example.speaker);
        expect(quote!.attribution.rule).toBe(rule.id);
      });
    }
  }

  for (const rule of RULES as readonly AttributionRule[]) {
    for (const trap of rule.traps ?? []) {
      it(`${rule.id} does not fall for: ${trap.text.replace(/\n+/gu, " ¶ ")}`, () => {
        const quote = extract(trap.text, { indirect: true }).quotes.find((q) => q.text.includes(trap.quote));
        expect(quote, `a quote holding “${trap.quote}”`).toBeDefined();
        expect(quote!.speaker).toBe(trap.speaker);
      });
    }
  }

  it("gives every rule at least one example, so every rule is tested above", () => {
    const untested = RULES.filter((r) => (r.examples as readonly unknown[]).length === 0).map((r) => r.id);
    expect(untested).toEqual([]);
  });

  it("lists each id once, with a description", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.description.length).toBeGreaterThan(10);
  });
});

describe("the trace of a quote", () => {
  it("gives the words the rule read and how they became a name", () => {
    const [quote] = extract("“The ferry will run on Sunday,” Tom Reyes said.").quotes;
    expect(quote!.attribution).toEqual({ rule: "after-subject-verb", evidence: "Tom Reyes said", resolution: "name" });
  });

  it("says 'none', with no confidence, when no rule found a speaker", () => {
    const quote = extract("The ferry was late again. “Nobody knows why.”").quotes.find((q) => q.text.startsWith("Nobody"));
    expect(quote!.attribution.rule).toBe("none");
    expect(quote!.speaker).toBeNull();
    expect(quote!.confidence).toBeNull();
  });
});

describe("minConfidence", () => {
  const text = "“The ferry will run on Sunday,” Tom Reyes said.";

  it("keeps every speaker at 0 and none at 1 unless certain, keeping the trace of a dropped one", () => {
    const [kept] = extract(text, { minConfidence: 0 }).quotes;
    expect(kept!.speaker).toBe("Tom Reyes");
    const [dropped] = extract(text, { minConfidence: 1 }).quotes;
    expect(kept!.confidence).toBeLessThan(1);
    expect(dropped!.speaker).toBeNull();
    expect(dropped!.attribution.rule).toBe("after-subject-verb");
    expect(dropped!.confidence).toBe(kept!.confidence);
  });

  it("drops exactly the speakers below the threshold", () => {
    const quotes = extract(text).quotes;
    const at = quotes[0]!.confidence!;
    expect(withMinConfidence(quotes, at)[0]!.speaker).toBe("Tom Reyes");
    expect(withMinConfidence(quotes, Math.min(1, at + 0.001))[0]!.speaker).toBeNull();
  });

  it("refuses a threshold outside 0..1", () => {
    expect(() => extract(text, { minConfidence: 2 })).toThrow(RangeError);
    expect(() => extract(text, { minConfidence: Number.NaN })).toThrow(RangeError);
  });
});
