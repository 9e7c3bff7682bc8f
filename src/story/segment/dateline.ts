/**
 * Datelines: the place (and often the agency) that opens a news story: "WASHINGTON (AP) —", "NEW YORK
 * (Reuters) -", "(MOSCOW) --", "LONDON —", "BERLIN --", "CLEVELAND, Ohio –", "Hong Kong (CNN Business)".
 * Only the first ~120 characters of a paragraph are examined, with bounded patterns.
 */
import { lexiconTag } from "../../nlp/compromise.js";
import { DATELINE_OUTLETS, namesPattern, WIRE_SERVICES } from "./agencies.js";
import { FOREIGN_MONTH_NAMES } from "./dates.js";

export interface Dateline {
  /** The place, e.g. "WASHINGTON". */
  place: string;
  /** The agency in brackets, e.g. "AP", when there is one. */
  agency: string | null;
  /** Length of the dateline text, dashes included (not the space after). */
  length: number;
  /** Where the paragraph proper starts, after the dateline and the spaces that follow it. */
  rest: number;
}

const UPPER_PLACE = String.raw`[\p{Lu}][\p{Lu}\p{M}.'’ /-]{1,40}(?:,\s[\p{L}.]{2,20}(?: [\p{L}.]{2,20}){0,2})?`;
/** The dash after a dateline; Spanish and Portuguese wires put a full stop before it: "MADRID (EFE).-". */
const DASH = String.raw`(?:\.?(?:--|[-—–]{1,2})|:)`;
/**
 * Wire agencies and broadcasters that put their name in a dateline (agencies.ts), and "X News" of any outlet.
 */
const AGENCY = String.raw`${namesPattern([...WIRE_SERVICES, ...DATELINE_OUTLETS])}|[\p{Lu}][\p{L}]{1,15} News`;

/**
 * Months as the wires of Europe and Latin America write them after the day: "MADRID, 8 mar (EFE).-", "ROMA, 8 giu
 * (ANSA) -", "LISBOA, 8 março (Lusa) -": the names dates.ts reads in other languages, the short forms in lower case,
 * the English ones; a whole word, so that "12 marchers (Reuters)" is no date.
 */
const DAY_FIRST_MONTH = String.raw`(?:${FOREIGN_MONTH_NAMES}|jan|feb|fév|mar|mär|apr|may|jun|jul|aug|aoû|sep|sept|oct|nov|dec|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![\p{L}])`;

/** A day written month first, in English: "Nov. 19", "March 4", "Sept 9". */
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}`;
/** A day written day first, in any of the datelines' languages: "19 Nov.", "3 mar", "4 March". */
const DAY_MONTH = String.raw`\d{1,2}\s${DAY_FIRST_MONTH}\.?`;

/** "BEIJING, Nov. 19 (Reuters) -", "DUBLIN, March 4, 2026 —": the day (and the year) between the place and the agency or dash. */
const DAY_BEFORE_AGENCY = String.raw`(?:,\s(?:${MONTH_DAY}|${DAY_MONTH})(?:,?\s(?:19|20)\d{2})?)?`;
const AGENCY_ONLY = new RegExp(String.raw`^(?:${AGENCY})$`, "u");
const WITH_AGENCY = new RegExp(String.raw`^(${UPPER_PLACE}?)${DAY_BEFORE_AGENCY}\s{1,2}\((${AGENCY})\)\s{0,2}(${DASH})?`, "u");
/**
 * "NEW YORK (CNBC) —", "DETROIT (WXYZ) --": any broadcaster or paper in brackets between a place in capitals and a
 * dash. The dash is required here, as the name is not one of the known agencies.
 */
const WITH_ANY_AGENCY = new RegExp(String.raw`^(${UPPER_PLACE}?)${DAY_BEFORE_AGENCY}\s{1,2}\(((?:The )?[\p{Lu}][\p{L}.&'’]{1,15}(?: [\p{Lu}][\p{L}.&'’]{1,15}){0,2})\)\s{0,2}(--|[—–]{1,2}|\s-)(?=\s)`, "u");
/** "Kyiv (Reuters) -", "New Delhi, Mar 3 (PTI)", "Madrid, 3 mar (EFE).-": a place in mixed case, maybe the day, the agency. */
const MIXED_WITH_AGENCY = new RegExp(String.raw`^([\p{Lu}][\p{Ll}.]+(?:[ -][\p{Lu}][\p{L}.]+){0,3}(?:, (?!${MONTH_DAY})[\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}.]+)?)?)${DAY_BEFORE_AGENCY}\s\((${AGENCY})\)\s{0,2}(${DASH})?`, "u");
const IN_BRACKETS = new RegExp(String.raw`^\((${UPPER_PLACE})\)\s{0,2}(${DASH})`, "u");
/** A press release: "BAAR, SWITZERLAND--(BUSINESS WIRE)--", "AUSTIN, Texas, Nov. 4 /PRNewswire/ --" has its own form. */
const NEWSWIRE = String.raw`Business Wire|BUSINESS WIRE|PR ?Newswire|PRNEWSWIRE|GLOBE NEWSWIRE|Globe Newswire|ACCESSWIRE|Accesswire|Marketwired|MARKETWIRED`;
const WIRE_RELEASE = new RegExp(String.raw`^(${UPPER_PLACE})\s{0,2}(?:--|[—–])\s?\((${NEWSWIRE})\)\s?(?:--|[—–])`, "u");
/**
 * "COLUMBUS, Ohio, Sept. 9, 2026 /PRNewswire/ --", "LONDON, 4 March 2026 /PRNewswire/ --": the place, the release's
 * date (either order), the newswire between slashes. Any
 * one-word distributor between the slashes ("/EIN Presswire/" aside): the slashes and the dash make the shape.
 */
const SLASH_RELEASE = new RegExp(
  String.raw`^(${UPPER_PLACE}?)(?:,\s(?:${MONTH_DAY}(?:,\s\d{4})?|${DAY_MONTH}(?:,?\s\d{4})?))?\s{1,2}/(${NEWSWIRE}|PRNewswire-[A-Z]+|\p{Lu}[\p{L}\p{N}]{1,24}(?:-\p{Lu}+)?)/\s{0,2}(?:--|[—–-])`,
  "u",
);
/**
 * A place in mixed case with its state or country, then a dash or a colon: "New York, NY –", "Washington, DC,
 * United States:". The comma part is required: a capitalised word alone before a colon is a speaker or a label.
 */
const MIXED_PLAIN = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?:, (?:\p{Lu}{2}|\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\p{Ll}+\.?(?: \p{Lu}\p{Ll}+\.?){0,2})){1,2})\s{0,2}(--|[—–]|\s-|:)(?=\s)`, "u");
/**
 * "Detroit — ", "San Antonio -- ", "Lagos - ", "Kochi: ": a place in mixed case alone before a dash or a colon, when the lexicon
 * knows it as a place or the story speaks of it as one (see findDateline's `spokenOfAsPlace`).
 */
