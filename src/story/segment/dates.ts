/**
 * Publication dates as news pages write them, turned into ISO 8601.
 *
 * Why our own parser and not a library: pages only ever use a handful of shapes (ISO timestamps, "19 November
 * 2019", "Nov. 19, 2019 4:35 PM ET", "11/19/2019", "19.11.2019"), all numeric or with English month names.
 * General natural-language parsers (chrono-node and the like) also read "yesterday" or "in two weeks", which here
 * would turn "2 hours ago" teasers and prose into false dates, cost far more per call on 50,000 files, and still
 * need our own handling of US time-zone abbreviations. A small parser we test ourselves is the better trade.
 *
 * Every pattern below is anchored on digits or month names with bounded repetition, so a scan is linear.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** A month's name, in full or shortened, maybe with a full stop (one capture group). */
export const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

/** Offsets in minutes of the zone abbreviations news pages print. ET/CT/MT/PT follow US daylight saving. */
const FIXED_ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, IST: 330, HKT: 480, JST: 540,
  AEST: 600, AEDT: 660, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
const US_ZONES: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** A date found in a string: its ISO form and where it was written. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const ISO_PATTERN = new RegExp(
  String.raw`\b${YEAR}-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)`,
  "g",
);
/** After a year: a word boundary, or a clock time the page text glued to it ("Nov 19 20191:15 PM"). */
const YEAR_END = String.raw`(?:\b|(?=\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]))`;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b${DAY}\s{0,3}(?:of\s)?${MONTH},?\s{1,3}${YEAR}${YEAR_END}`, "gi");
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s{1,3}${DAY},?\s{1,3}${YEAR}${YEAR_END}`, "gi");
const NUMERIC = /\b(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})\b/g;

/**
 * Month names of the other languages news pages are written in (Portuguese, Spanish, French, German, Italian,
 * Indonesian, Dutch; Russian in the genitive that dates use), with the short forms pages print ("02 Ago 2017").
 * A name only counts between a day and a year, so a short form that is also a word ("set", "mag") never reads
 * as a month on its own.
 */
const FOREIGN_MONTHS: Record<string, number> = {};
const FOREIGN_NAMES: Array<[number, string]> = [
  [1, "janeiro enero janvier januar jänner gennaio januari января gen ene janv"],
  [2, "fevereiro febrero février fevrier februar febbraio februari февраля fev févr"],
  [3, "março marco marzo mars märz maret maart марта mrt"],
  [4, "abril avril aprile апреля abr avr"],
  [5, "maio mayo mai maggio mei мая mag"],
  [6, "junho junio juin juni giugno июня jun giu"],
  [7, "julho julio juillet juli luglio июля jul lug juil"],
  [8, "agosto août aout augustus agustus августа ago agu"],
  [9, "setembro septiembre setiembre septembre settembre сентября set sett"],
  [10, "outubro octubre octobre oktober ottobre октября out okt ott"],
  [11, "novembro noviembre novembre ноября"],
  [12, "dezembro diciembre décembre dezember dicembre desember desember декабря dez dic déc des"],
];
for (const [month, names] of FOREIGN_NAMES) for (const name of names.split(" ")) FOREIGN_MONTHS[name] = month;
const FOREIGN = Object.keys(FOREIGN_MONTHS).sort((a, b) => b.length - a.length).join("|");
/** The month names of other languages, an alternation longest first ("janeiro", "gennaio", "juil", "déc"). */
export const FOREIGN_MONTH_NAMES = FOREIGN;
/** "22 de outubro de 2010", "24 сентября 2018", "02 Ago 2017", "5. März 2019". */
const FOREIGN_DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s{1,3}(?:de\s)?(${FOREIGN})\.?,?\s{1,3}(?:de\s)?((?:19|20)\d{2})(?!\d)`,
  "giu",
);
/** "Oktober 27, 2015". */
const FOREIGN_MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(${FOREIGN})\.?\s{1,3}(\d{1,2}),?\s{1,3}((?:19|20)\d{2})(?!\d)`, "giu");
/** "11/13/19 at 4:00 PM": a two-digit year is taken only when "at" and a clock time follow (a teaser's bare
 * "11/13/19 11:00AM" in a sidebar stays unread). */
