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
import { candidateFeatures, isShared, shareKey } from "./features.js";
import { coordinationFeatures } from "./coordination.js";
import { longerNameFeatures } from "./longer-names.js";
import type { RawMention } from "./mentions.js";
import type { Candidate } from "./index.js";
import model from "./entity-model.json" with { type: "json" };
import { maxOf } from "../../lib/arrays.js";
import { unprovenAcronyms } from "./term-acronyms.js";

/**
 * How many nats "none" must beat "organization" by for the model to drop an organisation the rules took from an
 * unknown acronym the story never shows acting as a body (term-acronyms.ts): "UVR exposure", "the MMPI".
 */
const UNPROVEN_ACRONYM_MARGIN = 0;

export interface EntityModel {
  /** Class names, in the order of each weight vector: the three types and "none". */
  classes: string[];
  /** Weight vector per feature string. */
  weights: Record<string, number[]>;
  /** How many nats the model's choice must beat the rules' type by to replace it (chosen by cross-validation). */
  overrideMargin: number;
  /** How many nats a type must beat "none" by for a run the rules rejected to become a name. */
  acceptMargin: number;
  /**
   * How many nats "organization" must beat "none" by for a run the rules rejected to become an organisation, when
   * it differs from `acceptMargin` (scripts/train-entities.js --accept-organization). Absent: `acceptMargin`.
   */
  acceptOrganizationMargin?: number;
  /** The override margin between person and place, when it differs from `overrideMargin`. */
  personPlaceMargin?: number;
  /**
   * How the mentions of one written name are pooled: "mean" (the average log-probability per mention, so a
   * name said twenty times is not twenty times as sure, and the margins mean the same for every name) or
   * "sum" (the older pooling). Absent: "sum".
   */
  pool?: "sum" | "mean";
  /**
   * The override margin between an organisation and a person or place ("Fisheries Canada" typed a place by the
   * rules), when it differs from `overrideMargin`.
   */
  organizationMargin?: number;
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
  const top = maxOf(scores);
  const total = Math.log(scores.reduce((sum, s) => sum + Math.exp(s - top), 0)) + top;
  return scores.map((s) => s - total);
}

/**
 * The class index decided for one candidate, from its name's pooled log-probabilities and the rules' answer:
 * the rules stand unless the model is surer by the margins. Shared with the trainer's cross-validation.
 */
export function decide(
  pooled: number[], rule: number,
  m: Pick<EntityModel, "classes" | "overrideMargin" | "acceptMargin" | "acceptOrganizationMargin" | "personPlaceMargin" | "organizationMargin"> = trained,
): number {
  const none = m.classes.indexOf("none");
  let best = 0;
  for (let c = 1; c < pooled.length; c++) if (pooled[c]! > pooled[best]!) best = c;
  if (rule === none) {
    const accept = best === m.classes.indexOf("organization") ? (m.acceptOrganizationMargin ?? m.acceptMargin) : m.acceptMargin;
    return best !== none && pooled[best]! - pooled[none]! > accept ? best : none;
  }
  // Between a person and a place (the rules' commonest confusion) the model may overrule them by
  // `personPlaceMargin`; elsewhere by `overrideMargin`.
  const personPlace = [m.classes.indexOf("person"), m.classes.indexOf("place")];
  const organization = m.classes.indexOf("organization");
  const named = (c: number) => c !== none;
  const margin = personPlace.includes(best) && personPlace.includes(rule)
    ? (m.personPlaceMargin ?? m.overrideMargin)
    : (best === organization || rule === organization) && named(best) && named(rule)
      ? (m.organizationMargin ?? m.overrideMargin)
      : m.overrideMargin;
  return best !== rule && pooled[best]! - pooled[rule]! > margin ? best : rule;
}

/** The weights of the "doc_" features, by the local feature they copy (no string built per lookup). */
const docWeights = new Map([...weights].filter(([f]) => f.startsWith("doc_")).map(([f, w]) => [f.slice(4), w]));

