/**
 * Finding name mentions: runs of capitalised words in parsed sentences, typed with compromise's tags, the news
 * lexicon and the story's own evidence (a title before the name, a speech verb after it), and cleaned so that a
 * mention is exactly the name: no title, no possessive "'s", no punctuation.
 */
import { lexiconTag } from "../../nlp/compromise.js";
import type { ParsedStory, Token } from "../../nlp/parse.js";
import type { EntityType } from "../../types.js";
import {
  isTitleWord, knownOrganizations, neverNames, organizationAcronyms, organizationHeads, placeAbbreviations,
} from "./knowledge.js";
import { isSpeechVerb } from "../speech-verbs.js";

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
}

const CAPITALISED = /^\p{Lu}/u;
const NAME_SHAPED = /^\p{Lu}[\p{Ll}\p{M}'’.-]*$/u;
const POSSESSIVE = /['’]s?$/u;

function isCapitalised(token: Token): boolean {
  return CAPITALISED.test(token.text);
}

function hasEntityTag(token: Token): boolean {
  return token.tags.has("Person") || token.tags.has("Place") || token.tags.has("Organization")
    || organizationAcronyms.has(token.text) || placeAbbreviations.has(token.text);
}

/** Whitespace only between two words: no comma, bracket, dash or sentence end splits them. */
function joinedBySpace(left: Token): boolean {
  if (/^[\s\u00a0]+$/u.test(left.post)) return true;
  // "Sen. John McCain", "John F. Kennedy": the dot of a title or an initial does not end the name.
  return /^\.[\s\u00a0]+$/u.test(left.post) && (isTitleWord(left.text) || /^\p{Lu}$/u.test(left.text));
}

/** Headlines and all-caps lines capitalise every word, so capitals there are no evidence of a name. */
function isTitleCased(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const capitalised = words.filter(isCapitalised).length;
  return capitalised / words.length > 0.6;
}

function typeOfRun(run: Token[], evidence: { titled: boolean; beforeSpeechVerb: boolean }): EntityType | null {
  const text = run.map((t) => t.text).join(" ");
  const lower = text.toLowerCase();
  const last = run[run.length - 1]!;
  if (run.length === 1 && placeAbbreviations.has(last.text)) return "place";
  if (knownOrganizations.has(lower) || (run.length === 1 && organizationAcronyms.has(last.text))) {
    return "organization";
  }
  if (run.length > 1 && organizationHeads.has(last.normal)) return "organization";
  const lexical = lexiconTag(lower);
  if (lexical === "Country" || lexical === "City" || lexical === "Region" || lexical === "Place") return "place";
  const personal = lexical === "LastName" || lexical === "FirstName" || lexical === "MaleName"
    || lexical === "FemaleName" || lexical === "Person";
  // "the Obama administration": compromise tags the phrase, but the name in it is a person's.
  if (run.some((t) => t.tags.has("Organization")) && !personal) return "organization";
  if (evidence.titled || personal) return "person";
  if (run.some((t) => t.tags.has("Person") && !t.tags.has("Honorific"))) return "person";
  if (run.some((t) => t.tags.has("Place"))) return "place";
  if (evidence.beforeSpeechVerb && run.length <= 4) return "person";
  return null;
}

function genderOf(run: Token[], titles: string[]): "female" | "male" | null {
  const lowered = titles.map((t) => t.toLowerCase().replace(/\.$/, ""));
  if (lowered.some((t) => /^(mrs|ms|miss|queen|princess|dame|lady)$|woman$/.test(t))) return "female";
  if (lowered.some((t) => /^(mr|king|prince|sir|lord|father)$|man$/.test(t))) return "male";
  const first = run[0];
  if (first?.tags.has("FemaleName")) return "female";
  if (first?.tags.has("MaleName")) return "male";
  return null;
}

/** Splits a leading title ("Russian Foreign Minister", "then-President", "Sen.") off a run of words. */
function splitLeadingTitle(run: Token[]): { titleTokens: Token[]; nameTokens: Token[] } {
  let cut = 0;
  while (cut < run.length - 1) {
    const token = run[cut]!;
    const isTitle = isTitleWord(token.text) || token.tags.has("Honorific") || token.tags.has("Demonym");
    if (!isTitle) break;
    cut++;
  }
  return { titleTokens: run.slice(0, cut), nameTokens: run.slice(cut) };
}

/** The lower-case title words written just before a run: "spokesman Dmitri Peskov", "the senator John Doe". */
function precedingTitle(tokens: Token[], runStart: number, sentenceStart: number): Token[] {
  const title: Token[] = [];
  for (let i = runStart - 1; i >= sentenceStart; i--) {
    const token = tokens[i]!;
    if (!joinedBySpace(token) || !isTitleWord(token.text) || isCapitalised(token)) break;
    title.unshift(token);
  }
  return title;
}

/** Title prefixes written with a hyphen that compromise splits off: "then-President", "ex-Minister". */
const HYPHEN_PREFIXES = new Set(["then", "ex", "former", "vice", "deputy", "acting", "co"]);

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
  const lastText = last.text;
  if (POSSESSIVE.test(lastText) && lastText.length > 2 && /['’]s$/u.test(lastText)) end -= 2;
  const text = parsed.text.slice(first.start, end);
  if (!/\p{L}/u.test(text)) return null;
  if (nameTokens.length === 1 && neverNames.has(text.toLowerCase())) return null;
  const titleText = titleTokens.length > 0
    ? parsed.text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end) : null;
  const region = parsed.regions[first.region]!;
  return {
    text, start: first.start, end, type,
    titles: titleText ? [titleText] : [],
    titledForm: titleText ? parsed.text.slice(titleTokens[0]!.start, end) : null,
    paragraph: region.paragraph,
    words: nameTokens.length,
    gender: type === "person" ? genderOf(nameTokens, titleText ? [titleText] : []) : null,
  };
}

/** Names inside a hyphenated word: "U.S." in "U.S.-Russian", "Russia" in "Russia-U.S.". */
function mentionsInsideHyphenated(parsed: ParsedStory, token: Token): RawMention[] {
  const found: RawMention[] = [];
  let offset = 0;
  for (const part of token.text.split("-")) {
    const start = token.start + offset;
    offset += part.length + 1;
    let type: EntityType | null = null;
    if (placeAbbreviations.has(part)) type = "place";
    else if (organizationAcronyms.has(part)) type = "organization";
    else {
      const tag = lexiconTag(part.toLowerCase());
      if (CAPITALISED.test(part) && (tag === "Country" || tag === "City" || tag === "Region")) type = "place";
    }
    if (type) {
      found.push({
        text: part, start, end: start + part.length, type, titles: [], titledForm: null,
        paragraph: parsed.regions[token.region]!.paragraph, words: 1, gender: null,
      });
    }
  }
  return found;
}

/** Finds every name mention in the parsed regions. */
export function findMentions(parsed: ParsedStory): RawMention[] {
  const mentions: RawMention[] = [];
  const { tokens } = parsed;
  for (const sentence of parsed.sentences) {
    const sentenceTokens = tokens.slice(sentence.firstToken, sentence.endToken);
    const titleCased = isTitleCased(sentenceTokens);
    // In Title Case text only words compromise recognises count; elsewhere any capitalised word may start a name.
    // A sentence's first word is capitalised anyway; it starts a name only with evidence ("Issa said").
    const speaksNext = (t: Token) => {
      for (let k = t.index + 1; k < Math.min(sentence.endToken, t.index + 4); k++) {
        if (isSpeechVerb(tokens[k]!)) return true;
        if (!isCapitalised(tokens[k]!)) return false;
      }
      return false;
    };
    const canStart = (t: Token) => isCapitalised(t)
      && (hasEntityTag(t) || (!titleCased && (t.index !== sentence.firstToken || speaksNext(t))));
    const canContinue = (t: Token) => isCapitalised(t) && (hasEntityTag(t) || !titleCased);
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i]!;
      if (token.text.includes("-") && !token.tags.has("Person")) {
        mentions.push(...mentionsInsideHyphenated(parsed, token));
        continue;
      }
      const titleLed = isTitleWord(token.text) && isCapitalised(token);
      if (!canStart(token) && !titleLed) continue;
      let j = i;
      while (j + 1 < sentence.endToken && joinedBySpace(tokens[j]!) && tokens[j + 1]!.pre === "" && canContinue(tokens[j + 1]!)
        && !tokens[j + 1]!.text.includes("-")) j++;
      const run = tokens.slice(i, j + 1);
      i = j;
      const { titleTokens, nameTokens } = splitLeadingTitle(run);
      const lowerTitle = precedingTitle(tokens, run[0]!.index, sentence.firstToken);
      const allTitles = withHyphenPrefix(tokens, [...lowerTitle, ...titleTokens]);
      const nameStart = nameTokens[0]!;
      if (nameTokens.length === 1 && !hasEntityTag(nameStart) && (titleCased || !NAME_SHAPED.test(nameStart.text))) {
        if (allTitles.length === 0) continue;
      }
      if (isTitleWord(nameStart.text) && nameTokens.length === 1) continue;
      // "Russian" is a nationality, not a place or a person.
      if (nameTokens.every((t) => t.tags.has("Demonym"))) continue;
      const next = tokens[j + 1];
      const type = typeOfRun(nameTokens, {
        titled: allTitles.length > 0,
        beforeSpeechVerb: next !== undefined && next.sentence === sentence.index && isSpeechVerb(next),
      }) ?? (titleCased || (nameStart.index === sentence.firstToken && !speaksNext(nameStart)) ? null : defaultType(nameTokens));
      if (!type) continue;
      const mention = makeMention(parsed, nameTokens, type, type === "person" ? allTitles : []);
      if (mention) mentions.push(mention);
    }
  }
  return mentions;
}

/** A capitalised run in running text that no rule typed: in news, most such names are people. */
function defaultType(run: Token[]): EntityType | null {
  if (run.length > 3) return null;
  return run.every((t) => NAME_SHAPED.test(t.text)) ? "person" : null;
}
