/**
 * Acronyms of ordinary things are no organisations. The rules take any unknown acronym of three letters or more
 * for a body ("KCNA", "NCLAN"), which holds in news, but in papers, interviews and guides most such acronyms
 * name things: a measure, a test, a radio band, a figure of an economy ("UVR exposure", "the MMPI", "on IRC",
 * "VHF", "the GNP of Israel"). What sets a body apart is the part the story gives it: a body acts and speaks
 * ("FEMA said", "ISIS claimed"), owns ("CBS's poll"), has people ("NAACP president", "ISIS fighters"), and is
 * worked for, joined, or talked to ("according to ESPN", "told CBS", "joined NATO").
 *
 * So an organisation written only as an unknown acronym is kept when at least one of its mentions in the story
 * shows one of those signs, stands in a list with a body ("the BBC, RTE and ITV"), or the story spells it out in capitalised words ("the Korean Central News Agency
 * (KCNA)"); otherwise all its mentions are dropped. An acronym the lists of known bodies or the lexicon know
 * ("UN", "FBI", "NATO") is never touched.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import type { RawMention } from "./mentions.js";
import { knownOrganizations, organizationAcronyms, organizationHeads } from "./knowledge.js";
import { lexiconTag } from "../../nlp/compromise.js";
import { isSpeechVerb } from "../speech-verbs.js";
import { acronymDefinition } from "./features.js";
import { countBefore } from "../../lib/sorted.js";

/**
 * Acronyms of bodies known the world over that news names in passing, with no sign of a body around them ("the
 * rise of ISIS", "a CBS poll"): never dropped. Broadcasters and wire services, militant groups, parties' and
 * advocacy bodies, agencies, leagues and large companies; the acronyms the rules already know
 * (ORGANIZATION_ACRONYMS: UN, FBI, NATO, ...) are not repeated. Acronyms that are as often a term or a word
 * ("SSA", a small-slope approximation; "VA", "ICE", "ETA") are left out.
 */
const WELL_KNOWN_BODIES = new Set([
  // broadcasters, papers and wire services
  "ABC", "CBS", "NBC", "HBO", "CNBC", "ESPN", "CSPAN", "BET", "UPI", "NYT", "WSJ", "ITV", "RAI", "ARD", "ZDF", "CBC",
  "SBS", "TASS", "DPA", "ANSA", "KCNA", "NHK",
  // armed and militant groups
  "ISIS", "ISIL", "IRA", "PKK", "FARC", "IDF", "PLO", "KGB", "FSB", "MI5", "MI6",
  // parties', unions' and advocacy bodies
  "DNC", "RNC", "DCCC", "NRCC", "NRA", "ACLU", "AARP", "NAACP", "NARAL", "SPLC", "AIPAC", "SEIU",
  "ANC", "SNP", "CDU", "CSU", "SPD", "FDP", "AfD", "UKIP", "BJP", "KMT", "LDP",
  // agencies and courts
  "FEMA", "DEA", "ATF", "NIH", "NOAA", "USDA", "TSA", "FAA", "NTSB", "GAO", "CBO", "OMB", "DOD",
  "NSC", "CBP", "USPS", "FEC", "FDIC", "OSHA", "NLRB", "HUD", "ECB", "ICC", "ICJ", "OAS",
  // international bodies
  "WTO", "UNESCO", "UNICEF", "UNHCR", "OECD", "ASEAN", "IAEA", "OSCE", "OPCW", "WHO", "IOC", "FIFA", "UEFA", "ILO", "FAO",
  // leagues and large companies
  "NFL", "NBA", "MLB", "NHL", "NCAA", "PGA", "NASCAR", "IBM", "BP", "AT&T", "BMW", "KPMG", "PwC",
]);

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
  "poll", "polls", "survey", "interview", "broadcast", "documentary", "newscast", "debate", "series", "show", "network",
  // where it sits and how it is reached: "the DMV office", "the KVFA website", "the NAACP's local chapter"
  "office", "offices", "website", "branch", "branches", "chapter", "chapters",
  // what the name is, said after it, beyond the heads of bodies' names (below): "the regime", "KLA rebels"
  "regime", "rebels", "troops", "airline", "broadcaster",
  // what a company, a union, a league or an operator has or does: "GKN shares", "the RMT strike", "the CFL
  // season", "the UFC event", "SNCF trains"
  "shares", "stock", "stake", "shareholders", "strike", "strikes", "ballot", "walkout", "season", "event", "events",
  "trains", "buses", "flights",
]);

/**
 * The heads of bodies' names that are as often what a term is or is carried on: "a VHF band", "VHF radio", "the
 * PET group" (of a study), "an RSS review". After an unknown acronym they say nothing of a body.
 */
const TERM_HEADS = new Set([
  "band", "radio", "television", "tv", "channel", "group", "review", "online", "daily", "weekly", "monthly",
  "quarterly", "bulletin", "wire", "post", "mission", "front", "force", "times", "news", "fund", "trust", "court",
  "school", "media", "network",
]);

