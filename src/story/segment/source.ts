/**
 * The publication that serves a page, as it names itself. Candidates come from the page title's site parts
 * ("Headline | Section | Site"), and from the copyright holder ("© 2019 Site Media LLC"); the one the page
 * repeats most (masthead, "Follow X", "X Newsletter", footer) wins, because a site names its brand over and over
 * while its owner company and a tagline appear once. Nothing here knows a site: only the page's own words.
 */

import { SMALL_TITLE_WORDS } from "../../nlp/lexicon.js";
import { isWireService } from "./agencies.js";
import { isStateOrCountry } from "./dateline.js";
import { knownFirstName } from "./byline.js";

/** Company forms and group words after a brand in a copyright line: "Forbes Media LLC" is Forbes. */
const COMPANY_TAIL = /(?:[\s,]+(?:llc|l\.l\.c\.|inc\.?|incorporated|ltd\.?|limited|corp\.?|corporation|co\.|plc|gmbh|ag|s\.a\.?|s\.l\.|pty|pvt\.?|private|\(p\)|media group|media|group|holdings))+\.?$/iu;

/** The holder in a copyright line: "Copyright 2012 ABC News Radio" gives "ABC News Radio". */
export function copyrightHolder(copyright: string): string | null {
  // "All rights reserved © 2019 X": the notice in front, the holder after it.
  let holder = copyright.replace(/^(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos os direitos reservados|todos los derechos reservados|tutti i diritti riservati)[.,]?\s*/i, "");
  // "© 2019 X is a registered trademark of Y Publishing Inc.": X is the brand, Y its owner.
  holder = holder.replace(/\s+is an? (?:registered )?trademark of\b.*$/iu, "");
  // "X is part of Y Press. © 2026": an ownership notice with the mark after it; X is the brand, Y its owner.
  holder = holder.replace(/\s+(?:is|are) (?:part of|owned by|published by|a (?:division|subsidiary|publication|brand|unit|member) of)\s.*$/iu, "");
  holder = holder.replace(/[.,]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos os direitos reservados|todos los derechos reservados|tutti i diritti riservati).*$/i, "");
  // What the notice covers, in front of it: "All content © 2026 X", "This site © 2018 X".
  holder = holder.replace(/^(?:all )?(?:content|contents|text|material|this (?:site|website|page)|site|website)(?: is)?\s+(?=©|\(c\)|copyright\b)/iu, "");
  // The site's other footer links and notices after the holder: "X. Terms of Service | Privacy Policy", "X Ltd.
  // Registered in England No. 1234567", "X and its licensors".
  holder = holder.replace(/[\s.,|·•]+(?:registered (?:in|office)\b|company (?:no|number|registration)\b|terms\b|privacy\b|cookies?\b|sitemap\b|contact us\b|accessibility\b|do not sell\b|ad ?choices\b|no part of\b|any reproduction\b|reproduction\b|unauthori[sz]ed\b).*$/iu, "");
  holder = holder.replace(/\s+and (?:its|their) (?:licensors|affiliates|partners|suppliers|subsidiaries|content providers)\b.*$/iu, "");
  // Strip the marks and years on either side: "© Copyright Valley Herald 2019", "Copyright © 2016-2019 X.", "© 2026 by X"
  const mark = /^(?:copyright|©|\(c\)|\d{4}(?:\s?[-–]\s?\d{4})?|[,.]|by(?=\s))\s*/i;
  for (let i = 0; i < 6 && mark.test(holder); i++) holder = holder.replace(mark, "");
  // A sentence after the holder is about its owner: "Cable News Network. A Warner Bros. Discovery Company."
  holder = holder.replace(/\.\s+(?:A|An|Part of|Member of|Owned by|Published by)\s.*$/u, "");
  // The owner after a comma: "Valley Sentinel, a Northgate Media company", "X, part of the Y Group".
  holder = holder.replace(/,\s+(?:an? [\p{L}&.' -]{2,60} (?:company|publication|brand|property|title)|part of\b.*|a (?:division|subsidiary|unit|member) of\b.*|owned by\b.*|published by\b.*)$/iu, "");
  // A credit of the site's makers after the holder: "Valley Sentinel. Theme by ThemeGrill", "X | Designed by Y". (At a
  // word's start: "Campsite on the Lake Gazette" is a name.)
  holder = holder.replace(/[.,|·•–—-]?\s*\b(?:wordpress )?(?:theme|design|designed|powered|hosted|developed|built|made|site|website|web design|web development)(?: and \p{L}+)? (?:by|with|on)\b.*$/iu, "");
  // What follows a dash or a bar is another notice: "Site 2019 - ISSN: 1234", "X LLC — Read our terms".
  holder = holder.replace(/\s+(?:-|–|—|\||·|•)(?:\s.*)?$/u, "");
  holder = holder.replace(/[\s,.]*(?:\d{4}(?:\s?[-–]\s?\d{4})?)?[\s,.]*$/, "").trim();
  // The mark after the name: "Valley Sentinel © 2026".
  holder = holder.replace(/\s*(?:©|\(c\)|copyright)$/iu, "").trim();
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

const WORD = String.raw`[\p{Lu}\p{N}](?:[\p{L}\p{N}&'’-]|\.(?=[\p{L}\p{N}]))*`;
const NAME = String.raw`((?:The )?${WORD}(?: ${WORD}){0,3})`;
/**
 * A copyright mark or rights notice that a footer runs on after an ownership or trademark notice, on the same line:
 * "The Bayside Star is part of Southern Cross News. © 2026", "... Group Ltd. All rights reserved."
 */
const NOTICE_TAIL = String.raw`(?:,?\s*(?:©|\([cC]\)|[Cc]opyright\b|[Aa]ll [Rr]ights [Rr]eserved\b)[^\n]*)?`;
/** What an ownership notice says between the brand and its owner. */
const OWNED_BY = String.raw`(?:is|are) (?:part of|owned by|published by|a (?:division|subsidiary|publication|brand|unit|member) of)(?: the)?`;
/**
 * A notice is a line of its own that ends with the owner's name: "The Bayside Star is part of Southern Cross News Pty
 * Ltd." A story's sentence about some title's owner ("The Daily Item is owned by Riverbend Media, which paid ...")
 * goes on after the name and names no site.
 */
const OWNERSHIP = new RegExp(String.raw`^${NAME} ${OWNED_BY} ((?:The )?${WORD}\.?(?: ${WORD}\.?){0,5})${NOTICE_TAIL}[ \t]*$`, "gmu");

/**
 * The brands and owners of a page's ownership notices ("The Bayside Star is part of Southern Cross News Pty Ltd",
 * "Harbour Daily is a registered trademark of ..." aside): the brand is the site, the owner never is.
 */
export function ownership(text: string): { brands: string[]; owners: string[] } {
  const brands: string[] = [];
  const owners: string[] = [];
  for (const m of text.slice(0, 400_000).matchAll(OWNERSHIP)) {
    brands.push(m[1]!);
    owners.push(brandOfHolder(m[2]!.replace(/[.,]+$/u, "")));
  }
  return { brands, owners };
}

/**
 * Places where a page names itself: "Follow X" (a social box), "X is a reporter for Y" / "Senior editor at Y"
 * (a staff note), "Subscribe to Y", "Sign up for the Y newsletter", "Y is a registered trademark of Z" (a name met
 * twice, or backed by another place). The site's service links ("About Y", "Contact Y") are SERVICE_LINKS below.
 */
const SELF_NAMING = [
  new RegExp(String.raw`^(?:Follow|Like) ${NAME}(?: on (?:Twitter|Facebook|Instagram|LinkedIn|YouTube))?$`, "gmu"),
  new RegExp(String.raw`\b(?:reporter|writer|editor|correspondent|columnist|contributor|producer|journalist)(?: [\p{Ll}]+){0,2} (?:for|at|with) ${NAME}(?=[.,;]?(?:\s|$))`, "gu"),
  new RegExp(String.raw`^(?:Subscribe to|Sign up for)(?: the)? ${NAME}(?: newsletters?)?$`, "gmu"),
  // A trademark notice: "Harbour Daily is a registered trademark of Harbour Publishing Group" names the brand, not its
  // owner. Like an ownership notice it ends with the owner's name: a story's "Monopoly is a registered trademark of
  // Hasbro, which ..." names a product.
  new RegExp(String.raw`^${NAME} is an? (?:registered )?trademark of (?:the )?${WORD}\.?(?: ${WORD}\.?){0,5}${NOTICE_TAIL}[ \t]*$`, "gmu"),
  // An ownership notice: "The Bayside Star is part of Southern Cross News Pty Ltd" (see ownership below).
  new RegExp(String.raw`^${NAME} ${OWNED_BY} (?:The )?${WORD}\.?(?: ${WORD}\.?){0,5}${NOTICE_TAIL}[ \t]*$`, "gmu"),
  // A desk byline: "Harbour Daily Editorial Staff", "Harbour Daily Staff".
  new RegExp(String.raw`^(?:By )?((?:The )?${WORD}(?: ${WORD}){0,3}?) (?:Editorial Staff|Staff|Editors|Newsroom|News Desk)$`, "gmu"),
];

/**
 * The site's own service links in the menu or the footer: "Contact Harbour Daily", "About the Harbour Daily",
 * "Advertise with Harbour Daily", "Download the Harbour Daily app". "About X" and "Contact X" also head a topic's
 * box ("About Gaza", "About Somerset"), a writer's ("About Kwabena Osei") or a story's own contact line ("Contact
 * Eastfield Food Bank"): a name met in one kind of link counts only where another place backs it (see
 * serviceLinkNames); one met in two kinds ("About X" and "Contact X") is the site's.
 */
/**
 * A social box's heading, a line of its own: "Harbour Ledger on Facebook", the platform as the kind of line. (Not "X
 * Newsletter": "Daily Newsletter", "Email Newsletter" and "Weekly Newsletter" name the letter, and took three sites'
 * place on the gold when tried.)
 */
const SOCIAL_BOX = [new RegExp(String.raw`^(?=.* on (Twitter|Facebook|Instagram|LinkedIn|YouTube)$)${NAME} on \1$`, "gmu")];

/** A social box's call to the reader, not a name: "Find Us on Facebook", "Join Our Community on Facebook", "Visit Your Page on Twitter". */
const CALL_TO_ACTION = /^(?:Find|Join|Like|Follow|Connect|Watch|Chat|Visit|Share|See|Read|Check|Catch|Message|Listen|View|Discover|Stay|Talk|Reach)\b|\b(?:Us|Me|Our|Your|You|My)\b/iu;

const SERVICE_LINKS = [
  new RegExp(String.raw`^(Contact|About|Advertise (?:with|on|in)|Careers at|Work (?:for|at)|Jobs at)(?: the)? ${NAME}$`, "gmu"),
  new RegExp(String.raw`^(Download|Get)(?: the)? ${NAME} [Aa]pps?$`, "gmu"),
];

/**
 * The site's greetings and letters, anywhere in a line: "Welcome to Tidewatch, ...", "Subscribe to Tidewatch today",
 * "Tidewatch Newsletters". Each also names a letter, a product or a place ("Welcome to Springfield", "Daily
 * Newsletter"): a name read here counts only when a domain the page prints spells it ("tidewatch.com").
 */
const DOMAIN_BACKED = [
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:Welcome to|Subscribe to|Sign up (?:for|to)|Thanks for reading|Support)(?: the)? ${NAME}(?=[\s,.!?'’]|$)`, "gmu"),
  new RegExp(String.raw`^${NAME} (?:Newsletters?|App|Podcast)\b`, "gmu"),
];

/** The names a page gives itself in staff notes, social boxes and newsletter boxes, wire services left out. */
export function selfNames(text: string): string[] {
  const names = new Set(namesIn(text, SELF_NAMING).keys());
  for (const [name, kinds] of namesIn(text, SERVICE_LINKS)) if (kinds.size >= 2) names.add(name);
  const printed = pageDomains(text);
  for (const name of namesIn(text, DOMAIN_BACKED).keys()) if (printed.some((d) => domainSpells(d, name))) names.add(name);
  // A bare "X on Facebook" heads the box of whoever the story is about as well ("Riverside Food Bank on Facebook"
  // under a story about the food bank): the site's own box names it on two platforms, and the page names it in no
  // sentence (every other time it stands, it stands as a line of its own).
  const social = [...namesIn(text, SOCIAL_BOX)].filter(([name, kinds]) => kinds.size >= 2 && !names.has(name) && !CALL_TO_ACTION.test(name) && !LINK_WORDS.test(name)).slice(0, MAX_PER_POSITION);
  if (social.length > 0) {
    const lineCounts = new Map<string, number>();
    for (const line of text.slice(0, 400_000).split("\n")) {
      const key = line.trim().toLowerCase();
      lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);
    }
    // (The kinds are the platforms lower-cased.)
    const count = (line: string) => lineCounts.get(line.toLowerCase()) ?? 0;
    // And the page backs it as its own: a line that is the name alone (the masthead) or a domain that spells it. A
    // team's or a charity's box under a story ("Harbor City Hawks on Facebook", "... on Instagram") has neither.
    const domains = pageDomains(text);
    for (const [name, kinds] of social) {
      const alone = count(name) + [...kinds].reduce((n, platform) => n + count(`${name} on ${platform}`), 0);
      const backed = count(name) > 0 || domains.some((d) => domainSpells(d, name));
      if (backed && occurrences(text, name) <= alone) names.add(name);
    }
  }
  return [...names];
}

/** Every name the page's service links give it ("About X", "Contact X"), met in one kind of link or more. */
export function serviceLinkNames(text: string): string[] {
  return [...namesIn(text, SERVICE_LINKS).keys()];
}

/** The names the patterns' last group captures, each with the kinds of line it was met in (a pattern's first group, else its index). */
function namesIn(text: string, patterns: RegExp[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const [k, pattern] of patterns.entries()) {
    for (const m of text.slice(0, 400_000).matchAll(pattern)) {
      const name = m[m.length - 1]!.replace(/['’]s$/u, "").replace(/[.'’-]+$/u, "").trim();
      // Not a wire, a word of the box itself ("Follow Us", "Subscribe to Newsletters"), or a person to follow.
      if (name.length < 2 || isWireService(name) || /^(?:Us|Me|Him|Her|Them|Newsletters?|Loading)\b/u.test(name)) continue;
      // A service link's word, not a name: "About the Author", "Contact Our Team", "About This Site".
      if (/^(?:The |Our |This )?(?:Authors?|Writers?|Editors?|Team|Site|Website|Company|Cookies|Privacy|Advertising|Careers|Newsroom|Press)$/u.test(name)) continue;
      if (/^(?:Our|The|Your|My|All|Editorial|Senior|Staff)$/u.test(name)) continue;
      if (knownFirstName(name.split(" ")[0]!) && name.split(" ").length > 1) continue;
      const kind = m.length > 2 ? m[1]!.toLowerCase() : String(k);
      // "About Brightwell Robotics" over "Brightwell Robotics designs and builds ...": a press release's paragraph
      // about the company that issued it, not the site's link.
      if (m.length > 2 && aboutParagraph(text, m.index! + m[0].length, name)) continue;
      names.set(name, (names.get(name) ?? new Set<string>()).add(kind));
    }
  }
  return names;
}

/** Whether the line after `end` is a sentence about `name`: it opens with the name and runs eight words or more. */
function aboutParagraph(text: string, end: number, name: string): boolean {
  const next = text.slice(end).replace(/^\r?\n/u, "").split("\n", 1)[0] ?? "";
  return next.startsWith(name) && next.split(/\s+/u).length >= 8;
}

/** Top-level domain endings, country forms ("co.uk", "com.br") included. */
const TLD = String.raw`(?:co\.uk|com\.br|com\.au|co\.jp|co\.in|com|org|net|info|news|tv|io|ru|de|fr|it|br|in|ca|au|uk|ie|ng|jp|es|nl|pl|ch|at|be|za|nz|mx|ar|co)`;
const DOMAIN_END = new RegExp(String.raw`\.${TLD}$`, "u");
/** A whole text that is a domain: "valleysentinel.com", "news.harbour.co.uk". */
const WHOLE_DOMAIN = new RegExp(String.raw`^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.${TLD}$`, "iu");

const compact = (s: string) => s.toLowerCase().replace(DOMAIN_END, "").replace(/[^\p{L}\p{N}]/gu, "");
/**
 * The letters of a name without its leading "The" as a word: "The Harbour Ledger" is spelt "harbourledger.com" by
 * its domain, while "thehill.com" keeps its "the" (no word of its own there, and compact() already matches "The Hill").
 */
const withoutThe = (s: string) => compact(s.replace(/^the\s+/iu, ""));

/** Whether a domain spells a name letter for letter, with or without its leading "The" ("harbourledger.com", "The Harbour Ledger"). */
export function domainSpells(domain: string, name: string): boolean {
  return compact(domain) === compact(name) || compact(domain) === withoutThe(name);
}

/** Whether a holder's brand and a title part name the same thing: "AUTORACING" and "Autoracing", "Sputnik" in "Sputnik International". */
function sameBrand(brand: string, part: string): boolean {
  const a = compact(brand);
  const b = compact(part);
  if (a.length < 3 || b.length < 3) return false;
  if (a === b || withoutThe(brand) === withoutThe(part)) return true;
  const [short, long] = a.length < b.length ? [brand, part] : [part, brand];
  return occurrences(long, short) > 0;
}

const SMALL_WORDS = new Set(SMALL_TITLE_WORDS);

/** A tagline rather than a name: lower-case words other than short joining words ("Memorabilia anni 80/90"). */
function looksLikeTagline(part: string): boolean {
  // A domain ("valleysentinel.com", "cleveland.com") is the site's name as it writes it.
  if (WHOLE_DOMAIN.test(part.trim())) return false;
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

/** Where on a page a candidate brand was read. */
export type Position = "title" | "copyright" | "self" | "byline" | "masthead" | "domain";

/** What a page says about its own name, gathered by segment.ts from the places a site names itself. */
export interface BrandEvidence {
  /** Site parts cut off the page title, rightmost first ("BBC News" of "Headline - BBC News"). */
  titleParts: string[];
  /** Copyright holders, the story's own first ("Forbes Media LLC"). */
  holders: string[];
  /** Short name lines over the story and under it: a masthead, a footer's name. */
  mastheads: string[];
  /** What a byline holds besides its people ("USA TODAY" of "Jane Roe and John Doe USA TODAY"), or null. */
  bylineOutlet: string | null;
  /** Whether the byline names people besides its outlet ("Jane Roe, The Conversation"); absent: it does not. */
  bylineNamesPeople?: boolean;
  /** The page without its title and copyright lines: where names are counted and domains read. */
  rest: string;
}

interface Candidate {
  name: string;
  position: Position;
}

/**
 * How much a position's word counts. A site's own title suffix is the surest single place (sites put their brand
 * there); every other place counts one, so that two of them agreeing outweigh one alone.
 */
const WEIGHT: Record<Position, number> = { title: 10, copyright: 1, self: 1, byline: 1, masthead: 0.5, domain: 1 };
/** On a tie of weight and naming, which place's candidate wins: the title's, then the page's own prose forms. */
const SPELLING: Position[] = ["title", "self", "byline", "masthead", "copyright", "domain"];

/** The last word of a publication's title: "The Harbour Daily", "Valley Sentinel", "Lakeview Gazette". */
const PUBLICATION_HEAD = /\s(?:Daily|Times|News|Post|Herald|Journal|Gazette|Tribune|Magazine|Review|Chronicle|Star|Sun|Observer|Telegraph|Express|Mail|Standard|Record|Register|Courier|Dispatch|Press|Today|Weekly|Monitor|Sentinel|Examiner|Independent|Guardian|Inquirer|Bulletin|Leader|Reporter|Enquirer|Argus|Advertiser|Globe|Mirror|Echo|Times-\p{Lu}\p{L}+)$/u;

/** At most this many names of one kind take part: a page naming itself in more ways than this is no ordinary page. */
const MAX_PER_POSITION = 50;

const DOMAIN = new RegExp(String.raw`(?<![\p{L}\p{N}_./-])(?:[\p{L}\p{N}-]+\.)*?([\p{L}\p{N}-]{2,40})\.${TLD}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])`, "giu");

/**
 * The sites a page names by domain ("albawaba.com", "www.nbcnews.com", "tips@houstonchronicle.com"), as their
 * registered name ("nbcnews.com"), most often named first.
 */
export function pageDomains(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, 400_000).matchAll(DOMAIN)) {
    const whole = m[0].toLowerCase();
    const label = m[1]!.toLowerCase();
    if (label === "www") continue;
    const domain = whole.slice(whole.lastIndexOf(`${label}.`));
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_PER_POSITION).map(([domain]) => domain);
}

/** Words of a byline that say what a person does, not where: "Staff Writer", "Senior Contributor", "Editor-at-large". */
const ROLE = /^(?:staff|editorial|writers?|editors?|editor-at-large|reporters?|correspondents?|columnists?|contributors?|contributing|senior|chief|national|special|deputy|managing|associate|assistant|political|investigative|producer|analyst|guest|news|desk|team|and|by)$/iu;

/**
 * The outlet a byline names besides its people: "USA TODAY" of "Kevin Roe and Kevin Doe USA TODAY", "Harbour Daily"
 * of "Harbour Daily Editorial Staff", "IGN" of "Eric Roe, IGN Staff". Job words, wire services and section names
 * are no outlet: "Jane Roe, Associated Press" and "Jane Roe Business Columnist" give null.
 */
export function bylineOutlet(byline: string, authors: string[]): string | null {
  let rest = byline.replace(/^(?:by|posted by|written by|analysis by|author|autor)\b\s*:?\s*/iu, "");
  for (const author of authors) rest = rest.split(author).join(" ");
  const words = rest.split(/[\s,|/•·–—]+/u).filter((w) => w && !ROLE.test(w) && !/^[-&]$/u.test(w));
  const outlet = words.join(" ").trim();
  if (words.length === 0 || words.length > 4 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return null;
  if (isWireService(outlet) || isSection(outlet) || outlet.length < 2) return null;
  return outlet;
}

/** A line's parts between bars and dots: "Home | Sport | Weather". */
const MENU_SEPARATOR = /\s[|·•]\s/u;

/**
 * Whether a line's parts are a menu: two or more, one of them a section's name ("Home | Sport | Marketplace",
 * "Trending Now | Weather"). A name among them is a part of the site, not the site.
 */
function isMenu(parts: string[]): boolean {
  return parts.length >= 2 && parts.some((p) => isSection(p.trim()));
}

/** The items of the page's menu lines, lower-cased: a name among them names a part of the site, not the site. */
export function menuItems(text: string): Set<string> {
  const items = new Set<string>();
  for (const line of text.slice(0, 400_000).split("\n")) {
    if (line.length > 120 || !MENU_SEPARATOR.test(line)) continue;
    const parts = line.split(MENU_SEPARATOR);
    if (isMenu(parts)) for (const p of parts) items.add(p.trim().toLowerCase());
  }
  return items;
}

/**
 * The names a masthead or footer line may hold (none from a menu line): the line itself or its parts between bars and dots ("Valley Daily ·
 * 2013-2019" gives "Valley Daily"), each a short run of capitalised words or a domain, not a section's name.
 */
export function mastheadNames(line: string): string[] {
  if (line.length > 120) return [];
  const names: string[] = [];
  const parts = line.split(MENU_SEPARATOR);
  if (isMenu(parts)) return [];
  for (const raw of parts) {
    const part = raw.trim();
    const words = part.split(/\s+/u);
    if (part.length < 2 || part.length > 40 || words.length > 5 || /[.!?:,;]$|@|\d{3,}/u.test(part)) continue;
    const domain = WHOLE_DOMAIN.test(part);
    if (!domain && !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w))) continue;
    if (isSection(part)) continue;
    names.push(part);
  }
  return names;
}

/** The letters of a name's capitalised words: "Cable News Network" gives "cnn", "The Hollywood Reporter" "thr". */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join("");
}

