/**
 * Whether a quote capitalised like a title was spoken: "asked, “Really?”", "said, "Probably."", "chanted “USA!
 * USA!”", "“Quiet,” he demanded". A verb of saying right before the opening mark, or a speaker and verb of saying
 * right after a quote that hands over to them, make the words speech, however they are capitalised.
 */
import type { ParsedStory } from "../../nlp/parse.js";
import type { Attribution } from "./attribution.js";
import type { QuotedSpan } from "./marks.js";
import { baseFormIn, isSoCalled, isSpeechVerb, speechVerbBase } from "../speech-verbs.js";
import { NAMING_VERBS } from "../../nlp/lexicon.js";
import { NAMES_WORDS } from "./vocabulary.js";
import { TokenWindow } from "./token-window.js";
import { tokenIndexAt } from "./windows.js";

const NAMING: ReadonlySet<string> = new Set(NAMING_VERBS);
/** How many words before the mark a verb of naming may stand ("called the Soviet Union an “…”"). */
const NAMING_REACH = 4;

export function spokenAloud(parsed: ParsedStory, span: QuotedSpan, after: Attribution | null): boolean {
  const { tokens, text } = parsed;
  // "the slogan “Make Harbours Safe Again”", "chants of “Ada!”": the words a noun before the mark names.
  if (namedWordsAt(parsed, span.contentStart)) return true;
  // "asked, “Really?”": the verb's word, then at most a comma or a colon, then the mark.
  // Not "told “Fox and Friends,”": what "tell" takes first is whom it was told to.
  const last = tokens[tokenIndexAt(tokens, span.open) - 1];
  const adjacent = last !== undefined && last.region === tokens[tokenIndexAt(tokens, span.open)]?.region
    && /^[\s,:]*$/u.test(text.slice(last.end, span.open));
  // Not "the so-called “Rebels”": that "called" flags a term.
  const lastSays = adjacent && !isSoCalled(tokens[last.index - 1], last) && isSpeechVerb(last);
  if (lastSays && speechVerbBase(last.text) !== "tell") return true;
  // "called Rubio “Little Marco”", "a film titled “Low Tide”": a verb of naming a few words before the mark.
  const at = tokenIndexAt(tokens, span.open);
  for (const token of TokenWindow.of(tokens).before(at, NAMING_REACH).reverse()) {
    if (token.sentence !== tokens[at]?.sentence || /[.;:!?]/u.test(token.post)) break;
    if (token.tags.has("Verb") && baseFormIn(token.text, NAMING) !== null && !isSoCalled(tokens[token.index - 1], token)) return true;
  }
  // "“Quiet,” he demanded": the quote opens its sentence, hands over, and the words after it are its speaker and
  // verb ("on ABC's “This Week,” Ada Quill said" names a show).
  const content = text.slice(span.contentStart, span.contentEnd);
  const opensSentence = !adjacent || /[.!?]["'”’»]*\s*$/u.test(text.slice(last.start, span.open));
  if (!opensSentence || !after?.verb || after.speaker.length === 0 || !isSpeechVerb(after.verb) || !/[,!?]\s*$/u.test(content)) return false;
  const first = tokens[tokenIndexAt(tokens, span.close)];
  return first === after.speaker[0] || first === after.verb;
}

/**
 * Whether the quote whose words start at `contentStart` (UTF-16) gives the words a noun right before its opening
 * mark names: "the term “open port”", "the slogan “Make Harbours Safe Again”", "chants of “Ada!”", "by a
 * nickname, “Tilly.”". Such marks quote words someone used (PolNeAR counts them), whether they look like a term or
 * a title. Only a comma or a colon may stand between the noun (or its "of") and the mark.
 */
export function namedWordsAt(parsed: ParsedStory, contentStart: number): boolean {
  const { tokens, text } = parsed;
  const window = TokenWindow.of(tokens);
  const at = tokenIndexAt(tokens, contentStart);
  const last = window.at(at - 1);
  const first = window.at(at);
  if (!last || (first && first.sentence !== last.sentence)) return false;
  if (!/^[\s,:]*["“”‘’'«„`]+$/u.test(text.slice(last.end, contentStart))) return false;
  const noun = last.normal === "of" ? window.at(at - 2) : last;
  if (!noun || (noun !== last && !/^\s+$/u.test(text.slice(noun.end, last.start)))) return false;
  return NAMES_WORDS.has(noun.normal) && noun.tags.has("Noun");
}
