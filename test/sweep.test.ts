/**
 * src/nlp/sweep.ts replaces compromise's bulkMatch (the post-tagger's rule loop) with a faster one that must
 * give the same matches in the same order. compromise's own loop is taken from its ES module build, a second
 * instance of the library that newsx never patches, and both run on the same documents and rules.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import nlpUnpatched from "compromise";
import { describe, expect, it } from "vitest";
import { nlp } from "../src/nlp/compromise.js";
import { bulkMatch } from "../src/nlp/sweep.js";

type Doc = { docs: unknown[][] };
type World = { methods: { one: Record<string, (...args: unknown[]) => unknown> } };

const world = nlp.world() as unknown as World;
const compromiseBulkMatch = (nlpUnpatched.world() as unknown as World).methods.one.bulkMatch!;

/** The post-tagger's rules as compromise indexes them (its net, built once), caught on their way in. */
function postTaggerNet(): unknown {
  const installed = world.methods.one.bulkMatch!;
  let net: unknown;
  world.methods.one.bulkMatch = (...args: unknown[]) => {
    net ??= args[1];
    return installed(...args);
  };
  try {
    nlp("Warm up the tagger.");
  } finally {
    world.methods.one.bulkMatch = installed;
  }
  return net;
}
const net = postTaggerNet();

/** Every match as "rule text @ sentence:start-end", in the order found. */
function found(results: unknown): string[] {
  return (results as { match: string; pointer: number[] }[]).map((r) => `${r.match} @ ${r.pointer.join(":")}`);
}

function compare(text: string): { ours: string[]; theirs: string[] } {
  const document = (nlp(text) as unknown as Doc).docs;
  return {
    ours: found(bulkMatch(document as never, net as never, world.methods as never)),
    theirs: found(compromiseBulkMatch(document, net, world.methods)),
  };
}

describe("the post-tagger's rule loop", () => {
  it("is newsx's own, not compromise's", () => {
    expect(world.methods.one.bulkMatch).toBe(bulkMatch);
    expect(compromiseBulkMatch).not.toBe(bulkMatch);
  });

  it("finds what compromise's finds, in the same order, on the bundled stories", () => {
    const folder = new URL("../fixtures/", import.meta.url);
    const files = ["kremlin-cheers-obama.txt", ...readdirSync(new URL("layouts/", folder)).map((f) => `layouts/${f}`)];
    let matches = 0;
    for (const file of files) {
      const { ours, theirs } = compare(readFileSync(new URL(file, folder), "utf8"));
      expect(ours).toEqual(theirs);
      matches += ours.length;
    }
    // Not a vacuous comparison: the stories do hold matches.
    expect(matches).toBeGreaterThan(100);
  });

  it("finds the same on contractions, lists and anchored rules", () => {
    for (const text of [
      "We've said we'd go, and they'll say they won't.",
      "I'm not sure it isn't done; she can't, he couldn't.",
      "Mr. and Mrs. Smith of 12 Main St. called 1-800-555-0199 on Monday, June 3rd, at 5pm.",
      "Running, jumping and swimming are fun. Seven people were arrested.",
      "So, what? Well, no. Is it? Yes it is!",
    ]) {
      const { ours, theirs } = compare(text);
      expect(ours).toEqual(theirs);
    }
  });

  it("finds the same where a rule's first word takes a contraction whole, or its first step repeats", () => {
    // The engine matches "we've" to the word "we've" and then skips the implicit "have"; "#Adverb+" runs on.
    const rules = [{ match: "we've #PastTense", tag: "Noun" }, { match: "#Adverb+ #PastTense", tag: "Noun" },
      { match: "(they|we) #Auxiliary? #Verb", tag: "Noun" }, { match: "^#Pronoun #Verb", tag: "Noun" }];
    const custom = world.methods.one.buildNet!(rules, world);
    for (const text of ["We've gone home.", "They'll run. Really quickly ran off.", "She left, we've gone."]) {
      const document = (nlp(text) as unknown as Doc).docs;
      const ours = found(bulkMatch(document as never, custom as never, world.methods as never));
      expect(ours).toEqual(found(compromiseBulkMatch(document, custom, world.methods)));
      expect(ours.length).toBeGreaterThan(0);
    }
  });

  it("finds the same on any sentence made of common words, names and punctuation", () => {
    const words = ["the", "a", "said", "will", "be", "not", "we've", "don't", "Tom", "Reyes", "Ohio", "mayor",
      "quickly", "run", "running", "ran", "was", "is", "June", "3rd", "$5", "Dr.", "of", "and", ",", ".", "?",
      "very", "good", "police", "officer", "who", "that", "can", "may", "New", "York", "I", "she", "told"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), (picked) => {
      const { ours, theirs } = compare(picked.join(" ").replace(/ ([,.?])/gu, "$1"));
      expect(ours).toEqual(theirs);
    }), { numRuns: 200 });
  });
});
