/**
 * Bylines and the author names in them: "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
 * "By Dario Penn | Fox News", "by Maren Holt", "Written by Jane Roe, MS, RD on November 12, 2019",
 * "By Tobias Wren Business Columnist", "Lena Marsh, AP Sports Writer".
 */
import { lexiconTag } from "../../nlp/compromise.js";
import { isCommonWord } from "../../nlp/common-words.js";
import { givenNameGender, isListedGivenName } from "../../nlp/given-names.js";
import { HONORIFICS, NAME_PARTICLES, SMALL_TITLE_WORDS } from "../../nlp/lexicon.js";
import { foreignOrganizationHeads, organizationHeads } from "../entities/knowledge.js";
import { isWireService } from "./agencies.js";
import { findDates, RELATIVE_END } from "./dates.js";

const MARKERS = String.raw`(?:by|(?:text|words|story) and (?:photos|pictures|photographs) by|written by|posted by|words by|story by|analysis by|guest (?:column|post|essay|opinion|commentary) by|commentary by|opinion by|perspective by|interview by|review by|essay by|column by|(?:ein )?(?:kommentar|analyse|gastbeitrag|essay) von|reporting by|reported by|von|por|par|di|door|oleh|publicado por|escrito por|a cura di|scritto da|geschrieben von|écrit par|rédigé par|autor|author|text|texto|текст|автор)`;
/** Labels that mark a byline only with their colon: "Reporter: Jane Roe", "Words: Jane Roe" ("Reporter Jane Roe said" is prose). */
const COLON_MARKERS = String.raw`(?:reporter|reporters|reporting|words|contributor|contributors|reportagem|reportaje|redacción|redação|penulis|pewarta|auteur|autore|autora)`;
const BY = new RegExp(String.raw`^(?:${MARKERS}(?:\s?:\s*|\s+)|${COLON_MARKERS}\s?:\s*)(?=\S)`, "iu");
/** A marker after a date or a time on the same line: "October 9, 2018 | by Jane Roe", "5:45 AM PST 11/19/2019 by X". */
const MID_BY = new RegExp(String.raw`(?:^|[\s|•·,/–—-])(${MARKERS}(?:\s?:\s*|\s+))(?=\p{Lu})`, "giu");
/** A publication label alone, as it stands before a date: "Published", "Posted on", "Publicado em". */
const PUBLISHED_LABEL = /^(?:posted|published|publicado|publicada|publié|veröffentlicht|updated|atualizado)(?:\s(?:on|em|le|am))?:?$/iu;
/** What a line may hold before a mid-line marker besides a date: "Posted on", "Published", separators. */
const BEFORE_MARKER = /^(?:(?:posted|published|publicado|publié|veröffentlicht|updated)(?:\s(?:on|em|le|am))?\b)/iu;

/** Words that describe a job or an outlet rather than name a person. */
const ROLE_WORDS = new Set(
  ("senior contributor contributors staff writer writers reporter reporters correspondent correspondents editor editors " +
    "columnist columnists business sports sport chief political national international foreign deputy managing " +
    "associate assistant news press associated the times post journal herald tribune gazette courier chronicle daily agency wire service " +
    "team desk digital online producer analyst author guest special investigative entertainment science health " +
    "technology tech opinion contributing bureau ap afp reuters cnn bbc upi dpa in on at for and of ms rd md phd mba")
    .split(" "),
);

/** Words that make a name an outlet's, a desk's or an agency's rather than a person's. */
const ORGANIZATION_WORDS = new Set(
  ("news weekly editorial staff agency magazine media press daily journal tribune team desk network radio " +
    "television tv blog online digital wire services service group reports newsroom bureau office institute " +
    "weekly magazine network radio association society university council")
    .split(" "),
);

/** The last word of a desk's or an agency's name that is also a job's word in ROLE_WORDS ("Web Desk", "Metro Team"). */
const DESK_HEADS = new Set(["desk", "team", "bureau", "newsroom", "agency"]);

/**
 * Organisations' head words that are nobody's surname: after an explicit "By" only these make a name a body's
 * ("By Valley City Police Department"), while "By Margaret Court", "By Kwame Union" stay people.
 */
const UNAMBIGUOUS_HEADS = new Set(
  ("agency association authority bureau committee commission company corporation corp department foundation " +
    "inc institute ltd ministry organization organisation police university college academy airlines airways " +
    "systems technologies labs studios newsroom desk team").split(" "),
);

/**
 * Given names that are also a Romance language's organisation head once their accents go ("Līga" is Latvian
 * "liga"): such a first word opens a person's name when it is written with accents of its own.
 */
/** The first word of a name past the particles in front of it: "Da Agência Senado" -> "Agência". */
function headWord(words: string[]): string {
  return words.find((w) => !PARTICLES.has(w.toLowerCase())) ?? words[0] ?? "";
}

function isForeignHead(word: string): boolean {
  const plain = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  if (!foreignOrganizationHeads.has(plain)) return false;
  // "Agência", "Société": the accents of the language the head is spelt in; "Līga" carries a macron no Romance
  // language writes.
  return !/[\u0100-\u017f]/u.test(word);
}
/** Lower-case words inside a desk's or an outlet's name ("Voice of the Valley"), and the particles inside a person's ("Anna de Souza"). */
const SMALL_WORDS = new Set(SMALL_TITLE_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);

export interface Byline {
  /** The byline as written, without a trailing date. */
  text: string;
  authors: string[];
}

/**
 * A weekday that opens the date cut off a byline: "By Jane Roe, Wednesday, 20 November 2019", "By Jane Roe on
 * Wed. 20 Nov". Only after a comma, a bar or "on": a weekday's word right after a name is the name's end ("By Lena
 * Sun, November 3", "By Ana Monday").
 */
