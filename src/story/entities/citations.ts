/**
 * Authors cited by name and year, the way scholarly text names people: "(Adler, 2007)", "(Adler, Brun, &
 * Cole, 2014)", "(see for example Adler 2014; Brun et al., 2005)", "Adler and Brun (1995)", "Adler's (1971)".
 * The surnames in such a citation are people, whatever else the words are ("Marks", "London"), and most of
 * them are in no dictionary, so without this the rules leave them undecided and the typer drops them.
 *
 * One rule for the kind: a list of capitalised names (joined by commas, "and", "&", maybe closed by "et al.")
 * right before a year, either inside brackets (each ";"-separated part "names, year") or written before a
 * bracketed year ("names (year)"). A single name before a bracketed year is a citation only with a possessive
 * ("Adler's (1971) model") or a verb after the bracket ("Adler (2004) showed"): "Gallows (1958)" or
 * "Pittsburgh Pirates (2012)" date a film or a season, not a source.
 *
 * A case is cited the same way in legal text: "Lynch v. Overholser", "Adler versus Nebraska". A party named by a
 * word no dictionary gives as a place or a body is a person ("in Lynch v. Overholser" is no place "Lynch").
 *
 * Work is linear in the text: one pass over bracketed groups, each read over a bounded stretch, and one over
 * "v." / "versus".
 */
import { lexiconTag } from "../../nlp/compromise.js";
import { isCommonWord } from "../../nlp/common-words.js";
import { NAME_PARTICLES } from "../../nlp/lexicon.js";
import { MONTH } from "../segment/dates.js";
import { facilityHeads, knownOrganizations, organizationHeads } from "./knowledge.js";

/** A cited name's offsets in the text (UTF-16, end exclusive). */
export interface CitedSpan { start: number; end: number }