/**
 * A North American broadcaster's call letters ("WIBC", "KTVU") followed by what it is ("WIBC radio"): the shape
 * tells a station from a radio band ("VHF radio"), which the words after it alone do not.
 */
const CALL_SIGN = /^[KW]\p{Lu}{2,3}$/u;
const STATION_WORDS = new Set(["radio", "television", "tv", "station", "stations"]);

/** Whether `word`, right after an acronym, says it is a body: "the ruling ZANU party", "a PNC bank employee". */
function bodyWordAfter(word: string): boolean {
  return MEMBER_NOUNS.has(word) || (organizationHeads.has(word) && !TERM_HEADS.has(word));
}

/**
 * Nouns before a preposition that make the name after it a party to something a body is party to: "shares in
 * GKN", "a stake in GKN", "an agreement with JLL", "talks with the IMF", "a ruling by CAS", "a report by the IFS",
 * "the expropriation of YPF".
 * A term is measured, used or exposed to, but no one holds shares in it, signs a deal with it or is ruled by it.
 */
const PARTY_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["in", new Set(["shares", "stake", "stakes", "investment", "investments"])],
  ["with", new Set(["agreement", "agreements", "deal", "deals", "talks", "contract", "contracts", "partnership", "merger", "negotiations", "settlement"])],
  ["by", new Set(["ruling", "report", "decision", "statement", "announcement", "study", "investigation", "ban", "order", "bid", "offer", "takeover"])],
  // What only a company undergoes or has: "the expropriation of YPF", "the takeover of GKN", "shares of JLL".
  ["of", new Set([
    "expropriation", "nationalization", "nationalisation", "privatization", "privatisation", "acquisition", "takeover",
    "bankruptcy", "merger", "shares", "stock", "shareholders", "subsidiary", "subsidiaries", "owners",
  ])],
]);

/** Words right before a name that make it a body one deals with: "according to ESPN", "told CBS", "joined NATO". */
const BODY_OBJECT_VERBS = new Set([
  "told", "tells", "tell", "telling", "joined", "join", "joins", "joining", "contacted", "sued", "defeat", "defeated", "defeating",
  "destroy", "destroyed", "destroying", "fight", "fighting", "fought", "combat", "combating", "combatting",
]);

/** Verbs that ask a name to act, "urging the PUC to act": only a body is asked to do something; a term is not. */
const ASK_VERBS = new Set([
  "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press", "pressed", "pressing", "pressure",
  "pressured", "implore", "implored", "petition", "petitioned", "petitioning", "order", "orders", "ordered",
]);

const SPACES = /^[ \u00a0]+$/u;
const BE = new Set(["be", "been", "being", "is", "are", "was", "were"]);

/** Whether `token` is the subject of a verb it does: "FEMA sent", "ISIS has claimed", "ABC is axing"; not a passive. */
function subjectOfAction(tokens: Token[], token: Token, next: Token, before: Token | undefined): boolean {
  // After a preposition the name is not the verb's subject ("exposure to UVR causes").
  if (before && before.sentence === token.sentence && before.tags.has("Preposition")) return false;
  // An auxiliary or a modal is passed over to the verb it helps; after a form of "be" only a verb in -ing is the
  // name's doing ("ABC is axing"): a passive ("the ROS can be measured") says nothing of what the name does.
  let verb: Token | undefined = next;
  let afterBe = false;
  for (let hops = 0; hops < 3 && verb && (verb.tags.has("Modal") || verb.tags.has("Auxiliary") || verb.tags.has("Negative")); hops++) {
    if (BE.has(verb.normal)) afterBe = true;
    verb = tokens[verb.index + 1];
  }
  if (!verb || verb.sentence !== token.sentence || !verb.tags.has("Verb") || BE.has(verb.normal)) return false;
  if (afterBe) return verb.tags.has("Gerund");
  return !verb.tags.has("Copula") && !verb.tags.has("Auxiliary") && !verb.tags.has("Modal") && !verb.tags.has("Gerund")
    && !verb.tags.has("Adjective") && !verb.tags.has("Noun");
}

