/**
 * The learned decision on each candidate name: person, organisation, place, or no name at all. A multinomial
 * logistic regression over the features of features.ts, trained by `npm run train` (scripts/train-entities.js)
 * on the tuning part of the shared entity gold only; its weights are the data file entity-model.json, built by
 * that script and committed, so nothing is downloaded or learned at run time.
 *
 * Why learned: the hand-written rules type each kind of name well on the stories they were written from and
 * badly on other text (a surname that is also a city, a company ending in a place, a word of another
 * language). The model weighs the same evidence the rules use, plus the rules' own answer, by how often each
 * piece was right across many documents.
 *
 * One type per name in a story: the evidence of every mention written the same way is summed before the type
 * is chosen, so "Coron" is not a person in one sentence and a place in the next.
 */
import type { ParsedStory } from "../../nlp/parse.js";
import type { EntityType } from "../../types.js";
import { storyFeatures } from "./features.js";
import type { RawMention } from "./mentions.js";
import type { Candidate } from "./index.js";
import { nameKey } from "./merge.js";
import model from "./entity-model.json" with { type: "json" };

export interface EntityModel {
  /** Class names, in the order of each weight vector: the three types and "none". */
  classes: string[];
  /** Weight vector per feature string. */
  weights: Record<string, number[]>;
  /** How many nats the model's choice must beat the rules' type by to replace it (chosen by cross-validation). */
  overrideMargin: number;
  /** How many nats a type must beat "none" by for a run the rules rejected to become a name. */
  acceptMargin: number;
  /** The override margin between person and place, when it differs from `overrideMargin`. */
  personPlaceMargin?: number;
}

const trained = model as unknown as EntityModel;
const weights = new Map(Object.entries(trained.weights ?? {}));

/** Log-probabilities of each class for one feature bag. */
export function classLogProbs(features: string[], m: EntityModel = trained, table = weights): number[] {
  const scores = new Array<number>(m.classes.length).fill(0);
  for (const feature of features) {
    const w = table.get(feature);
    if (!w) continue;
    for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
  }
  const top = Math.max(...scores);
  const total = Math.log(scores.reduce((sum, s) => sum + Math.exp(s - top), 0)) + top;
  return scores.map((s) => s - total);
}

/**
 * The class index decided for one candidate, from its name's pooled log-probabilities and the rules' answer:
 * the rules stand unless the model is surer by the margins. Shared with the trainer's cross-validation.
 */
export function decide(
  pooled: number[], rule: number, m: Pick<EntityModel, "classes" | "overrideMargin" | "acceptMargin" | "personPlaceMargin"> = trained,
): number {
  const none = m.classes.indexOf("none");
  let best = 0;
  for (let c = 1; c < pooled.length; c++) if (pooled[c]! > pooled[best]!) best = c;
  if (rule === none) return best !== none && pooled[best]! - pooled[none]! > m.acceptMargin ? best : none;
  // Between a person and a place (the rules' commonest confusion) the model may overrule them by
  // `personPlaceMargin`; elsewhere by `overrideMargin`.
  const personPlace = [m.classes.indexOf("person"), m.classes.indexOf("place")];
  const margin = personPlace.includes(best) && personPlace.includes(rule) ? (m.personPlaceMargin ?? m.overrideMargin) : m.overrideMargin;
  return best !== rule && pooled[best]! - pooled[rule]! > margin ? best : rule;
}

/**
 * Retypes, drops or admits each candidate by the model, with the evidence of all candidates of the same written
 * name pooled. Returns the mentions kept, in their order.
 */
export function decideTypes(parsed: ParsedStory, candidates: Candidate[]): RawMention[] {
  if (trained.classes.length === 0) return candidates.filter((c) => c.rule !== "none").map((c) => c.mention);
  const pooled = new Map<string, number[]>();
  const keys = candidates.map((c) => nameKey(c.mention.text));
  const features = storyFeatures(parsed, candidates);
  candidates.forEach((_, i) => {
    const logProbs = classLogProbs(features[i]!);
    const sum = pooled.get(keys[i]!);
    if (sum) for (let c = 0; c < sum.length; c++) sum[c]! += logProbs[c]!;
    else pooled.set(keys[i]!, logProbs);
  });
  const kept: RawMention[] = [];
  candidates.forEach(({ mention: m, rule }, i) => {
    const type = trained.classes[decide(pooled.get(keys[i]!)!, trained.classes.indexOf(rule))]!;
    if (type === "none") return;
    if (type !== m.type || rule === "none") {
      m.type = type as EntityType;
      if (type !== "person") {
        m.gender = null;
        m.titles = [];
        m.titledForm = null;
      }
    }
    kept.push(m);
  });
  return kept.sort((a, b) => a.start - b.start);
}