const YEAR = String.raw`(?:1[5-9]|20)\d\d[a-z]?`;
/** A bracketed group, round or square, at most 300 characters, no brackets inside: "(Adler, 2007)", "[Adler 2007]". */
const GROUP = /\(([^()[\]\n]{1,300})\)|\[([^()[\]\n]{1,300})\]/gu;
/** A numbered reference in square brackets: "[12]", "[3, 7]", "[4-6]" (the numbered style of citing). */
const NUMBERED = /^\d{1,3}(?:\s*[,–-]\s*\d{1,3})*$/u;
/** "Adler, Brun, & Cole, 2014" / "see Adler 2014": the authors, then the year, then a tail in lower case. */
const PART_WITH_YEAR = new RegExp(String.raw`^(.*?)(?:,\s*|\s+)(${YEAR})(?![\p{L}\p{N}])([^\p{Lu}]{0,20})$`, "u");
const YEAR_FIRST = new RegExp(String.raw`^\s*${YEAR}(?:\s*[,:;].{0,30})?\s*$`, "u");
/** Lower-case words that may open a citation part: "see for example", "e.g.,", "based on", "cf.". */
const LEAD_IN = /^(?:(?:\p{Ll}+\.?(?:\p{Ll}\.)*,?)\s+)+/u;
const ET_AL = /,?\s+et\s+al\.?$/u;
/** Between two authors: a comma, "and" or "&" (after a comma or not). */
const AUTHOR_SEPARATOR = /\s*,\s*(?:(?:&|and)\s+)?|\s+(?:&|and)\s+/gu;
/** A surname of one to three capitalised words, maybe after a particle: "Filippini Fantoni", "van Dijk". */
const PARTICLE = `(?:${NAME_PARTICLES.join("|")})`;
const AUTHOR = new RegExp(String.raw`^(?:${PARTICLE}\s+)*\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?:\s+\p{Lu}[\p{L}\p{M}'’-]*\p{L}){0,2}$`, "u");
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`, "u");
/** Capitalised words that open a sentence or a clause, not a name: "In Adler and Brun (1995)". */
const OPENERS = new Set(["In", "As", "By", "See", "From", "The", "According", "Following", "After", "Like", "Unlike", "And",
  "But", "Both", "Also", "While", "Since", "Thus", "Hence", "Here", "Then", "When", "Where", "Cf", "Eg", "Ie"]);
/** Words of time that stand before a year like a name: "(January 2014)", "(Spring 2010)". */
const TIME_WORDS = new RegExp(String.raw`^(?:${MONTH}|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter)$`, "u");
/** A verb of scholarly reporting after "Adler (2004)": "showed", "argues", "found", "suggested". */
const CITING_VERB = /^,?\s+(?:also\s+)?(?:show|showed|shown|find|finds|found|argue|argued|suggest|note|report|propose|claim|describe|demonstrate|observe|conclude|state|define|introduce|examine|investigate|present|develop|identify|discuss|emphasi[sz]e|point|write|wrote|study|studied|analy[sz]e|use|call|model|estimate|measure)(?:s|es|d|ed)?\b/u;
const MAX_AUTHORS = 10;

/**
 * The authors of `list` ("Adler, Brun, & Cole", "Adler et al."), each a span offset by `offset`, or null when any
 * item is not a name. `etAl` is set when the list closes with "et al.".
 */
function authorsOf(list: string, offset: number): { spans: CitedSpan[]; etAl: boolean } | null {
  let body = list.replace(/\s+$/u, "");
  const etAl = ET_AL.test(body);
  if (etAl) body = body.replace(ET_AL, "");
  const lead = LEAD_IN.exec(body);
  let from = lead ? lead[0].length : 0;
  const spans: CitedSpan[] = [];
  const cut = (end: number) => {
    const raw = body.slice(from, end);
    const start = from + raw.length - raw.trimStart().length;
    let item = raw.trim();
    let at = offset + start;
    const words = item.split(/\s+/u);
    if (words.length > 1 && OPENERS.has(words[0]!.replace(/\.$/u, ""))) {
      at += item.indexOf(words[1]!, words[0]!.length);
      item = words.slice(1).join(" ");
    }
    if (!AUTHOR.test(item) || OPENERS.has(item) || TIME_WORDS.test(item.split(/\s+/u)[0]!)) return false;
    spans.push({ start: at, end: at + item.length });
    return true;
  };
  for (const sep of body.matchAll(AUTHOR_SEPARATOR)) {
    if (sep.index < from) continue;
    if (!cut(sep.index)) return null;
    from = sep.index + sep[0].length;
    if (spans.length > MAX_AUTHORS) return null;
  }
  if (!cut(body.length)) return null;
  return { spans, etAl };
}

/** The stretch of text before `end` that may hold a narrative citation's authors: back to the clause's start. */
function authorsBefore(text: string, end: number): { list: string; offset: number } {
  const from = Math.max(0, end - 120);
  const before = text.slice(from, end);
  // Back over names, commas, "and", "&", "et al.": stop at the first lower-case word or a sentence mark.
  const words = [...before.matchAll(/[^\s,]+/gu)];
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1]![0];
    if ((/^\p{Lu}/u.test(w) && !/[.:;!?]$/u.test(w.replace(/['’]s$/u, ""))) || /^(?:and|&|et|al\.?)$/u.test(w)
      || PARTICLE_WORD.test(w)) {
      k--;
      continue;
    }
    break;
  }
  const start = k < words.length ? words[k]!.index : before.length;
  return { list: before.slice(start), offset: from + start };
}

const PARTY_BEFORE_MARK = /^[ \u00a0]+(?:v\.|versus)[ \u00a0]/u;
const PARTY_AFTER_MARK = /[ \u00a0](?:v\.|versus)[ \u00a0]+$/u;

/**
 * Does the run at [start, end) stand right beside a case's "v." or "versus" ("Roe" of "Roe v. Wade")? Such a
 * party is named by the case, whatever caseParties made of it, and is no form of a person the story names
 * elsewhere ("By Mara Roe").
 */
export function besideCaseMark(text: string, start: number, end: number): boolean {
  return PARTY_BEFORE_MARK.test(text.slice(end, end + 10)) || PARTY_AFTER_MARK.test(text.slice(Math.max(0, start - 10), start));
}

/** "Lynch v. Overholser", "Adler versus Nebraska": up to three capitalised words each side ("vs." is a match's, left out). */
const CASE = /(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*\p{L}){0,2})[ \u00a0]+(?:v\.|versus)[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*\p{L}){0,2})/gu;
// The look-behind lets a party start only at a word's start: without it a long run of capitals would be tried
// from each of its letters, each try reading to its end.
const PLACE_OR_BODY = new Set(["Country", "City", "Region", "Place", "Organization", "SportsTeam"]);
/** Parties that are the state, never a person: "People v. Turner", "State v. Henderson", "United States v. Lee". */
const STATE_PARTIES = new Set(["state", "people", "commonwealth", "united states", "crown", "government", "republic",
  "the state", "the people", "the crown", "the queen", "the king", "the commonwealth", "the united states", "rex", "regina"]);
/** Words that make a stretch of text a legal one: a case is cited there, where "Arsenal v. Chelsea" is a match. */
const LEGAL_WORD = /\b(?:courts?|cases?|rul(?:e|es|ed|ing|ings)|judges?|justices?|lawsuits?|suits?|sued|appeal(?:s|ed)?|verdicts?|decisions?|decided|precedents?|opinions?|overturn(?:ed|s)?|overruled?|plaintiffs?|defendants?|petitioners?|respondents?|briefs?|prosecutors?|jury|trials?|litigation|argument|argued|counsel|held|holding|statutes?|(?:un)?constitutional|certiorari|dissent(?:ed|ing)?|attorneys?|lawyers?|legal|law)\b/iu;
/** How far around a case the legal words are looked for, within its paragraph. */
const LEGAL_REACH = 400;

/** Is the case at [start, end) written in a legal stretch: a legal word in its paragraph, near it? */
function inLegalContext(text: string, start: number, end: number): boolean {
  // Read a bounded window only, so that many cases in a long paragraph stay linear work.
  const from = Math.max(0, start - LEGAL_REACH);
  const window = text.slice(from, Math.min(text.length, end + LEGAL_REACH));
  const paragraphStart = window.lastIndexOf("\n", start - from) + 1;
  const paragraphEnd = window.indexOf("\n", end - from);
  return LEGAL_WORD.test(window.slice(paragraphStart, paragraphEnd < 0 ? window.length : paragraphEnd));
}

/**
 * The parties of a case citation that are people: only in a legal stretch ("Arsenal v. Chelsea" is a match,
 * "Boeing versus Airbus" a rivalry), and never a party known as a place or a body, the state ("People", "State"),
 * an abbreviation in capitals ("FEC", "NCAA"), or one made only of dictionary words no dictionary of names has
 * ("Apple", "Epic Games", "Planned Parenthood": firms and groups are sued as often as people are). The typer
 * still has the last word (mentions.ts): a party is a person only where the name has no other type.
 */
function caseParties(text: string, spans: CitedSpan[]): void {
  for (const m of text.matchAll(CASE)) {
    if (!inLegalContext(text, m.index, m.index + m[0].length)) continue;
    for (const [party, at] of [[m[1]!, m.index], [m[2]!, m.index + m[0].length - m[2]!.length]] as const) {
      let name = party;
      let start = at;
      const first = name.split(/\s+/u)[0]!;
      // "In Lynch v. Overholser": the word that opens the sentence is no part of the party.
      if (OPENERS.has(first) && name.length > first.length) {
        start += name.indexOf(name.slice(first.length).trimStart(), first.length);
        name = name.slice(first.length).trimStart();
      }
      const written = name.split(/\s+/u);
      const words = name.toLowerCase().split(/\s+/u);
      if (STATE_PARTIES.has(words.join(" ")) || knownOrganizations.has(words.join(" "))) continue;
      if (written.every((w) => /^\p{Lu}+$/u.test(w))) continue;
      if (PLACE_OR_BODY.has(lexiconTag(words.join(" ")) ?? "") || organizationHeads.has(words[words.length - 1]!)) continue;
      if (words.length === 1 && PLACE_OR_BODY.has(lexiconTag(words[0]!) ?? "")) continue;
      if (written.every((w) => isCommonWord(w) && !NAME_TAGS.has(lexiconTag(w.toLowerCase()) ?? ""))) continue;
      spans.push({ start, end: start + name.length });
    }
  }
}

/**
 * A party named by its role, the way a court writes it: "Petitioner contends", "the order Respondent signed". Written
 * with a capital and without an article, the role stands for the one person who holds it, as a name does ("the
 * petitioner", "a defendant" are descriptions, and "Defendant Marlow" a title before the name).
 */
const ROLES = "Petitioner|Respondent|Appellant|Appellee|Plaintiff|Defendant|Claimant|Applicant";
const ROLE_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}'’-])(?:${ROLES})(?![\p{L}\p{M}\p{N}-])`, "gu");
const ROLE_WORD = new RegExp(`^(?:${ROLES})$`, "u");
/** Is `word` one of the roles a court names a party by ("Petitioner")? */
export const isPartyRole = (word: string): boolean => ROLE_WORD.test(word);
/** Words that make the role a description: "the Petitioner", "each Respondent", "his Appellant". */
const DESCRIBING = /^(?:the|a|an|this|that|each|every|any|no|his|her|their|our|its|my|your|one|another|other|either|neither)$/iu;

