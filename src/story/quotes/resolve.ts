/**
 * From the words that attribute a quote to a name: "Medvedev" and "he" become "Dmitry Medvedev", "the
 * spokesman" becomes the person the story calls spokesman. When the story does not say who, the answer is
 * null: a wrong name on a quote is worse than none.
 */
import type { Token } from "../../nlp/parse.js";
import type { RawMention } from "../entities/mentions.js";
import type { EntityDraft } from "../entities/merge.js";
import { isTitleWord, titleKey } from "../entities/knowledge.js";

export interface ResolvedSpeaker {
  draft: EntityDraft | null;
  /** The title the attribution gives ("spokesman", "Russian Foreign Minister"), else null. */
  role: string | null;
}

/** A speech act already resolved, in text order: the history pronouns are read against. */
export interface SpeechAct {
  offset: number;
  paragraph: number;
  draft: EntityDraft;
}

interface MentionOwner {
  mention: RawMention;
  draft: EntityDraft;
}

/** Looks up which entity a stretch of text names. */
export class SpeakerResolver {
  private readonly owners: MentionOwner[];

  constructor(private readonly text: string, private readonly drafts: EntityDraft[]) {
    this.owners = drafts.flatMap((draft) => draft.mentions.map((mention) => ({ mention, draft })))
      .sort((a, b) => a.mention.start - b.mention.start);
  }

  /** Entities named inside [start, end), people first. */
  private namedIn(start: number, end: number): MentionOwner[] {
    const inside = this.owners.filter((o) => o.mention.start >= start && o.mention.end <= end);
    return inside.sort((a, b) => rank(a.draft) - rank(b.draft));
  }

  /** The entity a noun phrase names, or that its title points to. */
  resolveNamed(words: Token[], appositive: Token[]): ResolvedSpeaker | null {
    if (words.length === 0) return null;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const named = this.namedIn(start, end)[0];
    if (named) {
      const roleText = this.text.slice(start, named.mention.start).replace(/^(the|a|an)\s+/iu, "").replace(/[\s,]+$/u, "");
      const role = roleText && words.some((w) => w.start < named.mention.start && isTitleWord(w.text))
        ? roleText : appositiveRole(this.text, appositive);
      return { draft: named.draft, role };
    }
    // "the spokesman", "the senator": the one person the story gives that title.
    const titleWords = words.filter((w) => isTitleWord(w.text));
    if (titleWords.length > 0 && titleWords.length === words.filter((w) => !/^(the|a|an|his|her|its|their)$/iu.test(w.text)).length) {
      const title = titleWords.map((w) => titleKey(w.text)).join(" ");
      const holders = this.drafts.filter((d) => d.type === "person"
        && d.mentions.some((m) => m.titles.some((t) => titleKey(t).endsWith(title))));
      const role = this.text.slice(titleWords[0]!.start, titleWords[titleWords.length - 1]!.end);
      return { draft: holders.length === 1 ? holders[0]! : null, role };
    }
    return null;
  }

  /** "he"/"she": the latest compatible speaker, or the one compatible person just named. */
  resolvePronoun(pronoun: Token, offset: number, paragraph: number, history: SpeechAct[]): EntityDraft | null {
    const wanted = pronoun.normal === "she" ? "female" : pronoun.normal === "he" ? "male" : null;
    if (!wanted) return null;
    const compatible = (d: EntityDraft) => d.type === "person" && d.gender !== (wanted === "male" ? "female" : "male");
    for (let k = history.length - 1; k >= 0; k--) {
      const act = history[k]!;
      if (act.offset >= offset) continue;
      if (paragraph - act.paragraph > 3) break;
      if (compatible(act.draft)) return act.draft;
    }
    // No speaker yet: a person named in this paragraph or the one before, if there is exactly one.
    const recent = new Set(this.owners
      .filter((o) => o.mention.start < offset && o.mention.paragraph !== null
        && paragraph - o.mention.paragraph <= 1 && compatible(o.draft))
      .map((o) => o.draft));
    return recent.size === 1 ? [...recent][0]! : null;
  }
}

function rank(draft: EntityDraft): number {
  return draft.type === "person" ? 0 : draft.type === "organization" ? 1 : 2;
}

/** "a spokeswoman for the agency" -> "spokeswoman for the agency". */
function appositiveRole(text: string, appositive: Token[]): string | null {
  if (appositive.length === 0) return null;
  const raw = text.slice(appositive[0]!.start, appositive[appositive.length - 1]!.end);
  return raw.replace(/^(the|a|an)\s+/iu, "") || null;
}
