/**
 * Speaker judging: does a predicted speaker name the same person as the gold speaker?
 *
 * The README's rule: same last name token, titles (President, Sen., Mr., ...) ignored. The gold `speaker` is
 * the span as written ("Russian Foreign Minister Sergei Lavrov", "Gene Sperling, a top outside Clinton
 * adviser,"), so its last name token has to be found in the span. PolNeAR's `speaker_canonical` is derived by a
 * program and names the right person in about 96% of `name-in-span` cases; in the rest it picks another name
 * that occurs in the span ("Clinton" for "Gene Sperling, a top outside Clinton adviser,"). So:
 *
 * 1. the head of the span is its first comma/parenthesis-delimited part that holds a name (an appositive
 *    "her senior policy adviser, Jake Sullivan," skips to "Jake Sullivan"), cut before who/whom/which;
 * 2. if the canonical name's last token is in that head (and not a place after "of", as in "Sen. Jeff Merkley
 *    of Oregon"), it is the gold last name;
 * 3. otherwise the gold last name is the last token of the last run of name words in the head that does not
 *    follow "of" and does not modify a noun ("Texas delegate Bill Eastland" gives "Eastland").
 *
 * `corenlp-coref` quotes (pronoun spans) are judged against `speaker_canonical` alone.
 */

const TITLES = new Set(
  [
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
    "president", "vice", "prime", "minister", "secretary", "sen", "senator", "rep", "representative",
    "congressman", "congresswoman", "gov", "governor", "lt", "mayor", "judge", "justice", "chief", "gen",
    "general", "adm", "admiral", "col", "colonel", "capt", "captain", "sgt", "sergeant", "maj", "major",
    "pope", "king", "queen", "prince", "princess", "sheikh", "ambassador", "chancellor", "speaker", "leader",
    "attorney", "spokesman", "spokeswoman", "spokesperson", "former", "then", "candidate", "del", "delegate",
    "deputy", "assistant", "hon",
  ],
);
/** Words that may be capitalised only because they start the span: not names. */
const CAPITALISED_FUNCTION_WORDS = new Set([
  "a", "an", "the", "another", "one", "two", "three", "four", "five", "several", "some", "many", "his", "her",
  "their", "its", "our", "my", "this", "that", "these", "those", "both", "other", "in", "as", "at", "and", "but",
  "former", "then", "both", "top", "senior", "longtime", "new", "according", "anyone", "everyone", "someone",
]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq"]);
const PRONOUNS = new Set(["he", "she", "they", "him", "her", "his", "hers", "them", "their", "i", "we", "it", "you"]);

/** Lower case, accents folded, surrounding punctuation and a possessive removed. */
export function normalizeWord(word) {
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/['’]s$/u, "")
    .replace(/[^\p{L}\p{N}]+$/u, "")
    .replace(/['’]$/u, "");
}

function isTitle(word) {
  return TITLES.has(normalizeWord(word).replace(/\.$/, ""));
}

/** Last name token of a name as a system gives it ("President Barack Obama" gives "obama"); null if none. */
export function lastNameToken(name) {
  if (!name) return null;
  const cleaned = name.replace(/\([^)]*\)/g, " ").split(",")[0];
  const words = cleaned.split(/\s+/).map(normalizeWord).filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1].replace(/\./g, ""))) words.pop();
  // Titles stand before a name ("Sen. Ted Cruz"); only leading ones go, so "John Major" keeps "major".
  while (words.length > 1 && TITLES.has(words[0].replace(/\.$/, ""))) words.shift();
  return words.length > 0 ? words[words.length - 1] : null;
}

/**
 * First name token of a full name ("Sen. Ana Ferreira" gives "ana"); null for a surname alone ("Mr. Haldane"),
 * an initial ("J. Haldane") or nothing.
 */
export function firstNameToken(name) {
  if (!name) return null;
  const words = name.replace(/\([^)]*\)/g, " ").split(",")[0].split(/\s+/).map(normalizeWord).filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1].replace(/\./g, ""))) words.pop();
  while (words.length > 1 && TITLES.has(words[0].replace(/\.$/, ""))) words.shift();
  if (words.length < 2 || words[0].replace(/\./g, "").length < 2) return null;
  return words[0];
}

/**
 * A diagnostic, not part of the scores: a speaker judged right by its last name whose first name differs from
 * the canonical one. The last-name rule cannot tell Ivanka from Donald Trump; this count can, though it also
 * counts nicknames ("Bill" for "William") and wrong derived labels, so its cases are to be read.
 */
export function otherFirstName(gold, predictedSpeaker) {
  if (judgeSpeaker(gold, predictedSpeaker) !== "right") return false;
  // Only where the canonical name is the judged person ("Hillary Clinton" for "Clinton spokesman Brian Fallon"
  // is not).
  if (lastNameToken(gold.speaker_canonical) !== expectedLastName(gold)) return false;
  const ours = firstNameToken(String(predictedSpeaker));
  const theirs = firstNameToken(gold.speaker_canonical);
  return ours !== null && theirs !== null && ours !== theirs;
}

/** Is `span` just a pronoun ("he", "She")? Such a speaker needs coreference to be named. */
export function isPronounSpan(span) {
  const words = (span ?? "").trim().split(/\s+/).map(normalizeWord).filter(Boolean);
  return words.length === 1 && PRONOUNS.has(words[0]);
}

