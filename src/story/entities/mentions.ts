/**
 * Finding name mentions: runs of capitalised words in parsed sentences, typed with compromise's tags, the news
 * lexicon and the story's own evidence (a title before the name, a speech verb after it, a surname seen in full
 * elsewhere), and cleaned so that a mention is exactly the name: no "the", no title, no possessive "'s", no
 * punctuation.
 *
 * Work is linear in the number of tokens: each token is looked at a bounded number of times, and the
 * story-wide evidence (surnames, acronyms, sports report) is gathered in single passes over lists.
 */
import { lexiconTag } from "../../nlp/compromise.js";
import { isCommonWord } from "../../nlp/common-words.js";
import { isListedGivenName } from "../../nlp/given-names.js";
import type { ParsedStory, Sentence, Token } from "../../nlp/parse.js";
import type { EntityType } from "../../types.js";
import {
  facilityHeads, foreignOrganizationHeads, isTitleHead, isTitleWord, knownOrganizations, locativePrepositions, nameParticles, neverNames,
  nonEntityHeads, notNames, notOrganizationAcronyms, ofHeads, organizationAcronyms, organizationHeads,
  isTitleWithOf, kinWords, personVerbs, titleKey, placeAbbreviations, sportsWords, titleModifiers,
} from "./knowledge.js";
import { isSpeechVerb } from "../speech-verbs.js";
// The shared vocabulary's names for these lists, aliased to the names this module has always used.
import {
  CAPITALISED_WORD, HYPHEN_TITLE_PREFIXES as HYPHEN_PREFIXES, JURISDICTION_TITLES, TIME_OF_TITLE,
  isPossessive,
} from "../quotes/vocabulary.js";
import { pushAll } from "../../lib/arrays.js";
import { countBefore } from "../../lib/sorted.js";
import { citedAuthors, isPartyRole, type CitedSpan } from "./citations.js";

/** One place a name stands, before mentions are merged into entities. Offsets are UTF-16. */
export interface RawMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** Titles written with this mention ("President", "spokesman", "then-President"). */
  titles: string[];
  /** The mention as written with its attached title ("President Obama"), when it had one. */
  titledForm: string | null;
  paragraph: number | null;
  /** Number of words in the name, used to pick the fullest form. */
  words: number;
  /** compromise's gender evidence from a first name or title. */
  gender: "female" | "male" | null;
  /**
   * A fuller name the story implies without writing it: "Melinda" in "Melinda and Bill Gates" is
   * "Melinda Gates". Absent when the mention is the fullest form.
   */
  impliedName?: string;
}

const CAPITALISED = /^\p{Lu}/u;
/** "KCNA", "AT&T", "U.N.": two to six capitals, maybe dotted. */
const ACRONYM = /^(?:\p{Lu}[\p{Lu}&]{1,5}|(?:\p{Lu}\.){2,4})$/u;
/** "DKK", "MXN", "CUC": ISO 4217 currency codes, as the runtime knows them, are money, not bodies. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));
/**
 * "philippines", "laos": the English names of the world's countries and territories, as the runtime knows them
 * (Intl.DisplayNames over every two-letter region code). The tagger reads a few of them as nationalities in
 * the plural ("Philippines"), which would otherwise make no name of the country.
 */
