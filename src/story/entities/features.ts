/**
 * What the learned entity typer (typer.ts) sees of one candidate name: a bag of feature strings built from the
 * words of the span, compromise's tags, word shapes, the words around it, gazetteer hits (compromise's lexicon,
 * the organisation / facility / event heads of the news lexicon) and the rules' own guess. The same function
 * runs when the model is trained (scripts/train-entities.js) and when it is used, so the two never drift.
 *
 * Features are generic on purpose: word identities are kept (a model needs "university" and "said"), but the
 * trainer keeps only features seen in several documents, so no single story's names are learned by heart.
 */
import { lexiconTag } from "../../nlp/compromise.js";
import { isCommonWord } from "../../nlp/common-words.js";
import { isListedGivenName } from "../../nlp/given-names.js";
import type { ParsedStory, Token } from "../../nlp/parse.js";
import { countBefore } from "../../lib/sorted.js";
import { facilityHeads, foreignOrganizationHeads, nonEntityHeads, ofHeads, organizationHeads, isTitleWord } from "./knowledge.js";
import type { RawMention } from "./mentions.js";
import { coordinationFeatures } from "./coordination.js";
import { longerNameFeatures } from "./longer-names.js";

/** compromise tags worth a feature; the rest (Singular, TitleCase, ...) say little about the type. */
const TAGS = [
  "Person", "FirstName", "MaleName", "FemaleName", "LastName", "Honorific", "Place", "Country", "City", "Region",
  "Address", "Organization", "Acronym", "Demonym", "ProperNoun", "Adjective", "Verb", "Plural", "Possessive",
  "Value", "Date", "Unit", "Currency",
];

/** A word's shape: "Xx" for "Obama", "X" for "UN", "Xx-Xx" for "Ka-Wing", digits as "d". */
export function shapeOf(word: string): string {
  return word
    .replace(/\p{Lu}+/gu, "X")
    .replace(/\p{Ll}+/gu, "x")
    .replace(/\p{N}+/gu, "d")
    .replace(/[^Xxd]+/gu, (m) => (m === "-" || m === "." || m === "&" ? m : "'"));
}

/** The tokens of a mention's span in the parse (none for a name found in a credit or dateline line). */
function tokensOf(parsed: ParsedStory, mention: RawMention): Token[] {
  const { tokens } = parsed;
  let i = countBefore(tokens, mention.start, (t) => t.end, true);
  const found: Token[] = [];
  for (; i < tokens.length && tokens[i]!.start < mention.end; i++) found.push(tokens[i]!);
  return found;
}

const bucket = (n: number, top: number) => String(Math.min(n, top));

const PLACE_TAGS = new Set(["Place", "Country", "City", "Region", "Address"]);
const GIVEN_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);

/** Accents off, lower case: "Université" -> "universite", as the foreign organisation heads are written. */
const plain = (word: string) => word.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();

/**
 * One letter per word saying what kind of word it is, for the pattern of a name: P a place the lexicon knows,
 * G a given name, L a surname, O an organisation head (in English or another language), F a facility head,
 * A an acronym, C a common word, X anything else ("Fisheries Canada" is "C P", "Brooklyn Paper" "P C",
 * "Hillary Clinton" "G L"). The pattern generalises where the words themselves would be learnt by heart: a
 * common word before a place makes an organisation ("Fisheries Canada", "Parks Victoria"), a place before a
 * common word makes one too ("the Oslo Herald"), two places make a place.
 */
export function wordClass(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/u, "");
  const tag = lexiconTag(lower);
  if (tag && PLACE_TAGS.has(tag)) return "P";
  if (organizationHeads.has(lower) || foreignOrganizationHeads.has(plain(lower))) return "O";
  if (facilityHeads.has(lower)) return "F";
  if (tag && GIVEN_TAGS.has(tag)) return "G";
  if (tag === "LastName") return "L";
  if (/^\p{Lu}[\p{Lu}&.]+$/u.test(word)) return "A";
  if (isCommonWord(word)) return "C";
  return "X";
}

/** A web address as a name: "Salon.com", "metro.us" (websites are organisations, never places). */
const WEBSITE = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|info|co|io|us|uk|ca|au|de|fr|tv|news)$/iu;

/**
 * How an all-capital name is defined in the story, when it is: "cap" when it follows or precedes a run of
 * capitalised words whose initials spell it ("Federal Emergency Management Agency (FEMA)"), "lower" when
 * those words are in lower case ("ultraviolet radiation (UVR)": an acronym of an ordinary thing, no name).
 */
