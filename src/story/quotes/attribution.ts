/**
 * Reading an attribution from the words around a quote: the speech verb ("said", "added", "told"), the
 * speaker's words ("he", "spokesman Dmitri Peskov", "Tennille Haddock, a spokeswoman for the agency,") and the
 * outlet it was relayed through ("according to the Interfax news agency").
 */
import type { Token } from "../../nlp/parse.js";
import { isTitleWithOf, isTitleWord } from "../entities/knowledge.js";
import { baseFormIn, isSpeechVerb, phrasalSpeechVerb, speechVerbBase } from "../speech-verbs.js";
import { TokenWindow } from "./token-window.js";
import { timePhraseEnd } from "./windows.js";
import { patternsOf, type RuleId } from "./rules/index.js";
import { compile, matchAny, matchAt } from "./rules/match.js";
import {
  ASIDE_OPENERS, BETWEEN_SUBJECT_AND_VERB, CAUSATIVE, JUDGES, POSSESSIVE_DETERMINERS, CONNECTORS, DETERMINERS, DOCUMENTS, INFINITIVE_OF_SAYING, LETS_SPEAK,
  NOT_IN_SPEAKER_PHRASE_TAGS, NOT_SPEAKING_YET, SPEECH_PHRASES, OBJECT_PREPOSITIONS, OWN_OBJECT, PRONOUNS, PUT_OUT, RELATIVE,
  ADDRESSES_SOMEONE, HOME_WORDS, NAME_SHAPED, OBJECT_PRONOUN_SUBJECTS, OTHER_CLAUSE_OPENERS, SUBJECT_PRONOUNS, SUBORDINATORS, isPossessive,
} from "./vocabulary.js";

/** The words rules open on, read from the rules' entries (rules/index.ts). */
const PRESENTING = patternsOf("before-colon-presented");
const ACCORDING_AFTER = patternsOf("after-according-to");
const ACCORDING = patternsOf("before-according-to");
const JOINING = patternsOf("before-joined-pronoun");
const QUOTED_AS = compile(SPEECH_PHRASES.quotedAs);
const MADE_CLEAR = compile(SPEECH_PHRASES.madeClear);
const PUT_IT = compile(SPEECH_PHRASES.putIt);

export interface Attribution {
  /** The speech verb, or null for a bare "according to X". */
  verb: Token | null;
  /** The words naming the speaker (without an appositive). Empty when the clause names nobody. */
  speaker: Token[];
  /** An appositive describing the speaker: "a spokeswoman for the agency". */
  appositive: Token[];
  /** The words after "according to", when the clause has them. */
  according: Token[];
  /** The rule that read this attribution (an id of rules/index.ts): travels to the quote's trace. */
  rule: RuleId;
}


/** "quickly", "reportedly": an adverb between a subject and its verb. */
function isPlainAdverb(token: Token | undefined): boolean {
  return token !== undefined && token.tags.has("Adverb") && !/^\p{Lu}/u.test(token.text);
}

export function isPronoun(token: Token | undefined): boolean {
  return token !== undefined && PRONOUNS.has(token.normal);
}

