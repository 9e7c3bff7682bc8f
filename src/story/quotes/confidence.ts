/**
 * How likely a speaker is right, from the rule that found it and how its words became a name. The weights are data
 * learnt on the tuning part of the shared gold by `npm run train:confidence` (scripts/train-confidence.js): a small
 * logistic model with a weight per rule, per resolution and per (rule, resolution) pair. A rule or resolution never
 * seen in training weighs 0, leaving the others to speak.
 */
import type { AttributionTrace, Quote } from "../../types.js";
import { CONFIDENCE_TABLE } from "./rules/confidence-table.js";

export function confidenceOf(trace: AttributionTrace): number {
  const { bias, weights } = CONFIDENCE_TABLE;
  const z = bias + (weights[`rule:${trace.rule}`] ?? 0) + (weights[`resolution:${trace.resolution}`] ?? 0)
    + (weights[`pair:${trace.rule}|${trace.resolution}`] ?? 0);
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
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