export function acronymDefinition(text: string, acronym: string): "cap" | "lower" | null {
  if (text !== cachedText) {
    cachedText = text;
    cache.clear();
    brackets = undefined;
  }
  const known = cache.get(acronym);
  if (known !== undefined) return known;
  brackets ??= bracketIndex(text);
  const found = findDefinition(text, acronym, brackets);
  cache.set(acronym, found);
  return found;
}

/** The definitions found in the last story looked at (one story is typed at a time), by acronym. */
let cachedText = "";
const cache = new Map<string, "cap" | "lower" | null>();
let brackets: BracketIndex | undefined;

/** Longest acronym looked up, dots included ("U.S.A.F."): longer runs are no acronym. */
const ACRONYM_MAX = 24;

/**
 * Where a story's brackets stand, by what is around them, so that each acronym is looked up, not searched for:
 * a search of the whole text per acronym is quadratic on a long story with thousands of capitalised words
 * (every dateline's city, "XOULIE, Xaegiufuu (AP) —", was one: 7 s of a 1 MB story).
 * - `inside`: "(HSB)" at p, by the text in the brackets.
 * - `before`: "HSB (" at p, by each ending of the word before " (" (a search for "HSB (" also found "XHSB (").
 */
export interface BracketIndex {
  inside: Map<string, number[]>;
  before: Map<string, number[]>;
}

export function bracketIndex(text: string): BracketIndex {
  const inside = new Map<string, number[]>();
  const before = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  // Only keys an acronym can be are kept (every lookup is of one: a capital, then capitals, dots or "&"), so
  // that a story of thousands of brackets does not index every ending of every word before them.
  for (let p = text.indexOf("("); p >= 0; p = text.indexOf("(", p + 1)) {
    // Bounded reads: a text of "(" and no ")" must not be read to its end from each of them.
    let close = -1;
    for (let q = p + 1; q < text.length && q <= p + 1 + ACRONYM_MAX; q++) {
      if (text.charCodeAt(q) === 0x29) {
        close = q - p - 1;
        break;
      }
    }
    if (close > 0 && mayBeAcronym(text.charCodeAt(p + 1)) && mayBeAcronym(text.charCodeAt(p + close))) {
      const key = text.slice(p + 1, p + 1 + close);
      if (ACRONYM_SHAPE.test(key)) add(inside, key, p);
    }
    if (text[p - 1] !== " ") continue;
    for (let start = p - 2; start >= 0 && p - 1 - start <= ACRONYM_MAX && !/\s/u.test(text[start]!); start--) {
      // A longer ending holds this character too: past one that no acronym has, none can match.
      if (!mayBeAcronym(text.charCodeAt(start))) break;
      if (p - 1 - start < 2) continue;
      const key = text.slice(start, p - 1);
      if (ACRONYM_SHAPE.test(key)) add(before, key, start);
    }
  }
  return { inside, before };
}

/** What an acronym looked up is (the test candidateFeatures makes before looking one up). */
const ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}.&]+$/u;

/**
 * Whether a UTF-16 unit may stand in an acronym: not an ASCII character other than a capital, "." or "&"
 * (other units, surrogates included, are left to ACRONYM_SHAPE).
 */
function mayBeAcronym(unit: number): boolean {
  if (unit >= 0x80) return true;
  return (unit >= 0x41 && unit <= 0x5a) || unit === 0x2e || unit === 0x26;
}

/** The words of a run, without the punctuation around them. */
const wordsOf = (run: string) => run.split(/\s+/u).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")).filter((w) => w !== "");

function findDefinition(text: string, acronym: string, brackets: BracketIndex): "cap" | "lower" | null {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  if (letters.length < 2 || letters.length > 8) return null;
  // "Harbour Safety Board (HSB)": the words before "(HSB)".
  for (const at of brackets.inside.get(acronym) ?? []) {
    const kind = expansionKind(wordsOf(text.slice(Math.max(0, at - 160), at)), letters);
    if (kind) return kind;
  }
  // "HSB (Harbour Safety Board)": the words in the brackets after it.
  const opensAt = acronym.length + 2;
  for (const at of brackets.before.get(acronym) ?? []) {
    const close = text.slice(at + opensAt, at + 161).indexOf(")");
    if (close < 0) continue;
    const kind = expansionKind(wordsOf(text.slice(at + opensAt, at + opensAt + close)), letters);
    if (kind) return kind;
  }
  return null;
}

