/**
 * compromise, set up once with newsx's news lexicon. Everything else imports `nlp` from here, so the
 * plugin is applied exactly once per process.
 */
import { createRequire } from "node:module";
import type Nlp from "compromise";

// compromise's ESM entry is ~400 small modules; its `require` entry is the same version built into one file,
// which loads in about two thirds of the CPU time (measured in docs/bench.md). Same API, same types.
const nlp = createRequire(import.meta.url)("compromise") as typeof Nlp;
import { INSTITUTIONS, NEWS_OUTLETS } from "./lexicon.js";
import { choosePostTaggerLoop, type LoopChoice } from "./post-tagger-loop.js";
import { bulkMatch } from "./sweep.js";

function lexiconWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const name of [...NEWS_OUTLETS, ...INSTITUTIONS]) words[name] = "Organization";
  return words;
}

/**
 * The post-tagger's rule loop, done faster with the same result (sweep.ts): half of a parse is spent there. Only
 * with the compromise version sweep.ts was checked against; any other keeps compromise's own loop, so that an
 * unexpected compromise can never change answers through sweep.ts (post-tagger-loop.ts).
 */
export const postTaggerLoop: LoopChoice = choosePostTaggerLoop(nlp.version, process.env.NEWSX_NO_SWEEP);
nlp.plugin(postTaggerLoop.sweep ? { words: lexiconWords(), methods: { one: { bulkMatch } } } : { words: lexiconWords() });

// newsx reads tags, never compromise's noun/verb chunks, so the chunker (about 8% of a parse) is not run.
const hooks = (nlp.world() as { hooks: string[] }).hooks;
if (hooks.includes("chunks")) hooks.splice(hooks.indexOf("chunks"), 1);

export { nlp };

type LexiconModel = { one: { lexicon: Record<string, string | string[]> } };
const lexicon = (nlp.model() as LexiconModel).one.lexicon;

/** The tag compromise's own lexicon gives a lower-case word or phrase ("canada" -> "Country"), if any. */
export function lexiconTag(word: string): string | undefined {
  const tag = lexicon[word];
  return Array.isArray(tag) ? tag[0] : tag;
}
