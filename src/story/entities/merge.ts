/**
 * Merging mentions into entities: one entity per real-world referent. "Barack Obama", "Obama" and
 * "President Obama" become one person named by the fullest form; a bare surname joins the nearest person
 * named in full before it, so two people who share a surname stay apart; "MOSCOW" joins "Moscow"; an acronym
 * written in brackets after a name ("Federal Bureau of Investigation (FBI)") joins that name.
 */
import type { Entity, EntityType } from "../../types.js";
import type { RawMention } from "./mentions.js";
import { countBefore } from "../../lib/sorted.js";
import { lexiconTag } from "../../nlp/compromise.js";
import { rememberingStrings } from "../../lib/memo.js";

/** An entity while it is being built, with the facts quotes need but the JSON does not carry. */
export interface EntityDraft {
  type: EntityType;
  mentions: RawMention[];
  gender: "female" | "male" | null;
}

/** The surname: the last word, before a generational suffix ("Peter K. Lowell Jr." -> "lowell"). */
const lastWord = rememberingStrings((name: string): string => {
  const words = name.split(/\s+/);
  while (words.length > 1 && /^(?:Jr|Sr|II|III|IV|V)\.?$/u.test(words[words.length - 1]!)) words.pop();
  return words[words.length - 1]!.toLowerCase();
});

/**
 * A surname as compared between mentions: without an Arabic article written onto it, so "Assad" finds
 * "Bashar al-Assad" and "el-Bashir" finds "Omar al-Bashir".
 */
export const surnameKey = rememberingStrings((word: string): string =>
  nameKey(word).replace(/^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)[-‐‑]/u, ""));
const firstWord = rememberingStrings((name: string) => name.split(/\s+/)[0]!.toLowerCase());

/** A bare surname or first name, hyphenated ones included ("Brandt-Ollier" is one word, two tokens). */
function isOneWord(m: RawMention): boolean {
  return !/\s/u.test(m.text);
}