const SHORT_YEAR_WITH_TIME = /^\s{1,3}at\s{1,3}\d{1,2}[:.]\d{2}/i;
/** A clock time that may follow a date: "4:35 PM ET", "at 8:15 pm ET", "- 06:50 GMT", "10:20am ist". */
const TIME_AFTER = /^[\s,|/•·-]{0,6}(?:(?:at|às|à|a las|alle|um|om|pukul)\s{1,3})?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s{0,2}([ap])?\.?(?:m\.?)?(?:\s{0,2}([A-Za-z]{1,4}\b|[+-]\d{2}:?\d{2}))?/i;
/** A clock time written before the date: "7:45 am ET Nov. 18, 2019", "Published 3:41 AM EST Nov 21, 2019". */
const TIME_BEFORE = /(\d{1,2}):(\d{2})\s{0,2}([ap])\.?m\.?(?:\s{0,2}([A-Za-z]{1,4}))?[\s,|]{0,4}$/i;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Whether US daylight saving time is in force on that (local) day: second Sunday of March to first Sunday of November. */
function usDaylightSaving(year: number, month: number, day: number): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  const firstDay = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - firstDay) % 7);
  return month === 3 ? day >= firstSunday + 7 : day < firstSunday;
}

function zoneOffset(zone: string | undefined, year: number, month: number, day: number): number | null {
  if (!zone) return null;
  const upper = zone.toUpperCase();
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(upper);
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  if (upper in FIXED_ZONES) return FIXED_ZONES[upper]!;
  if (upper in US_ZONES) return US_ZONES[upper]! + (usDaylightSaving(year, month, day) ? 60 : 0);
  return null;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  zone: string | undefined;
}

function clockFrom(h: string, m: string, s: string | undefined, ampm: string | undefined, zone: string | undefined): Clock | null {
  let hour = Number(h);
  const minute = Number(m);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    if (ampm.toLowerCase() === "p" && hour !== 12) hour += 12;
    if (ampm.toLowerCase() === "a" && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, second: s ? Number(s) : 0, zone };
}