/**
 * Whether two candidates name one brand: the same letters ("AUTORACING", "Autoracing"; "nbcnews.com", "NBC News"),
 * one inside the other as whole words ("BBC" in "BBC News"), or one the initials of the other ("CNN" and "Cable
 * News Network", "thr.com" and "The Hollywood Reporter").
 */
function agree(a: string, b: string): boolean {
  if (sameBrand(a, b)) return true;
  const [short, long] = compact(a).length <= compact(b).length ? [a, b] : [b, a];
  const letters = compact(short);
  return letters.length >= 2 && letters.length <= 5 && long.split(/\s+/u).length >= 2 && initialsOf(long) === letters;
}

function candidatesOf(evidence: BrandEvidence): Candidate[] {
  const out: Candidate[] = [];
  const add = (names: Iterable<string>, position: Position) => {
    let n = 0;
    for (const name of names) {
      if (n++ >= MAX_PER_POSITION) break;
      if (!out.some((c) => c.position === position && c.name === name)) out.push({ name, position });
    }
  };
  add(evidence.titleParts.filter((p) => !looksLikeTagline(p) && !isSection(p)), "title");
  add(evidence.holders.map(brandOfHolder).filter((b) => !isWireService(b)), "copyright");
  // "Follow Marketplace" over a menu holding "Marketplace": a section's social box, not the site's.
  const menu = menuItems(evidence.rest);
  const selves = selfNames(evidence.rest);
  add(selves.filter((n) => !menu.has(n.toLowerCase())), "self");
  // A service link's name met in one kind of link only where another place names the site so too ("About Examiner"
  // under "© Washington Examiner"): alone, "About Gaza" heads a topic's box.
  // (Not the link's own line, read as a masthead line too.)
  const linkLine = (m: string) => SERVICE_LINKS.some((re) => new RegExp(re.source, "u").test(m));
  const backers = [...evidence.titleParts, ...evidence.holders.map(brandOfHolder), ...evidence.mastheads.filter((m) => !linkLine(m)), ...pageDomains(evidence.rest)];
  if (evidence.bylineOutlet) backers.push(evidence.bylineOutlet);
  const backed = (n: string) => backers.some((b) => agree(n, b));
  add(serviceLinkNames(evidence.rest).filter((n) => !selves.includes(n) && !menu.has(n.toLowerCase()) && backed(n)), "self");
  if (evidence.bylineOutlet) add([evidence.bylineOutlet], "byline");
  add(evidence.mastheads.filter((m) => !isWireService(m) && !menu.has(m.toLowerCase())), "masthead");
  add(pageDomains(evidence.rest), "domain");
  return out;
}

