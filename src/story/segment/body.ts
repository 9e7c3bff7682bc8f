/**
 * Body versus boilerplate, from the text alone.
 *
 * Each line gets a score: story prose (long, ends like a sentence, full of function words) counts for as many
 * points as it has words; page furniture (menus of short Title Case items, headline lists, share buttons,
 * "Related stories" headings, copyright lines) counts against. The body is the stretch of lines with the highest
 * total (a maximum-sum run, found in one pass): a menu or a list of links between two paragraphs costs less than
 * the paragraphs bring, while a long menu or a "Related"/"Comments" heading outweighs what follows it. Inside
 * the stretch, lines that are recognisably not the story (captions, share rows, adverts, repeated lines) are
 * kept out of the paragraphs but still reported, with their kind.
 */
import type { BlockKind } from "../../types.js";
import { isWireService } from "./agencies.js";
import { isCaption, readCredit } from "./credit.js";
import { findDateline } from "./dateline.js";
import { AGO_UNITS, findDates, hasStampLabel } from "./dates.js";
import { ANY_STOPWORD, MAX_STOPWORD } from "./language.js";
import type { Line, LineTable } from "./lines.js";
import { matchPhrase, type PhraseMatch } from "./phrases.js";

/**
 * The classifier's features of every line, as columns (one typed-array slot per line; `phrase` and `credit`,
 * rare, in maps by line index): a page of millions of short lines costs tens of bytes a line, not an object
 * of a dozen fields and its boxed numbers.
 */
interface Features {
  lines: LineTable;
  size: Float64Array;
  stopRatio: Float64Array;
  titleRatio: Float64Array;
  titleLead: Int32Array;
  score: Float64Array;
  flags: Uint8Array;
  phrase: Map<number, PhraseMatch>;
  credit: Map<number, string>;
}

const TERMINAL_FLAG = 1;
const CAPTION_FLAG = 2;
const REPEAT_FLAG = 4;
const DATE_ONLY_FLAG = 8;

/** What the classifier knows about one line: a view of line `index` of the feature columns. */
export class LineInfo implements Line {
  constructor(
    private readonly features: Features,
    readonly index: number,
  ) {}

  /** The line itself (this view reads its offsets and text too). */
  get line(): Line {
    return this;
  }
  get start(): number {
    return this.features.lines.start[this.index]!;
  }
  get end(): number {
    return this.features.lines.end[this.index]!;
  }
  get text(): string {
    const { page, start, end } = this.features.lines;
    return page.slice(start[this.index]!, end[this.index]!);
  }
  get afterBlank(): boolean {
    return this.features.lines.afterBlank[this.index] === 1;
  }
  /** Words, counting CJK characters as half a word each (those scripts do not separate words). */
  get size(): number {
    return this.features.size[this.index]!;
  }
  /** Ends like a sentence (full stop, question or exclamation mark, closing quote, colon). */
  get terminal(): boolean {
    return this.flag(TERMINAL_FLAG);
  }
  /** Share of words that are function words of some language: high in prose, low in labels. */
  get stopRatio(): number {
    return this.features.stopRatio[this.index]!;
  }
  /** Share of longer words that start with a capital: high in menus and headline lists. */
  get titleRatio(): number {
    return this.features.titleRatio[this.index]!;
  }
  get phrase(): PhraseMatch | null {
    return this.features.phrase.get(this.index) ?? null;
  }
  set phrase(value: PhraseMatch | null) {
    if (value === null) this.features.phrase.delete(this.index);
    else this.features.phrase.set(this.index, value);
  }
  get credit(): string | null {
    return this.features.credit.get(this.index) ?? null;
  }
  get caption(): boolean {
    return this.flag(CAPTION_FLAG);
  }
  set caption(value: boolean) {
    this.setFlag(CAPTION_FLAG, value);
  }
  /** The line gives a date or a time and little else: a timestamp of a teaser or a comment. */
  get dateOnly(): boolean {
    return this.flag(DATE_ONLY_FLAG);
  }
  /** How many capitalised words open the line when they read as a Title Case headline, else 0. */
  get titleLead(): number {
    return this.features.titleLead[this.index]!;
  }
  /** The same text appeared on an earlier line. */
  get repeat(): boolean {
    return this.flag(REPEAT_FLAG);
  }
  get score(): number {
    return this.features.score[this.index]!;
  }
  set score(value: number) {
    this.features.score[this.index] = value;
  }

