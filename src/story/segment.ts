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
import { isNewswire } from "./segment/agencies.js";
import { bestStretch, describeLines, extendWithList, extendWithSignature, headlineRuns, innerKind, scoreLines, type LineInfo, type LineInfos } from "./segment/body.js";
import { authorBox, authorNote, bareByline, bylinePhotographer, isRoleLine, knownFirstName, namesAPerson, parseByline, peopleOnly, readsAsSurname, signOff } from "./segment/byline.js";
import { isWireService } from "./segment/agencies.js";
import { captionCredit, CREDIT_LABEL_ALONE, gluedCreditLength, isLabelledCredit } from "./segment/credit.js";
import { findDateline, findInnerDateline, type Dateline } from "./segment/dateline.js";
import { bareMonthDay, dateOrderOf, findDates, findYearlessStamps, hasStampLabel, isDatelessStamp, isRelativeStamp, publicationDate, RELATIVE_STAMP, RELATIVE_TAIL, withYear } from "./segment/dates.js";
import { guessLanguage, languageSample, SPARSE } from "./segment/language.js";
import { lineTable, trimRange, type Line, type LineTable } from "./segment/lines.js";
import { ParagraphTable } from "./segment/paragraph-table.js";
import { BoilerplateTable } from "./segment/boilerplate-table.js";
import { bylineOutlet, chooseBrand, copyrightHolder, domainSpells, isPlaceWithRegion, mastheadNames, occurrences, pageDomains } from "./segment/source.js";
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
  const { meta, paragraphs, boilerplate } = segmentLayout(text);
  return { meta, paragraphs: paragraphs.objects(), boilerplate: boilerplate.objects() };
}

/**
 * A Segmentation whose paragraphs and boilerplate are still columns of offsets (see ParagraphTable and
 * BoilerplateTable): what `extract` reads.
 */
export interface Layout {
  meta: Meta;
  paragraphs: ParagraphTable;
  boilerplate: BoilerplateTable;
}

/** `segment`, the paragraphs left as a table. */
export function segmentLayout(text: string): Layout {
  const { meta, lines, kinds, extra } = classify(text);
  // Only the line offsets and the kinds are held from here on, not the classifier's feature columns (some forty
  // bytes a line): on a page of millions of lines the blocks made below are most of the result, and the two
  // together set the peak memory.
  const { paragraphs, boilerplate } = blocksInOrder(text, lines, kinds, extra);
  // A story without prose gives no sure guess: then the whole page's few stopwords, if they are clearly one language's.
  meta.language = guessLanguage(paragraphs.length > 0 ? languageSample(paragraphs.texts()) : text) ?? guessLanguage(languageSample([text]), SPARSE);
  return { meta, paragraphs, boilerplate };
}

/** What the lines turned out to be: the kind of each line, the parts cut off the first paragraph, the meta. */
interface Classified {
  meta: Meta;
  lines: LineTable;
  kinds: PackedKinds;
  /** Parts of a line cut into several blocks (its kind is then "split"). */
  extra: Block[];
}

