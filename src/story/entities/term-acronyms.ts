/**
 * Acronyms of ordinary things are no organisations. The rules take any unknown acronym of three letters or more
 * for a body ("KCNA", "NCLAN"), which holds in news, but in papers, interviews and guides most such acronyms
 * name things: a measure, a test, a radio band, a figure of an economy ("UVR exposure", "the MMPI", "on IRC",
 * "VHF", "the GNP of Israel"). What sets a body apart is the part the story gives it: a body acts and speaks
 * ("FEMA said", "ISIS claimed"), owns ("CBS's poll"), has people ("NAACP president", "ISIS fighters"), and is
 * worked for, joined, or talked to ("according to ESPN", "told CBS", "joined NATO").
 *
 * So an organisation written only as an unknown acronym is kept when at least one of its mentions in the story
 * shows one of those signs, or the story spells it out in capitalised words ("the Korean Central News Agency
 * (KCNA)"); otherwise all its mentions are dropped. An acronym the lists of known bodies or the lexicon know
 * ("UN", "FBI", "NATO") is never touched.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import type { RawMention } from "./mentions.js";
import { knownOrganizations, organizationAcronyms } from "./knowledge.js";
import { lexiconTag } from "../../nlp/compromise.js";
import { isSpeechVerb } from "../speech-verbs.js";
import { acronymDefinition } from "./features.js";
import { countBefore } from "../../lib/sorted.js";

/** An acronym as the rules take one for a body: three to six capitals ("&" inside), maybe a possessive. */
const BARE_ACRONYM = /^\p{Lu}[\p{Lu}&]{2,5}$/u;

/** People or parts a body has, written right after its name: "NAACP president", "ISIS fighters". */
const MEMBER_NOUNS = new Set([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "leader", "leaders",
  "leadership", "chief", "chiefs", "president", "director", "directors", "chairman", "chairwoman", "chair",
  "member", "members", "membership", "fighter", "fighters", "militant", "militants", "agent", "agents",
  "employee", "employees", "staff", "staffers", "reporter", "reporters", "correspondent", "anchor", "host",
  "officer", "officers", "executive", "executives", "head", "commander", "commanders", "board", "founder",
  "co-founder", "ceo", "administrator", "secretary", "headquarters", "affiliate", "affiliates", "lawyer",
  "lawyers", "attorney", "attorneys", "investigators", "supporters", "volunteers", "boss", "analyst", "analysts",
  // what a broadcaster or a pollster puts out: "a CBS poll", "an HBO documentary"
  "poll", "polls", "survey", "interview", "broadcast", "documentary", "newscast", "debate",
]);

/** Words right before a name that make it a body one deals with: "according to ESPN", "told CBS", "joined NATO". */
const BODY_OBJECT_VERBS = new Set(["told", "tells", "tell", "joined", "join", "joins", "joining", "contacted", "sued"]);

const SPACES = /^[ \u00a0]+$/u;
const BE = new Set(["be", "been", "being", "is", "are", "was", "were"]);

/** Whether the mention at `token` (the acronym's token) shows a sign of a body. */
function actsAsBody(tokens: Token[], token: Token): boolean {
  if (/['’]s$/u.test(token.text) || /^['’]s?\b/u.test(token.post)) return true;
  const next = tokens[token.index + 1];
  const before = tokens[token.index - 1];
  const nextInSentence = next !== undefined && next.sentence === token.sentence && SPACES.test(token.post);
  const beforeInSentence = before !== undefined && before.sentence === token.sentence && SPACES.test(before.post);
  if (nextInSentence) {
    if (MEMBER_NOUNS.has(next.normal)) return true;
    if (isSpeechVerb(next)) return true;
    // The subject of a verb other than "be" ("FEMA sent", "ISIS has claimed"), not after a preposition ("exposure
    // to UVR causes": the name is not the verb's subject there).
    // An auxiliary or a modal is passed over to the verb it helps; a passive ("the ROS can be measured") says
    // nothing of what the name does.
    const afterPreposition = beforeInSentence && before.tags.has("Preposition");
    let verb: Token | undefined = next;
    for (let hops = 0; hops < 3 && verb && (verb.tags.has("Modal") || verb.tags.has("Auxiliary")); hops++) {
      if (BE.has(verb.normal)) return false;
      const after: Token | undefined = tokens[verb.index + 1];
      verb = after && after.sentence === token.sentence && !after.tags.has("Negative") ? after : after && tokens[after.index + 1];
    }
    const acts = (v: Token | undefined) => v !== undefined && v.sentence === token.sentence && v.tags.has("Verb")
      && !v.tags.has("Copula") && !v.tags.has("Auxiliary") && !v.tags.has("Modal") && !v.tags.has("Gerund")
      && !v.tags.has("Adjective") && !v.tags.has("Noun") && !BE.has(v.normal);
    if (!afterPreposition && acts(verb)) return true;
  }
  if (beforeInSentence) {
    if (BODY_OBJECT_VERBS.has(before.normal) || before.normal === "against") return true;
    const twoBefore = tokens[before.index - 1];
    if (before.normal === "to" && twoBefore?.normal === "according") return true;
  }
  return false;
}

/** The initials of a name's capitalised words: "Democratic National Committee" is "DNC". */
function initialsOf(name: string): string {
  return name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

/** The token that starts at `start`, if any. */
function tokenAt(tokens: Token[], start: number): Token | undefined {
  const at = countBefore(tokens, start + 1, (t) => t.start) - 1;
  const token = tokens[at];
  return token && token.start === start ? token : undefined;
}

/**
 * The names (share keys, lower case) of the organisations written only as an unknown acronym that the story never
 * shows acting as a body and never spells out in capitalised words: those the learned typer may drop.
 */
export function unprovenAcronyms(parsed: ParsedStory, mentions: readonly RawMention[]): Set<string> {
  const groups = new Map<string, RawMention[]>();
  for (const m of mentions) {
    if (m.type !== "organization" || !BARE_ACRONYM.test(m.text)) continue;
    if (organizationAcronyms.has(m.text) || knownOrganizations.has(m.text.toLowerCase())) continue;
    if (lexiconTag(m.text.toLowerCase()) === "Organization") continue;
    const group = groups.get(m.text) ?? [];
    group.push(m);
    groups.set(m.text, group);
  }
  // "the Democratic National Committee ... the DNC": the initials of a body the story names.
  const initials = new Set(mentions.filter((m) => m.type === "organization" && m.words > 1).map((m) => initialsOf(m.text)));
  const unproven = new Set<string>();
  for (const [acronym, group] of groups) {
    if (initials.has(acronym) || acronymDefinition(parsed.text, acronym) === "cap") continue;
    const body = group.some((m) => {
      const token = tokenAt(parsed.tokens, m.start);
      return token === undefined || actsAsBody(parsed.tokens, token);
    });
    if (!body) unproven.add(acronym.toLowerCase());
  }
  return unproven;
}