  private flag(bit: number): boolean {
    return (this.features.flags[this.index]! & bit) !== 0;
  }
  private setFlag(bit: number, value: boolean): void {
    const flags = this.features.flags;
    flags[this.index] = value ? flags[this.index]! | bit : flags[this.index]! & ~bit;
  }
}

// A sentence end may be followed by emoji or other pictographs ("…the final in Bergen. 🏆"), and a quote's close
// typed the wrong way round is a close after a sentence stop ("… in June.“"); after a word or a comma a “ opens
// the quote the next line goes on with ("she added, “").
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class is repeated (*): each code point of an emoji sequence on its own
const TERMINAL = /(?:[.!?。！？…:;"”'’»)\]]|[.!?…]“)[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]*$/u;
/** Endings that look like a sentence's but mark a teaser or a list entry: "[…]", "(185)". */
const FALSE_TERMINAL = /(?:\[(?:…|\.\.\.)\]|\(\d[\d,.]*\))$/u;
const SAMPLE = 20_000;
const TOKEN = /[\p{L}\p{N}]+/gu;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/**
 * The lines of a page with their features. A line's view is made when it is asked for (`get`), so that a page
 * of millions of lines holds no object per line.
 */
export class LineInfos {
  constructor(private readonly features: Features) {}

  get length(): number {
    return this.features.lines.length;
  }

  /** The line table the features were read from (offsets only: what is left once classifying is done). */
  get lines(): LineTable {
    return this.features.lines;
  }

  /** Line `index`, or undefined past either end (as an array's index would give). */
  get(index: number): LineInfo | undefined {
    return index >= 0 && index < this.length ? new LineInfo(this.features, index) : undefined;
  }

  /** Lines [from, to) as an array, the bounds read as Array.prototype.slice reads them. */
  slice(from = 0, to = this.length): LineInfo[] {
    const length = this.length;
    const start = from < 0 ? Math.max(length + from, 0) : Math.min(from, length);
    const end = to < 0 ? Math.max(length + to, 0) : Math.min(to, length);
    const out: LineInfo[] = [];
    for (let i = start; i < end; i++) out.push(new LineInfo(this.features, i));
    return out;
  }
}

export function describeLines(lines: LineTable): LineInfos {
  const n = lines.length;
  const features: Features = {
    lines,
    size: new Float64Array(n),
    stopRatio: new Float64Array(n),
    titleRatio: new Float64Array(n),
    titleLead: new Int32Array(n),
    score: new Float64Array(n),
    flags: new Uint8Array(n),
    phrase: new Map(),
    credit: new Map(),
  };
  const seen = new SeenLines();
  const seenGrams = new Set<number>();
  const makers = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const line = new LineInfo(features, i);
    const lineText = line.text;
    // A line longer than any paragraph is measured on its first part and the counts scaled up: the
    // features are ratios and sizes, and this keeps a megabyte-long line as cheap as a page of text.
    const text = lineText.length > SAMPLE ? lineText.slice(0, SAMPLE) : lineText;
    const scale = lineText.length / text.length;
    let tokens = 0;
    let stop = 0;
    let long = 0;
    let capital = 0;
    // Word 4-grams already seen on earlier lines: a long line made almost only of them repeats text from above
    // (a summary of the whole story in a share widget). Short lines are left alone: a story may well quote
    // a sentence it quoted before.
    // Grams are kept as numbers (a hash of four word hashes) so that long pages cost no string building.
    let h1 = 0;
    let h2 = 0;
    let h3 = 0;
    const grams: number[] = [];
    let seenBefore = 0;
    for (const m of text.matchAll(TOKEN)) {
      tokens++;
      const w = m[0];
      const h0 = wordHash(w);
      if (tokens >= 4) {
        const gram = (Math.imul(h3, 0x2f0b3b29) ^ Math.imul(h2, 0x6c8e9cf5) ^ Math.imul(h1, 0x1b873593) ^ h0) >>> 0;
        grams.push(gram);
        if (seenGrams.has(gram)) seenBefore++;
      }
      [h3, h2, h1] = [h2, h1, h0];
      if (w.length <= MAX_STOPWORD && ANY_STOPWORD.has(w.toLowerCase())) stop++;
      if (w.length > 3) {
        // Case tests on the first character only, without regular expressions: this loop sees every word.
        const c = w[0]!;
        const lower = c.toLowerCase();
        if (lower !== c.toUpperCase()) {
          long++;
          if (c !== lower) capital++;
        }
      }
    }
    const cjk = text.match(CJK)?.length ?? 0;
    tokens = Math.round(tokens * scale);
    const size = tokens + (cjk * scale) / 2;
    const key = `${lineText.length}:${text.replace(/\s+/g, " ").toLowerCase()}`;
    const known = seen.has(key, (at) => seenKey(lines.page.slice(lines.start[at]!, lines.end[at]!)));
    const repeat = (size >= 4 && known) || (grams.length >= 40 && seenBefore >= grams.length * 0.8);
    if (!known) seen.add(key, i);
    for (const gram of grams) seenGrams.add(gram);
    features.size[i] = size;
    const terminal = TERMINAL.test(lineText) && !FALSE_TERMINAL.test(lineText);
    features.stopRatio[i] = tokens > 0 ? stop / tokens : 0;
    features.titleRatio[i] = long > 0 ? capital / long : 0;
    const phrase = matchPhrase(text, tokens);
    if (phrase !== null) features.phrase.set(i, phrase);
    const reading = readCredit(text, i > 0 ? lines.page.slice(lines.start[i - 1]!, lines.end[i - 1]!) : undefined);
    if (reading.credit !== null) features.credit.set(i, reading.credit);
    if (reading.maker !== null) makers.set(i, reading.maker);
    features.titleLead[i] = titleLead(text);
    // A stamp line may carry two dates ("Last updated: June 14, 2021 at 5:03 p.m. | Published: June 13, 2021 at
    // 8:15 a.m."): twice the words of one, when it holds two dates and nothing else, and says it is a stamp (an
    // event's times in the story, "Saturday, June 11 at 10 am – Sunday, June 12 at 6 pm", are the story's).
    const dateOnly = tokens <= 12 ? isDateOnly(text) : tokens <= 26 && hasStampLabel(text) && isDateOnly(text, 2);
    features.flags[i] = (terminal ? TERMINAL_FLAG : 0) | (repeat ? REPEAT_FLAG : 0) | (dateOnly ? DATE_ONLY_FLAG : 0);
  }
  for (const [i, maker] of makers) if (!makerCreditStands(lines, features, i, maker)) features.credit.delete(i);
  return new LineInfos(features);
}

/** How far (in lines, either way) a weak credit's maker is looked for in the story around it. */
const MAKER_REACH = 40;

/**
 * Whether a credit read from a name's shape alone ("© Maria Lund", "Ola Sund for Harbour Daily") stands. Not when
 * the name's last word is written on a line nearby: a story names its people and its writer (a campaign sub-heading
 * "Ada Quill for Mayor" over "Quill, a former pilot, ...", a sign-off "© Jane Roe" under "By Jane Roe"), seldom its
 * photographer. Not when nothing but the page's end or its footer follows: a name right after the last paragraph
 * signs the story, and reading it as a credit would turn that paragraph into a caption.
 */
function makerCreditStands(lines: LineTable, features: Features, at: number, maker: string): boolean {
  if (at + 1 >= lines.length || features.phrase.get(at + 1)?.endsStory) return false;
  const surname = maker.split(" ").pop()!;
  const named = new RegExp(String.raw`(?<![\p{L}\p{N}])${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\p{L}\p{N}])`, "u");
  for (let i = Math.max(0, at - MAKER_REACH); i <= Math.min(lines.length - 1, at + MAKER_REACH); i++) {
    if (i !== at && named.test(lines.page.slice(lines.start[i]!, Math.min(lines.end[i]!, lines.start[i]! + SAMPLE)))) return false;
  }
  return true;
}

/** The key a line is compared by for repeats: its length and its sampled text, spaces collapsed, lower-cased. */
function seenKey(lineText: string): string {
  const text = lineText.length > SAMPLE ? lineText.slice(0, SAMPLE) : lineText;
  return `${lineText.length}:${text.replace(/\s+/g, " ").toLowerCase()}`;
}

/**
 * A set of line keys that keeps a hash number and the index of the first line per key rather than a lower-cased
 * copy of every distinct line: the key of a line already seen is rebuilt from the line when its hash comes up.
 * Keys whose hash an earlier, different key holds are kept as strings (rare).
 */
class SeenLines {
  private readonly first = new Map<number, number>();
  private readonly collided = new Set<string>();

  has(key: string, keyAt: (index: number) => string): boolean {
    const at = this.first.get(wordHash(key));
    if (at === undefined) return false;
    return keyAt(at) === key || this.collided.has(key);
  }

  add(key: string, index: number): void {
    const hash = wordHash(key);
    if (this.first.has(hash)) this.collided.add(key);
    else this.first.set(hash, index);
  }
}

const AGO = new RegExp(String.raw`^(?:updated:?\s)?\d{1,2}\s?${AGO_UNITS}\s(?:ago|前)\b`, "i");

/** Words that go with a timestamp: "PUBLISHED: 09:12, Mon, Nov 18, 2019 | UPDATED: 14:40". */
const DATE_WORDS = /^(?:published|updated|posted|modified|last|on|at|am|pm|a\.m\.|p\.m\.|mon|tue|wed|thu|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|et|est|edt|pt|pst|gmt|utc|bst|cet):?$/i;

function isDateOnly(text: string, leastDates = 1): boolean {
  if (leastDates === 1 && AGO.test(text)) return true;
  const dates = findDates(text);
  if (dates.length < leastDates) return false;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + rest.slice(d.index + d.length);
  const words = rest.split(/[\s,|/•·]+/).filter((w) => /\p{L}{2,}/u.test(w) && !DATE_WORDS.test(w));
  return words.length <= 3;
}

/** FNV-1a hash of a word. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const LEAD_WORD = /^(?:[\p{Lu}][\p{L}\d'’.,:$&-]*|[-–—&:|])$/u;

/** The places a line may open with, each closed by a comma: "Preston, Victoria, " (one or two words each). */
const PLACE_LIST = /^(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?, ){1,3}/u;

/** Function words that only Title Case capitalises inside a phrase: "Vows To Return", "Tab At Grill". */
const TITLE_FUNCTION_WORDS = new Set(["To", "In", "At", "Of", "For", "With", "On", "And", "Is", "Are", "The", "A", "An", "From", "By", "As", "Into", "Over", "After"]);

/**
 * How strongly a line opens like a Title Case headline: the number of capitalised words in a row at its start,
 * or 0 when that run has no capitalised function word after its first word (a sentence opening with a long
 * name and title, "Former Senior Adviser Jane Roe said", is no headline).
 */
function titleLead(text: string): number {
  let n = 0;
  let functionWords = 0;
  const dateline = findDateline(text);
  // "Preston, Victoria, Australia On Saturday, ...": a list of places before the first sentence (a dateline
  // without a dash) is written with commas, which a Title Case headline run into its teaser is not.
  const head = (dateline ? text.slice(dateline.rest, dateline.rest + 300) : text.slice(0, 300)).replace(PLACE_LIST, "");
  for (const w of head.split(" ")) {
    if (!w) continue;
    if (!LEAD_WORD.test(w)) break;
    if (n > 0 && TITLE_FUNCTION_WORDS.has(w)) functionWords++;
    n++;
  }
  return functionWords > 0 || n >= 9 ? n : 0;
}

/**
 * Scores every line (see the module comment) and marks captions. Two positions change what prose is worth:
 * - above `headline` (the line that repeats the page title, when known) prose is a teaser of other stories;
 * - once a copyright line, a comments heading or a long run of tags or menu items follows a fair amount of
 *   prose, the story is over, and later prose (comments, legal notices) counts for a quarter.
 * A "Related" heading alone does not end the story: pages put boxes of related links inside the body.
 */
export function scoreLines(infos: LineInfos, headline: number | null = null): void {
  let prose = 0;
  let over = false;
  let shortRun = 0;
  for (let i = 0; i < infos.length; i++) {
    const info = infos.get(i)!;
    const next = infos.get(i + 1)?.line.text;
    info.caption =
      info.phrase === null && info.credit === null && info.size >= 5 && isCaption(info.line.text, next, infos.get(i + 1)?.credit != null) &&
      findDateline(info.line.text) === null; // a paragraph that opens with a dateline is the story's first

    const score = lineScore(info);
    // Prose above the story's own headline is a teaser of other stories; prose after the end counts little.
    const before = headline !== null && i < headline;
    info.score = before && score > 0 ? -1 : over && score > 0 ? score / 4 : score;
    if (score > 0 && !before) prose += score;
    shortRun = !info.terminal && info.size <= 3 ? shortRun + 1 : 0;
    const kind = info.phrase?.kind;
    if (
      (prose >= 60 && (kind === "copyright" || kind === "footer") && info.phrase!.endsStory) ||
      (prose >= 150 && shortRun >= 6)
    ) {
      over = true;
    }
  }
}

function lineScore(info: LineInfo): number {
  const { size, terminal, stopRatio, titleRatio, phrase } = info;
  // A marker that says the story goes on under it ("Continue Reading Below") costs the stretch nothing.
  if (phrase) return phrase.endsStory ? -40 : phrase.continues ? 0 : -6;
  if (info.credit !== null) return -4;
  if (info.dateOnly) return -12;
  if (info.caption) return -Math.min(size, 15);
  if (info.repeat) return -Math.min(size, 20);
  const prose = stopRatio >= 0.15 || size < 6;
  // "Diners Skip Out On Huge Tab At Harbor Grill A group of eight ...": a headline run into its teaser.
  if (info.titleLead >= 6) return -Math.min(size, 20);
  if (terminal && size >= 8) return prose ? size : size / 3;
  if (size >= 20) return prose ? size * 0.6 : size * 0.1;
  // A short line that ends a sentence ("Yes.", "First.") is prose too, worth little on its own.
  if (terminal) return size * 0.4;
  // Short lines without a sentence ending: menu items, headline links, labels, sub-headings.
  if (size >= 4) return -(titleRatio > 0.6 ? size : size / 2) - 1;
  return -2;
}

/** The [first, last] line indexes of the highest-scoring stretch, or null when no line scores above zero. */
export function bestStretch(infos: LineInfos): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < infos.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += infos.get(i)!.score;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  }
  return bestRange;
}