function hasBreak(token: Token | undefined): boolean {
  if (!token) return false;
  let post = token.post.replace(/[”"’'»]/gu, "");
  // The dot of "Sen." or of an initial does not end the phrase: "said Sen. Dana Whitcomb".
  if (post.startsWith(".") && (isTitleWord(token.text) || /^\p{Lu}$/u.test(token.text))) post = post.slice(1);
  return /[,;:()\u2014\u2013]|[.!?](?!\S)/u.test(post);
}


/** Can this word belong to a noun phrase naming a speaker? */
function isNounPhraseWord(token: Token): boolean {
  // "Florida-based strategist", "Air Force 1st Lt.": compounds and ordinals inside a description.
  if (token.tags.has("Hyphenated") || token.tags.has("Ordinal")) return true;
  if (/^\p{Lu}/u.test(token.text)) {
    // A capitalised "On", "With" or "Sunday" opens a sentence or names a day; it names no speaker.
    const named = token.tags.has("Person") || token.tags.has("Organization") || token.tags.has("Place");
    // "Having warned that …": an auxiliary opening the sentence is a verb form, never a speaker's word.
    if (!named && token.tags.has("Auxiliary")) return false;
    return named || !NOT_IN_SPEAKER_PHRASE_TAGS.some((tag) => token.tags.has(tag));
  }
  if (DETERMINERS.has(token.normal) || CONNECTORS.has(token.normal)) return true;
  if (isTitleWord(token.text)) return true;
  return token.tags.has("Noun") && !token.tags.has("Pronoun") && !token.tags.has("Verb");
}

/**
 * A lower-case word that modifies the noun after it inside a speaker's phrase: "former mayoral candidate
 * Ruth Adair", "Budget ranking Democrat Silas Brandt", "Millbrook police Chief Owen Tate". Only ever
 * taken in front of a word already in the phrase, so the phrase still ends in its head; the tagger calls some
 * of these nouns verbs ("police", "ranking"), so a word between two capitalised words counts whatever its tag.
 */
function isModifier(token: Token, before: Token | undefined, after: Token): boolean {
  if (/^\p{Lu}/u.test(token.text) || isSpeechVerb(token)) return false;
  if (token.tags.has("Copula") || token.tags.has("Auxiliary") || token.tags.has("Pronoun")) return false;
  if (token.tags.has("Adjective") && !token.tags.has("Verb")) return true;
  if (before === undefined || !/^\p{Lu}/u.test(before.text) || hasBreak(before)) return false;
  // "Holt campaign manager Ian Beck": between a name and a title or noun.
  return /^\p{Lu}/u.test(after.text) || isTitleWord(after.text) || (after.tags.has("Noun") && !after.tags.has("Verb"));
}


/**
 * "said retired pilot Tom Reyes", "said disgraced former mayor Ada Quill": a lower-case -ed form before a noun or
 * a title, where the inverted verb of saying already stands, is an adjective of the speaker's description (the
 * tagger reads it as a second verb).
 */
function participleModifier(token: Token, next: Token): boolean {
  if (!/^\p{Ll}+ed$/u.test(token.text) || isSpeechVerb(token) || DETERMINERS.has(next.normal) || CONNECTORS.has(next.normal)) return false;
  return isTitleWord(next.text) || (next.tags.has("Noun") && !next.tags.has("Verb") && !next.tags.has("Pronoun"));
}

/**
 * Whether a description that comes before the name opens like one: "a French contractor", "another critic",
 * "Google's chief economist", "Mr. Holt's campaign chairman".
 */
function opensDescription(words: Token[]): boolean {
  const first = words[0];
  if (!first) return false;
  if (DETERMINERS.has(first.normal) || first.normal === "one") return true;
  return words.slice(0, 3).some(isPossessive);
}

/**
 * How many words open `words` as a person's name: capitalised, and one of them known as a person's, or two or more
 * shaped like a name that the tagger takes for no place or organisation ("Darran Whiting"). 0 if none do.
 */
function leadingPersonName(words: Token[]): number {
  let n = 0;
  while (n < words.length && n < 4 && /^\p{Lu}/u.test(words[n]?.text ?? "") && !hasBreak(words[n])) n++;
  const run = words.slice(0, n);
  if (run.some((t) => t.tags.has("Person"))) return n;
  const nameShaped = run.length >= 2 && run.every((t) => NAME_SHAPED.test(t.text) && !isTitleWord(t.text)
    && !t.tags.has("Place") && !t.tags.has("Organization"));
  return nameShaped ? n : 0;
}

/** A noun phrase must hold a name, a title, a noun or a pronoun; trims dangling determiners and connectors. */
function trimNounPhrase(words: Token[]): Token[] {
  let start = 0;
  let end = words.length;
  // "Rubio’s" alone is a possessor whose noun was cut off, not a speaker.
  const phrase = TokenWindow.of(words);
  if (/['’]s?$/u.test(phrase.text(end - 1)) && phrase.text(end - 1).length > 2) return [];
  while (start < end && CONNECTORS.has(phrase.normal(start))) start++;
  while (end > start && (DETERMINERS.has(phrase.normal(end - 1)) || CONNECTORS.has(phrase.normal(end - 1)))) end--;
  return words.slice(start, end);
}

/**
 * "Quill on Wednesday called", "Reyes late Thursday night said", "Lind this week wrote": a time written between
 * a subject and its verb, ending at `i`. Returns the index of the word before it, or `i` unchanged. The phrase
 * must open with its preposition or adverb: a bare month may be a name ("Theresa May said").
 */
function skipTimeBefore(window: TokenWindow, i: number): number {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    if (/^\p{Ll}/u.test(window.text(j)) && timePhraseEnd(window.slice(), j, window.length) === i + 1) return j - 1;
  }
  return i;
}

/**
 * "Sen. Nora Bellamy (D-Vt.) said": a short bracket after a name (party and state, an age) is skipped, so
 * the name before it is the subject. Returns the index of the word before the bracket, or `i` unchanged.
 */
function skipParenthetical(window: TokenWindow, i: number): number {
  if (i < 0 || !/\)/u.test(window.post(i))) return i;
  for (let j = i; j >= 0 && j >= i - 4; j--) {
    if (/\(/u.test(window.pre(j))) return j - 1;
    if (j < i && /[()]/u.test(window.post(j))) return i;
  }
  return i;
}

/**
 * How long a description between a speaker's name and the verb may be, per comma-delimited piece and in all: "Ada
 * Quill, a former aide who later ran the state party's field office for a decade, said" (issue 20: attribution
 * far from the quote).
 */
const APPOSITIVE_PIECE_WORDS = 30;

/**
 * How many of the writer's words a quote may run on into before its ", X said": "“We are frustrated” by the
 * shooting at the club in Elmvale that had drawn attention from across the state, Quill said." (the window after a
 * quote ends at 25 words anyway).
 */
const RUN_ON_WORDS = 20;
const APPOSITIVE_WORDS = 36;
/**
 * How many comma-set pieces a speaker's appositive may hold: "Tom Reyes, 30, of Elmvale, Mich., who was among
 * those polled, said" has five (age, town, state, relative clause).
 */
const APPOSITIVE_PIECES = 5;

/**
 * The subject written just before the word at `verbIndex`: "he", "Medvedev", "Russian Foreign Minister Sergei
 * Lavrov", or "Tennille Haddock" with the appositive ", a spokeswoman for the agency,".
 */
export function subjectBefore(tokens: readonly Token[] | TokenWindow, verbIndex: number): { speaker: Token[]; appositive: Token[] } {
  const window = TokenWindow.of(tokens);
  // "Osric was told", "the plan was revealed": the subject of a passive verb of saying is who heard it or what
  // was said, never the speaker. "was quoted as saying", "is reported to have called" name the speaker, though.
  const verb = window.at(verbIndex);
  if (verb?.tags.has("Passive") && isSpeechVerb(verb) && !/^(to|as)$/u.test(window.normal(verbIndex + 1))) {
    return { speaker: [], appositive: [] };
  }
  let i = verbIndex - 1;
  while (i >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(window.normal(i)) || isPlainAdverb(window.at(i)))
    && !hasBreak(window.at(i))) i--;
  i = skipTimeBefore(window, i);
  i = skipParenthetical(window, i);
  if (i < 0) return { speaker: [], appositive: [] };
  let appositive: Token[] = [];
  let aside = false;
  // "X, the Y of Z, said", "X, the president of Y, a group that …, said": the commas that open the
  // appositive, at most three pieces and 24 words, each piece a description rather than a bare name.
  for (let piece = 0; piece < APPOSITIVE_PIECES && hasBreak(window.at(i)) && /,/u.test(window.post(i)); piece++) {
    let j = i;
    while (j >= 0 && j > i - APPOSITIVE_PIECE_WORDS && !(j < i && /,/u.test(window.post(j)))) j--;
    if (j < 0 || j <= i - APPOSITIVE_PIECE_WORDS) return piece === 0 ? { speaker: [], appositive: [] } : { speaker: [], appositive: [] };
    const described = window.slice(j + 1, i + 1);
    // An appositive describes ("a spokeswoman for …", "Twitter’s director of …"); a bare name list does not.
    // "Calvin Ashby, R-Ky., said": a party and state, or a lone state, is a piece of description.
    const state = described.length === 1 && (isStateOfPlace(window, j + 1) || /^\p{Lu}-\p{Lu}/u.test(described[0]?.text ?? ""));
    // "Henry Clay's biographers, Dana and Lee Marsh, wrote": two names joined by "and" are a bare name list too.
    const bare = described.every((t) => /^\p{Lu}/u.test(t.text) || t.normal === "and") && /^\p{Lu}/u.test(described.at(-1)?.text ?? "");
    if (described.length === 0 || (bare && !state)) {
      // "a French contractor, Claire Dubois, said": the description comes first and the name is the speaker.
      if (piece === 0 && described.length <= 4 && j >= 0) {
        let k = j;
        while (k > 0 && !/,/u.test(window.post(k - 1))) k--;
        // "As the LinkedIn chief executive, Jeff Weiner, put it": a clause opener before the description is no part of it,
        // opening the sentence or the words right after a quote ("“…,” as the mayor, Ada Quill, said").
        if (k < j && SUBORDINATORS.has(window.normal(k)) && (k === 0 || /^\p{Lu}/u.test(window.text(k)))) k++;
        if (opensDescription(window.slice(k, j + 1)) && j - k < 12) return { speaker: described, appositive: window.slice(k, j + 1) };
      }
      if (piece === 0) return { speaker: [], appositive: [] };
      break;
    }
    // "One pilot backing Mr. Reyes, Carl Dunn of the harbour union, said": a description first, then a name with
    // its home or employer; the name is the speaker, not a name inside the description.
    if (piece === 0 && j >= 0) {
      const nameRun = leadingPersonName(described);
      if (nameRun > 0 && described[nameRun]?.normal === "of") {
        let k = j;
        while (k > 0 && !/,/u.test(window.post(k - 1))) k--;
        const before = window.slice(k, j + 1);
        if (opensDescription(before) && j - k < 12) {
          return { speaker: described.slice(0, nameRun), appositive: [...before, ...described.slice(nameRun)] };
        }
      }
    }
    if (appositive.length + described.length > APPOSITIVE_WORDS) return { speaker: [], appositive: [] };
    // An aside ("during a town hall in Elmvale, Ohio,") describes nobody: it and the pieces after it inside it
    // (the state) leave the appositive.
    const isAside = opensAside(window, j + 1);
    aside ||= isAside;
    appositive = isAside ? [] : [...described, ...appositive];
    i = skipParenthetical(window, j);
    if (i < 0) return { speaker: [], appositive: [] };
    // Go on to an earlier comma only when the words before this one describe too ("the president of …").
    if (!describes(window, i)) break;
  }
  // "Mr. Varga, whose newest venture, Tallyhub, sells cloud storage, said": a relative clause can hold commas of
  // its own, so the speaker stands before the comma that opens it, not at the name inside it.
  if (appositive.length > 0) {
    const end = window.indexOf(appositive.at(-1));
    for (let k = i; k > 0 && k > i - APPOSITIVE_PIECE_WORDS; k--) {
      if (!RELATIVE.has(window.normal(k)) || !/,\s*$/u.test(window.post(k - 1))) continue;
      // Only a person is the antecedent ("a driver from Elmvale, Kan., who is …": not the state).
      if (!window.has(k - 1, "Person") || window.has(k - 1, "Place")) break;
      appositive = window.slice(k, end + 1);
      i = skipParenthetical(window, k - 1);
      break;
    }
  }
  if (hasBreak(window.at(i)) && appositive.length === 0 && !aside) return { speaker: [], appositive: [] };
  const pronoun = window.at(i);
  if (pronoun && isPronoun(pronoun)) return { speaker: [pronoun], appositive };
  const words: Token[] = [];
  // Up to 12 words: "Anton Reyes of the Harriet Lowe Center for Maritime Studies wrote".
  for (let k = i; k >= 0 && words.length < 12; k--) {
    const token = window.at(k);
    if (!token) break;
    if (k < i && hasBreak(token)) break;
    if (!isNounPhraseWord(token) && !(words[0] !== undefined && isModifier(token, window.at(k - 1), words[0]))) break;
    words.unshift(token);
  }
  // "One pilot backing Tom Reyes said": a name after a participle that follows the phrase's noun is the
  // participle's object, not the speaker; the speaker is the noun before it ("Budget ranking Democrat Silas
  // Brandt", "the ranking member" are no such participle).
  const phrase = TokenWindow.of(words);
  const participle = words.findIndex((t, k) => k > 0 && /^\p{Ll}+ing$/u.test(t.text) && /^\p{Lu}/u.test(phrase.next(t)?.text ?? "")
    && takesObjectAfterNoun(phrase.previous(t)));
  if (participle > 0) words.splice(participle);
  const described = unclosedAppositive(window, words, appositive, verbIndex);
  if (described) return described;
  if (objectOfWordBefore(window, words, verbIndex)) return { speaker: [], appositive: [] };
  return { speaker: trimNounPhrase(words), appositive };
}

/**
 * "The judge who sentenced Tom Reyes said", "A letter sent to Ada Quill on Monday said": the name ending the
 * phrase is the object of the verb or preposition written right before it, not the subject of the verb at
 * `verbIndex`. A word that opens or joins a clause ("when Reyes said", "and Reyes said"), a title ("Judge Ada
 * Quill", "Supervisor of Elections Ada Quill") leaves it the subject, and so does a verb of seeing or letting
 * ("watch Reyes insist") or an -ing form after it, whose subject the object is ("of Reyes saying", "with
 * Reyes yelling").
 */
function objectOfWordBefore(window: TokenWindow, words: Token[], verbIndex: number): boolean {
  if (/ing$/u.test(window.normal(verbIndex))) return false;
  // Only a phrase that is a name and nothing else: in "a spokeswoman for Tom Reyes" the preposition is inside it.
  const named = (t: Token) => (t.tags.has("Person") || t.tags.has("ProperNoun")) && /^\p{Lu}/u.test(t.text);
  if (words.length === 0 || !words.every(named) || words.some((t) => isTitleWord(t.text))) return false;
  const at = window.indexOf(words[0]);
  const before = window.at(at - 1);
  if (!before || hasBreak(before) || /[“"‘«”»]/u.test(before.post) || isTitleWord(before.text)) return false;
  // A preposition only governs a person's name: "a majority of Democrats say" still reports what they say.
  const person = words.some((t) => t.tags.has("Person"));
  if (OBJECT_PREPOSITIONS.has(before.normal) && person) {
    // "Secretary of State X", "Supervisor of Elections X": an "of" after a capitalised word is inside a title.
    return !(/^(of|for)$/u.test(before.normal) && /^\p{Lu}/u.test(window.text(at - 2)));
  }
  // "The pilot representing Ada Quill told": an -ing form after the phrase's noun takes the name as its object.
  const noun = window.at(at - 2);
  if (/^\p{Ll}+ing$/u.test(before.text) && noun && !hasBreak(noun) && takesObjectAfterNoun(noun)) return true;
  // "On Monday, embattled Tom Reyes said": a participle opening the phrase describes the name.
  const opensPhrase = at < 2 || hasBreak(window.at(at - 2));
  return before.tags.has("Verb") && !before.tags.has("Auxiliary") && !before.tags.has("Copula") && !before.tags.has("Gerund")
    && !before.tags.has("Adjective") && !opensPhrase && !isSpeechVerb(before) && !LETS_SPEAK.has(before.normal)
    && /^\p{Ll}/u.test(before.text);
}


/**
 * Whether an -ing word after `noun` is a participle with an object of its own ("pilot backing Tom Reyes"): the
 * word before it is a lower-case noun, not an adjective, a determiner or a name ("Budget ranking Democrat", "the
 * ranking member").
 */
function takesObjectAfterNoun(noun: Token | undefined): boolean {
  return noun !== undefined && /^\p{Ll}/u.test(noun.text) && noun.tags.has("Noun") && !noun.tags.has("Adjective") && !DETERMINERS.has(noun.normal);
}

/**
 * "Ana Ortiz, president and chief executive of the Ferry Users Group stated, “…": an appositive whose closing
 * comma is missing reads as the subject; when it opens with a title and a person's name ends just before its
 * comma, that person is the speaker and the phrase describes them.
 */
function unclosedAppositive(
  window: TokenWindow, words: Token[], appositive: Token[], verbIndex: number,
): { speaker: Token[]; appositive: Token[] } | null {
  const first = words[0];
  if (!first || appositive.length > 0 || /^\p{Lu}/u.test(first.text)) return null;
  // "Tom Reyes, a former pilot for Gov. Ada Quill has written …", "Ada Quill, the spokeswoman for the Harbor
  // Party said …": a description opening with an article, whose head (before its first preposition) names
  // no one. "Ada Quill, the mayor said, …" is a parenthesis, not a subject.
  const article = /^(a|an|the)$/u.test(first.normal);
  if (article && /,/u.test(window.post(verbIndex))) return null;
  // With "the", only a sentence that ends at the verb's clause ("…, the spokesman for Y said in a statement."):
  // "Tom Reyes, the union said on Friday, “…”" and "Reyes, the judge wrote “showed …”" are parentheses.
  if (first.normal === "the" && !endsSentenceAfter(window, verbIndex)) return null;
  if (!isTitleWord(first.text) && !article) return null;
  const cut = words.findIndex((t) => /^(of|for|at|to|with|from|in)$/u.test(t.normal));
  const head = article && cut > 0 ? words.slice(0, cut) : words;
  // Its head names a role ("a former agent", "a pilot"), not a crowd ("a group of neighbours said, …").
  if (article && !head.some((t) => isTitleWord(t.text) || (t.tags.has("Actor") && !/^\p{Lu}/u.test(t.text)))) return null;
  // "In discussing the claims against Nora Bell, former envoy Ivo Marsh told …": a phrase that names its own
  // person is the subject itself.
  if (head.some((t) => t.tags.has("Person"))) return null;
  // "Tom Reyes, spokesman Harlow said": a title with a name after it is the subject, not a description.
  const described = TokenWindow.of(words);
  if (!article && words.some((t) => isTitleWord(t.text) && /^\p{Lu}/u.test(described.next(t)?.text ?? ""))) return null;
  const at = window.indexOf(first);
  const nameEnd = window.at(at - 1);
  if (!nameEnd || !/^,\s*$/u.test(nameEnd.post) || !nameEnd.tags.has("Person")) return null;
  const name = personNameEndingAt(window, at - 1);
  // Only a name that opens the clause: "Beside Ana Ortiz, spokesman Ivo Marsh said" is not hers.
  if (name.length === 0 || window.indexOf(name[0]) !== 0) return null;
  return { speaker: name, appositive: words };
}

/** The words of a person's name (up to four) ending at `end`: "Ada Quill" before ", a pilot" or " -- “". */
function personNameEndingAt(window: TokenWindow, end: number): Token[] {
  const name: Token[] = [];
  for (let k = end, token = window.at(k); token?.tags.has("Person") && name.length < 4; token = window.at(--k)) {
    if (k < end && hasBreak(token)) break;
    name.unshift(token);
  }
  return name;
}

/** Whether the clause of the verb at `v` runs to a sentence end with no comma, quote or verb on the way. */
function endsSentenceAfter(window: TokenWindow, v: number): boolean {
  for (let k = v; k < window.length && k <= v + 6; k++) {
    const token = window.at(k);
    if (!token) break;
    if (k > v && (token.tags.has("Verb") || /[“"‘«]/u.test(token.pre))) return false;
    if (/[“"‘«]/u.test(token.post)) return false;
    if (hasBreak(token)) return /^[.!?]/u.test(token.post);
  }
  return false;
}

/** "a driver from Elmvale, Kan., who …": a lone state after the place a description names ("Kan.", "Colo."). */
function isStateOfPlace(window: TokenWindow, k: number): boolean {
  const token = window.at(k);
  if (!token) return false;
  const before = window.at(k - 1);
  if (!before || !/,\s*$/u.test(before.post) || !/^\p{Lu}/u.test(before.text)) return false;
  return (/^\p{Lu}\p{Ll}{1,5}$/u.test(token.text) && /^\.,/u.test(token.post)) || (token.tags.has("Place") && !token.tags.has("Person"));
}

/** Whether the words back from `i` to the previous comma open with a determiner: "the president of Civic Ledger". */
function describes(window: TokenWindow, i: number): boolean {
  let k = i;
  while (k > 0 && !/,/u.test(window.post(k - 1))) k--;
  if (k === 0 || !/,/u.test(window.post(i))) return false;
  // "Tessa Lund, 22, a senior from Fort Ellis,": an age, or "R-N.Y.", is a piece of description too.
  const age = k === i && (/^\d{1,3}$/u.test(window.text(k)) || /^\p{Lu}-\p{Lu}/u.test(window.text(k))
    || isStateOfPlace(window, k));
  // "Cory Lind, 22, of Elmvale, Mich.,": a home ("of Elmvale") is one too.
  const home = window.normal(k) === "of" && /^\p{Lu}/u.test(window.text(k + 1));
  return DETERMINERS.has(window.normal(k)) || age || home || opensAside(window, k);
}

/**
 * "Quill, during a town hall in Elmvale, Ohio, said", "Reyes, for his part, is calling …": a piece set off by
 * commas that opens on a preposition of time, place or manner (or is a lone "however") is an aside about the
 * saying, not a description of the speaker, so neither its place nor its words are the speaker's.
 */
function opensAside(window: TokenWindow, k: number): boolean {
  if (k <= 0 || !/,\s*$/u.test(window.post(k - 1)) || !ASIDE_OPENERS.has(window.normal(k)) || !/^\p{Ll}/u.test(window.text(k))) return false;
  // "…, in what Bay Quill, the party's treasurer, called": a piece naming a person, or opening a clause, is no aside.
  for (let j = k; j < window.length && j < k + APPOSITIVE_PIECE_WORDS; j++) {
    if (window.has(j, "Person") || RELATIVE.has(window.normal(j)) || window.normal(j) === "what") return false;
    if (/,/u.test(window.post(j))) break;
  }
  return true;
}


/** The subject written after an inverted verb: "said Smith", "added the spokesman, …". */
export function subjectAfter(tokens: readonly Token[] | TokenWindow, verbIndex: number): Token[] {
  const window = TokenWindow.of(tokens);
  const words: Token[] = [];
  // Up to 12 words: "said former Vermont Gov. and Democratic National Committee Chairman Hal Brennan".
  for (let k = verbIndex + 1; k < window.length && words.length < 12; k++) {
    const token = window.at(k);
    if (!token) break;
    if (words.length === 0 && isPronoun(token)) return [token];
    // "arguing that Mr. Penn was …": a clause, not a subject.
    if (words.length === 0 && /^(that|this)$/u.test(token.normal)) return [];
    // "said Sen. Nora Bellamy (D-Vt.)": the bracket after the name is not part of it.
    if (words.length > 0 && /\(/u.test(token.pre)) break;
    const next = window.at(k + 1);
    if (!isNounPhraseWord(token) && !(next && !hasBreak(token) && isNounPhraseWord(next)
      && (isModifier(token, window.at(k - 1), next) || participleModifier(token, next)))) break;
    words.push(token);
    if (hasBreak(token)) break;
  }
  const phrase = trimNounPhrase(words);
  // "said another Twitter user, Greta Lind": a description, then the name after its comma.
  const last = words[words.length - 1];
  if (last && /,/u.test(last.post) && opensDescription(words) && !words.some((t) => t.tags.has("Person"))) {
    const name: Token[] = [];
    for (let k = verbIndex + 1 + words.length; k < window.length && name.length < 5; k++) {
      const token = window.at(k);
      if (!token) break;
      // "said a pilot, Ada Quill of the firm Dunn Bell": where the name comes from ends it.
      if (name.length > 0 && HOME_WORDS.has(token.normal)) break;
      if (!/^\p{Lu}/u.test(token.text) || !isNounPhraseWord(token)) return [];
      name.push(token);
      if (hasBreak(token)) break;
    }
    if (name.some((t) => t.tags.has("Person"))) return name;
  }
  // "said in a statement", "said on Twitter": a preposition is not a speaker.
  return phrase.length > 0 && phrase.some((t) => /^\p{Lu}/u.test(t.text) || isTitleWord(t.text)) ? phrase : [];
}

/**
 * Where a description set off by a comma after an inverted speaker starts ("said Maria Lopez, the head of …"):
 * the index in `window` of its first word, which must be a determiner, a lower-case word or a title; -1 when the
 * speaker ends without a comma or another name follows it.
 */
function descriptionStart(window: TokenWindow, speaker: Token[]): number {
  const last = speaker[speaker.length - 1];
  if (!last || !/^,\s*$/u.test(last.post)) return -1;
  const from = window.indexOf(last) + 1;
  const first = window.at(from);
  if (!first || !(DETERMINERS.has(first.normal) || !/^\p{Lu}/u.test(first.text) || isTitleWord(first.text))) return -1;
  return from;
}

/** "said Maria Lopez, the head of the central bank.": the description after an inverted subject. */
function appositiveAfter(window: TokenWindow, speaker: Token[]): Token[] {
  const from = descriptionStart(window, speaker);
  if (from < 0) return [];
  const words: Token[] = [];
  for (const token of window.after(from - 1, 12)) {
    words.push(token);
    if (hasBreak(token)) return /[,.]/u.test(token.post) ? words : [];
  }
  return words.length < 12 ? words : [];
}

/**
 * "Said Ada Quill, the union's president:": the description after an inverted speaker's comma that runs, with no
 * break and no verb of its own, to the colon closing the words before the quote; [] when anything else follows.
 */
function descriptionToColon(window: TokenWindow, speaker: Token[]): Token[] {
  const from = descriptionStart(window, speaker);
  if (from < 0) return [];
  const words = window.after(from - 1, 12);
  const end = words.at(-1);
  if (!end || end !== window.last || words.length >= 12 || !/^:\s*$/u.test(end.post)) return [];
  if (words.slice(0, -1).some(hasBreak)) return [];
  // "Said Ada Quill, who chairs the board:" is fine as a description; "Said Ada Quill, then she left:" is not one.
  if (words.some((t) => isPronoun(t) && !DETERMINERS.has(t.normal))) return [];
  return words;
}

/**
 * The words after "according to" up to the next break: "the Interfax news agency". A document someone put
 * out gives way to its author: "according to a brief filed by county attorney Dave Ortman", "… a
 * statement released by the mayor's office".
 */
function accordingTo(window: TokenWindow, quoteFollows: boolean): Token[] {
  for (let i = 0; i + 1 < window.length; i++) {
    const opened = matchAny(window, i, ACCORDING);
    if (opened < 0) continue;
    // "according to him": an object pronoun standing alone is the source (resolved as "he said" would be). Not
    // "according to her office", where "her" is a possessive before the source's noun.
    // "according to her the board was …": before a determiner or another pronoun "her" owns nothing and stands alone.
    const pronoun = window.at(opened);
    const next = window.at(opened + 1);
    const ownsNothing = !next || DETERMINERS.has(next.normal) || next.tags.has("Pronoun");
    if (pronoun && OBJECT_PRONOUN_SUBJECTS.has(pronoun.normal) && (hasBreak(pronoun) || ownsNothing)) return [pronoun];
    const words = nounPhraseFrom(window, opened);
    const last = words[words.length - 1];
    // "according to the harbour master, Tom Reyes, …": a description, then the name set off after its comma.
    const named = last && /^,\s*$/u.test(last.post) && opensDescription(words) && !words.some((t) => t.tags.has("Person"))
      ? nameAfterComma(window, window.indexOf(last) + 1, quoteFollows) : [];
    if (named.length > 0) return named;
    let k = last ? (hasBreak(last) ? -1 : window.indexOf(last) + 1) : opened;
    // "notes from …", "campaign-era documents from …": the tagger may read the document's noun as a verb,
    // ending the phrase before it.
    let documentWord = last;
    if (k > 0 && DOCUMENTS.has(window.normal(k))) documentWord = window.at(k++);
    if (k > 0 && PUT_OUT.has(window.normal(k))) k++;
    // "according to letters from Ruth Amsel", "… an email from her aide": a document from its author.
    const fromAuthor = k > 0 && window.at(k)?.normal === "from" && DOCUMENTS.has(documentWord?.normal ?? "");
    if (k > 0 && (window.at(k)?.normal === "by" || fromAuthor)) {
      const author = nounPhraseFrom(window, k + 1);
      // "filed by the widow of Dave Ortman", "by lawyers for X": the person named is not the author.
      const indirect = author.some((t) => /^(of|for|at|with|from)$/u.test(t.normal));
      // "documents from the Tom Reyes trial": the name only says which trial.
      const named = /^\p{Lu}/u.test(author.at(-1)?.text ?? "");
      if (!indirect && named) return trimNounPhrase(author);
    }
    return trimNounPhrase(words);
  }
  return [];
}


/**
 * The capitalised words of a name starting at `from` up to the break that closes it (at most five), when one of them
 * is known as a person's: "Tom Reyes" in "the harbour master, Tom Reyes, said". [] otherwise.
 * The name must be set off: closed by its break, or ending the words after a quote. Before a quote
 * (`quoteFollows`) the quote must come right after the name's comma: in "According to the filing, Tom Reyes “misled
 * …”" and "According to the complaint, Ada Quill, the plaintiff, “lost …”" the name is the subject of the clause
 * the source reports, and the source is the filing.
 */
function nameAfterComma(window: TokenWindow, from: number, quoteFollows: boolean): Token[] {
  const name: Token[] = [];
  let closed = false;
  for (let k = from; k < window.length && name.length < 5; k++) {
    const token = window.at(k);
    if (!token || !/^\p{Lu}/u.test(token.text) || !isNounPhraseWord(token)) return [];
    name.push(token);
    if (hasBreak(token)) {
      closed = true;
      break;
    }
  }
  const last = name[name.length - 1];
  if (!last) return [];
  const end = window.indexOf(last) === window.length - 1;
  const setOff = quoteFollows ? closed && end : closed || end;
  return setOff && name.some((t) => t.tags.has("Person")) ? name : [];
}

/** Up to 8 words of a noun phrase starting at `from`, ending at the first break. */
function nounPhraseFrom(window: TokenWindow, from: number): Token[] {
  const words: Token[] = [];
  for (let k = from; k < window.length && words.length < 8; k++) {
    const token = window.at(k);
    if (!token) break;
    // "according to conservative radio host Rush Limbaugh": a modifier before a word of the phrase.
    const next = window.at(k + 1);
    const modifies = next !== undefined && !hasBreak(token) && isModifier(token, window.at(k - 1), next) && isNounPhraseWord(next);
    if (!isNounPhraseWord(token) && !modifies) break;
    words.push(token);
    if (hasBreak(token)) break;
  }
  return words;
}

/**
 * "As Nina Falk puts it, …", "As Dorsey pointed out, …", "Falk was quoted as saying …": a phrase of saying
 * whose verb alone is not one (the tagger reads "saying" after "as" as a noun).
 */
function isSpeechPhrase(window: TokenWindow, v: number): boolean {
  const verb = window.at(v);
  const next = window.at(v + 1);
  if (!verb || !next || !verb.tags.has("Verb")) return false;
  if (matchAt(window, v, QUOTED_AS) >= 0) return true;
  // "Reyes has made clear that …", "Quill made it clear she …".
  const clear = matchAt(window, v, MADE_CLEAR);
  if (clear >= 0 && opensReportedClause(window.at(clear))) return true;
  return matchAt(window, v, PUT_IT) >= 0 || phrasalSpeechVerb(verb, next) !== null;
}

/**
 * "Weld describes the party as “…”": after a name and before an article, the tagger may read a verb of
 * saying in -s as a plural noun ("describes", "notes").
 */
function speechVerbReadAsNoun(window: TokenWindow, v: number): boolean {
  const word = window.at(v);
  const before = window.at(v - 1);
  const after = window.at(v + 1);
  if (!word || speechVerbBase(word.text) === null || !(pluralReadAsVerb(word, after) || (after?.normal === "that" && isPluralForm(word)))) return false;
  if (before === undefined || !/^\p{Lu}/u.test(before.text)) return false;
  // "His manager, Tom Reyes, calls the plan …": a name closing a description set off by commas.
  if (hasBreak(before)) return before.tags.has("Person") && /^,\s*$/u.test(before.post);
  return before.tags.has("ProperNoun") || before.tags.has("Person");
}

/** A lower-case word in -s the tagger calls a plural noun. */
function isPluralForm(word: Token): boolean {
  return word.tags.has("Plural") && /^\p{Ll}+s$/u.test(word.text);
}

/**
 * "Penn approaches it", "Weld describes the party": a word in -s the tagger calls a plural noun is a verb
 * when an object (an article or a pronoun) follows it.
 */
export function pluralReadAsVerb(word: Token, next: Token | undefined): boolean {
  return isPluralForm(word) && next !== undefined && (next.tags.has("Determiner") || next.tags.has("Pronoun"));
}

/**
 * "Falk went on to say, “…", "Dorsey interjected to say:": the subject of an infinitive of saying is that
 * of the verb it depends on. Returns the index of that verb, or `v` itself.
 */
function infinitiveHead(window: TokenWindow, v: number): number {
  if (v < 2 || window.normal(v - 1) !== "to" || !INFINITIVE_OF_SAYING.has(speechVerbBase(window.text(v)) ?? "")) return v;
  let k = v - 2;
  if (window.has(k, "Particle") || /^(on|up)$/u.test(window.normal(k))) k--;
  const head = window.at(k);
  // "Putin is expected to call", "she plans to say": an intention or an expectation is not a speech act.
  if (!head || !head.tags.has("Verb") || hasBreak(head) || NOT_SPEAKING_YET.has(head.normal)) return v;
  if (k > 0 && window.has(k - 1, "Copula")) return v;
  return k;
}


/**
 * "The slip prompted Moreno to crack a joke and call Crane “…”": a verb of saying that is the
 * infinitive (or coordinated with the infinitive) after "<causative> <name> to". Returns the name, or [].
 */
function causedToSpeak(window: TokenWindow, v: number): Token[] {
  for (let k = v - 1; k >= 1 && k >= v - 12; k--) {
    if (hasBreak(window.at(k)) && k < v - 1) return [];
    if (window.normal(k) !== "to") continue;
    const name: Token[] = [];
    let j = k - 1;
    for (let token = window.at(j); token && name.length < 4 && /^\p{Lu}/u.test(token.text) && !hasBreak(token); token = window.at(--j)) {
      name.unshift(token);
    }
    if (name.length === 0 || !name.some((t) => t.tags.has("Person") || t.tags.has("ProperNoun"))) return [];
    return j >= 0 && CAUSATIVE.has(window.normal(j)) ? name : [];
  }
  return [];
}


/**
 * The attribution after a quote: "…,” he said", "…,” said Smith", "…,” according to X". A quote that ends
 * in a comma, "!" or "?" hands over to its attribution, so there any verb counts ("…!” beamed Gavin",
 * "…,” Murphy Tweeted"); after a full stop only a speech verb does. A quote that `runsOn` (no sentence end
 * inside its closing mark) may be followed by more of the writer's clause before an inverted ", said X".
 */
export function attributionAfter(tokens: readonly Token[] | TokenWindow, handsOver = false, runsOn = false): Attribution | null {
  const window = TokenWindow.of(tokens);
  const found = readAttributionAfter(window, handsOver, runsOn);
  if (!found?.verb || handsOver || runsOn) return found;
  // After a quote that closed its own sentence, the words that follow may be a new sentence about someone
  // else: "Iowa Gov. Dana Pruitt said she would have fired him" reports a clause, and "Mr. Varga said:"
  // introduces the next quote. Neither attributes the quote before.
  const next = window.at(window.indexOf(found.verb) + 1);
  if (opensReportedClause(next)) return null;
  if (/:\s*$/u.test(window.last?.post ?? "")) return null;
  return found;
}


/** "said that …", "said he would …": the word after a verb of saying opens the clause it reports. */
export function opensReportedClause(next: Token | undefined): boolean {
  return next !== undefined && (next.normal === "that" || SUBJECT_PRONOUNS.has(next.normal));
}
/**
 * Whether the writer's words between a quote and its ", X said" name someone else as its source: "“…” was how
 * Ada Quill put it, Tom Reyes said", "“…” was the message from Ada Quill, …". A person merely mentioned
 * ("in comparison to Quill") is no source.
 */
function namesAnotherSource(words: Token[]): boolean {
  const phrase = TokenWindow.of(words);
  return words.some((t) => t.tags.has("Person") && ((phrase.next(t)?.tags.has("Verb") ?? false)
    || /^(from|by|of)$/u.test(phrase.previous(t)?.normal ?? "")));
}

/**
 * Whether the verb at `v` ends its clause: nothing after it but a time or place ("said Friday in Lyon")
 * up to a comma or the sentence end. "said the fee would rise" has a clause of its own.
 */
function closesClause(window: TokenWindow, v: number): boolean {
  if (hasBreak(window.at(v))) return /^[.!?,]/u.test(window.post(v));
  const next = window.at(v + 1);
  if (opensReportedClause(next)) return false;
  for (let k = v + 1; k < window.length && k <= v + 6; k++) {
    const token = window.at(k);
    if (!token) break;
    // "wrote in a court filing", "said at a briefing": an -ing form after a determiner is a noun.
    const noun = token.tags.has("Gerund") && DETERMINERS.has(window.normal(k - 1));
    if ((token.tags.has("Verb") && !noun) || /[“"‘«]/u.test(token.pre)) return false;
    if (hasBreak(token)) return /^[.!?,]/u.test(token.post);
  }
  return false;
}

/**
 * "Ivo Marsh, the party's spokesman, said in a statement." before a quote: a sentence that is nothing but a
 * speaker, a verb of saying and where or when, with no words of its own reported, introduces the quote that
 * follows it. Returns its attribution, or null for any other sentence.
 */
export function bareReport(words: readonly Token[] | TokenWindow): Attribution | null {
  const sentence = TokenWindow.of(words);
  const v = sentence.findIndex((t) => isSpeechVerb(t));
  const verb = sentence.at(v);
  if (!verb || v < 1 || /ing$/u.test(verb.normal) || sentence.normal(v - 1) === "to") return null;
  if (!closesClause(sentence, v) || !/[.!?]/u.test(sentence.last?.post ?? "")) return null;
  // Only a time, a place or a medium after the verb: "said in a statement.", "told reporters on Friday."
  if (sentence.slice(v + 1).some((t) => hasBreak(t) && /,/u.test(t.post))) return null;
  const { speaker, appositive } = subjectBefore(sentence, v);
  const first = appositive[0] && sentence.indexOf(appositive[0]) < sentence.indexOf(speaker[0]) ? appositive[0] : speaker[0];
  if (speaker.length === 0 || sentence.indexOf(first) !== 0) return null;
  // "Tom Reyes and Ada Quill said in a joint statement.": two speakers, and a quote is one person's here.
  if (sentence.slice(0, v).some((t) => t.normal === "and")) return null;
  return { verb, speaker, appositive, according: [], rule: "sentence-before" };
}


function readAttributionAfter(window: TokenWindow, handsOver: boolean, runsOn: boolean): Attribution | null {
  const according = accordingTo(window, false);
  // "“…,” as Ada Quill put it.": "put it" is a phrase of saying (the tagger reads the bare "put" as present tense),
  // after its subject only: a "put it" opening the words after a mark ("… author of “Title,” put it, “…”") belongs
  // to a subject before the mark. Only in "as X put it": in "“…,” and X put it on the agenda" X did something with
  // the words, and the "it" referring back to the quote would otherwise make X its speaker.
  const isCue = (t: Token, next: Token | undefined) => isSpeechVerb(t, next) || (handsOver && (t.tags.has("PastTense")
    || (/ed$/u.test(t.normal) && speechVerbBase(t.normal) !== null)))
    || (handsOver && t.tags.has("Verb") && window.indexOf(t) > 0 && window.normal(0) === "as" && matchAt(window, window.indexOf(t), PUT_IT) >= 0);
  // "…,” Penn, who has proposed raising the levy, said": the verbs of a relative clause are not the cue.
  let relative = false;
  for (let v = 0; v < window.length; v++) {
    const word = window.at(v);
    if (!word) break;
    if (v > 0 && RELATIVE.has(word.normal) && /,\s*$/u.test(window.post(v - 1))) relative = true;
    if (relative) {
      if (/,\s*$/u.test(window.post(v))) relative = false;
      continue;
    }
    if (!isCue(word, window.at(v + 1))) continue;
    // "… Ruiz said nothing for an hour": a verb with an object of its own reports that, not the quote
    // ("…,” Ruiz said, no doubt tired" has a comma between: the quote is hers).
    const object = window.at(v + 1);
    if (!hasBreak(word) && object && OWN_OBJECT.has(object.normal) && /^\p{Ll}/u.test(object.text)) return null;
    if (v === 0 || (v === 1 && window.has(0, "Adverb"))) {
      // "Tate's “…” pledge: Most of them …": a bare verb form with a break right after it is a noun, and one
      // before a title modifies it ("state Sen. Holm"), not an inverted verb ("…,” argue two pilots, …" inverts).
      if (word.normal === speechVerbBase(word.text)
        && (hasBreak(word) || isTitleWord(window.text(v + 1)))) continue;
      let speaker = subjectAfter(window, v);
      if (speaker.length === 0 && !isSpeechVerb(word)) return null;
      // "X, citing “…,” said the candidate could win": the words after the verb are the subject of the clause
      // it reports, not an inverted speaker; the speaker is the sentence's subject, before the quote.
      const last = speaker[speaker.length - 1];
      const then = last ? window.at(window.indexOf(last) + 1) : undefined;
      const finite = then !== undefined && (then.tags.has("Modal") || then.tags.has("Auxiliary") || then.tags.has("Copula")
        || (then.tags.has("PresentTense") && !then.tags.has("Gerund") && !then.tags.has("Infinitive")));
      if (last && !hasBreak(last) && finite && !isSpeechVerb(then)) speaker = [];
      return { verb: word, speaker, appositive: appositiveAfter(window, speaker), according, rule: "after-inverted" };
    }
    const { speaker, appositive } = subjectBefore(window, v);
    // The words before the verb must be the subject and nothing else ("…,” he said"), or we read too far.
    const firstWord = appositive[0] ?? speaker[0];
    // With any verb as the cue, the subject must name someone: "the number … increased" is no attribution.
    const names = isSpeechVerb(word) || speaker.some((t) => /^\p{Lu}/u.test(t.text) || isPronoun(t) || isTitleWord(t.text));
    const opens = Math.min(window.indexOf(speaker[0]), appositive[0] ? window.indexOf(appositive[0]) : Infinity);
    // "…,” Homes for $900 field director Ruth Lind told …": an organisation's name the phrase could not
    // take in (a number inside) may stand before the subject.
    const named = opens > 1 && opens <= 5 && /^\p{Lu}/u.test(window.text(0)) && window.slice(0, opens).every((t) => !hasBreak(t)
      && (/^\p{Lu}/u.test(t.text) || CONNECTORS.has(t.normal) || t.tags.has("Value")));
    if (speaker.length > 0 && firstWord && (opens <= 1 || (named && isSpeechVerb(word))) && names) {
      // "“a betrayal,” while Tom Reyes said …": a conjunction before the subject opens a clause of its own ("…,”
      // though, Tom Reyes did say" is an adverb set off by commas, not one), unless its verb refers back to the
      // quote ("“…,” and Ada Quill said it again on Friday").
      if (opens === 1 && OTHER_CLAUSE_OPENERS.has(window.normal(0)) && !/,/u.test(window.post(0))
        && !refersBackToQuote(window, v)) return null;
      return { verb: word, speaker, appositive, according, rule: "after-subject-verb" };
    }
    // "“…” if she loses, said David Moran, an analyst.": the quote runs on into the writer's words, and the
    // speaker comes after the verb at the end of the clause.
    if (runsOn && isSpeechVerb(word) && !/ing$/u.test(word.normal) && /,\s*$/u.test(window.post(v - 1))) {
      const inverted = subjectAfter(window, v);
      const appositive = appositiveAfter(window, inverted);
      // "…, said Nargis Kassenova, an expert at …": a name the tagger does not know, described as a person is.
      const described = inverted.length > 0 && appositive.length > 0 && inverted.every((t) => /^\p{Lu}/u.test(t.text) && t.tags.has("ProperNoun"));
      // "…” for the port, said Quill.": a lone name closing the sentence, one the tagger does not know as a person.
      const lone = inverted.length === 1 && inverted[0] !== undefined && NAME_SHAPED.test(inverted[0].text)
        && inverted[0].tags.has("ProperNoun") && !inverted[0].tags.has("Place") && /^[.!?]/u.test(inverted[0].post);
      if (inverted.some((t) => t.tags.has("Person") || isTitleWord(t.text)) || described || lone) {
        return { verb: word, speaker: inverted, appositive, according, rule: "after-runon-inverted" };
      }
    }
    // "“…” until the roof went, Ruiz said.": the quote runs on into a few words of the writer's, and the
    // clause ends in a subject and its verb after a comma, closing the sentence.
    if (runsOn && isSpeechVerb(word) && speaker.length > 0 && names && opens > 1 && opens <= RUN_ON_WORDS
      && /,\s*$/u.test(window.post(opens - 1)) && closesClause(window, v) && !namesAnotherSource(window.slice(0, opens))) {
      return { verb: word, speaker, appositive, according, rule: "after-runon-subject-verb" };
    }
    // "Penn, who has proposed …, said": a verb inside the appositive is not the cue; a speech verb that
    // has no subject right there ends the search. After a quote that runs on into the writer's clause, that
    // clause may hold a verb of saying of its own before the ", X said" ("“…” that would answer requests from
    // the board, Quill wrote"), so the search goes on; but not past one with a subject of its own: in "“…” is what
    // the chairman told the pilots in March, Ada Quill said." the words are the chairman's.
    if (isSpeechVerb(word) && (!runsOn || speaker.length > 0)) return null;
  }
  if (according.length > 0 && matchAny(window, 0, ACCORDING_AFTER) >= 0) {
    return { verb: null, speaker: [], appositive: [], according, rule: "after-according-to" };
  }
  return null;
}

/** Objects of a verb of saying that stand for the quote before it: "said it again", "said so", "said as much". */
const QUOTE_STAND_INS: readonly (readonly string[])[] = [["it"], ["so"], ["this"], ["as", "much"], ["the", "same"],
  ["those", "words"], ["these", "words"]];

/**
 * Whether the verb of saying at `v` refers back to the quote before it instead of reporting words of its own: it
 * ends its sentence ("“…,” and Ada Quill agreed."), or its object is a word standing for the quote with no verb
 * or noun of a clause of its own after it ("said it again on Friday", "said so"; not "said it was fair", "said this
 * plan was fair").
 */
function refersBackToQuote(window: TokenWindow, v: number): boolean {
  const verb = window.at(v);
  if (hasBreak(verb)) return /^[.!?]/u.test(window.post(v).replace(/[”"’'»]/gu, ""));
  const standIn = QUOTE_STAND_INS.find((words) => words.every((w, k) => window.normal(v + 1 + k) === w));
  if (!standIn) return false;
  const last = window.at(v + standIn.length);
  if (hasBreak(last)) return true;
  const after = window.at(v + 1 + standIn.length);
  if (!after) return true;
  const ownClause = ["Verb", "Auxiliary", "Modal", "Copula"].some((tag) => after.tags.has(tag))
    || (after.tags.has("Noun") && !after.tags.has("Date") && !after.tags.has("Pronoun"));
  return !ownClause;
}


/**
 * Whether the verb at `v` opens its sentence, or follows only an opening phrase set off by a comma with no verb in it
 * ("In other words, explained …"): a verb inside a clause after a subject ("She stood up, then asked …") does not.
 */
function opensItsSentence(window: TokenWindow, v: number): boolean {
  const verb = window.at(v);
  if (!verb) return false;
  if (v === 0 || window.at(v - 1)?.sentence !== verb.sentence) return true;
  if (!/,\s*$/u.test(window.post(v - 1))) return false;
  for (let k = v - 1; k >= 0; k--) {
    const token = window.at(k);
    if (!token || token.sentence !== verb.sentence) break;
    if (token.tags.has("Verb")) return false;
  }
  return true;
}

/**
 * The attribution before a quote: "He said: “…", "Lavrov said …, saying “…", "According to X, “…".
 * `direct` quotes must follow their verb closely; a partial quote may stand anywhere in the verb's sentence.
 */
/**
 * The index of an "according to" opening a clause joined with "and", "but" or "yet" ("…, and according to him,
 * …"), or -1.
 */
function joinedAccording(window: TokenWindow): number {
  for (let i = 1; i + 1 < window.length; i++) {
    if (matchAny(window, i, ACCORDING) < 0) continue;
    return /^(and|but|yet)$/u.test(window.normal(i - 1)) ? i : -1;
  }
  return -1;
}

export function attributionBefore(tokens: readonly Token[] | TokenWindow, direct: boolean): Attribution | null {
  const window = TokenWindow.of(tokens);
  const according = accordingTo(window, true);
  let participle: Token | null = null;
  const last = window.last;
  // "X, whose start-up …, said Mr. Penn was a candidate for the age of the app: “…”": a colon at the
  // end hands the quote to the clause's speech verb however far back it stands.
  const colon = last !== undefined && /:\s*$/u.test(last.post);
  // "… including the former governor Ada Quill -- “…” --": a person's name set off by a dash right before the
  // quote is its speaker, nearer than any verb of saying earlier in the sentence.
  if (direct && last && last.tags.has("Person") && /(?:--|[\u2014\u2013])\s*$/u.test(last.post.replace(/[“"‘'«]/gu, ""))) {
    return { verb: null, speaker: personNameEndingAt(window, window.length - 1), appositive: [], according, rule: "before-dash-name" };
  }
  const enclosed = closedRelativeClauses(window);
  let judgedByNoOne = false;
  // "She called Tom Reyes, and according to him, the port was “…”": an "according to" that opens a clause joined
  // after the verb is the quote's source; the verbs before it tell what went on before.
  const accordingAt = according.length > 0 ? joinedAccording(window) : -1;
  for (let v = window.length - 1; v >= 0; v--) {
    if (v < accordingAt) break;
    const verb = window.at(v);
    if (!verb) continue;
    // "Quill dismissed the plan as a “…”": for a phrase, a verb of judging in its own clause is the cue too.
    // With "according to X" the words reach the reader through X (before-according-to).
    const judging = !direct && according.length === 0 && judgesPhrase(window, v);
    if (!judging && !isSpeechVerb(verb) && !isSpeechPhrase(window, v) && !speechVerbReadAsNoun(window, v)) continue;
    // "Reyes was asked whether the levy, which the Tax Office estimates at …, would “…”": a verb inside a
    // relative clause that closes before the quote reports what that clause is about, not the quote.
    if (enclosed.has(v)) continue;
    // "his proposed expansion", "the stated goal": after a determiner the form modifies a noun.
    if (v > 0 && DETERMINERS.has(window.normal(v - 1)) && !verb.tags.has("Verb")) continue;
    // "called the use of executive orders “…”", "the public comments": an -s form right after an adjective is a
    // plural noun, not a verb of saying.
    if (pluralAfterAdjective(window, v)) continue;
    const gap = window.length - 1 - v;
    if (direct && gap > 8 && !participle && !colon) continue;
    // "He adopted a fake accent and joked, “…": a verb after "and" shares the sentence's subject.
    const coordinated = v > 0 && /^(and|but)$/u.test(window.normal(v - 1));
    // "…, arguing that …": a participle after a comma has the sentence's subject, not the words before it.
    const participial = /ing$/u.test(verb.normal) && v > 0 && /,\s*$/u.test(window.post(v - 1));
    // "The slip prompted Moreno to crack a joke and call Crane “…”": the one prompted to speak is the speaker.
    const prompted = causedToSpeak(window, v);
    if (prompted.length > 0) return { verb, speaker: prompted, appositive: [], according, rule: "before-caused-to-speak" };
    const { speaker, appositive } = coordinated || participial ? { speaker: [], appositive: [] } : subjectBefore(window, infinitiveHead(window, v));
    // "The problem, says Ada Quill, is that the ferry “…”": an inverted verb of saying set off by commas inside
    // the sentence, its speaker right after it, closing the parenthesis.
    const parenthetical = speaker.length === 0 && !coordinated && !participial ? parentheticalSpeaker(window, v) : [];
    if (parenthetical.length > 0) return { verb, speaker: parenthetical, appositive: [], according, rule: "before-parenthetical-inverted" };
    // "Said Ada Quill: “…”", "In other words, explained harbour master Ada Quill: “…”": an inverted verb of saying
    // whose speaker runs to the colon that hands over the quote.
    // Only a verb opening its sentence, or following a short opening phrase with no verb ("In other words,"), and
    // never one that takes a person as its object: in "She stood up, then asked Tom Reyes: “…”" and "He paused,
    // then told the Courier: “…”" the words after the verb are who was addressed, not who spoke.
    if (speaker.length === 0 && direct && colon && !coordinated && !participial && opensItsSentence(window, v)
      && baseFormIn(verb.text, ADDRESSES_SOMEONE) === null) {
      const inverted = subjectAfter(window, v);
      if (inverted.length > 0 && inverted[inverted.length - 1] === last) {
        return { verb, speaker: inverted, appositive: [], according, rule: "before-colon-inverted" };
      }
      // "Said Ada Quill, the union's president: “…”": a description set off by a comma may run to the colon.
      const described = descriptionToColon(window, inverted);
      if (described.length > 0) return { verb, speaker: inverted, appositive: described, according, rule: "before-colon-inverted" };
    }
    // "“…?” she asked, but Tom Reyes was dozing, and as the mayor went on about “…”": a clause joined after
    // the verb with a subject of its own stands between it and the phrase.
    // "…, and he accused X of running a campaign “…”": that clause's own pronoun and action are the cue.
    // Only after a verb that closes its own clause: in "said the ferry was late, and she was “fed up”" the
    // joined clause is still what she said.
    const joined = direct || !closesClause(window, v) ? null : joinedClauseAfter(window, v);
    if (joined) {
      const { verb: action } = joined;
      const alone = window.slice(joined.at + 1).every((t) => !t.tags.has("Verb"));
      const acts = alone && !action.tags.has("Copula") && !action.tags.has("Auxiliary");
      if (acts && joined.subject.length === 1 && isPronoun(joined.subject[0])) {
        return { verb: action, speaker: joined.subject, appositive: [], according, rule: "before-joined-pronoun" };
      }
      // "Tom Reyes testified, and Ada Quill pressed the board on “…”": a clause joined with a person of its own as
      // its subject; the phrase is in that person's clause, not the testimony's. A phrase someone else owns
      // ("… during his “long speech”") is left alone, as for a verb of judging. The joined verb must be one of
      // speaking to or judging someone ("pressed", "grilled", "mocked"): one who "nodded at the “grim” forecast" or
      // "listened to the “ten-point plan”" took the words in, and the phrase stays with the first clause.
      const owner = window.last;
      const owned = owner !== undefined && (isPossessive(owner) || POSSESSIVE_DETERMINERS.has(owner.normal));
      const verbal = isSpeechVerb(action) || baseFormIn(action.text, ADDRESSES_SOMEONE) !== null || baseFormIn(action.text, JUDGES) !== null;
      if (acts && verbal && !owned && joined.subject.length > 0 && !isPronoun(joined.subject[0])) {
        return { verb: action, speaker: joined.subject, appositive: [], according, rule: "before-joined-name" };
      }
      continue;
    }
    // "…, writing “…”" after "a class called “Harbors”": a participle's subject is a person or a title, not
    // the noun an earlier "called" names.
    const namesSomeone = speaker.some((t) => /^\p{Lu}/u.test(t.text) || isPronoun(t) || isTitleWord(t.text));
    if (speaker.length > 0 && participle && !namesSomeone && /^(called|named|dubbed|titled)$/u.test(verb.normal)) continue;
    // "when Tom Reyes in a letter accused": a judge must be a person ("a letter" is what he judged in).
    if (judging && !participle && !namesSomeone) {
      // "The board, saying the vote was final, called the delay “…”": the verb nearer the phrase is its cue, so a
      // participle further back belongs to its own aside and no longer stands for the phrase.
      judgedByNoOne = true;
      continue;
    }
    if (speaker.length > 0) {
      const rule = participle ? "before-participle-subject" : judging && !isSpeechVerb(verb) ? "before-judging-verb" : "before-subject-verb";
      return { verb: participle ?? verb, speaker, appositive, according, rule };
    }
    // "…, saying “…": the participle has no subject of its own; the sentence's main verb has it.
    if ((coordinated || participial || /ing$/u.test(verb.normal)) && !participle && !judgedByNoOne) participle = verb;
  }
  // "Former harbour master Ada Quill: “…", "Rep. Dana Whitcomb (R-Ohio): “…": a transcript's speaker, a
  // noun phrase naming a person and nothing else before the colon.
  if (direct && colon) {
    const speaker = presentedSpeaker(window);
    if (speaker.length > 0) return { verb: null, speaker, appositive: [], according, rule: "before-colon-presented" };
  }
  if (direct && colon) {
    const speaker = wholeNounPhrase(window);
    if (speaker.length > 0) return { verb: null, speaker, appositive: [], according, rule: "before-colon-noun-phrase" };
  }
  // "Ada Quill and Lev Soren: “…": a bare name and a colon.
  if (direct && last && /:\s*$/u.test(last.post) && window.every((t) => /^\p{Lu}/u.test(t.text) || t.normal === "and")
    && window.length <= 6) {
    return { verb: null, speaker: window.slice(), appositive: [], according, rule: "before-colon-names" };
  }
  // "Marsh added:", "He then listed the reasons …:": a clause ending in a colon right before the quote
  // introduces it, whatever its verb; its speaker is the subject of its first verb.
  if (direct && last && /:\s*$/u.test(last.post)) {
    for (let v = 0; v < window.length; v++) {
      const word = window.at(v);
      if (!word || !word.tags.has("Verb") || word.tags.has("Auxiliary")) continue;
      const { speaker, appositive } = subjectBefore(window, v);
      if (speaker.length > 0) return { verb: word, speaker, appositive, according, rule: "before-colon-clause" };
      break;
    }
  }
  if (according.length > 0) return { verb: null, speaker: [], appositive: [], according, rule: "before-according-to" };
  if (participle) return { verb: participle, speaker: [], appositive: [], according, rule: "before-participle" };
  return null;
}

/**
 * "public comments", "the use of executive orders": a lower-case -s form of a verb of saying right after a plain
 * adjective, or after a bare noun that follows a preposition, is a plural noun.
 */
function pluralAfterAdjective(window: TokenWindow, v: number): boolean {
  const before = window.at(v - 1);
  if (before === undefined || !/^\p{Ll}+s$/u.test(window.text(v)) || hasBreak(before) || !/^\p{Ll}/u.test(before.text)) return false;
  if (before.tags.has("Adverb") || before.tags.has("Verb") || before.tags.has("Pronoun")) return false;
  // "of executive orders": a bare singular noun right after a preposition is a modifier, never a subject.
  const modifierNoun = before.tags.has("Singular") && window.has(v - 2, "Preposition");
  return (before.tags.has("Adjective") && !before.tags.has("Noun")) || modifierNoun;
}

/**
 * "Quill dismissed the plan as a “…”", "Reyes accuses the board of “…”": a verb of judging (vocabulary.ts,
 * JUDGES) whose clause runs on to the phrase with no finite verb of its own between, so the phrase is what the
 * judge called the thing judged. Only for a phrase woven into the sentence: a whole quote needs a verb of saying.
 */
function judgesPhrase(window: TokenWindow, v: number): boolean {
  const verb = window.at(v);
  if (!verb || !verb.tags.has("Verb") || !/^\p{Ll}/u.test(verb.text) || baseFormIn(verb.text, JUDGES) === null) return false;
  // "released a statement condemning “…”": an -ing form is left to the fallbacks, unless it is progressive ("is
  // labeling").
  if (/ing$/u.test(verb.normal) && !window.has(v - 1, "Copula")) return false;
  // "mocked her “…” scheme", "praised the board's “…”": a phrase someone else owns names their words or thing.
  const owner = window.last;
  if (owner && (isPossessive(owner) || POSSESSIVE_DETERMINERS.has(owner.normal))) return false;
  return window.slice(v + 1).every((t) => !hasBreak(t) || /,\s*$/u.test(t.post))
    && window.slice(v + 1).every((t) => !t.tags.has("Verb") || isPossessive(t) || t.tags.has("Gerund") || t.tags.has("Participle")
      || (t.tags.has("Noun") && !t.tags.has("PresentTense")) || t.tags.has("Adjective"));
}

/**
 * ", says Ada Quill," inside a sentence: a finite verb of saying after a comma (not a participle), then a noun
 * phrase naming a person or a title, ending in a comma. Returns the phrase, or [].
 */
function parentheticalSpeaker(window: TokenWindow, v: number): Token[] {
  const verb = window.at(v);
  if (!verb || v === 0 || !/,\s*$/u.test(window.post(v - 1)) || hasBreak(verb) || /ing$/u.test(verb.normal)) return [];
  if (!verb.tags.has("PresentTense") && !verb.tags.has("PastTense")) return [];
  const speaker = subjectAfter(window, v);
  const last = speaker[speaker.length - 1];
  if (!last || !/^,\s*$/u.test(last.post) || window.indexOf(last) >= window.length - 1) return [];
  return speaker.some((t) => t.tags.has("Person") || isTitleWord(t.text)) ? speaker : [];
}

/**
 * "Here’s Ada Quill in May 2001: “…”", "And here is Reyes at the rally:": the writer presents a person's words.
 * The name comes right after "here is", and what follows it up to the colon is a time or place (no verb, at
 * most eight words). Returns the name's words, or [].
 */
function presentedSpeaker(window: TokenWindow): Token[] {
  const start = matchAny(window, 0, PRESENTING);
  if (start < 0) return [];
  let k = start;
  while (k < window.length && /^\p{Lu}/u.test(window.text(k)) && (window.has(k, "Person") || isTitleWord(window.text(k)))) {
    if (hasBreak(window.at(k++))) break;
  }
  const name = window.slice(start, k);
  const rest = window.slice(k);
  if (!name.some((t) => t.tags.has("Person")) || rest.length > 8 || rest.some((t) => t.tags.has("Verb") || t.tags.has("Gerund"))) return [];
  // "Here’s Tom Reyes’s lawyer:": a possessor presents someone else.
  if (window.slice(start).some((t) => isPossessive(t))) return [];
  return name;
}

/**
 * ", but|and|yet <name or pronoun> <finite verb>" after the word at `v` in the window: that clause's verb, its
 * position and its subject's words, or null.
 */
function joinedClauseAfter(window: TokenWindow, v: number): { verb: Token; at: number; subject: Token[] } | null {
  for (let k = v + 1; k + 2 < window.length; k++) {
    // "X said, per a translator, that …, and he had …": a clause the verb reports goes on after "and".
    if (window.normal(k) === "that" || (k === v + 1 && opensReportedClause(window.at(k)))) return null;
    const joined = matchAny(window, k, JOINING);
    if (joined < 0 || !/,\s*$/u.test(window.post(k - 1))) continue;
    let j = joined;
    if (isPronoun(window.at(j))) j++;
    // A name: words the tagger knows as a person's, or a proper noun ("Quill" alone, named in full before).
    else while (j < window.length && j < joined + 4 && /^\p{Lu}/u.test(window.text(j))
      && (window.has(j, "Person") || (window.has(j, "ProperNoun") && !window.has(j, "Place") && !window.has(j, "Organization")))
      && !hasBreak(window.at(j))) j++;
    const verb = window.at(j);
    const finite = verb && ["PastTense", "PresentTense", "Copula", "Auxiliary"].some((tag) => verb.tags.has(tag));
    if (j > joined && verb && finite && !verb.tags.has("Infinitive")) {
      return { verb, at: j, subject: window.slice(joined, j) };
    }
  }
  return null;
}

/** Indices of the words inside ", which/who … ," clauses that close before the window ends. */
function closedRelativeClauses(window: TokenWindow): Set<number> {
  const inside = new Set<number>();
  for (let k = 1; k < window.length; k++) {
    if (!RELATIVE.has(window.normal(k)) || !/,\s*$/u.test(window.post(k - 1))) continue;
    let j = k;
    while (j < window.length - 1 && !/,/u.test(window.post(j))) j++;
    if (j >= window.length - 1) break;
    for (let i = k; i <= j; i++) inside.add(i);
    k = j;
  }
  return inside;
}

/** The window as one noun phrase naming a person (at most 10 words, a bracket after the name allowed), or []. */
function wholeNounPhrase(window: TokenWindow): Token[] {
  if (window.length === 0 || window.length > 10) return [];
  const end = skipParenthetical(window, window.length - 1);
  if (end < 0 || (end < window.length - 1 && !/:\s*$/u.test(window.last?.post ?? ""))) return [];
  for (let k = end; k >= 0; k--) {
    const token = window.at(k);
    if (!token) break;
    if (k < end && hasBreak(token)) return [];
    // "Victims of Tom Reyes:", "Ada Quill's critics:": the person is not the head of the phrase. The "of" of a
    // title ("Former secretary of state Ada Quill:") is inside the head.
    const ofTitle = token.normal === "of" && k > 0 && isTitleWithOf(window.text(k - 1), window.at(k + 1)?.normal);
    if ((/^(of|for|at|with|from|to|by|about|against)$/u.test(token.normal) && !ofTitle) || (k < end && isPossessive(token))) return [];
    const after = window.at(k + 1);
    if (!isNounPhraseWord(token) && !(k < end && after && isModifier(token, window.at(k - 1), after))) return [];
  }
  const phrase = trimNounPhrase(window.slice(0, end + 1));
  return phrase.at(-1)?.tags.has("Person") ? phrase : [];
}
