/**
 * One type per organisation name in a story: when the mentions of one written name ("Ethnologue", "Travel
 * Heels") were typed an organisation in some places and a person or place in others, the type most of its
 * mentions got is given to all of them, so the entity list holds one entity and not two. The rules type each
 * mention from its own sentence ("taken from Ethnologue" reads like a place), and an organisation's type is
 * never overruled by the learned typer, so its pooling of the evidence does not settle it.
 *
 * Not a word of a longer organisation of the story: "Jupiter" alone typed a body beside "Jupiter Police
 * Department" is that department's short form, and must not pull the town "in Jupiter, Fla." into it.
 *
 * Only names with an organisation among their types: a person and a place that share a name ("Jordan" the
 * player, "Jordan" the country) are more often two referents, and so are a person named in full and a body
 * written as the surname ("Gerald Ford", "Ford"). A majority of persons never makes a body a person. A tie is left as it is.
 */
import type { EntityType } from "../../types.js";
import type { RawMention } from "./mentions.js";
import { lastWord, nameKey, wordsOfLongerOrganizations } from "./merge.js";
import { lexiconTag } from "../../nlp/compromise.js";

/** What the lexicon calls a place by name. */
const KNOWN_PLACE = new Set(["Country", "Region", "City", "Place"]);

/** The key under which mentions count as the same written name: case, dots and a possessive ignored. */
const nameOf = (m: RawMention) => m.text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/['’]s$/u, "").replace(/[.]/gu, "").toLowerCase();

/** Gives every mention of a name typed an organisation somewhere the majority type of that name. Mutates and returns `mentions`. */
export function oneTypePerOrganizationName(mentions: RawMention[]): RawMention[] {
  const counts = new Map<string, Map<EntityType, number>>();
  // A word of a longer organisation ("Jupiter" of "Jupiter Police Department") typed a body is that body's short
  // form, not the same referent as the town or the person written alike ("in Jupiter, Fla."): no vote.
  const bodyWords = wordsOfLongerOrganizations(mentions, true);
  // The surname of a person the story names in full ("Ford" beside "Gerald Ford") is, like a person and a place
  // sharing a name, often two referents: the man and the carmaker. Their mentions vote on nothing.
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === "person" && /\s/u.test(m.text)) surnames.add(nameKey(lastWord(m.text.replace(/['’]s$/u, ""))));
  for (const m of mentions) {
    const word = nameKey(m.text.replace(/['’]s$/u, ""));
    if (bodyWords.has(word) || surnames.has(word)) continue;
    const key = nameOf(m);
    const byType = counts.get(key) ?? new Map<EntityType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
    counts.set(key, byType);
  }
  const decided = new Map<string, EntityType>();
  for (const [key, byType] of counts) {
    if (byType.size < 2 || !byType.has("organization")) continue;
    const ranked = [...byType].sort((a, b) => b[1] - a[1]);
    // Nor a body a person: a company the typer read as a name in most sentences ("Ascom said", "Valeant") is still
    // the company where the rules saw one; a politician's surname typed a body once is settled by surnames.ts.
    if (ranked[0]![1] <= ranked[1]![1] || ranked[0]![0] === "person") continue;
    // A country, state or city the lexicon knows is not made a body by its acting mentions outvoting the rest
    // ("Norway announced", a headline repeated): "under investigation in Norway" stays the country.
    if (ranked[0]![0] === "organization" && byType.has("place") && KNOWN_PLACE.has(lexiconTag(key) ?? "")) continue;
    decided.set(key, ranked[0]![0]);
  }
  if (decided.size === 0) return mentions;
  for (const m of mentions) {
    const type = decided.get(nameOf(m));
    if (!type || type === m.type) continue;
    m.type = type;
    if (type !== "person") {
      m.gender = null;
      m.titles = [];
      m.titledForm = null;
    }
  }
  return mentions;
}