/** Whether the rules' answer `rule` can be changed by the model at all under this model's margins. */
function canChange(rule: string): boolean {
  return rule === "none" || rule === "person" || rule === "place" || trained.overrideMargin < 50 || (trained.organizationMargin ?? 100) < 50;
}

/**
 * Retypes, drops or admits each candidate by the model, with the evidence of all candidates of the same written
 * name pooled. Returns the mentions kept, in their order.
 *
 * The same arithmetic as classLogProbs over storyFeatures (what the trainer sees), done faster: a name whose
 * every candidate the model could not change (an organisation, with overruling off) is not scored, and the
 * "doc_" features are looked up by the local feature rather than built as strings.
 *
 * One exception to "the rules' organisations stand": an organisation written only as an unknown acronym that the
 * story never shows acting as a body (term-acronyms.ts: "UVR exposure", "the MMPI") is dropped when the model
 * finds "none" likelier than "organization".
 */
export function decideTypes(parsed: ParsedStory, candidates: Candidate[]): RawMention[] {
  if (trained.classes.length === 0) return candidates.filter((c) => c.rule !== "none").map((c) => c.mention);
  const keys = candidates.map((c) => shareKey(c.mention));
  const unproven = unprovenAcronyms(parsed, candidates.filter((c) => c.rule === "organization").map((c) => c.mention));
  const open = new Set(keys.filter((key, i) => canChange(candidates[i]!.rule) || unproven.has(key)));
  const listed = coordinationFeatures(parsed.text, candidates);
  const within = longerNameFeatures(candidates);
  const K = trained.classes.length;
  // One pass over the candidates: each one's local features are scored at once (K numbers kept, not the
  // strings: a story of 100,000 candidates held 5 million feature strings alive until the last was scored),
  // and only the shared ones are kept, once per written name.
  const localScores: (Float64Array | null)[] = new Array(candidates.length).fill(null);
  const shared = new Map<string, Set<string>>();
  candidates.forEach((c, i) => {
    if (!open.has(keys[i]!)) return;
    const scores = new Float64Array(K);
    let set = shared.get(keys[i]!);
    if (!set) shared.set(keys[i]!, (set = new Set<string>()));
    for (const features of [candidateFeatures(parsed, c.mention, c.rule), listed[i]!, within[i]!]) {
      for (const f of features) {
        const w = weights.get(f);
        if (w) for (let k = 0; k < K; k++) scores[k]! += w[k]!;
        if (isShared(f)) set.add(f);
      }
    }
    localScores[i] = scores;
  });
  const pooled = new Map<string, number[]>();
  localScores.forEach((local, i) => {
    if (!local) return;
    const scores = Array.from(local);
    for (const f of shared.get(keys[i]!)!) {
      const w = docWeights.get(f);
      if (w) for (let c = 0; c < K; c++) scores[c]! += w[c]!;
    }
    let top = scores[0]!;
    for (let c = 1; c < K; c++) if (scores[c]! > top) top = scores[c]!;
    let total = 0;
    for (let c = 0; c < K; c++) total += Math.exp(scores[c]! - top);
    const norm = Math.log(total) + top;
    const sum = pooled.get(keys[i]!);
    if (sum) for (let c = 0; c < K; c++) sum[c]! += scores[c]! - norm;
    else pooled.set(keys[i]!, scores.map((x) => x - norm));
  });
  if (trained.pool === "mean") {
    const counts = new Map<string, number>();
    for (const key of keys) if (pooled.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const [key, sum] of pooled) for (let c = 0; c < K; c++) sum[c]! /= counts.get(key)!;
  }
  const kept: RawMention[] = [];
  candidates.forEach(({ mention: m, rule }, i) => {
    const sum = pooled.get(keys[i]!);
    let type = sum ? trained.classes[decide(sum, trained.classes.indexOf(rule))]! : rule;
    if (sum && rule === "organization" && unproven.has(keys[i]!)) {
      const none = trained.classes.indexOf("none");
      if (sum[none]! - sum[trained.classes.indexOf("organization")]! > UNPROVEN_ACRONYM_MARGIN) type = "none";
    }
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
