/**
 * Recognising attribution verbs ("said", "tells", "tweeted", "pointed out") on parsed tokens.
 *
 * The vocabulary (`SPEECH_VERBS` in the lexicon) holds base forms only, one-word ("say") and phrasal ("point
 * out"); every inflection is derived here, once: English's regular endings, plus the forms compromise's own
 * conjugation gives, which bring the irregular ones ("said", "told", "shot back") without a table of ours.
 * compromise gets some regular forms wrong ("quip" -> "quip" for "quipped"), so the rules stay beside it.
 */
import type { Token } from "../nlp/parse.js";
import { nlp } from "../nlp/compromise.js";
import { SPEECH_VERBS } from "../nlp/lexicon.js";

interface Conjugation { [form: string]: string | undefined }
type Conjugate = (verb: string, model: unknown) => Conjugation;
const conjugate = (nlp.methods() as { two: { transform: { verb: { conjugate: Conjugate } } } }).two.transform.verb.conjugate;
const model = nlp.model();

/** A final consonant a short stressed vowel doubles before -ed and -ing: "admit" -> "admitted", "quip" -> "quipped". */
const DOUBLES = /(?:[^aeiou]|qu)[aeiou][bdgklmnprtv]$/u;

/** The regular inflections of a one-word verb in base form, by English spelling rules. */
export function regularForms(base: string): string[] {
  const forms = [base];
  if (/(s|sh|ch|x|z|o)$/u.test(base)) forms.push(`${base}es`);
  else if (/[^aeiou]y$/u.test(base)) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (/e$/u.test(base)) {
    forms.push(`${base}d`, `${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/u.test(base)) {
    forms.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  } else {
    forms.push(`${base}ed`, `${base}ing`);
    // Doubling depends on stress ("admitted" but "visited"): both spellings are kept, the wrong one never occurs.
    if (DOUBLES.test(base)) forms.push(`${base}${base.slice(-1)}ed`, `${base}${base.slice(-1)}ing`);
  }
  return forms;
}

/** Every written form of a one-word verb: the regular ones and compromise's conjugation (irregular forms). */
export function inflections(base: string): string[] {
  const forms = new Set(regularForms(base));
  const conjugated = conjugate(base, model);
  for (const key of ["PastTense", "PresentTense", "Gerund", "Participle"]) {
    const form = conjugated[key];
    if (form && !form.includes(" ")) forms.add(form);
  }
  return [...forms];
}

/** form -> base form, for each set of base forms asked about (built once per set). */
const formTables = new WeakMap<ReadonlySet<string>, Map<string, string>>();

function formTable(bases: ReadonlySet<string>): Map<string, string> {
  let table = formTables.get(bases);
  if (!table) {
    table = new Map();
    for (const base of bases) for (const form of inflections(base)) if (!table.has(form)) table.set(form, base);
    formTables.set(bases, table);
  }
  return table;
}

const oneWordVerbs: ReadonlySet<string> = new Set(SPEECH_VERBS.filter((v) => !v.includes(" ")));

/** Phrasal verbs of saying: head form ("pointed") -> particle ("out") -> base ("point out"). */
const phrasalVerbs = new Map<string, Map<string, string>>();
for (const phrasal of SPEECH_VERBS.filter((v) => v.includes(" "))) {
  const [head, particle] = phrasal.split(" ") as [string, string];
  for (const form of inflections(head)) {
    const particles = phrasalVerbs.get(form) ?? new Map<string, string>();
    particles.set(particle, phrasal);
    phrasalVerbs.set(form, particles);
  }
}

/** The base form of a one-word speech verb ("tweeted" -> "tweet"), or null when the word is not one. */
export function speechVerbBase(word: string): string | null {
  return baseFormIn(word, oneWordVerbs);
}

/**
 * Whether `token` is the "called" of "so-called" (or "so called"), given the word before it. compromise splits
 * the adjective into "so" and "called", and "called" alone is a verb of saying and of naming; but "the
 * so-called “rebels”" reports no one's words: the writer flags a term. No reader of speech may take that
 * "called" for a verb.
 */
export function isSoCalled(before: Token | undefined, token: Token): boolean {
  if (token.normal === "so-called") return true;
  return token.normal === "called" && before?.normal === "so" && /^(?:-|\s+)$/u.test(before.post) && token.pre === "";
}

/**
 * The base form of `word` among `bases` ("tweeted" -> "tweet", "accused" -> "accuse", "dubbed" -> "dub"),
 * or null when it is none of them. `bases` should be a set kept for the program's life (its table is cached).
 */
export function baseFormIn(word: string, bases: ReadonlySet<string>): string | null {
  return formTable(bases).get(word.toLowerCase()) ?? null;
}

/**
 * The phrasal verb of saying a head and the word after it make ("points" + "out" -> "point out"), or null.
 * Nothing but a space may stand between them: "fired, back then" is no phrase.
 */
export function phrasalSpeechVerb(head: Token, next: Token | undefined): string | null {
  if (!next || !/^\s+$/u.test(head.post) || next.pre !== "") return null;
  if (!head.tags.has("Verb") && !head.tags.has("PhrasalVerb")) return null;
  return phrasalVerbs.get(head.normal)?.get(next.normal) ?? null;
}

/**
 * True when the token is a verb of saying, as a verb (not "the report", "a note"). compromise sometimes tags
 * "said" as an adjective ("the said property") in the middle of a long sentence, so any reading but a noun
 * counts. With the word after it, a phrasal verb counts too ("pointed out", "fired back").
 */
export function isSpeechVerb(token: Token, next?: Token): boolean {
  if (next !== undefined && phrasalSpeechVerb(token, next) !== null) return true;
  // compromise also reads an inflected verb of saying as an interjection before a colon and a contraction
  // ("Reyes said: “It's late.”", "he warned: “It’s …”"); the bare "say" of "than, say, the board" stays one.
  if (token.tags.has("Expression") && !token.tags.has("Verb") && !token.tags.has("Noun")) {
    const base = speechVerbBase(token.text);
    return base !== null && base !== token.normal;
  }
  if (!token.tags.has("Verb") && (token.tags.has("Noun") || !token.tags.has("Adjective"))) return false;
  return speechVerbBase(token.text) !== null;
}
