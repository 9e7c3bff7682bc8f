/**
 * The people of one story, indexed once: each person with the places the story names them, the titles they
 * hold, what the story says about their gender, and the sentences whose subject they are. Speaker resolution
 * reads this instead of reaching into the entity finder's drafts: "he" and "the senator" are decided against it.
 *
 * This is the one module of quotes/ that reads an entity draft's fields: the rest hold drafts only as handles
 * (who a speaker is) and ask here what kind of entity one is, where the story names it, and its gender.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import type { RawMention } from "../entities/mentions.js";
import { draftCourtesyGender, impliedFullName, type EntityDraft } from "../entities/merge.js";
import { tokenIndexAt } from "./windows.js";
import { TokenWindow } from "./token-window.js";
import { isTitleWord } from "../entities/knowledge.js";
import { givenNameGender } from "../../nlp/given-names.js";

export type Gender = "female" | "male";

/** One place the story names a person. */
export interface PersonMention {
  start: number;
  end: number;
  /** Named inside a quote: the speaker's words, never the antecedent of a "he" in the story's own words. */
  inQuote: boolean;
  /** Titles written with this mention ("Sen.", "spokesman"). */
  titles: string[];
  sentence: number;
  /** Paragraph index; null in the headline. */
  paragraph: number | null;
  /** "Trump's campaign": the person only owns the head of the phrase. */
  possessive: boolean;
  /** The mention is the first word of its paragraph ("Ada Quill said …" opening it). */
  opensParagraph: boolean;
  /** Right after a verb or a preposition, with no comma between: an object ("attacked Reyes", "for Reyes"). */
  object: boolean;
}

/** Where a person's gender comes from, strongest first. */
export type GenderEvidence = "courtesy" | "pronouns" | "given-name" | "name-list" | null;

export interface Person {
  draft: EntityDraft;
  /** Mentions, in text order. */
  mentions: PersonMention[];
  /** Titles written with the person's mentions ("senator", "spokeswoman"), lower case, as written. */
  titles: string[];
  gender: Gender | null;
  genderEvidence: GenderEvidence;
  /** Sentences whose grammatical subject the person is, in text order. */
  subjectSentences: number[];
}

/** A person's subject position, as the resolver found it. */
export interface SubjectAt {
  draft: EntityDraft;
  sentence: number;
}

export interface PeopleIndex {
  /** Every person, in the order of their first mention. */
  people: Person[];
  /** The person an entity draft is, or undefined for an organisation, a place, or a draft naming nobody. */
  of(draft: EntityDraft): Person | undefined;
  /**
   * The gender "he" and "she" are matched against: the person's (decided from the whole story), else what the
   * entity finder gave a draft the index holds no person for (a courtesy title first, then the given name).
   */
  genderOf(draft: EntityDraft): Gender | null;
}

/** What an entity is: "person", "organization", "place" … */
export function entityKind(draft: EntityDraft): EntityDraft["type"] {
  return draft.type;
}

export function isPerson(draft: EntityDraft): boolean {
  return draft.type === "person";
}

/** Every place the story names the entity (the entity finder's mentions, titles and all), in the finder's order. */
export function mentionsOf(draft: EntityDraft): readonly RawMention[] {
  return draft.mentions;
}

/** The gender the courtesy titles the story gives the entity say ("Mr. Penn", "Ms. Holt"), or null. */
export function courtesyGenderOf(draft: EntityDraft): Gender | null {
  return draftCourtesyGender(draft);
}

/**
 * Builds the index from the usable mentions of people (the resolver's clean ones); `inQuote` tells the story's
 * own words from quoted ones. Subjects come later (recordSubjects): finding them needs the titles held.
 */
