/**
 * The tuning stories of some gold sets read through the built pipeline up to the parse, as the entity trainers,
 * the pronoun trainer and the coverage report all read them: segmented, the analysed regions parsed, and a map
 * from the parse's UTF-16 offsets to the gold's code-point offsets.
 */
import { analysedRegions, parseRegions, segment } from "./dist.js";
import { tuningStories } from "./gold.js";
import { utf16ToCodePoint } from "./text.js";

/**
 * Yields { story, segmentation, parsed, toCp } for each tuning story of `sets` with gold of the kind `goldKey`
 * (see tuningStories), in order; `wanted(story)`, when given, skips a story before its costly parse.
 */
export function* parsedTuningStories(sets, goldKey, wanted = () => true) {
  for (const story of tuningStories(sets, goldKey)) {
    if (!wanted(story)) continue;
    const segmentation = segment(story.text);
    const parsed = parseRegions(story.text, analysedRegions(segmentation));
    yield { story, segmentation, parsed, toCp: utf16ToCodePoint(story.text) };
  }
}
