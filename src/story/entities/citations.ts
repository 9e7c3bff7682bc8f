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
import { organizationHeads } from "./knowledge.js";

/** A cited name's offsets in the text (UTF-16, end exclusive). */
export interface CitedSpan { start: number; end: number }

const YEAR = String.raw`(?:1[5-9]|20)\d\d[a-z]?`;
/** A bracketed group, at most 300 characters, no brackets inside. */
const GROUP = /\(([^()\n]{1,300})\)/gu;
/** "Adler, Brun, & Cole, 2014" / "see Adler 2014": the authors, then the year, then a tail in lower case. */
const PART_WITH_YEAR = new RegExp(String.raw`^(.*?)(?:,\s*|\s+)(${YEAR})(?![\p{L}\p{N}])([^\p{Lu}]{0,20})$`, "u");
const YEAR_FIRST = new RegExp(String.raw`^\s*${YEAR}(?:\s*[,:;].{0,30})?\s*$`, "u");
/** Lower-case words that may open a citation part: "see for example", "e.g.,", "based on", "cf.". */
const LEAD_IN = /^(?:(?:\p{Ll}+\.?(?:\p{Ll}\.)*,?)\s+)+/u;
const ET_AL = /,?\s+et\s+al\.?$/u;
/** Between two authors: a comma, "and" or "&" (after a comma or not). */
const AUTHOR_SEPARATOR = /\s*,\s*(?:(?:&|and)\s+)?|\s+(?:&|and)\s+/gu;
/** A surname of one to three capitalised words, maybe after a particle: "Filippini Fantoni", "van Dijk". */
const AUTHOR = /^(?:(?:van|von|de|der|den|di|da|du|le|la|dos|del)\s+)*\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?:\s+\p{Lu}[\p{L}\p{M}'’-]*\p{L}){0,2}$/u;
/** Capitalised words that open a sentence or a clause, not a name: "In Adler and Brun (1995)". */
const OPENERS = new Set(["In", "As", "By", "See", "From", "The", "According", "Following", "After", "Like", "Unlike", "And",
  "But", "Both", "Also", "While", "Since", "Thus", "Hence", "Here", "Then", "When", "Where", "Cf", "Eg", "Ie"]);
/** Words of time that stand before a year like a name: "(January 2014)", "(Spring 2010)". */
const TIME_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter)$/u;
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
      || /^(?:van|von|de|der|den|di|da|du|le|la|dos|del)$/u.test(w)) {
      k--;
      continue;
    }
    break;
  }
  const start = k < words.length ? words[k]!.index : before.length;
  return { list: before.slice(start), offset: from + start };
}

/** "Lynch v. Overholser", "Adler versus Nebraska": up to three capitalised words each side ("vs." is a match's, left out). */
const CASE = /(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*\p{L}){0,2})[ \u00a0]+(?:v\.|versus)[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*\p{L}){0,2})/gu;
// The look-behind lets a party start only at a word's start: without it a long run of capitals would be tried
// from each of its letters, each try reading to its end.
const PLACE_OR_BODY = new Set(["Country", "City", "Region", "Place", "Organization", "SportsTeam"]);

/** The parties of a case citation that are people: not known as a place or a body, no organisation head. */
function caseParties(text: string, spans: CitedSpan[]): void {
  for (const m of text.matchAll(CASE)) {
    for (const [party, at] of [[m[1]!, m.index], [m[2]!, m.index + m[0].length - m[2]!.length]] as const) {
      let name = party;
      let start = at;
      const first = name.split(/\s+/u)[0]!;
      // "In Lynch v. Overholser": the word that opens the sentence is no part of the party.
      if (OPENERS.has(first) && name.length > first.length) {
        start += name.indexOf(name.slice(first.length).trimStart(), first.length);
        name = name.slice(first.length).trimStart();
      }
      const words = name.toLowerCase().split(/\s+/u);
      if (PLACE_OR_BODY.has(lexiconTag(words.join(" ")) ?? "") || organizationHeads.has(words[words.length - 1]!)) continue;
      if (words.length === 1 && PLACE_OR_BODY.has(lexiconTag(words[0]!) ?? "")) continue;
      spans.push({ start, end: start + name.length });
    }
  }
}

let memo: { text: string; spans: CitedSpan[] } | undefined;

/** Every cited author's and case party's span in `text`, in text order. */
export function citedAuthors(text: string): CitedSpan[] {
  // A story read in pieces (pieces.ts) asks once per piece about the same whole text: answer it once.
  if (memo?.text === text) return memo.spans;
  const spans: CitedSpan[] = [];
  for (const group of text.matchAll(GROUP)) {
    const inner = group[1]!;
    const innerStart = group.index + 1;
    if (YEAR_FIRST.test(inner)) {
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
      if (found.spans.length >= 2 || found.etAl || possessive || verbAfter) spans.push(...found.spans);
      continue;
    }
    // "(Adler, 2007; Brun & Cole 2014)": every part is "authors, year".
    let partStart = 0;
    const parts: CitedSpan[] = [];
    for (const part of inner.split(";")) {
      const m = PART_WITH_YEAR.exec(part);
      const found = m ? authorsOf(m[1]!, innerStart + partStart) : null;
      partStart += part.length + 1;
      if (found) parts.push(...found.spans);
    }
    spans.push(...parts);
  }
  caseParties(text, spans);
  spans.sort((a, b) => a.start - b.start);
  memo = { text, spans };
  return spans;
}
