/**
 * Names the story uses, seen again in lines that are not read as prose: a page's title line ("Coron" over a
 * travel guide, "Zaha Hadid" over a biography), an infobox row ("Born: June 11, 1988 Fort Worth, Texas",
 * "Pittsburgh Pirates (2012)"), a lede the segmenter left out of the body. The segmenter cannot tell an
 * infobox row from a menu item, so these lines are never parsed; but a run of capitalised words there that is
 * written exactly as a name the parsed text already uses is that name again, whatever the line is. Nothing
 * new is guessed here: only names the rules and the typer found elsewhere in the story, with their type.
 *
 * Left out: menus and lists of other pages' headlines (navigation lines other than the page's first), lines of links to other pages ("« Previous story | Main | Next story »", bars and guillemets
 * between items), whose names belong to those pages, and the blocks that have their own reader (credit,
 * dateline, byline, copyright, source: blocks.ts), as well as teasers, share buttons, adverts and footers.
 */
import type { Boilerplate, EntityType } from "../../types.js";
import type { RawMention } from "./mentions.js";
import { maxOf } from "../../lib/arrays.js";
import { isCommonWord } from "../../nlp/common-words.js";
import { isTitleWord } from "./knowledge.js";

/**
 * Block kinds whose capitalised runs may repeat a name of the story. A navigation line is one only when it is the
 * page's first line (its title), an infobox row (a figure or a "Label:" in it: "Born: June 11, 1988 Fort Worth",
 * "Pittsburgh Pirates (2012)") or stands alone between prose (a heading); otherwise it is a menu item or a "Most
 * Read" headline, a name of another page.
 */
const ECHO_KINDS: ReadonlySet<string> = new Set(["other", "caption", "date"]);

/** Is the block the first line of the text (nothing but white space before it)? */
const isFirstLine = (text: string, block: Boilerplate) => /^\s*$/u.test(text.slice(0, block.start));

/** "Born: June 11, 1988 ...", "Boston Red Sox – No. 12", "Pittsburgh Pirates (2012)": a row of facts. */
const INFOBOX_ROW = /\p{N}|^[\p{L} ]{1,30}:\s/u;

/** Does the block stand apart from other page lines, with prose (or the text's end) on both sides? */
function standsAlone(text: string, sorted: readonly Boilerplate[], k: number): boolean {
  const block = sorted[k]!;
  const previous = sorted[k - 1];
  const next = sorted[k + 1];
  return !(previous && /^\s*$/u.test(text.slice(previous.end, block.start)))
    && !(next && /^\s*$/u.test(text.slice(block.end, next.start)));
}

/** Marks that separate the items of a menu or a row of links. */
const MENU_MARKS = /[|«»•·›‹]/u;

/** A word of a line with its offsets (UTF-16, in the story). */
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’&-]*/gu;

/** A word that closes a sentence: a full stop after three letters or more, the last in lower case. */
const SENTENCE_END = /\p{L}{2}\p{Ll}\.$/u;

/** Does the word at `start` open a line or a sentence (only white space after a line break or a full stop)? */
function opensSentence(text: string, start: number): boolean {
  return /^\s*$/u.test(text.slice(Math.max(0, start - 8), start)) && start < 8 || /[\n.!?]\s*$/u.test(text.slice(Math.max(0, start - 8), start));
}

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
 * `known`). Only a name that is a whole run of capitalised words counts: in "Denzel Washington arrives" the
 * place "Washington" is part of a person's name the story may not know.
 */
