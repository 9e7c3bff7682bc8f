/**
 * From the words that attribute a quote to a name: "Medvedev" and "he" become "Dmitry Medvedev", "the
 * spokesman" becomes the person the story calls spokesman. When the story does not say who, the answer is
 * null: a wrong name on a quote is worse than none.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import type { RawMention } from "../entities/mentions.js";
import type { EntityDraft } from "../entities/merge.js";
import { isTitleWithOf, isTitleWord, neverNames, officeQualifiers, titleKey } from "../entities/knowledge.js";
import { timePhraseEnd, tokenIndexAt } from "./windows.js";
import { TokenWindow } from "./token-window.js";
import { insideQuote, type QuotedSpan } from "./marks.js";
import { countBefore } from "../../lib/sorted.js";
import { isSpeechVerb } from "../speech-verbs.js";
import { opensReportedClause, pluralReadAsVerb } from "./attribution.js";
import {
  buildPeopleIndex, courtesyGenderOf, fullestName, isPerson, entityKind, mentionsOf, recordSubjects, type Gender, type PeopleIndex,
} from "./people.js";
import { pronounCandidates, rankedAntecedent } from "./antecedent.js";
import { COURTESY, DESCRIBING, NAME_SHAPED, NOT_A_NAME_START, NOT_NAME_TAGS, ONE_PERSON_PRONOUNS, SENTENCE_ADVERBS, SUBORDINATORS, isPossessive } from "./vocabulary.js";

export interface ResolvedSpeaker {
  draft: EntityDraft | null;
  /** A name read off the words when no entity holds it (a name the entity finder missed). */
  name?: string | null;
  /** The title the attribution gives ("spokesman", "Russian Foreign Minister"), else null. */
  role: string | null;
  /** How the words were resolved (the quote's `attribution.resolution`): "name", "title-holder", "surname", … */
  how?: Resolution;
}

/** How a speaker's words became a name: the second half of a quote's trace. */
export type Resolution = "name" | "title-holder" | "surname" | "unlisted-name" | "subject" | "carried"
  | "pronoun-own-subject" | "pronoun-possessive" | "pronoun-last-speaker" | "pronoun-recent-subject"
  | "pronoun-only-person" | "pronoun-possessor-subject" | "pronoun-ranked" | "none";

/** A pronoun resolved to a person, with the step that found them. */
export interface ResolvedPronoun {
  draft: EntityDraft | null;
  how: Resolution;
}

/** A speech act already resolved, in text order: the history pronouns are read against. */
export interface SpeechAct {
  offset: number;
  paragraph: number;
  draft: EntityDraft;
}

/** A person who is a sentence's subject, with the words that name them there. */
export interface Subject extends SpeechAct {
  sentence: number;
  words: Token[];
  /** Index of the subject's verb (past an appositive, a home or a bracket). */
  verb: number;
}

/** One pronoun the resolver was asked about, with the candidates the ranker saw (for scripts/train-pronouns.js). */
export interface PronounDecision {
  /** The pronoun's offset (UTF-16, as tokens have it). */
  offset: number;
  candidates: { name: string; features: Record<string, number> }[];
  /** The name the rules alone give, or null. */
  byRules: string | null;
  /** Which of the rules' steps gave it ("none" when they gave no one). */
  rulesHow: Resolution;
  /** The name chosen (the rules', or the ranker's where they gave none), or null. */
  chosen: string | null;
}

interface MentionOwner {
  mention: RawMention;
  draft: EntityDraft;
}

/** The space, dash and space after a word that opens or closes an aside or ends a dateline: " – ", " — ", " -- ". */
const DASH_POST = /^\s+(?:[–—]|--)\s+$/u;

/** Looks up which entity a stretch of text names. */
export class SpeakerResolver {
  private readonly owners: MentionOwner[];
  /** People who are the subject of a sentence, in text order: the topic a later "he" or "she" refers to. */
  private readonly subjects: Subject[] = [];

  private readonly tokens: Token[];
  /** Quoted spans, sorted: names inside a quote are the speaker's words, never the antecedent of "he". */
  private readonly quoted: QuotedSpan[];

  private insideQuote(offset: number): boolean {
    return insideQuote(this.quoted, offset);
  }

  /** Each usable mention's name as a speaker would be printed, "" for a mention that names nobody. */
  private readonly cleanNames = new Map<RawMention, string>();
  private readonly drafts: EntityDraft[];

  /** The story's people, indexed once: the names, titles, gender evidence and subject positions resolution reads. */
  readonly people: PeopleIndex;

  constructor(private readonly text: string, drafts: EntityDraft[], parsed: ParsedStory, spans: QuotedSpan[] = [],
    private readonly pronounLog?: PronounDecision[]) {
    this.tokens = parsed.tokens;
    this.quoted = spans;
    for (const draft of drafts) for (const m of mentionsOf(draft)) this.cleanNames.set(m, this.cleanName(m, draft));
    // A person whose every mention names nobody ("Officials", "Like I") can speak for no quote.
    this.drafts = drafts.filter((d) => !isPerson(d) || mentionsOf(d).some((m) => this.cleanNames.get(m) !== ""));
    this.owners = this.drafts.flatMap((draft) => mentionsOf(draft)
      .filter((mention) => !isPerson(draft) || this.cleanNames.get(mention) !== "")
      .map((mention) => ({ mention, draft })))
      .sort((a, b) => a.mention.start - b.mention.start);
    const inQuote = (offset: number) => this.insideQuote(offset);
    this.people = buildPeopleIndex(parsed, this.owners, inQuote);
    this.findSubjects(parsed);
    recordSubjects(parsed, this.people, this.subjects, inQuote);
  }

