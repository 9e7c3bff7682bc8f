/**
 * Merging mentions into entities: one entity per real-world referent. "Barack Obama", "Obama" and
 * "President Obama" become one person named by the fullest form; a bare surname joins the nearest person
 * named in full before it, so two people who share a surname stay apart; "MOSCOW" joins "Moscow"; an acronym
 * written in brackets after a name ("Federal Bureau of Investigation (FBI)") joins that name.
 */
import type { Entity, EntityType } from "../../types.js";
import type { RawMention } from "./mentions.js";

/** An entity while it is being built, with the facts quotes need but the JSON does not carry. */
export interface EntityDraft {
  type: EntityType;
  mentions: RawMention[];
  gender: "female" | "male" | null;
}

const lastWord = (name: string) => name.split(/\s+/).pop()!.toLowerCase();
const firstWord = (name: string) => name.split(/\s+/)[0]!.toLowerCase();

/** Forms of a name compared for identity: case, dots and diacritics ignored ("U.S." ~ "US"). */
export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[.’']/g, "").toLowerCase();
}

function acronymOf(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

export function mergeMentions(text: string, mentions: RawMention[]): EntityDraft[] {
  const drafts: EntityDraft[] = [];
  const byKey = new Map<string, EntityDraft>();
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const add = (draft: EntityDraft, m: RawMention) => {
    draft.mentions.push(m);
    draft.gender ??= m.gender;
  };

  // Full names first, so that a bare surname can find the person it stands for wherever it appears.
  for (const m of ordered) {
    if (m.type === "person" && m.words === 1) continue;
    const key = `${m.type}:${nameKey(m.text)}`;
    let draft = byKey.get(key);
    if (!draft && m.type !== "person") draft = acronymPartner(text, m, drafts);
    if (!draft) {
      draft = { type: m.type, mentions: [], gender: null };
      drafts.push(draft);
    }
    byKey.set(key, draft);
    add(draft, m);
  }
  for (const m of ordered) {
    if (!(m.type === "person" && m.words === 1)) continue;
    const draft = personForSurname(m, drafts) ?? byKey.get(`person:${nameKey(m.text)}`);
    if (draft) add(draft, m);
    else {
      const fresh: EntityDraft = { type: "person", mentions: [m], gender: m.gender };
      drafts.push(fresh);
      byKey.set(`person:${nameKey(m.text)}`, fresh);
    }
  }
  for (const draft of drafts) draft.mentions.sort((a, b) => a.start - b.start);
  return drafts;
}

/** The person named in full whose surname (or, failing that, first name) is this one word. */
function personForSurname(m: RawMention, drafts: EntityDraft[]): EntityDraft | undefined {
  const word = nameKey(m.text);
  const candidates = drafts.filter((d) =>
    d.type === "person" && d.mentions.some((x) => x.words > 1 && nameKey(lastWord(x.text)) === word));
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  // Two people share the surname: the one named most recently before this mention.
  const before = (d: EntityDraft) => Math.max(-1, ...d.mentions.filter((x) => x.start < m.start).map((x) => x.start));
  return candidates.reduce((best, d) => (before(d) > before(best) ? d : best));
}

/** "Federal Bureau of Investigation (FBI)": the acronym and the name it follows are one organisation. */
function acronymPartner(text: string, m: RawMention, drafts: EntityDraft[]): EntityDraft | undefined {
  if (!/^\p{Lu}{2,}$/u.test(m.text)) return undefined;
  const bracketed = text.slice(Math.max(0, m.start - 2), m.start).includes("(");
  return drafts.find((d) => d.type === m.type && d.mentions.some((x) =>
    acronymOf(x.text) === m.text && (bracketed ? text.slice(x.end, m.start).trim() === "(" : true)));
}

/** The entity's name: its fullest form, preferring ordinary capitalisation to ALL CAPS. */
function canonicalName(mentions: RawMention[]): string {
  const score = (m: RawMention) => m.words * 100 + m.text.length - (m.text === m.text.toUpperCase() && m.text.length > 3 ? 1000 : 0);
  const best = mentions.reduce((b, m) => (score(m) > score(b) ? m : b));
  // "Melinda" in "Melinda and Bill Gates" is Melinda Gates, unless the story writes a fuller form itself.
  const implied = mentions.find((m) => m.impliedName);
  if (implied?.impliedName && best.words < 2) return implied.impliedName;
  return best.text;
}

export function toEntity(draft: EntityDraft): Entity {
  const name = canonicalName(draft.mentions);
  const aliases: string[] = [];
  const titles: string[] = [];
  const addUnique = (list: string[], value: string) => {
    if (value !== name && !list.includes(value)) list.push(value);
  };
  for (const m of draft.mentions) {
    addUnique(aliases, m.text);
    if (m.titledForm) addUnique(aliases, m.titledForm);
    for (const title of m.titles) if (!titles.includes(title)) titles.push(title);
  }
  return {
    name, type: draft.type, aliases, titles, count: draft.mentions.length,
    mentions: draft.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, paragraph: m.paragraph })),
  };
}

export { firstWord, lastWord };
