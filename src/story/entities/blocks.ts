/**
 * Names in the page furniture that is not parsed as prose: the photo credit ("Sasha Mordovets/Getty Images",
 * "AP Photo/Evan Vucci"), the dateline ("(MOSCOW) --", "WASHINGTON (AP) —") and the byline's authors.
 */
import type { Boilerplate, EntityType } from "../../types.js";
import type { RawMention } from "./mentions.js";
import { knownOrganizations, organizationAcronyms, organizationHeads } from "./knowledge.js";

/** Words a credit wraps around names: "Photo", "Image copyright", "Credit:". */
const CREDIT_NOISE = new Set(["photo", "photos", "photograph", "image", "images:", "copyright", "credit", "credits",
  "via", "by", "file", "pool", "handout", "(c)", "©"]);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}.'’&-]*/gu;

interface WordAt { text: string; start: number; end: number }

function wordsOf(text: string, offset: number): WordAt[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

function isOrganizationName(words: WordAt[]): boolean {
  const phrase = words.map((w) => w.text).join(" ");
  const last = words[words.length - 1]!.text.toLowerCase();
  return knownOrganizations.has(phrase.toLowerCase()) || organizationAcronyms.has(phrase)
    || organizationHeads.has(last);
}

function mention(text: string, words: WordAt[], type: EntityType): RawMention {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return {
    text: text.slice(start, end), start, end, type, titles: [], titledForm: null, paragraph: null,
    words: words.length, gender: null,
  };
}

/** Names in a credit block: each "/"-separated part is an agency or a photographer. */
function creditMentions(text: string, block: Boilerplate): RawMention[] {
  const found: RawMention[] = [];
  let offset = block.start;
  for (const part of block.text.split("/")) {
    const words = wordsOf(part, offset).filter((w) => !CREDIT_NOISE.has(w.text.toLowerCase()));
    offset += part.length + 1;
    // Keep the longest run of capitalised words; lower-case filler is not a name.
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.text));
    if (capitalised.length === 0 || capitalised.length > 5) continue;
    if (isOrganizationName(capitalised)) found.push(mention(text, capitalised, "organization"));
    else if (capitalised.length >= 2 && capitalised.length <= 3) found.push(mention(text, capitalised, "person"));
  }
  return found;
}

/** Names in a dateline: the place, and an agency in brackets. */
function datelineMentions(text: string, block: Boilerplate): RawMention[] {
  const found: RawMention[] = [];
  const words = wordsOf(block.text, block.start).filter((w) => /^\p{Lu}/u.test(w.text));
  let run: WordAt[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const type = isOrganizationName(run) ? "organization" : "place";
    found.push(mention(text, run, type));
    run = [];
  };
  for (const word of words) {
    const previous = run[run.length - 1];
    if (previous && !/^[ \u00a0]+$/u.test(text.slice(previous.end, word.start))) flush();
    run.push(word);
  }
  flush();
  return found;
}

/** Authors named in a byline block. */
function bylineMentions(text: string, block: Boilerplate, authors: string[]): RawMention[] {
  const found: RawMention[] = [];
  let from = 0;
  for (const author of authors) {
    const at = block.text.indexOf(author, from);
    if (at < 0) continue;
    from = at + author.length;
    const words = wordsOf(author, block.start + at);
    if (words.length > 0) found.push(mention(text, words, "person"));
  }
  return found;
}

export function blockMentions(text: string, boilerplate: Boilerplate[], authors: string[]): RawMention[] {
  const found: RawMention[] = [];
  for (const block of boilerplate) {
    if (block.kind === "credit") found.push(...creditMentions(text, block));
    else if (block.kind === "dateline") found.push(...datelineMentions(text, block));
    else if (block.kind === "byline") found.push(...bylineMentions(text, block, authors));
  }
  return found;
}