const KNOWN_PLACE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(\s--|\s[—–]|\s-|:)(?=\s)/u;
/**
 * "Alice Springs, 21 March:", "Kochi, June 20 -": a place in mixed case and the day of the story, then a colon or a
 * dash. The day makes the shape (a name and what she is never carry one), so the place need not be one the
 * lexicon knows.
 */
const MIXED_WITH_DAY = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}),\s(?:${DAY_MONTH}|${MONTH_DAY})\s{0,2}(--|[—–]|\s-|:)(?=\s)`, "u");
const PLACE_TAGS = new Set(["City", "Country", "Region", "Place"]);
/** "LONDON —", "NEW YORK, March 3 —", "CLEVELAND, Ohio --": a place in capitals, maybe the day, then a dash or a colon. */
const PLAIN = new RegExp(String.raw`^(${UPPER_PLACE})${DAY_BEFORE_AGENCY}\s{0,2}(--|[—–]|\s-|:)(?=\s)`, "u");

/** Lexicon tags of words that open a sentence but never a place's name. */
const NOT_PLACE_TAGS = new Set(["Adverb", "Conjunction", "Preposition", "Date", "WeekDay", "Month", "Pronoun", "Determiner", "Verb", "Infinitive", "Modal", "QuestionWord", "Expression", "PastTense", "Gerund", "Copula", "Negative"]);

/**
 * Whether a mixed-case name before a dateline's mark opens with a word of the language that never opens a place's
 * name ("Meanwhile, Tom –", "Monday, March 3:"): the start of a sentence, not a dateline.
 */
function opensWithWordOfLanguage(name: string): boolean {
  return NOT_PLACE_TAGS.has(lexiconTag(name.split(/[ ,]/u)[0]!.toLowerCase()) ?? "");
}

/** Leading words in capitals that are labels, not places. */
const NOT_PLACES = new Set(["BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "READ MORE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "ANALYSIS", "OPINION", "VIDEO", "PHOTOS", "LIVE", "CORRECTION", "FILE", "FILE PHOTO", "SPOILER ALERT", "WARNING", "Q", "A", "I", "UPDATE 1", "UPDATE 2", "EXCLUSIVE-"]);

/**
 * What follows the place's comma in a mixed-case dateline: a state or country, as a postal code ("NY"), an
 * abbreviation ("D.C.", "Calif.") or a name the lexicon knows as a place ("Ohio", "United States"). Without it,
 * "Ada Quill, Harbour Master:" would be a place: in mixed case a name and what she is have the same shape.
 */
export function isStateOrCountry(part: string): boolean {
  return /^\p{Lu}{2}$|^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}+\.$/u.test(part) || PLACE_TAGS.has(lexiconTag(part.toLowerCase()) ?? "");
}

/**
 * The dateline opening `text`, or null. `spokenOfAsPlace` says whether the story speaks of a name as a place
 * elsewhere ("in Kochi"): a mixed-case name alone before a colon or a dash the lexicon does not know is a place then.
 */
export function findDateline(text: string, spokenOfAsPlace: (name: string) => boolean = () => false): Dateline | null {
  const head = text.slice(0, 160);
  let m = WITH_AGENCY.exec(head) ?? MIXED_WITH_AGENCY.exec(head) ?? WIRE_RELEASE.exec(head) ?? SLASH_RELEASE.exec(head) ?? WITH_ANY_AGENCY.exec(head);
  let place: string;
  let agency: string | null = null;
  if (m) {
    place = m[1]!;
    agency = m[2]!;
  } else if ((m = IN_BRACKETS.exec(head))) {
    place = m[1]!;
    // "(CNN) —" names the agency only: no place.
    if (AGENCY_ONLY.test(place.trim())) return null;
  } else if ((m = MIXED_PLAIN.exec(head)) && !opensWithWordOfLanguage(m[1]!)
    && m[1]!.split(",").slice(1).every((part) => isStateOrCountry(part.trim()))) {
    // "Meanwhile, Tom –" opens a sentence: its first word is a word of the language, not a place's.
    place = m[1]!;
  } else if ((m = MIXED_WITH_DAY.exec(head)) && !opensWithWordOfLanguage(m[1]!)
    && opensSentence(head, m[0].length)) {
    place = m[1]!;
  } else if ((m = KNOWN_PLACE.exec(head)) && isKnownPlaceDateline(m, head, spokenOfAsPlace)) {
    place = m[1]!;
  } else if ((m = PLAIN.exec(head))) {
    place = m[1]!;
    // A plain dateline is capitals only ("LONDON", "CLEVELAND, Ohio"); a sentence in capitals is not a place.
    const main = place.split(",")[0]!.trim();
    if (main.split(/\s+/).length > 4 || main.length < 3) return null;
  } else {
    return null;
  }
  // "JAKARTA, KabarNusantara.co.id -": the site's domain after the place is its tag, as an agency's name is.
  place = place.replace(/,\s*[\p{L}\p{N}-]+(?:\.[\p{L}]{2,})+$/u, "").trim();
  const placeMain = place.split(",")[0]!.trim();
  if (NOT_PLACES.has(placeMain) || !/\p{Lu}{2}|\p{Lu}\p{Ll}/u.test(placeMain)) return null;
  const length = m[0].trimEnd().length;
  let rest = length;
  while (rest < text.length && /\s/.test(text[rest]!)) rest++;
  if (rest >= text.length) return null;
  return { place, agency, length, rest };
}

/**
 * Whether the story's first sentence starts after `end`, as it does after a dateline ("Kochi: The ferries ..."). A
 * mixed-case name before a colon or a spaced hyphen followed by small letters heads a line or names someone
 * ("Kochi: a city that loves its ferries", "Madison - a three-year-old collie - woke ...", "Sarah, June 20 - this is
 * the day ..."): the lexicon cannot tell those names from places, the case of the next word can.
 */
function opensSentence(head: string, end: number): boolean {
  return !/^\s*\p{Ll}/u.test(head.slice(end));
}

/**
 * A mixed-case name alone before a dash or a colon as a dateline: a place the lexicon knows before a long dash
 * ("Detroit — "), or, before the shorter marks or for a place the story only speaks of ("Lagos - ", "in Kochi"), one
 * followed by a sentence's start.
 */
function isKnownPlaceDateline(m: RegExpExecArray, head: string, spokenOfAsPlace: (name: string) => boolean): boolean {
  const known = PLACE_TAGS.has(lexiconTag(m[1]!.toLowerCase()) ?? "");
  if (known && /^\s(?:--|[—–])$/u.test(m[2]!)) return true;
  if (!opensSentence(head, m[0].length)) return false;
  return known || (!opensWithWordOfLanguage(m[1]!) && spokenOfAsPlace(m[1]!));
}

/** Finds a dateline that does not open the text but follows a short prefix (a photo credit glued to it). */
export function findInnerDateline(text: string): { at: number; dateline: Dateline } | null {
  const head = text.slice(0, 160);
  const candidates = [/\((\p{Lu}[\p{Lu} .'’-]{1,40})\)\s{0,2}(?:--|[—–])/u, /[\p{Lu}]{3,}[\p{Lu} ,.]{0,30}\s\((?:AP|Reuters|AFP)\)/u];
  for (const pattern of candidates) {
    const m = pattern.exec(head);
    if (m && m.index > 0) {
      const dateline = findDateline(text.slice(m.index));
      if (dateline) return { at: m.index, dateline };
    }
  }
  return null;
}