const WEEKDAY_BEFORE_DATE = /(?:\s*[,|]\s*|\s+on\s+)(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*$/iu;

/** Reads a byline line; null when the line is not one. */
export function parseByline(line: string): Byline | null {
  if (line.length > 200) return null;
  const by = BY.exec(line);
  if (!by) return midLineByline(line);
  // "Reporting by Jane Roe; Editing by John Doe": a wire's line of contributors, each with a job, under the story
  // (pages/META.md: contributor lines are no byline). After a writer's byline the other jobs are cut: "By Jane Roe;
  // additional reporting by John Doe".
  const roles = CONTRIBUTOR_ROLES.exec(line);
  if (roles && /^report(?:ing|ed)\b/iu.test(by[0])) return null;
  if (roles) return parseByline(line.slice(0, roles.index));
  // A timestamp label or a reading time after the names is not part of the byline: "By X • Published Nov 19",
  // "By X Updated 2:10 PM", "By X 10 min read".
  let text = line
    // The photographer after the writer is the picture's credit, not the story's: "By Jane Roe. Photos by John Doe",
    // "By Jane Roe | Photography by John Doe".
    .replace(/(?:\.\s+|\s*[|•·,;–—-]\s+)(?:photos?|photographs?|photography|pictures?|images?|illustrations?|video)(?: and video)?(?:\s+by\b|\s?:).*$/iu, "")
    .replace(/(?:\s*[•·|,–—-]\s+|\s+)(?:published|updated|posted|last updated)\b.*$/iu, "")
    .replace(/(?:\s*[•·|,–—-]\s+|\s+)\d{1,3}\s?(?:min(?:ute)?s?|mins?)\.?\s(?:read|reading)\b.*$/iu, "")
    // The editor credited beside the writer is no author: "Penulis: Jane Roe | Editor: John Doe".
    .replace(/\s*[|•·;]\s*(?:editor|editors|edited by|editing|editor(?:ial)? by|redaktur|penyunting)\s?:.*$/iu, "");
  // Cut the date and anything after it ("By X on November 12, 2019", "By X Nov 17, 2019, 10:05am EST").
  const date = findDates(text)[0];
  if (date && date.index > by[0].length) text = text.slice(0, date.index).replace(WEEKDAY_BEFORE_DATE, "");
  text = text.replace(/\s+(?:on|am|le|el|em|il|op|-|–|—|\||\/|／|•|·)\s*$/i, "").replace(/[\s,;]+$/u, "").trim();
  text = text.replace(/\s+\d+\s+(?:comments?|comentários?|commenti|kommentare)\s*$/iu, "").trim();
  text = withoutContactButtons(text);
  // A handle after the name is not part of the credit: "By Jane Roe @janeroe", "By Jane Roe (@janeroe)".
  text = text.replace(/(?:\s*[|•·,]\s*|\s+)\(?@[\w.]+\)?$/u, "").trim();
  // Nor an e-mail address: "By Owen Pratt opratt@glenviewpost.com".
  text = text.replace(/(?:\s*[|•·,]\s*|\s+)[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u, "").trim();
  // "By Jane Roe and John DoeJane Roe and John Doe": the names as the page's extraction printed them twice, once.
  const names = printedOnce(text.slice(by[0].length));
  const lower = /^(?:by|written by|posted by)\s/iu.test(by[0]) ? lowerCaseName(names) : null;
  if (lower) return { text, authors: [lower] };
  const authors = authorsOf(names, true);
  const account = /^(?:by|posted by|written by|author|autor)\b/iu.test(by[0]) && isAccount(names);
  // "Review By State Auditor Finds Funds Misspent": a genre's word before "by" opens a headline as often as a
  // byline; it marks one only when people's names follow it.
  if (GENRE_MARKER.test(by[0]) && (authors.length === 0 || !authors.every((a) => namesAPerson(a)))) return null;
  if (authors.length === 0) return isDeskOrAgency(names) || account ? { text, authors: [] } : null;
  return { text: undoubled(text, by[0].length), authors };
}

/**
 * "by imogen tarrant": a name some sites print all in small letters after the marker. Without capitals a name's
 * shape says nothing ("by the end of the week", "by grace alone"), so the words must read as a given name and a
 * surname: two or three words, the first a given name the lexicon or the lists know (and no dictionary word the
 * lexicon does not know as a name: "hope", "may"), the last a word that reads as a surname (readsAsSurname: "tarrant",
 * "smith"; not "alone", "money", "doe"). The name as printed, small letters kept.
 */
function lowerCaseName(names: string): string | null {
  const name = names.trim();
  if (!/^[\p{Ll}'’-]{2,}(?: [\p{Ll}'’-]{2,}){1,2}$/u.test(name)) return null;
  const words = name.split(" ");
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (SMALL_WORDS.has(first) || PARTICLES.has(first)) return null;
  const given = knownFirstName(first) || (isListedGivenName(first) && !isCommonWord(first));
  return given && readsAsSurname(last) && !words.some((w) => ROLE_WORDS.has(w) || SMALL_WORDS.has(w)) ? name : null;
}

/**
 * Whether a word reads as a surname without a capital to say so: no dictionary word, or one the lexicon knows as a
 * surname ("smith", "jones"). Not the given-name lists: they hold ordinary words ("money", "banks", "hope") that
 * someone somewhere bears, so "by grant money" would pass for a name.
 */
export function readsAsSurname(word: string): boolean {
  if (!isCommonWord(word)) return true;
  const tag = lexiconTag(word.toLowerCase());
  return tag === "LastName" || tag === "Person";
}

/**
 * The photographer a byline's line credits after the writer: "Story by Jane Roe, photos by John Doe", "By Jane Roe |
 * Photography by John Doe" -> "John Doe". The picture's credit, which parseByline cuts from the byline.
 */
export function bylinePhotographer(line: string): string | null {
  // The picture's word either case ("Photos by", "photos by"), then "by" or a colon ("Words: Jane Roe | Pictures: John Doe").
  const m = /(?:\.\s+|\s*[|•·,;–—-]\s+)(?:[Pp]hotos?|[Pp]hotographs?|[Pp]hotography|[Pp]ictures?|[Ii]mages?)(?: and video)?(?:\s+by\s+|\s?:\s*)(\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von))*)\s*$/u.exec(line);
  if (!m || !BY.test(line)) return null;
  return m[1]!.trim();
}

