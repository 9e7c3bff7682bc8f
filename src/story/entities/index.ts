/**
 * Entities: people, organisations and places named in the headline, the body and the page furniture
 * (credit, dateline, byline), merged per referent and ranked by salience.
 */
import type { ParsedStory } from "../../nlp/parse.js";
import type { Boilerplate, Entity } from "../../types.js";
import { blockMentions } from "./blocks.js";
import { findMentions, type RawMention } from "./mentions.js";
import { mergeMentions, toEntity, type EntityDraft } from "./merge.js";

export interface EntityAnalysis {
  /** Public entities, most salient first. */
  entities: Entity[];
  /** The same entities, in the same order, with the raw mentions and gender that quotes need. */
  drafts: EntityDraft[];
}

/** Salience: a name in the headline or the lede matters more than one in the ninth paragraph. */
function salience(draft: EntityDraft): number {
  let score = 0;
  for (const m of draft.mentions) {
    if (m.paragraph === null) score += 2;
    else if (m.paragraph <= 1) score += 1.5;
    else score += 1;
  }
  return score;
}

/** Removes mentions that overlap an earlier, longer one (a credit name also seen by the parser, say). */
function withoutOverlaps(mentions: RawMention[]): RawMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMention[] = [];
  for (const m of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && m.start < previous.end) continue;
    kept.push(m);
  }
  return kept;
}

export function extractEntities(parsed: ParsedStory, boilerplate: Boilerplate[], authors: string[]): EntityAnalysis {
  const mentions = withoutOverlaps([...findMentions(parsed), ...blockMentions(parsed.text, boilerplate, authors)]);
  const drafts = mergeMentions(parsed.text, mentions);
  const firstStart = (d: EntityDraft) => d.mentions[0]!.start;
  drafts.sort((a, b) => salience(b) - salience(a) || firstStart(a) - firstStart(b));
  return { entities: drafts.map(toEntity), drafts };
}