/**
 * The publication's name by agreement between the places a site names itself: the page title's site part, the
 * copyright holder, the name in "Follow X" / "a reporter for X" / "X Staff", the outlet in the byline, a masthead or
 * footer line, and the domains the page prints. A site's brand stands in several of them ("Harbour Daily" in the
 * title, "harbourdaily.com" in the footer, "Follow Harbour Daily"), while an owner company stands in the copyright
 * line alone and a section's name in the title alone. Each candidate scores the weights of the places that agree
 * with it; the best wins (a title part first on a tie, then the name the page repeats most). Nothing here knows a
 * site. Measured on the shared pages it gives the same answers as the title-first rules it replaced (tuning and
 * checking unchanged); what it adds is that a name backed by several places is preferred for a reason.
 * - a title part that is only a section ("Auto News") or a tagline counts for nothing, but stays the answer when
 *   nothing else names the page (and the copyright holder is never named elsewhere);
 * - a self-name alone needs naming twice; a masthead line, a domain or a byline's outlet only back a name read
 *   elsewhere: menus and links name sister sites, and a syndicated story's byline names the paper it comes from
 *   (tried: a byline's outlet named twice winning alone; the checking part lost a page);
 * - a name that is an item of a menu line (bars between parts, one of them a section: "Home | Sport | Marketplace")
 *   names a part of the site: its "Follow X" box and its masthead lines count for nothing, and a menu line backs none;
 * - wire services are never the site (an AP story's "© Associated Press" on a local site), unless only they remain;
 * - the spelling is the title's, else the winner's own, with initials spelt out ("WSJ", "Wall Street Journal"), a
 *   joined name spaced ("CBSSports.com", "CBS Sports") and "The" as the page writes them.
 */
