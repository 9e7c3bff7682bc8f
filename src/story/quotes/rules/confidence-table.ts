// Written by scripts/train-confidence.js (npm run train:confidence) from the tuning part of the shared gold.
// Do not edit by hand: run the script. The object is plain JSON.
export const CONFIDENCE_TABLE: {
  overall: number;
  byRule: Record<string, number>;
  byRuleAndResolution: Record<string, number>;
} = {"overall":0.9,"byRule":{},"byRuleAndResolution":{}};
