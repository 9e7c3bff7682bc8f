/**
 * One input in, one outcome out: read, decode, extract. Self-contained and serialisable both ways, so the
 * same function runs on the main thread (one story, or --jobs 1) and in a worker thread (src/cli/worker.ts).
 *
 * The extractors are imported on first use, not at start-up: the full one loads compromise, which costs
 * several times Node's own start, and `meta`/`paragraphs` never need it.
 */
import { InputError, LineError, parseStoryLine, readInput, type Input, type ReadOptions } from "../io/index.js";
import type { ErrorRecord, Story } from "../types.js";

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
}

type Extractor = (text: string) => Story;

const extractors: Partial<Record<Depth, Promise<Extractor>>> = {};

function extractorFor(depth: Depth): Promise<Extractor> {
  // "../index.js" (the library entry) rather than the story module, so that tests can replace the extractor.
  extractors[depth] ??=
    depth === "full"
      ? import("../index.js").then((m) => (text: string) => m.extract(text))
      : import("../story/layout.js").then((m) => m.extractLayout);
  return extractors[depth];
}

/** Reads, decodes and extracts one input. Never throws: every input gets exactly one outcome. */
export async function processInput(input: Input, options: ProcessOptions): Promise<Result> {
  let file = input.file;
  let text: string;
  let encoding: string;
  let fromLine: StoryResult["line"];
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
  try {
    const extract = await extractorFor(options.depth);
    const story = extract(text);
    return fromLine ? { ok: true, file, encoding, story, line: fromLine } : { ok: true, file, encoding, story };
  } catch (error) {
    return failure(file, error);
  }
}

export function failure(file: string, error: unknown): FailedResult {
  if (error instanceof InputError) {
    return { ok: false, record: { file, error: { code: error.code, message: error.message } } };
  }
  const bug = error instanceof Error ? error : new Error(String(error));
  return { ok: false, record: { file, error: { code: "INTERNAL", message: `${file}: internal error: ${bug.message}` } }, bug };
}