export function chooseBrand(pageEvidence: BrandEvidence): string | null {
  // A title part that is a place with its state or country ("Headline - News - The Bridgeport Chronicle -
  // Bridgeport, CT") says where the paper is, not what it is called.
  const evidence = { ...pageEvidence, titleParts: pageEvidence.titleParts.filter((p) => !isPlaceWithRegion(p)) };
  const { rest } = evidence;
  const candidates = candidatesOf(evidence);
  const scored = candidates.map((c) => {
    const positions = new Set<Position>();
    for (const other of candidates) if (!positions.has(other.position) && (other === c || agree(c.name, other.name))) positions.add(other.position);
    let score = 0;
    for (const p of positions) score += WEIGHT[p];
    return { ...c, positions, score, named: -1 };
  });
  const named = (s: (typeof scored)[number]) => (s.named >= 0 ? s.named : (s.named = occurrences(rest, s.name)));
  const fallbackTitle = evidence.titleParts[0] ?? null;
  let masthead: string | null | undefined;
  // A paper's title printed twice stands only against an owner-like holder: a holder that is itself a paper's name
  // ("© 2026 Valley Sentinel") is the site, and a newsletter's or section's name of that shape ("The Morning Mail",
  // "Business Today") printed over and under the story is not.
  const ownerLikeHolder = evidence.holders.length > 0 && !evidence.holders.some((h) => PUBLICATION_HEAD.test(` ${brandOfHolder(h)}`));
  const ownMasthead = () => (masthead === undefined ? (masthead = mastheadBrand(evidence, scored) ?? (ownerLikeHolder ? publicationMasthead(evidence) : null)) : masthead);
  // An ownership notice names the site and its owner: the brand needs no second naming, the owner is never the site.
  const owned = ownership(rest);
  const isOwner = (s: (typeof scored)[number]) => s.position === "copyright" && owned.owners.some((o) => agree(o, s.name)) && !owned.brands.some((b) => agree(b, s.name));
  // A byline's outlet or desk ("Valley Sentinel Staff", "LinkNaija" over the date) stands for the site when nothing
  // else names it: no title part, no copyright holder, no self-naming. (Tried: the outlet over a copyright holder the
  // page names nowhere else, an owner company like "© Copyright Northgate"; the checking part lost a page, as a
  // syndicated story's byline names the paper it comes from.)
  // Only a byline that is the outlet alone, the site's own account or desk: an outlet after a writer's name is often
  // the paper a syndicated story comes from ("Tom Reyes, The Conversation", "By Tom Reyes | Kaiser Health News").
  const bylineStands = (s: (typeof scored)[number]) =>
    s.position === "byline" && evidence.bylineNamesPeople !== true && evidence.titleParts.length === 0 && evidence.holders.length === 0 && !scored.some((o) => o.position === "self");
  const eligible = scored.filter((s) => {
    if (owned.brands.length > 0 && isOwner(s)) return false;
    if (bylineStands(s)) return true;
    if (s.position === "self" && owned.brands.includes(s.name)) return true;
    switch (s.position) {
      case "title":
        return true;
      case "copyright":
        // A holder that nothing backs and the page names nowhere else, on a page whose title names no site, yields to
        // the page's own masthead name (below): "© 2026 Northgate Media Group" under "The Lakeside Courier" printed over
        // the menu and under the story is the owner's notice.
        return s.positions.size >= 2 || named(s) > 0 || (fallbackTitle === null && ownMasthead() === null);
      case "self":
        return s.positions.size >= 2 || named(s) >= 2;
      default:
        // Masthead lines, domains and a byline's outlet only back a name read elsewhere. (Tried: a masthead name that
        // the page's domain spells, alone; no change on the gold, and a network's menu of sister sites has that shape.)
        return false;
    }
  });
  const rank = (s: (typeof scored)[number]) => [s.score, s.positions.has("title") ? 1 : 0, named(s), -SPELLING.indexOf(s.position)];
  const better = (a: number[], b: number[]) => {
    const i = a.findIndex((v, k) => v !== b[k]);
    return i >= 0 && a[i]! > b[i]!;
  };
  let winner: (typeof scored)[number] | null = null;
  for (const s of eligible) if (winner === null || better(rank(s), rank(winner))) winner = s;
  let best: string | null;
  if (winner !== null) {
    // The winner's own spelling, or the title's when a title part names it.
    const w = winner;
    best = scored.find((s) => s.position === "title" && (s === w || agree(w.name, s.name)))?.name ?? null;
    // Else the winner's own, or its initials when the page writes those more: "CNN" in the byline and the
    // dateline over "Cable News Network" of the copyright line.
    if (best === null) {
      let form = w;
      for (const s of scored) if (s.position !== "domain" && initialsOf(w.name) === compact(s.name) && named(s) > named(form)) form = s;
      best = form.name;
      // A short form of the copyright holder's brand ("Examiner" of "About Examiner", "© Washington Examiner"): the
      // holder's full name is the brand.
      const short = best;
      const full = scored.find((s) => s.position === "copyright" && s.name.length > short.length && occurrences(s.name, short) > 0);
      if (full !== undefined) best = full.name;
      // An owner's name cut short ("Harbour" of "© Harbour Media Group") inside a masthead or a self-naming that reads
      // as a publication's title ("The Harbour Daily"): the title is the brand, the owner's name only its first word.
      const cut = best;
      if (w.position === "copyright" && evidence.holders.some((h) => brandOfHolder(h) === cut && h !== cut)) {
        // (Or the byline's outlet: "By Ann Lee, The Northwind Journal" over "Copyright Northwind Holdings Inc.")
        const title = scored.find((s) => (s.position === "masthead" || s.position === "self" || s.position === "byline") && s.name.length > cut.length && occurrences(s.name, cut) > 0 && PUBLICATION_HEAD.test(s.name));
        if (title !== undefined) best = title.name;
      }
    }
  } else {
    // A wire service's notice (an AP story's "Copyright 2026 The Associated Press") only when the page names itself
    // nowhere else, not even by a masthead line its domain spells.
    const brands = evidence.holders.map(brandOfHolder);
    // (A holder passed over for the masthead's name above, or an owner, comes after it.)
    best = fallbackTitle ?? ownMasthead() ?? brands.find((b) => !isWireService(b)) ?? brands[0] ?? null;
  }
  if (best === null) return null;
  best = bareBrand(rest, best) ?? best;
  best = expandedForm(rest, best) ?? best;
  const spaced = spacedForm(rest, best);
  if (spaced !== null && occurrences(rest, spaced) > occurrences(rest, best)) best = spaced;
  if (!/^the\s/iu.test(best)) {
    const withThe = occurrences(rest, `The ${best}`);
    if (withThe >= 2 && withThe * 2 >= occurrences(rest, best)) best = `The ${best}`;
  }
  return best;
}

