/**
 * A one-word name and the longer names of the same story that end with it: "Clinton" after "Hillary Clinton",
 * "McAuliffe" after "Terry McAuliffe". What the rules made of the longer name is evidence for the short one (a
 * surname of a person is a person even when a town bears it), as features for the learned typer (typer.ts):
 * `ends=<the longer name's rule>`. (Names that START with the word, "Microsoft" beside "Microsoft Corp.", and
 * multi-word short names were tried too and cross-validated worse.)
 *
 * This is the story-wide evidence a reader uses; without it the typer weighs "Clinton" by its own contexts
 * alone, and a name said often in place-like contexts ("in Clinton's campaign") could tip to a place.
 */
import type { RawMention } from "./mentions.js";

const keyOf = (text: string) => text.toLowerCase().replace(/['’]s$/u, "").split(/\s+/u).filter((w) => w !== "");

/** Per candidate (in the order given), the features of the longer candidates that end with it. */
export function longerNameFeatures(candidates: readonly { mention: RawMention; rule: string }[]): string[][] {
  // The rules' types of the multi-word names they took, by the last word.
  const rulesByLast = new Map<string, Set<string>>();
  for (const { mention, rule } of candidates) {
    if (rule === "none") continue;
    const words = keyOf(mention.text);
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    rulesByLast.set(last, (rulesByLast.get(last) ?? new Set<string>()).add(rule));
  }
  return candidates.map(({ mention }) => {
    const words = keyOf(mention.text);
    const rules = words.length === 1 ? rulesByLast.get(words[0]!) : undefined;
    return rules ? [...rules].sort().map((rule) => `ends=${rule}`) : [];
  });
}