/** Why a line inside the body stretch is still not a paragraph, or null when it is one. */
export function innerKind(info: LineInfo): BlockKind | null {
  if (info.phrase) return info.phrase.kind;
  if (info.credit !== null) return "credit";
  if (info.caption) return "caption";
  if (info.repeat) return "other";
  if (info.dateOnly) return "date";
  if (info.size <= 1 && !/\p{L}{2}/u.test(info.line.text)) return "other"; // a stray count or bullet
  const text = info.line.text;
  // Unrendered markup of a publishing system: "[button link=... ]Send us a review[/button]".
  if (/^\[[a-z_]+\s+[a-z_]+=|\[\/[a-z_]+\]\s*$/.test(text)) return "other";
  // Teasers for other stories set in capitals ("READ MORE: ...", "SEE ALSO ...") or a whole headline in capitals,
  // even one that ends in "!" ("THE SHOW -- NOW ON VIDEO!"), as long as it is no longer than a headline.
  if (/^(?:READ MORE|READ ALSO|SEE ALSO|ALSO READ|RELATED|MORE|WATCH|LISTEN|CLICK HERE)\b/.test(text)) return "related";
  if (/^\[(?:related|read more|see also)\b/i.test(text)) return "related";
  if ((!info.terminal || info.size <= 12) && info.size >= 5 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) return "related";
  return null;
}

/** A line that reads as a headline link: a few words in Title Case, no sentence end, nothing else recognised. */
function headlineLike(info: LineInfo): boolean {
  if (info.phrase || info.credit !== null || info.caption || info.repeat || info.dateOnly) return false;
  return !info.terminal && info.size >= 4 && info.size <= 20 && info.titleRatio >= 0.5;
}

/**
 * Inside the body, three or more headline-like lines in a row are a box of links to other stories ("related"),
 * not a sub-heading: a story's own sub-headings stand alone between paragraphs. Returns the indexes to mark.
 */
export function headlineRuns(infos: LineInfos, first: number, last: number): number[] {
  const marked: number[] = [];
  let i = first;
  while (i <= last) {
    let j = i;
    // Under a bare "Related" heading every headline-like line is a link; elsewhere it takes three in a row, and
    // none may hold a figure, a colon or a list separator (tour dates, results and line-ups are lists of the story's own).
    const heading = infos.get(i)!.phrase?.kind === "related" && infos.get(i)!.phrase!.endsStory;
    if (heading) {
      j = i + 1;
      while (j <= last && headlineLike(infos.get(j)!)) marked.push(j++);
      i = j;
      continue;
    }
    while (j <= last && headlineLike(infos.get(j)!) && !/\d|:|\s(?:--|[–—@|])\s/.test(infos.get(j)!.line.text)) j++;
    // Under a line that announces it with a colon ("The winners were:") the run is the story's own list.
    const announced = i > 0 && announcesList(infos.get(i - 1)!.line.text);
    if (j - i >= 3 && !announced) for (let k = i; k < j; k++) marked.push(k);
    i = j > i ? j : i + 1;
  }
  return marked;
}

/**
 * Whether a line announces the story's own list with a colon ("The winners were:"), not a box of links to other
 * pages ("Read our earlier coverage:", "Here are the other stories our readers liked:").
 */
function announcesList(text: string): boolean {
  // A label alone ("MORE:", "Watch:", "See:") heads links too.
  return /:\s*$/u.test(text) && !LINKS_WORDS.test(text) && !/^\s*(?:more|also|watch|listen|see|read|explore)\s*:\s*$/iu.test(text);
}

/** Words of a line that announces links to other pages. */
const LINKS_WORDS = /\b(?:stor(?:y|ies)|articles?|coverage|headlines|links?|reads|reading|posts|videos?|podcasts?|newsletters?|see also|related)\b/iu;

/**
 * The items of a list the story's last line announces with a colon ("The new version brings:", "You will need:"):
 * two or more short lines under it, each a phrase without a sentence's end (a sentence would have scored as
 * prose), nothing the page marks as furniture. The last item's index, or `last` when there is no such list.
 */
function introducedList(infos: LineInfos, last: number): number {
  const intro = infos.get(last);
  if (!intro || !announcesList(intro.line.text) || intro.size > 40) return last;
  const item = (k: number) => {
    const info = infos.get(k);
    if (!info || info.phrase || info.credit !== null || info.caption || info.repeat || info.dateOnly) return false;
    // Words apart: "dp3_1_en", an image's file name, is no item.
    const text = info.line.text.trim();
    return info.size >= 2 && info.size <= 25 && text.includes(" ") && !/[.!?]$/u.test(text);
  };
  // Items written as sentences ("Build a new bridge downstream") end where a line of capitalised words starts: the
  // site's name or a footer's link ("Valley Post", "Contact Newsroom") under the list.
  const capitalised = (k: number) => infos.get(k)!.line.text.trim().split(/\s+/u).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|for|to|a|an|in|on|at|by|with|&)$/u.test(w));
  let j = last + 1;
  while (item(j) && (j === last + 1 || capitalised(last + 1) || !capitalised(j))) j++;
  return j - (last + 1) >= 2 ? j - 1 : last;
}