  /**
   * A mention as a speaker's name. The entity finder can take a sentence's first word into a name ("While
   * Clinton", "Some Democrats") or split a double-barrelled surname ("Brandt-Ollier" found as "Ollier"); a
   * speaker's name must be neither. People named by a lone plural noun ("Officials", "Demonstrators") or a
   * pronoun give "".
   */
  private cleanName(mention: RawMention, draft: EntityDraft): string {
    let start = mention.start;
    // "Brandt-Ollier": take in the capitalised words joined by hyphens before the mention.
    while (start > 1 && this.text[start - 1] === "-" && /\p{L}/u.test(this.text.charAt(start - 2))) {
      let k = start - 2;
      while (k > 0 && /[\p{L}\p{M}'’]/u.test(this.text.charAt(k - 1))) k--;
      if (!/^\p{Lu}/u.test(this.text.charAt(k))) break;
      start = k;
    }
    let words = this.text.slice(start, mention.end).split(/\s+/u).filter((w) => w.length > 0);
    if (!isPerson(draft)) return words.join(" ");
    while (words.length > 0 && NOT_A_NAME_START.has(words[0]?.toLowerCase().replace(/[’']m$/u, "") ?? "")) words = words.slice(1);
    if (words.length === 0) return "";
    // "Transport Minister Karl Weiss": a title the entity finder took into the name is not part of it.
    let lastTitle = -1;
    for (const [k, word] of words.slice(0, -1).entries()) if (isTitleWord(word)) lastTitle = k;
    if (lastTitle >= 0 && words.slice(lastTitle + 1).every((w) => /^\p{Lu}/u.test(w))) words = words.slice(lastTitle + 1);
    const [surname] = words;
    if (words.length === 1 && surname !== undefined) {
      const token = this.tokens[tokenIndexAt(this.tokens, mention.end - surname.length)];
      // "Sparks", "Combs": a surname ending in s, which the tagger calls a plural noun, is still a name
      // when the same person is named in full elsewhere ("Gloria Sparks").
      // (The scan of the other mentions only for such a word: a name said thousands of times made it quadratic.)
      const namedInFull = () => mentionsOf(draft).some((m) => m !== mention && /\s/u.test(m.text.trim()) && m.text.trim().endsWith(` ${surname}`));
      if (token && token.tags.has("Plural") && !token.tags.has("Person") && /s$/u.test(surname) && !namedInFull()) return "";
    }
    return words.join(" ");
  }

  /** The speaker's fullest name in the story: the longest clean mention. */
  nameOf(draft: EntityDraft): string {
    // Asked once per quote: a story naming one person thousands of times would rescan every mention each time.
    const known = this.names.get(draft);
    if (known !== undefined) return known;
    const name = this.fullestName(draft);
    this.names.set(draft, name);
    return name;
  }

  private readonly names = new Map<EntityDraft, string>();

  private fullestName(draft: EntityDraft): string {
    return fullestName(mentionsOf(draft), this.cleanNames);
  }

  /** Each mention's name as a speaker would be printed (see `cleanName`), for a caller that merges stories' pieces. */
  get mentionNames(): ReadonlyMap<RawMention, string> {
    return this.cleanNames;
  }

  /**
   * A person is a sentence's subject when named at its start (or right after an introductory phrase ending
   * in a comma) and followed by a verb: "Brandt says …", "On Tuesday, Holt posted …".
   */
  private findSubjects(parsed: ParsedStory): void {
    const byStart = new Map(this.owners.filter((o) => o.draft.type === "person").map((o) => [o.mention.start, o]));
    const story = TokenWindow.of(parsed.tokens);
    for (const sentence of parsed.sentences) {
      const paragraph = parsed.regions[sentence.region]?.paragraph;
      if (paragraph === null || paragraph === undefined) continue;
      // "Unless Ada Quill gives way, …", "When Reyes arrived, …": the person in a clause that opens the
      // sentence is that clause's subject, not the sentence's; the subject comes after its comma.
      const opensClause = SUBORDINATORS.has(parsed.tokens[sentence.firstToken]?.normal ?? "");
      const candidates = opensClause ? [] : [sentence.firstToken];
      // "When Tom Reyes took the stage, he was greeted …": a pronoun after the clause stands for its person, who
      // is then the topic after all.
      if (opensClause) {
        const comma = parsed.tokens.slice(sentence.firstToken, sentence.endToken).find((t) => /,/u.test(t.post));
        const after = story.next(comma);
        if (after && ONE_PERSON_PRONOUNS.has(after.normal)) candidates.push(sentence.firstToken);
      }
      // "But Penn would not say …", "And Clinton said …": a conjunction opening the sentence.
      const opening = parsed.tokens[sentence.firstToken];
      if (opening && SENTENCE_ADVERBS.has(opening.normal) && !breaksAfter(opening)) {
        candidates.push(sentence.firstToken + 1);
      }
      // "ELMVALE (Ledger) – Pilot Ada Quill has taken …": a dateline set off by a dash opens the sentence; the
      // subject comes after the dash.
      const dateline = parsed.tokens.slice(sentence.firstToken, Math.min(sentence.endToken, sentence.firstToken + 6))
        .findIndex((t) => DASH_POST.test(t.post.replace(/^\)/u, "")));
      if (dateline >= 0) candidates.push(sentence.firstToken + dateline + 1);
      let commas = 0;
      for (let i = sentence.firstToken; i < Math.min(sentence.endToken, sentence.firstToken + OPENING_PHRASE_WORDS); i++) {
        if (!/,/u.test(story.post(i))) continue;
        candidates.push(i + 1);
        // "That was in May, and since then Reyes has gained …": a clause joined after the comma.
        const joined = afterConjunction(parsed.tokens, i + 1, sentence.endToken, sentence.firstToken);
        if (joined > 0) candidates.push(joined);
        // "On the radio, Mr. Holt's campaign manager, Dario Penn, rejected …": after an opening phrase,
        // a description with no verb in it, then the name.
        const described = descriptionEnd(parsed.tokens, i + 1, sentence.endToken);
        if (described > 0) candidates.push(described + 1);
        // "A week later, outside the town hall, where she first ran, Ms. Quill voiced …": an opening
        // made of several phrases; each comma may be the one before the subject. A sentence that opens with a
        // person has its subject there ("Ada Quill, who served under Tom Reyes's father, Ivo Reyes, ticked …").
        // A relative clause after the first comma says the same: the words before it were the subject.
        if (++commas === 3 || (opening !== undefined && byStart.has(opening.start))
          || /^(who|whose|which)$/u.test(story.normal(i + 1))) break;
      }
      for (const [n, index] of candidates.entries()) {
        const first = parsed.tokens[index];
        if (!first) continue;
        const k = this.firstOwnerAt(first.start + 1);
        const title = this.owners.slice(k, k + 6).find((o) => o.mention.start < first.start + 60 && byStart.has(o.mention.start));
        // A title opening the sentence leads to the person it names ("Secretary of State John Kerry said"),
        // only when nothing but a noun phrase stands between ("Republican of North Dakota, said on Monday
        // that Mr. Penn …" names nobody before its verb).
        const owner = this.headPerson(parsed.tokens, index, sentence.endToken, byStart)
          ?? ((isTitleWord(first.text) || first.tags.has("Demonym")) && title
            && nounPhraseUpTo(parsed.tokens, index, title.mention.start) ? title : undefined)
          ?? this.titledSubject(parsed.tokens, index, sentence.endToken);
        if (!owner || this.insideQuote(owner.mention.start)) continue;
        let after = parsed.tokens[tokenIndexAt(parsed.tokens, owner.mention.end)];
        if (after && after.sentence !== sentence.index) after = undefined;
        // "Holt herself seemed …". ("Holt, herself a pilot, drew …" is an appositive, read below.)
        if (after && /^(himself|herself)$/u.test(after.normal) && !/,\s*$/u.test(story.previous(after)?.post ?? "")) {
          after = story.next(after);
        }
        // "Maren Holt of Norway condemned", "Dario Penn (R-Ind.) has said": a home and a bracket after the name.
        // "Tom Reyes – not Ada Quill – wrote …": an aside set off by two dashes after the name; the verb follows it.
        const dashed = after && DASH_POST.test(story.previous(after)?.post ?? "")
          ? parsed.tokens.slice(after.index, Math.min(sentence.endToken, after.index + 8)).find((t) => DASH_POST.test(t.post)) : undefined;
        if (after && dashed) {
          after = story.next(dashed);
        } else if (after && isHome(parsed.tokens, after)) {
          after = skipHome(parsed.tokens, after, sentence.endToken);
        } else if (after && /\(/u.test(after.pre)) {
          let k = after.index;
          while (k < sentence.endToken && k < after.index + 4 && !/\)/u.test(story.post(k))) k++;
          // "Lena Marsh (D-Ore.), in particular, has been …": after the bracket, maybe an appositive.
          after = k < after.index + 4 && (!/,/u.test(story.post(k)) || /\),\s*$/u.test(story.post(k)))
            ? story.at(k + 1) : after;
        }
        // "Maren Holt, the Green front-runner, called on …": the verb after the appositive.
        // A comma that closes a description before the name is followed by the verb itself: "Another critic,
        // Tobias Wren, compared …".
        // Up to three pieces: "Maren Holt, 41, a backer of Penn who lives in Alder Falls, Ore., finds …",
        // "R. Calder Voss, who worked for Mr. Penn's mother, Ada Penn, listed …".
        let relative = false;
        for (let piece = 0; piece < 3 && after && /,\s*$/u.test(story.previous(after)?.post ?? ""); piece++) {
          // Past the first piece, a verb after the comma is the subject's own verb ("…, 45, said").
          // ("Tobias Wren, Republican of North Dakota, said": a capitalised title opens a description too.)
          // "Tomas Lind, Ada's father, issued …": a possessive and a lower-case noun describe too.
          const whose = /['’]s$/u.test(after.text) && /^\p{Ll}/u.test(story.next(after)?.text ?? "");
          const describing = whose || DESCRIBING.has(after.normal) || (isTitleWord(after.text) && !byStart.has(after.start)) || (!/^\p{Lu}/u.test(after.text)
            && !((n > 0 || piece > 0) && isFiniteVerb(after)) && !(piece > 0 && after.tags.has("Verb")));
          // "Owen Clarke, R-Tenn., revealed", "a driver from Elmvale, Kan., said": a party and state, a state.
          const party = /^\p{Lu}-\p{Lu}/u.test(after.text) || (piece > 0 && /^\p{Lu}\p{Ll}{1,5}$/u.test(after.text) && /^\.,/u.test(after.post));
          const named = party || (piece > 0 && /^\p{Lu}/u.test(after.text) && (after.tags.has("Place") || (relative && after.tags.has("Person"))));
          if (!describing && !named) break;
          relative ||= /^(who|whose|which)$/u.test(after.normal);
          let k = after.index;
          while (k < sentence.endToken && k < after.index + 25 && !/,/u.test(story.post(k))) k++;
          const verb = story.at(k + 1);
          after = k < after.index + 25 && verb && verb.sentence === sentence.index ? verb : undefined;
          // Right after the appositive the verb is expected; the tagger reads "advocates", "calls" as nouns.
          if (after && after.tags.has("Plural") && /^\p{Ll}+s$/u.test(after.text)) after = { ...after, tags: VERB_TAGS };
          // "Jonah Reyes, 14, of Milbrook sold …": a home after the age.
          if (after && isHome(parsed.tokens, after)) after = skipHome(parsed.tokens, after, sentence.endToken);
        }
        // "Ada Quill (D-Ohio) on Friday attacked …", "Quill early Monday signed …": a time between the
        // subject and its verb.
        if (after) after = skipTimePhrase(parsed.tokens, after, sentence.endToken);
        // "Penn approaches it …": a verb the tagger reads as a plural noun, known by the object after it.
        const object = story.next(after);
        if (after && pluralReadAsVerb(after, object)) after = { ...after, tags: VERB_TAGS };
        if (!after || !(after.tags.has("Verb") || after.tags.has("Adverb") || after.tags.has("Auxiliary"))) continue;
        const words = parsed.tokens.slice(first.index, after.index)
          .filter((t) => t.end <= owner.mention.end);
        this.subjects.push({ offset: owner.mention.start, paragraph, draft: owner.draft, sentence: sentence.index, words,
          verb: after.index });
        break;
      }
      // "Tuttle's article also attacked Christie …", "Suu Kyi's fate is unclear, but she said …": a sentence with
      // no person as its subject whose subject is a person's something keeps that person the topic.
      if (this.subjects[this.subjects.length - 1]?.sentence !== sentence.index) {
        const possessor = this.possessorSubject(parsed.tokens, candidates[0], sentence.endToken, byStart);
        if (possessor) this.possessors.push({ offset: possessor.mention.start, paragraph, draft: possessor.draft });
      }
    }
  }

  /** People named as the possessor of a sentence's subject ("Tuttle's article attacked …"), in text order. */
  private readonly possessors: SpeechAct[] = [];

  /** The person whose something opens the sentence at token `from` ("Tuttle's article", "Suu Kyi's fate"), if any. */
  private possessorSubject(tokens: Token[], from: number | undefined, end: number, byStart: Map<number, MentionOwner>): MentionOwner | undefined {
    if (from === undefined) return undefined;
    const owner = byStart.get(tokens[from]?.start ?? -1);
    if (!owner || this.insideQuote(owner.mention.start) || !/^['’]s?(?!\p{L})/u.test(this.text.slice(owner.mention.end, owner.mention.end + 3))) return undefined;
    const k = tokenIndexAt(tokens, owner.mention.end);
    // The possessed noun, maybe after an adjective: "Tuttle's article", "Ada Quill's own campaign".
    const noun = tokens.slice(k, Math.min(end, k + 3)).find((t) => t.tags.has("Noun") && !/^\p{Lu}/u.test(t.text));
    if (!noun) return undefined;
    // Its verb follows (possibly after an adverb): the possessed thing is the subject.
    const words = TokenWindow.of(tokens);
    const next = words.next(noun);
    const verb = next?.tags.has("Adverb") ? words.next(next) : next;
    return verb && (verb.tags.has("Verb") || verb.tags.has("Auxiliary")) ? owner : undefined;
  }

  /**
   * The person heading the noun phrase that starts at token `from`: the last person named in it, so "Holt
   * consultant Ivo Brandt" is Brandt and "Ohio developer Rhea Castell" is Castell. A possessor
   * ("Holt's campaign chairman") or a name that only modifies the head ("Trump supporters") is not the head.
   */
  private headPerson(tokens: Token[], from: number, end: number, byStart: Map<number, MentionOwner>): MentionOwner | undefined {
    const words = TokenWindow.of(tokens);
    let found: MentionOwner | undefined;
    for (let k = from; k < end && k < from + 8; k++) {
      const token = words.at(k);
      if (!token) break;
      // "Lena Marsh (D-Ore.)": a bracket after the name is not part of the phrase.
      if (k > from && /\(/u.test(token.pre)) break;
      // "Tom Reyes early Monday morning rejected …": a time after the name ends the phrase.
      if (found && k > from && skipTimePhrase(tokens, token, end) !== token) break;
      // "The Harbor Review's Ada Quill offered …": an article opening the phrase.
      if (k === from && token.normal === "the" && !breaksAfter(token)) continue;
      const owner = byStart.get(token.start);
      if (owner) {
        // The name's other words belong to it: go on after its last.
        while (k + 1 < end && (words.at(k + 1)?.start ?? Number.POSITIVE_INFINITY) < owner.mention.end) k++;
        found = /^['’]/u.test(this.text.slice(owner.mention.end, owner.mention.end + 1)) ? undefined : owner;
      } else if (inNounPhrase(token) || nounReadAsVerb(token, words.at(k + 1))) {
        found = undefined;
      } else if (!(token.normal === "of" && k > from && isTitleWord(words.text(k - 1))
        && /^\p{Lu}/u.test(words.text(k + 1)))) break; // "Secretary of State Hillary Clinton"
      const last = words.at(k);
      if (last && breaksAfter(last)) break;
    }
    return found;
  }

  /** Entities named inside [start, end), people first. */
  private namedIn(start: number, end: number): MentionOwner[] {
    const inside: MentionOwner[] = [];
    for (let k = this.firstOwnerAt(start); k < this.owners.length; k++) {
      const owner = this.owners[k];
      if (!owner || owner.mention.start >= end) break;
      if (owner.mention.end <= end) inside.push(owner);
    }
    return inside.sort((a, b) => rank(a.draft) - rank(b.draft));
  }

  /** Index of the first owner whose mention starts at or after `offset` (owners are sorted by start). */
  private firstOwnerAt(offset: number): number {
    return countBefore(this.owners, offset, (o) => o.mention.start);
  }

  /** The entity a noun phrase names, or that its title points to. */
  resolveNamed(phrase: Token[], appositive: Token[]): ResolvedSpeaker | null {
    // "Gavin Morrow of Brackton", "Tessa Lund for Civic Pulse": the person comes before the "of".
    const cut = phrase.findIndex((w, i) => i > 0 && /^(of|for|from|at|with)$/u.test(w.normal));
    if (cut > 0) {
      const before = this.resolveNamed(phrase.slice(0, cut), appositive);
      // "Vice President for sports and weather Nina Falk", "Kestrel FM Vice President for news Ada Quill",
      // "Secretary of State Ada Quill": a title before the "for" or "of" whose holder ends the phrase; a name in
      // front only says whose vice president. Without a title the person after is not the head ("Friends of
      // Ada Quill", "lawyers for Tom Reyes"), nor is one right after the "for" ("a spokeswoman for Tom Reyes"
      // speaks for him) or one who only modifies the head ("a spokesman for the Reyes campaign").
      const phraseWords = TokenWindow.of(phrase);
      const after = TokenWindow.of(phrase.slice(cut + 1));
      // "Supervisor of Elections Ada Quill": a capitalised word between the "of" and the name is the title's
      // own, whatever the tagger made of it.
      // A place before the "of" ("Harbor County Supervisor", misread as one) is no speaker either.
      const ofTitle = phraseWords.normal(cut) === "of" && after.length > 2 && /^\p{Lu}/u.test(after.text(0))
        && !after.has(0, "FirstName") && (before?.draft ? entityKind(before.draft) : undefined) === "place";
      const titled = (isTitleWord(phraseWords.text(cut - 1)) || ofTitle) && after.length > 1
        && (!after.has(0, "Person") || ofTitle) && after.has(after.length - 1, "Person");
      // "Secretary of State Mary Whitcomb": the "of" is inside the title, whose holder is named after it, even
      // where the tagger missed the name; "Secretary" alone is not the story's one press secretary.
      const bareTitle = phraseWords.normal(cut) === "of" && after.length > 1
        && isTitleWithOf(phraseWords.text(cut - 1), after.normal(0));
      if (before?.draft && !titled && !bareTitle) return before;
      // (Both kinds of title leave at least two words after the "of", so the first and last are there.)
      const { first: firstWord } = phraseWords;
      const { first: firstAfter, last: lastAfter } = after;
      if ((bareTitle || (titled && after.some((w) => w.tags.has("Person")))) && firstWord && firstAfter && lastAfter) {
        const head = this.resolveNamed(after.slice(), appositive);
        // The title the "of" is inside is the role: "former secretary of state".
        const title = this.text.slice(firstWord.start, firstAfter.end).replace(/^(the|a|an)\s+/iu, "");
        // The title's last word may read as a role of its own ("Minister of Finance Ivo Ranic": "Finance").
        const roleInTitle = !head?.role || head.role === firstAfter.text;
        if (head?.draft && isPerson(head.draft)) {
          if (bareTitle && roleInTitle) return { ...head, role: title };
          // "Chief of Naval Operations Adm. Ada Quill": the role runs from the first title, not from "Naval".
          const headRole = head.role;
          const roleAt = headRole ? this.text.indexOf(headRole, firstAfter.start) : -1;
          if (headRole && roleAt >= 0 && roleAt < lastAfter.end) {
            return { ...head, role: this.text.slice(firstWord.start, roleAt + headRole.length).replace(/^(the|a|an)\s+/iu, "") };
          }
          return head;
        }
      }
      return bareTitle ? { draft: null, role: before?.role ?? null } : before;
    }
    const words = phrase;
    const firstWord = words[0];
    const lastWord = words[words.length - 1];
    if (!firstWord || !lastWord) return null;
    const start = firstWord.start;
    const end = lastWord.end;
    // "Holt ally Martin Vey": the head of the phrase is the last person named in it.
    const inside = this.namedIn(start, end);
    const people = inside.filter((o) => isPerson(o.draft));
    const named = people.length > 0 ? people[people.length - 1] : inside[0];
    if (named) {
      // The head of a noun phrase is its last word: "Air Force 1st Lt. Corin Bale", "Florida-based
      // strategist Ruth Adair", "Elias Marr's biographers, …". An organisation, a place or a possessor
      // named before the head is not the speaker; the words after it are read instead.
      const possessor = /^['’]/u.test(this.text.slice(named.mention.end, named.mention.end + 1));
      const rest = words.filter((w) => w.start >= named.mention.end && !/^['’]s?$/u.test(w.text));
      if (rest.length > 0 && (possessor || !isPerson(named.draft))) {
        const head = this.resolveNamed(rest, appositive);
        if (head && (head.draft || head.name)) return head;
        if (possessor || entityKind(named.draft) === "place" || rest.some((w) => /^\p{Lu}/u.test(w.text))) return head ?? null;
        // "the Kremlin press service": common nouns after an organisation leave it the speaker.
      }
      // Where the name itself starts: "Transport Minister Karl Weiss" may be one mention holding its title.
      const clean = this.cleanNames.get(named.mention) ?? "";
      const nameStart = clean && this.text.slice(named.mention.start, named.mention.end).endsWith(clean)
        ? named.mention.end - clean.length : named.mention.start;
      const roleText = this.text.slice(start, Math.max(start, nameStart)).replace(/^(the|a|an)\s+/iu, "").replace(/[\s,]+$/u, "");
      const role = roleText && words.some((w) => w.start < nameStart && isTitleWord(w.text))
        ? roleText : appositiveRole(this.text, appositive);
      return { draft: named.draft, role: role && COURTESY.test(role) ? null : role, how: "name" };
    }
    // "the spokesman", "the senator": the one person the story gives that title.
    const titleWords = words.filter((w) => isTitleWord(w.text));
    const firstTitle = titleWords[0];
    const lastTitle = titleWords[titleWords.length - 1];
    if (firstTitle && lastTitle && titleWords.length === words.filter((w) => !/^(the|a|an|his|her|its|their)$/iu.test(w.text)).length) {
      const role = this.text.slice(firstTitle.start, lastTitle.end);
      return { draft: this.holderOf(titleWords), role, how: "title-holder" };
    }
    return this.unlistedName(words, appositive);
  }

  /** The one person the story gives this title ("the spokesman", "the admiral"), or null when none or several. */
  holderOf(titleWords: Token[]): EntityDraft | null {
    const title = titleWords.map((w) => titleKey(w.text)).join(" ");
    // Asked for every sentence opening "The <title>": a long story would rescan every mention each time.
    const known = this.holders.get(title);
    if (known !== undefined) return known;
    // Each new title is a scan of every person and mention of the piece (regular expressions on each): a story
    // of thousands of different title chains ("the deputy chief envoy said") made that quadratic, 100 s of CPU
    // per MB. No story gives more than a few dozen different titles in one piece; past that, no holder.
    if (this.holders.size >= MAX_TITLES_SEARCHED) return null;
    const holder = this.findHolderOf(title);
    this.holders.set(title, holder);
    return holder;
  }

  private readonly holders = new Map<string, EntityDraft | null>();

  private findHolderOf(title: string): EntityDraft | null {
    const wanted = officeWords(title);
    // A title as the entity finder keeps it may have lost the word that makes it another office ("Prime").
    let holders = this.people.people.filter((p) => p.mentions.some((m) => m.titles.some((t) => holdsOffice(officeWords(t), wanted))
      && this.holdsOfficeBefore(m.start, title) !== false)).map((p) => p.draft);
    if (holders.length === 0) holders = this.describedAs(title);
    return holders.length === 1 ? holders[0] ?? null : null;
  }

  /**
   * "The admiral chuckled.", "the senator has said": a sentence whose subject is "the" and a title that one
   * person in the story holds is about that person (the topic a later "he said" goes back to).
   */
  private titledSubject(tokens: Token[], from: number, end: number): { mention: { start: number; end: number }; draft: EntityDraft } | undefined {
    if (tokens[from]?.normal !== "the") return undefined;
    const words = TokenWindow.of(tokens);
    let k = from + 1;
    // A possessive ("the admiral's answer") is no subject; nor is a title before a name, which is a mention.
    const titleNoun = (word: Token | undefined): boolean => word !== undefined && isTitleWord(word.text)
      && !/^\p{Lu}/u.test(word.text) && !isPossessive(word) && !/[,;:]/u.test(word.post);
    while (k < end && k < from + 4 && titleNoun(words.at(k))) k++;
    if (k === from + 1 || k === end || /^\p{Lu}/u.test(words.text(k))) return undefined;
    const draft = this.holderOf(words.slice(from + 1, k));
    const first = words.at(from);
    const last = words.at(k - 1);
    return draft && first && last ? { mention: { start: first.start, end: last.end }, draft } : undefined;
  }

  /**
   * People the story describes with a title next to their name, where the entity finder kept no title:
   * "the ministry's spokesman, Omar Haddad," or "Omar Haddad, a spokesman for the ministry,".
   */
  private describedAs(title: string): EntityDraft[] {
    const known = this.described.get(title);
    if (known) return known;
    const result = this.findDescribedAs(title);
    this.described.set(title, result);
    return result;
  }

  private readonly described = new Map<string, EntityDraft[]>();

  private findDescribedAs(title: string): EntityDraft[] {
    const found = new Set<EntityDraft>();
    // The description must end after the title ("Ana Ortiz, the mayor, said", "…, the mayor of Dunmore"):
    // in "After meeting Ana Ortiz, the mayor said" the mayor is someone else, the subject of "said".
    // The word before the title is kept to tell a deputy secretary from the secretary (holdsOffice).
    const after = new RegExp(`^,\\s+(?:a|an|the|his|her|its|their)\\s(?:[^,.;]{0,40}?\\s)?(?:([^\\s,.;]+)\\s)?${escapeRegExp(title)}\\b(?=\\s*[,.;:)]|\\s+(?:of|for|at|in|to|on|with|from)\\b|$)`, "u");
    for (const o of this.owners) {
      if (!isPerson(o.draft)) continue;
      const described = after.exec(this.text.slice(o.mention.end, o.mention.end + 60).toLowerCase());
      if (this.holdsOfficeBefore(o.mention.start, title) || (described !== null && holdsOfficeAfter(described[1], title))) {
        found.add(o.draft);
      }
    }
    return [...found];
  }

  /**
   * Whether the title written right before a name ("Deputy Secretary Ann Boyd", "Secretary of Education Marla
   * Quint", "the secretary, Ann Boyd") is the office `title`; undefined when the title is not written there.
   */
  private holdsOfficeBefore(nameStart: number, title: string): boolean | undefined {
    const lead = this.text.slice(Math.max(0, nameStart - title.length - 40), nameStart).toLowerCase();
    const written = titleWrittenBefore(title).exec(lead);
    return written ? holdsOfficeAfter(written[1], title) : undefined;
  }

  /** A capitalised name no entity holds: the person named by its surname, or the words themselves. */
  private unlistedName(words: Token[], appositive: Token[]): ResolvedSpeaker | null {
    // "Officials", "Analysts": a plural noun names nobody.
    // "Here is …: “…”", "There was …:": a word capitalised only because it opens the sentence names nobody.
    const nameWords = words.filter((w) => NAME_SHAPED.test(w.text) && !isTitleWord(w.text) && !neverNames.has(w.normal)
      && !NOT_NAME_TAGS.some((tag) => w.tags.has(tag)) && !(w.tags.has("Plural") && !w.tags.has("Person")));
    const firstName = nameWords[0];
    const lastName = nameWords[nameWords.length - 1];
    if (!firstName || !lastName || nameWords.length > 4) return null;
    // "Quill's lawyer": the possessor is not the one who speaks.
    const possessor = words.findIndex(isPossessive);
    if (possessor >= 0 && possessor < words.length - 1) return null;
    const surname = lastName.text.toLowerCase();
    const holder = this.drafts.find((d) => isPerson(d)
      && mentionsOf(d).some((m) => m.text.toLowerCase().split(/\s+/u).pop() === surname));
    const name = this.text.slice(firstName.start, lastName.end);
    return { draft: holder ?? null, name: holder ? null : name, role: appositiveRole(this.text, appositive),
      how: holder ? "surname" : "unlisted-name" };
  }

  /**
   * "he"/"she": the latest compatible speaker in this paragraph or the one before; failing that, the latest
   * compatible person who was the subject of a sentence nearby; failing that, the one compatible person named
   * just before. Otherwise null.
   */
  resolvePronoun(pronoun: Token, paragraph: number, history: SpeechAct[]): ResolvedPronoun {
    const byRules = this.pronounByRules(pronoun, paragraph, history);
    const wanted: Gender | null = pronoun.normal === "she" ? "female" : pronoun.normal === "he" ? "male" : null;
    // The candidates are gathered only when asked for: a story of a thousand "he said"s that the rules resolve
    // needs no ranking.
    if (!wanted || (byRules.draft && !this.pronounLog)) return byRules;
    const candidates = pronounCandidates({ pronoun, paragraph, wanted, history, subjects: this.subjects, people: this.people,
      genderOf: (d) => this.genderOf(d), sentenceAt: (offset) => this.sentenceAt(offset) });
    // The rules first; where they find no one, the ranker (antecedent.ts), when its best candidate is likely
    // enough (the threshold in rules/pronoun-weights.json, chosen in scripts/train-pronouns.js). Letting the ranker overrule the rules everywhere lifted the tuning part but not
    // the checking part (scripts/README.md).
    // While the training script logs decisions the ranker stays out, so the history later pronouns are read
    // against, and so the file it learns, do not depend on its own earlier weights (npm run train is repeatable).
    let chosen = byRules;
    if (!byRules.draft && !this.pronounLog) {
      const draft = rankedAntecedent(candidates);
      // One resolution name for every ranked choice, so the confidence table learns how often the ranker is right.
      if (draft) chosen = { draft, how: "pronoun-ranked" };
    }
    this.pronounLog?.push({
      offset: pronoun.start,
      candidates: candidates.map((c) => ({ name: this.nameOf(c.draft), features: c.features })),
      byRules: byRules.draft ? this.nameOf(byRules.draft) : null,
      rulesHow: byRules.how,
      chosen: chosen.draft ? this.nameOf(chosen.draft) : null,
    });
    return chosen;
  }

  private pronounByRules(pronoun: Token, paragraph: number, history: SpeechAct[]): ResolvedPronoun {
    const offset = pronoun.start;
    const wanted = pronoun.normal === "she" ? "female" : pronoun.normal === "he" ? "male" : null;
    const none: ResolvedPronoun = { draft: null, how: "none" };
    if (!wanted) return none;
    const compatible = (d: EntityDraft) => isPerson(d) && this.genderOf(d) !== (wanted === "male" ? "female" : "male");
    // "Penn assures his listeners he will ask …": a pronoun after its own sentence's subject is that subject.
    const own = this.subjectOfSentence(pronoun.sentence);
    if (own && own.offset < offset && compatible(own.draft)) return { draft: own.draft, how: "pronoun-own-subject" };
    // "Marlow assures his listeners he will …": a possessive of the pronoun's gender between the subject and the
    // pronoun outweighs a guess from the first name ("Lindsey"), though not a courtesy title, when no one else is
    // named between ("Ada Quill praised Tom Reyes for his work, but he said" is his).
    if (own && own.offset < offset && isPerson(own.draft) && courtesyGenderOf(own.draft) === null
      && this.possessiveBetween(own.offset, offset, wanted)
      && !this.namedIn(own.offset + 1, offset).some((o) => isPerson(o.draft) && o.draft !== own.draft)) {
      return { draft: own.draft, how: "pronoun-possessive" };
    }
    // Both lists are in text order: start from the last act before the pronoun and walk back (no whole scans).
    const latest = (acts: SpeechAct[], from: number, reach: number): SpeechAct | null => {
      for (let k = from; k >= 0; k--) {
        const act = acts[k];
        if (!act || act.offset >= offset) continue;
        if (paragraph - act.paragraph > reach) break;
        if (compatible(act.draft)) return act;
      }
      return null;
    };
    const speakerAct = latest(history, history.length - 1, 1);
    const subjectAct = latest(this.subjects, lastBefore(this.subjects, offset), 2);
    // The possessor of a subject made the topic after the last speaker and the last subject, in the pronoun's
    // paragraph: "… said Ganguly.¶ Suu Kyi's fate is unclear, but she said …".
    const possessorAct = latest(this.possessors, lastBefore(this.possessors, offset), 0);
    if (possessorAct && possessorAct.offset > (speakerAct?.offset ?? -1) && possessorAct.offset > (subjectAct?.offset ?? -1)) {
      return { draft: possessorAct.draft, how: "pronoun-possessor-subject" };
    }
    const speaker = speakerAct?.draft ?? null;
    const subject = subjectAct?.draft ?? null;
    if (speakerAct && subjectAct && speaker !== subject) {
      // A new person made the subject after the last speaker spoke takes over ("Brandt says … He warns").
      // Also after an opening phrase: "On Tuesday, Holt posted …".
      return subjectAct.offset > speakerAct.offset
        ? { draft: subject, how: "pronoun-recent-subject" } : { draft: speaker, how: "pronoun-last-speaker" };
    }
    if (speaker) return { draft: speaker, how: "pronoun-last-speaker" };
    if (subject) return { draft: subject, how: "pronoun-recent-subject" };
    const distinct = new Set<EntityDraft>();
    for (let k = this.firstOwnerAt(offset) - 1; k >= 0; k--) {
      const o = this.owners[k];
      if (!o || o.mention.paragraph === null) continue;
      if (paragraph - o.mention.paragraph > 1) break;
      if (!this.insideQuote(o.mention.start) && compatible(o.draft)) distinct.add(o.draft);
      if (distinct.size > 1) return none;
    }
    const [only] = distinct;
    return distinct.size === 1 && only ? { draft: only, how: "pronoun-only-person" } : none;
  }

  /** "his" (or "her") standing between two offsets in the text, outside quotes. */
  private possessiveBetween(from: number, to: number, gender: "male" | "female"): boolean {
    const word = gender === "male" ? "his" : "her";
    const story = TokenWindow.of(this.tokens);
    for (let k = tokenIndexAt(this.tokens, from); k < story.length; k++) {
      const token = story.at(k);
      if (!token || token.start >= to) break;
      if (token.normal !== word || this.insideQuote(token.start)) continue;
      // "Raj Patel pressed her, and she said": "her" is an object as often as a possessive; only one before the
      // noun phrase it owns ("her office", "her own staff", "her first speech", "her 2015 campaign") tells the
      // subject's gender.
      const next = story.at(k + 1);
      const opensOwned = next !== undefined && (next.tags.has("Noun") || next.tags.has("Adjective") || next.tags.has("Value"));
      if (word === "her" && (/[,.;:!?]/u.test(token.post) || !opensOwned || next.tags.has("Pronoun"))) continue;
      return true;
    }
    return false;
  }

  /**
   * A person's gender for "he" and "she". A courtesy title the story gives ("Mr. Penn", "Ms. Holt") is
   * better evidence than a first name (the tagger takes "Lindsey" for a woman's), so it wins; a story that
   * gives both wins nothing over the entity's own guess.
   */
  private genderOf(draft: EntityDraft): Gender | null {
    const known = this.genders.get(draft);
    if (known !== undefined) return known;
    const gender = this.people.genderOf(draft);
    this.genders.set(draft, gender);
    return gender;
  }

  private readonly genders = new Map<EntityDraft, Gender | null>();

  /** The sentence holding a text offset. */
  sentenceAt(offset: number): number | undefined {
    const index = tokenIndexAt(this.tokens, offset);
    const story = TokenWindow.of(this.tokens);
    // The word at the offset, or the story's last word for an offset past it.
    return (story.at(index) ?? story.at(index - 1))?.sentence;
  }

  /**
   * Whether the sentence that starts at or after `offset` is about another person than `draft`: its subject,
   * or a person named in its first four words ("“…” Tom Reyes, the clerk, was blunt."). A sentence that
   * introduces a quote of its own ("“…” Mr. Reyes said: “…”") is that next quote's attribution, not this one's.
   */
  namesSomeoneElseAt(offset: number, draft: EntityDraft | null): boolean {
    const first = this.tokens[tokenIndexAt(this.tokens, offset)];
    if (!first) return false;
    const story = TokenWindow.of(this.tokens);
    for (let i = first.index; i < story.length && i < first.index + 60; i++) {
      const token = story.at(i);
      if (!token || token.sentence !== first.sentence) break;
      if (this.insideQuote(token.start)) return false;
      // "“…” Ohio Gov. Ivo Marsh said he would have …": a speech act with its own content, not this quote's.
      if (isSpeechVerb(token) && opensReportedClause(story.at(i + 1))) return false;
    }
    const subject = this.subjectOfSentence(first.sentence);
    if (subject && subject.draft !== draft) return true;
    const fourth = story.at(Math.min(first.index + 3, story.length - 1)) ?? first;
    return this.namedIn(first.start, fourth.end).some((o) => isPerson(o.draft) && o.draft !== draft);
  }

  /** The person who is the subject of the given sentence, if one is. */
  subjectOfSentence(sentence: number): Subject | undefined {
    if (!this.subjectBySentence) this.subjectBySentence = new Map(this.subjects.map((s) => [s.sentence, s]));
    return this.subjectBySentence.get(sentence);
  }

  private subjectBySentence: Map<number, Subject> | null = null;

}

const titlesWrittenBefore = new Map<string, RegExp>();
/** Different titles whose holder one resolver searches for (see holderOf). */
const MAX_TITLES_SEARCHED = 64;
/** Patterns kept for titles: emptied past this, so that a long batch of stories cannot grow it without end. */
const MAX_TITLE_PATTERNS = 1_000;

/** "<word> <title>[ of <word>][,] " at the end of the text before a name; the word before is captured. */
function titleWrittenBefore(title: string): RegExp {
  let pattern = titlesWrittenBefore.get(title);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^\\p{L}])(?:([\\p{L}.]+)\\s)?${escapeRegExp(title)}(?:\\s+of\\s+\\p{L}+)?,?\\s$`, "u");
    if (titlesWrittenBefore.size >= MAX_TITLE_PATTERNS) titlesWrittenBefore.clear();
    titlesWrittenBefore.set(title, pattern);
  }
  return pattern;
}

/** Whether `title` written after `word` ("deputy", "press", "Ohio") is still the office `title`. */
function holdsOfficeAfter(word: string | undefined, title: string): boolean {
  return holdsOffice(officeWords(`${word ?? ""} ${title}`), officeWords(title));
}

/** A title's words for comparing offices: lower case, hyphens split, up to any "of" ("Chief of Staff" is a chief). */
function officeWords(title: string): string[] {
  const words = title.split(/[\s-]+/u).map(titleKey).filter((w) => w !== "");
  const of = words.indexOf("of");
  return of > 0 ? words.slice(0, of) : words;
}

/**
 * Whether a title ends in the office wanted: "Vermont Sen.", "Russian Foreign Minister" and "Secretary of State"
 * hold the offices "sen", "minister" and "secretary", but a vice president is not "the president", nor a press
 * secretary "the secretary" or an attorney general "the general".
 */
function holdsOffice(title: string[], wanted: string[]): boolean {
  if (wanted.length === 0 || title.length < wanted.length) return false;
  const from = title.length - wanted.length;
  if (wanted.some((word, k) => title[from + k] !== word)) return false;
  return from === 0 || !officeQualifiers.has(title[from - 1] ?? "");
}

/**
 * How long an opening phrase before a sentence's subject may be: "Opening the session with a speech to the
 * harbour board in Dunmore, Vance accused …" runs to 12 words, "Two days before the vote on the new ferry contract
 * in the town hall, …" to 14.
 */
const OPENING_PHRASE_WORDS = 24;

const VERB_TAGS: ReadonlySet<string> = new Set(["Verb", "PresentTense"]);

/** "of Germany", "of Philadelphia": a home after a name. */
function isHome(tokens: Token[], token: Token): boolean {
  return token.normal === "of" && /^\p{Lu}/u.test(TokenWindow.of(tokens).next(token)?.text ?? "");
}

/** The word after the home that starts at `of` ("of New York said" gives "said"), or undefined. */
function skipHome(tokens: Token[], of: Token, end: number): Token | undefined {
  const words = TokenWindow.of(tokens);
  let k = of.index + 1;
  while (k < end && k < of.index + 4 && /^\p{Lu}/u.test(words.text(k)) && !/[,;:]/u.test(words.post(k))) k++;
  // "Senator Ivo Brandt of Vermont, a Democrat on the panel, advocates": the word after the comma, where
  // an appositive may start.
  if (k < end && /^\p{Lu}/u.test(words.text(k)) && /^,\s*$/u.test(words.post(k))) return words.at(k + 1);
  return k < end && !/^\p{Lu}/u.test(words.text(k)) ? words.at(k) : undefined;
}

/**
 * "That was in May, and since then Reyes has …", "…, but now Quill says …": the first word after a conjunction
 * and the time word after it, or 0. Only where the clause before names no one by pronoun: in "He sold it in
 * 2015, and since then Ortiz has run it" the topic stays the "he".
 */
function afterConjunction(tokens: Token[], k: number, end: number, sentenceStart: number): number {
  const conjunction = tokens[k];
  if (k >= end || !conjunction || !/^(and|but)$/u.test(conjunction.normal) || breaksAfter(conjunction)) return 0;
  let next = k + 1;
  const words = TokenWindow.of(tokens);
  if (words.normal(next) === "since" && words.normal(next + 1) === "then") next += 2;
  else if (/^(then|now|later|since)$/u.test(words.normal(next))) next++;
  else return 0;
  if (tokens.slice(sentenceStart, k).some((t) => /^(he|she|his|her|him|hers|himself|herself)$/u.test(t.normal))) return 0;
  return next < end ? next : 0;
}

/** The word after a time written between a subject and its verb, or `token` itself when no time starts there. */
function skipTimePhrase(tokens: Token[], token: Token, end: number): Token {
  // `token` may be a copy with its tags corrected ("calls" read as a verb): keep it when no time starts here.
  const next = timePhraseEnd(tokens, token.index, end);
  return next === token.index ? token : TokenWindow.of(tokens).at(next) ?? token;
}

/** A verb that can carry a sentence ("likened", "says"), not a participle opening a phrase ("wearing"). */
function isFiniteVerb(token: Token): boolean {
  return token.tags.has("Verb") && !token.tags.has("Gerund") && !token.tags.has("Participle")
    && !token.tags.has("Auxiliary");
}

/** A word that can stand inside a noun phrase naming someone: "Holt consultant Ivo Brandt". */
function inNounPhrase(token: Token): boolean {
  if (["Pronoun", "Determiner", "Preposition", "Conjunction", "Adverb"].some((tag) => token.tags.has(tag))) return false;
  if (/^\p{Lu}/u.test(token.text) || isTitleWord(token.text)) return true;
  return (token.tags.has("Noun") || token.tags.has("Adjective")) && !token.tags.has("Verb");
}

/** Whether the words from token `from` up to the offset `end` are all of one noun phrase (no verb, no break). */
function nounPhraseUpTo(tokens: Token[], from: number, end: number): boolean {
  const words = TokenWindow.of(tokens);
  for (let k = from; k < tokens.length; k++) {
    const token = words.at(k);
    if (!token || token.start >= end) break;
    if (breaksAfter(token)) return false;
    if (token.tags.has("Verb") && !/^\p{Lu}/u.test(token.text) && !nounReadAsVerb(token, words.next(token))) return false;
  }
  return true;
}

/** "Holt campaign manager": a noun the tagger calls a verb, known by the noun after it. */
function nounReadAsVerb(token: Token, next: Token | undefined): boolean {
  if (!next || /^\p{Lu}/u.test(token.text) || breaksAfter(token) || !token.tags.has("Verb")) return false;
  if (token.tags.has("PastTense") || token.tags.has("Gerund") || token.tags.has("Auxiliary")) return false;
  return !/^\p{Lu}/u.test(next.text) && (next.tags.has("Noun") || isTitleWord(next.text)) && !next.tags.has("Verb")
    && !next.tags.has("Pronoun") && !next.tags.has("Plural");
}

/** Punctuation after a word that ends a phrase (the dot of "Sen." or of an initial does not). */
function breaksAfter(token: Token): boolean {
  const post = token.post.startsWith(".") && (isTitleWord(token.text) || /^\p{Lu}$/u.test(token.text)) ? token.post.slice(1) : token.post;
  return /[,;:()\u2014\u2013]|[.!?](?!\S)/u.test(post);
}

/**
 * Where a description that follows an opening phrase ends: "On the radio, [Mr. Holt's campaign manager],
 * Dario Penn, rejected …". The index of its last word (the one with the comma), or -1 when the words
 * hold a verb or run on.
 */
function descriptionEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from; k < end && k < from + 8; k++) {
    const token = tokens[k];
    if (!token) return -1;
    if (token.tags.has("Verb") && !token.tags.has("Adjective")) return -1;
    if (/,/u.test(token.post)) return k > from ? k : -1;
    if (breaksAfter(token)) return -1;
  }
  return -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}




/** Index of the last act whose offset is before `offset` (acts sorted by offset), or -1. */
function lastBefore(acts: SpeechAct[], offset: number): number {
  return countBefore(acts, offset, (a) => a.offset) - 1;
}

function rank(draft: EntityDraft): number {
  const kind = entityKind(draft);
  return kind === "person" ? 0 : kind === "organization" ? 1 : 2;
}

/** "a spokeswoman for the agency" -> "spokeswoman for the agency". */
function appositiveRole(text: string, appositive: Token[]): string | null {
  const first = appositive[0];
  const last = appositive[appositive.length - 1];
  if (!first || !last) return null;
  const raw = text.slice(first.start, last.end);
  // "22, a senior from Fort Ellis" -> "senior from Fort Ellis": an age is not a role.
  return raw.replace(/^\d{1,3},\s*/u, "").replace(/^(the|a|an)\s+/iu, "") || null;
}

/** Re-exported for the callers that merge stories' pieces (pieces.ts); the people index holds it. */
export { fullestName };
