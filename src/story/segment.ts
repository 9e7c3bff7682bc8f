/**
 * Segmentation: text -> metadata, body paragraphs and classified boilerplate.
 *
 * The page is cut into line blocks (segment/lines.ts), each block is scored as story prose or page furniture
 * and the body is the best-scoring stretch (segment/body.ts). Metadata is then read around that stretch: the
 * headline and byline stand just before it, the dateline opens it, the copyright closes it. Every block that is
 * not body is returned with its kind, so nothing of the input is silently dropped.
 *
 * All offsets are UTF-16 code units of `text`, and every block's `text` is exactly `text.slice(start, end)`.
 */
import type { BlockKind, Boilerplate, Meta, NavLinks, Paragraph } from "../types.js";
import { bestStretch, describeLines, extendWithList, innerKind, scoreLines, type LineInfo } from "./segment/body.js";
import { parseByline } from "./segment/byline.js";
import { captionCredit, gluedCreditLength } from "./segment/credit.js";
import { findDateline, findInnerDateline, type Dateline } from "./segment/dateline.js";
import { findDates } from "./segment/dates.js";
import { guessLanguage } from "./segment/language.js";
import { splitLines, trimRange, type Line } from "./segment/lines.js";
import { pushAll } from "../lib/arrays.js";

export interface Segmentation {
  meta: Meta;
  /** Body paragraphs, offsets in UTF-16 code units. */
  paragraphs: Paragraph[];
  /** Non-body blocks, offsets in UTF-16 code units. */
  boilerplate: Boilerplate[];
}

export function emptyMeta(): Meta {
  return {
    headline: null, byline: null, authors: [], dateline: null, date: null, credit: null,
    copyright: null, source: null, language: null, links: null,
  };
}

/** What a line turned out to be; "split" when it was cut into parts (credit, dateline, paragraph). */
type Kind = BlockKind | "body" | "split" | null;

/** A block being built: a line or part of one. */
interface Block {
  start: number;
  end: number;
  kind: BlockKind | "body";
}