function roleParties(text: string, spans: CitedSpan[]): void {
  for (const m of text.matchAll(ROLE_NAME)) {
    const end = m.index + m[0].length;
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? "";
    if (DESCRIBING.test(before.replace(/[^\p{L}]+$/u, ""))) continue;
    // "Defendant Marlow", "Petitioner Cole": a role before a name is its title, and the name is the person.
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // "Appellant's Brief" in a heading, "Petitioner-Appellant": only the role alone, in running text.
    if (/^[-–]/u.test(text.slice(end, end + 1))) continue;
    spans.push({ start: m.index, end });
  }
}

/** The dictionary's tags for names of people: "Lynch", "Turner" are surnames as well as words. */
const NAME_TAGS = new Set(["LastName", "FirstName", "MaleName", "FemaleName", "Person"]);

/**
 * Does the text cite in the scholarly way, so that "Adler and Brun (1995)" names two authors and not two films
 * or two host cities ("Joker and Parasite (2019)", "Beijing and London (2008, 2012)")? Yes with "et al." or an
 * "&" in a citation, a bracketed citation of several authors or several parts, or several single-author ones.
 */
function citesInScholarlyStyle(bracketed: BracketedCitation[]): boolean {
  if (bracketed.some((c) => c.etAl || c.ampersand || c.authors >= 2 || c.parts >= 2)) return true;
  // "(Reuters, 2019)", "(Beijing, 2008)": a news page credits outlets and dates events this way; only citations
  // of names the dictionaries do not know as a body or a place count.
  return bracketed.filter((c) => c.unknown).length >= MIN_SINGLE_CITATIONS;
}