function classify(text: string): Classified {
  const meta = emptyMeta();
  const infos = describeLines(lineTable(text));
  const kinds: Kind[] = new Array<Kind>(infos.length).fill(null);

  // « previous story | Main | next story » (blog navigation between neighbouring posts)
  for (let i = 0; i < infos.length; i++) {
    const links = navLinks(infos.get(i)!.line.text);
    if (links) {
      kinds[i] = "navigation";
      meta.links ??= links;
      infos.get(i)!.phrase = { kind: "navigation", endsStory: false };
    }
  }
  const title = pageTitle(infos);
  scoreLines(infos, title ? titleAnchor(infos, title) : null);

  const stretch = bestStretch(infos);
  // No line reads as prose (a note of a few short lines, a cut-off stdin): rather than lose the story, every
  // line that is not recognisably furniture is body.
  const [first, storyEnd] = stretch ? [stretch[0], extendWithList(infos, extendWithSignature(infos, stretch[1]))] : [0, infos.length - 1];
  const box = stretch ? inlineLinkBox(infos, storyEnd) : null;
  const last = box ? box.resumesUntil : storyEnd;
  for (let i = first; i <= last; i++) kinds[i] = innerKind(infos.get(i)!) ?? "body";
  if (box) for (let i = box.from; i < box.resumesAt; i++) kinds[i] = infos.get(i)!.phrase?.kind ?? "related";
  if (stretch) for (const i of headlineRuns(infos, first, last)) if (kinds[i] === "body") kinds[i] = "related";

  // Numeric dates are read by the locale of the story's language: 05/10/2018 is 5 October on a Brazilian page.
  const storyLanguage = guessLanguage(languageSample(lineTexts(infos, first, last + 1)));
  // On an English page the locale is not the language's: the page's own unambiguous dates tell the British order
  // ("7 April 2026", 18/04/2026) from the American ("April 7, 2026", 04/18/2026); without them, the American.
  const dayFirst = storyLanguage !== null && storyLanguage !== "en" ? true : dateOrderOf(lineTexts(infos, 0, infos.length)) === "day";
  // Pages in a Romance language, whose desks are named in words of their own ("Estadão Conteúdo", "Assessoria de
  // Imprensa"): there a byline's "name" that opens with no given name and holds a desk's word is no person (see
  // peopleOnly). The given-name lists hold those languages' names; Dutch, German or Indonesian writers' given names
  // they often miss ("Sjoerd", "Sönke", "Budi").
  const givenNamesListed = storyLanguage !== null && GIVEN_NAME_LANGUAGES.has(storyLanguage);
  let headlineAt = findHeadline(infos, kinds, first, title);
  if (headlineAt !== null) kinds[headlineAt] = "headline";
  // The page title names the story for sure; a line above the body is only a guess unless it repeats the title.
  const titled = title !== null && headlineAt !== null && repeatsTitle(infos.get(headlineAt)!.line.text, title);
  if (title && !titled) meta.headline = title.headline;
  else if (headlineAt !== null) meta.headline = normalize(infos.get(headlineAt)!.line.text);
  // (Without the semicolon or colon that joined a headline to its deck: "Council delays bridge vote; ".)
  else if (title === null && openingHeadline(infos, kinds, first)) meta.headline = normalize(infos.get(0)!.line.text).replace(/\s*[;:]$/u, "");
  if (title && kinds[0] === null) kinds[0] = "headline";
  // Byline, date and credit stand between the headline and the body.
  const guessedTop = headlineAt !== null ? headlineAt + 1 : Math.max(0, first - 25);
  const bylineAt = findHeaderByline(infos, kinds, meta, headerStart(infos, first, guessedTop, meta.headline), first, last, dayFirst, givenNamesListed);
  // The on-page headline stands right over the byline (a kicker, a photo and its credit may come between); it
  // wins over a guess lower down and over the page title, which sites often word differently.
  // (Not a line that repeats the page's first line: that is as often the site's name printed twice, a masthead over
  // the headline; photo captions of people under a repeated headline are no byline, see findHeaderByline.)
  if (bylineAt !== null && !titled) {
    const over = headlineOver(infos, kinds, bylineAt, title);
    // Not the site's own name, which the title cuts off as its site part: a masthead right over the byline on a page
    // that prints no headline line ("The Bridgeport Chronicle" over "By Hana Kim"); the title's headline stands.
    const siteName = over !== null && (title?.sites ?? []).some((part) => part.toLowerCase() === normalize(infos.get(over)!.line.text).toLowerCase());
    if (over !== null && !siteName) {
      if (headlineAt !== null && headlineAt !== 0) kinds[headlineAt] = null;
      headlineAt = over;
      kinds[over] = "headline";
      meta.headline = normalize(infos.get(over)!.line.text);
    }
  }
  if (title && !titled && (bylineAt === null || meta.headline === title.headline)) {
    // The on-page headline wins over the page title: a line just above the body worded like the title.
    // Or a headline-sized line right over the body, only date lines between, the page title named nowhere on
    // the page: the title is the site's wording for search engines, the line the headline readers see.
    const near = nearTitle(infos, kinds, first, title) ?? headlineOverBody(infos, kinds, first, title);
    if (near !== null) {
      if (headlineAt !== null && headlineAt !== 0 && kinds[headlineAt] === "headline") kinds[headlineAt] = null;
      headlineAt = near;
      kinds[near] = "headline";
      meta.headline = normalize(infos.get(near)!.line.text);
    }
  }
  const top = headlineAt !== null && headlineAt < first ? Math.min(headlineAt + 1, guessedTop) : guessedTop;
  const extra: Block[] = [];
  let headerDateUpdated = false;
  let headerDateFirst = false;
  // The header's date was labelled as the publication ("Published March 9, 2024"): a republished story's
  // "Originally published ..." under it names another time and place of publication, not this page's.
  let headerDatePublished = false;
  for (let i = top; i < Math.min(first, infos.length); i++) {
    if (kinds[i] !== null) continue;
    const lineText = infos.get(i)!.line.text;
    // A date line is short; a long line with a date is a caption or a teaser ("In this March 3, 2008, photo").
    if (infos.get(i)!.caption || infos.get(i)!.size > 25) continue;
    const found = publicationDate(lineText, dayFirst);
    if (found) {
      // Published wins over updated: an "Updated" line over the "Published" one gives way to it, and so does a bare
      // date over a "First published on ..." line (a page that shows its last change unlabelled, its first
      // publication under it).
      const firstStamp = FIRST_PUBLISHED.test(lineText) && !found.updated;
      const published = !found.updated && !firstStamp && hasStampLabel(lineText);
      // (The date under the byline is taken there already: its label is read here.)
      if (published && found.iso === meta.date) headerDatePublished = true;
      if (meta.date === null || (headerDateUpdated && !found.updated) || (firstStamp && !headerDateFirst && !headerDatePublished)) {
        meta.date = found.iso;
        headerDateUpdated = found.updated;
        headerDateFirst = firstStamp;
        headerDatePublished = published;
      }
      kinds[i] = "date";
    }
  }
  if (meta.byline === null) {
    // Bylines also stand right after the body ("Written by Jane Roe on ...") or open it.
    for (let i = Math.max(0, first); i <= Math.min(last + 3, infos.length - 1); i++) {
      const inside = kinds[i] === "body" && i > first + 2 && i < last;
      // A sign-off after the last paragraph ("— Jane Roe") names the author where the header does not; the lines
      // around it tell a list item or a quotation's attribution from it. Inside the stretch only a sign-off counts:
      // a box after the story (a price table, a note) may have been taken into the body.
      const around = (k: number) => infos.get(k)?.line.text ?? "";
      const dashed = () => (i >= last || (inside && infos.get(i)!.size <= 5) ? signOff(infos.get(i)!.line.text, around(i - 1), around(i + 1)) : null);
      // The author box under the story: a name alone, first thing after the last paragraph or under a heading.
      // Only short labels may stand between (tags, "About the author").
      const labelsBetween = infos.slice(last + 1, i).every((n) => !n.terminal && n.size <= 6);
      // The box may have been taken into the stretch, its bio the last line (a sentence that scores as prose).
      const boxLine = (i > last && labelsBetween) || (inside && i === last - 1 && infos.get(i)!.size <= 4);
      const paragraphBefore = (infos.get(i - 1)?.terminal ?? false) && infos.get(i - 1)!.size > 6;
      const boxed = () => {
        const box = boxLine ? authorBox(infos.get(i)!.line.text, paragraphBefore ? "" : around(i - 1), infos.get(i + 1)?.phrase ? "" : around(i + 1)) : null;
        if (box === null || box.authors.some((a) => subjectOfStory(infos, kinds, first, last, a))) return null;
        // Nor the last of a series of name lines through the story: the signatures of a page of letters ("Fiona
        // Hale, Westfield"), the subheads of a set of profiles.
        return nameLineIn(infos, first, Math.min(i, last + 1), i) ? null : box;
      };
      // The writer's note as the story's last paragraph ("Jane Roe is a freelance journalist ..."), about no one the
      // story spoke of before it.
      const note = () => {
        if (i !== last || kinds[i] !== "body") return null;
        const found = authorNote(infos.get(i)!.line.text);
        return found && !found.authors.some((a) => namedInBody(infos, kinds, first, i, a)) ? found : null;
      };
      let byline = kinds[i] === "headline" ? null : inside ? (dashed() ?? boxed()) : (parseByline(infos.get(i)!.line.text) ?? dashed() ?? boxed() ?? note());
      // Inside the story, a dashed name the story has already spoken of ("Eric Lund climbed ...", then a pull quote
      // and "— Eric Lund") attributes a quotation: the writer is not a subject of her own story.
      if (byline && inside && byline.authors.some((a) => namedInBody(infos, kinds, first, i, a))) byline = null;
      // Nor is a name the story goes on after: two more paragraphs of prose are the story, not a box under it
      // ("Do not go gentle into that good night." / "— Dylan Thomas" / "The festival ended with ...").
      if (byline && inside && proseAfter(infos, kinds, i + 1, last) >= 2) byline = null;
      if (byline) {
        meta.byline = normalize(byline.text);
        meta.authors = givenNamesListed ? peopleOnly(byline.authors) : byline.authors;
        kinds[i] = "byline";
        // The writer signs where the story ends: what the stretch holds after a sign-off is a box under it.
        if (inside) for (let k = i + 1; k <= last; k++) if (kinds[k] === "body") kinds[k] = infos.get(k)!.phrase?.kind ?? "related";
        break;
      }
    }
  }
  // A header that stamps the story with a relative time only ("5 hours ago", "Updated yesterday") says when it was
  // published in no date: the page shows none (pages/META.md), and a date read further away would be a masthead's
  // "today", a comment's or a teaser's.
  const relativeOnly = meta.date === null && [...range(headlineAt ?? top, first)].some((i) => kinds[i] !== "body" && kinds[i] !== "headline" && isRelativeStamp(infos.get(i)!.line.text));
  if (meta.date === null && headlineAt !== null && !relativeOnly) {
    // A date line right over the headline (a kicker date) is the story's, before any date further away.
    for (let i = headlineAt - 1; i >= Math.max(1, headlineAt - 3); i--) {
      if (kinds[i] !== null || infos.get(i)!.size > 12 || infos.get(i)!.caption) continue;
      const found = findDates(infos.get(i)!.line.text, dayFirst)[0];
      if (found) {
        meta.date = found.iso;
        kinds[i] = "date";
        break;
      }
    }
  }
  if (meta.date === null && !relativeOnly) meta.date = firstDate(infos, first, last, dayFirst, headlineAt);
  // A stamp without a year in the header itself ("Posted Nov 19" under "Updated 6:51 AM") is the story's own, beside a
  // relative one; only above the headline might it be the masthead's day.
  if (meta.date === null) meta.date = yearlessDate(infos, kinds, relativeOnly ? (headlineAt ?? top) : Math.max(0, top - 3), Math.min(infos.length, first + 3));

  // The dateline opens the first paragraph; a photo credit or the date may be glued in front of it.
  let firstBody = kinds.indexOf("body");
  const spokenOfAsPlace = (name: string) => placeInStory(infos, kinds, firstBody, last, name);
  // A picture's caption under its credit line ("Image Source: ANI" / "Flooded road in Kochi on Thursday."), taken into
  // the story over the paragraph that opens with the dateline: the story begins at the dateline.
  if (firstBody >= 0 && kinds[firstBody + 1] === "body" && infos.get(firstBody)!.size <= 15 && (infos.get(firstBody - 1)?.credit ?? null) !== null) {
    const caption = firstBody;
    if (findDateline(infos.get(caption)!.line.text) === null && findDateline(infos.get(caption + 1)!.line.text, (name) => placeInStory(infos, kinds, caption + 1, last, name)) !== null) {
      kinds[caption] = "caption";
      firstBody = caption + 1;
    }
  }
  const opening = firstBody >= 0 ? splitOpening(infos.get(firstBody)!.line, dayFirst, spokenOfAsPlace) : null;
  const dateline = opening?.dateline ?? null;
  if (opening && opening.blocks.length > 0) {
    pushAll(extra, opening.blocks);
    kinds[firstBody] = "split";
    if (opening.credit !== null) meta.credit = opening.credit;
    if (opening.date !== null) meta.date ??= opening.date;
    if (dateline) meta.dateline = normalize(dateline.place);
  }

  // Copyright (the story's own, after its start, rather than a line above it), credit and source.
  const copyrights: number[] = [];
  for (let i = 0; i < infos.length; i++) if (infos.get(i)!.phrase?.kind === "copyright") copyrights.push(i);
  for (const i of copyrights) kinds[i] ??= "copyright";
  const copyrightAt = copyrights.find((i) => i >= first) ?? copyrights[0];
  if (copyrightAt !== undefined) meta.copyright = normalize(infos.get(copyrightAt)!.line.text);
  if (meta.credit === null) {
    // The first credit in page order from the story's header: a credit line, or the credit at the end of a
    // caption ("... REUTERS/Tom Kessler", "... (Photo: Getty Images)").
    // (Generators, not an array of every index: a page may have millions of lines.)
    const order = () => [range(Math.max(0, top - 1), infos.length), range(0, Math.max(0, top - 1))];
    // The headline is no credit even when it reads like one ("Photographs by Vivian Maier" over an exhibition review).
    const creditLine = (i: number) => infos.get(i)!.credit !== null && kinds[i] !== "body" && kinds[i] !== "headline";
    const at = findFirst(order(), (i) => creditLine(i) || (infos.get(i)!.caption && captionCredit(infos.get(i)!.line.text) !== null));
    const labelled = findFirst(order(), (i) => CREDIT_LABEL_ALONE.test(infos.get(i)!.line.text) && i + 1 < infos.length && infos.get(i + 1)!.size <= 8);
    // "Story by Jane Roe, photos by John Doe": the byline's line credits the pictures, before any caption under it.
    const noneAbove = (line: number | undefined, byline: number) => line === undefined || line > byline;
    const photographer = bylineAt !== null ? bylinePhotographer(infos.get(bylineAt)!.line.text) : null;
    if (photographer !== null && bylineAt !== null && noneAbove(at, bylineAt) && noneAbove(labelled, bylineAt)) meta.credit = photographer;
    else if (labelled !== undefined && (at === undefined || labelled < at)) meta.credit = normalize(infos.get(labelled + 1)!.line.text);
    else if (at !== undefined) {
      const lineCredit = (i: number) => (creditLine(i) ? infos.get(i)!.credit : null);
      // A caption that carries a credit ("… (AP Photo/Jane Roe)") and then the page's own labelled credit line for
      // that picture ("Photo: Jane Roe / Associated Press"): the labelled line is the credit as the page shows it.
      // An unlabelled line under a labelled caption credit ("… (Photo: Getty Images)" over "Getty") is not.
      const own = lineCredit(at) === null ? creditUnderCaption(infos, at, lineCredit) : null;
      meta.credit = own !== null ? normalize(infos.get(own)!.credit!) : lineCredit(at) !== null ? normalize(lineCredit(at)!) : captionCredit(infos.get(at)!.line.text);
    }
  }
  // Every copyright holder (a syndicated story's and the site's own), the story's own first; a few are enough.
  const holders: string[] = [];
  for (const i of [...copyrights.filter((i) => i >= first), ...copyrights.filter((i) => i < first)]) {
    const holder = copyrightHolder(normalize(infos.get(i)!.line.text));
    if (holder !== null) holders.push(holder);
    if (holders.length >= MAX_HOLDERS) break;
  }
  // A footer's notice the phrase table does not read as one, the mark after the name or after what it covers
  // ("Valley Sentinel © 2026", "All content © 2026 Valley Sentinel"): under the story, with a year.
  for (let i = last + 1; i < infos.length && holders.length < MAX_HOLDERS; i++) {
    const info = infos.get(i)!;
    if (info.phrase || info.caption || info.credit !== null || info.line.text.length > 120 || !FOOTER_NOTICE.test(info.line.text)) continue;
    // The name after the mark when one follows it ("Terms | Privacy © Harbour Daily 2026": links before it), else
    // the name before it.
    const text = normalize(info.line.text);
    const at = text.search(/©|\(c\)/iu);
    const after = text.slice(at);
    const before = text.slice(0, at).trim();
    // Nothing named after the mark ("Valley Sentinel © 2026. All rights reserved.", "X © 2026 | Terms"): the name before it.
    const named = copyrightHolder(after);
    const bare = named === null || /^(?:©|\(c\))\s?(?:(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?)?[\s.,]*$/iu.test(after);
    // Another party's notice under the story names what it covers before the mark ("Map data ©2026 Google", "Weather
    // data © 2026 AccuWeather", "Crossword © 2026 X") or who supplied it ("Market data provided by FactSet © 2026"):
    // the holder after the mark is the site only under the site's own links or its content as a whole.
    if (bare ? OTHER_PARTY_BEFORE_MARK.test(before) : !(SITE_COVER.test(before) || FOOTER_LINK_WORDS.test(before))) continue;
    const holder = bare ? copyrightHolder(text) : named;
    if (holder !== null) holders.push(holder);
  }
  // A title part the on-page headline ends with is the headline's own words ("Bridge To Close - Council Votes"
  // printed whole over the story), not the site's name.
  const headlineEnd = meta.headline !== null ? normalize(meta.headline).toLowerCase() : null;
  // Only with the title's separator inside the headline: "Ten years of the Valley Sentinel - Valley Sentinel" over
  // "Ten years of the Valley Sentinel" still names the site.
  const headlineHasPart = (part: string) => {
    const end = ` ${part.toLowerCase()}`;
    return headlineEnd !== null && headlineEnd.endsWith(end) && /[-–—|:·•]$/u.test(headlineEnd.slice(0, -end.length).trimEnd());
  };
  const titleSites = (title?.sites ?? []).filter((part) => !headlineHasPart(part));
  const sites = titleSites.length ? titleSites : titleBrand(infos, meta.headline);
  const outlet = meta.byline !== null ? bylineOutlet(meta.byline, meta.authors) : null;
  meta.source = findSource(infos, kinds, { first: headlineAt ?? first, last }, sites, holders, outlet, meta.authors.length > 0, dateline?.agency ?? null);

  // A page title without a site part ("Council delays vote on harbour bridge") is no PageTitle, yet it names the story:
  // a guessed headline that shares (almost) no word with it is a teaser's or a box's, when a line above the body is
  // worded like the title (the story's headline as the page prints it). The headline field only, once the header is
  // read: where the byline was looked for stays where it was.
  if (title === null && meta.headline !== null && headlineAt !== null && headlineAt > 0) {
    const lead = infos.get(0)!;
    const leadTitle: PageTitle = { headline: normalize(lead.line.text), site: null, sites: [] };
    if (!lead.phrase && lead.size >= 5 && lead.size <= 30 && kinds[0] !== "body" && wordOverlap(meta.headline, leadTitle.headline) < 0.2) {
      const near = nearTitle(infos, kinds, first, leadTitle);
      if (near !== null) meta.headline = normalize(infos.get(near)!.line.text);
    }
  }

  // Everything else outside the body gets the most likely kind for where it stands.
  for (let i = 0; i < infos.length; i++) {
    if (kinds[i] !== null) continue;
    const info = infos.get(i)!;
    kinds[i] = info.phrase?.kind ?? (info.credit !== null ? "credit" : info.caption ? "caption" : fallbackKind(info, i < first));
  }

  return { meta, lines: infos.lines, kinds: packKinds(kinds), extra };
}

/** The kinds a block can be emitted with (a record, so that a kind added to BlockKind and not here fails to compile). */
const EMITTED: Record<BlockKind | "body", true> = {
  body: true, headline: true, byline: true, dateline: true, date: true, credit: true, caption: true, navigation: true,
  share: true, related: true, advert: true, copyright: true, source: true, footer: true, other: true,
};
/** The same kinds, by their code in a PackedKinds column less one (code 0: not emitted). */
const EMITTED_KINDS = Object.keys(EMITTED) as (BlockKind | "body")[];
const KIND_CODES = new Map(EMITTED_KINDS.map((kind, k) => [kind, k + 1]));

/**
 * Each line's kind as one byte (0 for a line emitted in parts or not at all), where an array of kinds costs
 * eight bytes a line: held beside the blocks while they are made.
 */
type PackedKinds = Uint8Array;

function packKinds(kinds: Kind[]): PackedKinds {
  const packed = new Uint8Array(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === "split" || kind === null || kind === undefined) continue;
    packed[i] = KIND_CODES.get(kind)!;
  }
  return packed;
}