/** A second job credited on a byline's line: "; Editing by", ", additional reporting by", "; Writing by". */
const CONTRIBUTOR_ROLES = /[;,]\s*(?:additional |further )?(?:editing|edited|writing|reporting|compiled|graphics|fact-checking|production) by\b/iu;

/** Markers that are a genre's name before "by" ("Review by", "Interview by"): also the start of a headline. */
const GENRE_MARKER = /^(?:perspective|interview|review|essay|column|guest (?:column|post|essay|opinion|commentary))\s+by\b/iu;

/** "October 9, 2018 | by Jane Roe": a marker after a date or a time; the byline is what follows the marker. */
function midLineByline(line: string): Byline | null {
  for (const m of line.matchAll(MID_BY)) {
    const at = m.index + m[0].length - m[1]!.length;
    const before = line.slice(0, at).replace(/[\s|•·,/–—-]+$/u, "");
    if (at === 0 || before.length > 70) continue;
    const dated = findDates(before).length > 0 || /\b\d{1,2}:\d{2}\b/.test(before) || BEFORE_MARKER.test(before);
    if (!dated) continue;
    return parseByline(line.slice(at).replace(/\s+[-–—|]\s+\p{L}+\s?:.*$/u, ""));
  }
  return null;
}

/** A newsroom credited by its one word, in the languages of the bylines: "Redação", "Redacción", "Staff". */
const NEWSROOM = /^(?:redação|redacao|redacción|redaccion|rédaction|redazione|redaktion|redactie|newsroom|newsdesk|staff)$/iu;

/**
 * A newsroom's credit written as a phrase, its words in small letters: "Staff and agencies", "Guardian staff and
 * agencies", "From staff reports", "Staff and wire reports", "Herald staff", "Foundry & Forge staff", "Red Dust FM
 * newsroom", "Newsdesk". Case-sensitive: under the `i` flag
 * \p{Lu} takes small letters too, and "cuts hit newsroom staff" is no credit.
 */