interface BracketedCitation { authors: number; parts: number; etAl: boolean; ampersand: boolean; unknown: boolean }

/**
 * Could `name` be only an author's surname? Not when known as a body or a place, written in capitals, headed by a
 * body's or a building's word, or made of dictionary words alone ("AP", "Reuters", "Beijing", "Pew Research
 * Center", "World Cup").
 */
function isSurnameLike(name: string): boolean {
  const lower = name.toLowerCase();
  const words = name.split(/\s+/u);
  const last = words[words.length - 1]!.toLowerCase();
  return !/^[\p{Lu}\s]+$/u.test(name) && !knownOrganizations.has(lower) && !PLACE_OR_BODY.has(lexiconTag(lower) ?? "")
    && !organizationHeads.has(last) && !facilityHeads.has(last) && !words.every((w) => isCommonWord(w));
}

/** Single-author bracketed citations ("(Adler, 2007)") that make a text scholarly by themselves. */
const MIN_SINGLE_CITATIONS = 3;

/** Every cited author's and case party's span in `text`, in text order. */
export function citedAuthors(text: string): CitedSpan[] {
  const spans: CitedSpan[] = [];
  const bracketed: BracketedCitation[] = [];
  /** Authors written before a bracketed year by several names only: kept in a scholarly text alone. */
  const severalNamed: CitedSpan[] = [];
  /** "(Vision 2030)", "(World Cup 2014)": a name and a year with no comma between, kept in a scholarly text alone. */
  const commaless: CitedSpan[] = [];
  /** Single authors before a bracketed year ("Hartwell (1987)"): kept in a scholarly text alone. */
  const singleNamed: CitedSpan[] = [];
  let narrativeEtAl = false;
  for (const group of text.matchAll(GROUP)) {
    const square = group[1] === undefined;
    const inner = group[1] ?? group[2]!;
    const innerStart = group.index + 1;
    // "Thornbury [12] showed", "Adler et al. [4]": a name before a numbered reference, read like one before a year.
    // (A footnote mark right after a word or a full stop, "in 1902.[3]", is no citation: a space must come first.)
    const numbered = square && NUMBERED.test(inner) && / $/u.test(text.slice(group.index - 1, group.index));
    if (YEAR_FIRST.test(inner) || numbered) {
      // "Adler and Brun (1995)", "Adler's (1971)": the authors stand before the bracket.
      const possessive = /['’]s\s?$/u.test(text.slice(group.index - 3, group.index));
      let end = group.index;
      while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
      if (possessive) end -= 2;
      if (!/[\p{L}.]$/u.test(text.slice(end - 1, end))) continue;
      const { list, offset } = authorsBefore(text, end);
      const found = list ? authorsOf(list, offset) : null;
      if (!found || found.spans.length === 0) continue;
      const verbAfter = CITING_VERB.test(text.slice(group.index + group[0].length, group.index + group[0].length + 24));
      // "the chapter by Tessaro and Vinke (2004)", "a study by Hartwell [7]": "by" makes them its authors (in either
      // style of citing; a mission or an instrument cited so, "observations by Skylab [7]", is the price).
      const byAuthors = /(?<![\p{L}])by\s+$/u.test(text.slice(Math.max(0, offset - 4), offset))
        && found.spans.every((span) => isSurnameLike(text.slice(span.start, span.end)));
      if (found.etAl || possessive || verbAfter || byAuthors) {
        spans.push(...found.spans);
        if (found.etAl) narrativeEtAl = true;
      } else if (found.spans.length >= 2) severalNamed.push(...found.spans);
      else if (isSurnameLike(text.slice(found.spans[0]!.start, found.spans[0]!.end))) singleNamed.push(...found.spans);
      continue;
    }
    // "(Adler, 2007; Brun & Cole 2014)": every part is "authors, year".
    let partStart = 0;
    const parts: CitedSpan[] = [];
    const citation = { authors: 0, parts: 0, etAl: false, ampersand: false, unknown: false };
    let withComma = true;
    for (const part of inner.split(";")) {
      const m = PART_WITH_YEAR.exec(part);
      // "(Vision 2030)", "(FY 2021)": a name and a year without a comma is a citation only in a scholarly text.
      const found = m ? authorsOf(m[1]!, innerStart + partStart) : null;
      partStart += part.length + 1;
      if (!found) continue;
      parts.push(...found.spans);
      citation.parts++;
      citation.authors = Math.max(citation.authors, found.spans.length);
      citation.etAl ||= found.etAl;
      citation.ampersand ||= m![1]!.includes("&");
      const comma = /,\s*$/u.test(part.slice(0, part.length - m![2]!.length - m![3]!.length));
      if (!comma) withComma = false;
      citation.unknown ||= comma && found.spans.some((span) => isSurnameLike(text.slice(span.start, span.end)));
    }
    if (parts.length === 0) continue;
    bracketed.push(citation);
    if (withComma || citation.parts >= 2) spans.push(...parts);
    else commaless.push(...parts);
  }
  const scholarly = citesInScholarlyStyle(bracketed) || narrativeEtAl;
  if (scholarly) spans.push(...severalNamed, ...commaless, ...singleNamed);
  // Only authors are named again bare: a case's party ("Dobbs v. Jackson") is no author, and in a news story that
  // cites one study "the clinic in Jackson" is the city.
  const authors = spans.length;
  caseParties(text, spans);
  roleParties(text, spans);
  if (scholarly) spans.push(...echoesOfAuthors(text, spans, spans.slice(0, authors)));
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** A capitalised word, whole: not inside a longer word or a hyphenated one. */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?![\p{L}\p{M}\p{N}-])/gu;

/**
 * The other places a scholarly text names a cited author by the surname alone: "Hartwell (1987) found ...
 * Hartwell also notes ...", "in the study by Hein and colleagues". A paper cites an author once with the year and
 * then names them bare; the bare surname is in no dictionary, so it is as much a person as the cited one. Only
 * one-word surnames the dictionaries do not know as a place or a body, standing alone (no capitalised word right
 * before or after: "Hartwell Institute" is another name).
 */
function echoesOfAuthors(text: string, spans: CitedSpan[], authors: CitedSpan[]): CitedSpan[] {
  const taken = new Set(spans.map((s) => s.start));
  const names = new Set<string>();
  for (const s of authors) {
    const name = text.slice(s.start, s.end);
    if (/^\p{Lu}[\p{L}\p{M}'’-]*\p{L}$/u.test(name) && name.length >= 3 && isSurnameLike(name) && !isCommonWord(name)) names.add(name);
  }
  const echoes: CitedSpan[] = [];
  if (names.size === 0) return echoes;
  // One pass over the capitalised words of the text (linear, however many authors are cited).
  for (const word of text.matchAll(CAPITALISED_WORD)) {
    const at = word.index;
    const end = at + word[0].length;
    if (!names.has(word[0]) || taken.has(at)) continue;
    // A capitalised word right before (not a sentence's end) or right after joins the surname into another name.
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? "";
    const after = /^(?:['’]s)?\s+(\S+)/u.exec(text.slice(end, end + 40))?.[1] ?? "";
    if (/^\p{Lu}/u.test(before) && !/[.:;!?"”)\]]$/u.test(before) && !OPENERS.has(before)) continue;
    if (/^\p{Lu}/u.test(after) && !/^(?:et|and)$/u.test(after)) continue;
    echoes.push({ start: at, end });
  }
  return echoes;
}
