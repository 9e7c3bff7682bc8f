/**
 * The publication that serves a page, as it names itself. Candidates come from the page title's site parts
 * ("Headline | Section | Site"), and from the copyright holder ("© 2019 Site Media LLC"); the one the page
 * repeats most (masthead, "Follow X", "X Newsletter", footer) wins, because a site names its brand over and over
 * while its owner company and a tagline appear once. Nothing here knows a site: only the page's own words.
 */

import { SMALL_TITLE_WORDS } from "../../nlp/lexicon.js";
import { knownFirstName } from "./byline.js";

/** Company forms and group words after a brand in a copyright line: "Forbes Media LLC" is Forbes. */
const COMPANY_TAIL = /(?:[\s,]+(?:llc|l\.l\.c\.|inc\.?|incorporated|ltd\.?|limited|corp\.?|corporation|co\.|plc|gmbh|ag|s\.a\.?|s\.l\.|pty|media group|media|group|holdings))+\.?$/iu;

/** The holder in a copyright line: "Copyright 2012 ABC News Radio" gives "ABC News Radio". */
export function copyrightHolder(copyright: string): string | null {
  // "All rights reserved © 2019 X": the notice in front, the holder after it.
  let holder = copyright.replace(/^(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos os direitos reservados)[.,]?\s*/i, "");
  // "© 2019 X is a registered trademark of Y Publishing Inc.": X is the brand, Y its owner.
  holder = holder.replace(/\s+is an? (?:registered )?trademark of\b.*$/iu, "");
  holder = holder.replace(/[.,]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos os direitos reservados).*$/i, "");
  // Strip the marks and years on either side: "© Copyright Valley Herald 2019", "Copyright © 2016-2019 X."
  const mark = /^(?:copyright|©|\(c\)|\d{4}(?:\s?[-–]\s?\d{4})?|[,.])\s*/i;
  for (let i = 0; i < 6 && mark.test(holder); i++) holder = holder.replace(mark, "");
  // What follows a dash or a bar is another notice: "Site 2019 - ISSN: 1234", "X LLC — Read our terms".
  holder = holder.replace(/\s+(?:-|–|—|\|)\s.*$/u, "");
  holder = holder.replace(/[\s,.]*(?:\d{4}(?:\s?[-–]\s?\d{4})?)?[\s,.]*$/, "").trim();
  if (/\b(?:designed|powered|hosted) by\b|^by\b|\brights\b|^[-–—|]/iu.test(holder)) return null;
  return holder.length >= 2 && holder.length <= 60 ? holder : null;
}

