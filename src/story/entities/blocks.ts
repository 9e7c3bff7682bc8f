/**
 * Names in the page furniture that is not parsed as prose: the photo credit ("Sasha Mordovets/Getty Images",
 * "AP Photo/Evan Vucci"), the dateline ("(MOSCOW) --", "WASHINGTON (AP) —"), the byline's authors and the
 * publisher named by a copyright or source line ("Copyright 2012 ABC News Radio").
 */
import type { Boilerplate, EntityType } from "../../types.js";
import type { RawMention } from "./mentions.js";
import { knownOrganizations, organizationAcronyms, organizationHeads } from "./knowledge.js";
import { pushAll } from "../../lib/arrays.js";

/** Words a credit wraps around names: "Photo", "Pic:", "Photography by", "Image copyright", "Credit:". */
const CREDIT_NOISE = new Set(["photo", "photos", "photograph", "photographs", "photography", "picture", "pictures", "pic", "pics", "image", "images:", "copyright", "credit", "credits",
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

/**
 * A credit line's closing full stop is no part of the last name ("Image: Dana Pruitt." names "Dana Pruitt"); an
 * initial's or an abbreviation's dot is ("Jon F.", "U.S.").
 */
function withoutClosingStop(words: WordAt[]): WordAt[] {
  const last = words[words.length - 1];
  if (!last || !last.text.endsWith(".") || /^(?:\p{Lu}\.)+$/u.test(last.text)) return words;
  return [...words.slice(0, -1), { ...last, text: last.text.slice(0, -1), end: last.end - 1 }];
}

/** "NASA", "AP", "Reuters": an agency that may stand before the photographer's name in one credit. */
function isAgencyWord(word: WordAt): boolean {
  return /^\p{Lu}{2,}$/u.test(word.text) || knownOrganizations.has(word.text.toLowerCase());
}

/**
 * Names in a credit block: each part between slashes, or before and after "for" ("Jon Vell for The Daily"), is an
 * agency or a photographer, or both ("NASA Jon Vell").
 */
function creditMentions(text: string, block: Boilerplate): RawMention[] {
  const found: RawMention[] = [];
  let offset = block.start;
  // split with the separator captured: the odd items are the separators, whose lengths move the offset on.
  const pieces = block.text.split(/(\/|\sfor\s)/u);
  for (let k = 0; k < pieces.length; k += 2) {
    const part = pieces[k]!;
    const words = wordsOf(part, offset).filter((w) => !CREDIT_NOISE.has(w.text.toLowerCase()));
    // "The Daily" after "for": the article opens the phrase, not the name (the story names "the Daily" alike).
    if (words.length > 1 && /^the$/iu.test(words[0]!.text) && k > 0) words.shift();
    offset += part.length + (pieces[k + 1]?.length ?? 0);
    // Keep the longest run of capitalised words; lower-case filler is not a name.
    const capitalised = withoutClosingStop(words.filter((w) => /^\p{Lu}/u.test(w.text)));
    if (capitalised.length === 0 || capitalised.length > 5) continue;
    if (isOrganizationName(capitalised)) found.push(mention(text, capitalised, "organization"));
    else if (capitalised.length >= 3 && capitalised.length <= 4 && isAgencyWord(capitalised[0]!)) {
      found.push(mention(text, capitalised.slice(0, 1), "organization"), mention(text, capitalised.slice(1), "person"));
    } else if (capitalised.length >= 2 && capitalised.length <= 3) found.push(mention(text, capitalised, "person"));
  }
  return found;
}

/** A month's name or its short form: the day a dateline may carry ("NEW DELHI, Mar 3 (PTI)"), no place. */
const MONTH_WORD = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?$/u;

/**
 * Names in a dateline: the place, and after it an agency in brackets or a distributor between slashes ("(PTI)",
 * "/PR Newswire/"), which is an organisation whatever its name.
 */
function datelineMentions(text: string, block: Boilerplate): RawMention[] {
  const found: RawMention[] = [];
  const words = wordsOf(block.text, block.start).filter((w) => /^\p{Lu}/u.test(w.text) && !MONTH_WORD.test(w.text));
  let run: WordAt[] = [];
  const flush = () => {
    if (run.length === 0) return;
    // (Not the first name of the dateline: "(MOSCOW) --" puts the place itself in brackets.)
    const enclosed = found.length > 0 && /[(/]$/u.test(text.slice(Math.max(0, run[0]!.start - 1), run[0]!.start));
    const type = enclosed || isOrganizationName(run) ? "organization" : "place";
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

/** Words around the holder's name in a copyright line: "Copyright (c) 2012", "All rights reserved". */
const COPYRIGHT_NOISE = /^(?:copyright|©|\(c\)|all|rights|reserved|by|the)$/iu;

/**
 * The publisher in a copyright or source line: "Copyright 2012 ABC News Radio", "© 2019 Reuters. All rights
 * reserved.", or a bare "ABC News Radio". The longest run of capitalised words that is not copyright wording.
 */
function publisherMentions(text: string, block: Boilerplate): RawMention[] {
  const sentence = block.text.split(/\.\s/u)[0]!;
  const words = wordsOf(sentence, block.start);
  let best: WordAt[] = [];
  let run: WordAt[] = [];
  for (const word of words) {
    const previous = run[run.length - 1];
    const adjacent = !previous || /^[ \u00a0]+$/u.test(text.slice(previous.end, word.start));
    if (!/^\p{Lu}/u.test(word.text) || COPYRIGHT_NOISE.test(word.text) || !adjacent) {
      if (run.length > best.length) best = run;
      run = /^\p{Lu}/u.test(word.text) && !COPYRIGHT_NOISE.test(word.text) ? [word] : [];
      continue;
    }
    run.push(word);
  }
  if (run.length > best.length) best = run;
  if (best.length === 0 || best.length > 6) return [];
  // "Inc." or a trailing full stop belongs to the sentence, not the name.
  const last = best[best.length - 1]!;
  if (last.text.endsWith(".") && !/^(?:\p{Lu}\.)+$/u.test(last.text)) {
    best = [...best.slice(0, -1), { ...last, text: last.text.slice(0, -1), end: last.end - 1 }];
  }
  return [mention(text, best, "organization")];
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
    if (block.kind === "credit") pushAll(found, creditMentions(text, block));
    else if (block.kind === "dateline") pushAll(found, datelineMentions(text, block));
    else if (block.kind === "byline") pushAll(found, bylineMentions(text, block, authors));
    else if (block.kind === "copyright" || block.kind === "source") pushAll(found, publisherMentions(text, block));
  }
  return found;
}
