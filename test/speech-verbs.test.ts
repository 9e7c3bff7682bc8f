/**
 * The vocabulary of verbs of saying: base forms in the lexicon, every inflection derived, checked against
 * compromise's conjugation. Expected forms written down by a person.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { SPEECH_VERBS } from "../src/nlp/lexicon.js";
import { baseFormIn, inflections, isSpeechVerb, regularForms, speechVerbBase } from "../src/story/speech-verbs.js";
import type { Token } from "../src/nlp/parse.js";

const nlp = createRequire(import.meta.url)("compromise") as {
  methods(): { two: { transform: { verb: { conjugate(v: string, m: unknown): Record<string, string> } } } };
  model(): unknown;
};
const conjugate = (verb: string) => nlp.methods().two.transform.verb.conjugate(verb, nlp.model());

describe("inflections derived from base forms", () => {
  it("spells the regular endings", () => {
    expect(regularForms("note")).toEqual(expect.arrayContaining(["notes", "noted", "noting"]));
    expect(regularForms("testify")).toEqual(expect.arrayContaining(["testifies", "testified", "testifying"]));
    expect(regularForms("stress")).toEqual(expect.arrayContaining(["stresses", "stressed", "stressing"]));
    expect(regularForms("quip")).toEqual(expect.arrayContaining(["quips", "quipped", "quipping"]));
    expect(regularForms("admit")).toEqual(expect.arrayContaining(["admits", "admitted", "admitting"]));
  });

  it("takes the irregular forms from compromise's conjugation", () => {
    expect(inflections("say")).toEqual(expect.arrayContaining(["says", "said", "saying"]));
    expect(inflections("tell")).toEqual(expect.arrayContaining(["tells", "told", "telling"]));
    expect(inflections("write")).toEqual(expect.arrayContaining(["wrote", "written", "writing"]));
  });

  it("maps a written form back to its base, and nothing else", () => {
    expect(speechVerbBase("Said")).toBe("say");
    expect(speechVerbBase("tweeted")).toBe("tweet");
    expect(speechVerbBase("denies")).toBe("deny");
    expect(speechVerbBase("table")).toBeNull();
    // Verbs of how something was said, read by a person as attributions: "chided", "implored", "intoned".
    expect(["chided", "implores", "intoned", "recited", "scolding"].map(speechVerbBase)).toEqual(["chide", "implore", "intone", "recite", "scold"]);
    const judges = new Set(["label", "dub", "accuse"]);
    expect(["labeled", "labelled", "dubbed", "accuses"].map((w) => baseFormIn(w, judges))).toEqual(["label", "label", "dub", "accuse"]);
  });

  it("knows every form compromise conjugates for each verb of the vocabulary", () => {
    for (const entry of SPEECH_VERBS) {
      const [head] = entry.split(" ") as [string];
      const forms = inflections(head);
      const conjugated = conjugate(head);
      // The lexicon holds base forms: compromise reads each one back as its own infinitive.
      expect(conjugated.Infinitive, entry).toBe(head);
      for (const key of ["PastTense", "PresentTense", "Gerund"]) {
        expect(forms, `${entry} ${key}`).toContain(conjugated[key]);
      }
    }
  });
});

describe("a verb of saying compromise reads as an interjection", () => {
  const token = (text: string, tags: string[]) => ({ text, normal: text.toLowerCase(), tags: new Set(tags) }) as unknown as Token;

  it("counts an inflected form ('said:' before a contraction), not the bare 'say' of 'than, say, the pier'", () => {
    expect(isSpeechVerb(token("said", ["Expression"]))).toBe(true);
    expect(isSpeechVerb(token("warned", ["Expression"]))).toBe(true);
    expect(isSpeechVerb(token("say", ["Expression"]))).toBe(false);
  });
});
