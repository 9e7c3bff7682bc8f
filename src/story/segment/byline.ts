/**
 * Bylines and the author names in them: "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
 * "By Dario Penn | Fox News", "by Maren Holt", "Written by Jane Roe, MS, RD on November 12, 2019",
 * "By Tobias Wren Business Columnist", "Lena Marsh, AP Sports Writer".
 */
import { findDates } from "./dates.js";

const BY = /^(?:by|written by|posted by|words by|story by|von|por|par|di|door|oleh|publicado por|escrito por|autor:?|author:?)\s+(?=\S)/iu;

/** Words that describe a job or an outlet rather than name a person. */
const ROLE_WORDS = new Set(
  ("senior contributor contributors staff writer writers reporter reporters correspondent correspondents editor editors " +
    "columnist columnists business sports sport chief political national international foreign deputy managing " +
    "associate assistant news press associated the times post journal herald tribune daily agency wire service " +
    "team desk digital online producer analyst author guest special investigative entertainment science health " +
    "technology tech opinion contributing bureau ap afp reuters cnn bbc upi dpa in on at for and of ms rd md phd mba")
    .split(" "),
);

export interface Byline {
  /** The byline as written, without a trailing date. */
  text: string;
  authors: string[];
}

/** Reads a byline line; null when the line is not one. */
export function parseByline(line: string): Byline | null {
  if (line.length > 200) return null;
  const by = BY.exec(line);
  if (!by) return null;
  let text = line;
  // Cut the date and anything after it ("By X on November 12, 2019", "By X Nov 17, 2019, 10:05am EST").
  const date = findDates(text)[0];
  if (date && date.index > by[0].length) text = text.slice(0, date.index);
  text = text.replace(/\s+(?:on|am|le|el|em|il|op|-|–|—|\||\/|／|•)\s*$/i, "").trim();
  const authors = authorsOf(text.slice(by[0].length));
  if (authors.length === 0) return null;
  return { text, authors };
}

/** The person names in what follows "By". */
export function authorsOf(names: string): string[] {
  let rest = names
    .replace(/@\w+/g, " ")
    .replace(/\s(?:\||-|–|—|\/|／|•|·)\s.*$/u, "") // "Dario Penn | Fox News", "GIULIA FERRANTE - 2019-04-10"
    .replace(/\s+(?:on|am|le)\s.*$/i, "");
  rest = rest.replace(/\s+/g, " ").trim();
  const parts = rest.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/iu);
  const authors: string[] = [];
  for (const raw of parts) {
    const name = cleanName(raw);
    if (name && !authors.includes(name)) authors.push(name);
  }
  return authors;
}

function cleanName(raw: string): string | null {
  let words = raw.trim().split(" ").filter(Boolean);
  // Trailing job titles: "Tobias Wren Business Columnist"
  while (words.length > 0 && ROLE_WORDS.has(words[words.length - 1]!.toLowerCase().replace(/[.,]$/, ""))) words.pop();
  // A name printed twice ("Owen Clarke Owen Clarke")
  const half = words.length / 2;
  if (words.length >= 4 && words.length % 2 === 0 && words.slice(0, half).join(" ") === words.slice(half).join(" ")) {
    words = words.slice(0, half);
  }
  if (words.length < 2 || words.length > 5) return null;
  if (words.some((w) => ROLE_WORDS.has(w.toLowerCase()) && !/^[\p{Lu}]/u.test(w))) return null;
  if (words.every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[.,]$/, "")))) return null;
  // Every word capitalised (or an initial, or a particle such as "de", "van", "al-")
  const nameWord = /^(?:[\p{Lu}][\p{L}'’.-]*|(?:de|da|del|der|van|von|la|le|di|du|al|bin|ibn|el|y)|[\p{Lu}]\.)$/u;
  if (!words.every((w) => nameWord.test(w))) return null;
  if (words.some((w) => /\.(?:com|org|net|co)\b/i.test(w))) return null;
  return words.join(" ");
}