/**
 * The blocks in text order: the lines' own (already in order) merged with the parts cut off the first
 * paragraph, a part first when both start at one offset. No block object per line: a page of millions of lines
 * would hold them all at once.
 */
function blocksInOrder(text: string, lines: LineTable, kinds: PackedKinds, extra: Block[]): { paragraphs: ParagraphTable; boilerplate: BoilerplateTable } {
  extra.sort((a, b) => a.start - b.start);
  const paragraphs = new ParagraphTable(text);
  const boilerplate = new BoilerplateTable(text);
  const emit = (blockStart: number, blockEnd: number, kind: BlockKind | "body") => {
    const [start, end] = trimRange(text, blockStart, blockEnd);
    if (start >= end) return;
    if (kind === "body") paragraphs.push(start, end);
    else boilerplate.push(kind, start, end);
  };
  let nextExtra = 0;
  for (let i = 0; i < lines.length; i++) {
    const code = kinds[i]!;
    if (code === 0) continue;
    const kind = EMITTED_KINDS[code - 1]!;
    const lineStart = lines.start[i]!;
    for (; nextExtra < extra.length && extra[nextExtra]!.start <= lineStart; nextExtra++) {
      emit(extra[nextExtra]!.start, extra[nextExtra]!.end, extra[nextExtra]!.kind);
    }
    emit(lineStart, lines.end[i]!, kind);
  }
  for (; nextExtra < extra.length; nextExtra++) emit(extra[nextExtra]!.start, extra[nextExtra]!.end, extra[nextExtra]!.kind);
  return { paragraphs, boilerplate };
}

function* lineTexts(infos: LineInfos, from: number, to: number): Generator<string> {
  for (let i = from; i < to; i++) yield infos.get(i)!.line.text;
}

/**
 * A box of one or two links under a "Related" heading inside the story, after which the story goes on: the
 * heading scores as the story's end, so the paragraphs after the box are lost. The box is taken out and the
 * prose after it (full sentences, nothing the page marked as furniture) is taken back, up to the next line that
 * is not such prose.
 */
function inlineLinkBox(infos: LineInfos, last: number): { from: number; resumesAt: number; resumesUntil: number } | null {
  const heading = infos.get(last + 1);
  if (!heading || heading.phrase?.kind !== "related" || !heading.phrase.endsStory) return null;
  const linkLine = (k: number) => {
    const info = infos.get(k);
    return info !== undefined && !info.terminal && !info.phrase && info.size <= 12;
  };
  let j = last + 2;
  while (j < infos.length && j <= last + 3 && linkLine(j)) j++;
  const prose = (k: number) => {
    const info = infos.get(k);
    return info !== undefined && info.terminal && info.size >= 15 && !info.phrase && !info.caption && !info.repeat && info.credit === null;
  };
  if (j === last + 2 || !prose(j)) return null;
  let end = j;
  while (prose(end + 1)) end++;
  // "Related Stories", then a headline and its one-sentence teaser, then another pair: the box goes on, and the
  // sentence after its first link is a teaser, not the story resuming.
  if (end === j && linkLine(end + 1) && (prose(end + 2) || (linkLine(end + 2) && prose(end + 3)))) return null;
  return { from: last + 1, resumesAt: j, resumesUntil: end };
}

/** Collapses runs of white space (no-break spaces included) to one space. */
function normalize(s: string): string {
  // A line whose only whitespace is single spaces is its own normal form: the replace would change nothing, and
  // on a line of megabytes it builds its copy out of millions of pieces (some 150 MB for a 10 MB line of
  // prose, which then set how far V8 let the heap grow while the story was analysed).
  return (WHITESPACE_TO_NORMALIZE.test(s) ? s.replace(/\s+/g, " ") : s).trim();
}
/** Whitespace other than a space, or two whitespace characters in a row. */
const WHITESPACE_TO_NORMALIZE = /[^\S ]|\s\s/u;

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
}

/** How far under a caption (in lines, its repeats included) the page's credit line for its picture may stand. */
const CAPTION_CREDIT_REACH = 3;

/** The credit line right under the caption at `at` (only captions between), or null. */
function creditUnderCaption(infos: LineInfos, at: number, lineCredit: (i: number) => string | null): number | null {
  for (let i = at + 1; i <= Math.min(at + CAPTION_CREDIT_REACH, infos.length - 1); i++) {
    if (lineCredit(i) !== null) return isLabelledCredit(infos.get(i)!.line.text) ? i : null;
    if (!infos.get(i)!.caption) return null;
  }
  return null;
}