/**
 * The brand inside a title part that carries more than the brand: its domain ending ("Harbourdaily.com" on a page
 * that prints "Harbourdaily" as its masthead line) or two or more section words after it ("KXYZ Local News" on a page
 * that names "KXYZ" on its own far more often). One section word stays ("BBC News", "CBS Sports" are brands of their
 * own). Null when the part is the brand as the page writes it.
 */
export function bareBrand(rest: string, name: string): string | null {
  const domain = /^([\p{L}\p{N}-]{2,40})\.(?:com|org|net|co\.uk|com\.au|co|news|tv|info|io)$/u.exec(name.trim());
  if (domain) {
    // The bare name as a masthead line of its own, the page naming it without the ending at least as often as with it.
    const bare = domain[1]!;
    const alone = rest.split("\n").filter((line) => line.trim() === bare).length;
    return alone >= 1 && occurrences(rest, bare) - occurrences(rest, name) >= occurrences(rest, name) ? bare : null;
  }
  const words = name.trim().split(/\s+/u);
  let cut = words.length;
  while (cut > 1 && SECTION_WORDS.has(words[cut - 1]!.toLowerCase()) && words[cut - 1] !== "&") cut--;
  if (words.length - cut < 2 || cut === 0) return null;
  const brand = words.slice(0, cut).join(" ");
  if (brand.length < 2 || isSection(brand) || looksLikeTagline(brand)) return null;
  const whole = occurrences(rest, name);
  return occurrences(rest, brand) - whole >= 2 * Math.max(1, whole) ? brand : null;
}

