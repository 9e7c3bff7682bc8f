/**
 * Entities: people, organisations and places named in the headline, the body and the page furniture
 * (credit, dateline, byline), merged per referent and ranked by salience.
 */
import type { ParsedStory } from "../../nlp/parse.js";
import type { Boilerplate, Entity } from "../../types.js";
import { blockMentions } from "./blocks.js";
import { findMentions, type RawMention } from "./mentions.js";
import { mergeMentions, toEntity, type EntityDraft } from "./merge.js";
import { decideTypes } from "./typer.js";
import { echoedMentions } from "./echoes.js";
import { oneTypePerOrganizationName } from "./one-type.js";
import type { CitedSpan } from "./citations.js";
import { countBefore } from "../../lib/sorted.js";
import { personsAcrossForms } from "./surnames.js";
import { inTitle, workTitles } from "./works.js";

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

/** A candidate name and what the rules made of it: a type, or "none" for a run they did not take for a name. */
export interface Candidate { mention: RawMention; rule: string }

/**
 * Every candidate name with the rules' type, before the learned typer decides (what `npm run train` learns
 * from): the rules' mentions, then the runs they rejected that overlap none of those.
 */
export function candidateMentions(parsed: ParsedStory, boilerplate: Boilerplate[], authors: string[], cited?: CitedSpan[]): Candidate[] {
  const rejected: RawMention[] = [];
  // A work's title is no name, whatever its words ("the series Gilmore Girls", "the film House of Wax"): works.ts.
  const titles = workTitles(parsed);
  const outsideTitles = (m: RawMention) => titles.length === 0 || !inTitle(titles, m.start, m.end);
  const accepted = withoutOverlaps([...findMentions(parsed, rejected, cited), ...blockMentions(parsed.text, boilerplate, authors)]).filter(outsideTitles);
  const taken = [...accepted].sort((a, b) => a.start - b.start);
  const free = (m: RawMention) => {
    const at = countBefore(taken, m.end, (x) => x.start);
    return at === 0 || taken[at - 1]!.end <= m.start;
  };
  return [
    ...accepted.map((mention) => ({ mention, rule: mention.type as string })),
    ...withoutOverlaps(rejected.filter((m) => free(m) && outsideTitles(m))).map((mention) => ({ mention, rule: "none" })),
  ];
}

export function extractEntities(parsed: ParsedStory, boilerplate: Boilerplate[], authors: string[]): EntityAnalysis {
  const drafts = rankedDrafts(parsed.text, typedMentions(parsed, boilerplate, authors));
  return { entities: drafts.map((draft) => toEntity(draft)), drafts };
}

/** The name mentions of the parsed text (and of the page furniture given), each with its decided type. */
export function typedMentions(parsed: ParsedStory, boilerplate: Boilerplate[], authors: string[], cited?: CitedSpan[]): RawMention[] {
  const candidates = candidateMentions(parsed, boilerplate, authors, cited);
  const typed = personsAcrossForms(parsed, candidates, decideTypes(parsed, candidates));
  // A name the parse already found in a line (the headline) is not echoed there a second time.
  const echoed = echoedMentions(parsed.text, boilerplate, typed).filter((m) => {
    const at = countBefore(typed, m.end, (x) => x.start);
    return at === 0 || typed[at - 1]!.end <= m.start;
  });
  return oneTypePerOrganizationName(echoed.length === 0 ? typed : [...typed, ...echoed].sort((a, b) => a.start - b.start));
}

/** The mentions merged into entities, most salient first. */
export function rankedDrafts(text: string, mentions: RawMention[]): EntityDraft[] {
  const drafts = mergeMentions(text, mentions);
  const firstStart = (d: EntityDraft) => d.mentions[0]!.start;
  drafts.sort((a, b) => salience(b) - salience(a) || firstStart(a) - firstStart(b));
  return drafts;
}
