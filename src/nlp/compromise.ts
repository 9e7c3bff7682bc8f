/**
 * compromise, set up once with newsx's news lexicon. Everything else imports `nlp` from here, so the
 * plugin is applied exactly once per process.
 */
import nlp from "compromise";
import { INSTITUTIONS, NEWS_OUTLETS } from "./lexicon.js";

function lexiconWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const name of [...NEWS_OUTLETS, ...INSTITUTIONS]) words[name] = "Organization";
  return words;
}

nlp.plugin({ words: lexiconWords() });

export { nlp };

type LexiconModel = { one: { lexicon: Record<string, string | string[]> } };
const lexicon = (nlp.model() as LexiconModel).one.lexicon;

/** The tag compromise's own lexicon gives a lower-case word or phrase ("canada" -> "Country"), if any. */
export function lexiconTag(word: string): string | undefined {
  const tag = lexicon[word];
  return Array.isArray(tag) ? tag[0] : tag;
}