/** Whether the mention at `token` (the acronym's token) shows a sign of a body. */
function actsAsBody(tokens: Token[], token: Token, organizationStarts: Set<number>, organizationEnds: Set<number>): boolean {
  if (/['’]s$/u.test(token.text) || /^['’]s?\b/u.test(token.post)) return true;
  const next = tokens[token.index + 1];
  const before = tokens[token.index - 1];
  const inSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === token.sentence;
  const nextInSentence = inSentence(next) && SPACES.test(token.post);
  if (nextInSentence) {
    if (bodyWordAfter(next.normal) || isSpeechVerb(next)) return true;
    if (STATION_WORDS.has(next.normal) && CALL_SIGN.test(token.text)) return true;
    if (subjectOfAction(tokens, token, next, before)) return true;
    // "the ACLU of Oregon": a body's branch in a place.
    const after = tokens[next.index + 1];
    if (next.normal === "of" && inSentence(after) && after.tags.has("Place")) return true;
  }
  // The article before the name, if any: "the NAACP", "at the DNC".
  const article = inSentence(before) && before.normal === "the" ? before : undefined;
  const word = article ? tokens[article.index - 1] : before;
  if (inSentence(word) && SPACES.test(word.post)) {
    if (BODY_OBJECT_VERBS.has(word.normal) || word.normal === "against") return true;
    if (ASK_VERBS.has(word.normal) && nextInSentence && next.normal === "to") return true;
    if (word.normal === "to" && tokens[word.index - 1]?.normal === "according") return true;
    // "watched by ACLU": the doer of a passive.
    if (word.normal === "by" && tokens[word.index - 1]?.tags.has("PastTense")) return true;
    // "president of the NAACP", "legal director for ACLU": one of its people.
    const head = tokens[word.index - 1];
    if ((word.normal === "of" || word.normal === "for" || word.normal === "at") && inSentence(head) && MEMBER_NOUNS.has(head.normal)) return true;
    if (inSentence(head) && PARTY_NOUNS.get(word.normal)?.has(head.normal)) return true;
    // "the NRA and the Chamber of Commerce", "a small-business organization and AARP": listed with a body.
    if ((word.normal === "and" || word.normal === "or") && organizationEnds.has(word.index - 1)) return true;
  }
  if (nextInSentence && (next.normal === "and" || next.normal === "or")) {
    const after = tokens[next.index + 1];
    const start = after?.normal === "the" ? after.index + 1 : after?.index;
    if (start !== undefined && organizationStarts.has(start)) return true;
  }
  return false;
}

/** The initials of a name's capitalised words: "Democratic National Committee" is "DNC". */
function initialsOf(name: string): string {
  return name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

/** The token that starts at `start`, if any. */
function tokenAt(tokens: Token[], start: number): Token | undefined {
  const at = countBefore(tokens, start, (t) => t.start, true) - 1;
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
    if (organizationAcronyms.has(m.text) || WELL_KNOWN_BODIES.has(m.text) || knownOrganizations.has(m.text.toLowerCase())) continue;
    if (lexiconTag(m.text.toLowerCase()) === "Organization") continue;
    const group = groups.get(m.text) ?? [];
    group.push(m);
    groups.set(m.text, group);
  }
  // "the Democratic National Committee ... the DNC": the initials of a body the story names.
  const initials = new Set(mentions.filter((m) => m.type === "organization" && m.words > 1).map((m) => initialsOf(m.text)));
  // Where the story's other bodies start and end, by token, for "the NRA and the Chamber of Commerce".
  const organizationStarts = new Set<number>();
  const organizationEnds = new Set<number>();
  for (const m of mentions) {
    if (m.type !== "organization" || BARE_ACRONYM.test(m.text)) continue;
    const first = tokenAt(parsed.tokens, m.start);
    if (!first) continue;
    organizationStarts.add(first.index);
    // The name ends on the last token that starts before its end (a name never ends inside a token).
    const last = parsed.tokens[countBefore(parsed.tokens, m.end, (t) => t.start) - 1];
    if (last) organizationEnds.add(last.index);
  }
  const acts = (m: RawMention) => {
    const token = tokenAt(parsed.tokens, m.start);
    return token === undefined || actsAsBody(parsed.tokens, token, organizationStarts, organizationEnds);
  };
  const listed = provenByList(parsed.text, mentions, groups, acts);
  const unproven = new Set<string>();
  for (const [acronym, group] of groups) {
    if (initials.has(acronym) || acronymDefinition(parsed.text, acronym) === "cap") continue;
    if (!group.some((m) => listed.has(m) || acts(m))) unproven.add(acronym.toLowerCase());
  }
  return unproven;
}

/** What may stand between two names of one list: "BBC, RTE", "RTE and ITV", "the CBI, the TUC", "A, and B". */
const LIST_GAP = /^(?:,[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)(?:the[ \u00a0]+)?$/iu;

/**
 * The unknown acronyms' mentions that stand in a list of bodies with a body the story proves: "the BBC, RTE and
 * ITV", "Boeing, EADS and Lockheed", "the CBI, the TUC and the FSB signed". Things are listed with things and
 * bodies with bodies, so one body in the list (a known name, an organisation written in words, or a member that
 * acts) vouches for the rest; a list of unknown acronyms none of which acts ("doses of UVR, ROS and PAR") proves
 * nothing.
 */
function provenByList(
  text: string, mentions: readonly RawMention[], unknown: ReadonlyMap<string, RawMention[]>, acts: (m: RawMention) => boolean,
): Set<RawMention> {
  const bodies = mentions.filter((m) => m.type === "organization").sort((a, b) => a.start - b.start);
  const proven = new Set<RawMention>();
  let list: RawMention[] = [];
  const close = () => {
    if (list.length > 1 && list.some((m) => !unknown.has(m.text) || acts(m))) for (const m of list) proven.add(m);
  };
  for (const m of bodies) {
    const previous = list[list.length - 1];
    if (previous && previous.end <= m.start && LIST_GAP.test(text.slice(previous.end, m.start))) {
      list.push(m);
    } else {
      close();
      list = [m];
    }
  }
  close();
  return proven;
}