function iso(year: number, month: number, day: number, clock: Clock | null): string {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!clock) return date;
  const time = `${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;
  const offset = zoneOffset(clock.zone, year, month, day);
  return `${date}T${time}${offset === null ? "" : formatOffset(offset)}`;
}

/** Reads a clock time right after a date; a bare number such as a year or a count is not a time. */
function timeAfter(text: string, from: number): Clock | null {
  const m = TIME_AFTER.exec(text.slice(from, from + 40));
  if (!m) return null;
  const zone = m[5] && zoneOffset(m[5], 2001, 1, 1) !== null ? m[5] : undefined;
  return clockFrom(m[1]!, m[2]!, m[3], m[4], zone);
}

function timeBefore(text: string, index: number): Clock | null {
  const m = TIME_BEFORE.exec(text.slice(Math.max(0, index - 30), index));
  if (!m) return null;
  const zone = m[4] && zoneOffset(m[4], 2001, 1, 1) !== null ? m[4] : undefined;
  return clockFrom(m[1]!, m[2]!, undefined, m[3], zone);
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3).toLowerCase()] ?? 0;
}

/**
 * All dates written in `text`, in order of position. `dayFirst` reads an ambiguous numeric date such as
 * 05/10/2018 as 5 October (the page's locale writes the day first: Brazil, most of Europe); by default slashes are
 * read month first, as in the US.
 */
export function findDates(text: string, dayFirst = false): FoundDate[] {
  const found: FoundDate[] = [];
  if (!/\d/.test(text)) return found; // every date has a year; most lines have no digit at all
  const add = (index: number, length: number, year: number, month: number, day: number, clock: Clock | null) => {
    if (!validDate(year, month, day)) return;
    if (found.some((f) => index < f.index + f.length && f.index < index + length)) return;
    found.push({ iso: iso(year, month, day, clock), index, length });
  };
  for (const m of text.matchAll(ISO_PATTERN)) {
    const clock = m[4] ? clockFrom(m[4], m[5]!, m[6], undefined, m[7]) : null;
    add(m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]), clock);
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const end = m.index + m[0].length;
    add(m.index, m[0].length, Number(m[3]), monthNumber(m[2]!), Number(m[1]), timeAfter(text, end) ?? timeBefore(text, m.index));
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const end = m.index + m[0].length;
    add(m.index, m[0].length, Number(m[3]), monthNumber(m[1]!), Number(m[2]), timeAfter(text, end) ?? timeBefore(text, m.index));
  }
  for (const m of text.matchAll(FOREIGN_DAY_MONTH_YEAR)) {
    const end = m.index + m[0].length;
    add(m.index, m[0].length, Number(m[3]), FOREIGN_MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]), timeAfter(text, end));
  }
  for (const m of text.matchAll(FOREIGN_MONTH_DAY_YEAR)) {
    const end = m.index + m[0].length;
    add(m.index, m[0].length, Number(m[3]), FOREIGN_MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]), timeAfter(text, end));
  }
  for (const m of text.matchAll(NUMERIC)) {
    const [a, sep, b, c] = [m[1]!, m[2]!, Number(m[3]), m[4]!];
    let year: number;
    let month: number;
    let day: number;
    if (a.length === 4) {
      // 2019/11/19
      [year, month, day] = [Number(a), b, Number(c)];
    } else {
      // Two-digit years are too often scores or fractions, unless a clock time follows ("11/13/19 at 4:00 PM").
      if (c.length === 2 && sep === "/" && SHORT_YEAR_WITH_TIME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) {
        year = 2000 + Number(c);
      } else if (c.length !== 4 || (sep === "-" && a.length > 2)) continue;
      else year = Number(c);
      const first = Number(a);
      // Dots are European (day first); slashes and dashes are US (month first) unless the first number cannot be a month
      // or the page's locale writes the day first.
      if (sep === "." || first > 12 || (dayFirst && b <= 12)) [day, month] = [first, b];
      else [month, day] = [first, b];
      // "11.19.2019": a US date written with dots; the only reading that gives a month is the right one.
      if (month > 12 && day <= 12) [day, month] = [month, day];
    }
    const end = m.index + m[0].length;
    add(m.index, m[0].length, year, month, day, timeAfter(text, end));
  }
  return found.sort((x, y) => x.index - y.index);
}

/**
 * The time zones of Britain and Ireland, written in a stamp; not an offset from Greenwich ("GMT-0500", "GMT+8"),
 * which pages anywhere print after their own local time.
 */
const BRITISH_ZONE = /\b(?:GMT|BST|UK time)\b(?!\s?[+−]\d|[-−]\d)/u;

/** What stands before a date that says the story was changed then, not published: "Updated: 9:30 PM MDT". */
const UPDATED_LEAD = /\b(?:updated|last updated|modified|atualizado|actualizado|aktualisiert|mis à jour)\b[^.!?·|•]{0,24}$/iu;

/**
 * The date a line gives for the story's publication: the first one not led by "Updated" ("Updated March 6, 2026 ·
 * Originally published March 5, 2026" gives 5 March), else the first one, then marked `updated` (an "Updated" stamp
 * alone is used, pages/META.md).
 */
export function publicationDate(text: string, dayFirst = false): (FoundDate & { updated: boolean }) | undefined {
  // A stamp in British time ("Updated: 3:15 PM GMT, 08/03/2024", "10:42 BST 05/06/2019") is written the British way,
  // day first, whatever the page's language: American stamps give ET, CT, PT.
  const dates = findDates(text, dayFirst || BRITISH_ZONE.test(text));
  let from = 0;
  for (const date of dates) {
    if (!UPDATED_LEAD.test(text.slice(from, date.index))) return { ...date, updated: false };
    from = date.index + date.length;
  }
  return dates[0] ? { ...dates[0], updated: true } : undefined;
}

/**
 * Which order a page writes a date's day and month in, from the dates it writes unambiguously: "7 April 2026" and
 * 18/04/2026 put the day first (Britain, most of the world), "April 7, 2026" and 04/18/2026 the month (the US); a
 * British time zone in a stamp counts for the day. "day", "month", or null when the page says nothing or both. Read
 * over at most `MAX_EVIDENCE_LINES` short lines: enough for any page, bounded for a huge one.
 */
export function dateOrderOf(lines: Iterable<string>): "day" | "month" | null {
  let day = 0;
  let month = 0;
  let seen = 0;
  for (const line of lines) {
    if (++seen > MAX_EVIDENCE_LINES) break;
    if (line.length > 2000 || !/\d/.test(line)) continue;
    // A zone counts in a stamp, not in a sentence that mentions one ("the launch is at 14:00 GMT.").
    day += count(line, DAY_MONTH_YEAR) + (BRITISH_ZONE.test(line) && !PROSE_LINE.test(line) ? 1 : 0);
    month += count(line, MONTH_DAY_YEAR);
    for (const m of line.matchAll(NUMERIC)) {
      if (m[1]!.length === 4 || m[4]!.length !== 4 || m[2] === ".") continue;
      if (Number(m[1]) > 12 && Number(m[3]) <= 12) day++;
      else if (Number(m[3]) > 12 && Number(m[1]) <= 12) month++;
    }
  }
  return day > month ? "day" : month > day ? "month" : null;
}

const MAX_EVIDENCE_LINES = 5000;

/** A line of prose: long, or ending as a sentence ends. A stamp is short and has no full stop. */
const PROSE_LINE = /^.{120,}$|[.!?]["”’)]?\s*$/u;

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** The first date written in `text` as ISO 8601, or null. */
export function parseDate(text: string, dayFirst = false): string | null {
  return findDates(text, dayFirst)[0]?.iso ?? null;
}

/** A month and a day that a page prints without the year: "Posted Nov 19, 6:51 AM". */
export interface YearlessDate {
  month: number;
  day: number;
  /** Whether the stamp says the story was updated then rather than published. */
  updated: boolean;
}

const YEARLESS_STAMP = new RegExp(
  String.raw`\b(posted|published|updated)(?:\s(?:on|at))?:?\s{1,3}${MONTH}\s{1,3}${DAY}\b(?!,?\s{0,3}(?:19|20)\d{2})`,
  "gi",
);

/**
 * Publication stamps without a year ("Posted Nov 19, 6:51 AM", "Updated Nov 19"). Only a stamp that says it is
 * one counts: a bare "Nov 18" is as often a teaser's or a comment's date.
 */
export function findYearlessStamps(text: string): YearlessDate[] {
  const found: YearlessDate[] = [];
  if (text.length > 300) return found;
  for (const m of text.matchAll(YEARLESS_STAMP)) {
    const month = monthNumber(m[2]!);
    const day = Number(m[3]);
    if (validDate(2000, month, day)) found.push({ month, day, updated: m[1]!.toLowerCase() === "updated" });
  }
  return found;
}

/**
 * A line that is a month and a day and nothing more, a weekday or a clock time beside them: "May 3", "Sunday, May 3",
 * "May 3, 6:02 PM". Such a line is a date only where it stands, under a byline (the caller's to judge).
 */
export function bareMonthDay(text: string): YearlessDate | null {
  const m = BARE_MONTH_DAY.exec(text.trim());
  if (!m) return null;
  const month = monthNumber(m[1]!);
  const day = Number(m[2]);
  return validDate(2000, month, day) ? { month, day, updated: false } : null;
}

const BARE_MONTH_DAY = new RegExp(
  String.raw`^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s)?${MONTH}\.?\s{1,3}${DAY}(?:,?\s(?:at\s)?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?)?$`,
  "iu",
);

/** "2019-11-19" from a yearless date and the year, or null when the day does not exist in that year. */
export function withYear(date: YearlessDate, year: number): string | null {
  return validDate(year, date.month, date.day) ? iso(year, date.month, date.day, null) : null;
}

/** Words a relative or bare time stamp is made of: "2 hours ago", "just now", "yesterday at 5:30 PM", "há 3 horas". */
const STAMP_WORD = new RegExp(
  String.raw`^(?:[\d:.,/-]+[a-z]{0,3}|ago|just|now|an?|one|few|about|over|less|than|at|on|in|the|last|this|today|yesterday|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|days?|weeks?|months?|years?|am|pm|a\.m\.?|p\.m\.?|` +
    String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|há|horas?|minutos?|dias?|hoje|ontem|hace|ayer|hoy|il|y|heures?|jours?|hier|aujourd'hui|vor|stunden?|minuten?|tagen?|heute|gestern)$`,
  "iu",
);