/** Whether the last of `words` spell an acronym's letters (small words such as "of" may lie between). */
function expansionKind(words: string[], letters: string): "cap" | "lower" | null {
  // Read back from the acronym: each letter is the initial of a word; "of", "and", "for", "the" may lie between.
  let k = letters.length - 1;
  let capitals = 0;
  let lowers = 0;
  for (let i = words.length - 1; i >= 0 && k >= 0; i--) {
    const w = words[i]!;
    if (w[0]!.toUpperCase() === letters[k]) {
      if (/^\p{Lu}/u.test(w)) capitals++;
      else lowers++;
      k--;
    } else if (!/^(?:of|and|for|the|on|in|de|&)$/iu.test(w)) return null;
  }
  if (k >= 0) return null;
  return capitals > lowers ? "cap" : "lower";
}

/** The features of one candidate. `ruleType` is what the hand-written rules made of it ("none" when nothing). */
export function candidateFeatures(parsed: ParsedStory, mention: RawMention, ruleType: string): string[] {
  const f: string[] = ["bias", `rule=${ruleType}`];
  const words = mention.text.split(/[\s]+/u).filter((w) => w !== "");
  const lowerWords = words.map((w) => w.toLowerCase().replace(/['’]s$/u, ""));
  const last = lowerWords[lowerWords.length - 1] ?? "";
  const first = lowerWords[0] ?? "";
  f.push(`n=${bucket(words.length, 5)}`, `first=${first}`, `last=${last}`, `rule_n=${ruleType}_${bucket(words.length, 3)}`);
  f.push(`suf3=${last.slice(-3)}`, `suf2=${last.slice(-2)}`);
  f.push(`shape=${words.map(shapeOf).join(" ").slice(0, 24)}`);
  for (const w of lowerWords) f.push(`w=${w}`);
  for (const w of words) {
    // The gazetteer: what compromise's lexicon knows each word (and the whole name) as.
    const tag = lexiconTag(w.toLowerCase());
    if (tag) f.push(`lexw=${tag}`);
    if (isTitleWord(w)) f.push("titleword");
  }
  // The first word in the lists of given names of six languages: a person's name starts with one, a place or
  // building written in its own language ("Meydan Kohne", "Strynø Brovej") seldom does.
  if (/^\p{Lu}/u.test(words[0] ?? "")) f.push(`given=${isListedGivenName(lowerWords[0]!) ? "yes" : "no"}_${bucket(words.length, 2)}`);
  const whole = lexiconTag(lowerWords.join(" "));
  if (whole) f.push(`lex=${whole}`, `rule_lex=${ruleType}_${whole}`);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  const common = capitalised.filter((w) => isCommonWord(w)).length;
  f.push(`common=${common === 0 ? "none" : common === capitalised.length ? "all" : "some"}`);
  if (/^\p{Lu}[\p{Lu}.&]+$/u.test(mention.text)) f.push("allcaps");
  if (mention.text.includes("-")) f.push("hyphen");
  const classes = words.map(wordClass);
  // The pattern of word kinds: the first two and the last (long names vary in the middle).
  // (One word's kind is already told by the lexicon features above; the pattern is about how words combine.)
  if (classes.length > 1) f.push(`wclass=${classes.length <= 3 ? classes.join(" ") : `${classes[0]} ${classes[1]} .. ${classes[classes.length - 1]}`}`);
  if (classes.includes("P") && classes.some((c) => c !== "P")) f.push(`place_in=${classes[0] === "P" ? "first" : classes[classes.length - 1] === "P" ? "last" : "middle"}`);
  if (classes.includes("O") && !organizationHeads.has(last)) f.push("anyhead=org_word");
  if (WEBSITE.test(mention.text)) f.push("website");
  if (/^\p{Lu}[\p{Lu}.&]+$/u.test(mention.text)) f.push(`acronym_defined=${acronymDefinition(parsed.text, mention.text.replace(/['’]s$/u, "")) ?? "no"}`);
  if (/\d/u.test(mention.text)) f.push("digit");
  if (organizationHeads.has(last)) f.push("head=org", `rule_head=${ruleType}_org`);
  if (facilityHeads.has(last)) f.push("head=facility", `rule_head=${ruleType}_facility`);
  if (nonEntityHeads.has(last)) f.push("head=event");
  if (lowerWords.some((w) => organizationHeads.has(w))) f.push("anyhead=org");
  if (lowerWords.includes("of")) {
    f.push("has_of");
    const head = lowerWords.find((w) => ofHeads.has(w));
    if (head) f.push(`ofhead=${ofHeads.get(head)}`);
  }
  if (mention.titles.length > 0) f.push("titled", `title=${mention.titles[0]!.toLowerCase().split(/\s+/).pop()}`);
  if (mention.paragraph === null) f.push("outside_body");

  const span = tokensOf(parsed, mention);
  if (span.length === 0) {
    f.push("no_tokens");
    return f;
  }
  for (const t of span) for (const tag of TAGS) if (t.tags.has(tag)) f.push(`tag=${tag}`);
  const lastToken = span[span.length - 1]!;
  for (const tag of TAGS) if (lastToken.tags.has(tag)) f.push(`ltag=${tag}`);
  const { tokens } = parsed;
  const before = tokens[span[0]!.index - 1];
  const before2 = tokens[span[0]!.index - 2];
  const after = tokens[lastToken.index + 1];
  const after2 = tokens[lastToken.index + 2];
  const sentence = span[0]!.sentence;
  const same = (t: Token | undefined): t is Token => t !== undefined && t.sentence === sentence;
  if (same(before)) {
    f.push(`prev=${before.normal}`);
    if (/[,(:;]\s*$/u.test(before.post)) f.push("prev_punct");
    for (const tag of ["Preposition", "Determiner", "Verb", "Adjective", "Value", "Possessive"]) if (before.tags.has(tag)) f.push(`ptag=${tag}`);
    if (same(before2)) f.push(`prev2=${before2.normal} ${before.normal}`);
  } else {
    f.push("sentence_start");
  }
  if (same(after) && mention.end <= lastToken.end) {
    f.push(`next=${after.normal}`);
    for (const tag of ["Verb", "Noun", "Preposition", "Copula", "Value", "Plural", "PastTense"]) if (after.tags.has(tag)) f.push(`ntag=${tag}`);
    if (same(after2)) f.push(`next2=${after.normal} ${after2.normal}`);
  } else {
    f.push("sentence_end");
  }
  const punctAfter = lastToken.post.trim();
  if (punctAfter) f.push(`post=${punctAfter.slice(0, 2)}`);
  if (/['’]s$/u.test(lastToken.text) || /^['’]/u.test(lastToken.post)) f.push("possessive");
  if (/[(“"‘'«]\s*$/u.test(span[0]!.pre)) f.push("opened");
  return f;
}

/** Local features whose presence at one mention of a name is evidence for all its mentions. */
const SHARED = /^(?:rule=|prev=|next=|titled$|title=|ptag=|possessive$|sentence_start$)/u;
/** The first letters of the SHARED features: a cheap test before the pattern. */
const SHARED_FIRST = new Set(["r", "p", "n", "t", "s"]);

/** Whether a local feature is shared with the other mentions of its name (as a "doc_" feature). */
export function isShared(feature: string): boolean {
  return SHARED_FIRST.has(feature[0]!) && SHARED.test(feature);
}

/** The key under which candidates share features: the name in lower case, without a possessive. */
export function shareKey(m: RawMention): string {
  return m.text.toLowerCase().replace(/['’]s$/u, "");
}

/**
 * The features of every candidate of a story: its own, plus "doc_" copies of the telling features of every
 * candidate written the same way ("Socotra" after "in" in one sentence is evidence for "Socotra" in the next).
 */
export function storyFeatures(parsed: ParsedStory, candidates: { mention: RawMention; rule: string }[]): string[][] {
  const listed = coordinationFeatures(parsed.text, candidates);
  const within = longerNameFeatures(candidates);
  const local = candidates.map((c, i) => [...candidateFeatures(parsed, c.mention, c.rule), ...listed[i]!, ...within[i]!]);
  const shared = new Map<string, Set<string>>();
  candidates.forEach((c, i) => {
    const k = shareKey(c.mention);
    const set = shared.get(k) ?? new Set<string>();
    for (const f of local[i]!) if (isShared(f)) set.add(`doc_${f}`);
    shared.set(k, set);
  });
  return candidates.map((c, i) => [...local[i]!, ...shared.get(shareKey(c.mention))!]);
}
