/**
 * Names the story uses, seen again in lines that are not read as prose: a page's title line ("Coron" over a
 * travel guide, "Zaha Hadid" over a biography), an infobox row ("Born: June 11, 1988 Fort Worth, Texas",
 * "Pittsburgh Pirates (2012)"), a lede the segmenter left out of the body. The segmenter cannot tell an
 * infobox row from a menu item, so these lines are never parsed; but a run of capitalised words there that is
 * written exactly as a name the parsed text already uses is that name again, whatever the line is. Nothing
 * new is guessed here: only names the rules and the typer found elsewhere in the story, with their type.
 *
 * Left out: lines of links to other pages ("« Previous story | Main | Next story »", bars and guillemets
 * between items), whose names belong to those pages, and the blocks that have their own reader (credit,
 * dateline, byline, copyright, source: blocks.ts), as well as teasers, share buttons, adverts and footers.
 */
import type { Boilerplate, EntityType } from "../../types.js";
import type { RawMention } from "./mentions.js";
import { maxOf } from "../../lib/arrays.js";

/** Block kinds whose capitalised runs may repeat a name of the story. */
const ECHO_KINDS: ReadonlySet<string> = new Set(["navigation", "other", "caption", "date"]);

/** Marks that separate the items of a menu or a row of links. */
const MENU_MARKS = /[|«»•·›‹]/u;

/** A word of a line with its offsets (UTF-16, in the story). */
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’&-]*/gu;

/** The longest name, in words, looked for. */
const MAX_WORDS = 6;

/** The written form a name is looked up by: without a closing full stop or a possessive. */
function lookupForm(written: string): string {
  return written.replace(/['’]s$/u, "").replace(/(?<!\b\p{Lu})\.$/u, "");
}

/** Per written name, the type most of its mentions have (the first one's on a tie). */
function typesByName(known: readonly RawMention[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of known) {
    if (!/\p{L}{2}/u.test(m.text)) continue;
    const counts = votes.get(m.text) ?? new Map<EntityType, number>();
    counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    votes.set(m.text, counts);
  }
  const types = new Map<string, EntityType>();
  for (const [name, counts] of votes) {
    let best: EntityType | null = null;
    for (const [type, n] of counts) if (best === null || n > counts.get(best)!) best = type;
    types.set(name, best!);
  }
  return types;
}

/**
 * Mentions of the names in `known` found again in the story's unparsed page lines (offsets UTF-16, like
 * `known`). Each run of words is matched longest name first, left to right, without overlaps.
 */
export function echoedMentions(text: string, boilerplate: readonly Boilerplate[], known: readonly RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  const blocks = boilerplate.filter((b) => ECHO_KINDS.has(b.kind) && !MENU_MARKS.test(b.text));
  if (blocks.length === 0 || known.length === 0) return found;
  const types = typesByName(known);
  const longest = Math.min(MAX_WORDS, maxOf([...types.keys()].map((name) => name.split(/\s+/u).length)));
  for (const block of blocks) {
    const words = [...block.text.matchAll(WORD)].map((m) => ({ start: block.start + m.index, end: block.start + m.index + m[0].length }));
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(text.slice(words[i]!.start, words[i]!.start + 2))) continue;
      // A name's words stand apart by spaces only ("Fort Worth", not "Worth, Texas").
      let reach = 1;
      while (reach < longest && i + reach < words.length
        && /^[ \u00a0]+$/u.test(text.slice(words[i + reach - 1]!.end, words[i + reach]!.start))) reach++;
      for (let n = reach; n >= 1; n--) {
        const written = text.slice(words[i]!.start, words[i + n - 1]!.end);
        const name = types.has(written) ? written : lookupForm(written);
        const type = types.get(name);
        if (!type) continue;
        const start = words[i]!.start;
        found.push({
          text: name, start, end: start + name.length, type, titles: [], titledForm: null, paragraph: null,
          words: name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length, gender: null,
        });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}
