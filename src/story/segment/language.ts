/**
 * A cheap guess at the language of a text from its most common short words.
 *
 * Function words make up a third or more of any running text and differ between languages, so counting them
 * tells the common European languages apart with a few hundred words. Scripts that have no such words in our
 * lists (Cyrillic, Japanese, Korean, ...) are told by their letters. When nothing stands out the answer is null:
 * a wrong language is worse than none.
 */

const STOPWORDS: Record<string, string> = {
  en: "the of and to in is that for it on was with as he at by this are be have from or had not but they his her she which we an their been has were said would will who its there can more about",
  de: "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis",
  fr: "le la les de des et en un une du est que qui dans pour pas par sur au il elle plus ne se ce sont avec son sa ses aux ont été mais comme nous vous leur cette",
  es: "el la los las de del y en un una que es por para con no se su sus al lo como más pero le ya o este fue ha son entre cuando muy sin sobre también hasta",
  pt: "o a os as de do da dos das e em um uma que é para com não no na nos nas por mais se como ao foi mas ele ela seu sua ou quando muito já também são pelo pela",
  it: "il lo la i gli le di del della dei delle e in un una che è per con non si da al alla come più ma anche sono nel nella questo ha ci se",
  nl: "de het een en van in is dat op te zijn met voor niet aan er die als bij ook om maar uit dan nog wel naar werd door kan hij zij wordt",
  id: "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada adalah oleh karena saya kita mereka sudah bisa atau seperti pun kini masih telah bahwa kepada hingga saat sebagai tersebut lebih namun bagi perlu",
};

/** Each stopword with the languages it belongs to. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words.split(" ")) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);
}

/** Every word that is a stopword in at least one language we know: used to tell prose from labels. */
export const ANY_STOPWORD: ReadonlySet<string> = new Set(LANGUAGES_OF.keys());

/** The length of the longest stopword: longer words need no look-up. */
export const MAX_STOPWORD = Math.max(...[...LANGUAGES_OF.keys()].map((w) => w.length));

const WORD = /\p{L}+/gu;

/** How many characters of its text `guessLanguage` reads: the first ones. */
export const LANGUAGE_SAMPLE = 8000;

/** ISO 639-1 code of the language of `text`, or null when unsure. */
export function guessLanguage(text: string, evidence: LanguageEvidence = SURE): string | null {
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  const scripts = scriptCounts(sample);
  const letters = scripts.latin + scripts.cyrillic + scripts.kana + scripts.hangul + scripts.han + scripts.other;
  if (letters < 20) return null;
  if (scripts.kana > letters * 0.1) return "ja";
  if (scripts.hangul > letters * 0.3) return "ko";
  if (scripts.han > letters * 0.5) return "zh";
  if (scripts.cyrillic > letters * 0.5) return "ru"; // by far the most common Cyrillic language of news pages
  if (scripts.latin < letters * 0.5) return null;
  const counts = new Map<string, number>();
  let words = 0;
  let smallWords = 0;
  for (const m of sample.matchAll(WORD)) {
    words++;
    if (/^\p{Ll}/u.test(m[0])) smallWords++;
    if (m[0].length > MAX_STOPWORD) continue;
    const langs = LANGUAGES_OF.get(m[0].toLowerCase());
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || words < 8 || best[1] < evidence.minStopwords || smallWords > words * evidence.maxSmallShare) return null;
  // The winner must cover a fair share of the words and clearly beat the runner-up (the Romance languages
  // share many short words).
  if (best[1] < words * evidence.share) return null;
  if (second && best[1] < second[1] * evidence.lead) return null;
  return best[0];
}

/** How much a guess needs: the winner's share of the words, its lead over the runner-up, its fewest stopwords. */
export interface LanguageEvidence {
  share: number;
  lead: number;
  minStopwords: number;
  /** The most of the words that may be written in small letters: running prose is mostly small words. */
  maxSmallShare: number;
}

/** A story's prose: its stopwords a fair share of its words, clearly one language's. */
const SURE: LanguageEvidence = { share: 0.15, lead: 1.25, minStopwords: 0, maxSmallShare: 1 };

/**
 * A page without prose (a results table, a list of prices): its few stopwords, headline, captions and footer
 * included, are still the page's language when there are enough of them and one language has three times the
 * runner-up's ("the", "of", "and" among figures and names). Only on a page that is mostly names and figures: prose
 * whose stopwords were too few is in a language the lists lack (a Polish story's "na", "do", "a", "o" are
 * Portuguese's too), and no guess beats a wrong one.
 */
export const SPARSE: LanguageEvidence = { share: 0.02, lead: 3, minStopwords: 6, maxSmallShare: 0.5 };

/**
 * `texts` joined by `separator`, stopped as soon as the join is longer than LANGUAGE_SAMPLE: `guessLanguage`
 * of it is the guess of the whole join, without a copy of a story of millions of lines.
 */
export function languageSample(texts: Iterable<string>, separator = "\n"): string {
  const parts: string[] = [];
  let length = -separator.length;
  for (const text of texts) {
    parts.push(text);
    length += separator.length + text.length;
    if (length > LANGUAGE_SAMPLE) break;
  }
  return parts.join(separator);
}

interface ScriptCounts {
  latin: number;
  cyrillic: number;
  kana: number;
  hangul: number;
  han: number;
  other: number;
}

function scriptCounts(text: string): ScriptCounts {
  const c: ScriptCounts = { latin: 0, cyrillic: 0, kana: 0, hangul: 0, han: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if ((u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || (u >= 0xc0 && u <= 0x24f)) c.latin++;
    else if (u >= 0x400 && u <= 0x4ff) c.cyrillic++;
    else if (u >= 0x3040 && u <= 0x30ff) c.kana++;
    else if (u >= 0xac00 && u <= 0xd7af) c.hangul++;
    else if (u >= 0x4e00 && u <= 0x9fff) c.han++;
    else if (u > 0x24f && /\p{L}/u.test(text[i]!)) c.other++;
  }
  return c;
}