/** Words of a site's own links and notices, which a header and a footer both print: never its name. */
const LINK_WORDS = /\b(?:home|contact|about|us|terms|privacy|policy|cookies?|sitemap|site map|search|menu|login|log in|sign in|sign up|subscribe|newsletters?|advertise|careers|help|faq|rss|more|share|comments?|follow|weather|traffic|obituaries|classifieds|jobs|events|calendar|deals)\b/iu;

/**
 * A name line of the masthead or the footer standing for the site when nothing else names it (no title part, no
 * copyright holder, no self-naming): a page whose <title> is the headline alone and whose footer prints no notice
 * still prints its name over the menu and under the story ("Cedar Valley Today" twice) and its domain
 * ("cedarvalleytoday.com"). So: a masthead name that a page domain spells letter for letter and that the page prints
 * twice or more, not a link's word ("Contact Us"). A network's list of sister sites names each once.
 * (Tried: a masthead name the page names three times, once in a sentence, without a domain: it took a press
 * release's company, named in every paragraph and in the contact lines, for the site.)
 */
function mastheadBrand(evidence: BrandEvidence, scored: { name: string; position: Position }[]): string | null {
  const domains = scored.filter((s) => s.position === "domain").map((s) => s.name);
  let best: { name: string; named: number } | null = null;
  for (const s of scored) {
    if (s.position !== "masthead" || LINK_WORDS.test(s.name) || WHOLE_DOMAIN.test(s.name)) continue;
    if (!domains.some((d) => domainSpells(d, s.name))) continue;
    const named = occurrences(evidence.rest, s.name);
    if (named >= 2 && (best === null || named > best.named)) best = { name: s.name, named };
  }
  return best?.name ?? null;
}