export function segment(text: string): Segmentation {
  const meta = emptyMeta();
  const infos = describeLines(splitLines(text));
  const kinds: Kind[] = infos.map(() => null);

  // « previous story | Main | next story » (blog navigation between neighbouring posts)
  for (let i = 0; i < infos.length; i++) {
    const links = navLinks(infos[i]!.line.text);
    if (links) {
      kinds[i] = "navigation";
      meta.links ??= links;
      infos[i]!.phrase = { kind: "navigation", endsStory: false };
    }
  }
  const title = pageTitle(infos);
  scoreLines(infos, title ? titleAnchor(infos, title) : null);

  const stretch = bestStretch(infos);
  // No line reads as prose (a note of a few short lines, a cut-off stdin): rather than lose the story, every
  // line that is not recognisably furniture is body.
  const [first, last] = stretch ? [stretch[0], extendWithList(infos, stretch[1])] : [0, infos.length - 1];
  for (let i = first; i <= last; i++) kinds[i] = innerKind(infos[i]!) ?? "body";

  const headlineAt = findHeadline(infos, kinds, first, title);
  if (headlineAt !== null) kinds[headlineAt] = "headline";
  // The page title names the story for sure; a line above the body is only a guess unless it repeats the title.
  if (title && (headlineAt === null || !repeatsTitle(infos[headlineAt]!.line.text, title))) meta.headline = title.headline;
  else if (headlineAt !== null) meta.headline = normalize(infos[headlineAt]!.line.text);
  if (title && kinds[0] === null) kinds[0] = "headline";

  // Byline, date and credit stand between the headline and the body.
  const top = headlineAt !== null ? headlineAt + 1 : Math.max(0, first - 25);
  const extra: Block[] = [];
  for (let i = top; i < Math.min(first, infos.length); i++) {
    if (kinds[i] !== null) continue;
    const lineText = infos[i]!.line.text;
    if (meta.byline === null) {
      const joined = /^by$/i.test(lineText) && i + 1 < first ? `${lineText} ${infos[i + 1]!.line.text}` : lineText;
      const byline = parseByline(joined);
      if (byline) {
        meta.byline = normalize(byline.text);
        meta.authors = byline.authors;
        kinds[i] = "byline";
        if (joined !== lineText) kinds[i + 1] = "byline";
        meta.date ??= findDates(joined)[0]?.iso ?? null; // "By Jane Roe Nov 17, 2019, 10:05am EST"
        continue;
      }
    }
    // A date line is short; a long line with a date is a caption or a teaser ("In this March 3, 2008, photo").
    if (infos[i]!.caption || infos[i]!.size > 25) continue;
    const dates = findDates(lineText);
    if (dates.length > 0) {
      meta.date ??= dates[0]!.iso;
      kinds[i] = "date";
    }
  }
  if (meta.byline === null) {
    // Bylines also stand right after the body ("Written by Jane Roe on ...") or open it.
    for (let i = Math.max(0, first); i <= Math.min(last + 3, infos.length - 1); i++) {
      if (kinds[i] === "body" && i > first + 2 && i < last) continue;
      const byline = kinds[i] !== "headline" ? parseByline(infos[i]!.line.text) : null;
      if (byline) {
        meta.byline = normalize(byline.text);
        meta.authors = byline.authors;
        kinds[i] = "byline";
        break;
      }
    }
  }
  if (meta.date === null) meta.date = firstDate(infos, first, last);

  // The dateline opens the first paragraph; a photo credit or the date may be glued in front of it.
  const firstBody = kinds.indexOf("body");
  const opening = firstBody >= 0 ? splitOpening(infos[firstBody]!.line) : null;
  const dateline = opening?.dateline ?? null;
  if (opening && opening.blocks.length > 0) {
    pushAll(extra, opening.blocks);
    kinds[firstBody] = "split";
    if (opening.credit !== null) meta.credit = opening.credit;
    if (opening.date !== null) meta.date ??= opening.date;
    if (dateline) meta.dateline = normalize(dateline.place);
  }

  // Copyright (the story's own, after its start, rather than a line above it), credit and source.
  const copyrights = [...range(0, infos.length)].filter((i) => infos[i]!.phrase?.kind === "copyright");
  for (const i of copyrights) kinds[i] ??= "copyright";
  const copyrightAt = copyrights.find((i) => i >= first) ?? copyrights[0];
  if (copyrightAt !== undefined) meta.copyright = normalize(infos[copyrightAt]!.line.text);
  if (meta.credit === null) {
    const order = [...range(Math.max(0, top - 1), infos.length), ...range(0, Math.max(0, top - 1))];
    const at = order.find((i) => infos[i]!.credit !== null && kinds[i] !== "body");
    if (at !== undefined) meta.credit = normalize(infos[at]!.credit!);
    else {
      // No credit line: the credit at the end of the first caption ("... REUTERS/Tom Kessler").
      const caption = order.find((i) => infos[i]!.caption && captionCredit(infos[i]!.line.text) !== null);
      if (caption !== undefined) meta.credit = captionCredit(infos[caption]!.line.text);
    }
  }
  meta.source = findSource(infos, kinds, last, meta.copyright, title?.site ?? null, dateline?.agency ?? null);

  // Everything else outside the body gets the most likely kind for where it stands.
  for (let i = 0; i < infos.length; i++) {
    if (kinds[i] !== null) continue;
    const info = infos[i]!;
    kinds[i] = info.phrase?.kind ?? (info.credit !== null ? "credit" : info.caption ? "caption" : fallbackKind(info, i < first));
  }

  const blocks: Block[] = [...extra];
  for (let i = 0; i < infos.length; i++) {
    const kind = kinds[i];
    if (kind === "split" || kind === null || kind === undefined) continue;
    blocks.push({ start: infos[i]!.line.start, end: infos[i]!.line.end, kind });
  }
  blocks.sort((a, b) => a.start - b.start);

  const paragraphs: Paragraph[] = [];
  const boilerplate: Boilerplate[] = [];
  for (const block of blocks) {
    const [start, end] = trimRange(text, block.start, block.end);
    if (start >= end) continue;
    const slice = text.slice(start, end);
    if (block.kind === "body") paragraphs.push({ index: paragraphs.length, text: slice, start, end });
    else boilerplate.push({ kind: block.kind, text: slice, start, end });
  }

  meta.language = guessLanguage(paragraphs.length > 0 ? paragraphs.map((p) => p.text).join("\n") : text);
  return { meta, paragraphs, boilerplate };
}

/** Collapses runs of white space (no-break spaces included) to one space. */
function normalize(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
}

interface Opening {
  /** The blocks the first paragraph's line is cut into; empty when it stays whole. */
  blocks: Block[];
  dateline: Dateline | null;
  credit: string | null;
  date: string | null;
}

/**
 * Cuts what opens the first paragraph off it: a dateline ("WASHINGTON (AP) —"), a photo credit glued in front
 * of the dateline ("Sasha Mordovets/Getty Images(MOSCOW) --"), or the date ("Friday, June 12, 2015 On ...").
 */
