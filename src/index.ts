/**
 * newsx as a library: `extract(text)` turns one decoded news story into a Story.
 */
export { extract } from "./story/extract.js";
export { withMinConfidence } from "./story/quotes/confidence.js";
export { RULES, type AttributionRule, type RuleExample, type RuleId } from "./story/quotes/rules/index.js";
export type * from "./types.js";
