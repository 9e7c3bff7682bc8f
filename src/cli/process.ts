/**
 * One input in, one outcome out: read, decode, extract. Self-contained and serialisable both ways, so the
 * same function runs on the main thread (one story, or --jobs 1) and in a worker thread (src/cli/worker.ts).
 *
 * The extractors are imported on first use, not at start-up: the full one loads compromise, which costs
 * several times Node's own start, and `meta`/`paragraphs` never need it.
 */
import { InputError, LineError, parseStoryLine, readInput, type Input, type ReadOptions } from "../io/index.js";
import type { ErrorRecord, Story } from "../types.js";
import { deadlineMs, isStackOverflow, LimitError, stackOverflowError, timeoutError, withDeadline, type StoryLimits } from "./limits.js";
import { poisonEnabled, swallowPoison } from "./poison.js";

export interface StoryResult {
  ok: true;
  file: string;
  encoding: string;
  story: Story;
  /** --input jsonl: the line's id as given (a number or a string) and where the line stands ("<source>:<line>"). */
  line?: { id: string | number; where: string };
}

export interface FailedResult {
  ok: false;
  record: ErrorRecord;
  /** Set when the failure is a bug in newsx rather than something about the input (code INTERNAL). */
  bug?: Error;
}

export type Result = StoryResult | FailedResult;

/** How much of a story a command needs. */
export type Depth =
  /** meta, paragraphs and boilerplate: no language analysis, compromise is never loaded. */
  | "layout"
  /** everything, entities and quotes included. */
  | "full";

export interface ProcessOptions extends ReadOptions {
  depth: Depth;
  /**
   * The Story's boilerplate and a long story's paragraphs as views that make each item when it is read
   * (src/story/extract.ts, COLUMN_VIEWS): for a Story only written (JSON, rows, cells) in the thread that made it, never
   * posted to another.
   */
  columnViews?: boolean;
  /** Analyse names and quotes whatever the story's language (--any-language; src/story/extract.ts). */
  anyLanguage?: boolean;
  /**
   * Stop the analysis on this thread after its deadline (deadlineMs: TIMEOUT). For a story on the main thread; a
   * worker's story is stopped from the main thread instead, by ending the worker (src/cli/batch.ts).
   */
  deadline?: StoryLimits;
  /** Told when the story starts, once the extractor is loaded (a worker's deadline counts from here). */
  onStart?: () => void;
  /** Told the story's length in characters once it is read and decoded (a worker's deadline grows with it). */
  onRead?: (chars: number) => void;
}

type Extractor = (text: string) => Story;

const extractors = new Map<string, Promise<Extractor>>();

function extractorFor(depth: Depth, anyLanguage = false, columnViews = false): Promise<Extractor> {
  const key = `${depth}:${anyLanguage}:${columnViews}`;
  let extractor = extractors.get(key);
  if (!extractor) {
    // "../index.js" (the library entry) rather than the story module, so that tests can replace the extractor.
    extractor =
      depth === "full"
        // Reported speech always: the commands drop it unless --indirect is given (src/cli/commands).
        // The Story is the command line's alone (written, never handed to a user): equal attributions shared.
        ? Promise.all([import("../index.js"), import("../story/extract.js")]).then(([m, { COLUMN_VIEWS, SHARED_ATTRIBUTIONS, COMPACT_ENTITIES }]) =>
            (text: string) => m.extract(text, { indirect: true, anyLanguage, [SHARED_ATTRIBUTIONS]: true, [COMPACT_ENTITIES]: true, ...(columnViews ? { [COLUMN_VIEWS]: true } : {}) }))
        : import("../story/layout.js").then((m) => m.extractLayout);
    extractors.set(key, extractor);
  }
  return extractor;
}

/** Reads, decodes and extracts one input. Never throws: every input gets exactly one outcome. */
export async function processInput(input: Input, options: ProcessOptions): Promise<Result> {
  let file = input.file;
  let text: string;
  let encoding: string;
  let fromLine: StoryResult["line"];
  if (options.onStart) {
    // Loading the language model is the worker's start-up, not the story's time.
    try {
      await extractorFor(options.depth, options.anyLanguage, options.columnViews);
    } catch (error) {
      return failure(file, error);
    }
    options.onStart();
  }
  try {
    if (input.kind === "line") {
      const line = parseStoryLine(input.bytes, input.file);
      file = line.file;
      fromLine = { id: line.id, where: input.file };
      text = line.text;
      encoding = "utf-8"; // JSON Lines are UTF-8 by definition.
    } else {
      ({ text, encoding } = await readInput(input, options));
    }
  } catch (error) {
    return failure(error instanceof LineError ? error.file : file, error);
  }
  options.onRead?.(text.length);
  try {
    const extract = await extractorFor(options.depth, options.anyLanguage, options.columnViews);
    const limits = options.deadline;
    const analyse = (): Story => {
      if (poisonEnabled()) swallowPoison(text);
      return extract(text);
    };
    const ms = limits ? deadlineMs(limits, text.length) : 0;
    const story = ms > 0 ? withDeadline(ms, analyse, () => timeoutError(file, ms)) : analyse();
    return fromLine ? { ok: true, file, encoding, story, line: fromLine } : { ok: true, file, encoding, story };
  } catch (error) {
    return failure(file, error);
  }
}

export function failure(file: string, error: unknown): FailedResult {
  if (isStackOverflow(error)) error = stackOverflowError(file);
  if (error instanceof InputError || error instanceof LimitError) {
    return { ok: false, record: { file, error: { code: error.code, message: error.message } } };
  }
  const bug = error instanceof Error ? error : new Error(String(error));
  return { ok: false, record: { file, error: { code: "INTERNAL", message: `${file}: internal error: ${bug.message}` } }, bug };
}