/** "3 hours ago", "2h ago", "a day ago": a time counted back from now, which names no date (pages/META.md). */
const AGO = String.raw`(?:\d{1,2}\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?)|(?:an?|one) (?:second|minute|hour|day|week|month))\sago`;
/** A line that is only a stamp in relative time: "3 hours ago", "Updated 2 days ago", "Yesterday", "Just now". */
export const RELATIVE_STAMP = new RegExp(String.raw`^(?:(?:updated|published|posted)\s)?(?:${AGO}|yesterday|just now)$`, "iu");
/** A relative stamp closing a line after a separator, where a date would stand: "Jane Roe • 2h ago". */
export const RELATIVE_TAIL = new RegExp(String.raw`\s[•·|,–—-]\s*${AGO}$`, "iu");
/** The same with or without a separator: what a bare byline's name line may end with ("Jane Roe 3 hours ago"). */
export const RELATIVE_END = new RegExp(String.raw`(?:\s*[•·|,–—-]\s*|\s+)${AGO}$`, "iu");

/** The units of a time counted back from now: "5 min", "3 hours", "2d", "1w". */
export const AGO_UNITS = String.raw`(?:min(?:ute)?s?|hours?|hrs?|h|days?|d|weeks?|w|months?)`;
const COUNTED_BACK = new RegExp(String.raw`^(?:(?:published|updated|posted)\b:?\s*)?${AGO}$`, "iu");