/** A quotation's signature: a dash, then a name and perhaps a description ("― Ada Park, harbour master"). */
const QUOTE_SIGNATURE = /^(?:[―—–]|--)\s*(\p{Lu}[^.!?:;]{1,80})$/u;
/** The most words a signature line holds, name and description together (quotes/layouts.ts reads no longer one). */
const SIGNATURE_WORDS = 14;
/** A line that ends in a closing quotation mark: a quotation's last paragraph. */
const ENDS_QUOTE = /["”»’]$/u;

/**
 * A quotation's signature right under it ("“…”" over "― Ada Park, harbour master") belongs to the story: quotes
 * read it as the quotation's speaker (quotes/layouts.ts). Being short and without a full stop it scores as
 * furniture and ends the stretch of prose; here the stretch takes it in, and the prose that follows it.
 */
export function extendWithSignature(infos: LineInfos, last: number): number {
  const quote = infos.get(last);
  const signature = infos.get(last + 1);
  if (!quote || !signature || signature.phrase || signature.size > SIGNATURE_WORDS) return last;
  const signer = signature.line.text.trim().match(QUOTE_SIGNATURE)?.[1];
  if (!ENDS_QUOTE.test(quote.line.text.trim()) || signer === undefined) return last;
  // "— Reuters" under a story's last quote is the agency's sign-off, no signer of the quote: it stays furniture.
  if (isWireService(signer)) return last;
  let end = last + 1;
  for (let next = infos.get(end + 1); next && isProse(next); next = infos.get(end + 1)) end++;
  return end;
}

/** A sentence of the story's prose: it ends like one, holds a few words, and is no known phrase, caption or credit. */
function isProse(info: LineInfo): boolean {
  return info.terminal && info.size >= 4 && !info.phrase && !info.caption && info.credit === null && !info.repeat;
}

/** A line that looks like an entry of a list of facts: dates, scores, places ("June 9 -- Arena, City, ST"). */
function listEntry(info: LineInfo): boolean {
  if (info.phrase || info.credit !== null || info.caption || info.repeat || info.dateOnly) return false;
  if (info.size < 2 || info.size > 15 || /[.!?]$/.test(info.line.text)) return false;
  return /\d|:|\s(?:--|[–—@|])\s/.test(info.line.text);
}

/**
 * Stories often end with a list (tour dates, results, a line-up) whose short lines score as furniture. When at
 * least three list entries follow the body, perhaps under one heading, they are taken into the body.
 */
export function extendWithList(infos: LineInfos, last: number): number {
  const introduced = introducedList(infos, last);
  if (introduced > last) return introduced;
  const i = last + 1;
  const heading = infos.get(i) && !infos.get(i)!.phrase && infos.get(i)!.size <= 8 && !listEntry(infos.get(i)!) ? 1 : 0;
  let j = i + heading;
  while (j < infos.length && listEntry(infos.get(j)!)) j++;
  return j - (i + heading) >= 3 ? j - 1 : last;
}
