/** Reading inputs: files, folders, stdin, encodings. Never parses news. */
export { expandInputs, type Input } from "./inputs.js";
export { readInput, DEFAULT_MAX_BYTES, type ReadOptions } from "./read.js";
export { decode, type Decoded } from "./decode.js";
export { InputError, type InputErrorCode } from "./errors.js";