/** The brand in a holder: "Forbes Media LLC" -> "Forbes", "AutoIndustriya.com, Inc." -> "AutoIndustriya.com". */
export function brandOfHolder(holder: string): string {
  const brand = holder.replace(COMPANY_TAIL, "").trim();
  return brand.length >= 2 ? brand : holder;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** How often `name` stands in `text` as whole words, case aside. */
export function occurrences(text: string, name: string): number {
  if (!name.trim()) return 0;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "giu");
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/**
 * The spaced form a page uses for a joined name: "CBSSports.com" is written "CBS Sports" in the page. Only a
 * form of two to four capitalised words whose letters, joined, are the name's (less its domain ending), seen at
 * least twice.
 */
export function spacedForm(text: string, name: string): string | null {
  const key = name.toLowerCase().replace(/\.(?:com|org|net|co\.uk|co|news|tv)$/u, "").replace(/[^\p{L}\p{N}]/gu, "");
  if (key.length < 4 || /\s/.test(name.trim())) return null;
  const counts = new Map<string, number>();
  const phrase = /(?<![\p{L}\p{N}])[\p{Lu}\p{N}][\p{L}\p{N}]*(?: [\p{Lu}\p{N}][\p{L}\p{N}]*){1,3}(?![\p{L}\p{N}])/gu;
  for (const m of text.slice(0, 400_000).matchAll(phrase)) {
    const words = m[0].split(" ");
    // Any run of the words that spells the key.
    for (let i = 0; i < words.length; i++) {
      let joined = "";
      for (let j = i; j < words.length; j++) {
        joined += words[j]!.toLowerCase();
        if (joined.length > key.length) break;
        if (joined === key && j > i) {
          const form = words.slice(i, j + 1).join(" ");
          counts.set(form, (counts.get(form) ?? 0) + 1);
        }
      }
    }
  }
  let best: string | null = null;
  for (const [form, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = form;
  return best;
}

/**
 * The full name a page spells out for a brand written as initials: "WSJ" is "Wall Street Journal", "NYP" (of "NYP
 * Holdings") is "New York Post". Only a run of two to five capitalised words whose initials are the letters, seen
 * at least twice, so that a chance phrase does not count.
 */
export function expandedForm(text: string, initials: string): string | null {
  if (!/^\p{Lu}{2,5}$/u.test(initials)) return null;
  const size = initials.length;
  const counts = new Map<string, number>();
  const phrase = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+(?![\p{L}\p{N}])/gu;
  for (const m of text.slice(0, 400_000).matchAll(phrase)) {
    const words = m[0].split(" ");
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size);
      if (run.map((w) => w[0]).join("") === initials) {
        const form = run.join(" ");
        counts.set(form, (counts.get(form) ?? 0) + 1);
      }
    }
  }
  let best: string | null = null;
  for (const [form, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = form;
  return best;
}

/** Wire services: a story they wrote names them, but they are not the site serving it. */
const WIRES = /^(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|bloomberg news|upi|dpa|efe|xinhua|pti|ians|ani|press association|canadian press)$/iu;

const WORD = String.raw`[\p{Lu}\p{N}](?:[\p{L}\p{N}&'’-]|\.(?=[\p{L}\p{N}]))*`;
const NAME = String.raw`((?:The )?${WORD}(?: ${WORD}){0,3})`;
/**
 * Places where a page names itself: "Follow X" (a social box), "X is a reporter for Y" / "Senior editor at Y"
 * (a staff note), "Subscribe to Y", "Sign up for the Y newsletter".
 */
const SELF_NAMING = [
  new RegExp(String.raw`^(?:Follow|Like) ${NAME}(?: on (?:Twitter|Facebook|Instagram|LinkedIn|YouTube))?$`, "gmu"),
  new RegExp(String.raw`\b(?:reporter|writer|editor|correspondent|columnist|contributor|producer|journalist)(?: [\p{Ll}]+){0,2} (?:for|at|with) ${NAME}(?=[.,;]?(?:\s|$))`, "gu"),
  new RegExp(String.raw`^(?:Subscribe to|Sign up for)(?: the)? ${NAME}(?: newsletters?)?$`, "gmu"),
  // A desk byline: "Harbour Daily Editorial Staff", "Harbour Daily Staff".
  new RegExp(String.raw`^(?:By )?((?:The )?${WORD}(?: ${WORD}){0,3}?) (?:Editorial Staff|Staff|Editors|Newsroom|News Desk)$`, "gmu"),
];

/** The names a page gives itself in staff notes, social boxes and newsletter boxes, wire services left out. */
export function selfNames(text: string): string[] {
  const names = new Set<string>();
  for (const pattern of SELF_NAMING) {
    for (const m of text.slice(0, 400_000).matchAll(pattern)) {
      const name = m[1]!.replace(/['’]s$/u, "").replace(/[.'’-]+$/u, "").trim();
      // Not a wire, a word of the box itself ("Follow Us", "Subscribe to Newsletters"), or a person to follow.
      if (name.length < 2 || WIRES.test(name) || /^(?:Us|Me|Him|Her|Them|Newsletters?|Loading)\b/u.test(name)) continue;
      if (/^(?:Our|The|Your|My|All|Editorial|Senior|Staff)$/u.test(name)) continue;
      if (knownFirstName(name.split(" ")[0]!) && name.split(" ").length > 1) continue;
      names.add(name);
    }
  }
  return [...names];
}

const compact = (s: string) => s.toLowerCase().replace(/\.(?:com|org|net|co\.uk|co|news|tv)$/u, "").replace(/[^\p{L}\p{N}]/gu, "");

/** Whether a holder's brand and a title part name the same thing: "AUTORACING" and "Autoracing", "Sputnik" in "Sputnik International". */
function sameBrand(brand: string, part: string): boolean {
  const a = compact(brand);
  const b = compact(part);
  if (a.length < 3 || b.length < 3) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [brand, part] : [part, brand];
  return occurrences(long, short) > 0;
}

const SMALL_WORDS = new Set(SMALL_TITLE_WORDS);

/** A tagline rather than a name: lower-case words other than short joining words ("Memorabilia anni 80/90"). */
function looksLikeTagline(part: string): boolean {
  // A domain ("valleysentinel.com", "cleveland.com") is the site's name as it writes it.
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|co\.uk|co|news|tv|info|ru|de|fr|it|br|in|ca|au|uk|ie|io)$/iu.test(part.trim())) return false;
  return part.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w));
}