export function buildPeopleIndex(
  parsed: ParsedStory,
  mentions: { mention: RawMention; draft: EntityDraft }[],
  inQuote: (offset: number) => boolean,
): PeopleIndex {
  const byDraft = new Map<EntityDraft, Person>();
  const { tokens, text } = parsed;
  const story = TokenWindow.of(tokens);
  for (const { mention, draft } of mentions) {
    if (draft.type !== "person") continue;
    let person = byDraft.get(draft);
    if (!person) {
      person = { draft, mentions: [], titles: [], gender: null, genderEvidence: null, subjectSentences: [] };
      byDraft.set(draft, person);
    }
    const at = tokenIndexAt(tokens, mention.start);
    const token = story.at(at);
    const before = story.previous(token);
    person.mentions.push({
      start: mention.start,
      end: mention.end,
      inQuote: inQuote(mention.start),
      titles: mention.titles,
      sentence: token?.sentence ?? -1,
      paragraph: mention.paragraph,
      possessive: /^['’]/u.test(text.slice(mention.end, mention.end + 1)),
      opensParagraph: !before || before.region !== token?.region,
      object: before !== undefined && !/[,;:(]/u.test(before.post) && before.region === token?.region
        && ((before.tags.has("Verb") && !before.tags.has("Auxiliary") && !before.tags.has("Copula")) || before.tags.has("Preposition")),
    });
    for (const title of mention.titles) {
      const key = title.toLowerCase();
      if (!person.titles.includes(key)) person.titles.push(key);
    }
  }
  for (const person of byDraft.values()) {
    person.mentions.sort((a, b) => a.start - b.start);
    decideGender(parsed, person, inQuote);
  }
  const people = [...byDraft.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return {
    people,
    of: (draft) => byDraft.get(draft),
    genderOf: (draft) => byDraft.get(draft)?.gender ?? draftCourtesyGender(draft) ?? draft.gender,
  };
}

/**
 * Adds the sentences whose subject each person is, and the gender the pronouns after them give (a person's
 * pronouns are known only once their subject positions are).
 */
export function recordSubjects(parsed: ParsedStory, index: PeopleIndex, subjects: SubjectAt[], inQuote: (offset: number) => boolean): void {
  for (const s of subjects) index.of(s.draft)?.subjectSentences.push(s.sentence);
  for (const person of index.people) decideGender(parsed, person, inQuote);
}

/** Courtesy title first, then the story's own pronouns, then compromise's guess from the first name, then the name lists. */
function decideGender(parsed: ParsedStory, person: Person, inQuote: (offset: number) => boolean): void {
  const courtesy = draftCourtesyGender(person.draft);
  const followed = pronounsAfter(parsed, person, inQuote);
  if (courtesy) {
    person.gender = courtesy;
    person.genderEvidence = "courtesy";
  } else if (followed) {
    // "Lindsey Graham … he": the pronouns the story uses for a person outweigh a guess from the first name.
    person.gender = followed;
    person.genderEvidence = "pronouns";
  } else if (person.draft.gender) {
    person.gender = person.draft.gender;
    person.genderEvidence = "given-name";
  } else {
    // "Barack Obama", "Gabby Giffords": a given name compromise does not know, in a list of names (given-names.ts).
    const listed = listedGender(person);
    if (listed) {
      person.gender = listed;
      person.genderEvidence = "name-list";
    }
  }
}

/**
 * The gender the lists of given names (src/nlp/given-names.ts) give the first word of the person's names written
 * in full ("Barack Obama", "Sen. Gabby Giffords"); null when none is listed or two of the person's names
 * disagree.
 */
function listedGender(person: Person): Gender | null {
  const found = new Set<Gender>();
  for (const name of person.draft.mentions) {
    const words = name.text.split(/\s+/u).filter((w) => w !== "" && !isTitleWord(w));
    const first = words[0];
    if (words.length < 2 || !first || !/^\p{Lu}\p{Ll}+$/u.test(first)) continue;
    const gender = givenNameGender(first);
    if (gender) found.add(gender);
  }
  return found.size === 1 ? [...found][0] ?? null : null;
}

/**
 * The gender the story's own pronouns give a person: after each sentence whose subject the person is, the
 * subject pronoun that opens the next sentence ("Reyes arrived late. He said …"), counted only where no other
 * person is named between. At least two such pronouns and all of one gender; otherwise null.
 */
function pronounsAfter(parsed: ParsedStory, person: Person, inQuote: (offset: number) => boolean): Gender | null {
  let male = 0;
  let female = 0;
  for (const sentence of person.subjectSentences) {
    const following = parsed.sentences[sentence + 1];
    const next: Token | undefined = following ? parsed.tokens[following.firstToken] : undefined;
    if (!next || inQuote(next.start)) continue;
    if (next.normal === "he") male++;
    else if (next.normal === "she") female++;
  }
  if (male + female < 2 || (male > 0 && female > 0)) return null;
  return male > 0 ? "male" : "female";
}

/**
 * A person's fullest name: the longest clean mention (most words, then most characters; the first of equals),
 * `cleanNames` giving each mention's name as a speaker would be printed.
 */
export function fullestName(mentions: readonly RawMention[], cleanNames: ReadonlyMap<RawMention, string>): string {
  let best = "";
  let bestWords = 0;
  for (const m of mentions) {
    const name = cleanNames.get(m) ?? m.text;
    const words = name === "" ? 0 : name.split(" ").length;
    if (words > bestWords || (words === bestWords && name.length > best.length)) {
      best = name;
      bestWords = words;
    }
  }
  // "Tom" of "Tom and Ada Quill" is Tom Quill, as the entity is named (merge.ts).
  return (bestWords < 2 ? impliedFullName([...mentions]) : undefined) ?? (best || (mentions[0]?.text ?? ""));
}
