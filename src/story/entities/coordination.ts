/**
 * Names listed together are names of one kind: "Svendborg and Faaborg", "Lewis, Simons, & Fennig", "Ubisoft,
 * Microsoft, and PlayStation". A run of capitalised words the rules rejected ("Faaborg": no dictionary knows it)
 * stands in a list beside one they took ("Svendborg": a place), and the list is evidence the run is a name of
 * that kind. This gives each candidate name the rules' answer for its neighbours in a list, as features for the
 * learned typer (typer.ts), which weighs them against the rest ("Bangladeshis and Rohingya" are peoples, not
 * places, whatever stands beside them).
 */
import type { RawMention } from "./mentions.js";

/** What may stand between two items of a list: a comma, "and", "or", "&", "and the", "nor". */
const LIST_GAP = /^(?:\s*,\s*|\s*,?\s+(?:and|or|&|nor)(?:\s+the)?\s+|\s*&\s*)$/u;

/**
 * Per candidate (in the order given), a feature for each neighbour it is listed with: `coord=<the neighbour's
 * rule>` ("coord=place", "coord=none").
 */
export function coordinationFeatures(text: string, candidates: readonly { mention: RawMention; rule: string }[]): string[][] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.mention.start - candidates[b]!.mention.start);
  const features: string[][] = candidates.map(() => []);
  for (let k = 0; k + 1 < order.length; k++) {
    const left = candidates[order[k]!]!;
    const right = candidates[order[k + 1]!]!;
    if (right.mention.start < left.mention.end || right.mention.start - left.mention.end > 12) continue;
    if (!LIST_GAP.test(text.slice(left.mention.end, right.mention.start))) continue;
    features[order[k]!]!.push(`coord=${right.rule}`);
    features[order[k + 1]!]!.push(`coord=${left.rule}`);
  }
  return features;
}