/** The first index, going through `ranges` in turn, that passes `test`. */
function findFirst(ranges: Iterable<number>[], test: (i: number) => boolean): number | undefined {
  for (const part of ranges) for (const i of part) if (test(i)) return i;
  return undefined;
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
function splitOpening(line: Line, dayFirst: boolean, spokenOfAsPlace: (name: string) => boolean = () => false): Opening {
  const none: Opening = { blocks: [], dateline: null, credit: null, date: null };
  let dateline = findDateline(line.text, spokenOfAsPlace);
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
    // "AUSTIN, Texas, Nov. 4, 2019 /PRNewswire/ --": a press release dates itself in its dateline.
    const dated = findDates(line.text.slice(offset, offset + dateline.length), dayFirst)[0];
    return { blocks, dateline, credit, date: dated?.iso ?? null };
  }
  const date = findDates(line.text.slice(0, 60), dayFirst)[0];
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
  /** Every part cut off the title as a site or section name, rightmost first. */
  sites: string[];
}

/** The page's <title>, when the first line is one: "Headline - Site Name" or "Headline | Site". */
function pageTitle(infos: LineInfos): PageTitle | null {
  const line = infos.get(0);
  if (!line || line.phrase || line.line.text.length > 300) return null;
  let headline = normalize(line.line.text);
  let site: string | null = null;
  const sites: string[] = [];
  let placeCut = false;
  // "Headline | World | News | Example.co.uk": the rightmost part is the site, short parts before it sections.
  for (let round = 0; round < 5; round++) {
    const cut = lastSeparator(headline);
    if (!cut || cut.at <= 3) break;
    const part = headline.slice(cut.at + cut.length).trim();
    // A site or section name is short and capitalised ("BBC News", "pv magazine International"); a phrase with
    // several lower-case words is the rest of a headline that contains a dash.
    const lowerWords = part.split(" ").filter((w) => w.length > 3 && /^\p{Ll}/u.test(w)).length;
    const words = part.split(" ").length;
    if (words > (site === null ? 6 : 2) || part.length > 50 || /[.!?]$/.test(part) || lowerWords > 1) break;
    // "Headline - News - The Bridgeport Chronicle - Bridgeport, CT": the paper's town after its name is no site
    // name, and the name before it is read as the rightmost part.
    if (site === null && isPlaceWithRegion(part)) {
      headline = headline.slice(0, cut.at).trim();
      placeCut = true;
      continue;
    }
    site ??= part;
    sites.push(part);
    headline = headline.slice(0, cut.at).trim();
  }
  // "Storm knocks out power - Springfield, Illinois": a title that names the story and its town but no site is still
  // the headline, without the town.
  if (site === null && placeCut) return { headline, site: null, sites: [] };
  if (site === null) {
    // "Site: Headline" or "Site - Headline", when the page repeats the headline alone lower down.
    const colon = /^([^:|–—]{2,40}?)(?::| [-|–—]) (.{10,})$/u.exec(headline);
    if (!colon || colon[1]!.split(" ").length > 5) return null;
    const rest = colon[2]!.toLowerCase();
    if (!infos.slice(1, 200).some((info) => normalize(info.line.text).toLowerCase() === rest)) return null;
    return { headline: colon[2]!, site: colon[1]!, sites: [colon[1]!] };
  }
  // "Opinion | Headline", "Business | Headline": a section label in front.
  const section = /^[\p{L}&]+(?: [\p{L}&]+)? \| (?=\S)/u.exec(headline);
  if (section) headline = headline.slice(section[0].length);
  return { headline, site, sites };
}

function lastSeparator(text: string): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null;
  for (const sep of [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · "]) {
    const at = text.lastIndexOf(sep);
    if (at >= 0 && (!best || at > best.at)) best = { at, length: sep.length };
  }
  return best;
}

/**
 * The site's name in a page title without a "Headline | Site" suffix: "Site: Headline" (the part after the colon is
 * the on-page headline), or a title that is only the site's name ("Example Magazine", named again on the page,
 * while the headline stands lower down).
 */
function titleBrand(infos: LineInfos, headline: string | null): string[] {
  const line = infos.get(0);
  if (!line || line.phrase || !headline) return [];
  const text = normalize(line.line.text);
  const wanted = headline.toLowerCase();
  const colon = /^([^:]{2,40}): (.+)$/u.exec(text);
  if (colon && colon[2]!.toLowerCase() === wanted && colon[1]!.split(" ").length <= 5) return [colon[1]!];
  // "Headline : Site", "Headline: Site": the part before the last colon is the on-page headline, the part after it a
  // name (capitalised words or a domain). A headline's own colon ("Mayor: We cannot wait") leaves no headline before it.
  // A title-cased subtitle after the colon has the same shape ("Storm Hits the Coast: What We Know" over "Storm Hits
  // the Coast"), so the name must be the page's own elsewhere: spelt by a domain the page prints, or printed as a line
  // of its own twice (over the menu and under the story).
  const suffix = /^(.+?)\s?: ([^:]{2,40})$/u.exec(text);
  if (suffix && suffix[1]!.toLowerCase() === wanted) {
    const name = suffix[2]!.trim();
    const names = mastheadNames(name);
    if (names.length === 1 && names[0] === name && ownName(infos, name)) return names;
  }
  const words = text.split(" ");
  if (text.toLowerCase() === wanted || words.length > 4 || /[.!?:]$/.test(text) || !words.every((w) => /^[\p{Lu}\d]/u.test(w))) return [];
  const rest = infos.slice(1).map((info) => info.line.text).join("\n");
  return occurrences(rest, text) >= 1 ? [text] : [];
}