export function echoedMentions(text: string, boilerplate: readonly Boilerplate[], known: readonly RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  // Blocks come in text order (segmentation makes them so); a copy to sort is made only when they do not, as
  // for a page of millions of short lines it would hold every block at once.
  const sorted = inOrder(boilerplate) ? boilerplate : [...boilerplate].sort((a, b) => a.start - b.start);
  const blocks = sorted.filter((b, k) => (ECHO_KINDS.has(b.kind)
    || (b.kind === "navigation" && (isFirstLine(text, b) || INFOBOX_ROW.test(b.text) || standsAlone(text, sorted, k)))
    || (b.kind === "headline" && isFirstLine(text, b))) && !MENU_MARKS.test(b.text));
  if (blocks.length === 0 || known.length === 0) return found;
  const types = typesByName(known);
  const longest = Math.min(MAX_WORDS, maxOf([...types.keys()].map((name) => name.split(/\s+/u).length)));
  let ends: Set<string> | undefined;
  for (const block of blocks) {
    const words = [...block.text.matchAll(WORD)].map((m) => ({ start: block.start + m.index, end: block.start + m.index + m[0].length }));
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(text.slice(words[i]!.start, words[i]!.start + 2))) continue;
      // A run: capitalised words that stand apart by spaces only ("Fort Worth", not "Worth, Texas").
      let reach = 1;
      // A word closed by a full stop ("Alder.", not "St." or "U.S.") ends a sentence and so the run.
      while (i + reach < words.length && !SENTENCE_END.test(text.slice(words[i + reach - 1]!.start, words[i + reach - 1]!.end))
        && /^\p{Lu}/u.test(text.slice(words[i + reach]!.start, words[i + reach]!.start + 2))
        && /^[ \u00a0]+$/u.test(text.slice(words[i + reach - 1]!.end, words[i + reach]!.start))) reach++;
      const runStart = i;
      i += reach - 1;
      if (reach > longest) continue;
      const written = text.slice(words[runStart]!.start, words[i]!.end);
      // "High school roundup: ...": a dictionary word that opens a line or a sentence is capitalised by position.
      if (reach === 1 && isCommonWord(lookupForm(written)) && opensSentence(text, words[runStart]!.start)) continue;
      let name = types.has(written) ? written : lookupForm(written);
      let type = types.get(name);
      let start = words[runStart]!.start;
      if (!type && isFirstLine(text, block)) {
        // The title line of a biography names its subject by a shorter form than the body's first sentence:
        // "Emperor Norton" (a title before a known name), "Zaha Hadid" (for "Dame Zaha Mohammad Hadid DBE RA").
        const bare = titleLess(written);
        if (bare !== written && types.has(bare)) {
          start += written.length - bare.length;
          name = bare;
          type = types.get(bare);
        } else if (reach >= 2 && (ends ??= personEnds(known)).has(endsOf(written))) {
          name = written;
          type = "person";
        }
      }
      if (!type) continue;
      found.push({
        text: name, start, end: start + name.length, type, titles: [], titledForm: null, paragraph: null,
        words: name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length, gender: null,
      });
    }
  }
  return found;
}

/** A run without the title words before it: "Emperor Norton" -> "Norton", "Dame Zaha Hadid" -> "Zaha Hadid". */
function titleLess(run: string): string {
  const words = run.split(/\s+/u);
  let k = 0;
  while (k < words.length - 1 && isTitleWord(words[k]!)) k++;
  return words.slice(k).join(" ");
}

/** "Zaha Hadid" for "Zaha ... Hadid": a name's first and last word, in lower case. */
function endsOf(name: string): string {
  const words = name.split(/\s+/u);
  return `${words[0]!.toLowerCase()} ${words[words.length - 1]!.toLowerCase()}`;
}

/**
 * The first and last words of the people the story names in three words or more, without titles before
 * them or honours after them ("Dame Zaha Mohammad Hadid DBE RA" gives "zaha hadid").
 */
function personEnds(known: readonly RawMention[]): Set<string> {
  const ends = new Set<string>();
  for (const m of known) {
    if (m.type !== "person") continue;
    const words = titleLess(m.text).split(/\s+/u);
    while (words.length > 1 && /^\p{Lu}{2,}$/u.test(words[words.length - 1]!)) words.pop();
    if (words.length >= 3) ends.add(endsOf(words.join(" ")));
  }
  return ends;
}

function inOrder(blocks: readonly Boilerplate[]): boolean {
  let last = -Infinity;
  for (const block of blocks) {
    if (block.start < last) return false;
    last = block.start;
  }
  return true;
}