function splitOpening(line: Line): Opening {
  const none: Opening = { blocks: [], dateline: null, credit: null, date: null };
  let dateline = findDateline(line.text);
  let offset = 0;
  let credit: string | null = null;
  const blocks: Block[] = [];
  if (!dateline) {
    const inner = findInnerDateline(line.text);
    const creditLength = inner ? gluedCreditLength(line.text, inner.at) : 0;
    if (inner && creditLength > 0) {
      blocks.push({ start: line.start, end: line.start + creditLength, kind: "credit" });
      credit = normalize(line.text.slice(0, creditLength));
      offset = inner.at;
      dateline = inner.dateline;
    }
  }
  if (dateline) {
    const at = line.start + offset;
    blocks.push({ start: at, end: at + dateline.length, kind: "dateline" });
    blocks.push({ start: at + dateline.rest, end: line.end, kind: "body" });
    return { blocks, dateline, credit, date: null };
  }
  const date = findDates(line.text.slice(0, 60))[0];
  if (!date || date.index > 12 || !/^(?:\p{L}+,?\s)?$/u.test(line.text.slice(0, date.index))) return none;
  const end = date.index + date.length;
  let rest = end;
  while (rest < line.text.length && /[\s,.:–—-]/.test(line.text[rest]!)) rest++;
  if (rest >= line.text.length) return none;
  return {
    blocks: [
      { start: line.start, end: line.start + end, kind: "date" },
      { start: line.start + rest, end: line.end, kind: "body" },
    ],
    dateline: null,
    credit: null,
    date: date.iso,
  };
}

/** « previous | Main | next »: the titles on either side, or null when the line is not such a bar. */
function navLinks(line: string): NavLinks | null {
  if (line.length > 600) return null;
  const m = /^[«‹]\s*(.*?)\s*[|·•]\s*(?:main|home|index|start|top)\s*[|·•]\s*(.*?)\s*[»›]$/iu.exec(line);
  if (!m) return null;
  return { previous: m[1] ? normalize(m[1]) : null, next: m[2] ? normalize(m[2]) : null };
}

interface PageTitle {
  headline: string;
  site: string | null;
}

/** The page's <title>, when the first line is one: "Headline - Site Name" or "Headline | Site". */
function pageTitle(infos: LineInfo[]): PageTitle | null {
  const line = infos[0];
  if (!line || line.phrase || line.line.text.length > 300) return null;
  let headline = normalize(line.line.text);
  let site: string | null = null;
  // "Headline | World | News | Example.co.uk": the rightmost part is the site, short parts before it sections.
  for (let round = 0; round < 3; round++) {
    const cut = lastSeparator(headline);
    if (!cut || cut.at <= 10) break;
    const part = headline.slice(cut.at + cut.length).trim();
    // A site or section name is short and capitalised ("BBC News", "pv magazine International"); a phrase with
    // several lower-case words is the rest of a headline that contains a dash.
    const lowerWords = part.split(" ").filter((w) => w.length > 3 && /^\p{Ll}/u.test(w)).length;
    const words = part.split(" ").length;
    if (words > (site === null ? 6 : 2) || part.length > 50 || /[.!?]$/.test(part) || lowerWords > 1) break;
    site ??= part;
    headline = headline.slice(0, cut.at).trim();
  }
  if (site === null) return null;
  // "Opinion | Headline", "Business | Headline": a section label in front.
  const section = /^[\p{L}&]+(?: [\p{L}&]+)? \| (?=\S)/u.exec(headline);
  if (section) headline = headline.slice(section[0].length);
  return { headline, site };
}

function lastSeparator(text: string): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null;
  for (const sep of [" | ", " - ", " – ", " — ", " :: ", " « ", " » "]) {
    const at = text.lastIndexOf(sep);
    if (at >= 0 && (!best || at > best.at)) best = { at, length: sep.length };
  }
  return best;
}

/** Whether a line repeats the page title's headline. */
function repeatsTitle(line: string, title: PageTitle): boolean {
  const wanted = title.headline.toLowerCase();
  const t = normalize(line).toLowerCase();
  if (t === wanted) return true;
  // The on-page headline may be cut short or carry a word more; a teaser that starts with it is much longer.
  return t.length > 20 && t.length <= wanted.length * 1.3 + 10 && (t.startsWith(wanted) || wanted.startsWith(t));
}

/** The first line repeating the page title with prose soon after it: where the story starts. */
function titleAnchor(infos: LineInfo[], title: PageTitle): number | null {
  const wanted = title.headline.toLowerCase();
  for (let i = 1; i < infos.length; i++) {
    // Only a full repeat counts here: a shorter line that the title starts with may be a sub-heading.
    if (!repeatsTitle(infos[i]!.line.text, title) || !normalize(infos[i]!.line.text).toLowerCase().startsWith(wanted)) continue;
    for (let j = i + 1; j < Math.min(infos.length, i + 25); j++) {
      const info = infos[j]!;
      if (info.terminal && info.size >= 12 && !info.phrase) return i;
    }
  }
  return null;
}