/** Whether the page below its title backs a name as its own: a domain it prints spells it, or two lines are the name alone. */
function ownName(infos: LineInfos, name: string): boolean {
  const wanted = name.toLowerCase();
  const rest = infos.slice(1).map((info) => info.line.text);
  const lines = rest.filter((text) => normalize(text).toLowerCase() === wanted).length;
  return lines >= 2 || pageDomains(rest.join("\n")).some((d) => domainSpells(d, name));
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
function titleAnchor(infos: LineInfos, title: PageTitle): number | null {
  const wanted = title.headline.toLowerCase();
  for (let i = 1; i < infos.length; i++) {
    // Only a full repeat counts here: a shorter line that the title starts with may be a sub-heading.
    if (!repeatsTitle(infos.get(i)!.line.text, title) || !normalize(infos.get(i)!.line.text).toLowerCase().startsWith(wanted)) continue;
    for (let j = i + 1; j < Math.min(infos.length, i + 25); j++) {
      const info = infos.get(j)!;
      if (info.terminal && info.size >= 12 && !info.phrase) return i;
    }
  }
  return null;
}

/**
 * The on-page headline: the line before the body that repeats the page title, else the nearest title-like line
 * above the body (a short line without a full stop, skipping bylines, dates and credits).
 */
function findHeadline(infos: LineInfos, kinds: Kind[], first: number, title: PageTitle | null): number | null {
  const limit = Math.min(first, infos.length);
  if (title) {
    for (let i = limit - 1; i >= 1; i--) if (repeatsTitle(infos.get(i)!.line.text, title)) return i;
  }
  // A page title without a site name, repeated on the page.
  const opening = infos.get(0);
  const firstLine = opening ? normalize(opening.line.text) : "";
  // Not when the footer's copyright names it: a title that is only the site's name, printed again as its masthead.
  const siteName = firstLine !== "" && inCopyright(infos, firstLine);
  for (let i = limit - 1; i >= 1 && firstLine && !siteName; i--) if (normalize(infos.get(i)!.line.text) === firstLine) return i;
  // A story that starts almost at once (no page around it) opens with its headline.
  const top = infos.get(0);
  if (top && limit > 0 && limit <= 4 && !top.phrase && top.size >= 3 && top.size <= 30 && kinds[0] === null && !parseByline(top.line.text) && !inCopyright(infos, top.line.text)) {
    return 0;
  }
  let deckAt: number | null = null;
  for (let i = limit - 1; i >= Math.max(0, first - 15); i--) {
    const info = infos.get(i)!;
    if (kinds[i] !== null && kinds[i] !== "navigation") continue;
    const text = info.line.text;
    // Past a deck, the headline stands right over it.
    if (deckAt !== null && i !== deckAt - 1) return null;
    if (parseByline(text) || info.credit !== null || info.caption) continue;
    // "4 min read": the reading time under the byline.
    if (info.size <= 5 && READING_TIME.test(text)) continue;
    if (findDates(text).length > 0 && info.size <= 12) continue;
    // "Published 3:14 p.m. ET March 3, 2026 | Updated 5:02 p.m. ET March 3, 2026": a stamp, however long.
    if (info.size <= 30 && /^(?:published|updated|posted|last updated|publicado|atualizado)\b/iu.test(text) && findDates(text).length > 0) continue;
    // "The Associated Press", "Reuters": an agency credited on its own line names no story.
    if (info.size <= 4 && isWireService(text.trim())) continue;
    // "Health Correspondent" under the writer's name: her job, not the story's headline.
    if (isRoleLine(text)) continue;
    // "Updated 2 hours ago": a stamp without a date is no headline either.
    if (info.size <= 8 && (isDatelessStamp(text) || RELATIVE_STAMP.test(text.trim()))) continue;
    // "Jane Roe • 2h ago": a name and a relative stamp, the byline's line.
    if (info.size <= 8 && RELATIVE_TAIL.test(text.trim())) continue;
    // "Express News Service" over "Updated: May 29, 2026": a desk or an agency credited over the date line.
    if (info.size <= 8 && isDateLine(infos.get(i + 1)) && bareByline(text, true)?.authors.length === 0) continue;
    if (info.phrase) {
      if (info.phrase.kind === "share" || info.phrase.kind === "advert" || info.phrase.kind === "credit" || info.phrase.kind === "caption") continue;
      return null;
    }
    if (info.size < 3) continue;
    // The first line of a story in Title Case is its headline even with a full stop.
    if (i === 0 && info.size <= 30 && info.titleRatio >= 0.6) return 0;
    // A sentence with its full stop right under a line without one is the headline's deck (standfirst): passed,
    // once. Headlines end bare.
    const above = infos.get(i - 1);
    // A headline may end with a full stop: one sentence of a headline's length under a kicker or a section label
    // ("Opinion", "Cost of living crisis") is the headline, not a deck under it; a deck is longer than its headline.
    if (deckAt === null && above && kinds[i - 1] === null && headlineUnderKicker(info, above)) return i;
    if (deckAt === null && /[.]$/.test(text) && info.size >= DECK_WORDS && info.size <= 40 && above && kinds[i - 1] === null && !above.phrase && above.size >= 4 && above.size <= 30 && !/[.]$/.test(above.line.text)) {
      deckAt = i;
      continue;
    }
    if (info.size > 30 || /[.]$/.test(text)) return null;
    return i;
  }
  return null;
}

/** A labelled credit line of an archive's export, not a headline: "BYLINE: Jane Roe.", "Author: Jane Roe". */
const CREDIT_LABEL_LINE = /^\s*(?:byline|author|authors|by|source|credit)\s*:/iu;

/**
 * Whether the first line of a story that opens at its first line (no page around it) is its headline, as a news
 * archive's export prints it. Only the headline field is read from it: the line stays a paragraph, as the story's
 * quotes and names are read from the paragraphs.
 */
function openingHeadline(infos: LineInfos, kinds: Kind[], first: number): boolean {
  const top = infos.get(0);
  // Every reading below wants a short first line that is no known phrase and no byline.
  if (!top || top.phrase || top.size < 3 || top.size > 30 || parseByline(top.line.text)) return false;
  // A news archive's export labels the parts under the headline and its deck ("ABSTRACT.", "FULL TEXT."): the first
  // line over the labels is the headline, whatever it ends with ("With fewer golfers, courses change.").
  if ([1, 2, 3].some((k) => ARCHIVE_LABEL.test(infos.get(k)?.line.text ?? ""))) return true;
  // The two readings left are for a story whose first line is taken into the body (it opens at once).
  if (first !== 0 || kinds[0] !== "body" || top.size > 20) return false;
  const next = infos.get(1);
  if (next === undefined) return false;
  // A news archive's export sets the headline over its deck with a semicolon between them ("Council delays bridge
  // vote; " over "Merchants protest the lane closures."), and the semicolon reads as a sentence's end. A short first
  // line that ends so, right over a sentence, is the headline all the same: a story's opening paragraph ends with a
  // full stop. Not a colon: a story's first sentence often ends with one over the list or the quotation it announces
  // ("Residents heard three things on Monday:").
  if (/;\s*$/u.test(top.line.text) && next.terminal && !/[;:]\s*$/u.test(next.line.text)) return true;
  // Or a first line in Title Case, with its full stop or question mark ("Small Steps Toward College Savings."), over a
  // longer line: a headline as the archive prints it (findHeadline reads a first line so when the story starts lower).
  return top.titleRatio >= 0.6 && !CREDIT_LABEL_LINE.test(top.line.text) && next.size > top.size;
}

/** The labels of a news archive's export between a headline and its story: "ABSTRACT.", "FULL TEXT.". */
const ARCHIVE_LABEL = /^\s*(?:ABSTRACT|FULL TEXT)\.?\s*$/u;

/** The Romance languages, whose given names the name lists (Italian, Spanish, French) hold, Portuguese's with them. */
const GIVEN_NAME_LANGUAGES = new Set(["pt", "es", "it", "fr"]);

/** The fewest words of a deck (standfirst) with its full stop under the headline. */
const DECK_WORDS = 7;

/** The most words of a headline that ends with a full stop; a longer sentence under a title-like line is its deck. */
const FULL_STOP_HEADLINE_WORDS = 14;
/** The most words of a kicker or section label over a headline. */
const KICKER_WORDS = 4;

/**
 * Whether a line ending with a full stop is the headline under a kicker rather than a deck under a headline: one
 * sentence of a headline's length (no full stop inside) under a line of a few words without one, at least twice
 * as long as it. Kicker, headline and deck grow in that order: "Cost of living crisis" over "The town should stop
 * building parking garages downtown right now." is a label over its headline.
 */
function headlineUnderKicker(line: LineInfo, above: LineInfo): boolean {
  const text = line.line.text.trim();
  if (!/\p{L}[.]$/u.test(text) || /[.!?]\s+\p{Lu}/u.test(text.slice(0, -1)) || line.size < 5 || line.size > FULL_STOP_HEADLINE_WORDS) return false;
  if (line.phrase || line.caption || line.credit !== null || above.phrase || above.caption || above.credit !== null) return false;
  const label = above.line.text.trim();
  if (isKicker(above)) return true;
  // A short headline speaks of what its deck tells ("Pool closes for good" over "Engineers found cracks in the
  // basin of the 1968 pool."); a section's label of three or four words does not ("Cost of living crisis").
  const longWords = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4);
  const sentence = new Set(longWords(text));
  if (above.size >= 3 && longWords(label).some((w) => sentence.has(w))) return false;
  return above.size >= 1 && above.size <= KICKER_WORDS && line.size >= 2 * above.size && !/[.!?,;]$/u.test(label) && findDates(label).length === 0 && !parseByline(label);
}

/** A reading time: "4 min read", "3 minutes reading". */
const READING_TIME = /^\d{1,3}\s?(?:min(?:ute)?s?|mins?)\.?\s(?:read|reading)\b/iu;

/** How many body lines in [from, to] are full sentences of a paragraph's length (twelve words or more). */
function proseAfter(infos: LineInfos, kinds: Kind[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to && k < infos.length; k++) {
    const info = infos.get(k)!;
    if (kinds[k] === "body" && info.terminal && info.size >= 12) n++;
  }
  return n;
}

/**
 * Whether the story, past its first paragraph, speaks of a name as a place: after "in", "at", "near", "from",
 * "outside" or "around" ("flooding in Kochi"). Bounded: the first twenty paragraphs.
 */
function placeInStory(infos: LineInfos, kinds: Kind[], firstBody: number, last: number, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const asPlace = new RegExp(String.raw`\b(?:in|at|near|from|outside|around)\s${escaped}\b`, "u");
  let seen = 0;
  for (let k = firstBody + 1; k <= last && seen < 20; k++) {
    if (kinds[k] !== "body") continue;
    seen++;
    if (asPlace.test(infos.get(k)!.line.text)) return true;
  }
  return false;
}

/** Whether a body line in [from, to) names the person, by the last word of the name ("Lund" of "Eric Lund"). */
function namedInBody(infos: LineInfos, kinds: Kind[], from: number, to: number, person: string): boolean {
  const surname = person.trim().split(/\s+/u).at(-1) ?? "";
  if (surname.length < 2) return false;
  for (let k = Math.max(0, from); k < to; k++) if (kinds[k] === "body" && occurrences(infos.get(k)!.line.text, surname) > 0) return true;
  return false;
}

/** Whether a line of [from, to) other than `except` is a person's name alone, short, as an author box prints it. */
function nameLineIn(infos: LineInfos, from: number, to: number, except: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (k === except || infos.get(k)!.size > 6) continue;
    if ((bareByline(infos.get(k)!.line.text, false)?.authors.length ?? 0) > 0) return true;
  }
  return false;
}

/**
 * Whether a name that only the given-name lists read as a person's (its first word no name the lexicon knows) is
 * what the story speaks of: "Porsche Taycan" over a review of the Taycan, "Santiago Bernabeu" under a match played
 * there. The lists hold brands and places too ("Porsche", "Mercedes", "Santiago"), and a writer is no subject of
 * her own story; a name the lexicon knows keeps the old reading.
 */
function subjectOfStory(infos: LineInfos, kinds: Kind[], first: number, last: number, name: string, headline: string | null = null, whole = false): boolean {
  const words = name.split(/\s+/u);
  // A name with a first name the lexicon knows is a subject only when a paragraph names it in full, as it names the
  // people it quotes ("said the conductor, Felix Aubrey"), the writer's own note aside ("Jane Roe contributed to this
  // report", "Jane Roe is a reporter for ..."): a writer rarely writes her own full name into the story.
  if (knownFirstName(words[0] ?? "")) return whole && words.length >= 2 && namedInFull(infos, kinds, first, last, name);
  // With `whole`, only the name as a whole counts: a writer's surname may well be a word of her story ("Tendai
  // Hall" over a story of the town hall), the product's full name is what a review speaks of.
  const parts = whole ? [name] : words.filter((w) => w.length >= 3);
  // The headline says what the story is about as much as its paragraphs do ("Porsche Taycan review: ...").
  if (headline !== null && parts.some((w) => occurrences(headline, w) > 0)) return true;
  for (let k = Math.max(0, first); k <= last; k++) {
    if (kinds[k] === "body" && parts.some((w) => occurrences(infos.get(k)!.line.text, w) > 0)) return true;
  }
  return false;
}

/** A stamp of the story's last change, not of its first appearance: "Updated June 2, 2026", "Last modified 10:02". */
const UPDATED_STAMP = /^(?:last\s)?(?:updated|modified)\b/iu;

/**
 * A writer's own note in the story: "Jane Roe contributed to this report", "Jane Roe is a reporter for ...", "Jane
 * Roe covers the council", "Send tips to Jane Roe".
 */
const WRITER_NOTE = /\b(?:contribut\w*|reporting|reported|wrote|writes|written|writer|author|reporter|correspondent|editor|columnist|journalist|freelance|covers|covered|tips?|reach(?:ed)?|contact|e-?mail|follow)\b/iu;

