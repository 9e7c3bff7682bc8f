/**
 * Recognising attribution verbs ("said", "tells", "tweeted", "pointed out") on parsed tokens.
 */
import type { Token } from "../nlp/parse.js";
import { SPEECH_VERBS } from "../nlp/lexicon.js";

const baseForms = new Set(SPEECH_VERBS.filter((v) => !v.includes(" ")));

/** Irregular forms compromise's tokens carry as written. */
const IRREGULAR: Record<string, string> = {
  said: "say", says: "say", saying: "say", told: "tell", tells: "tell", telling: "tell", wrote: "write",
  written: "write", writes: "write", writing: "write", cried: "cry", cries: "cry", replied: "reply",
  replies: "reply", denied: "deny", denies: "deny", testified: "testify", testifies: "testify",
  clarified: "clarify", clarifies: "clarify",
};

/** The base form of a speech verb ("tweeted" -> "tweet"), or null when the word is not one. */
export function speechVerbBase(word: string): string | null {
  return baseFormIn(word, baseForms);
}

/**
 * The base form of `word` among `bases` ("tweeted" -> "tweet", "accused" -> "accuse", "dubbed" -> "dub"),
 * or null when it is none of them.
 */
export function baseFormIn(word: string, bases: ReadonlySet<string>): string | null {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular && bases.has(irregular)) return irregular;
  if (bases.has(lower)) return lower;
  for (const suffix of ["ing", "ed", "es", "s", "d"]) {
    if (!lower.endsWith(suffix)) continue;
    const stem = lower.slice(0, -suffix.length);
    for (const candidate of [stem, stem + "e", stem.slice(0, -1)]) {
      // "tweeted" -> tweet, "noted" -> note, "admitted" -> admit (doubled consonant)
      if (candidate.length > 1 && bases.has(candidate)) return candidate;
    }
  }
  return null;
}

/**
 * True when the token is a verb of saying, as a verb (not "the report", "a note"). compromise sometimes tags
 * "said" as an adjective ("the said property") in the middle of a long sentence, so any reading but a noun
 * counts.
 */
export function isSpeechVerb(token: Token): boolean {
  if (!token.tags.has("Verb") && (token.tags.has("Noun") || !token.tags.has("Adjective"))) return false;
  return speechVerbBase(token.text) !== null;
}