/**
 * The on-page headline: the line before the body that repeats the page title, else the nearest title-like line
 * above the body (a short line without a full stop, skipping bylines, dates and credits).
 */
function findHeadline(infos: LineInfo[], kinds: Kind[], first: number, title: PageTitle | null): number | null {
  const limit = Math.min(first, infos.length);
  if (title) {
    for (let i = limit - 1; i >= 1; i--) if (repeatsTitle(infos[i]!.line.text, title)) return i;
  }
  // A page title without a site name, repeated on the page.
  const firstLine = infos[0] ? normalize(infos[0].line.text) : "";
  for (let i = limit - 1; i >= 1 && firstLine; i--) if (normalize(infos[i]!.line.text) === firstLine) return i;
  // A story that starts almost at once (no page around it) opens with its headline.
  const top = infos[0];
  if (top && limit > 0 && limit <= 4 && !top.phrase && top.size >= 3 && top.size <= 30 && kinds[0] === null && !parseByline(top.line.text)) {
    return 0;
  }
  for (let i = limit - 1; i >= Math.max(0, first - 15); i--) {
    const info = infos[i]!;
    if (kinds[i] !== null && kinds[i] !== "navigation") continue;
    const text = info.line.text;
    if (parseByline(text) || info.credit !== null || info.caption) continue;
    if (findDates(text).length > 0 && info.size <= 12) continue;
    if (info.phrase) {
      if (info.phrase.kind === "share" || info.phrase.kind === "advert" || info.phrase.kind === "credit" || info.phrase.kind === "caption") continue;
      return null;
    }
    if (info.size < 3) continue;
    // The first line of a story in Title Case is its headline even with a full stop.
    if (i === 0 && info.size <= 30 && info.titleRatio >= 0.6) return 0;
    if (info.size > 30 || /[.]$/.test(text)) return null;
    return i;
  }
  return null;
}

/** A date anywhere near the story when the top of the page has none. */
function firstDate(infos: LineInfo[], first: number, last: number): string | null {
  const order = [...range(last + 1, Math.min(infos.length, last + 6)), ...range(0, first), ...range(last + 6, infos.length)];
  for (const i of order) {
    const dates = findDates(infos[i]!.line.text);
    if (dates.length > 0) return dates[0]!.iso;
  }
  return null;
}

/** The holder in a copyright line: "Copyright 2012 ABC News Radio" gives "ABC News Radio". */
function copyrightHolder(copyright: string): string | null {
  let holder = copyright.replace(/[.,]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos os direitos reservados).*$/i, "");
  // Strip the marks and years on either side: "© Copyright Valley Herald 2019", "Copyright © 2016-2019 X."
  const mark = /^(?:copyright|©|\(c\)|\d{4}(?:\s?[-–]\s?\d{4})?|[,.])\s*/i;
  for (let i = 0; i < 6 && mark.test(holder); i++) holder = holder.replace(mark, "");
  holder = holder.replace(/[\s,.]*(?:\d{4}(?:\s?[-–]\s?\d{4})?)?[\s,.]*$/, "").trim();
  return holder.length >= 2 && holder.length <= 60 ? holder : null;
}

/**
 * The publication: a "Source: X" line, or a line after the body that repeats the copyright holder (wire
 * feeds end "Copyright 2012 ABC News Radio" then "ABC News Radio"), else the site name of the page title, the
 * copyright holder, or the agency of the dateline.
 */
function findSource(
  infos: LineInfo[],
  kinds: Kind[],
  last: number,
  copyright: string | null,
  site: string | null,
  agency: string | null,
): string | null {
  const holder = copyright ? copyrightHolder(copyright) : null;
  for (let i = Math.max(0, last - 2); i < Math.min(infos.length, last + 12); i++) {
    const text = normalize(infos[i]!.line.text);
    const labelled = /^source\s?:\s?(.{2,60})$/i.exec(text);
    if (labelled && kinds[i] !== "body") {
      kinds[i] = "source";
      return labelled[1]!.trim();
    }
    if (i > last && kinds[i] === null && holder && text.toLowerCase() === holder.toLowerCase()) {
      kinds[i] = "source";
      return text;
    }
  }
  return site ?? holder ?? agency;
}

/** The kind of an unrecognised line outside the body, from its shape and side of the body. */
function fallbackKind(info: LineInfo, beforeBody: boolean): BlockKind {
  if (!info.terminal && info.size <= 6) return "navigation";
  if (!info.terminal && info.size <= 20) return beforeBody ? "navigation" : "related";
  return beforeBody ? "other" : "footer";
}