/** Forms of a name compared for identity: case, dots and diacritics ignored ("U.S." ~ "US"). */
export const nameKey = rememberingStrings((name: string): string =>
  name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[.’']/g, "").toLowerCase());

function acronymOf(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

const PLACE_TAGS = new Set(["Country", "City", "Region", "Place"]);

/**
 * "Red Sox" and "Pirates" after "Boston Red Sox" and "Pittsburgh Pirates", "Times" after "New York Times": an
 * organisation's name without the place it opens with names that organisation, whatever type the short form
 * got where it stands alone. Returns the full name of each short form (by nameKey).
 */
function shortFormsOfOrganizations(mentions: RawMention[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== "organization" || m.words < 2) continue;
    const words = m.text.split(/\s+/u);
    for (let k = 1; k < words.length; k++) {
      if (!PLACE_TAGS.has(lexiconTag(words.slice(0, k).join(" ").toLowerCase()) ?? "")) continue;
      const short = nameKey(words.slice(k).join(" "));
      if (!forms.has(short)) forms.set(short, m.text);
    }
  }
  return forms;
}

export function mergeMentions(text: string, mentions: RawMention[]): EntityDraft[] {
  const drafts: EntityDraft[] = [];
  const byKey = new DraftsByKey();
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const shortForms = shortFormsOfOrganizations(ordered);
  const fullNameOf = (m: RawMention) => (m.type === "organization" ? shortForms.get(nameKey(m.text)) : undefined);
  for (const m of ordered) {
    if (m.type === "organization" || m.titles.length > 0 || !shortForms.has(nameKey(m.text))) continue;
    m.type = "organization";
    m.gender = null;
  }
  // Each person's courtesy titles counted as mentions join it, so that telling namesakes apart by "Mr."/"Ms."
  // never re-reads a person's every mention (a hostile story gives one person hundreds of thousands).
  const courtesy = new Map<EntityDraft, { male: number; female: number }>();
  const noteCourtesy = (draft: EntityDraft, m: RawMention) => {
    const gender = courtesyGender(m);
    if (gender === null) return;
    const counts = courtesy.get(draft) ?? { male: 0, female: 0 };
    counts[gender]++;
    courtesy.set(draft, counts);
  };
  const courtesyOf = (draft: EntityDraft): "male" | "female" | null => {
    const counts = courtesy.get(draft);
    if (!counts || (counts.male > 0) === (counts.female > 0)) return null;
    return counts.male > 0 ? "male" : "female";
  };
  const add = (draft: EntityDraft, m: RawMention) => {
    // A new draft's list is made with its first mention (one slot): a push onto `[]` reserves seventeen, and
    // a story of half a million names said once holds every draft through the merge (issue 23).
    if (draft.mentions.length === 0) draft.mentions = [m];
    else draft.mentions.push(m);
    draft.gender ??= m.gender;
    noteCourtesy(draft, m);
  };
  // Looked up by key, never by scanning every draft: a story may name hundreds of entities.
  const byAcronym = new Map<string, { draft: EntityDraft; end: number }[]>();
  // A set per surname while the full names are read (one membership test per mention, not a scan of a list
  // that a story of many namesakes makes long), then its drafts in the order they were first named.
  // A surname's one draft is kept as it is; a Set is made only for a second (most surnames have one person,
  // and a hostile story names hundreds of thousands: a Set each cost some 150 bytes).
  const surnameSets = new Map<string, EntityDraft | Set<EntityDraft>>();
  const byFirstWord = new Map<string, Set<EntityDraft>>();
  const fullNameStarts = new Map<EntityDraft, number[]>();

  // Full names first, so that a bare surname can find the person it stands for wherever it appears.
  // "Tom" in "Tom and Ada Quill" is named in full as much as she is ("Mr. Quill" may be him), unless the story
  // names someone else in full with that first name ("both Hillary and Huma Abedin": Hillary Clinton).
  const givenNames = new Set(ordered.filter((m) => m.type === "person" && !isOneWord(m)).map((m) => nameKey(firstWord(m.text))));
  const impliedOf = (m: RawMention) => (m.type === "person" && m.impliedName && !givenNames.has(nameKey(m.text)) ? m.impliedName : null);
  // "George Herbert Walker Bush" and "George Walker Bush" in one story are two people: where two different middles
  // share a first and last name, no name is shortened to them.
  const middlesOf = new Map<string, Set<string>>();
  for (const m of ordered) {
    if (m.type !== "person") continue;
    const name = impliedOf(m) ?? m.text;
    const short = withoutInitials(name);
    if (short === name) continue;
    const forms = middlesOf.get(nameKey(short)) ?? new Set<string>();
    forms.add(nameKey(name));
    middlesOf.set(nameKey(short), forms);
  }
  const personKey = (name: string) => {
    const short = withoutInitials(name);
    return nameKey((middlesOf.get(nameKey(short))?.size ?? 0) > 1 ? name : short);
  };
  for (const m of ordered) {
    const implied = impliedOf(m);
    const name = implied ?? m.text;
    if (m.type === "person" && isOneWord(m) && !implied) continue;
    // "Donald J. Trump" and "Donald Trump": a middle initial does not make another person.
    const key = m.type === "person" ? personKey(name) : nameKey(fullNameOf(m) ?? name);
    let draft = byKey.get(m.type, key);
    if (!draft && m.type !== "person") draft = acronymPartner(text, m, byAcronym);
    // "Acme" after "Acme Holdings": an organisation's first word alone is that organisation, when only one has it.
    if (!draft && m.type === "organization" && isOneWord(m)) {
      const owners = byFirstWord.get(nameKey(m.text));
      if (owners && owners.size === 1) draft = [...owners][0];
    }
    if (!draft) {
      draft = { type: m.type, mentions: [], gender: null };
      drafts.push(draft);
    }
    byKey.set(m.type, key, draft);
    add(draft, m);
    if (m.type === "organization" && !isOneWord(m)) {
      const owners = byFirstWord.get(nameKey(firstWord(m.text))) ?? new Set<EntityDraft>();
      owners.add(draft);
      byFirstWord.set(nameKey(firstWord(m.text)), owners);
    }
    if (m.type !== "person" && m.words > 1) {
      const acronym = acronymOf(m.text);
      const list = byAcronym.get(acronym) ?? [];
      list.push({ draft, end: m.end });
      byAcronym.set(acronym, list);
    }
    if (m.type === "person") {
      const surname = surnameKey(lastWord(name));
      const known = surnameSets.get(surname);
      if (known === undefined) surnameSets.set(surname, draft);
      else if (known instanceof Set) known.add(draft);
      else if (known !== draft) surnameSets.set(surname, new Set([known, draft]));
      // Made with its first start, for the same reason as a draft's list of mentions.
      const starts = fullNameStarts.get(draft);
      if (starts) starts.push(m.start);
      else fullNameStarts.set(draft, [m.start]);
    }
  }
  const bySurname = new Map<string, EntityDraft[]>();
  for (const [surname, known] of surnameSets) bySurname.set(surname, known instanceof Set ? [...known] : [known]);
  surnameSets.clear();
  // "Hillary" for "Hillary Clinton", when exactly one person named in full has that first name.
  const byFirstName = new Map<string, EntityDraft[]>();
  for (const [draft] of fullNameStarts) {
    const firstNames = new Set(draft.mentions.filter((x) => !isOneWord(x)).map((x) => nameKey(firstWord(x.text))));
    for (const first of firstNames) {
      const list = byFirstName.get(first) ?? [];
      list.push(draft);
      byFirstName.set(first, list);
    }
  }
  const lastSingle = new Map<EntityDraft, number>();
  for (const m of ordered) {
    if (!(m.type === "person" && isOneWord(m)) || impliedOf(m)) continue;
    const candidates = bySurname.get(surnameKey(m.text)) ?? [];
    const draft = personForSurname(m, candidates, fullNameStarts, lastSingle, courtesyOf) ?? byKey.get("person", nameKey(m.text))
      ?? personForFirstName(m, byFirstName);
    if (draft) add(draft, m);
    else {
      const fresh: EntityDraft = { type: "person", mentions: [m], gender: m.gender };
      noteCourtesy(fresh, m);
      drafts.push(fresh);
      byKey.set("person", nameKey(m.text), fresh);
    }
    const owner = draft ?? byKey.get("person", nameKey(m.text))!;
    lastSingle.set(owner, m.start);
  }
  for (const draft of drafts) draft.mentions.sort((a, b) => a.start - b.start);
  return drafts;
}

/**
 * The merge's drafts by type and name key: a map per type rather than one keyed by "type:key", which made a
 * new string per mention and held one per entity (half a million of them in a hostile story).
 */
class DraftsByKey {
  private readonly byType = new Map<EntityType, Map<string, EntityDraft>>();

  get(type: EntityType, key: string): EntityDraft | undefined {
    return this.byType.get(type)?.get(key);
  }

  set(type: EntityType, key: string, draft: EntityDraft): void {
    let drafts = this.byType.get(type);
    if (!drafts) {
      drafts = new Map();
      this.byType.set(type, drafts);
    }
    drafts.set(key, draft);
  }
}

/**
 * A person's name without middle initials or middle names: "Donald J. Trump" and "Joshua Abraham Norton" are
 * "Donald Trump" and "Joshua Norton" ("Peter K. Lowell Jr." keeps its suffix: "Peter Lowell Jr.").
 */
const withoutInitials = rememberingStrings((name: string): string => {
  const words = name.split(/\s+/);
  const suffix = words.length >= 3 && /^(?:Jr|Sr|II|III|IV|V)\.?$/u.test(words[words.length - 1]!) ? words.pop()! : null;
  if (words.length < 3) return name;
  return [words[0]!, words[words.length - 1]!, ...(suffix ? [suffix] : [])].join(" ");
});

/** The last start in a sorted list that lies before `offset`, or -1. */
function lastBefore(starts: number[], offset: number): number {
  const before = countBefore(starts, offset, (s) => s);
  return before > 0 ? starts[before - 1]! : -1;
}

/**
 * At most this many people sharing a surname are weighed for a bare surname: those named in full last before
 * it. No story names so many namesakes; a hostile one names tens of thousands, and weighing every one for
 * every bare surname would make the merge quadratic.
 */
export const SURNAME_CANDIDATES = 64;

/**
 * The person named in full whose surname is this one word. When two people share the surname, the one named
 * most recently before this mention (in full or by the surname) that a courtesy title allows. `courtesyOf` is
 * `draftCourtesyGender`, kept up to date as mentions join.
 */
function personForSurname(
  m: RawMention, candidates: EntityDraft[], fullNameStarts: Map<EntityDraft, number[]>,
  lastSingle: Map<EntityDraft, number>, courtesyOf: (d: EntityDraft) => "male" | "female" | null,
): EntityDraft | undefined {
  if (candidates.length <= 1) return candidates[0];
  if (candidates.length > SURNAME_CANDIDATES) {
    // The candidates stand in the order they were first named: keep those named last before this mention.
    const namedBefore = countBefore(candidates, m.start, (d) => fullNameStarts.get(d)?.[0] ?? 0);
    const upTo = Math.max(SURNAME_CANDIDATES, namedBefore);
    candidates = candidates.slice(upTo - SURNAME_CANDIDATES, upTo);
  }
  // "Mrs. Clinton" among a Bill and a Hillary Clinton: a courtesy title says which.
  const wanted = courtesyGender(m);
  if (wanted) {
    // Those known to fit first, else those not known to be the other.
    const genderOf = (d: EntityDraft) => d.gender ?? courtesyOf(d);
    const matching = candidates.filter((d) => genderOf(d) === wanted);
    const fitting = matching.length > 0 ? matching : candidates.filter((d) => genderOf(d) === null);
    if (fitting.length > 0) candidates = fitting;
    if (candidates.length === 1) return candidates[0];
  }
  const before = (d: EntityDraft) => Math.max(lastBefore(fullNameStarts.get(d) ?? [], m.start), lastSingle.get(d) ?? -1);
  return candidates.reduce((best, d) => (before(d) > before(best) ? d : best));
}

/** "male" for a mention titled "Mr.", "female" for "Mrs.", "Ms." or "Miss", else null. */
export function courtesyGender(m: RawMention): "male" | "female" | null {
  for (const title of m.titles) {
    if (/^mr\.?$/iu.test(title)) return "male";
    if (/^(mrs|ms|miss)\.?$/iu.test(title)) return "female";
  }
  return null;
}

/** The gender a person's courtesy titles agree on, or null (none, or both). */
export function draftCourtesyGender(d: EntityDraft): "male" | "female" | null {
  const genders = new Set(d.mentions.map(courtesyGender).filter((g) => g !== null));
  return genders.size === 1 ? [...genders][0]! : null;
}

/** The one person named in full whose first name is this word; none when two share it or it is a surname too. */
function personForFirstName(m: RawMention, byFirstName: Map<string, EntityDraft[]>): EntityDraft | undefined {
  const drafts = byFirstName.get(nameKey(m.text));
  return drafts && drafts.length === 1 ? drafts[0] : undefined;
}

/** "Federal Bureau of Investigation (FBI)": the acronym and the name it follows are one organisation. */
function acronymPartner(
  text: string, m: RawMention, byAcronym: Map<string, { draft: EntityDraft; end: number }[]>,
): EntityDraft | undefined {
  if (!/^\p{Lu}{2,}$/u.test(m.text)) return undefined;
  const bracketed = text.slice(Math.max(0, m.start - 2), m.start).includes("(");
  const partners = (byAcronym.get(m.text) ?? []).filter((p) => p.draft.type === m.type);
  if (!bracketed) return partners[0]?.draft;
  return partners.find((p) => text.slice(p.end, m.start).trim() === "(")?.draft;
}

/** The entity's name: its fullest form, preferring ordinary capitalisation to ALL CAPS. */
function canonicalName(mentions: RawMention[]): string {
  const score = (m: RawMention) => m.words * 100 + m.text.length - (m.text === m.text.toUpperCase() && m.text.length > 3 ? 1000 : 0);
  const best = mentions.reduce((b, m) => (score(m) > score(b) ? m : b));
  // "Melinda" in "Melinda and Bill Gates" is Melinda Gates, unless the story writes a fuller form itself.
  return (best.words < 2 ? impliedFullName(mentions) : undefined) ?? best.text;
}

/** The full name "X and Y Surname" gives a lone first name X among these mentions, if one does. */
export function impliedFullName(mentions: RawMention[]): string | undefined {
  return mentions.find((m) => m.impliedName)?.impliedName;
}

/**
 * One frozen empty list for every entity's empty aliases and titles in a compact result (`toEntity`, `compact`):
 * a story of 400,000 names each said once would otherwise hold two empty arrays per entity.
 */
const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/**
 * The entity of a draft. `compact`: for a Story no user can change (the command line's, only written; see
 * COMPACT_ENTITIES in src/story/extract.ts): empty aliases and titles are one shared frozen list. A library
 * caller gets lists of its own, which it may change.
 */
export function toEntity(draft: EntityDraft, compact = false): Entity {
  const name = canonicalName(draft.mentions);
  const aliases: string[] = [];
  const titles: string[] = [];
  // Seen values in sets: a hostile story writes one name in tens of thousands of spellings, and a list
  // searched for each would make this quadratic.
  const seenAliases = new Set<string>([name]);
  const seenTitles = new Set<string>();
  const addUnique = (list: string[], seen: Set<string>, value: string) => {
    if (seen.has(value)) return;
    seen.add(value);
    list.push(value);
  };
  for (const m of draft.mentions) {
    addUnique(aliases, seenAliases, m.text);
    if (m.titledForm) addUnique(aliases, seenAliases, m.titledForm);
    for (const title of m.titles) addUnique(titles, seenTitles, title);
  }
  return {
    name, type: draft.type,
    aliases: compact && aliases.length === 0 ? NO_STRINGS : aliases,
    titles: compact && titles.length === 0 ? NO_STRINGS : titles,
    count: draft.mentions.length,
    mentions: draft.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, paragraph: m.paragraph })),
  };
}

export { firstWord, lastWord };

/**
 * The words (as `nameKey` compares them) of the story's organisations named in more than one word: "Valeant" of
 * "Valeant Pharmaceuticals International", "Jupiter" of "Jupiter Police Department". Such a word alone may be that
 * body's short form, so neither a person sharing it nor a vote over its mentions decides its type. `firstOnly`:
 * the first words only, the town or the founder a body is named after ("France" of "Air France" is not one).
 */
export function wordsOfLongerOrganizations(mentions: RawMention[], firstOnly = false): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "organization" || !/\s/u.test(m.text)) continue;
    const all = m.text.split(/\s+/u);
    for (const w of firstOnly ? all.slice(0, 1) : all) words.add(nameKey(w));
  }
  return words;
}
