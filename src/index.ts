/**
 * newsx as a library: `extract(text)` turns one decoded news story into a Story.
 */
export { extract } from "./story/extract.js";
export type * from "./types.js";