/**
 * A publication's title printed as a masthead line of its own at least twice, over the menu and under the story ("The
 * Lakeside Courier"), by the shape of a paper's name (PUBLICATION_HEAD), not a link's word nor a menu's item. Only to
 * stand against a copyright holder that nothing else backs: a network's list of sister sites prints each name once.
 */
function publicationMasthead(evidence: BrandEvidence): string | null {
  const menu = menuItems(evidence.rest);
  const counts = new Map<string, number>();
  for (const m of evidence.mastheads) {
    if (!PUBLICATION_HEAD.test(m) || LINK_WORDS.test(m) || isWireService(m) || menu.has(m.toLowerCase())) continue;
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let best: { name: string; n: number } | null = null;
  for (const [name, n] of counts) if (n >= 2 && (best === null || n > best.n)) best = { name, n };
  return best?.name ?? null;
}

/** "Bridgeport, CT", "Salem, Ore.", "Lyon, France": capitalised words, a comma, then a state or a country. */
export function isPlaceWithRegion(part: string): boolean {
  const m = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}), (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})$/u.exec(part.trim());
  return m !== null && isStateOrCountry(m[2]!);
}

/** The brand from the title's site parts, one copyright holder and the rest of the page (no masthead or byline known). */
export function chooseSource(titleParts: string[], holder: string | null, rest: string): string | null {
  return chooseBrand({ titleParts, holders: holder ? [holder] : [], mastheads: [], bylineOutlet: null, rest });
}
