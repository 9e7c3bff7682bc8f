/**
 * How likely a speaker is right, from the rule that found it and how its words became a name. The table is data
 * learnt on the tuning part of the shared gold by `npm run train:confidence` (scripts/train-confidence.js): each
 * rule's share of right speakers, smoothed towards the share of all rules, and each (rule, resolution) pair's share
 * smoothed towards its rule's. A pair or rule never seen in training gets its parent's figure.
 */
import type { AttributionTrace, Quote } from "../../types.js";
import { CONFIDENCE_TABLE } from "./rules/confidence-table.js";

export function confidenceOf(trace: AttributionTrace): number {
  const table = CONFIDENCE_TABLE;
  return table.byRuleAndResolution[`${trace.rule}|${trace.resolution}`]
    ?? table.byRule[trace.rule] ?? table.overall;
}

/**
 * Quotes with every speaker below `min` confidence turned into null: precision chosen over recall. The trace,
 * the confidence and the words as written (speakerText) stay, so what was dropped can be read.
 */
export function withMinConfidence<Q extends Quote>(quotes: readonly Q[], min: number): Q[] {
  if (!Number.isFinite(min) || min < 0 || min > 1) throw new RangeError(`minConfidence must be a number from 0 to 1, got ${min}`);
  if (min === 0) return [...quotes];
  return quotes.map((q) => (q.speaker !== null && (q.confidence ?? 0) < min ? { ...q, speaker: null } : q));
}