/** Whether a paragraph of the story names a person in full, other than in a note about its writer. */
function namedInFull(infos: LineInfos, kinds: Kind[], first: number, last: number, name: string): boolean {
  for (let k = Math.max(0, first); k <= last; k++) {
    // A paragraph: a sentence of some length, not the name alone (an author box's line taken into the stretch).
    if (kinds[k] !== "body" || !infos.get(k)!.terminal || infos.get(k)!.size < 8) continue;
    const text = infos.get(k)!.line.text;
    if (occurrences(text, name) > 0 && !WRITER_NOTE.test(text)) return true;
  }
  return false;
}

/**
 * Whether the page's copyright notice names what a line says ("The Daily Prairie" over "Copyright 2026 The Daily
 * Prairie"): a masthead, not a story's headline.
 */
function inCopyright(infos: LineInfos, line: string): boolean {
  const name = normalize(line);
  if (name.length < 3) return false;
  for (let i = infos.length - 1; i >= Math.max(1, infos.length - FOOTER_LINES); i--) {
    const info = infos.get(i)!;
    if (info.phrase?.kind === "copyright" && occurrences(info.line.text, name) > 0) return true;
  }
  return false;
}

/**
 * Where the story's header starts: the first line, not far above the body, that repeats the headline (pages
 * often print it twice, the byline after the first), else the line after the headline found.
 */
function headerStart(infos: LineInfos, first: number, top: number, headline: string | null): number {
  if (!headline) return top;
  const wanted = headline.toLowerCase();
  for (let i = Math.max(1, first - 40); i < Math.min(top, first); i++) {
    if (normalize(infos.get(i)!.line.text).toLowerCase() === wanted) return i + 1;
  }
  return top;
}

/** Whether a line gives a date or says when the story was published: what stands next to a bare byline. */
function isDateLine(info: LineInfo | undefined): boolean {
  if (!info || info.size > 14) return false;
  return info.dateOnly || findDates(info.line.text).length > 0 || /^(?:published|updated|posted|publicado|atualizado)\b/i.test(info.line.text) || RELATIVE_STAMP.test(info.line.text.trim());
}

/**
 * The byline between the headline and the first paragraphs: a line with a marker ("By X", "Posted by X",
 * "October 9, 2018 | by X", "By" then the name on the next line), else a bare name line close to the headline
 * or to a date line ("Jane Roe" over "November 19th, 2019 at 8:40 AM"), else an agency next to a date line.
 */
function findHeaderByline(infos: LineInfos, kinds: Kind[], meta: Meta, from: number, first: number, last: number, dayFirst: boolean, givenNamesListed: boolean): number | null {
  const end = Math.min(infos.length, first + 2, last + 1);
  const take = (i: number, byline: { text: string; authors: string[] }, lines = 1) => {
    meta.byline = normalize(byline.text);
    meta.authors = givenNamesListed ? peopleOnly(byline.authors) : byline.authors;
    for (let k = i; k < i + lines; k++) kinds[k] = "byline";
    meta.date ??= publicationDate(infos.get(i)!.line.text, dayFirst)?.iso ?? null; // "By Jane Roe Nov 17, 2019, 10:05am EST"
    // "by Jane Roe" over "19 Nov 2019 05:44 GMT": the date line right under the byline.
    const under = infos.get(i + lines);
    // An "Updated" stamp there is left to the header's date lines, where a "Published" one under it wins.
    const underDate = under && under.size <= 14 ? publicationDate(under.line.text, dayFirst) : undefined;
    if (meta.date === null && underDate && !underDate.updated) meta.date = underDate.iso;
    return i;
  };
  // A byline over the headline with a date of its own, when the headline has its own date line under it, is another
  // story's: a teaser's ("By Peter Askew" / "Feb 10, 2026" over the story's headline and "Feb 11, 2026"), as a dated
  // name is (see below). Not a byline with only a kicker or a share bar between it and the headline ("By Jane Roe" /
  // "OPINION"), nor one over a headline whose date is an "Updated" stamp: the byline's date is then the first one.
  const headlineAt = from > 0 && kinds[from - 1] === "headline" ? from - 1 : null;
  // The date lines right under the headline: the story's own date, or its last change's.
  const datesUnder = infos.slice(from, Math.min(first, from + 4)).filter((n) => isDateLine(n));
  const ownDateUnder = datesUnder.some((n) => !UPDATED_STAMP.test(n.line.text.trim()));
  const teaserOverHeadline = (i: number) =>
    ownDateUnder && headlineAt !== null && i < headlineAt - 1 && (isDateLine(infos.get(i - 1)) || isDateLine(infos.get(i + 1)) || findDates(infos.get(i)?.line.text ?? "").length > 0);
  // Nearest the body first: a video playlist or a photo gallery may stand between the byline and the text, and
  // a line with a marker is a byline wherever it stands in the header.
  for (let i = end - 1; i >= Math.min(from, Math.max(0, first - 30)); i--) {
    if (kinds[i] !== null && kinds[i] !== "body") continue;
    if (teaserOverHeadline(i)) continue;
    const info = infos.get(i)!;
    // A sentence of the story is no byline, though it opens with a marker's word ("Di Pasar Induk ...": Indonesian
    // "in", Italian "by"). A byline's line may end in a full stop when it ends with its date and time ("By Jane Roe on
    // Monday, March 4, 2019 at 10:35 a.m."): a line with a date is left to the byline's reader.
    if (kinds[i] === "body" && (info.size > 25 || (info.terminal && info.size > 12 && findDates(info.line.text).length === 0))) continue;
    const { text: joined, lines } = runOnByline(infos, i, end);
    const byline = parseByline(joined);
    if (byline) return take(i, byline, lines);
  }
  for (let i = from > 0 && kinds[from - 1] === "headline" ? from - 1 : from; i < end; i++) {
    const info = infos.get(i)!;
    // A short line inside the opening paragraphs may be the byline under a teaser ("November 20, 2019 Jane Roe"),
    // when it carries a date: a bare name there is more often a photo's subject.
    const opening = (kinds[i] === "body" || kinds[i] === "date") && info.size <= 8 && findDates(info.line.text).length > 0;
    // Or a name line right over a date line at the top of the stretch, a deck taken into the body over them
    // ("A trial showed ..." / "Jane Roe" / "Feb 11, 2026"): the byline and its date, wherever the stretch begins.
    const overDate = kinds[i] === "body" && i <= first + 2 && info.size <= 5 && !info.terminal && isDateLine(infos.get(i + 1));
    if (kinds[i] !== null && kinds[i] !== "headline" && !opening && !overDate) continue;
    const ownDate = findDates(info.line.text).length > 0;
    // "Jane Roe — March 3, 2026, 4:15 p.m.": a line with its own date may end in a full stop and be no sentence;
    // "Jane Roe (@janeroe)" ends in a bracket.
    // Its full stop is the clock time's ("p.m."), not a caption's ("Mayor Tom Reed, March 3, 2026.").
    const clockStop = ownDate && /\b[ap]\.\s?m\.\s*$/iu.test(info.line.text);
    const sentence = info.terminal && !clockStop && !/\)\s*$/u.test(info.line.text);
    if (info.caption || info.credit !== null || info.phrase || sentence || info.size > 14) continue;
    // Inside the body only a name line with its own date ("November 20, 2019 Jane Roe") may be the byline.
    if (i >= first && !ownDate && !overDate) continue;
    // "The Associated Press" right under the headline: an agency credited on a line of its own.
    // So is a desk's name of the same shape ("Agência Vale", "Redação Gazeta do Vale"), a share button between or not.
    const agencyUnderHeadline = kinds[i - 1] === "headline" && info.size <= 6 && (isWireService(info.line.text.trim()) || bareByline(info.line.text, true)?.authors.length === 0);
    // A job line under the name ("Environment Correspondent") is part of the byline's block: the date may stand under it.
    const roleUnder = isRoleLine(infos.get(i + 1)?.line.text ?? "");
    const dated = isDateLine(infos.get(i - 1)) || isDateLine(infos.get(i + 1)) || (roleUnder && isDateLine(infos.get(i + 2))) || ownDate || agencyUnderHeadline;
    // Only a name line next to a date may be the line taken for the headline ("Jane Roe DAILY" over "Published").
    if (kinds[i] === "headline" && !dated) continue;
    // A name line under another (not the same name printed twice) is one of a stack of photo captions or names. The
    // line over must read as a person's name by itself (a first name the lists know): a column's name over its
    // writer ("Ask Priya", "Miss Manners") is no name of a stack.
    const over = infos.get(i - 1);
    if (over && kinds[i - 1] !== "headline" && over.size <= 6 && normalize(over.line.text) !== normalize(info.line.text) && !isRoleLine(over.line.text) && (bareByline(over.line.text, false)?.authors.length ?? 0) > 0) continue;
    const near = i - from <= 4 || first - i <= 4;
    if (!near && !dated) continue;
    const byline = bareByline(info.line.text, dated);
    if (!byline) continue;
    // A line taken for the headline is a byline only when it opens with a first name ("Classificação NASCAR" is not).
    if (kinds[i] === "headline" && !namesAPerson(byline.authors[0] ?? "")) continue;
    // A name only the given-name lists read as a person's, that the headline or the story speaks of, is what the
    // story is about, next to a date line or not: "Porsche Taycan" over "March 3, 2026" on a review of the car.
    // Next to a date, only the whole name counts: a writer's surname may be a word of the story.
    // (Not the headline found when it is this very line, taken for one.)
    const headline = kinds[i] === "headline" ? null : meta.headline;
    if (byline.authors.some((a) => subjectOfStory(infos, kinds, first, last, a, headline, dated))) continue;
    if (!dated) {
      // Inside the body, a name line alone is a photo's subject; before it, only a plain name of two or three words, not one of a list of names (results, a team).
      if (i >= first || byline.authors.some((a) => a.split(" ").length > 3)) continue;
      // A byline stands in the header: no sentence of prose between the headline and it.
      if (infos.slice(from, i).some((n) => n.terminal && n.size >= 8)) continue;
      // A name among other names (a list, a team) is no byline; a job or desk line beside it ("Staff Writer") is.
      // The same name printed again over or under it (the author box's link and its label) is no other name: the
      // line past it is the neighbour ("Jane Roe" / "Jane Roe" / "Tom Field" is still a list).
      const again = (k: number) => normalize(infos.get(k)?.line.text ?? "") === normalize(info.line.text);
      const neighbours = [infos.get(again(i - 1) ? i - 2 : i - 1), infos.get(again(i + 1) ? i + 2 : i + 1)];
      if (neighbours.some((n) => n && n.size <= 6 && !isRoleLine(n.line.text) && (bareByline(n.line.text, true)?.authors.length ?? 0) > 0)) continue;
    }
    return take(i, byline);
  }
  // Some sites print the writer and the date over the headline ("Jane Roe | March 3, 2026" right over it): a line of
  // a person's name and its own date, at most a kicker between it and the headline.
  // Not when a date stands under the headline: the dated name over it is then another story's teaser ("Mark Fenton |
  // May 2, 2026" of the previous article) or a photo's or an obituary's subject; nor a name the headline speaks of.
  const datedUnder = datesUnder.length > 0;
  // Or the name on a line of its own over the date line ("Jane Roe" / "March 3, 2026" / the headline).
  for (let i = (headlineAt ?? 0) - 1; headlineAt !== null && !datedUnder && i >= Math.max(1, headlineAt - 3); i--) {
    const info = infos.get(i)!;
    const dateUnder = i + 1 < headlineAt && info.size <= 5 && isDateLine(infos.get(i + 1)) && kinds[i + 1] === null;
    if (kinds[i] !== null || info.phrase || info.caption || info.credit !== null || info.size > 14 || (findDates(info.line.text).length === 0 && !dateUnder)) continue;
    const byline = bareByline(info.line.text, true);
    const headlineText = infos.get(headlineAt)!.line.text;
    const spokenOf = (a: string) => a.split(/\s+/u).some((w) => w.length >= 3 && occurrences(headlineText, w) > 0);
    // A name line with no date of its own may as well be a photo's subject or a place ("Grace Church" over the day's
    // date): its surname must read as one, and the story must not name it in full as it names the people it quotes.
    const undated = findDates(info.line.text).length === 0;
    const person = (a: string) =>
      namesAPerson(a) && !spokenOf(a) && (!undated || (readsAsSurname(a.split(" ").at(-1) ?? "") && !subjectOfStory(infos, kinds, first, last, a, null, true)));
    if (byline && byline.authors.length > 0 && byline.authors.every(person)) return take(i, byline);
  }
  return null;
}