/** A time stamp relative to now: "5 hours ago", "Updated an hour ago", "Posted yesterday", "Updated 4:10 PM". */
export function isRelativeStamp(text: string): boolean {
  const t = text.trim();
  if (t.length > 60) return false;
  return COUNTED_BACK.test(t) || (isDatelessStamp(t) && findDates(t).length === 0 && !BARE_STAMP_LABEL.test(t));
}

/** The labels of a stamp line: "Published", "Updated", "Atualizado". */
const STAMP_LABEL = String.raw`(?:published|updated|posted|last updated|publicado|atualizado|actualizado|mis à jour|aktualisiert)`;
const DATELESS_STAMP = new RegExp(String.raw`^${STAMP_LABEL}\b:?\s*(.*)$`, "iu");
/** A stamp's label alone on its line ("Published", "Updated:"), its date printed on another line: no time at all. */
const BARE_STAMP_LABEL = new RegExp(String.raw`^${STAMP_LABEL}:?$`, "iu");

const LABELLED = new RegExp(String.raw`(?:^|[^\p{L}])${STAMP_LABEL}(?![\p{L}])`, "iu");

/** Whether a line carries a stamp's label anywhere: "Last updated: ... | Published: ...". */
export function hasStampLabel(text: string): boolean {
  return LABELLED.test(text);
}

/**
 * A publication stamp that prints no date: "Updated 2 hours ago", "Published: just now", "Posted yesterday". The
 * marker must be followed by words of time only, so a headline that opens with the word ("Updated rules for river
 * fishing take effect") is not one.
 */
export function isDatelessStamp(text: string): boolean {
  const m = DATELESS_STAMP.exec(text.trim());
  if (!m) return false;
  const rest = m[1]!.split(/\s+/u).filter((w) => w !== "" && !/^[|·•,–—-]$/u.test(w));
  // A time zone is written in capitals ("EST", "BST"); a short word in lower case is no zone.
  return rest.length <= 7 && rest.every((w) => STAMP_WORD.test(w.replace(/[,;]$/u, "")) || /^[A-Z]{2,4}$/u.test(w));
}