/** A word that could be part of a name: capitalised (or an initial), not a title, not a function word. */
function isNameWord(word) {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.'’-]+$/gu, "");
  if (!/^\p{Lu}/u.test(bare)) return false;
  if (isTitle(bare)) return false;
  if (CAPITALISED_FUNCTION_WORDS.has(normalizeWord(bare))) return false;
  return true;
}

function isPossessive(word) {
  return /['’]s?[^\p{L}]*$/u.test(word) && /['’]/u.test(word);
}

const NAME_PARTICLES = new Set(["de", "van", "von", "der", "da", "di", "la", "le", "bin", "al", "del"]);
const DETERMINERS = new Set([
  "a", "an", "the", "another", "his", "her", "their", "its", "our", "one", "two", "three", "several", "some", "other",
  "both", "many",
]);

/**
 * Runs of name words in a list of words. A title or a lower-case word ends a run ("South Carolina Gov. Jim
 * Hodges" gives two runs); `afterOf` marks a run introduced by "of" (a place or an employer), `possessive`
 * one that ends in 's ("Henry Clay's biographers").
 */
function nameRuns(words) {
  const norm = words.map(normalizeWord);
  const runs = [];
  let current = null;
  words.forEach((w, i) => {
    if (isNameWord(w)) {
      if (!current) current = { words: [], afterOf: norm[i - 1] === "of", possessive: false, modifier: false };
      current.words.push(w);
      if (isPossessive(w)) {
        current.possessive = true;
        runs.push(current);
        current = null;
      }
    } else if (current && !(NAME_PARTICLES.has(w) && i + 1 < words.length && isNameWord(words[i + 1]))) {
      // A run followed by a lower-case noun modifies it ("Republican leaders", "the Cruz campaign").
      if (/^\p{Ll}/u.test(w) && !["of", "and", "or"].includes(norm[i])) current.modifier = true;
      runs.push(current);
      current = null;
    }
  });
  if (current) runs.push(current);
  return runs;
}

const isName = (run) => !run.possessive && !run.modifier;
const hasName = (words) => nameRuns(words).some(isName);
/** Does a part open with a name or a title ("Rep. Alan Grayson", "Jonathan Greenblatt")? */
const opensWithName = (words) => {
  const w = words.filter((x) => normalizeWord(x) !== "former");
  return w.length > 0 && (isNameWord(w[0]) || isTitle(w[0]));
};

/**
 * The head of a speaker span: its first comma-delimited part that holds a (non-possessive) name, cut before
 * who/whom/which. A lead-in description ("The director of the European Centre, Ina Kirsch,") gives way to
 * the appositive name that follows it.
 */
export function speakerHead(span) {
  const parts = span
    .replace(/\([^)]*\)/g, " ")
    .split(/,|\s(?:who|whom|which|whose|wearing|playing)\s|\s[—–]\s|\s--\s/)
    .map((p) => p.trim().split(/\s+/).filter(Boolean))
    .filter((p) => p.length > 0);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    const isDescription = DETERMINERS.has(normalizeWord(part[0])) || !hasName(part);
    if (isDescription && next && opensWithName(next) && hasName(next)) continue;
    if (hasName(part)) return part;
  }
  return parts[0] ?? [];
}

/** The gold last name token of a `name-in-span` speaker (see the rules at the top of this file). */
export function goldLastName(span, canonical) {
  if (!span) return lastNameToken(canonical);
  const head = speakerHead(span);
  const norm = head.map(normalizeWord);
  const fromCanonical = lastNameToken(canonical);
  if (fromCanonical) {
    const at = norm.lastIndexOf(fromCanonical);
    if (at >= 0 && norm[at - 1] !== "of" && !isPossessive(head[at])) return fromCanonical;
  }
  // The last run of name words that is neither introduced by "of" nor a possessive is the person.
  const runs = nameRuns(head);
  const chosen =
    [...runs].reverse().find((r) => isName(r) && !r.afterOf) ?? [...runs].reverse().find(isName);
  if (chosen) return lastNameToken(chosen.words.join(" "));
  return fromCanonical ?? lastNameToken(span);
}

/**
 * Which speaker figure a gold quote belongs to: "name" (gold name-in-span), "pronoun" (corenlp-coref), or
 * null (no speaker, or an organisation, or another method). Gold without a method (the seed) is classed by
 * its span: a pronoun span is "pronoun", any other span with a canonical name is "name".
 */
export function speakerClass(gold) {
  if (!gold.speaker) return null;
  const m = gold.speaker_canonical_method;
  if (m === "name-in-span") return "name";
  if (m === "corenlp-coref") return gold.speaker_canonical ? "pronoun" : null;
  if (m === undefined) {
    if (isPronounSpan(gold.speaker)) return gold.speaker_canonical ? "pronoun" : null;
    return "name";
  }
  return null;
}

/** The gold last name a prediction must have, per class. */
export function expectedLastName(gold) {
  const cls = speakerClass(gold);
  if (cls === "name") return goldLastName(gold.speaker, gold.speaker_canonical);
  if (cls === "pronoun") return lastNameToken(gold.speaker_canonical);
  return null;
}

/** "right", "wrong" (a name, not the gold one) or "silent" (speaker null); null if the gold is not judged. */
export function judgeSpeaker(gold, predictedSpeaker) {
  const expected = expectedLastName(gold);
  if (!expected) return null;
  if (predictedSpeaker === null || predictedSpeaker === undefined || String(predictedSpeaker).trim() === "") return "silent";
  return lastNameToken(String(predictedSpeaker)) === expected ? "right" : "wrong";
}
