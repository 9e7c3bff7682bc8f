/**
 * Every way newsx decides who said a quote, as data: an id, a one-line description and the example sentences the
 * rule exists for, each with the speaker a reader would name. The id travels with the answer
 * (`quote.attribution.rule`), so a wrong speaker leads to one entry here; the eval counts, per id, how often the
 * rule is right on the gold (`npm run eval -- --only quotes`); test/attribution-rules.test.ts runs every example
 * through `extract()` and checks both the speaker and that this rule is the one that decided.
 *
 * Adding a rule: its matcher returns (or sets) the new id, and one entry below with at least one example (a rule
 * without one does not compile), and `traps` for the wrong names its form invites (a wrong name is worse than
 * none: each trap tests that the reader's speaker, or nobody, comes out, whichever rule decides). A
 * rule that opens on a plain sequence of words writes it as `match`, in compromise's match syntax (rules/match.ts),
 * and its code reads the pattern from the entry (`patternsOf`).
 *
 * ORDER OF PRECEDENCE (the order of RULES below is this order):
 * 1. Words around the quote. For a whole quote ("direct") the attribution after the quote wins over the one
 *    before it; for a phrase woven into a sentence ("partial") the one before wins, unless the phrase hands over
 *    with a comma to its own ", X said" (or with a "?" or "!" to an attribution right after the mark, never to a
 *    clause after "and", "while", "as" …) (quotes/index.ts, `extractQuotes`). Within each side the readers try
 *    their forms in the listed order (attribution.ts: `readAttributionAfter`, `attributionBefore`); a direct
 *    quote with nothing around it then tries the colon ending the paragraph before and the sentence before.
 * 2. A phrase with no words of its own: the attribution of an earlier phrase in the same clause, then the
 *    clause after a phrase that handed over, then a headline's "Name:" lead.
 * 3. When the words found name no one (a participle, "according to" alone): the sentence's subject, the
 *    speaker of the quote before (quotes/index.ts, `resolveAll`).
 * 4. Still no speaker words: for a phrase, the subject of a clause of judging, then of its sentence, then its
 *    pronoun subject; for a quote standing alone, the speaker of the quote before, then the subject of the
 *    sentence or paragraph before.
 * The first rule that yields speaker words decides; `attribution.resolution` then says how those words became a
 * name (resolve.ts: an entity, a title's holder, a pronoun's antecedent).
 */

import { compile, type Pattern } from "./match.js";

/** One sentence a rule exists for: `quote` picks the quote (a piece of its words), `speaker` is who said it. */
export interface RuleExample {
  text: string;
  quote: string;
  /** The speaker's name as newsx prints it (the fullest name in the example), or null for "nobody". */
  speaker: string | null;
}

export interface AttributionRule {
  id: string;
  description: string;
  /**
   * For a rule that opens on a plain sequence of words: that sequence, in compromise's match syntax (rules/match.ts),
   * one pattern or several tried in order. The rule's code reads it from here (`patternsOf`), not a copy.
   */
  match?: readonly string[];
  /** At least one: the examples are the rule's tests (a rule with none is a compile error and a failing test). */
  examples: readonly [RuleExample, ...RuleExample[]];
  /**
   * Wrong-name traps: sentences that look like the rule's form but where a careless reading names the wrong person.
   * `speaker` is who a reader names (null: nobody); the test checks that this speaker, and no other, comes out.
   */
  traps?: readonly RuleExample[];
}