/**
 * A byline the page's layout broke over lines, as one line: "By" over the name, "By Jane Roe and" over "John Doe",
 * "By" / "Jane Roe" / "and" / "John Doe" (each name a link of its own). A line that ends with the marker or a joining
 * word, or a joining word alone on the next line, goes on; at most five lines, none past `end`. A sentence never
 * goes on it ("By Jane Roe," over "The storm hit at dawn."), and a joining word left dangling at the end is given
 * back: the byline is what was joined up to the last name.
 */
function runOnByline(infos: LineInfos, i: number, end: number): { text: string; lines: number } {
  const openEnded = (t: string) => /(?:^|\s)(?:by|author|autor|posted by|written by|and|und|&)\s?:?$|,$/iu.test(t.trim());
  let text = infos.get(i)?.line.text ?? "";
  let lines = 1;
  let closed = { text, lines };
  for (let next = infos.get(i + lines); next && lines < 5 && i + lines < end; next = infos.get(i + lines)) {
    const line = next.line.text.trim();
    if (!openEnded(text) && !/^(?:and|&)$/iu.test(line)) break;
    if (line === "" || line.length > 80 || (next.terminal && next.size >= 4)) break;
    text = `${text.trim().replace(/\s?:$/u, "")} ${line}`;
    lines++;
    if (!openEnded(text)) closed = { text, lines };
  }
  return openEnded(text) ? closed : { text, lines };
}

/**
 * A kicker or section label, never the headline: a line ending in a path separator ("NATIONAL /", "News |",
 * "Politics >"), or a short line in capitals ("EXCLUSIVE", "LOCAL NEWS").
 */
function isKicker(info: LineInfo): boolean {
  const text = info.line.text.trim();
  if (/[/|>»›:]$/u.test(text)) return true;
  return info.size <= 4 && !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
}

/**
 * The headline over a byline: the nearest title-sized line above it, past a kicker date, a photo and its credit,
 * share buttons, and a kicker or section label.
 */
function headlineOver(infos: LineInfos, kinds: Kind[], bylineAt: number, title: PageTitle | null): number | null {
  const candidates: number[] = [];
  let deckPassed = false;
  for (let i = bylineAt - 1; i >= Math.max(1, bylineAt - 5); i--) {
    const info = infos.get(i)!;
    if (info.caption || info.credit !== null || isDateLine(info) || /^by:?$/i.test(info.line.text) || info.phrase?.kind === "share") continue;
    // A long deck (a sentence or two) may stand between the headline and the byline: passed, once.
    if (candidates.length === 0 && !deckPassed && (kinds[i] === null || kinds[i] === "body") && !info.phrase && info.terminal && info.size > 30 && info.size <= 60) {
      deckPassed = true;
      continue;
    }
    if (info.phrase || (kinds[i] !== null && kinds[i] !== "headline") || info.size < 3 || info.size > 30) break;
    if (!isKicker(info)) candidates.push(i);
  }
  if (candidates.length === 0) return null;
  // A deck may stand between the headline and the byline: the line that shares most words with the page title.
  if (title && candidates.length > 1) {
    const overlap = (i: number) => wordOverlap(infos.get(i)!.line.text, title.headline);
    const best = candidates.reduce((a, b) => (overlap(b) > overlap(a) ? b : a));
    if (overlap(best) >= 0.4) return best;
    // Worded a little like the title while the other lines are not at all: the headline, the others its deck.
    if (overlap(best) >= 0.2 && candidates.every((c) => c === best || overlap(c) === 0)) return best;
  }
  // Of two title-sized lines over the byline the upper is the headline and the lower its deck (standfirst), as
  // long or short as it may be: kickers and section labels are no candidates, and a line of a word or three over
  // the nearest is a label missed as such.
  const [nearest, above] = [candidates[0]!, candidates[1]];
  // A sentence with its full stop under a line without one is the deck under its headline: headlines end bare.
  // (A deck is a sentence of some length; a short one with its full stop, "Rents rise faster than wages.", is as
  // often the headline itself under a kicker.)
  if (above !== undefined && headlineUnderKicker(infos.get(nearest)!, infos.get(above)!)) return nearest;
  const deck = above !== undefined && infos.get(nearest)!.size >= DECK_WORDS && /[.]$/u.test(infos.get(nearest)!.line.text.trim()) && !/[.]$/u.test(infos.get(above)!.line.text.trim());
  if (above !== undefined && infos.get(above)!.size >= 4 && (deck || infos.get(nearest)!.size > infos.get(above)!.size + 2)) return above;
  return nearest;
}

/**
 * The line above the body (or its first line) that shares most words with the page title, when it shares more
 * than half and has a headline's shape: a few words, no full stop, nothing the page marked as furniture. Of lines
 * that share as much, the lowest wins: it is the one nearest the story.
 */