/** Words that name a section of a news site ("Auto News", "World", "Politics"), never a brand on their own. */
const SECTION_WORDS = new Set(
  ("news world us u.s. uk politics political business tech technology science health sports sport entertainment opinion " +
    "auto autos cars motoring travel food style lifestyle culture money markets finance local national international " +
    "weather video videos photos life arts music movies tv games gaming education breaking latest top stories blog " +
    "economy environment climate reviews review features home and &")
    .split(" "),
);

/** Whether a title part is only a section's name. */
function isSection(part: string): boolean {
  const words = part.toLowerCase().split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => SECTION_WORDS.has(w));
}

/**
 * Picks the brand among the title's site parts (rightmost first) and the copyright holder. `rest` is the page
 * without its title line and copyright lines, so that the places a candidate was read from do not count.
 * - a title part the copyright holder also names is the brand ("… | Autoracing | F1 | MotoGP" with "© AUTORACING");
 * - else the rightmost title part that reads as a name, not a tagline;
 * - else the holder's brand (its company form cut: "Forbes Media LLC" is Forbes). Tried and dropped: keeping the
 *   holder only when the page names it twice, to leave out owner companies; it lost more brands than owners;
 * - a name in initials the page spells out ("WSJ", "Wall Street Journal") takes the spelt-out form;
 * - a joined name the page writes spaced ("CBSSports.com", "CBS Sports") takes the page's form, and "The X" the
 *   article when the page writes it so.
 */
/** A page naming itself in more ways than this is no ordinary page; the first ones are enough. */
const MAX_SELF_NAMES = 50;

export function chooseSource(titleParts: string[], holder: string | null, rest: string): string | null {
  const brand = holder ? brandOfHolder(holder) : null;
  let best: string | null = null;
  if (brand) best = titleParts.find((p) => sameBrand(brand, p)) ?? null;
  best ??= titleParts.find((p) => !looksLikeTagline(p) && !isSection(p)) ?? titleParts.find((p) => !looksLikeTagline(p)) ?? null;
  // A section's name ("Auto News") is no brand: the copyright holder is, when the page names it again.
  if (best !== null && isSection(best) && brand && !isSection(brand) && occurrences(rest, brand) >= 2) best = brand;
  if (best === null) {
    // No site name in the title (none, or only a tagline): the name the page gives itself, when the page repeats
    // it, over a copyright holder that is often the owner company ("© 2019 Parent Universal" on a page that says
    // "Follow Brand News") and over a tagline.
    // Each name counted once (every count is a pass over the page), and at most MAX_SELF_NAMES of them.
    const counted = selfNames(rest).slice(0, MAX_SELF_NAMES).map((name) => ({ name, count: occurrences(rest, name) }));
    const named = counted.sort((a, b) => b.count - a.count)[0]?.name;
    if (named !== undefined && occurrences(rest, named) >= 2 && (!brand || occurrences(rest, named) > occurrences(rest, brand))) best = named;
    best ??= titleParts[0] ?? null;
  }
  if (best !== null && brand && !titleParts.some((p) => sameBrand(brand, p)) && occurrences(rest, best) === 0 && occurrences(rest, brand) >= 2) {
    best = brand;
  }
  best ??= brand;
  if (best === null) return null;
  best = expandedForm(rest, best) ?? best;
  const spaced = spacedForm(rest, best);
  if (spaced !== null && occurrences(rest, spaced) > occurrences(rest, best)) best = spaced;
  if (!/^the\s/iu.test(best)) {
    const withThe = occurrences(rest, `The ${best}`);
    if (withThe >= 2 && withThe * 2 >= occurrences(rest, best)) best = `The ${best}`;
  }
  return best;
}
