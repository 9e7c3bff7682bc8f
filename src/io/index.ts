/** Reading inputs: files, folders, stdin, JSON Lines, encodings. Never parses news. */
export { expandInputs, type Input } from "./inputs.js";
export { fsPath, readInput, readStdinInput, DEFAULT_MAX_BYTES, type ReadOptions } from "./read.js";
export { jsonlInputs, parseStoryLine, LineError, type LineStory } from "./jsonl.js";
export { decode, type Decoded } from "./decode.js";
export { InputError, type InputErrorCode } from "./errors.js";