function nearTitle(infos: LineInfos, kinds: Kind[], first: number, title: PageTitle): number | null {
  let best: number | null = null;
  let bestOverlap = 0.5;
  for (let i = Math.max(1, first - 40); i <= Math.min(first, infos.length - 1); i++) {
    const info = infos.get(i)!;
    if ((kinds[i] !== null && kinds[i] !== "headline" && kinds[i] !== "body") || info.phrase || info.caption || info.credit !== null) continue;
    if (info.size < 3 || info.size > 30 || /\.$/.test(info.line.text) || parseByline(info.line.text)) continue;
    const overlap = wordOverlap(info.line.text, title.headline);
    if (overlap > bestOverlap || (overlap === bestOverlap && best !== null)) {
      best = i;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * The on-page headline over the body when the page nowhere repeats the title's headline: of the headline-sized lines
 * just above the body, past the furniture between (date lines, a photo's caption and credit, share buttons, a
 * reading time, short labels, and a deck with its full stop, once), the one that speaks most of what the title does
 * (a word of four letters or more in common, then the greatest share of all words); at most two such lines are weighed,
 * the headline and its deck. A line that shares no word with the title is a deck under the headline or a section's
 * standfirst ("Latest travel news and service updates"), not the story's headline worded otherwise.
 */
function headlineOverBody(infos: LineInfos, kinds: Kind[], first: number, title: PageTitle): number | null {
  const wanted = title.headline.toLowerCase();
  for (let i = 1; i < infos.length; i++) if (normalize(infos.get(i)!.line.text).toLowerCase().includes(wanted)) return null;
  const longWords = (s: string) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4));
  const titleWords = longWords(title.headline);
  let best: number | null = null;
  let bestOverlap = MIN_TITLE_OVERLAP;
  let weighed = 0;
  let deckPassed = false;
  let dateUnderBest = false;
  for (let k = first - 1; k >= Math.max(1, first - HEADER_LINES) && weighed < 2; k--) {
    const info = infos.get(k)!;
    const text = info.line.text.trim();
    if (kinds[k] !== null && kinds[k] !== "headline" && kinds[k] !== "navigation") break;
    const furniture = isDateLine(info) || info.caption || info.credit !== null || (info.size <= 5 && READING_TIME.test(text)) ||
      (info.size <= 8 && isDatelessStamp(text)) || (info.phrase !== null && info.phrase.kind !== "related") || (info.size <= 3 && !info.terminal);
    if (furniture) {
      if (best !== null && isDateLine(info)) dateUnderBest = true;
      continue;
    }
    const above = infos.get(k - 1);
    const underKicker = above !== undefined && kinds[k - 1] === null && headlineUnderKicker(info, above);
    if (!underKicker && !deckPassed && weighed === 0 && info.terminal && info.size >= DECK_WORDS && info.size <= 40) {
      deckPassed = true;
      continue;
    }
    if (info.size < 4 || info.size > 30 || (/[.]$/.test(text) && !underKicker) || info.phrase || isKicker(info) || parseByline(text)) break;
    weighed++;
    if (![...longWords(text)].some((w) => titleWords.has(w))) continue;
    const overlap = wordOverlap(text, title.headline);
    // A headline stands over its date: a line under the date is a subhead or a teaser, however like the title.
    if (overlap > bestOverlap || dateUnderBest) {
      best = k;
      bestOverlap = overlap;
      dateUnderBest = false;
    }
  }
  return best;
}

/** Lines over the body where the header (headline, deck, byline, date, photo) stands. */
const HEADER_LINES = 10;
/** The share of words (Dice) with the page title a line must pass to be its on-page headline (a long word in common is the rule). */
const MIN_TITLE_OVERLAP = 0;

/** Share of the distinct words of `a` and `b` that both have (Dice coefficient over lower-cased words). */
function wordOverlap(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/**
 * A stamp without a year in the story's header ("Posted Nov 19, 6:51 AM"), dated by the year of the page's
 * copyright notice. Why that year: sites leave the year out only for stories of the current year, and the notice
 * names the year the page was served ("© 2019 Site", the last year of "© 2005-2019 Site"). Without a notice, or
 * with only a stamp that is not labelled as one, there is no date.
 */
function yearlessDate(infos: LineInfos, kinds: Kind[], from: number, to: number): string | null {
  const years: number[] = [];
  for (let i = 0; i < infos.length; i++) {
    const info = infos.get(i)!;
    if (info.phrase?.kind === "copyright") for (const y of info.line.text.match(/\b(?:19|20)\d{2}\b/g) ?? []) years.push(Number(y));
  }
  if (years.length === 0) return null;
  // reduce, not a spread: a hostile page can carry more copyright lines than a call may take arguments.
  const year = years.reduce((a, b) => Math.max(a, b));
  const stamps = infos.slice(from, to).flatMap((info) => findYearlessStamps(info.line.text));
  // "By Jane Roe" over "May 3": a month and a day alone on the line under the byline are its date.
  if (stamps.length === 0) {
    for (let i = Math.max(from, 1); i < to; i++) {
      const bare = kinds[i - 1] === "byline" && kinds[i] !== "body" ? bareMonthDay(infos.get(i)!.line.text) : null;
      if (bare) return withYear(bare, year);
    }
  }
  const stamp = stamps.find((s) => !s.updated) ?? stamps[0];
  return stamp ? withYear(stamp, year) : null;
}

/**
 * The heading of a thread that holds comments: a count, then the story's title in quotation marks ("10 thoughts on
 * “…”", "3 responses to “…”"). A counter without the title ("2 comments on this story so far") may stand over the
 * story's own date line, and a bare "Comments" or "Leave a Reply" heads an empty box as often, with other lists of
 * dated links under it.
 */
const COMMENTS_HEADING = /^[1-9]\d*\s+(?:thoughts|responses|comments|replies)\s+(?:on|to)\s+["“‘«„']/iu;

/**
 * A count of comments, alone on its line, under the story: "2 Comments", "14 responses". Not nought ("0 Comments"
 * heads an empty box, dated links of other lists under it); under the story only, as the search reads it: above
 * it, the same counter stands beside the story's own date.
 */
const COMMENT_COUNT = /^[1-9]\d*\s+(?:comments?|responses?|replies|reactions?)$/iu;

/**
 * A date anywhere near the story when the top of the page has none; not under a comment thread's heading, where
 * every date is a comment's (pages/META.md: comment dates are not publication dates).
 */
function firstDate(infos: LineInfos, first: number, last: number, dayFirst: boolean, headlineAt: number | null = null): string | null {
  let end = infos.length;
  for (let i = last + 1; i < infos.length; i++) {
    const info = infos.get(i)!;
    if (info.size <= 20 && (COMMENTS_HEADING.test(info.line.text) || COMMENT_COUNT.test(info.line.text.trim()))) {
      end = i;
      break;
    }
  }
  // Over the headline, only the lines next to it: a date further up, over the site's menus, is the masthead's
  // "today" (pages/META.md: masthead dates are not publication dates).
  const over = headlineAt !== null && headlineAt < first ? Math.max(0, headlineAt - MASTHEAD_GAP) : 0;
  const order = [range(last + 1, Math.min(end, last + 6)), range(over, first), range(last + 6, end)];
  for (const part of order) {
    for (const i of part) {
      const dates = findDates(infos.get(i)!.line.text, dayFirst);
      if (dates.length > 0) return dates[0]!.iso;
    }
  }
  return null;
}

/** How far over the headline a date may stand and still be the story's: a kicker, a category, a share bar between. */
const MASTHEAD_GAP = 6;

/** A stamp that says when the story first appeared: "First published on Wed 6 Mar 2019", "Originally posted March 5". */
const FIRST_PUBLISHED = /\b(?:first|originally|orig\.)\s+(?:published|posted|appeared)\b|\bpublicado originalmente\b/iu;

/** A footer line with a copyright mark and a year that does not open with the mark: "Valley Sentinel © 2026". */
const FOOTER_NOTICE = /^[\p{L}\p{N}][^©]{1,60}(?:©|\(c\))\s?(?:(?:19|20)\d{2}\b|.{0,60}\b(?:19|20)\d{2}\b)/iu;

/** What a notice before its mark covers when that is the site's content as a whole: "All content", "This site". */
const SITE_COVER = /^(?:all )?(?:content|contents|text|material|this (?:site|website|page)|site|website)(?: is)?$/iu;
/** The site's own links, which a footer prints before its notice: "Terms and Conditions | Privacy Policy ©". */
const FOOTER_LINK_WORDS = /\b(?:terms|privacy|cookies?|policy|contact|about us|sitemap|site map|accessibility|legal|imprint|impressum|disclaimer|advertise|careers|rss)\b/iu;
/** A name before a bare mark that is a supplier's credit, not the site's: "Market data provided by FactSet © 2026". */
const OTHER_PARTY_BEFORE_MARK = /\b(?:provided|powered|supplied|courtesy|licen[cs]ed|via|by|data)\b/iu;

/** Copyright holders read as brand candidates: a page with more notices than this is no ordinary page. */
const MAX_HOLDERS = 10;
/** Lines over the story and under it where a masthead or a footer may name the site. */
const MASTHEAD_LINES = 40;
const FOOTER_LINES = 80;

/**
 * The publication: a "Source: X" line, or a line after the body that repeats the copyright holder (wire
 * feeds end "Copyright 2012 ABC News Radio" then "ABC News Radio"), else the brand the places where a page names
 * itself agree on (segment/source.ts), else the agency of the dateline.
 */
function findSource(
  infos: LineInfos,
  kinds: Kind[],
  story: { first: number; last: number },
  sites: string[],
  holders: string[],
  outlet: string | null,
  bylineNamesPeople: boolean,
  agency: string | null,
): string | null {
  const { first, last } = story;
  const holder = holders[0] ?? null;
  for (let i = Math.max(0, last - 2); i < Math.min(infos.length, last + 12); i++) {
    const text = normalize(infos.get(i)!.line.text);
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
  // The rest of the page, without the lines the candidates were read from, to count how often each is named.
  function* restOfPage(): Generator<string> {
    for (let i = 1; i < infos.length; i++) {
      const info = infos.get(i)!;
      if (info.phrase?.kind !== "copyright") yield info.line.text;
    }
  }
  const rest = joinInChunks(restOfPage(), "\n");
  // Name lines of the masthead (over the headline) and of the footer (under the story), furniture only.
  const mastheads: string[] = [];
  const masthead = (i: number) => {
    const info = infos.get(i)!;
    if (info.phrase || info.caption || info.credit !== null || (kinds[i] !== null && kinds[i] !== "navigation")) return;
    pushAll(mastheads, mastheadNames(normalize(info.line.text)));
  };
  for (let i = 1; i < Math.min(first, MASTHEAD_LINES); i++) masthead(i);
  for (let i = Math.max(last + 1, infos.length - FOOTER_LINES); i < infos.length; i++) masthead(i);
  // A news agency's dateline ("HALIFAX (AP) —") on a page naming nothing else is the agency's own story; a
  // newswire's ("/PRNewswire/ --") only carried a company's release to whatever site prints it.
  return chooseBrand({ titleParts: sites, holders, mastheads, bylineOutlet: outlet, bylineNamesPeople, rest }) ?? (agency !== null && !isNewswire(agency) ? agency : null);
}

/**
 * `texts` joined by `separator`, the same string as an array's join, made a few thousand at a time: an array of
 * every line of a page of millions of lines would cost more than the joined text.
 */
export function joinInChunks(texts: Iterable<string>, separator: string, chunkSize = 4096): string {
  const chunks: string[] = [];
  let parts: string[] = [];
  for (const text of texts) {
    parts.push(text);
    if (parts.length === chunkSize) {
      chunks.push(parts.join(separator));
      parts = [];
    }
  }
  if (parts.length > 0 || chunks.length === 0) chunks.push(parts.join(separator));
  return chunks.join(separator);
}

/** The kind of an unrecognised line outside the body, from its shape and side of the body. */
function fallbackKind(info: LineInfo, beforeBody: boolean): BlockKind {
  if (!info.terminal && info.size <= 6) return "navigation";
  if (!info.terminal && info.size <= 20) return beforeBody ? "navigation" : "related";
  return beforeBody ? "other" : "footer";
}