export const RULES = [
  // 0. A layout that signs the quote outright (layouts.ts): it wins over any words around the quote.
  {
    id: "after-dash-signature",
    description: "A name after a dash signs the quote: “…” ― Ada Quill (same line, next line or next paragraph).",
    examples: [
      {
        text: "Ferry plan stalls as harbour board delays vote\n\nBRACKTON (Ledger) — The harbour board met on Monday to discuss the future of the island ferry, which has not run since May.\n\nBoard members said the repairs would cost more than the port could pay this year.\n\n“The ferry has not sailed since May, and nobody will tell us why.”\n― Ada Quill, harbour master\n\nIslanders have organised a petition asking the state to step in.",
        quote: "The ferry has not sailed",
        speaker: "Ada Quill",
      },
    ],
  },
  // 1. After the quote (readAttributionAfter).
  {
    id: "after-inverted",
    description: "The verb comes right after the quote and the speaker after the verb.",
    examples: [
      { text: "“We will not back down,” said Ada Quill, the harbour master.", quote: "We will not back down", speaker: "Ada Quill" },
      // A phrase that ends in a question hands over to the inverted verb after it, past the verb before it.
      { text: "Pilots believe the harbour is sinking, but Tom Reyes strongly denies it — “why would you not want to know?” asked Ada Quill, a pilot.", quote: "why would you not", speaker: "Ada Quill" },
      // An -ed word before the speaker's noun describes the speaker; the tagger reads it as a second verb.
      { text: "“I am not going to say it was a mistake,” said retired pilot Tom Reyes, asked about his claim that he had sailed the strait.", quote: "I am not going to say", speaker: "Tom Reyes" },
      // A description, then the name after its comma with where the person works: the name alone is the speaker.
      { text: "“The ferry sails on time,” said another harbour pilot, Andrew Quill of the firm Dunn Bell.", quote: "The ferry sails", speaker: "Andrew Quill" },
    ],
  },
  {
    id: "after-subject-verb",
    description: "The speaker and then the verb right after the quote: “…,” Ada Quill said; “…,” he said.",
    examples: [
      { text: "“The ferry will run on Sunday,” Tom Reyes said.", quote: "The ferry will run", speaker: "Tom Reyes" },
      { text: "Ada Quill spoke first. “We will not back down,” she said.", quote: "We will not back down", speaker: "Ada Quill" },
      // Far from the quote: an age, a home town, its state and a relative clause between the name and the verb.
      { text: "“Both plans scare me,” Tom Reyes, 30, of Elmvale, Mich., who was among those polled, said in a follow-up interview.", quote: "Both plans scare me", speaker: "Tom Reyes" },
      // "as" after the comma introduces the source: "as X put it".
      { text: "Ada Quill called the plan “a betrayal,” as Tom Reyes said.", quote: "a betrayal", speaker: "Tom Reyes" },
      // "put it" is a phrase of saying.
      { text: "“The ferry is our lifeline,” as Ada Quill put it.", quote: "The ferry is our lifeline", speaker: "Ada Quill" },
      // "as" opens the words after the quote; a description, then the name set off by commas.
      { text: "“The ferry is finished,” as the mayor, Ada Quill, said.", quote: "The ferry is finished", speaker: "Ada Quill" },
      { text: "Tom Reyes spoke first. The plan was “a betrayal of the islanders,” as Ada Quill put it.", quote: "a betrayal of the islanders", speaker: "Ada Quill" },
      // A given name that is also a modal ("Will") opening the name is part of it.
      { text: "“The ferry will run on Sunday,” Will Reyes said.", quote: "The ferry will run", speaker: "Will Reyes" },
      // A conjunction opens a clause whose verb refers back to the quote: its object stands for the quote, or
      // it has none.
      { text: "“The ferry is our lifeline,” and Ada Quill, the union's president, said it again on Friday.", quote: "The ferry is our lifeline", speaker: "Ada Quill" },
      { text: "“The ferry is our lifeline,” but Ada Quill said it with a smile.", quote: "The ferry is our lifeline", speaker: "Ada Quill" },
      { text: "“We have waited long enough,” and Ada Quill said so on Friday.", quote: "We have waited", speaker: "Ada Quill" },
    ],
    traps: [
      // A name with an aside set off by dashes is still its sentence's subject: "he" is the memo's writer, not the
      // man named as the subject of an earlier sentence.
      { text: "The mayor – Ivo Brandt – said the council would meet again.\n\nTom Reyes – not Ada Quill – wrote the memo.\n\n“We need a decision now,” he said.", quote: "We need a decision now", speaker: "Tom Reyes" },
      // "put it" attributes only in "as X put it": "and X put it on the agenda" is what X did with the words.
      { text: "“Close the pier,” and Tom Reyes put it on the agenda.", quote: "Close the pier", speaker: null },
      { text: "Ada Quill drafted a bill called “Fair Fares,” and Tom Reyes put it to a vote.", quote: "Fair Fares", speaker: null },
      // A "put it" right after a title's closing mark is the verb of the subject before the title, not an attribution.
      { text: "As Ada Quill, author of “The Harbour Years,” put it, “the ferry is our lifeline.”", quote: "the ferry is our lifeline", speaker: "Ada Quill" },
      // A conjunction after the quote's comma opens another clause: its subject did not say the quote.
      { text: "Ada Quill called the plan “a betrayal,” while Tom Reyes said it was fair.", quote: "a betrayal", speaker: "Ada Quill" },
      // A verb referring back to the quote does not take a phrase from the speaker who called it so.
      { text: "Ada Quill called the plan “a betrayal,” and Tom Reyes said so too.", quote: "a betrayal", speaker: "Ada Quill" },
      { text: "The pilots called the plan “a betrayal,” but Tom Reyes said it was fair.", quote: "a betrayal", speaker: null },
      { text: "“We will fight on,” and Tom Reyes said the vote was fair.", quote: "We will fight on", speaker: null },
      // "this" before a noun opens the object of a clause of its own, as "it" before a verb does.
      { text: "“We will fight on,” and Tom Reyes said this plan was fair.", quote: "We will fight on", speaker: null },
    ],
  },
  {
    id: "after-runon-inverted",
    description: "The quote runs on into a few words of the writer's before an inverted “, said X”.",
    examples: [
      { text: "“The port will close” if the vote fails, said Tom Reyes, a harbour pilot.", quote: "The port will close", speaker: "Tom Reyes" },
      // A lone surname the tagger does not know as a person, closing the sentence.
      { text: "Tom Reyes and Ada Quill spoke at the pier. “The ferry must sail” for the islanders' sake, said Quill.", quote: "The ferry must sail", speaker: "Ada Quill" },
    ],
  },
  {
    id: "after-runon-subject-verb",
    description: "The quote runs on into a few words of the writer's before a “, X said.” closing the sentence.",
    examples: [
      { text: "“The old roof held” until the storm came, Ada Quill said.", quote: "The old roof held", speaker: "Ada Quill" },
      // Far from the quote: a long run of the writer's words before the ", X said".
      { text: "“We are frustrated and horrified” by the fire at the boatyard in Elmvale that had drawn crowds from across the county, Ada Quill said.", quote: "We are frustrated", speaker: "Ada Quill" },
      // The writer's words in between hold a verb of saying of their own ("answer"), which is not the attribution.
      { text: "“If the board obtains more records, it intends to search them for records” that would answer requests from the ferry union, senior counsel Ada Quill wrote in a court filing.", quote: "If the board obtains", speaker: "Ada Quill" },
    ],
  },
  {
    id: "after-according-to",
    description: "A bare “according to X” after the quote.",
    match: ["according to"],
    examples: [
      { text: "“The port is closed until Monday,” according to Tom Reyes.", quote: "The port is closed", speaker: "Tom Reyes" },
      // An object pronoun is the source, resolved as "he said" would be.
      { text: "Tom Reyes spoke at the pier. “The port is closed until Monday,” according to him.", quote: "The port is closed", speaker: "Tom Reyes" },
      // A description first, then the name set off by commas: the name is the source.
      { text: "“The port is closed until Monday,” according to the harbour master, Tom Reyes.", quote: "The port is closed", speaker: "Tom Reyes" },
    ],
    traps: [
      // "her" before a noun is a possessive: the source is her office, no person.
      { text: "Ada Quill was away. “The port is closed until Monday,” according to her office.", quote: "The port is closed", speaker: null },
    ],
  },
  // 1. Before the quote (attributionBefore).
  {
    id: "before-dash-name",
    description: "A person's name set off by a dash right before the quote.",
    examples: [
      { text: "Several people spoke, including the former governor Ada Quill -- “We were never told.”", quote: "We were never told", speaker: "Ada Quill" },
    ],
  },
  {
    id: "before-caused-to-speak",
    description: "“The slip prompted X to call Y “…”: the one caused to speak is the speaker.",
    examples: [
      { text: "The slip prompted Tom Reyes to call the plan “a disgrace to the harbour.”", quote: "a disgrace", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "before-joined-pronoun",
    description: "“X said …, and he pressed Y on “…”: the pronoun of a clause joined after the verb's clause.",
    // The conjunction that joins the clause, after a comma.
    // The conjunction that joins the clause, after a comma, and an adverb of time or addition after it.
    match: ["(but|and|yet) (then|later|also)?"],
    examples: [
      { text: "Tom Reyes testified on Friday, and he pressed the board on “wasting every penny.”", quote: "wasting every penny", speaker: "Tom Reyes" },
      { text: "Tom Reyes testified on Friday, and then he pressed the board on “wasting every penny.”", quote: "wasting every penny", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "before-joined-name",
    description: "“X testified, and Y pressed the board on “…”: the named subject of a clause joined after the verb's clause.",
    examples: [
      { text: "Tom Reyes testified, and Ada Quill pressed the board on “wasting every penny.”", quote: "wasting every penny", speaker: "Ada Quill" },
      { text: "Tom Reyes testified for two hours, and Ada Quill grilled him on “the missing millions.”", quote: "the missing millions", speaker: "Ada Quill" },
      // A surname alone, named in full before, is the joined clause's subject too.
      { text: "Tom Reyes and Ada Quill came to the hearing. Reyes testified for an hour, and Quill pressed the board on “wasting every penny.”", quote: "wasting every penny", speaker: "Ada Quill" },
    ],
    traps: [
      // The joined clause is still what the verb reports: "said the ferry was late, and Quill was …" is Reyes's.
      { text: "Tom Reyes said the ferry was late, and Ada Quill was “fed up” with it.", quote: "fed up", speaker: "Tom Reyes" },
      // Only a joined verb of speaking to, or judging, someone: one who listens or nods at the words did not say them.
      { text: "Ada Quill warned the board, and Tom Reyes nodded at the “grim” forecast.", quote: "grim", speaker: "Ada Quill" },
      { text: "Ada Quill testified for an hour, and Tom Reyes listened to the “ten-point plan” in silence.", quote: "ten-point plan", speaker: "Ada Quill" },
    ],
  },
  {
    id: "before-subject-verb",
    description: "A subject and a verb of saying before the quote: Ada Quill said, “…”; he told reporters “…”.",
    examples: [
      { text: "Ada Quill said on Friday, “We will not back down.”", quote: "We will not back down", speaker: "Ada Quill" },
      { text: "Will Reyes said on Friday, “We will not back down.”", quote: "We will not back down", speaker: "Will Reyes" },
      { text: "The board met on Monday. As Ada Quill put it, “the ferry is our lifeline.”", quote: "the ferry is our lifeline", speaker: "Ada Quill" },
      // A description, then the name set off by commas, after a clause opener: the name is the speaker.
      { text: "As the harbour master, Tom Reyes, put it in a memo to pilots, “the ferry is our lifeline.”", quote: "the ferry is our lifeline", speaker: "Tom Reyes" },
      // A phrase ending in "!" hands over only to an attribution right after it, not to a clause after "while" or "as".
      { text: "Ada Quill called the vote “a betrayal!” while Tom Reyes said it was fair.", quote: "a betrayal", speaker: "Ada Quill" },
      { text: "Nora Bell, a pilot, shouted “shame!” as the board, led by Carl Dunn, said the plan would pass.", quote: "shame", speaker: "Nora Bell" },
      // A description, then two names joined by "and" set off by commas: the names are the speakers (newsx gives one
      // speaker, the last named), not the description.
      { text: "The harbour's historians, Tom and Ada Quill, wrote that the old pier \"was never safe\" in winter.", quote: "was never safe", speaker: "Ada Quill" },
      // "executive orders" is a plural noun after a bare noun that follows "of", not a verb of saying.
      { text: "Former harbour master Ada Quill called the use of executive orders \"quite dangerous.\"", quote: "quite dangerous", speaker: "Ada Quill" },
      // An aside set off by commas between the name and the verb: its place ("Elmvale") is not the speaker.
      { text: "Ada Quill, during a town hall meeting in Elmvale, Ohio, said she was “tired of waiting for the ferry.”", quote: "tired of waiting", speaker: "Ada Quill" },
      // Far from the quote: a long description between the name and the verb.
      { text: "Ada Quill, a former aide who later ran the state party's field office for a decade and then worked for the governor, said: “We will not back down.”", quote: "We will not back down", speaker: "Ada Quill" },
      // A description naming someone else, then the speaker's name with where they come from.
      { text: "One pilot backing Tom Reyes, Carl Dunn of the harbour union, said, “We made the calls.”", quote: "We made the calls", speaker: "Carl Dunn" },
    ],
    traps: [
      // "her" after a verb is its object, not a possessive: it says nothing of the subject's gender, and "she" goes
      // back to the woman who spoke last, not to the man who pressed her.
      { text: "“I do not know,” Ana Ortiz said. Raj Patel, the committee chairman, pressed her, and she said: “I do not remember.”", quote: "I do not remember", speaker: "Ana Ortiz" },
      // "her" before a number or an ordinal owns the noun after it: Terry (a first name read as a man's) is the "she".
      { text: "“The books are open,” Lena Marsh said. Terry Quill held her first press conference in May, and she said: “The port stays open.”", quote: "The port stays open", speaker: "Terry Quill" },
      { text: "“The books are open,” Lena Marsh said. Sam Reyes thanked her 2015 campaign team, and she said: “They won it for me.”", quote: "They won it for me", speaker: "Sam Reyes" },
      // The name inside the description is not the speaker: the group after it is.
      { text: "A group backing Ada Quill, Harbour Watch of Elmvale, said, “We made the calls.”", quote: "We made the calls", speaker: "Harbour Watch" },
      // An -ing form after the object of a preposition describes that object: the pilots spoke, not Reyes.
      { text: "Tom Reyes heard from pilots saying “the ferry is our lifeline.”", quote: "the ferry is our lifeline", speaker: null },
      // The person named in a clause opened before the speaker's clause is not its subject.
      { text: "Because the harbour master, Tom Reyes, refused, the pilots said “the ferry is our lifeline.”", quote: "the ferry is our lifeline", speaker: null },
      // An auxiliary opening the sentence is a verb form, not a name.
      { text: "Having warned that the port was “finished for good,” Tom Reyes walked out.", quote: "finished for good", speaker: "Tom Reyes" },
      // A name after a participle inside the subject's phrase is the participle's object: nobody is named.
      { text: "One pilot backing Tom Reyes said, “We made the calls.”", quote: "We made the calls", speaker: null },
      { text: "The pilot representing Ada Quill told reporters, “We made the calls.”", quote: "We made the calls", speaker: null },
    ],
  },
  {
    id: "before-judging-verb",
    description: "For a phrase: a subject and a verb of judging in the phrase's clause: Ada Quill dismissed the plan as a “…”.",
    examples: [
      { text: "In July, Ada Quill dismissed the harbour plan as a “waste of everyone's time.”", quote: "waste of everyone", speaker: "Ada Quill" },
      { text: "Tom Reyes accuses the board of “sleeping at the wheel” and Ada Quill says it is “doing its best.”", quote: "sleeping at the wheel", speaker: "Tom Reyes" },
      // An aside between the subject and the verb ("for her part") is no description of her.
      { text: "Ada Quill, for her part, is labeling the board's delay “a scandal.”", quote: "a scandal", speaker: "Ada Quill" },
    ],
  },
  {
    id: "before-participle-subject",
    description: "A participle of saying before the quote whose subject stands before an earlier verb of saying.",
    examples: [
      { text: "Tom Reyes wrote to the board, saying “the port is finished.”", quote: "the port is finished", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "before-parenthetical-inverted",
    description: "An inverted verb of saying set off by commas before the quote: “The problem, says X, is “…””.",
    examples: [
      { text: "The problem, says Ada Quill, is that the ferry “will not run again.”", quote: "will not run again", speaker: "Ada Quill" },
    ],
  },
  {
    id: "before-colon-inverted",
    description: "An inverted verb of saying whose speaker runs to the colon before the quote: Said Ada Quill: “…”.",
    examples: [
      { text: "Tom Reyes spoke first. Said Ada Quill: “We were never told.”", quote: "We were never told", speaker: "Ada Quill" },
      { text: "The board met on Monday. In other words, explained harbour master Ada Quill: “What does that have to do with the ferry?”", quote: "What does that have", speaker: "Ada Quill" },
      // A description set off by a comma may run from the name to the colon.
      { text: "Tom Reyes spoke first. Said Ada Quill, the union's president: “We were never told.”", quote: "We were never told", speaker: "Ada Quill" },
    ],
    traps: [
      // After the comma a clause of its own, or a second name, is no description of the speaker.
      { text: "The board met on Monday. Said Ada Quill, then she left: “We were never told.”", quote: "We were never told", speaker: null },
    ],
  },
  {
    id: "before-colon-presented",
    description: "“Here is X at the rally: “…””: the writer presents a person's words.",
    // The words that present the name, which follows them.
    match: ["(and|but|so)? (here's|here’s)", "(and|but|so)? here (is|was)"],
    examples: [
      { text: "Here is Ada Quill at the rally: “We were never told.”", quote: "We were never told", speaker: "Ada Quill" },
    ],
  },
  {
    id: "before-colon-noun-phrase",
    description: "A transcript's speaker: a noun phrase naming a person and nothing else, then a colon.",
    examples: [
      { text: "Former harbour master Ada Quill: “We were never told.”", quote: "We were never told", speaker: "Ada Quill" },
    ],
  },
  {
    id: "before-colon-names",
    description: "Bare names and a colon right before the quote.",
    examples: [
      // The phrase before the colon holds a comma, so it is no single noun phrase (before-colon-noun-phrase).
      { text: "Ada Quill, Harbour Master: “We were never told.”", quote: "We were never told", speaker: "Ada Quill" },
    ],
  },
  {
    id: "before-colon-clause",
    description: "A clause ending in a colon right before the quote: its subject, whatever its verb.",
    examples: [
      { text: "Ada Quill then listed her reasons: “The ferry is late, the fares are up and nobody listens.”", quote: "The ferry is late", speaker: "Ada Quill" },
      // A verb taking the one addressed as its object, inside a clause, is no inverted "Said X:": the clause's subject spoke.
      { text: "Ada Quill listened for an hour. She stood up, then asked Tom Reyes: “Why were the pilots never told?”", quote: "Why were the pilots", speaker: "Ada Quill" },
      { text: "Tom Reyes smiled. He paused, then told the Courier: “The plan is fair and the board knows it.”", quote: "The plan is fair", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "before-according-to",
    description: "“According to X, “…””.",
    // The words that open the source's phrase, wherever they stand in the words around the quote.
    match: ["according to"],
    examples: [
      { text: "According to Tom Reyes, “the port will close in May.”", quote: "the port will close", speaker: "Tom Reyes" },
      { text: "Tom Reyes spoke at the pier. According to him, “the port will close in May.”", quote: "the port will close", speaker: "Tom Reyes" },
      { text: "According to the harbour master, Tom Reyes, “the port will close in May.”", quote: "the port will close", speaker: "Tom Reyes" },
      // An "according to" opening a clause joined after another verb is the quote's source, not that verb's subject.
      { text: "Ada Quill spoke first. She called Tom Reyes, the harbour master, and according to him, the port was “never safe.”", quote: "never safe", speaker: "Tom Reyes" },
      // "her" before a determiner owns nothing: it is the source standing alone, with no comma after it.
      { text: "Nora Bell told the committee the port was sinking, and according to her the board was “asleep at the wheel.”", quote: "asleep at the wheel", speaker: "Nora Bell" },
    ],
    traps: [
      // The description's own words name no one: the name after its comma is the source, not a name inside it.
      { text: "According to a pilot who worked for Ada Quill, “the port will close in May.”", quote: "the port will close", speaker: null },
      // An "according to" set off inside the speaker's own clause says where the words are written down: the
      // verb's subject is the speaker.
      { text: "Ada Quill spoke first. She said, according to the transcript, that the port was “never safe.”", quote: "never safe", speaker: "Ada Quill" },
      // A name after the description's comma that the quote goes on from is the subject of the reported clause,
      // not the source: the source is the filing.
      { text: "According to the filing, Tom Reyes “misled the pilots.”", quote: "misled the pilots", speaker: null },
      { text: "According to the complaint, Ada Quill, the plaintiff, “lost her pier.”", quote: "lost her pier", speaker: null },
    ],
  },
  {
    id: "before-participle",
    description: "A participle of saying before the quote with no subject of its own, and none found for it.",
    examples: [
      // Banners speak for no one: the participle's sentence has no person as its subject, so nobody is named.
      { text: "Banners went up along the pier, saying “the ferry must sail.”", quote: "the ferry must sail", speaker: null },
    ],
  },
  {
    id: "previous-paragraph-colon",
    description: "A quote opening its paragraph, introduced by the colon ending the paragraph before.",
    examples: [
      { text: "Tom Reyes pushed back on it:\n\n“Nobody on the board has read the report.”", quote: "Nobody on the board", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "sentence-before",
    description: "The sentence right before the quote says only who spoke: “X said in a statement. “…””.",
    examples: [
      { text: "Ivo Marsh said in a statement. “We will fight on.”", quote: "We will fight on", speaker: "Ivo Marsh" },
    ],
  },
  // 2. A phrase with no words of its own.
  {
    id: "same-clause-phrase",
    description: "A second phrase in the same clause has the first one's attribution.",
    examples: [
      { text: "Ada Quill said the board was “calmer” and “more patient” this year.", quote: "more patient", speaker: "Ada Quill" },
    ],
  },
  {
    id: "after-previous-phrase",
    description: "The words between a phrase that hands over and this one open with their own subject and verb.",
    examples: [
      { text: "The two were at odds. In a clip that Judge Ada Quill called “vulgar,” Tom Reyes expressed a wish to “start over.”", quote: "start over", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "named-lead",
    description: "A paragraph (often the headline) opening with a person's bare name and a colon.",
    examples: [
      { text: "Ada Quill: Ferry ‘will not run again’\n\nThe harbour board met on Monday.", quote: "will not run again", speaker: "Ada Quill" },
    ],
  },
  {
    id: "transcript-label",
    description: "A transcript's label naming one of the story's people: “QUILL: … ‘…’”, or a quote opening “Quill: …”.",
    examples: [
      {
        text: "Ferry plan stalls\n\nHarbour master Ada Quill spoke to the Ledger on Monday about the island ferry.\n\nQUILL: We will not pay ‘a cent more’ until the ferry is safe.",
        quote: "a cent more",
        speaker: "Ada Quill",
      },
    ],
  },
  // 3. Words that name no one.
  {
    id: "according-in-clause",
    description: "An “according to X” in a clause whose verb has no subject of its own gives the speaker.",
    examples: [
      // The clause's subject names no one ("the ferry would" makes "said the ferry" no inverted subject, and the
      // members are unnamed): the words reach the reader through Tom Reyes, the one named source.
      {
        text: "Members of the harbour board, citing “safety concerns,” said the ferry would stay in port, according to Tom Reyes.",
        quote: "safety concerns",
        speaker: "Tom Reyes",
      },
    ],
  },
  {
    id: "participle-sentence-subject",
    description: "A verb of saying with no subject of its own (“…, saying “…””, “… and said “…””): the subject of its sentence.",
    examples: [
      // A verb joined by "and" to the sentence's verb shares its subject: the second phrase is the subject's too.
      { text: "Ada Quill called the plan “a betrayal” and said the board was “asleep at the wheel.”", quote: "asleep at the wheel", speaker: "Ada Quill" },
      { text: "Tom Reyes spoke for an hour, saying “the vote was rigged.”", quote: "the vote was rigged", speaker: "Tom Reyes" },
      // A dateline set off by a dash opens the sentence: its subject comes after the dash.
      { text: "ELMVALE (Ledger) – Pilot Ada Quill has taken a swipe at the board, saying that “bombastic comments” do harm.", quote: "bombastic comments", speaker: "Ada Quill" },
      // A participle opening its sentence has its subject after it.
      { text: "Saying that the port was “finished for good” and nobody cared, Tom Reyes walked out of the hall.", quote: "finished for good", speaker: "Tom Reyes" },
      // Verbs before the participle that are not its sentence's main verb: a gerund ("naming", "Turning"), a
      // participle opening the sentence ("Asked"), a group headed by "Having", a verb in a clause of its own
      // ("after the vote ended").
      { text: "Without naming anyone, and saying only that the port was “finished for good” and nobody cared, Tom Reyes walked out.", quote: "finished for good", speaker: "Tom Reyes" },
      { text: "Asked about the vote and saying only that it was “a sham” and a disgrace, Tom Reyes walked out.", quote: "a sham", speaker: "Tom Reyes" },
      { text: "Minutes after the vote ended, saying the port was “finished for good” and nobody cared, Tom Reyes walked out.", quote: "finished for good", speaker: "Tom Reyes" },
      { text: "Having lost the vote, and saying the port was “finished for good” and nobody cared, Tom Reyes walked out.", quote: "finished for good", speaker: "Tom Reyes" },
      { text: "Turning to the board and asking “who will pay for this?” in a loud voice, Tom Reyes stood up.", quote: "who will pay", speaker: "Tom Reyes" },
      // A clause opened right before the participle's phrase has its subject after it.
      { text: "It was late when, saying the port was “finished for good” and nobody cared, Tom Reyes walked out.", quote: "finished for good", speaker: "Tom Reyes" },
      // A reflexive appositive ("herself a pilot") set off by commas between the subject and its verb.
      { text: "Ada Quill, herself a pilot, won cheers upon saying, “The ferry is finished.”", quote: "The ferry is finished", speaker: "Ada Quill" },
    ],
    traps: [
      // The person after the participle is the subject of another clause, not of the one asking.
      { text: "Pilots kept asking “why now?” until the chairman, Tom Reyes, told reporters the vote was fair.", quote: "why now", speaker: null },
      { text: "Pilots, angry at the vote, were asking “why now?” until the chairman, Tom Reyes, told reporters the vote was fair.", quote: "why now", speaker: null },
      // A clause opened between the participle and the person is that person's clause.
      { text: "Asking “why now?” when the chairman, Tom Reyes, arrived at the pier, the pilots left.", quote: "why now", speaker: null },
    ],
  },
  {
    id: "participle-pronoun-subject",
    description: "A participle with no subject in a sentence whose subject is “he” or “she” (first, or after an adverb or a short opening phrase): that pronoun's person.",
    examples: [
      { text: "Tom Reyes spoke first. He then defended the plan, saying, “I don't think this is a bad idea.”", quote: "I don't think", speaker: "Tom Reyes" },
      { text: "Tom Reyes spoke first. On Monday, he softened his tone, warning that the levy was “a last resort.”", quote: "a last resort", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "participle-previous-inverted",
    description: "A participle after an inverted “said X” of the quote before: that X.",
    examples: [
      { text: "“We are done,” said Tom Reyes, asking crews to “stay ashore.”", quote: "stay ashore", speaker: "Tom Reyes" },
    ],
  },
  // 4. No speaker words at all.
  {
    id: "clause-subject-judging",
    description: "A phrase after a verb of judging in a clause opened on a person: “when X accused him of a “…””.",
    examples: [
      // A dash breaks the verb's clause before the phrase, so before-judging-verb (which takes a plain "when Tom
      // Reyes accused the mayor of a “…”") leaves it to this rule.
      { text: "The row began in June when Tom Reyes accused the mayor — again — of a “cheap stunt” at the pier.", quote: "cheap stunt", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "phrase-sentence-subject",
    description: "A phrase in a sentence with no verb of saying: the words of the sentence's subject.",
    examples: [
      { text: "Ada Quill also bemoaned a mood in which neighbours “simply distrust each other.”", quote: "simply distrust", speaker: "Ada Quill" },
      // A progressive ("is releasing") is an action, not "is" alone.
      { text: "Harbour master Ada Quill is releasing a new radio ad that urges voters in Elmvale to “send a message” to the board.", quote: "send a message", speaker: "Ada Quill" },
      // A progressive that takes a stand on words acts too (a passive "is being called", or "is hosting", does not: see "none").
      { text: "Ada Quill is questioning whether the board can “keep the ferry afloat” this year.", quote: "keep the ferry afloat", speaker: "Ada Quill" },
      // "after Reyes" is a preposition's object, not a clause of Reyes's own.
      { text: "Ada Quill went after Tom Reyes as a “human leech who will bleed the port.”", quote: "human leech", speaker: "Ada Quill" },
    ],
  },
  {
    id: "phrase-pronoun-subject",
    description: "A phrase in a sentence whose subject is “he” or “she” (first, or after an adverb or a short opening phrase): that pronoun's person.",
    examples: [
      { text: "Ada Quill came to the pier on Monday. She thanked the crews for standing firm “time after time.”", quote: "time after time", speaker: "Ada Quill" },
      { text: "Ada Quill came to the pier on Monday. Then she thanked the crews for standing firm “time after time.”", quote: "time after time", speaker: "Ada Quill" },
    ],
  },
  {
    id: "continues-previous",
    description: "A quote standing alone after its speaker's quote goes on with that speaker.",
    examples: [
      { text: "“We will not back down,” said Ada Quill.\n\n“The harbour belongs to all of us.”", quote: "The harbour belongs", speaker: "Ada Quill" },
      // Running on into a few words of the writer's with no verb or name is standing alone too.
      { text: "“We need the ferry,” Ada Quill told reporters. “I think what they really care about is the timetable” and other everyday worries.", quote: "I think what they", speaker: "Ada Quill" },
    ],
  },
  {
    id: "continues-after-lead-in",
    description: "A quoted clause at the end of the speaker's paragraph, led in by a clause of condition or time.",
    examples: [
      { text: "“We will not back down,” said Ada Quill. Unless the board gives way, “it is hard to see how the port survives.”", quote: "it is hard to see", speaker: "Ada Quill" },
    ],
  },
  {
    id: "subject-of-sentence-before",
    description: "A quote alone after a sentence whose subject is a person, in the same paragraph.",
    examples: [
      { text: "Tom Reyes took the stage. “Inflation is our enemy.”", quote: "Inflation is our enemy", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "speaker-of-paragraph-before",
    description: "A quote-only paragraph after a paragraph whose last sentence has a person speaking as its subject.",
    examples: [
      { text: "Ada Quill continued her sharp criticism of the board.\n\n“Two winters ago the ferry stopped for a month.”", quote: "Two winters ago", speaker: "Ada Quill" },
    ],
  },
  // Reported speech without quote marks (quotes/indirect.ts), kind "indirect".
  {
    id: "indirect-subject-verb",
    description: "Reported speech: a subject and a verb of saying before the clause it reports.",
    examples: [
      { text: "Tom Reyes said the ferry would run again on Sunday.", quote: "the ferry would run again", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "indirect-inverted",
    description: "Reported speech before an inverted verb: “The ferry will run, said X.”",
    examples: [
      { text: "The ferry will run again on Sunday and every day after, said Tom Reyes.", quote: "The ferry will run again", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "indirect-participle",
    description: "Reported speech after “, arguing that …” (its speaker is then found by participle-sentence-subject).",
    examples: [
      // Leaflets argue for no one: with no person as the sentence's subject, nobody is named.
      { text: "Leaflets were handed out at the pier, arguing that the ferry must sail again before the winter.", quote: "the ferry must sail again", speaker: null },
    ],
  },
  {
    id: "indirect-according-to",
    description: "Reported speech with “according to X”.",
    examples: [
      { text: "The ferry will stop running in the winter months, according to Tom Reyes.", quote: "The ferry will stop running", speaker: "Tom Reyes" },
    ],
  },
  {
    id: "none",
    description: "No rule found speaker words: the speaker is null.",
    examples: [
      { text: "The ferry was late again. “Nobody knows why.”", quote: "Nobody knows why", speaker: null },
      // A "!" phrase followed by another clause: that clause's subject did not say it.
      { text: "Ada Quill and Tom Reyes came to the pier. Quill's sign read “Save our ferry!” as Reyes spoke.", quote: "Save our ferry", speaker: null },
      // A passive progressive, and progressives that are no act of saying or judging: the subject said nothing.
      { text: "Tom Reyes is being called a “traitor to the port” by pilots who once backed him.", quote: "traitor to the port", speaker: null },
      // A perfect passive too: the subject was called the word, by others; an aside set off by dashes changes nothing.
      { text: "Tom Reyes – a pilot for thirty years – has been called a “traitor to the port” by the board.", quote: "traitor to the port", speaker: null },
      { text: "Tom Reyes was facing what the pilots' union calls a “campaign of lies and threats” from the board.", quote: "campaign of lies", speaker: null },
      { text: "Nora Bell was having none of the board's “new vision for the harbour” on Monday.", quote: "new vision", speaker: null },
      { text: "Ada Quill is hosting a “listening session on the ferry plan” on Thursday.", quote: "listening session", speaker: null },
      // A clause of its own (a name, an adverb, a verb) stands between the sentence's subject and the phrase.
      { text: "Ada Quill walked out of the meeting after Tom Reyes quietly unveiled his “new vision for the port” to the board.", quote: "new vision", speaker: null },
      // The quote runs on into a verb of saying with a subject of its own: the words are the chairman's, not Quill's.
      { text: "“The ferry is finished” is what the chairman told the pilots in March, Ada Quill said.", quote: "The ferry is finished", speaker: null },
      // A quote opening a new paragraph and running on into a tail naming where it came from does not go on with the last speaker.
      { text: "“We will put the plan to a vote next month,” said Tom Reyes, the chairman.\n\n“Not again, not this time” from the back of the hall.", quote: "Not again", speaker: null },
      { text: "“We will not go quietly,” said Tom Reyes, a pilot.\n\n“No ferry, no peace” and other slogans of the day.", quote: "No ferry", speaker: null },
    ],
  },
] as const satisfies readonly AttributionRule[];

/** The id of a rule in RULES. */
export type RuleId = (typeof RULES)[number]["id"];

/** The rules in order of precedence, by id. */
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** The compiled `match` patterns of the rule `id` (none for a rule without them). */
export function patternsOf(id: RuleId): Pattern[] {
  const rule: AttributionRule | undefined = RULES.find((r) => r.id === id);
  return (rule?.match ?? []).map(compile);
}