const REGION_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const display = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const name = display.of(String.fromCharCode(a, b));
      if (name) names.add(name.toLowerCase());
    }
  }
  return names;
})();
/** "XIV", "XL", "III": a Roman numeral, which names no body (a king's number, a chapter, a size). */
const ROMAN_NUMERAL = /^(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
const OPENERS = /["“‘'«([]/u;
/** Words a title-cased headline leaves in lower case besides determiners, prepositions and conjunctions. */
const TITLE_CASE_SMALL_WORDS = new Set(["as", "vs", "vs.", "to", "is", "be", "are", "was", "not", "up", "off"]);
/** compromise does not always tag these as prepositions ("Museum of Flight" tags "of" a noun). */
const PREPOSITIONS = new Set(["of", "in", "for", "from", "to", "with", "by", "at", "on", "against", "about", "into"]);
/** Abbreviations written with a dot inside a name: "St. Louis", "Mt. Everest", "Ft. Worth". */
const DOTTED_NAME_PARTS = new Set(["St", "Ste", "Mt", "Ft", "Pt"]);
/** "Expedia.com", "Salon.com", "Booking.co.uk": a capitalised domain name, no scheme, no path. */
const WEBSITE = /^\p{Lu}[\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|co|io|info|news|tv|fm)(?:\.\p{Ll}{2})?$/u;
const OUTLET_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:news|press|times|post|radio|tv)$/u;
const PERSON_LEXICON = new Set(["LastName", "FirstName", "MaleName", "FemaleName", "Person"]);
const PLACE_LEXICON = new Set(["Country", "City", "Region", "Place"]);

const isCapitalised = (t: Token) => CAPITALISED.test(t.text);
function isAcronym(t: Token): boolean {
  const bare = t.text.replace(/['’]s$/u, "");
  return ACRONYM.test(bare) && !notOrganizationAcronyms.has(bare.replace(/\./g, "")) && !ROMAN_NUMERAL.test(bare)
    && !CURRENCY_CODES.has(bare);
}
/**
 * "Ivanka Trump, who …", "Oriane Price, 12, …", "Oriane Price, his daughter, …", "As Ivanka Trump delivered her
 * speech": what is said right after a name that only a person is.
 */
function describedAsPerson(tokens: Token[], last: Token): boolean {
  const [next, after] = [tokens[last.index + 1], tokens[last.index + 2]];
  if (!next || next.sentence !== last.sentence) return false;
  if (/^,\s*$/u.test(last.post)) {
    return /^(who|whose)$/u.test(next.normal) || (/^\d{1,3}$/u.test(next.text) && /^,/u.test(next.post))
      || (/^(his|her|their)$/u.test(next.normal) && after !== undefined && /,/u.test(after.post));
  }
  // A verb, then "her" or "his": "delivered her speech", "told his staff".
  return next.tags.has("Verb") && /^(his|her|himself|herself)$/u.test(after?.normal ?? "");
}

/**
 * Whether what follows the name makes a person of it: "'s" and a word of kin ("Siosaia Tupou's brother"), or an
 * apposition or a "be" whose noun phrase names an occupation or office ("Nurlan Bekov, the team's captain",
 * "Nomvula Mokonyane is the new transport minister", "was elected mayor"); "Kumasi, the capital" names none.
 */
function describedByRole(tokens: Token[], last: Token, ownOffice = false): boolean {
  const next = tokens[last.index + 1];
  if (!next || next.sentence !== last.sentence) return false;
  if (isPossessive(last)) return kinWords.has(next.normal);
  let i = last.index + 1;
  if (/^,\s*$/u.test(last.post)) {
    // ", the team's captain", ", his chief of staff".
    if (!next.tags.has("Determiner") && !/^(?:his|her|their|our)$/u.test(next.normal)) return false;
  } else if (/^\s+$/u.test(last.post) && next.tags.has("Copula")) {
    i++;
  } else {
    return false;
  }
  for (let n = 0; n < 5 && i < tokens.length; n++, i++) {
    const t = tokens[i]!;
    if (t.sentence !== last.sentence) return false;
    // With `ownOffice`, the office must be the name's own and the phrase's head: "the minister's home town" names
    // the minister's office and a "home" that is no office ("Home Secretary"), so "via Ostrava Kolar, the minister's
    // home town" is a place; "the minister's chief of staff", "the team's captain" give the name an office.
    if (isTitleWord(t.normal.replace(/['’]s$/u, ""))
      && !(ownOffice && (/['’]s$/u.test(t.text) || (!/[,.;:!?()]/u.test(t.post) && tokens[i + 1]?.normal !== "of" && tokens[i + 1]?.tags.has("Noun"))))) return true;
    // "is the new transport minister", "was elected mayor": articles, adjectives, nouns and participles lead to it.
    const leads = t.tags.has("Determiner") || t.tags.has("Adjective") || t.tags.has("Noun") || t.tags.has("Possessive")
      || t.tags.has("PastTense") || t.tags.has("Participle");
    if (!leads || /[,.;:!?()]/u.test(t.post)) return false;
  }
  return false;
}

/** A capitalised word in no dictionary and not known as a place or body: "Ivanka", "Kessock". */
const isUnknownName = (t: Token) => CAPITALISED_WORD.test(t.text) && /\p{Ll}/u.test(t.text) && !isCommonWord(t.text)
  && !t.tags.has("Place") && !t.tags.has("Organization");
const isFirstName = (t: Token) => t.tags.has("FirstName") || t.tags.has("MaleName") || t.tags.has("FemaleName");

/** Words that are never part of a name however they are written: "The", "His", "Which", "Monday". */
function isFunctionWord(t: Token, before?: Token): boolean {
  // "Tom A. Reyes": a middle initial the parser has marked as part of a name, though "A" is also the article.
  if (/^\p{Lu}$/u.test(t.text) && t.tags.has("Person")) return false;
  // "the WHO", "US officials": a known acronym in capitals is a name even where the word is a pronoun.
  if (/^\p{Lu}{2,}$/u.test(t.text) && (organizationAcronyms.has(t.text) || placeAbbreviations.has(t.text))) return false;
  if (t.tags.has("Determiner") || t.tags.has("Pronoun") || t.tags.has("Preposition")
    || t.tags.has("Conjunction") || t.tags.has("QuestionWord") || t.tags.has("Date")) return true;
  const key = t.normal.replace(/['’]s$/u, "");
  // "Theresa May", "April Vance": a month the tagger reads as part of a person's name (not as a date) is one,
  // but not after a word of time ("In April Vance said", "Last August Ortiz told").
  if (MONTH_NAMES.test(key) && t.tags.has("Person") && !(before && TIME_BEFORE_MONTH.test(before.normal))) return false;
  return neverNames.has(key) && !isAcronym(t);
}

const MONTH_NAMES = /^(april|may|june|august)$/u;
const TIME_BEFORE_MONTH = /^(in|since|by|last|next|early|late|until|till|from|through|during|of|this|that|each|every|mid)$/u;

function isPlaceLike(t: Token): boolean {
  return t.tags.has("Country") || t.tags.has("Demonym") || placeAbbreviations.has(t.text)
    || (t.tags.has("Place") && !t.tags.has("Person"));
}

/**
 * A place or nationality by the lexicon itself, not by the tagger's guess from context; but a word the tagger
 * reads in context as part of a person's name, and not as a place, is the name's ("Lisa Georgia-Bell", "Carl
 * Israel-Dunn": the surname's first half only looks like a place).
 */
function isKnownPlaceWord(t: Token): boolean {
  if (t.tags.has("Person") && !t.tags.has("Place") && !t.tags.has("Country")) return false;
  if (t.tags.has("Country") || t.tags.has("Demonym") || placeAbbreviations.has(t.text)) return true;
  const tag = lexiconTag(t.normal.replace(/['’]s$/u, ""));
  return tag !== undefined && PLACE_LEXICON.has(tag);
}

/** A hyphen between `left` and `right` parts two names: a place on one side, and no given name alone on the other. */
function splitsAtHyphen(left: Token, right: Token): boolean {
  // "Minneapolis-St. Paul", "Dallas-Ft. Worth": an abbreviation that opens a place's name opens a second name.
  if (DOTTED_NAME_PARTS.has(right.text) && right.post.startsWith(".")) return true;
  const [leftPlace, rightPlace] = [isKnownPlaceWord(left), isKnownPlaceWord(right)];
  if (leftPlace && rightPlace) return true;
  if (leftPlace) return !isKnownGivenName(right);
  if (rightPlace) return !isKnownGivenName(left);
  return false;
}

/** A given name by the lexicon itself ("Marie", "Winston"), whatever the tagger made of it in context. */
function isKnownGivenName(t: Token): boolean {
  const tag = lexiconTag(t.normal);
  return tag === "FirstName" || tag === "MaleName" || tag === "FemaleName";
}

function hasEntityTag(token: Token): boolean {
  return token.tags.has("Person") || token.tags.has("Place") || token.tags.has("Organization")
    || organizationAcronyms.has(token.text) || placeAbbreviations.has(token.text);
}

/**
 * Headlines and all-caps lines capitalise every word, so capitals there are no evidence of a name. Title case
 * leaves only small words in lower case ("of", "and", "the"); a lower-case verb or noun ("Senator Ivo Ranic met
 * Governor Lena Brandt") marks a sentence of prose, however many names it holds, unless the line also
 * capitalises small words. A headline (a line outside the body) may also slip a word into lower case ("Mayor
 * Visits Plant, touts Jobs Plan") and stay one, as long as it capitalises ordinary words.
 */
function isTitleCased(tokens: Token[], inBody: boolean): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  if (words.filter(isCapitalised).length / words.length <= 0.6) return false;
  // "#NeverTrump" is not lower case.
  if (!words.some((t) => /^\P{L}*\p{Ll}/u.test(t.text) && !isFunctionWord(t) && !TITLE_CASE_SMALL_WORDS.has(t.normal))) return true;
  // "… Made HUGE Prediction About 2016 – It’s The LAST Thing Some Will Want To hear": small words capitalised
  // inside the line are title case whatever else it slips ("The" aside: it opens names in prose).
  if (words.some((t, i) => i > 0 && isCapitalised(t) && t.text.length > 1 && t.normal !== "the"
    && !/[:“"‘'«(]\s*$/u.test(words[i - 1]!.post) && !/^[“"‘'«(]/u.test(t.pre)
    && (TITLE_CASE_SMALL_WORDS.has(t.normal) || ["Preposition", "Conjunction", "Modal", "Auxiliary"].some((tag) => t.tags.has(tag))))) {
    return true;
  }
  if (inBody) return false;
  // "Wikinews interviews Ada Quill, Green Party nominee": two ordinary words in lower case make a headline of
  // sentence case, whatever it capitalises (the names).
  const lowerWords = words.filter((t) => /^\P{L}*\p{Ll}/u.test(t.text) && !isFunctionWord(t) && !TITLE_CASE_SMALL_WORDS.has(t.normal));
  if (lowerWords.length >= 2) return false;
  // The word after a title's "of" ("Chief of Staff") belongs to the title.
  return words.some((t, i) => i > 0 && isCapitalised(t) && !isTitleToken(t) && !titleModifiers.has(t.normal)
    && !t.tags.has("Person") && words[i - 1]!.normal !== "of" && isCommonWord(t.text));
}

/** A word at the start of a sentence, a quotation or a clause after a colon is capitalised by grammar alone. */
function isGrammaticallyCapitalised(tokens: Token[], token: Token, sentence: Sentence): boolean {
  if (token.index === sentence.firstToken) return true;
  if (OPENERS.test(token.pre)) return true;
  const before = tokens[token.index - 1];
  return before !== undefined && /[:"“”]\s*$/u.test(before.post);
}

/** The first word of a sentence, or of a numbered item ("5) Can …", "b. Will …"). */
function opensSentence(tokens: Token[], token: Token, sentence: Sentence): boolean {
  if (isGrammaticallyCapitalised(tokens, token, sentence)) return true;
  const marker = tokens[token.index - 1];
  return token.index === sentence.firstToken + 1 && marker !== undefined
    && /^(\d{1,2}|\p{L})[).]?$/u.test(marker.text) && /^[).]?\s+$/u.test(marker.post) && /[).]/u.test(marker.text + marker.post);
}

/** The separator between two tokens allows them in one name: a space, a hyphen, or the dot of "Sen." / "F.". */
function joined(left: Token, right: Token): boolean {
  if (right.pre !== "" || left.sentence !== right.sentence) return false;
  if (/^[ \u00a0]+$/u.test(left.post) || left.post === "-") return true;
  return /^\.[ \u00a0]+$/u.test(left.post)
    && (isTitleWord(left.text) || /^\p{Lu}$/u.test(left.text) || DOTTED_NAME_PARTS.has(left.text));
}

/**
 * A verb or noun of going somewhere, in the forms text writes it: "to" after one of these points at a place.
 * Not verbs of giving or sending ("sent to Clinton", "forwarded to Clinton"): their "to" points at a person.
 */
const MOTION_VERB = /^(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|own|ying)|mov(?:e|es|ed|ing)|driv(?:e|es|en|ing)|drove|sail(?:s|ed|ing)?|walk(?:s|ed|ing)?|head(?:s|ed|ing)?|rid(?:e|es|ing)|rode|commut(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|emigrat(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|cycl(?:e|es|ed|ing)|fled|flee(?:s|ing)?|trip|trips|route|routes|road|roads|ferry|ferries|flights?|bus|buses|trains?|journey|journeys)$/u;
/**
 * "go" itself: its "to" points at a place ("she went to Hadibo") unless what goes is something given or won:
 * then at whoever gets it ("the award went to Kwame Mensah", "half the money goes to Obama").
 */
const GO_VERB = /^(?:go|goes|went|going|gone)$/u;
/** Things that "go to" a person: prizes, posts, shares, votes. */
const GIVEN_THING = /^(?:awards?|prizes?|medals?|gold|silver|bronze|titles?|troph(?:y|ies)|cups?|crowns?|jobs?|posts?|seats?|money|funds?|shares?|stakes?|votes?|nominations?|credit|contracts?|honou?rs?|thanks|proceeds|control|rights|custody|estate|inheritance|nod|role|part|ball|victory|bonus(?:es)?|donations?|grants?|payments?|royalties|rest)$/u;
/** Verbs of coming and returning: "to" after them points at a place or at a person one comes round to ("came to Sanders", "returned to Obama"), so it says nothing. */
const COMING_VERB = /^(?:come|comes|came|coming|return(?:s|ed|ing)?)$/u;
/** Words of direction before "of": "north of X", "outside of X" (the place is what the direction is from). */
const DIRECTION_OF = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|outside|inside|out)$/u;
/**
 * Nouns for a kind of place: "the village of Essil", "the island of Busuanga", "a Maya city called T'ho", "a
 * quarter known as Jolfa". What such a noun names is a place, whatever the name looks like.
 */
const PLACE_NOUN = /^(?:villages?|towns?|townships?|hamlets?|cit(?:y|ies)|islands?|islets?|isles?|atolls?|archipelagos?|provinces?|regions?|districts?|count(?:y|ies)|parish(?:es)?|municipalit(?:y|ies)|states?|prefectures?|cantons?|communes?|suburbs?|neighbou?rhoods?|quarters?|boroughs?|valleys?|rivers?|lakes?|bays?|peninsulas?|capital|settlements?|oasis|port)$/u;
/** Words that name a storm before its given name: "Hurricane Katrina", "Cyclone Idai" (not "Storm", a given name too). */
const STORM = /^(?:hurricane|cyclone|typhoon|superstorm)$/u;
/**
 * The word after "Hurricane" / "Cyclone" is a storm's name when it is a given name ("Katrina", "Sandy") or a word
 * no dictionary has ("Phailin", "Idai"); an ordinary word or a surname makes the whole a name of something else:
 * "Hurricane Center", "Typhoon Lagoon", "Hurricane Electric" (a firm), "Hurricane Higgins" (a player's nickname).
 */
function isStormName(t: Token): boolean {
  if (isFirstName(t) || isListedGivenName(t.text.replace(/['’]s$/u, ""))) return true;
  return !isCommonWord(t.text) && !t.tags.has("LastName") && !t.tags.has("Place") && !t.tags.has("Organization")
    && lexiconTag(t.normal.replace(/['’]s$/u, "")) === undefined;
}
/**
 * "The school district named Orla Penhallow superintendent", "The city called Bram Tessaly as a witness": a
 * definite noun phrase that opens the sentence is the subject of "named" / "called", a verb there, and what follows
 * is whom the place named, no place. ("She grew up in a town called Hope", "A village called Oruvalla lies north":
 * after a preposition or a verb, or with "a", the word is a participle naming the place.)
 */
function placeNounIsSubject(tokens: Token[], nounAt: number, sentence: number): boolean {
  for (let j = nounAt - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    if (t.tags.has("Preposition") || t.tags.has("Verb") || /[,;:]/u.test(t.post)) return false;
    if (j === 0 || tokens[j - 1]!.sentence !== sentence) return /^(?:the|this|that|its|our|their|his|her)$/u.test(t.normal);
  }
  return false;
}
/** A noun or a verb that is no pronoun: what may follow a noun a role describes ("Plaintiff lawyers declined"). */
const nounOrVerb = (t: Token | undefined): boolean => t !== undefined && !t.tags.has("Pronoun") && (t.tags.has("Verb") || t.tags.has("Noun"));
/** Small words that may stand between a motion verb and its "to": "goes on to", "flew back to". */
const MOTION_PARTICLE = /^(?:on|back|up|down|over|out|off|away|straight|directly|daily|here|there)$/u;

/**
 * Whether `before`, the word right before a name, makes the name a place: "at" after a locative preposition
 * ("in", "from", "near") or a "to" a few words after "from" in a sentence of going ("the bus from Hadibo to
 * Qalansia"); "going" after "via", after "to" following a verb or noun of going ("flew to", "moved back to", "a
 * ferry to", "went to" unless a prize or a post went) and after "of" following a direction ("north of", "outside
 * of"); null otherwise. A plain "to" or "of" says nothing ("said to Ames", "the son of Ames"), nor "came to" or
 * "returned to". The kinds differ in how sure they are: "a letter from Castell" may be from the story's Rhea
 * Castell, but no one flies to a person or takes a road north of one.
 */
function locativeKind(tokens: Token[], before: Token): "at" | "going" | null {
  if (locativePrepositions.has(before.text)) return "at";
  if (before.normal === "via") return "going";
  const sentence = before.sentence;
  const at = (i: number) => (i >= 0 && tokens[i]!.sentence === sentence ? tokens[i]! : undefined);
  if (before.normal === "of") {
    const word = at(before.index - 1);
    if (word === undefined || !/^[ \u00a0]+$/u.test(word.post)) return null;
    // "the village of Essil": a noun for a kind of place, in lower case (not "the City of London Corporation").
    return DIRECTION_OF.test(word.normal) || (PLACE_NOUN.test(word.normal) && /^\p{Ll}/u.test(word.text)) ? "going" : null;
  }
  // "a Maya city called T'ho", "a quarter known as Jolfa", "an islet named Strynø": a place is being named.
  if (before.normal === "called" || before.normal === "named" || (before.normal === "as" && at(before.index - 1)?.normal === "known")) {
    const from = before.normal === "as" ? before.index - 2 : before.index - 1;
    for (let k = from; k >= from - 2; k--) {
      const w = at(k);
      if (!w || /[.;:!?]/u.test(w.post)) break;
      if (PLACE_NOUN.test(w.normal) && /^\p{Ll}/u.test(w.text)) return placeNounIsSubject(tokens, k, sentence) && before.normal !== "as" ? null : "going";
    }
    return null;
  }
  if (before.normal !== "to") return null;
  let i = before.index - 1;
  let word = at(i);
  const particle = word !== undefined && MOTION_PARTICLE.test(word.normal);
  if (particle) word = at(--i);
  if (word && MOTION_VERB.test(word.normal)) return "going";
  if (word && GO_VERB.test(word.normal)) {
    // "The first prize went to", "half the money goes to": what goes is named a few words before.
    for (let k = i - 1; k >= i - 6; k--) {
      const w = at(k);
      if (!w || /[.;:!?]/u.test(w.post)) break;
      if (GIVEN_THING.test(w.normal)) return null;
    }
    return "going";
  }
  if (word && COMING_VERB.test(word.normal)) return null;
  // "the bus from Hadibo to Qalansia": a "from" with a name a few words before, in a sentence of going. Without
  // one, "from X to Y" is as often a handing over between people ("power passed from Mugabe to Mnangagwa",
  // "support shifted from Clinton to Sanders", "from Messi to Ronaldo").
  for (let k = before.index - 1; k >= before.index - 5; k--) {
    const w = at(k);
    if (!w || /[.;:!?]/u.test(w.post)) break;
    // Weaker: "emails from Abedin to Clinton" are sent to a person.
    // "from Buffalo to Albany": from a known place, to another.
    if (w.normal === "from") return goneBefore(tokens, before) || isKnownPlaceToken(tokens[k + 1]) ? "at" : null;
  }
  return null;
}

/** A word compromise knows as a place: "Buffalo", "Kabul". */
function isKnownPlaceToken(t: Token | undefined): boolean {
  return t !== undefined && (t.tags.has("City") || t.tags.has("Country") || t.tags.has("Region") || t.tags.has("Place"))
    && !t.tags.has("Person");
}

/**
 * Whether a verb or noun of going comes before `token` in its sentence: "ferries run daily from ... to", "the
 * road from ... to" (not "presidents from Obama to Trump promised to fix the roads").
 */
function goneBefore(tokens: Token[], token: Token): boolean {
  for (let i = token.index; i >= 0 && tokens[i]!.sentence === token.sentence; i--) {
    if (MOTION_VERB.test(tokens[i]!.normal) || GO_VERB.test(tokens[i]!.normal)) return true;
  }
  return false;
}

/**
 * Verbs and nouns of giving and sending, in the forms text writes them: "to" a few words after one points at a
 * person ("handed the microphone to Tendai Moyo", "a letter to Nurlan Bekov").
 */
const GIVING_WORD = /^(?:hand(?:s|ed|ing)?|g[ai]ve|gives|giving|given|sen[dt]|sends|sending|present(?:s|ed|ing)?|award(?:s|ed|ing)?|offer(?:s|ed|ing)?|sold|sell(?:s|ing)?|lent|lend(?:s|ing)?|paid|pay(?:s|ing)?|deliver(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|letters?|messages?|tributes?|prizes?|awards?|medals?)$/u;
/** Verbs of speaking and writing: "to" right after one points at a person ("spoke to Abiy Ahmed", "wrote to"). */
const SPEAKING_TO = /^(?:wr[oi]te|writes|writing|written|spoke|speak(?:s|ing)?|talk(?:s|ed|ing)?|said|say(?:s|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|listen(?:s|ed|ing)?|apologi[sz](?:e|es|ed|ing)|married|engaged)$/u;

/** Whether the name after `to` is whom something is given or said: "handed the microphone to", "spoke to". */
function givenToPerson(tokens: Token[], to: Token): boolean {
  if (to.normal !== "to") return false;
  const right = tokens[to.index - 1];
  if (right && right.sentence === to.sentence && SPEAKING_TO.test(right.normal)) return true;
  for (let k = to.index - 1; k >= to.index - 5 && k >= 0; k--) {
    const w = tokens[k]!;
    if (w.sentence !== to.sentence || /[.;:!?]/u.test(w.post)) return false;
    if (GIVING_WORD.test(w.normal)) return true;
  }
  return false;
}

/** Verbs whose object is as often a place as a person: "visited", "crossed", "left", "called", "including". */
const PLACE_OBJECT_VERB = /^(?:visit|reach|enter|leav|left|cross|explor|tour|approach|border|surround|overlook|call|nam|dub|renam|known|includ|join|serv|represent|rul|govern|captur|conquer|invad|bomb|attack|liberat|occup|fac|play|beat|defeat)/u;

/**
 * Whether `verb`, right before the name, is a verb whose object the name is and which takes people: "arrested",
 * "praised", "signs". Not a bare form ("see Chehel Sotoun", "don't miss Meydan Kohne"): a guide's advice names
 * sights, a report's events name people.
 */
function isPersonObjectVerb(verb: Token, name: Token): boolean {
  return /^[ \u00a0]+$/u.test(verb.post) && verb.tags.has("Verb") && !verb.tags.has("Copula") && !verb.tags.has("Auxiliary")
    && !verb.tags.has("Infinitive") && !verb.tags.has("Imperative")
    && !verb.tags.has("Modal") && !verb.tags.has("Gerund") && !verb.tags.has("Preposition") && name.sentence === verb.sentence
    && !MOTION_VERB.test(verb.normal) && !COMING_VERB.test(verb.normal) && !PLACE_OBJECT_VERB.test(verb.normal);
}

/** Whether the number `n` counts the word after it: "58 percent", "12 votes", "3 km" (not "2 shows", "4, and"). */
function countsWhatFollows(tokens: Token[], n: Token): boolean {
  const after = tokens[n.index + 1];
  if (!after || after.sentence !== n.sentence || !/^[ \u00a0]+$/u.test(n.post)) return false;
  return after.tags.has("Unit") || after.tags.has("Percent") || (after.tags.has("Noun") && !after.tags.has("Verb"));
}

/** Can `right` continue a name that `left` ends? */
function continues(tokens: Token[], left: Token, right: Token, titleCased: boolean): boolean {
  if (!joined(left, right) || right.text.includes("-")) return false;
  // "Korean People's Army", "People's Republic": the one possessive that is usually inside a name.
  if (isPossessive(left) && left.normal !== "people's") return false;
  // "Russia-U.S. relations", "Russian-U.S. interaction": a hyphen between two places or a nationality joins
  // two names, not one. Only a place the lexicon knows counts: the tagger's guess from context ("Park Joo-Ho"
  // read as a place after "Park") would cut a person's hyphenated given name.
  // A given name the lexicon knows on the other side makes one name of the pair, a person's ("Marie-France") or a
  // place named after one ("Winston-Salem"); a word that is a place as well ("Israel-Gaza") still splits.
  if (left.post === "-" && splitsAtHyphen(left, right)) return false;
  const after = tokens[right.index + 1];
  // "Pinecrest Aviation & Rail Museum", "AT & T"
  if (right.text === "&") return after !== undefined && joined(right, after) && isCapitalised(after);
  if (isCapitalised(right)) {
    // "Make-A-Wish", "Jack-In-The-Box": a small word capitalised between hyphens is inside one hyphenated name.
    if (left.post === "-" && right.post === "-" && after !== undefined && isCapitalised(after) && /^\p{Lu}\p{L}{0,2}$/u.test(right.text)) return true;
    if (isFunctionWord(right, left)) return false;
    return !titleCased || hasEntityTag(right) || isAcronym(right);
  }
  // "Karim al-Nasri", "Charles de Gaulle": a particle counts when a capitalised word follows it.
  if (nameParticles.has(right.normal) && after && joined(right, after) && isCapitalised(after)) return true;
  // "Kim Jong-un": a lower-case syllable after a hyphen inside a person's name. "Chan Ka-wing", "Lee Hsien-
  // loong": after a short capitalised syllable the second syllable may also be an English word ("wing").
  if (left.post !== "-" || !/^\p{Ll}{1,4}$/u.test(right.text)) return false;
  // "Naqsh-e Jahan", "Masjed-e Jāmé", "Bandar-e Abbas": a link of one or two letters after a hyphen joins two
  // capitalised words of one name (the Persian ezafe and its like), when the next capitalised word follows.
  if (/^\p{Ll}{1,2}$/u.test(right.text) && isCapitalised(left) && after && joined(right, after) && isCapitalised(after)
    && !isFunctionWord(right) && !isFunctionWord(after, right) && !HYPHEN_WORD_ENDINGS.has(right.text)) return true;
  if (left.tags.has("Person") && !isCommonWord(right.text)) return true;
  return /^\p{Lu}\p{Ll}{1,3}$/u.test(left.text) && !HYPHEN_WORD_ENDINGS.has(right.text);
}

/** Words that end a hyphenated compound rather than a syllable of a name: "Ohio-born", "Kiev-led". */
const HYPHEN_WORD_ENDINGS = new Set(["like", "era", "led", "born", "run", "made", "type", "wide", "free", "held", "bred",
  "op", "ops", "fi", "hop", "up", "in", "on", "off", "out", "fax", "mail", "tech", "pop"]);

/** Lower-case prefixes that make an adjective of a name: "pro-Moscow", "anti-Kyiv", "post-Soviet". */
const ADJECTIVE_PREFIXES = /^(?:pro|anti|non|post|pre|neo|pan|mid|un|counter|ultra|trans|inter|intra|sub|quasi|semi)$/u;

/** "University" + "of Eastern Alder", "Foundation" + "for the Coastal Arts": where the extension ends. */
function ofExtension(tokens: Token[], last: Token, titleCased: boolean, runLength: number, hops: number): number | null {
  // The head must end the run ("University", "Foundation"), or a first extension already made it a name
  // ("Regional Council for the Support" + "of Farmers").
  if (!ofHeads.has(last.normal) && hops === 0) return null;
  const connector = tokens[last.index + 1];
  if (!connector || !joined(last, connector) || isPossessive(last)) return null;
  if (connector.text !== "of" && connector.text !== "for") return null;
  let next = tokens[connector.index + 1];
  const withThe = next !== undefined && next.text === "the" && joined(connector, next);
  if (withThe) next = tokens[next!.index + 1];
  if (!next || !joined(tokens[next.index - 1]!, next) || !isCapitalised(next) || isFunctionWord(next, tokens[next.index - 1])) return null;
  // "Alder State University of the US": a name already complete is followed by where it is, not extended.
  if (withThe && (runLength > 1 || hops > 0) && isPlaceLike(next) && !continues(tokens, next, tokens[next.index + 1] ?? next, titleCased)) {
    return null;
  }
  let end = next.index;
  while (tokens[end + 1] && !isTitleToken(tokens[end + 1]!) && continues(tokens, tokens[end]!, tokens[end + 1]!, titleCased)) end++;
  // "Department of Health and Human Services", "Centre for Irish and Scottish Studies": the field after "of" may
  // name two things joined by "and", as long as the second is an ordinary word or a nationality, no name of its own.
  const and = tokens[end + 1];
  const second = and && tokens[and.index + 1];
  if (and?.normal === "and" && second && joined(tokens[end]!, and) && joined(and, second) && isCapitalised(second)
    && !isFunctionWord(second, and) && !(isPlaceLike(second) && !second.tags.has("Demonym")) && !second.tags.has("Person")
    && !lexiconKnows([second]) && !isAcronym(second) && !isFirstName(second)
    && (isCommonWord(second.text) || second.tags.has("Demonym"))) {
    end = second.index;
    while (tokens[end + 1] && !isTitleToken(tokens[end + 1]!) && continues(tokens, tokens[end]!, tokens[end + 1]!, titleCased)) end++;
  }
  return end;
}

/**
 * "National Air" + "and Space Museum", "House Ways" + "and Means Committee", "State" + "and Homeland Security
 * Departments": two ordinary capitalised words joined by "and" inside one name, when what follows the "and" ends
 * in the head of a body or a building. Not when either side of the "and" is a name of its own (a place, a person,
 * a known body, an acronym: "Britain and Ireland Tourism Board" stays apart) or the word before it is a head
 * ("Fox Business Network and Fox News"). Returns the new end.
 */
function andExtension(tokens: Token[], end: number, titleCased: boolean): number | null {
  const left = tokens[end]!;
  const and = tokens[end + 1];
  const second = and && tokens[and.index + 1];
  if (and?.normal !== "and" || !second || !joined(left, and) || !joined(and, second) || !isCapitalised(second)) return null;
  const ordinary = (t: Token) => isCapitalised(t) && isCommonWord(t.text) && !isKnownPlaceWord(t) && !lexiconKnows([t]) && !isAcronym(t)
    && !isFirstName(t) && !isTitleToken(t) && !isFunctionWord(t) && !nonEntityHeads.has(t.normal);
  // A head before the "and" ends a name of its own: "Fox Business Network and Fox News" are two.
  if (!ordinary(left) || !ordinary(second) || organizationHeads.has(left.normal) || facilityHeads.has(left.normal)) return null;
  let last = second.index;
  while (tokens[last + 1] && continues(tokens, tokens[last]!, tokens[last + 1]!, titleCased)) last++;
  const head = tokens[last]!.normal;
  return organizationHeads.has(head) || facilityHeads.has(head) ? last : null;
}

/** "McKay", "MacArthur", "DeLuca", "LeBron", "VanDyke", "O'Neil": capitals inside a surname or given name. */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St|Fitz|Ben|Al|El|Abd|Ja|Da|De)\p{Lu}/u;

/** Adjectives that stand before a place as part of it ("Central Asia", "Rural Ohio", "Greater London"). */
const PLACE_ADJECTIVE_ENDINGS = /(?:al|ern|ic|er|ian|ese|ish|an|ed)$/u;

/**
 * A common noun that can name a body before a country ("Fisheries", "Health", "Team", "Air"), not a word that
 * describes the country itself ("Central", "Northern", "Greater", "Downtown").
 */
function isAgencyWord(t: Token): boolean {
  if (!isCommonWord(t.text) || t.tags.has("Place") || t.tags.has("Adjective") || t.tags.has("Demonym") || isTitleToken(t)) return false;
  const tag = lexiconTag(t.normal);
  return !(tag === "Adjective" || tag === "Comparative" || tag === "Superlative") && !PLACE_ADJECTIVE_ENDINGS.test(t.normal);
}

/**
 * Whether the last word of the run tokens[i..j] that heads an "of" place ("Temple", "Lake", "Castle") follows a
 * given name or a title in the run: "Mayor Ann Temple of Springfield" is a person and where she is from, not a
 * building.
 */
function surnameOfHead(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = j; k > i; k--) {
    if (ofHeads.get(tokens[k]!.normal) !== "place") continue;
    for (let m = i; m < k; m++) if (isFirstName(tokens[m]!) || isTitleToken(tokens[m]!)) return true;
    return false;
  }
  return false;
}

/** Whether the first "of" in tokens[i..j] is followed by "the": "the Museum of the U.S. Air Force". */
function ofTheBody(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (tokens[k]!.normal === "of") return tokens[k + 1]?.normal === "the";
  return false;
}

/** Endings that make a nationality from a place: Indonesia-n, Brazil-ian, Gabon-ese, Pakistan-i, New Zealand-er. */
const DEMONYM_ENDINGS = ["n", "an", "ian", "ese", "i", "ish", "er", "ern"];

/**
 * "Indonesian", "South Korean", "New Zealander": a nationality that compromise does not tag as one. In the plural
 * it names the people of a place, a city's too ("the Persians", "many San Franciscans", "Londoners"), never one
 * person; a place's closing vowel gives way to the ending (Persia-n, San Francisc(o)-an, Mexic(o)-an).
 */
export function isDemonymOfKnownPlace(lower: string): boolean {
  // Only "-ns" and "-ers" are plural demonyms ("Paris" is no plural of a "Pari-").
  const plural = /(?:n|er)s$/u.test(lower);
  const singular = plural ? lower.slice(0, -1) : lower;
  for (const ending of DEMONYM_ENDINGS) {
    if (!singular.endsWith(ending) || singular.length - ending.length < 3) continue;
    const stem = singular.slice(0, -ending.length);
    for (const place of plural ? [stem, `${stem}o`, `${stem}a`] : [stem]) {
      const tag = lexiconTag(place);
      if (tag === "Country" || tag === "Region" || (plural && tag === "City")) return true;
    }
  }
  return false;
}

const isAllCaps = (t: Token) => /^[\p{Lu}\p{N}.&'’-]{2,}$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text);

/**
 * Trims words that only look like part of a name:
 * - in an ALL-CAPS heading ("NORTH KOREA TALKS"), the run keeps its longest known beginning (NORTH KOREA);
 * - a sentence-initial ordinary word before a name ("Unlike Maren Holt", "Once Congress") is dropped.
 */
function trimRun(run: Token[], tokens: Token[], sentence: Sentence): Token[] {
  if (run.length > 1 && run.every(isAllCaps)) {
    for (let n = run.length; n >= 1; n--) {
      if (lexiconKnows(run.slice(0, n))) return run.slice(0, n);
    }
    return run.filter(isAcronym).length === run.length ? run : [];
  }
  // "More Urgent Than Electing Holt": ordinary words capitalised before a person's name are not part of it.
  const personAt = run.findIndex((t) => isFirstName(t) || t.tags.has("LastName") || opensGivenName(tokens, t, sentence));
  if (personAt > 0 && run.slice(0, personAt).every((t) => t.text.length > 2 && isCommonWord(t.text) && !isTitleToken(t)
    && !t.tags.has("Person") && !t.tags.has("Place") && !t.tags.has("Organization") && !isAllCaps(t))) {
    return run.slice(personAt);
  }
  const first = run[0]!;
  // "Can Sanders take a punch?", "Should Quill worry?": a question opens on its verb, which the tagger may
  // read as the first word of the name after it.
  if (run.length > 1 && QUESTION_OPENERS.has(first.normal) && opensSentence(tokens, first, sentence)
    && endsAsQuestion(tokens, first, sentence)) {
    return run.slice(1);
  }
  // "Will Reyes said": a common word the tagger reads as a person's, or that opens a given name here, stays.
  if (run.length > 1 && isGrammaticallyCapitalised(tokens, first, sentence) && isCommonWord(first.text)
    && !isFirstName(first) && !first.tags.has("Person") && !opensGivenName(tokens, first, sentence) && !isTitleToken(first) && !first.tags.has("Place") && !first.tags.has("Organization")
    && !lexiconKnows(run) && (isFirstName(run[1]!) || lexiconKnows(run.slice(1)))) {
    return run.slice(1);
  }
  // "Grace periods are common", "Amber alerts went out": a given name that is also an ordinary word, alone at the
  // start of a sentence and right before a noun in lower case, modifies that noun ("Grace told him" stays a name).
  if (run.length === 1 && isGrammaticallyCapitalised(tokens, first, sentence) && isCommonWord(first.text)
    && (isKnownGivenName(first) || isGivenNameWord(first)) && !first.tags.has("Place") && !first.tags.has("Organization") && !first.tags.has("LastName") && modifiesNextNoun(tokens, first)) {
    return [];
  }
  return run;
}

/** Whether the word after `token` is a noun in lower case that `token` stands before as a modifier. */
function modifiesNextNoun(tokens: Token[], token: Token): boolean {
  const next = tokens[token.index + 1];
  return next !== undefined && next.sentence === token.sentence && next.pre === "" && /^[ \u00a0]+$/u.test(token.post)
    && /^\p{Ll}/u.test(next.text) && next.tags.has("Noun") && !next.tags.has("Pronoun") && !next.tags.has("Verb");
}

/**
 * Whether the clause opening at `token` ends on a "?": the first sentence punctuation or quote mark after it decides,
 * so a question inside a quote ("“Will Reyes ever learn?” Ada Quill asked.") is one, and a clause handing over
 * to a quoted question ("Will Reyes said, “Who cares?”") is not.
 */
function endsAsQuestion(tokens: Token[], token: Token, sentence: Sentence): boolean {
  for (let i = token.index; i < sentence.endToken; i++) {
    if (i > token.index && /[“”"«»]/u.test(tokens[i]?.pre ?? "")) return false;
    const post = tokens[i]?.post ?? "";
    if (/[.!?;:“”"«»]/u.test(post)) return post.includes("?");
  }
  return false;
}

/** Verbs that open a yes/no question. */
const QUESTION_OPENERS = new Set(["can", "could", "will", "would", "should", "shall", "may", "might", "must", "did",
  "does", "do", "is", "are", "was", "were", "has", "have", "had"]);

/**
 * Lexicon classes of an ordinary word that is also written as a given name before a surname: a noun ("Hope",
 * "Grace", "Miles", "Bill", "Art"), a comparative ("Frank", "Rich"), a modal ("Will", "May") or a month ("June",
 * "August"). The lists of given names also hold verb forms ("Said", "Imagine"), adjectives ("Young", "Royal"),
 * roles ("Pastor", "Pilot"), places, units and small words ("An", "My", "Even"): before a capitalised word those
 * are read as what they ordinarily are ("Said Ada Park:", "Imagine Reyes winning", "Young Democrats").
 */
const GIVEN_NAME_WORD_CLASSES = new Set(["Singular", "Noun", "Plural", "Uncountable", "Comparative", "Modal", "Month"]);
/** Words before a name that make it a thing's name or a modifier: "the Hope Diamond", "his Grace", "a Rose Bowl win". */
const DETERMINER_BEFORE = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/u;
/** A word written as a surname: capitalised, letters only (maybe "O'Neil", "McKay", a possessive). */
const SURNAME_SHAPE = /^\p{Lu}(?:\p{Ll}+|\p{Ll}*['’]?\p{Lu}\p{Ll}+)(?:['’]s?)?$/u;

/**
 * Whether a capitalised word is a listed given name of a word class that given names take (see
 * GIVEN_NAME_WORD_CLASSES), and no title ("Pastor") or head of a place's or a body's name ("Lake Merritt", "Bay
 * Area", "Park Avenue"), which opens that name.
 */
function isGivenNameWord(token: Token): boolean {
  if (!isListedGivenName(token.normal) || isTitleToken(token) || facilityHeads.has(token.normal) || organizationHeads.has(token.normal)) return false;
  const wordClass = lexiconTag(token.normal);
  return wordClass === undefined || GIVEN_NAME_WORD_CLASSES.has(wordClass);
}

/**
 * Whether `token`, a word that is both an ordinary word and a listed given name ("Hope", "Frank", "Miles", "May",
 * "Will", "June"), opens a person's name here: a word written as a surname follows it ("Hope Hicks said", "by
 * May Chen", "the trumpeter Miles Davis"), wherever it stands in the sentence. The context can still read the
 * ordinary word: a modal or verb opening a question ("Will Reyes ever learn?", "May Reyes run again?"), a month
 * after a word of time ("In May Chen said", "last June Carter"), a word after a determiner ("the Rose Bowl",
 * "the Hope Diamond"), or a next word that is no surname: a number ("May 5", "June 2024"), a lower-case word
 * ("Hope remains", "Grace periods"), a place ("Art Basel"), the head of a building's or a body's name ("Rose
 * Garden", "Hope Street"), a title or nationality, or another given name ("Will Tom Reyes run?").
 */
function opensGivenName(tokens: Token[], token: Token, sentence: Sentence): boolean {
  // "La Gozadera", "Le Monde": a word of two letters that is also a name is a foreign article or a small word.
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(token.text) || !(isCommonWord(token.text) || MONTH_NAMES.test(token.normal))) return false;
  if (!isGivenNameWord(token)) return false;
  const next = tokens[token.index + 1];
  if (!next || next.sentence !== token.sentence || next.pre !== "" || !/^[ \u00a0]+$/u.test(token.post)) return false;
  if (!SURNAME_SHAPE.test(next.text) || !isSurnameHere(next, token)) return false;
  // "Fort Myers", "West Roxbury", "Sandy Hook Promise": the tagger reads a word of the pair in context as a place's
  // or a body's, or the lexicon knows the pair ("West Virginia").
  const thing = (t: Token) => (t.tags.has("Place") || t.tags.has("Organization")) && !t.tags.has("Person");
  if (thing(token) || thing(next) || (lexiconKnows([token, next]) && !PERSON_LEXICON.has(lexiconTag(`${token.normal} ${next.normal}`) ?? ""))) return false;
  const before = token.index > sentence.firstToken ? tokens[token.index - 1] : undefined;
  // "Chapel Hill", "Moon Rocks", "Pearl Jam": two ordinary words name a thing as often as a person, and "in West
  // Des Moines" is a place. A surname that is an ordinary word too ("Hope Hicks", "Frank Field"), or a pair after
  // a preposition of place, needs the tagger (a surname) or the sentence to say it is a person's.
  const weak = (isCommonWord(next.text) && !next.tags.has("LastName")) || (before !== undefined && locativePrepositions.has(before.normal));
  if (weak && !saysPerson(tokens, token, next)) return false;
  if (before && /^[ \u00a0]+$/u.test(before.post) && DETERMINER_BEFORE.test(before.normal)) return false;
  if (before && MONTH_NAMES.test(token.normal) && TIME_BEFORE_MONTH.test(before.normal) && before.normal !== "by") return false;
  return !(QUESTION_OPENERS.has(token.normal) && opensSentence(tokens, token, sentence) && endsAsQuestion(tokens, token, sentence));
}

/** Verbs that give a name rather than quote a speaker: "a group called Hope Street", "a song titled Grace Notes". */
const NAMING_VERBS = /^(?:called|named|dubbed|titled|entitled|nicknamed|renamed)$/u;

/**
 * Whether the sentence says that the two words `given` `surname` name a person: a verb of speaking before or after
 * them ("Hope Hicks said", "said Hope Hicks"), a verb only people do after them ("Frank Field resigned"), a title
 * before them ("spokeswoman Hope Hicks") or a description after them ("Hope Hicks, who", "Hope Hicks, 29,").
 */
function saysPerson(tokens: Token[], given: Token, surname: Token): boolean {
  const [before, after] = [tokens[given.index - 1], tokens[surname.index + 1]];
  const spaced = (t: Token) => /^[ \u00a0]+$/u.test(t.post);
  // The verb is in lower case: "Sandy Hook Promise" is a name ending in a verb's word.
  if (after && after.sentence === surname.sentence && spaced(surname) && !isPossessive(surname) && !isCapitalised(after)
    && (isSpeechVerb(after) || isPersonVerbAt(tokens, after))) return true;
  // Not a verb of naming: "a program called Sandy Hook Promise".
  if (before && before.sentence === given.sentence && spaced(before) && !NAMING_VERBS.test(before.normal)
    && (isSpeechVerb(before) || isTitleHead(before.text))) return true;
  return describedAsPerson(tokens, surname);
}

/** Whether `next`, capitalised after a given name's word (`given`), can be a surname and not a word of its own name. */
function isSurnameHere(next: Token, given: Token): boolean {
  const bare = next.normal.replace(/['’]s$/u, "");
  if (isFunctionWord(next, given) || isTitleToken(next) || next.tags.has("Demonym") || next.tags.has("Organization")) return false;
  if (isKnownGivenName(next) || organizationAcronyms.has(next.text) || knownOrganizations.has(bare)) return false;
  if (organizationHeads.has(bare) || facilityHeads.has(bare) || nonEntityHeads.has(bare) || notNames.has(bare)) return false;
  const tag = lexiconTag(bare);
  return tag === undefined || !(PLACE_LEXICON.has(tag) || tag === "Organization" || tag === "SportsTeam");
}

/** The lexicon knows this phrase as a whole: a place, an organisation, a known abbreviation. */
function lexiconKnows(run: Token[]): boolean {
  const lower = run.map((t) => t.normal.replace(/['’]s$/u, "")).join(" ");
  const tag = lexiconTag(lower);
  return (tag !== undefined && (PLACE_LEXICON.has(tag) || PERSON_LEXICON.has(tag) || tag === "Organization"
    || tag === "SportsTeam")) || knownOrganizations.has(lower)
    || (run.length === 1 && (placeAbbreviations.has(run[0]!.text) || organizationAcronyms.has(run[0]!.text)));
}

/** What the story says around a run. */
interface Evidence {
  /** Title words written before the name (inside the run or just before it). */
  titled: boolean;
  beforeSpeechVerb: boolean;
  afterSpeechVerb: boolean;
  /** "in Sochi", "from Herat", "Houston, Texas". */
  locative: boolean;
  /** "via Al Mukalla", "flew to Preston", "the suburb of Preston": a place is gone to or named (locativeKind "going"). */
  goneTo: boolean;
  /** "Preston, Victoria, Australia": the run is followed by a region and a country, each after a comma. */
  townOfCountry: boolean;
  /** The name starts a sentence or a quotation, so its capital says nothing. */
  initial: boolean;
  /** The run stands right before a verb that is not "be": "Chile defeated", "North Korea tested". */
  beforeActionVerb: boolean;
  sportsReport: boolean;
  /** The run stands before a verb only people do ("resigned", "didn't win"). */
  beforePersonVerb: boolean;
  /** The run was extended with an "of"/"for" phrase, whose head decides the type. */
  ofHeadType: EntityType | null;
  /** A number stands right before the run: "3 RBI", "225 DKK", "10 mg" (a unit, not a name). */
  afterNumber: boolean;
  /** The run's first word is an ordinary word that opens a given name here ("Hope Hicks", "Miles Davis"). */
  givenName: boolean;
  /**
   * The sentence gives the run a person's part: the subject of a verb other than "be" ("Nurlan Bekov scored"),
   * the object of a verb that does not take places ("police arrested Sipho Dlamini"), or described as one
   * ("Siosaia Tupou, who coaches"), or a speaker.
   */
  personRole: boolean;
  /** "(IATA: TUL)", "ICAO: KTUL": the run is an airport's code, after the label of the code system. */
  airportCode: boolean;
  /** An apposition or a "be" gives the run an office or an occupation: "Tariq Rahimi, his chief of staff". */
  described: boolean;
}

type Typing = EntityType | "defer" | null;

function typeOfRun(run: Token[], ev: Evidence): Typing {
  const text = run.map((t) => t.text).join(" ");
  const lower = text.toLowerCase().replace(/['’]s$/u, "");
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const lastKey = last.normal.replace(/['’]s$/u, "");
  // "putting the Danes in the lead": in a match report a people's plural name is its team.
  if (run.length === 1 && ev.sportsReport && last.tags.has("Demonym") && /s$/u.test(last.text) && !ev.initial) {
    return "organization";
  }
  // "the Philippines": a country the tagger reads as a nationality in the plural.
  if (run.length === 1 && last.tags.has("Demonym") && /s$/u.test(lastKey) && REGION_NAMES.has(lastKey)) return "place";
  if ((run.length === 1 && (notNames.has(lastKey) || last.tags.has("Demonym"))) || notNames.has(lower)) return null;
  if (isDemonymOfKnownPlace(lower)) return null;
  if (run.length === 1 && ev.airportCode && /^\p{Lu}{3,4}$/u.test(last.text)) return "place";
  if (run.length === 1 && placeAbbreviations.has(last.text)) return "place";
  if (knownOrganizations.has(lower) || (run.length === 1 && organizationAcronyms.has(last.text))) {
    return "organization";
  }
  // "the Municipality of Pesaro objected" is the town's government acting; "the creation of the Municipality of
  // Pesaro" is the territory, a place, as a country is one unless it acts.
  if (ev.ofHeadType && ADMINISTRATIVE_UNITS.has(first.normal)) {
    return ev.beforeActionVerb || ev.beforeSpeechVerb || ev.beforePersonVerb ? "organization" : "place";
  }
  if (ev.ofHeadType) return ev.ofHeadType;
  // "TAPPER:", "JAKE": a transcript's speaker in capitals. A known first name or a surname the story uses
  // (resolved later) is a person; a long ordinary word in capitals ("UNLESS") is shouting, not an acronym.
  if (run.length === 1 && isAllCaps(last) && /^\p{Lu}+$/u.test(last.text)) {
    const tag = lexiconTag(last.text.toLowerCase());
    if (tag && PERSON_LEXICON.has(tag)) return "person";
    if (last.text.length >= 4 && isCommonWord(last.text) && !organizationAcronyms.has(last.text)
      && !(tag && PLACE_LEXICON.has(tag))) return "defer";
  }
  // "Ruth Caddell, QC, said": letters in capitals are an abbreviation, never a person's name.
  if (run.length === 1 && /^\p{Lu}[\p{Lu}.&]+$/u.test(last.text.replace(/['’]s$/u, "")) && !isAcronym(last)) return null;
  const lexical = lexiconTag(lower);
  const personal = lexical !== undefined && PERSON_LEXICON.has(lexical) && !ev.locative;
  // "Marcus T. Vell": a first name and a middle initial make a person whatever the last word is.
  if (run.length === 3 && isFirstName(first) && /^\p{Lu}\.?$/u.test(run[1]!.text)) return "person";
  // "O.J. Vell", "T.S. Marrow": dotted initials before one word written as a name are a person's, not a body's.
  if (run.length === 2 && /^(?:\p{Lu}\.){2,3}$/u.test(first.text) && !placeAbbreviations.has(first.text)
    && !organizationAcronyms.has(first.text) && /^\p{Lu}\p{Ll}+$/u.test(lastKey === last.normal ? last.text : last.text.replace(/['’]s$/u, ""))
    && !organizationHeads.has(lastKey) && !facilityHeads.has(lastKey) && !nonEntityHeads.has(lastKey) && !last.tags.has("Place")) return "person";
  if (run.length > 1 && (isFirstName(first) || ev.givenName) && run.length <= 3 && !organizationHeads.has(lastKey)
    && !facilityHeads.has(lastKey) && !nonEntityHeads.has(lastKey)) return "person";
  if (run.length > 1 && nonEntityHeads.has(lastKey)) return null;
  // "Lam Ho-wing", "Chan Ka-man": a given name of two syllables joined by a hyphen, the second in lower case. Not
  // a link before a capitalised word ("Dasht-e Parvan", the Persian ezafe): a second syllable ends its given name.
  const secondSyllable = (i: number) => /^\p{Ll}{1,4}$/u.test(run[i + 1]?.text ?? "") && !isCapitalised(run[i + 2] ?? run[i + 1]!);
  if (run.length >= 3 && run.length <= 4 && run.some((t, i) => i > 0 && t.post === "-" && secondSyllable(i))) {
    return "person";
  }
  // "Senator Ada Park", "Mayor Tom Hall": a person's title before a first name and a surname that is also a
  // word for a place.
  if (ev.titled && run.length >= 2 && run.length <= 3 && facilityHeads.has(lastKey) && !run.some((t) => t.tags.has("Organization"))) {
    return "person";
  }
  // "the Anglican Church", "Eastern Orthodox Church", "Anglican Communion": a church named by its creed is the
  // body of believers; one named otherwise ("St Anne's Church", "Grace Church") is a building.
  if (run.length > 1 && CREED_BODIES.has(lastKey) && run.slice(0, -1).every(isCreedWord)) return "organization";
  if (run.length > 1 && facilityHeads.has(lastKey)) return "place";
  if (run.length > 1 && organizationHeads.has(lastKey)) return "organization";
  // "Ms. Lisbon", "Sen. Warren": after a person's title a word that is also a city is a surname (a country
  // after a title is more often where the office is: "Secretary Clinton" aside, "Minister France" is not written).
  if (ev.titled && run.length <= 3 && lexical !== "Country" && !run.some((t) => t.tags.has("Organization") || t.tags.has("Country"))) {
    return "person";
  }
  // "Fisheries Canada", "Team USA", "Air France": a noun before a country names a body of that country.
  if (run.length === 2 && last.tags.has("Country") && isAgencyWord(first)) return "organization";
  // "Partido Verde Unido", "Banco Santander", "Université Laval": a body named head first, in another language.
  if (run.length >= 2 && foreignOrganizationHeads.has(first.normal)) return "organization";
  // "TripAdvisor", "LibriVox", "YouTube": one word with a capital inside is a brand, not a person ("McKay",
  // "DeLuca", "MacArthur" are surnames written with a particle).
  if (run.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u.test(last.text) && !SURNAME_PREFIX.test(last.text)) return "organization";
  if (lexical !== undefined && PLACE_LEXICON.has(lexical)) {
    const country = lexical === "Country" || run.some((t) => t.tags.has("Country"));
    return country && (ev.sportsReport || ev.beforeActionVerb) ? "organization" : "place";
  }
  // An unknown acronym is an organisation from three letters on; two capitals ("IE", "XP") are too often
  // product or unit abbreviations. Known ones ("UN", "AP") were matched above.
  if (run.length === 1 && isAcronym(last) && last.text.replace(/['’]s$|\./gu, "").length >= 3 && !ev.afterNumber) return "organization";
  // The address shape outweighs a given name's look ("Preston", "Morgan" are towns before a state and a country).
  if (ev.townOfCountry && !ev.titled) return "place";
  // No one flies to a person or takes a road north of one: a name gone to is a place whatever it looks like,
  // unless the story gives it a title or an office ("via Tariq Rahimi, his chief of staff"). A body the tagger
  // knows is a channel, not a destination ("announced via Twitter", "wrote via Facebook").
  if (ev.goneTo && run.length <= 2 && !ev.titled && !ev.described && !run.some((t) => t.tags.has("Organization"))) return "place";
  if (ev.titled || personal) return "person";
  // A first name wins over "from X" ("a letter from Melinda"); a bare surname-like word after "in" is a place.
  if (run.some(isFirstName)) return "person";
  if (run.some((t) => t.tags.has("LastName"))) return ev.locative && run.length === 1 ? "place" : "person";
  // The link of "Dasht-e Parvan" (the Persian ezafe and its like) is no word of its own, and no person's name
  // has one: the name has two words, and the tagger's reading of it as a person is a guess.
  const linked = run.filter((t, i) => i > 0 && run[i - 1]!.post === "-" && /^\p{Ll}{1,2}$/u.test(t.text) && isCapitalised(run[i + 1] ?? t)).length;
  // compromise read the whole run as a person ("Orin Kessock") and its last word is in no dictionary.
  // A given name in another language's list ("Orin", "Abiy") is a sign of a person; without one, a run of
  // words no dictionary knows is as often a place or building written in its own language ("Meydan Kohne",
  // "Strynø Brovej", "Kamobeul Bolon"): the rules leave it to the learned typer, which weighs its context.
  // A person's part in the sentence ("Aigerim Bekova won", "police arrested Sipho Dlamini") stands in for the
  // listing: the lists hold few African, Central Asian and Pacific names, and places seldom play such parts.
  // Not for a people's name ("Asian Americans voted", "Kurdish Peshmerga retook"): a nationality is no given name.
  const personSign = isListedGivenName(first.text.replace(/['’]s$/u, "")) || (ev.personRole && !run.some((t) => t.tags.has("Demonym")));
  if (run.length >= 2 && linked === 0 && run.every((t) => t.tags.has("Person") && !t.tags.has("Honorific")) && !isCommonWord(last.text)
    && personSign) {
    return "person";
  }
  if (run.some((t) => t.tags.has("Organization"))) return "organization";
  // "Seed Quality Australia New Zealand": ordinary words before a place make the name of a body there.
  const placeFrom = run.findIndex((t) => t.tags.has("Place"));
  if (placeFrom >= 2 && run.slice(0, placeFrom).every((t) => isCommonWord(t.text) && !isTitleToken(t))
    && run.slice(placeFrom).every((t) => t.tags.has("Place"))) return "organization";
  // "Tulsa Transit", "the Brooklyn Paper", "Ontario Ghostbusters", "Rice Owls": a place, then capitalised words that
  // are no part of a place's name, names a body of that place. The tagger reads the words that continue a place's
  // name in context as the place's ("Saratoga Springs", "Brooklyn Heights", "Miami Beach"); the heads of buildings
  // and sites ("Tulsa Airport"), of events and things, and nationalities ("Boston Irish") are none.
  const placeEnd = run.findIndex((t) => !t.tags.has("Place"));
  if (placeFrom === 0 && placeEnd > 0 && run.slice(0, placeEnd).every(isLexiconPlace) && run.slice(placeEnd).every(isBodyWordAfterPlace)
    && !SITE_HEADS.has(lastKey)) {
    return "organization";
  }
  if (run.some((t) => t.tags.has("Place"))) return "place";
  // "via Tariq Rahimi, his chief of staff": an office given to the name outweighs the preposition before it.
  if (ev.locative && ev.described && run.length >= 2 && !run.some((t) => t.tags.has("Place"))) return "person";
  if (ev.locative && run.length - linked <= 2) return "place";
  // Names compromise does not know: words no dictionary has ("Vantoller", "Kessock") are names; ordinary words
  // ("Global Challenge", "Internet Explorer") are not, without further evidence.
  const shaped = run.every((t) => CAPITALISED_WORD.test(t.text) || nameParticles.has(t.normal) || /^\p{Ll}{1,4}$/u.test(t.text));
  if (!shaped || run.length > 4) return null;
  const unknownWords = run.filter((t) => CAPITALISED.test(t.text) && !isCommonWord(t.text)).length;
  if (run.length >= 2 && unknownWords === run.filter(isCapitalised).length && personSign) return "person";
  // "Sands Ormekke": an ordinary word capitalised in mid-sentence, then a surname no dictionary has.
  if (run.length === 2 && !ev.initial && unknownWords === 1 && !isCommonWord(last.text) && CAPITALISED_WORD.test(last.text)
    && /\p{Ll}/u.test(last.text) && !last.tags.has("Demonym") && !run.some((t) => t.tags.has("Place"))) return "person";
  // "Wikinews", "Euronews": one unknown word made with a newspaper word is an outlet.
  if (run.length === 1 && unknownWords === 1 && OUTLET_COMPOUND.test(last.text)) return "organization";
  if ((ev.beforeSpeechVerb || ev.afterSpeechVerb) && unknownWords > 0) return "person";
  // "glad Romney didn't win": an unknown word in mid-sentence that is the subject of a verb only people do.
  if (run.length === 1 && unknownWords === 1 && ev.beforePersonVerb && !ev.initial) return "person";
  return run.length === 1 ? "defer" : null;
}

/** A capitalised word after a place that makes a body's name of it: not a place's, building's, event's or people's word. */
function isBodyWordAfterPlace(t: Token): boolean {
  const key = t.normal.replace(/['’]s$/u, "");
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text.replace(/['’]s$/u, "")) || !isCommonWord(key)) return false;
  const tag = lexiconTag(key);
  return !t.tags.has("Place") && !t.tags.has("Demonym") && !t.tags.has("Person") && !t.tags.has("Adjective") && !isTitleToken(t)
    && !(tag === "Adjective" || tag === "Comparative" || tag === "Superlative")
    && !facilityHeads.has(key) && !facilityHeads.has(key.replace(/s$/u, "")) && !nonEntityHeads.has(key) && !DIRECTION_OF.test(key)
    && !PLACE_PART.test(key);
}

/** Words that continue a place's name or name its surroundings: "Tulsa Metro", "Asia Pacific", "Berlin Wall". */
const PLACE_PART = /^(?:metro|area|areas|suburbs?|downtown|uptown|midtown|outskirts|environs|combined|proper|pacific|atlantic|wall)$/u;

/**
 * Heads that make a site of the place before them, a stretch of land, water or a town's ground ("Texas Panhandle",
 * "Nile Delta", "Gaza Strip", "Boston Seaport", "Chicago Loop"), a structure the building heads miss ("Tokyo Dome",
 * "Cairo Citadel", "Tulsa Courthouse") or a settlement's suffix ("Phoenix Bend", "Dallas Corners"): the tagger reads
 * few of them as a place's. Asked of the last word only, so a body named after such a site stays a body ("Texas
 * Border Patrol"). Not "yard" ("Scotland Yard" is the police), "house" ("Texas House"), "channel" ("Florida
 * Channel"), "library" or "market", which name bodies as often.
 */
const SITE_HEADS = new Set([
  // land, water and a town's ground
  "delta", "deltas", "panhandle", "keys", "loop", "strip", "triangle", "border", "borders", "borderland", "borderlands",
  "frontier", "seaport", "waterfront", "lakefront", "riverfront", "seafront", "beachfront", "oceanfront", "outback",
  "hinterland", "heartland", "countryside", "backcountry", "highlands", "lowlands", "uplands", "hill", "hills", "heights",
  "shore", "shores", "shoreline", "coastline", "basin", "falls", "springs", "beach", "beaches", "ridge", "canyon", "gorge",
  "creek", "marsh", "marshes", "wetlands", "swamp", "everglades", "glacier", "plateau", "estuary", "lagoon", "reef",
  "sound", "fjord", "cape", "steppe", "steppes", "prairie", "prairies", "badlands", "corridor", "quarter", "docklands",
  "docks", "pier", "wharf", "quay", "marina", "embankment", "promenade", "boardwalk", "terminal", "termini", "tunnel",
  "riviera", "isthmus", "archipelago", "isle", "isles", "atoll", "oasis", "savanna", "tundra", "rainforest", "jungle",
  "woods", "woodlands", "meadows", "dunes", "flats", "bluffs", "cliffs", "peak", "volcano", "narrows", "inlet", "bayou",
  "trail", "lane", "drive", "row", "terrace", "gardens", "commons", "fields", "neighborhood", "neighbourhood", "ghetto",
  // a settlement's own suffix
  "bend", "corners", "crossing", "junction", "landing", "grove", "glen", "hollow", "haven", "point", "mills",
  // structures
  "aquarium", "citadel", "fortress", "fort", "dome", "gate", "gates", "aqueduct", "courthouse", "pavilion", "lighthouse",
  "shrine", "depot", "arch", "mall", "galleria", "coliseum", "colosseum", "acropolis", "auditorium", "observatory",
  "abbey", "chapel", "basilica", "tomb", "pyramid", "pyramids", "monastery", "convent", "pagoda", "mansion", "manor",
  "villa", "ruins", "fairgrounds", "racecourse", "speedway", "raceway", "velodrome", "ballpark", "bazaar", "souk",
  "warehouse", "barracks", "arsenal", "mill", "skyscraper", "terminus", "viaduct", "causeway", "lock", "locks",
  "plant", "factory", "refinery", "mine", "mines", "smelter", "shipyard", "dockyard",
]);

/** A place by the lexicon (a country, city or region), not a nationality nor the tagger's guess from context. */
function isLexiconPlace(t: Token): boolean {
  if (t.tags.has("Demonym")) return false;
  if (t.tags.has("Country") || placeAbbreviations.has(t.text)) return true;
  const tag = lexiconTag(t.normal.replace(/['’]s$/u, ""));
  return tag !== undefined && PLACE_LEXICON.has(tag);
}

/** Heads of a territory that governs itself: "Municipality of X", "Prefecture of Y". */
const ADMINISTRATIVE_UNITS = new Set(["municipality", "prefecture", "borough", "commune", "canton", "township", "governorate"]);

/** The code systems of airports, written as a label before the code in travel guides: "(IATA: TUL)". */
const AIRPORT_CODE_LABEL = /^(?:IATA|ICAO|FAA)$/u;

/** Words for a church as a body of believers, when a creed names it. */
const CREED_BODIES = new Set(["church", "churches", "communion"]);

/** "Catholic", "Lutheran", "Eastern", "Greek": a word of creed, rite or region, not a saint's or a founder's name. */
function isCreedWord(t: Token): boolean {
  if (isPossessive(t) || facilityHeads.has(t.normal)) return false;
  return notNames.has(t.normal) || t.tags.has("Demonym") || lexiconTag(t.normal) === "Adjective"
    || /(?:an|ist|ic|al)$/u.test(t.normal);
}

function genderOf(run: Token[], titles: string[]): "female" | "male" | null {
  const lowered = titles.map((t) => t.toLowerCase().replace(/\.$/, ""));
  if (lowered.some((t) => /(^|\s)(mrs|ms|miss|queen|princess|dame|lady)$|woman$/.test(t))) return "female";
  if (lowered.some((t) => /(^|\s)(mr|king|prince|sir|lord|father)$|man$/.test(t))) return "male";
  const first = run[0];
  if (first?.tags.has("FemaleName")) return "female";
  if (first?.tags.has("MaleName")) return "male";
  return null;
}

/** A title word ("Sen.", "minister", "President"); a known acronym in capitals ("SEC") is a name, not "Sec.". */
const isTitleToken = (t: Token) => !(organizationAcronyms.has(t.text) || placeAbbreviations.has(t.text))
  && (isTitleHead(t.text.replace(/['’]s$/u, "")) || t.tags.has("Honorific"));
const isTitleModifier = (t: Token) => titleModifiers.has(t.normal) || t.tags.has("Demonym");

/** Could these words, after a title, be a person's name? ("Obama", "Helen Voss"; not "Department"). */
function couldBePersonName(run: Token[]): boolean {
  if (run.length === 0 || run.length > 4) return false;
  const lastKey = run[run.length - 1]!.normal;
  // "Senator Ada Park": after a title, a known first name makes a surname of a word for a place.
  const firstName = run.length >= 2 && PERSON_LEXICON.has(lexiconTag(run[0]!.normal) ?? "");
  if (organizationHeads.has(lastKey) || (facilityHeads.has(lastKey) && !firstName) || nonEntityHeads.has(lastKey)) return false;
  if (run.length === 1 && (lexiconTag(lastKey) === "Country" || isAcronym(run[0]!))) return false;
  return run.every((t) => CAPITALISED_WORD.test(t.text) || nameParticles.has(t.normal) || /^\p{Ll}{1,4}$/u.test(t.text));
}

/**
 * Splits a run into [name before the title][title][person's name]: "U.S. President Donald Trump",
 * "NASA Administrator Helen Voss", "Russian Foreign Minister Sergei Lavrov", "Sen. John McCain".
 */
function splitTitle(run: Token[]): { prefix: Token[]; title: Token[]; name: Token[] } | null {
  // "Port-au-Prince", "Bois-le-Roi": a word after a lower-case link inside a hyphenated name is part of it, no title.
  const k = run.findIndex((t, i) => isTitleToken(t) && !(i >= 2 && run[i - 1]!.post === "-" && run[i - 2]!.post === "-"
    && /^\p{Ll}{1,2}$/u.test(run[i - 1]!.text)));
  if (k < 0) return null;
  // "Tomas King", "Ada Bishop": after a first name, a title word that ends the run is a surname.
  if (k === run.length - 1 && k > 0 && isFirstName(run[0]!) && !isPossessive(run[k - 1]!)
    && run.every((t) => CAPITALISED.test(t.text))) return null;
  let titleStart = k;
  while (titleStart > 0 && isTitleModifier(run[titleStart - 1]!)) titleStart--;
  let nameStart = k + 1;
  while (nameStart < run.length && (isTitleToken(run[nameStart]!) || titleModifiers.has(run[nameStart]!.normal))) {
    nameStart++;
  }
  const name = run.slice(nameStart);
  if (name.length > 0 && !couldBePersonName(name)) return null;
  // A title alone ("The President", "Prime Minister") names nobody.
  return { prefix: run.slice(0, titleStart), title: run.slice(titleStart, nameStart), name };
}

/**
 * "Oregon Dana Pruitt", "NASA Leo Marsh", "Refugee Council Amir Haddad": a place or organisation
 * written right before a person's name is a separate name. Returns where the person's name starts, or 0.
 */
function splitNameBeforePerson(run: Token[]): number {
  for (let m = 1; m + 2 <= run.length; m++) {
    const rest = run.slice(m);
    if (rest.length > 3) continue;
    const personLike = isFirstName(rest[0]!) || rest.every((t) => CAPITALISED_WORD.test(t.text) && !isCommonWord(t.text));
    if (!personLike || rest.some((t) => t.tags.has("Place") && !t.tags.has("Person"))) continue;
    const before = run.slice(0, m);
    const head = before.map((t) => t.normal).join(" ");
    const tag = lexiconTag(head);
    const lastKey = before[before.length - 1]!.normal;
    if ((tag && PLACE_LEXICON.has(tag)) || knownOrganizations.has(head) || (m === 1 && isAcronym(before[0]!))
      || (m >= 2 && (organizationHeads.has(lastKey) || facilityHeads.has(lastKey)))) return m;
  }
  return 0;
}

/**
 * "Secretary of State Mary Whitcomb": a run that opens with the word completing a title phrase written before
 * it ("Secretary of" + "State") starts with the title's last word, not the name. Returns the title's tokens.
 */
function titleEndingIn(tokens: Token[], first: Token): Token[] {
  const of = tokens[first.index - 1];
  const head = tokens[first.index - 2];
  if (!of || !head || of.normal !== "of" || !joined(head, of) || !joined(of, first)) return [];
  return isTitleWithOf(head.text, first.normal) ? [head, of, first] : [];
}

/**
 * "former secretary of state Ada Quill": the whole title written before the name, its last word in lower
 * case and so outside the run. The tagger may read the name after "state" as a place; the title says whose.
 */
function titleWrittenBefore(tokens: Token[], first: Token): Token[] {
  const [head, of, last] = [tokens[first.index - 3], tokens[first.index - 2], tokens[first.index - 1]];
  if (!head || !of || !last || of.normal !== "of" || !/^\p{Ll}/u.test(last.text)) return [];
  if (!joined(head, of) || !joined(of, last) || !joined(last, first)) return [];
  return isTitleWithOf(head.text, last.normal) ? [head, of, last] : [];
}

/** The lower-case title words written just before a run: "spokesman Dmitri Peskov", "the senator John Doe". */
function precedingTitle(tokens: Token[], runStart: number, sentenceStart: number): Token[] {
  const title: Token[] = [];
  for (let i = runStart - 1; i >= sentenceStart; i--) {
    const token = tokens[i]!;
    // The word next to the name must be a title's head ("foreign minister", not "the first FIRST Cup").
    const isTitle = title.length === 0 ? isTitleHead(token.text) : isTitleWord(token.text);
    if (!joined(token, tokens[i + 1]!) || !isTitle || isCapitalised(token)) break;
    title.unshift(token);
  }
  return title;
}

function withHyphenPrefix(tokens: Token[], title: Token[]): Token[] {
  const first = title[0];
  if (!first) return title;
  const before = tokens[first.index - 1];
  if (before && before.post === "-" && HYPHEN_PREFIXES.has(before.normal) && before.sentence === first.sentence) {
    return [before, ...title];
  }
  return title;
}

function makeMention(
  parsed: ParsedStory, nameTokens: Token[], type: EntityType, titleTokens: Token[],
): RawMention | null {
  const first = nameTokens[0]!;
  const last = nameTokens[nameTokens.length - 1]!;
  let end = last.end;
  if (isPossessive(last)) {
    end -= /['’]s$/u.test(last.text) ? 2 : 0;
  }
  const text = parsed.text.slice(first.start, end);
  if (!/\p{L}/u.test(text)) return null;
  if (nameTokens.length === 1 && neverNames.has(text.toLowerCase()) && !isAcronym(first)) return null;
  const lastTitle = titleTokens[titleTokens.length - 1];
  // "Ms." and "Sen." keep their dot, which compromise leaves outside the word.
  const titleEnd = lastTitle ? lastTitle.end + (lastTitle.post.startsWith(".") ? 1 : 0) : 0;
  const titleText = lastTitle ? parsed.text.slice(titleTokens[0]!.start, titleEnd) : null;
  const region = parsed.regions[first.region]!;
  return {
    text, start: first.start, end, type,
    titles: titleText ? [titleText] : [],
    titledForm: titleText ? parsed.text.slice(titleTokens[0]!.start, end) : null,
    paragraph: region.paragraph,
    words: nameTokens.filter(isCapitalised).length,
    gender: type === "person" ? genderOf(nameTokens, titleText ? [titleText] : []) : null,
  };
}

/**
 * "Pro-Moscow separatists" opening a sentence: an adjective prefix capitalised only because it opens the
 * sentence, written onto a name with a lower-case word after the name, so no title-case name ("Anti-Defamation
 * League", "Trans-Pacific Partnership").
 */
function capitalisedPrefixOpening(tokens: Token[], prefix: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(prefix.text) || !ADJECTIVE_PREFIXES.test(prefix.text.toLowerCase())) return false;
  const before = tokens[prefix.index - 1];
  if (before !== undefined && before.sentence === prefix.sentence) return false;
  const name = tokens[prefix.index + 1];
  const after = name && tokens[name.index + 1];
  return after !== undefined && after.sentence === prefix.sentence && /^\p{Ll}/u.test(after.text);
}

/** Names inside a hyphenated word: "U.S." in "U.S.-Russian", "Russia" in "Russia-U.S.". */
function mentionsInsideHyphenated(parsed: ParsedStory, token: Token, deferred: Deferred[]): RawMention[] {
  const found: RawMention[] = [];
  let offset = 0;
  const parts = token.text.split("-");
  // "pro-Moscow rebels", "anti-Kyiv slogans": an adjective made from a name, no mention of the place.
  if (parts.length === 2 && ADJECTIVE_PREFIXES.test(parts[0]!)) return found;
  for (const part of parts) {
    const start = token.start + offset;
    offset += part.length + 1;
    let type: EntityType | null = null;
    if (placeAbbreviations.has(part)) type = "place";
    else if (organizationAcronyms.has(part)) type = "organization";
    else {
      const tag = lexiconTag(part.toLowerCase());
      if (CAPITALISED.test(part) && (tag === "Country" || tag === "City" || tag === "Region")) type = "place";
    }
    // "a Holt-like hat": a capitalised part may be a surname the story names in full.
    if (!type && CAPITALISED_WORD.test(part) && /\p{Ll}/u.test(part) && part.length > 2) deferred.push({ token, part: { text: part, start } });
    if (type) {
      found.push({
        text: part, start, end: start + part.length, type, titles: [], titledForm: null,
        paragraph: parsed.regions[token.region]!.paragraph, words: 1, gender: null,
      });
    }
  }
  return found;
}

/** A verb only people do at `token`, maybe after an auxiliary: "resigned", "didn't win", "will vote". */
function isPersonVerbAt(tokens: Token[], token: Token): boolean {
  let verb = token;
  if (verb.tags.has("Auxiliary") || verb.tags.has("Modal")) {
    const after = tokens[verb.index + 1];
    if (!after || after.sentence !== token.sentence) return false;
    verb = after;
  }
  return personVerbs.has(verb.normal);
}

/** Score lines ("1 – 0") and words of sport: a report of matches, where countries are teams. */
function isSportsReport(tokens: Token[]): boolean {
  let scores = 0;
  let sportWords = 0;
  for (const t of tokens) {
    if (t.tags.has("NumberRange") && /^\d{1,2}\s*[–-]\s*\d{1,2}$/u.test(t.text)) scores++;
    else if (sportsWords.has(t.normal)) sportWords++;
  }
  return scores >= 2 && sportWords >= 2;
}

/** A lone word waiting for story-wide evidence; `part` is set for a word inside a hyphenated token. */
/**
 * A name decided once every mention is known: a lone unknown word (`token`, or `part` of a hyphenated one), or
 * an unknown first name before an ordinary word (`pair`: "Ivanka Trump", where "trump" is in the dictionary).
 */
interface Deferred { token: Token; part?: { text: string; start: number }; pair?: Token[]; personal?: boolean }

/**
 * Finds every name mention in the parsed regions. Runs of capitalised words the rules do not take for a name
 * (or leave undecided) are added to `rejected`, when given, for the learned typer to judge (typer.ts). `cited` holds
 * the cited authors' spans of the whole text; a story read in pieces (pieces.ts) finds them once and passes them.
 */
export function findMentions(parsed: ParsedStory, rejected?: RawMention[], cited: CitedSpan[] = citedAuthors(parsed.text)): RawMention[] {
  const mentions: RawMention[] = [];
  const deferred: Deferred[] = [];
  /** Mentions typed place only because of "in X" / "from X": weaker than a surname seen elsewhere. */
  const locativeOnly = new Set<RawMention>();
  const goneTo = new Set<RawMention>();
  /** The names cited as an author or a case's party and typed a person ("Tarrow" of "Tarrow v. Quillen"). */
  const citedPeople = new Set<string>();
  const { tokens } = parsed;
  const sportsReport = isSportsReport(tokens);

  /** The names of storms the story has given with their kind ("Cyclone Phailin"): "Phailin" alone is the storm too. */
  const stormNames = new Set<string>();
  /** The first words of the people named in full so far ("Katrina" of "Katrina Smith"). */
  const givenNamesOfPeople = new Set<string>();
  const emit = (nameTokens: Token[], titleTokens: Token[], ctx: { sentence: Sentence; titleCased: boolean; ofHeadType: EntityType | null; governed?: boolean; cited?: boolean }) => {
    if (nameTokens.length === 0) return;
    const first = nameTokens[0]!;
    const last = nameTokens[nameTokens.length - 1]!;
    // "Cyclone Phailin", "Typhoon Haiyan", and "Phailin's winds" after them: a storm is named like a person but is
    // neither a person, a body nor a place.
    if (nameTokens.length === 2 && STORM.test(first.normal) && isStormName(last)) {
      stormNames.add(key(nameTokens.slice(nameTokens.length - 1).map((t) => t.text).join(" ")));
      return;
    }
    // ... unless a person of that given name has been named ("Katrina Smith, who lost her home ... Katrina said").
    if (nameTokens.length === 1 && stormNames.has(key(first.text)) && !givenNamesOfPeople.has(key(first.text))) return;
    const before = tokens[first.index - 1];
    const next = tokens[last.index + 1];
    // "Plaintiff lawyers declined", "Claimant count figures rose": a role before a noun, then a noun or a verb, describes
    // the noun (in news above all), where "Petitioner contends" names the party by its role. ("Petitioner pled
    // guilty": the tagger reads "pled" as a noun, but no verb or noun follows it.)
    if (ctx.cited && nameTokens.length === 1 && isPartyRole(first.text) && next && next.sentence === first.sentence
      && /^[ \u00a0]+$/u.test(last.post) && next.tags.has("Noun") && !next.tags.has("Verb") && /^\p{Ll}/u.test(next.text)
      && /^[ \u00a0]+$/u.test(next.post) && nounOrVerb(tokens[next.index + 1])) return;
    const lowerTitle = precedingTitle(tokens, first.index, ctx.sentence.firstToken);
    const allTitles = withHyphenPrefix(tokens, [...lowerTitle, ...titleTokens]);
    const sameSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === ctx.sentence.index;
    const ev: Evidence = {
      titled: allTitles.length > 0,
      beforeSpeechVerb: sameSentence(next) && !isPossessive(last) && isSpeechVerb(next),
      afterSpeechVerb: sameSentence(before) && isSpeechVerb(before) && /^[ \u00a0]+$/u.test(before.post),
      locative: (sameSentence(before) && locativeKind(tokens, before) !== null && joined(before, first) && !isPossessive(last))
        || (sameSentence(before) && before.tags.has("Place") && /^,\s/u.test(before.post) && nameTokens.length === 1)
        || (sameSentence(next) && /^,\s/u.test(last.post) && next.tags.has("Place") && !next.tags.has("Person")),
      goneTo: sameSentence(before) && locativeKind(tokens, before) === "going" && joined(before, first) && !isPossessive(last),
      // "Preston, Victoria, Australia": a town, its state and its country, even when the state is a given name too.
      townOfCountry: nameTokens.length <= 3 && sameSentence(next) && /^,\s/u.test(last.post) && /^,\s/u.test(next.post)
        && CAPITALISED.test(next.text) && sameSentence(tokens[next.index + 1]) && tokens[next.index + 1]!.tags.has("Country"),
      initial: isGrammaticallyCapitalised(tokens, first, ctx.sentence),
      // "the government of Canada announced": after a preposition the name is not the verb's subject.
      beforeActionVerb: sameSentence(next) && !isPossessive(last) && /^[ \u00a0]+$/u.test(last.post)
        && next.tags.has("Verb") && !next.tags.has("Copula")
        && !(sameSentence(before) && (before.tags.has("Preposition") || PREPOSITIONS.has(before.normal))),
      sportsReport,
      beforePersonVerb: sameSentence(next) && !isPossessive(last) && /^[ \u00a0]+$/u.test(last.post)
        && isPersonVerbAt(tokens, next),
      ofHeadType: ctx.ofHeadType,
      afterNumber: sameSentence(before) && /^[ \u00a0]+$/u.test(before.post) && /^[\d.,]+$/u.test(before.text),
      givenName: nameTokens.length > 1 && opensGivenName(tokens, first, ctx.sentence),
      personRole: false,
      airportCode: sameSentence(before) && AIRPORT_CODE_LABEL.test(before.text) && /^:\s*$/u.test(before.post),
      described: describedByRole(tokens, last, true),
    };
    ev.personRole = ev.beforeActionVerb || ev.beforePersonVerb || ev.beforeSpeechVerb || ev.afterSpeechVerb
      || describedAsPerson(tokens, last) || describedByRole(tokens, last)
      || (sameSentence(before) && (isPersonObjectVerb(before, first) || givenToPerson(tokens, before)));
    // "XR-204", "F-16", "Boeing 737-800": a designation, not a name.
    if (last.post === "-" && next && /^\d/u.test(next.text)) return;
    // "in Figure 2", "Table 3", "Section 4.1": an ordinary word numbered is a part of the text or a thing in a
    // series, not a name (and where a numbered thing is one, "Route 66", the word alone is not its span).
    // A number that counts what follows it ("favored Trump 58 percent") is a quantity, not the word's number.
    if (nameTokens.length === 1 && isCommonWord(first.text) && !hasEntityTag(first) && sameSentence(next) && /^[ \u00a0]+$/u.test(last.post)
      && /^\d+(?:[.-]\d+)*\p{Ll}?$/u.test(next.text) && !countsWhatFollows(tokens, next)) return;
    // "in Tarrow v. Quillen", "in (Adler, 2007)": the preposition governs the case or the source, not a place.
    let type = typeOfRun(nameTokens, ctx.cited ? { ...ev, locative: false } : ev);
    // A cited author or a case's party is a person unless the typing has another answer from what is known of
    // the name (a dictionary, the lists of bodies, outlets and places): "(Reuters, 2019)", "(Beijing, 2008)"
    // keep the type their names have everywhere else, while a guess from the word's shape or a tagger's hunch
    // gives way ("(Marks, 2019)"). Letters in capitals ("FY", "FEC") are an abbreviation, never a person's name.
    if (ctx.cited && !isAbbreviationRun(nameTokens) && (type === "defer" || type === null
      || ((type === "place" || type === "organization") && !isKnownBodyOrPlace(nameTokens)))) type = "person";
    if (ctx.governed && type === "person") type = "place";
    // An ordinary word alone at the start of a sentence is almost never a name the rules missed (4 in 439 in
    // the tuning part), so it is not put to the typer.
    const ordinaryOpener = nameTokens.length === 1 && ev.initial && isCommonWord(first.text);
    if ((type === "defer" || !type) && rejected && !ctx.titleCased && nameTokens.length <= 6 && !ordinaryOpener) {
      const candidate = makeMention(parsed, nameTokens, "person", []);
      if (candidate) rejected.push(candidate);
    }
    if (type === "defer") {
      // A lone unknown word: a person only if the story names them in full (resolved below), except that a
      // word capitalised by grammar alone or in a headline is no evidence.
      if (nameTokens.length === 1) deferred.push({ token: first });
      return;
    }
    if (!type) {
      // "Ivanka Trump": a first name no dictionary has, then a word that is also an ordinary one. A person only if
      // the story names someone in full with that surname ("Donald Trump"). So too a given name that is also an
      // ordinary word ("met Hope Hicks"), when the story names that person in full elsewhere ("Hope Hicks said").
      if (nameTokens.length === 2 && !ctx.titleCased && /^\s+$/u.test(first.post) && (isUnknownName(first) || isGivenNameWord(first))
        && CAPITALISED_WORD.test(last.text)
        && /\p{Ll}/u.test(last.text) && !last.tags.has("Place") && !last.tags.has("Organization")) {
        // Only with a sign of a person at one of its mentions at least: "Kelvana Price promotion", "Barrick
        // Gold fell" are a brand and a company beside a Marcus Price or a Rachel Gold.
        deferred.push({ token: first, pair: nameTokens, personal: ev.beforeSpeechVerb || ev.afterSpeechVerb
          || ev.beforePersonVerb || allTitles.length > 0 || describedAsPerson(tokens, last) });
      }
      return;
    }
    if (ctx.titleCased && type === "person" && !nameTokens.some(hasEntityTag)) return;
    const mention = makeMention(parsed, nameTokens, type, type === "person" ? allTitles : []);
    if (!mention) return;
    mentions.push(mention);
    if (type === "person" && nameTokens.length >= 2) givenNamesOfPeople.add(key(first.text));
    // Only a name no dictionary knows: "Jackson" of "Dobbs v. Jackson" is a surname, but "the clinic in Jackson" is
    // the city, which a known name is as often as a party; "in Quillen" after "Tarrow v. Quillen" is the case.
    if (ctx.cited && type === "person" && mention.text.split(/\s+/u).every((w) => lexiconTag(w.toLowerCase().replace(/['’]s$/u, "")) === undefined)) {
      citedPeople.add(key(mention.text));
    }
    if (type === "place" && ev.locative && typeOfRun(nameTokens, { ...ev, locative: false, goneTo: false, townOfCountry: false }) !== "place") {
      // "Her family moved to Houston" beside "Kayla Houston": a place gone to stays a place.
      if (sameSentence(before) && locativeKind(tokens, before) === "going") goneTo.add(mention);
      else locativeOnly.add(mention);
    }
  };

  for (const sentence of parsed.sentences) {
    const sentenceTokens = tokens.slice(sentence.firstToken, sentence.endToken);
    const titleCased = isTitleCased(sentenceTokens, parsed.regions[sentence.region]!.paragraph !== null);
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i]!;
      if (token.text.includes("-") && !token.tags.has("Person")) {
        pushAll(mentions, mentionsInsideHyphenated(parsed, token, deferred));
        continue;
      }
      // "@SomeLabel": a handle names an account, not a person or a body as the text writes it.
      if (token.tags.has("AtMention") || token.text.startsWith("@")) continue;
      // "Expedia.com", "Booking.com": a web site named by its domain is the company behind it.
      if (token.tags.has("Url") && WEBSITE.test(token.text)) {
        const site = makeMention(parsed, [token], "organization", []);
        if (site) mentions.push(site);
        continue;
      }
      // "by May Chen": a month read as a date may open a given name.
      if (!isCapitalised(token) || (isFunctionWord(token, tokens[i - 1]) && !opensGivenName(tokens, token, sentence))) continue;
      // "pro- Moscow", "pro-Islamic State" split by the tokenizer: still an adjective made from the name, which is
      // no mention of it, however many words the name has. In lower case only: "Trans-Pacific Partnership" and
      // "Anti-Defamation League" are names.
      const previous = tokens[i - 1];
      const afterPrefix = previous !== undefined && previous.post === "-" && previous.sentence === token.sentence
        && (ADJECTIVE_PREFIXES.test(previous.text) || capitalisedPrefixOpening(tokens, previous));
      if (titleCased && !hasEntityTag(token) && !isTitleToken(token)) continue;
      let j = i;
      while (j + 1 < sentence.endToken && continues(tokens, tokens[j]!, tokens[j + 1]!, titleCased)) j++;
      if (afterPrefix) {
        i = j;
        continue;
      }
      j = andExtension(tokens, j, titleCased) ?? j;
      let ofHeadType: EntityType | null = null;
      for (let hops = 0; hops < 3; hops++) {
        const extended = ofExtension(tokens, tokens[j]!, titleCased, j - i + 1, hops);
        if (extended === null || extended >= sentence.endToken) break;
        if (hops === 0 && surnameOfHead(tokens, i, j)) break;
        const head = tokens.slice(i, j + 1).reverse().find((t) => ofHeads.has(t.normal));
        ofHeadType ??= head ? (ofHeads.get(head.normal) ?? null) : null;
        j = extended;
      }
      // "the Tower of London Bridge Company": a run ending in a body's head word names the body, not the building
      // (a word for both, "Church", leaves the building). After "of the" the body is the building's owner: "the
      // National Museum of the U.S. Air Force" is the museum.
      if (ofHeadType === "place" && organizationHeads.has(tokens[j]!.normal) && !facilityHeads.has(tokens[j]!.normal)
        && !ofTheBody(tokens, i, j)) ofHeadType = "organization";
      let run = tokens.slice(i, j + 1);
      i = j;
      run = trimRun(run, tokens, sentence);
      if (run.length === 0) continue;
      const ctx = { sentence, titleCased, ofHeadType };
      // "(Adler, Brun, & Cole, 2014)", "Adler and Brun (1995)": the authors of a citation are people, each alone.
      const authors = citedWithin(cited, run);
      if (authors.length > 0) {
        for (const span of authors) emit(run.filter((t) => t.start >= span.start && t.start < span.end), [], { ...ctx, cited: true });
        continue;
      }
      if (ofHeadType) {
        emit(run, [], ctx);
        continue;
      }
      let ofTitle = titleEndingIn(tokens, run[0]!);
      if (ofTitle.length > 0) run = run.slice(1);
      else ofTitle = titleWrittenBefore(tokens, run[0]!);
      if (run.length === 0) continue;
      const split = splitTitle(run);
      if (split) {
        // "Former New York Gov. George Pataki": the word that dates the title is no part of the place.
        const prefix = TIME_OF_TITLE.has(split.prefix[0]?.normal ?? "") ? split.prefix.slice(1) : split.prefix;
        // "Virginia Gov.", "Madison Mayor": what stands before a governor's or a mayor's title is the place
        // governed, though the tagger knows the word as a first name.
        const governed = JURISDICTION_TITLES.has(titleKey(split.title[split.title.length - 1]?.text ?? ""));
        if (prefix.length > 0 && !prefix.every((t) => t.tags.has("Demonym"))) {
          emit(prefix, [], { ...ctx, ofHeadType: null, governed });
        }
        emit(split.name, [...ofTitle, ...split.title], ctx);
        continue;
      }
      const cut = splitNameBeforePerson(run);
      if (cut > 0) {
        emit(run.slice(0, cut), ofTitle, ctx);
        emit(run.slice(cut), [], ctx);
        continue;
      }
      emit(run, ofTitle, ctx);
    }
  }
  trimSurnameModifiers(mentions);
  resolveDeferred(parsed, mentions, deferred);
  harmoniseTypes(mentions, locativeOnly, goneTo, citedPeople);
  retypeAcronyms(parsed.text, mentions);
  impliedSurnames(parsed, mentions);
  const ordinary = ordinaryAcronyms(parsed.text);
  return ordinary.size === 0 ? mentions : mentions.filter((m) => !ordinary.has(m.text.replace(/\./g, "").replace(/['’]?s$/u, "")));
}

/**
 * Is the run known as a body or a place, not merely guessed one: in the dictionary as a place or a body, in the
 * lists of institutions and outlets, or headed by a body's or a building's word ("Pew Research Center").
 */
function isKnownBodyOrPlace(run: Token[]): boolean {
  const lower = run.map((t) => t.text).join(" ").toLowerCase().replace(/['’]s$/u, "");
  const lastKey = run[run.length - 1]!.normal.replace(/['’]s$/u, "");
  const tag = lexiconTag(lower);
  return knownOrganizations.has(lower) || (tag !== undefined && (PLACE_LEXICON.has(tag) || KNOWN_BODY_TAGS.has(tag)))
    || (run.length > 1 && (organizationHeads.has(lastKey) || facilityHeads.has(lastKey)))
    || (run.length === 1 && placeAbbreviations.has(run[0]!.text));
}

/** Dictionary tags of bodies. */
const KNOWN_BODY_TAGS = new Set(["Organization", "SportsTeam", "Company", "School", "University"]);

/** "FY", "NCAA", "U.N.": a run whose every word is written in capital letters. */
function isAbbreviationRun(run: Token[]): boolean {
  return run.every((t) => /^\p{Lu}[\p{Lu}.&]*$/u.test(t.text.replace(/['’]s$/u, "")));
}

/** The cited authors' spans (sorted by start) that lie inside the run. */
function citedWithin(cited: CitedSpan[], run: Token[]): CitedSpan[] {
  if (cited.length === 0) return [];
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  const found: CitedSpan[] = [];
  for (let i = countBefore(cited, start, (c) => c.start); i < cited.length && cited[i]!.start < end; i++) {
    if (cited[i]!.end <= end) found.push(cited[i]!);
  }
  return found;
}

/** Lower-cased, without dots, accents or a possessive: the form names are compared in. */
function key(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").replace(/['’]s$/u, "").replace(/[.’']/g, "").toLowerCase();
}

/**
 * A lone unknown word is a person when the story also names that person in full ("Kessock" after "Daniel
 * Kessock"), wherever it stands, even at the start of a sentence.
 */
function resolveDeferred(parsed: ParsedStory, mentions: RawMention[], deferred: Deferred[]): void {
  if (deferred.length === 0) return;
  const surnames = surnamesOf(mentions);
  const shortNames = shortOrganizationNames(mentions);
  const pairKey = (pair: Token[]) => key(pair.map((t) => t.text).join(" "));
  const personalPairs = new Set(deferred.filter((d) => d.pair && d.personal).map((d) => pairKey(d.pair!)));
  // A pair the story names as a person elsewhere ("Hope Hicks said") is that person wherever it stands.
  for (const m of mentions) if (m.type === "person" && m.words === 2) personalPairs.add(key(m.text));
  for (const { token, part, pair } of deferred) {
    if (pair) {
      const person = surnames.has(key(pair[1]!.text)) && personalPairs.has(pairKey(pair));
      const mention = person ? makeMention(parsed, pair, "person", []) : null;
      if (mention) mentions.push(mention);
      continue;
    }
    if (!part && shortNames.has(key(token.text)) && !surnames.has(key(token.text))) {
      const company = makeMention(parsed, [token], "organization", []);
      if (company) mentions.push(company);
      continue;
    }
    if (!surnames.has(key(part ? part.text : token.text))) continue;
    const mention = part
      ? { text: part.text, start: part.start, end: part.start + part.text.length, type: "person" as const, titles: [],
        titledForm: null, paragraph: parsed.regions[token.region]!.paragraph, words: 1, gender: null }
      : makeMention(parsed, [token], "person", []);
    if (mention) mentions.push(mention);
  }
}

/** "Acme" for "Acme Holdings": the distinctive word before an organisation's head names it alone. */
function shortOrganizationNames(mentions: RawMention[]): Set<string> {
  return new Set(mentions.filter((m) => m.type === "organization" && m.words === 2
    && organizationHeads.has(key(lastOf(m.text)))).map((m) => key(firstOf(m.text))));
}

/** Last words of people named in full (or with a title): the surnames the story uses. */
function surnamesOf(mentions: RawMention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = m.text.split(/\s+/);
    if (words.length > 1 || m.titles.length > 0) surnames.add(key(lastOf(m.text)));
  }
  return surnames;
}

/**
 * "the Holt Portraits": a surname the story uses for a person named in full, followed by one more word, is
 * that person used as a modifier; the name is the surname alone.
 */
function trimSurnameModifiers(mentions: RawMention[]): void {
  const fullNames = mentions.filter((m) => m.type === "person" && m.words > 1);
  const lastWords = new Set(fullNames.map((m) => key(lastOf(m.text))));
  // A full name is genuine when its first word is not itself someone's surname ("Maren Holt", not
  // "Holt Portraits"); only genuine full names say which words are surnames.
  const surnames = new Set(fullNames.filter((m) => !lastWords.has(key(firstOf(m.text)))).map((m) => key(lastOf(m.text))));
  for (const m of fullNames) {
    if (m.words !== 2 || m.titles.length > 0) continue;
    const first = firstOf(m.text);
    if (!surnames.has(key(first)) || surnames.has(key(lastOf(m.text)))) continue;
    m.text = first;
    m.end = m.start + first.length;
    m.words = 1;
  }
}

const firstOf = (name: string) => name.split(/\s+/)[0]!;
/** The surname: the last word, before a generational suffix ("Dorian Lee Marsh IV" -> "Marsh"). */
function lastOf(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && /^(?:Jr|Sr|II|III|IV|V)\.?$/u.test(words[words.length - 1]!)) words.pop();
  return words[words.length - 1]!;
}

/**
 * One name, one type within a story: "from Castell" is the person named "Rhea Castell" elsewhere, and
 * "Houston" is the place of "in Houston, Texas" wherever no title or first name makes it a person.
 */
function harmoniseTypes(mentions: RawMention[], locativeOnly: Set<RawMention>, goneTo: Set<RawMention>, citedPeople: ReadonlySet<string>): void {
  oneTypePerName(mentions);
  // A name cited as an author or a case's party is that person's surname too: "in Tarrow, the court held" after
  // "Tarrow v. Quillen" is the case (its party), not a place.
  const surnames = new Set([...surnamesOf(mentions), ...citedPeople]);
  const placeKeys = new Set<string>();
  for (const m of locativeOnly) {
    if (surnames.has(key(m.text))) m.type = "person";
    else placeKeys.add(key(m.text));
  }
  // A place gone to stays one even beside a namesake; without one, it is the place wherever the word stands alone.
  for (const m of goneTo) if (!surnames.has(key(m.text))) placeKeys.add(key(m.text));
  // "Ms. Lisbon ... Lisbon later resigned": a word the story gives a person's title is that person's surname
  // wherever it stands without a sign of place.
  const titledSurnames = new Set(mentions.filter((m) => m.type === "person" && m.titles.length > 0).map((m) => key(lastOf(m.text))));
  const shortNames = shortOrganizationNames(mentions);
  for (const m of mentions) {
    if (m.type === "place" && m.words === 1 && !locativeOnly.has(m) && !goneTo.has(m) && titledSurnames.has(key(m.text))) m.type = "person";
    // "Lewis Ward won ... Mr. Ward said": a name whose first word is a known person's name and whose last word
    // the story titles as a person's surname is that person, though the tagger read it as a place.
    if (m.type !== "person" && (m.words === 2 || m.words === 3) && titledSurnames.has(key(lastOf(m.text)))
      && PERSON_LEXICON.has(lexiconTag(key(firstOf(m.text))) ?? "")) {
      m.type = "person";
    }
    // "Brindle said" after "Brindle Holdings": the company, unless someone in the story has that surname.
    if (m.type === "person" && m.words === 1 && m.titles.length === 0 && shortNames.has(key(m.text)) && !surnames.has(key(m.text))) {
      m.type = "organization";
      m.gender = null;
    }
  }
  for (const m of mentions) {
    // "DORSEY:" in a transcript is Ruth Dorsey, not an acronym.
    if (m.type === "organization" && m.words === 1 && /^\p{Lu}{4,}$/u.test(m.text) && surnames.has(key(m.text))) {
      m.type = "person";
    }
    if (m.type === "person" && m.words === 1 && m.titles.length === 0 && placeKeys.has(key(m.text))) {
      m.type = "place";
      m.gender = null;
    }
  }
}

/**
 * "Kelvana Holt" typed a person in one sentence and an organisation in another: a name of two words or more is
 * one referent in a story, so all its mentions take the type most of them have (the first one's on a tie).
 */
function oneTypePerName(mentions: RawMention[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    if (m.words < 2) continue;
    const k = key(m.text);
    const counts = votes.get(k) ?? new Map<EntityType, number>();
    counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    votes.set(k, counts);
  }
  for (const m of mentions) {
    const counts = m.words < 2 ? undefined : votes.get(key(m.text));
    if (!counts || counts.size < 2) continue;
    let best: EntityType = m.type;
    for (const [type, n] of counts) if (n > counts.get(best)!) best = type;
    if (best !== m.type) {
      m.type = best;
      if (best !== "person") {
        m.gender = null;
        m.titles = [];
        m.titledForm = null;
      }
    }
  }
}

function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

/**
 * "Alder Space Center (ASC)": an acronym defined in brackets after a name takes that name's type, in the
 * definition and wherever else the story uses it.
 */
function retypeAcronyms(text: string, mentions: RawMention[]): void {
  const defined = new Map<string, EntityType>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const name = sorted[i]!;
    const acronym = sorted[i + 1]!;
    if (!/^\s*[([]$/u.test(text.slice(name.end, acronym.start))) continue;
    const letters = acronym.text.replace(/\./g, "");
    if (!ACRONYM.test(acronym.text) || initialsOf(name.text) !== letters) continue;
    defined.set(letters, name.type);
  }
  if (defined.size === 0) return;
  for (const m of mentions) {
    const type = defined.get(m.text.replace(/\./g, ""));
    if (type) m.type = type;
  }
}

let ordinaryMemo: { text: string; found: Set<string> } | undefined;

/** The offset of the last "(" in text[from, to), or -1. */
function lastBracket(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === "(") return i;
  return -1;
}

/**
 * "radiative transfer equation (RTE)", "runs batted in (RBI)": an acronym the story defines by lower-case words
 * abbreviates an ordinary thing, not a body, wherever the story uses it.
 */
function ordinaryAcronyms(text: string): Set<string> {
  // A story read in pieces (pieces.ts) asks once per piece about the same whole text: answer it once.
  if (ordinaryMemo?.text === text) return ordinaryMemo.found;
  const found = new Set<string>();
  ordinaryMemo = { text, found };
  // "(RTE)", and the last of "(SSA / SPM)": the acronym right after the words it abbreviates.
  for (const match of text.matchAll(/[(/]\s*(\p{Lu}{2,6})s?\)/gu)) {
    const acronym = match[1]!;
    // After "/" the words stand before the bracket: "... perturbation model (MFP / SPM)".
    // The bracket is looked for within 10 characters only: an unbounded look back would read the whole story
    // again for every "/XYZ)".
    const reach = Math.max(0, match.index - 10);
    const end = match[0].startsWith("/") ? lastBracket(text, reach, match.index) : match.index;
    if (end < 0) continue;
    const before = text.slice(Math.max(0, end - 120), end).trimEnd().split(/[\s/-]+/u);
    // Its letters may skip the small words ("Drug Safety Board (DSB)") or keep them ("Prize of the Year (POTY)").
    const skipping = before.slice(-acronym.length - 2).filter((w) => !/^(?:of|the|and|for|in|to|a|an)$/u.test(w)).slice(-acronym.length);
    for (const words of [skipping, before.slice(-acronym.length)]) {
      // "radiative transfer equation", or "Compact Fluorescent Light": ordinary words, even capitalised, with
      // no word that heads a body or a site ("World Health Organization", "Kennedy Space Center" stay names).
      const ordinary = words.every((w) => /^\p{Ll}/u.test(w)) || words.every((w) => isCommonWord(w)
        && !organizationHeads.has(w.toLowerCase()) && !facilityHeads.has(w.toLowerCase()) && !lexiconTag(w.toLowerCase())?.match(/Country|City|Region|Place|Demonym/u));
      if (words.length === acronym.length && ordinary && words.map((w) => w[0]!.toUpperCase()).join("") === acronym) found.add(acronym);
    }
  }
  return found;
}

/** "Melinda and Bill Gates": the first name before "and" shares the surname of the full name after it. */
function impliedSurnames(parsed: ParsedStory, mentions: RawMention[]): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const lone = sorted[i]!;
    const full = sorted[i + 1]!;
    if (lone.type !== "person" || full.type !== "person" || lone.words !== 1 || full.words < 2) continue;
    if (!/^\s+and\s+$/u.test(parsed.text.slice(lone.end, full.start))) continue;
    const firstNames = lexiconTag(lone.text.toLowerCase());
    if (firstNames !== "FirstName" && firstNames !== "MaleName" && firstNames !== "FemaleName") continue;
    lone.impliedName = `${lone.text} ${full.text.split(/\s+/).slice(1).join(" ")}`;
  }
}
