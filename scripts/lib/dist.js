/**
 * The parts of the built library (dist/, from `npm run build`) that the training and measuring scripts run the
 * gold through, imported in one place so each script names only what it uses. A missing dist/ fails here with
 * Node's "Cannot find module" for the first of them: run `npm run build`.
 */
export { segment } from "../../dist/story/segment.js";
export { parseRegions } from "../../dist/nlp/parse.js";
export { analysedRegions } from "../../dist/story/extract.js";
export { candidateMentions, typedMentions, extractEntities } from "../../dist/story/entities/index.js";
export { storyFeatures } from "../../dist/story/entities/features.js";
export { decide } from "../../dist/story/entities/typer.js";
export { extractQuotes } from "../../dist/story/quotes/index.js";