const STAFF_PHRASE = /^(?:(?:From|from|FROM)\s)?(?:(?:The\s)?(?:\p{Lu}[\p{L}.'’-]*|&)\s){0,3}(?:staff|Staff|STAFF|newsroom|Newsroom|NEWSROOM|newsdesk|Newsdesk|NEWSDESK|news desk|News Desk|NEWS DESK)(?:\s(?:(?:and|AND)\s(?:agencies|Agencies|AGENCIES|wire (?:services|reports)|Wire (?:Services|Reports))|reports?|Reports?|REPORTS?|writers?|Writers?))?$/u;

/**
 * A newsroom's credit on a line of its own, with no "By" before it. A headline in title case ends in "Staff" just as
 * "Herald Staff" does ("Hospital Lacks Staff", "Mayor Fires Campaign Staff"): that form is left to the name rules.
 */
function isBareStaffCredit(text: string): boolean {
  return STAFF_PHRASE.test(text) && !/^(?:\p{Lu}\S*\s)+Staff$/u.test(text);
}

/** A stamp's label opening what a date line holds after its date: "Updated ...", "Last updated ...", "Published ...". */
const STAMP_LABEL_LEAD = /^(?:last\s)?(?:updated|modified|published|posted|edited)\b/iu;

/**
 * A writer the paper credits by her job alone, nobody named: "Special Correspondent", "Our Correspondent", "A Staff
 * Reporter", "Our Bureau Chief" (the bylines of the Indian and British press). A job line that opens with a word
 * that says "one of ours" rather than what she covers ("Health Correspondent" is the job under a writer's name).
 */
function isUnnamedWriter(text: string): boolean {
  return /^(?:our|a|special|staff)\s/iu.test(text) && isRoleLine(text);
}

/** Whether what follows "By" names a desk, an outlet or an agency ("Reuters", "Telegraph Sport", "Staff Reports"). */
function isDeskOrAgency(names: string): boolean {
  const rest = names.replace(/\s+(?:\||-|–|—|\/)\s.*$/u, "").replace(/[,.;]+$/u, "").trim();
  if (isWireService(rest) || NEWSROOM.test(rest) || STAFF_PHRASE.test(rest)) return true;
  const words = rest.split(/\s+/u);
  if (words.length < 1 || words.length > 6 || /[.!?]$/.test(rest)) return false;
  // Every word capitalised (small joining words aside), and the first one too: not the start of a sentence.
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w.toLowerCase())) && words.length >= 2;
}

/** "By admin", "Posted by Vortex", "by rmb8090": one word after the marker is a site account, not a person. */
function isAccount(names: string): boolean {
  return /^[\p{L}][\p{L}\p{N}_.-]{1,24}$/u.test(names.trim()) && !/^(?:the|a|an|this|that|his|her|their|its|far|now|then|default|design|day|night)$/iu.test(names.trim());
}

/**
 * "Sean Martin Sean Martin", "Sean MartinSean Martin": a name the page's text extraction printed twice (an author
 * box's link and its label, run together with or without a space), once. Only a name of two words or more: "Ana
 * Ana" is left alone.
 */
export function printedOnce(names: string): string {
  const s = names.replace(/\s+/gu, " ").trim();
  const n = s.length;
  if (n % 2 === 0) {
    const half = s.slice(0, n / 2);
    if (half.includes(" ") && half === s.slice(n / 2)) return half;
  } else {
    const half = s.slice(0, (n - 1) / 2);
    if (half.includes(" ") && s[(n - 1) / 2] === " " && half === s.slice((n + 1) / 2)) return half;
  }
  return s;
}

/**
 * "Owen Clarkeowenclarke" -> "Owen Clarke": a name whose last word runs on into the name again in small letters and
 * without spaces (the handle of the author's page), as "owenclarke", "oclarke" or "clarke".
 */
export function withoutGluedHandle(name: string): string {
  const words = name.split(" ");
  if (words.length < 2) return name;
  const last = words[words.length - 1]!;
  const letters = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  for (let cut = 2; cut < last.length - 2; cut++) {
    const head = last.slice(0, cut);
    const tail = last.slice(cut);
    if (!/^\p{Ll}/u.test(tail)) continue;
    const full = letters([...words.slice(0, -1), head].join(""));
    const initial = letters(words[0]!.slice(0, 1) + head);
    if (tail === full || tail === initial || (tail === letters(head) && head.length >= 3)) return [...words.slice(0, -1), head].join(" ");
  }
  return name;
}

const DASH_LED = /^(?:—|–|--?)\s?(\p{Lu}.{2,80})$/u;

/**
 * A sign-off under the story, a dash then the author: "— Jane Roe", "-- Jane Roe, Valley Herald". Only a person
 * whose first name the lexicon knows (or an agency) after the dash, so that a dash-led link ("- Privacy Policy")
 * or sentence is not one; not an item of a dash-led list ("- Olive Oil" over "- Sea Salt": a neighbouring line is
 * dash-led too); and not the attribution of a quotation ("— Albert Einstein" under a line in quotation marks).
 * `previous` and `next` are the lines around it.
 */
export function signOff(line: string, previous = "", next = ""): Byline | null {
  const m = DASH_LED.exec(line.trim());
  if (!m || DASH_LED.test(previous.trim()) || DASH_LED.test(next.trim())) return null;
  if (/^["“”„«»‘’']|["“”»’']$/u.test(previous.trim())) return null;
  if (isWireService(m[1]!)) return { text: m[1]!.trim(), authors: [] };
  const byline = bareByline(m[1]!, false);
  return byline && byline.authors.length > 0 ? byline : null;
}

/**
 * The writer named under the story where the header names none: a line of the author box after the last
 * paragraph, a person's name alone ("Jane Roe") or the site account the post went out under ("rmb8090", over its
 * one-line bio). Only a name the lists know as a person's, and not one of a list of names (a team, a cast: a
 * neighbouring line is a name too); an account only over a sentence, its bio, for a lone handle may be anything.
 * `previous` and `next` are the lines around it.
 */
export function authorBox(line: string, previous = "", next = ""): Byline | null {
  const text = line.trim();
  if (text.length > 60) return null;
  // A neighbour shaped like a name, known or not ("Kanye West" under "Justin Bieber" in a list of topics).
  const person = (l: string) => (bareByline(l.trim(), true)?.authors.length ?? 0) > 0;
  if (/^[\p{Ll}][\p{Ll}\p{N}_.-]{2,24}$/u.test(text) && /\p{N}/u.test(text) && /^\p{Lu}.{20,}[.!?]$/u.test(next.trim())) {
    return { text, authors: [] };
  }
  const byline = bareByline(text, false);
  if (!byline || byline.authors.length !== 1 || byline.text !== text || findDates(text).length > 0) return null;
  if (person(previous) || person(next)) return null;
  // Right under the story, or under the box's own heading ("About the author"), not under another heading.
  if (previous.trim() !== "" && !/\b(?:author|autor|auteur|writer)\b/iu.test(previous)) return null;
  // Over nothing, a button or a label, or over the writer's bio. A line of prose under the name that neither names
  // her (in full or by her first name) nor says what she does is a reader's comment, a photo's caption or the next
  // part of a profile ("Mensah took over his uncle's bakery": a story speaks of its subjects by their surname).
  const under = next.trim();
  if (under.split(/\s+/u).length >= 5 && !namesTheWriter(under, byline.authors[0]!) && !WRITER_WORK.test(under)) return null;
  return byline;
}

/**
 * The writer's note that closes a column or an opinion piece whose header names nobody: "Jane Roe is a retired town
 * planner and writes a monthly column for the Herald.", "Jane Roe is a freelance journalist based in Cork." One
 * sentence that opens with a person's name, then "is a", "is an" or "is the", and says she writes (WRITER_WORK, or
 * a column). The caller checks that the story has not spoken of her before: a subject's last line of a profile
 * ("Tom Reed is a retired teacher who writes poems") is about her, the note is about the writer.
 */
export function authorNote(line: string): Byline | null {
  const text = line.trim();
  if (text.length > 220) return null;
  const m = /^[*_]?(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}) is (?:an? |the )([^.!?]{5,200})\.[*_]?$/u.exec(text);
  if (!m || !(WRITER_WORK.test(m[2]!) || /\bcolumn\b/iu.test(m[2]!))) return null;
  const name = m[1]!;
  // The sentence's shape vouches for the name: a first name the lexicon or the given-name lists know is enough, and
  // so are words no dictionary holds ("Ciarán Fallon": the lists miss many Irish and Welsh names), not "Town Hall".
  const authors = authorsOf(name);
  const first = firstNameOf(name);
  const last = name.split(" ").at(-1)!;
  const person = knownFirstName(first) || isListedGivenName(first) || (!isCommonWord(first) && !isCommonWord(last));
  if (authors.length !== 1 || authors[0] !== name || !person) return null;
  return { text: name, authors };
}

/** What a writer's bio says she does: "covers schools", "writes about", "is a reporter". */
const WRITER_WORK = /\b(?:covers?|covering|writes|writing|reporter|journalist|editor|columnist|correspondent|contributor|blogger|author|freelance|photographer)\b/iu;

/** Whether a line names a person in full or by her first name ("Jane Roe is ...", "Jane has written ..."). */
function namesTheWriter(line: string, name: string): boolean {
  const words: string[] = line.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  const first = name.split(/\s+/u)[0]!.toLowerCase();
  return line.toLowerCase().includes(name.toLowerCase()) || words.includes(first);
}

/**
 * The buttons of an author's box printed after the name: "Jane Roe Email Twitter", "Jane Roe Follow on Twitter",
 * "Jane Roe | Bio", "By Jane Roe Share on Facebook Share on Twitter" (the share bar run into the byline's line). The
 * name is the byline; the buttons are not (pages/META.md: handles and e-mails go).
 */
const CONTACT_BUTTONS = /(?:(?:\s*[|•·]\s*|\s+)(?:follow(?: (?:on|me on) (?:twitter|x|facebook|instagram))?|share(?: (?:on|via|to) (?:twitter|x|facebook|linkedin|whatsapp|reddit|pinterest|e-?mail))?|e-?mail(?: me)?|twitter|facebook|instagram|linkedin|whatsapp|reddit|pinterest|print|bio|contact|rss|view profile|more by (?:this )?author))+\s*$/iu;

function withoutContactButtons(text: string): string {
  return text.replace(CONTACT_BUTTONS, "").trim();
}

/** "By Sean Martin Sean Martin": the marker and the name once. */
function undoubled(text: string, from: number): string {
  const names = text.slice(from);
  const once = printedOnce(names);
  return once === names.replace(/\s+/gu, " ").trim() ? text : `${text.slice(0, from)}${once}`;
}

/** A prompt to comment after a post's author: "Leave a comment", "3 Comments", "No Comments", "Comente!". */
const COMMENT_PROMPT = /(?:\s*[•·|,–—-]\s+|\s+)(?:leave a (?:comment|reply)|no comments?|\d+ comments?|comment(?:s)?|comente!?|deixe um comentário|laisser un commentaire|kommentieren)\s*$/iu;

/**
 * Whether a name ends with a word of a desk or an outlet ("Telegraph Sport", "Staff Reports", "Express News Service",
 * "Express News Service, Chennai"). The desk's word is the name's head and comes last: a short headline in capitals
 * that only holds one ("Harbor News Service Expands", "Sports Staff Honored") goes on to say what happened.
 */
function isDeskName(text: string): boolean {
  const name = text.replace(/\s*(?:,|\||\s[-–—/]\s).*$/u, "").trim();
  const words = name.split(/\s+/u);
  const lower = (words.at(-1) ?? "").toLowerCase();
  // "Staff Report": a newsroom's report.
  if (lower === "report" && words.slice(0, -1).some((w) => NEWSROOM.test(w))) return true;
  // "Agência Brasil", "Agenzia Nova": in the Romance languages the head opens the name.
  if (isForeignHead(headWord(words))) return true;
  // "Redação Gazeta do Povo": in the Romance languages the newsroom's word opens the desk's name.
  if (NEWSROOM.test(headWord(words))) return true;
  if (isPaidContentDesk(words)) return true;
  return ORGANIZATION_WORDS.has(lower) || NEWSROOM.test(lower) || /^(?:sport|sports|staff|reports|writers|editors)$/u.test(lower);
}

/**
 * "NBR Partner Content", "Herald Branded Content": the desk that writes a paper's paid pieces, under the paper's name
 * ("Sponsored Content" alone is the label over such a piece, not its credit).
 */
function isPaidContentDesk(words: string[]): boolean {
  return words.length >= 3 && /^content$/iu.test(words.at(-1)!) && /^(?:partner|sponsored|branded|paid|promoted)$/iu.test(words.at(-2)!);
}

/**
 * A line that says what a writer does, under or beside her name: "Health Correspondent", "Local Democracy
 * Reporter", "Staff Writer". A few capitalised words ending in a job's word: neither a headline nor a name.
 */
export function isRoleLine(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length > 4 || !words.every((w) => /^[\p{Lu}&]/u.test(w) || SMALL_WORDS.has(w))) return false;
  return /^(?:reporter|correspondent|writer|editor|columnist|contributor|photographer|producer|journalist|analyst|critic)s?$/iu.test(words[words.length - 1]!);
}

/**
 * The people among a byline's names on a page in a Romance language. There a desk, a press office or an agency is
 * credited with the words of its language ("Estadão Conteúdo", "Assessoria de Imprensa", "Secretaria de
 * Comunicação"), which the English word lists cannot tell from a surname. A name goes when its first word (past a
 * courtesy title) is no given name of the lexicon or of the given-name lists, with its accents or without them,
 * and one of its words is a desk's or an office's word of those languages. Not on the given name alone: the lists
 * miss a third of Brazil's columnists ("Merval Pereira", "Natuza Nery", "Ancelmo Gois"). An initial ("J.-M.
 * Durand") and names in other scripts are left as they are.
 */
export function peopleOnly(authors: string[]): string[] {
  return authors.filter((name) => {
    const first = firstNameOf(name);
    if (!/^[\p{Script=Latin}'’.-]+$/u.test(first)) return true;
    if (/^(?:\p{Lu}\.-?)+(?:\p{Lu}\.)?$/u.test(first)) return true;
    const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");
    const plain = fold(first);
    if (knownFirstName(first) || knownFirstName(plain) || isListedGivenName(first) || isListedGivenName(plain)) return true;
    return !name.split(/\s+/u).some((w) => ROMANCE_DESK_WORDS.has(fold(w).toLowerCase()));
  });
}

/**
 * Words of the names of desks, press offices and public bodies in Portuguese, Spanish, Italian and French
 * (accents folded): "Conteúdo", "Imprensa", "Comunicação", "Assessoria", "Secretaria", "Prefeitura".
 */
const ROMANCE_DESK_WORDS = new Set(
  (
    "conteudo imprensa comunicacao assessoria secretaria gabinete prefeitura governo ministerio departamento coordenadoria " +
    "superintendencia diretoria servico contenido prensa comunicacion gobierno oficina servicio contenuto stampa " +
    "comunicazione segreteria ufficio servizio ministero contenu presse communication secretariat gouvernement ministere"
  ).split(" "),
);

/** Whether a word is a first name the lexicon knows ("Maria", "Kevin"). */
export function knownFirstName(word: string): boolean {
  const tag = lexiconTag(word.toLowerCase());
  return tag === "FirstName" || tag === "MaleName" || tag === "FemaleName";
}

/**
 * Whether a name of two or three words reads as a person's: its first name is one the lexicon knows, or one the
 * given-name lists know ("Kwabena", "Chidi", "Siddharth": compromise knows mostly English names) followed by a
 * surname that is no dictionary word. The lists also hold words and places ("Hope", "Georgia", "Israel"): the
 * surname's test keeps a short headline ("Israel Strikes Back", "Georgia Tech Wins") from passing for a name.
 */
export function namesAPerson(name: string): boolean {
  const words = name.split(" ");
  const first = firstNameOf(name);
  if (knownFirstName(first)) return true;
  const last = words[words.length - 1]!;
  return words.length >= 2 && words.length <= 3 && last !== first && givenNameGender(first) !== null && !isCommonWord(first) && !isCommonWord(last);
}

/**
 * A byline without a marker, as sites print it under the headline: "Jane Roe", "Jane Roe - Nov 19, 2019, 10:31
 * pm", "November 20, 2019 Jane Roe", "Jane Roe @janeroe / 2 days", "Jane Roe and John Doe USA NEWS", "The
 * Associated Press", "Reuters November 18, 2019 11:03 PM". `dated` says whether a date line stands right before
 * or after it, which makes a name without a known first name (or an agency) credible. Null when the line is
 * anything else.
 */
export function bareByline(line: string, dated: boolean): Byline | null {
  if (line.length > 120) return null;
  let text = line;
  const date = findDates(text)[0];
  if (date) {
    // A publication label before the date is no name: "Publicado em 03/03/2026 - Agência Vale".
    const before = text.slice(0, date.index).replace(/[\s|•·,/–—-]+$/u, "").replace(PUBLISHED_LABEL, "");
    const after = text.slice(date.index + date.length).replace(/^[\s|•·,/–—-]+/u, "");
    // The name stands on one side of the date; the other side may only hold a clock time ("10:15 am", "10h15").
    text = before.length > 0 ? before : after.replace(/^\d{1,2}(?:[:.h]\d{2}|h)\s?(?:[ap]\.?m\.?)?\s?(?:[A-Z]{2,4})?(?:[\s|•·,/–—-]+|$)/iu, "");
    dated = true;
    // "March 3, 2026 10:14 pm | Updated March 4, 2026": what follows the date is a second stamp, no name.
    if (before.length === 0 && STAMP_LABEL_LEAD.test(text)) return null;
  }
  // "Jane Roe • 2h ago", "Jane Roe | 3 hours ago": a stamp in relative time stands where the date stands.
  if (RELATIVE_END.test(text)) {
    text = text.replace(RELATIVE_END, "");
    dated = true;
  }
  text = text
    .replace(/(?:\s*[•·|,–—-]\s+|\s+)\d{1,3}\s?(?:min(?:ute)?s?|mins?)\.?\s(?:read|reading)\b.*$/iu, "") // "Jane Roe · 3 min read"
    .replace(/(?:\s*[•·|,–—-]\s+|\s+)(?:published|updated|posted)\b.*$/iu, "") // "Jane Roe Published 10:20 a.m. ET"
    .replace(/\s\(?@\w+.*$/u, "") // "Jane Roe @janeroe / 2 days", "Jane Roe (@janeroe)"
    .replace(/\s+(?:view|see|read) (?:more|all)(?: articles| posts| stories)?$/iu, "")
    .replace(COMMENT_PROMPT, "") // "Jane Roe Leave a comment"
    .replace(CONTACT_BUTTONS, "") // "Jane Roe Email Twitter"
    .replace(/[,\s]+$/u, "")
    .trim();
  if (!text || text.length > 80) return null;
  // "21/06/2019 Jane Roe News, Reviews, Kit": a post's date, author and categories on one line. The first name's
  // words and the first category run together; the author is the known first name and the word after it. Not
  // when every part after a comma opens with a known first name: "Mary Ann Smith, John Doe, Sam Poe" are authors.
  if (date) {
    const categories = /^(\p{Lu}[\p{L}'’.-]+) (\p{Lu}[\p{L}'’-]+) [^,]{1,30}(?:, [^,]{1,30}){2,}$/u.exec(text);
    const people = text.split(/,\s*/u).slice(1).every((part) => knownFirstName(part.split(" ")[0]!));
    if (categories && knownFirstName(categories[1]!) && !people) text = `${categories[1]} ${categories[2]}`;
  }
  // "SiteAccount October 6, 2018": one word beside the line's own date, that no dictionary or lexicon knows (not
  // "Politics", "Monday", "Lagos"), is the account the site posts under: a byline without authors. It must read
  // as a handle: small letters and digits mixed ("vp2021", "rmb8090"; not an acronym with a number, "G20",
  // "COVID19"), or two capitalised words of three letters or more run together ("ValleyPost"; not a surname's
  // prefix, "McAllen", "DeSantis", "LeBron").
  const handle = /\p{Ll}/u.test(text) && /\p{N}/u.test(text) || /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u.test(text);
  if (date && isAccount(text) && handle && !isCommonWord(text) && lexiconTag(text.toLowerCase()) === undefined) {
    return { text, authors: [] };
  }
  const agency = text.replace(/,\s*[\p{L} ]{2,30},?$/u, "");
  if (isWireService(agency)) return dated ? { text: agency, authors: [] } : null;
  if (isBareStaffCredit(text) || isUnnamedWriter(text)) return dated ? { text, authors: [] } : null;
  // "The Associated Press and Harbour Daily staff", "Reuters and AFP": agencies and desks joined, nobody named.
  const joined = text.split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean);
  if (joined.length >= 2 && joined.every((part) => isWireService(part) || isBareStaffCredit(part))) return dated ? { text, authors: [] } : null;
  const authors = authorsOf(text);
  // "Telegraph Sport" over a date line: a desk credited as the byline.
  if (authors.length === 0) return dated && isDeskOrAgency(text) && isDeskName(text) ? { text, authors: [] } : null;
  // The line must be names and at most an outlet or a job title: every word a name's or the outlet's. An outlet
  // or a job after a separator ("Jane Roe - Staff Writer", "Jane Roe | Valley Herald") is short.
  // "Jane Roe Special to the Gazette", "JANE ROE FOR VALLEYONLINE": the outlet she writes for is no name either.
  const separated = /^(.+?)\s(?:-|–|—|\||\/|•|·|for|special to)\s((?:\S+\s?){1,4})$/iu.exec(text);
  // A job after each name ("Jane Roe, Environment Reporter, and John Doe, Data Editor") belongs to the name before it.
  const parts = (separated ? separated[1]! : text).split(NAME_JOINER).filter((p) => p && !isRoleLine(p));
  if (parts.length > authors.length + 1) return null;
  // The part that is no name ("Valley Herald", "Staff Writer") comes last and is short.
  const other = parts.findIndex((p) => cleanName(p) === null);
  if (other >= 0 && (other !== parts.length - 1 || parts[other]!.split(/\s+/u).length > 4)) return null;
  if (!dated && !namesAPerson(authors[0]!)) return null;
  return { text: withoutGluedHandle(printedOnce(text)), authors: authors.map(withoutTrailingCaps) };
}

const HONORIFIC_WORDS = new Set(HONORIFICS);

/** The first name of a name, past a courtesy title in front of it ("Dr. Jane Roe", "Prof. Jane Roe" -> "Jane"). */
function firstNameOf(name: string): string {
  const words = name.split(" ");
  const at = words.findIndex((w) => !HONORIFIC_WORDS.has(w.toLowerCase().replace(/\.$/u, "")));
  return words[Math.max(at, 0)]!;
}

/** "Kevin McCoy USA TODAY" -> "Kevin McCoy": capitals after a name in mixed case are the outlet's. */
function withoutTrailingCaps(name: string): string {
  const words = name.split(" ");
  if (!words.some((w) => /\p{Ll}/u.test(w))) return name;
  while (words.length > 2 && /^[\p{Lu}\d]{2,}$/u.test(words[words.length - 1]!)) words.pop();
  return words.join(" ");
}

/**
 * What joins names in a byline: commas and "and" in its languages. The one-letter joiners ("e", "y") and "et"
 * only in lower case and without a full stop, so that "Jane E. Roe" keeps her middle initial.
 */
const NAME_JOINER = /\s*(?:,|;|&|\b(?:and|And|AND|und|Und|UND)\b|\b(?:et|y|e)\b(?!\.))\s*/u;

/** The person names in what follows "By". */
export function authorsOf(names: string, marked = false): string[] {
  let rest = names
    .replace(/@\w+/g, " ")
    .replace(/\s(?:\||-|–|—|\/|／|•|·)\s.*$/u, "") // "Dario Penn | Fox News", "GIULIA FERRANTE - 2019-04-10"
    .replace(/\s+(?:on|am|le)\s.*$/i, "") // "Jane Roe on March 3"
    .replace(/\s*\([^()]{1,40}\)\s*$/u, "") // "Mia Anderson (Reuters)"
    .replace(/\s+(?:for|special to)\s+\S.*$/iu, "") // "Jane Roe For Dailymail.com", "JANE ROE FOR MAILONLINE"
    // "Jane Roe of the Valley Herald", "Jane Roe of Reuters"; not across a joining word or a comma, where the next
    // author begins ("Jane Roe of Reuters and John Doe").
    .replace(/\s+of\s+(?:the\s+)?\p{Lu}[^\s,]*(?:\s(?!and\b|&)[^\s,]+){0,4}$/u, "");
  rest = rest.replace(/\s+/g, " ").trim();
  // "Jane Roe with John Doe" joins two people, "Jane Roe with Valley Sentinel", "Jane Roe With Photos By John Doe"
  // a person and an outlet or a job: after "with", a part counts only when it opens with a known first name.
  const [lead = "", ...withParts] = rest.split(/\s+with\s+/iu);
  rest = [lead, ...withParts.filter((p) => knownFirstName(p.split(" ")[0]!))].join(" and ");
  // "Jane Roe in Kyiv and John Doe in Moscow": the place goes from each name, after the names are split.
  const parts = rest.split(NAME_JOINER).map((p) => p.replace(/\s+in\s.*$/iu, ""));
  // "Jane Roe, Valley Sentinel", "Jane Roe, CNN Editor-at-large": after a comma, a last part that does not open
  // with a known first name and reads as an outlet or a job is the affiliation, not a second author.
  const tail = parts.length > 1 && /,\s*[^,]+$/u.test(rest) ? parts[parts.length - 1]! : null;
  if (tail !== null && isAffiliation(tail)) parts.pop();
  const authors: string[] = [];
  for (const raw of parts) {
    const name = cleanName(raw, marked);
    if (name && !authors.includes(name)) authors.push(name);
  }
  return authors;
}

/** Whether a part of a byline after the names is an outlet or a job rather than a person. */
function isAffiliation(part: string): boolean {
  const words = part.trim().split(/\s+/u);
  if (words.length === 0 || knownFirstName(words[0]!) || namesAPerson(part.trim())) return false;
  // ("Ph.D." is "phd" once its stops go.)
  const roleLike = words.some((w) => w.split(/[-–]/u).some((piece) => ROLE_WORDS.has(piece.toLowerCase().replace(/[.,]/gu, ""))));
  const acronym = words.some((w) => /^[\p{Lu}]{2,}$/u.test(w)) && words.some((w) => /\p{Ll}/u.test(w));
  // A place or outlet name: no word of it is a first name the lexicon knows.
  const noName = words.every((w) => !knownFirstName(w));
  return roleLike || acronym || noName;
}

/**
 * A person's name out of one part of a byline, null when the part is no person's. `marked` says an explicit
 * marker ("By") stands before it, which makes a surname that is also an organisation's head word credible.
 */
function cleanName(raw: string, marked = false): string | null {
  let words = raw.trim().split(" ").filter(Boolean);
  // "Express Web Desk", "European Space Agency": a desk or an agency, though its last word is also a job's and
  // would go with the job titles below. (Other organisation words anywhere: ORGANIZATION_WORDS, below.)
  if (DESK_HEADS.has(words[words.length - 1]?.toLowerCase() ?? "") || isPaidContentDesk(words)) return null;
  // Trailing job titles: "Tobias Wren Business Columnist"
  while (words.length > 0 && ROLE_WORDS.has(words[words.length - 1]!.toLowerCase().replace(/[.,]$/, ""))) words.pop();
  // A name printed twice ("Owen Clarke Owen Clarke", "Owen ClarkeOwen Clarke"), or glued to its own handle ("Owen
  // Clarkeowenclarke": the author box's name and link run together).
  words = withoutGluedHandle(printedOnce(words.join(" "))).split(" ");
  // "Susan Orr DAILY LEDGER": capitals after a name in mixed case are the outlet's.
  if (words.some((w) => /\p{Ll}/u.test(w))) {
    while (words.length > 2 && /^[\p{Lu}\d]{2,}$/u.test(words[words.length - 1]!)) words.pop();
  }
  if (words.length < 2 || words.length > 5) return null;
  // "The Harbour Daily", "The Valley Voice": an article opens an outlet's or a desk's name, never a person's.
  if (/^the$/iu.test(words[0]!)) return null;
  // "By Nintendo Life", "Google News Initiative": a name opening with a word the lexicon knows as a company's.
  if (lexiconTag(words[0]!.toLowerCase()) === "Organization") return null;
  // "Valley City Police Department": a name that ends in an organisation's head word is a body's. After "By" only
  // a head that is nobody's surname counts ("By Kwame Court" is a person); without a marker, also any head after
  // more than a first name and a surname or after an unknown first word. Initials do not count as words
  // ("Margaret A. Court"). ("Emily Post" is lost earlier: "post" is an outlet's word among ROLE_WORDS.)
  const head = words[words.length - 1]!.toLowerCase();
  const fullWords = words.filter((w) => !/^\p{Lu}\.$/u.test(w));
  if (marked ? UNAMBIGUOUS_HEADS.has(head) : organizationHeads.has(head) && (fullWords.length > 2 || !knownFirstName(words[0]!))) return null;
  // "Agência Brasil", "Agenzia Nova": in the Romance languages the head opens the name.
  if (isForeignHead(headWord(words))) return null;
  // "India Post News Weekly", "Harbour Editorial Staff", "Da Redação": an outlet or a desk, not a person.
  if (words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()) || NEWSROOM.test(w))) return null;
  if (words.some((w) => ROLE_WORDS.has(w.toLowerCase()) && !/^[\p{Lu}]/u.test(w))) return null;
  if (words.every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[.,]$/, "")))) return null;
  // Every word capitalised (or an initial, or a particle such as "de", "van", "al-")
  const nameWord = /^(?:[\p{Lu}][\p{L}'’.-]*|(?:al|el|bin|ibn|abu|ben|ould)-[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.)$/u;
  if (!words.every((w) => nameWord.test(w) || PARTICLES.has(w))) return null;
  if (words.some((w) => /\.(?:com|org|net|co)\b/i.test(w))) return null;
  return words.join(" ");
}
