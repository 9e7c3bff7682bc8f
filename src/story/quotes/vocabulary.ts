/**
 * Every word list the story's readers share, each once: the quote attribution reads all of them, and the entity
 * finder (entities/mentions.ts) the name shapes, the possessive and the title words. Lists that differ on purpose
 * are built one from the other here, or set side by side, so the difference is written down (a subject pronoun
 * that opens a reported clause may be "there"; a word inside a speaker's description may be a demonym, not inside
 * a name). Lists of verbs are in base form where the matcher reduces a word to its base (`baseFormIn`); the few
 * read as written say so. (The module lives beside the quote readers, its first users; entities import it from
 * here rather than from a copy.)
 */
import type { Token } from "../../nlp/parse.js";

/** Words opening a noun phrase: "the spokesman", "his lawyer", "that official". */
export const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "another", "his", "her", "its", "their",
  "our", "my", "your", "this", "that"]);

/** Determiners that name an owner: "her “…” scheme", "their “…”". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Pronouns that can be a speech verb's subject: "he said", "they added". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i", "it"]);

/** The subject pronouns that stand for people: "he", "they", "I", not "it" ("it said" is a body's). */
export const PERSON_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS].filter((p) => p !== "it"));

/** The subject pronouns that stand for one person of known gender, the ones a sentence's focus can be. */
export const ONE_PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

/**
 * The object forms of the one-person pronouns, with the subject form they stand for: "according to him" names the
 * same person as "he said".
 */
export const OBJECT_PRONOUN_SUBJECTS: ReadonlyMap<string, string> = new Map([["him", "he"], ["her", "she"]]);

/** A speaker's words that are a pronoun ("you said" too). */
export const PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, "you"]);

/** Words opening the clause a verb reports: the subject pronouns, and "there" ("said there was …"). */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, "there"]);

/** Lower-case words joining the parts of a speaker's phrase: "Anton Reyes of the …", "Omar al Haddad". */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "at", "and", "de", "von", "van", "al", "bin",
  "la", "le", "du"]);

/** Words that open a clause set inside another: "Unless the board gives way, …", "… as Reyes looked on". */
export const SUBORDINATORS: ReadonlySet<string> = new Set(["when", "whenever", "after", "before", "because", "while",
  "as", "since", "although", "though", "if", "until", "unless", "whereas", "once", "whether"]);

/**
 * Words that, right after a quote's closing comma, open another clause of the writer's rather than the quote's
 * attribution: "Quill called it “a betrayal,” while Tom Reyes said …" is not Reyes's. The subordinators but "as"
 * ("“a betrayal,” as Tom Reyes put it" is his), and the coordinators.
 */
export const OTHER_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...[...SUBORDINATORS].filter((w) => w !== "as"),
  "and", "but", "yet", "whilst", "or", "nor"]);

/** Words that open a clause of the writer's after an attribution: what follows is no longer the same quote. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["but", "though", "although", "while", "whereas", "as", "who", "then"]);

/**
 * Acts on words, base forms: putting them out ("is releasing an ad that …", "was posting a “…”") or taking a stand
 * on someone's ("is disavowing remarks …", "is questioning whether …").
 */
export const ACTS_ON_WORDS: ReadonlySet<string> = new Set(["release", "issue", "publish", "post", "air", "write", "sign", "file", "send",
  "disavow", "repudiate", "question", "dispute", "challenge"]);

/** Words that may open a sentence before its subject with no comma: "Then he …", "But Reyes would not say …". */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(["then", "instead", "later", "but", "and", "still", "now", "so", "yet", "also"]);

/** Words after a name that say where its person comes from or works: "Ada Quill of Dunn Bell", "… at the firm". */
export const HOME_WORDS: ReadonlySet<string> = new Set(["of", "at", "from"]);

/** Verbs of saying whose object is the person addressed: "asked Tom Reyes: “…”" names the one asked. */
export const ADDRESSES_SOMEONE: ReadonlySet<string> = new Set(["tell", "ask", "warn", "urge", "remind", "assure", "reassure",
  "inform", "advise", "caution", "beg", "implore", "instruct", "order", "question", "answer", "thank", "promise",
  "notify", "call", "address", "challenge", "press", "persuade", "convince", "email", "text", "message", "write",
  "tease", "congratulate", "greet", "interrupt", "quiz", "grill", "reply", "respond", "counsel", "command"]);

/**
 * Subordinators that cannot be prepositions ("until the vote" can be a phrase; "when the vote" is a clause): the
 * SUBORDINATORS but those that also head a phrase of time or reason, and "whether", which opens a reported question.
 */
export const CLAUSE_ONLY_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS].filter((w) =>
  !["after", "before", "as", "since", "until", "once", "whether"].includes(w)));

/** Words that open a relative clause after a comma: "X, who …, said". */
export const RELATIVE: ReadonlySet<string> = new Set(["who", "whose", "which", "whom"]);

/** Words that open an appositive: "X, the …", "X, a …", "X, who …". */
export const DESCRIBING: ReadonlySet<string> = new Set(["the", "a", "an", "who", "whose", "which", "his", "her",
  "its", "their"]);

/** Words that can stand between a subject and its verb: "he also said", "she has said", "Smith later told". */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(["also", "later", "then", "has", "had", "have",
  "was", "is", "would", "will", "previously", "once", "recently", "again", "further", "still", "earlier",
  "repeatedly", "simply", "separately", "told", "just", "often", "even", "first", "flatly", "publicly", "privately",
  "only", "did", "does"]);

/**
 * Words opening an aside set off by commas between a subject and its verb: "Quill, during a visit to Elmvale,
 * said", "Reyes, for his part, said", "Lind, however, said". As written (prepositions and adverbs).
 */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(["during", "in", "at", "on", "for", "after", "before",
  "with", "without", "by", "from", "despite", "unlike", "like", "however", "meanwhile", "though", "too", "instead",
  "moreover", "nonetheless", "nevertheless", "meantime", "likewise", "speaking"]);

/** Prepositions whose object a name is: "a letter sent to X", "the firm run by X", "friends of X". */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "from", "by", "for", "against", "about", "at",
  "into", "of", "over", "toward", "towards", "between", "among", "than", "under", "behind"]);

/** Words a verb of saying takes as its own object: "said yes", "said nothing", "said otherwise". */
export const OWN_OBJECT: ReadonlySet<string> = new Set(["yes", "no", "nothing", "otherwise", "little", "goodbye",
  "hello", "grace"]);

/** Writings that come "from" their author ("according to letters from X"). */
export const DOCUMENTS: ReadonlySet<string> = new Set(["document", "documents", "papers", "letter", "letters", "email",
  "emails", "e-mail", "e-mails", "memo", "memos", "note", "notes", "diary", "diaries", "message", "messages",
  "records", "files", "statement", "transcript", "transcripts", "testimony", "affidavit", "filing", "brief", "cable",
  "cables"]);

/** "filed by", "released by": how a document names the one who put it out (past participles, as written). */
export const PUT_OUT: ReadonlySet<string> = new Set(["filed", "released", "issued", "published", "written", "signed",
  "prepared", "sent", "posted"]);

/**
 * Verbs of saying that take a reported clause ("said that …", "warned the fee would rise"), base forms; "call",
 * "ask" and "describe" do not, so a clause after them is not reported speech.
 */
export const REPORTS_CLAUSE: ReadonlySet<string> = new Set(["say", "tell", "add", "claim", "insist", "note", "warn",
  "argue", "explain", "state", "declare", "announce", "suggest", "admit", "acknowledge", "confirm", "deny", "report",
  "reveal", "stress", "predict", "promise", "vow", "write", "tweet", "concede", "contend", "maintain", "assert",
  "allege", "complain", "recall", "indicate", "reiterate", "emphasize", "emphasise", "testify", "agree", "conclude",
  "point out", "caution", "boast", "speculate", "post"]);

/**
 * Phrases of saying whose verb alone is not one, in compromise's match syntax (rules/match.ts), each read from the
 * verb on: "Falk was quoted as saying …"; "Reyes has made clear that …", "Quill made it clear she …" (the clause
 * it reports must follow); "As Nina Falk puts it, …".
 */
export const SPEECH_PHRASES = {
  quotedAs: "quoted as (say|saying)",
  madeClear: "(make|makes|made|making) it? clear",
  putIt: "(put|puts) it",
} as const;

/** Verbs whose infinitive reports the words that follow: "went on to say", "interjected to add" (base forms). */
export const INFINITIVE_OF_SAYING: ReadonlySet<string> = new Set(["say", "add", "tell", "write", "ask", "declare",
  "explain", "note", "insist"]);

/**
 * Words before "to say" that mean the saying has not happened: "Putin is expected to call", "she plans to say".
 * Matched as written (irregular forms included), since several are not verbs ("due", "likely").
 */
export const NOT_SPEAKING_YET: ReadonlySet<string> = new Set(["expect", "expects", "expected", "plan", "plans",
  "planned", "hope", "hopes", "hoped", "want", "wants", "wanted", "intend", "intends", "intended", "refuse", "refuses",
  "refused", "decline", "declines", "declined", "try", "tries", "tried", "need", "needs", "needed", "seem", "seems",
  "seemed", "appear", "appears", "appeared", "is", "are", "was", "were", "be", "going", "set", "due", "likely", "able",
  "supposed", "agree", "agrees", "agreed"]);

/**
 * Verbs after which their object did what the infinitive says: "prompted X to call", "led X to say". Not
 * "urged" or "encouraged": one urged to say something may not have said it. As written ("led" is irregular).
 */
export const CAUSATIVE: ReadonlySet<string> = new Set(["prompted", "prompts", "led", "leads", "forced", "forces",
  "caused", "causes", "provoked", "provokes", "inspired", "inspires"]);

/** Verbs whose object is the subject of a bare verb after it: "watch X insist", "let X speak". As written. */
export const LETS_SPEAK: ReadonlySet<string> = new Set(["watch", "watched", "watches", "see", "saw", "sees", "hear",
  "heard", "hears", "let", "lets", "make", "made", "makes", "help", "helped", "helps", "have", "has", "had"]);

/**
 * Verbs that put words on what they judge, so a phrase after them is the judge's: "assailed a judge for
 * his “…”", "accused him of an “…”", "branded her “…”". Verbs of facing, rejecting, quoting or signing
 * ("faced “boos”", "rejected the “cheap labour” label") take other people's words, so they are not here.
 */
export const JUDGES: ReadonlySet<string> = new Set(["accuse", "assail", "attack", "brand", "dub", "label", "criticize", "criticise", "blast",
  "slam", "mock", "praise", "condemn", "denounce", "dismiss", "deride", "ridicule", "lambaste", "liken", "hail",
  "chide", "scold", "rebuke", "decry", "blame", "portray", "call", "describe", "charge", "warn", "urge"]);

/**
 * Nouns that name words someone used, so words in marks right after them are those words, not a term or a title:
 * "the slogan “Make Harbours Safe Again”", "chants of “Ada!”", "the phrase “open port” was uttered", "by a
 * nickname, “Tilly.”".
 */
export const NAMES_WORDS: ReadonlySet<string> = new Set(["word", "words", "phrase", "phrases", "term", "terms", "slogan",
  "slogans", "motto", "mantra", "catchphrase", "chant", "chants", "cry", "cries", "nickname", "refrain"]);

/** Opening quote marks, for "nothing but a quote follows". */
export const OPENING_MARKS: ReadonlySet<string> = new Set(["“", '"', "‘", "«", "`", "'", "„"]);

/** "Mr.", "Mrs.", "Ms.": a courtesy title is not a role. */
export const COURTESY = /^(mr|mrs|ms|miss|mx|mme|mlle)\.?$/iu;

/** Words a sentence can open with that the entity finder may take into a name ("While Clinton"). */
export const NOT_A_NAME_START: ReadonlySet<string> = new Set(["some", "while", "if", "when", "whenever", "despite", "like", "why", "several",
  "many", "most", "few", "though", "although", "because", "since", "unless", "whether", "as", "so", "once",
  "until", "after", "before", "where", "how", "what", "even", "both", "all", "other", "every", "each", "any",
  "no", "not", "yes", "only", "also", "just", "but", "and", "or", "the", "a", "an", "then", "now", "here",
  "there", "i", "he", "she", "we", "they", "it", "you", "his", "her", "their", "our", "my", "your", "its",
  "this", "that", "these", "those", "with", "without", "for", "from", "in", "on", "at", "by", "of", "to",
  "about", "against", "among", "during", "under", "over", "through", "via", "per", "dear", "hey", "oh",
  "well", "still", "yet", "however", "meanwhile", "indeed", "instead", "thus", "perhaps", "maybe", "asked",
  "says", "said", "according"]);

/**
 * Tags of words that are not part of a speaker's phrase even when capitalised ("On", "With", "Sunday"), unless
 * tagged a person, organisation or place.
 */
export const NOT_IN_SPEAKER_PHRASE_TAGS: readonly string[] = ["Preposition", "Conjunction", "Date", "Adverb",
  "QuestionWord", "Determiner", "Value"];

/**
 * Tags of words that are never part of a person's name, even capitalised: those, and demonyms and pronouns, which
 * a speaker's phrase may hold ("French contractor") but a name does not.
 */
export const NOT_NAME_TAGS: readonly string[] = [...NOT_IN_SPEAKER_PHRASE_TAGS, "Demonym", "Pronoun"];

/**
 * A capitalised word with lower-case letters in it: "Carper", "McCaskill", "DeSantis", "O’Malley", with hyphens
 * where the parser keeps a hyphenated word whole ("X-Ray"); not "U.S." or "NATO". For a whole word taken as a
 * name (the speaker's words).
 */
export const NAME_SHAPED = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;

/**
 * A capital and then letters, apostrophes or dots, in any case: "Reyes", "O'Malley", "NATO", "U.S.". Wider than
 * NAME_SHAPED (capitals alone and dotted acronyms pass; callers that need a name add a lower-case test), and
 * without hyphens: the entity finder reads a hyphenated word part by part ("Holt-like" -> "Holt").
 */
export const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’.]*$/u;

/**
 * "Carson’s", "Google's", "the Reyes’ house": a possessive word. A bare apostrophe after the word counts only
 * after an "s" (the parser leaves it outside the word): after any other word it closes a single-quoted phrase
 * ("the ‘harbour’ people"), which the quote readers once took for a possessive.
 */
export function isPossessive(token: Token): boolean {
  return /\p{L}['’]s$/u.test(token.text) || (/s$/u.test(token.text) && /^['’]/u.test(token.post));
}

/** Words that date a title written before it and its place: "former", "then" ("then Texas Gov. Rick Perry"). */
export const TIME_OF_TITLE: ReadonlySet<string> = new Set(["former", "then", "ex", "acting", "outgoing", "incoming",
  "interim"]);

/** Titles of an office over a place: the name written before them is that place ("Ohio Gov.", "Texas Sen."). */
export const JURISDICTION_TITLES: ReadonlySet<string> = new Set(["gov", "governor", "sen", "senator", "rep",
  "representative", "mayor", "congressman", "congresswoman", "assemblyman", "assemblywoman", "lawmaker", "legislator"]);

/**
 * Title prefixes written with a hyphen that the parser splits off: "then-President", "ex-Minister". Not
 * TIME_OF_TITLE: "vice-", "deputy-" and "co-" are written with a hyphen, "outgoing" never is.
 */
export const HYPHEN_TITLE_PREFIXES: ReadonlySet<string> = new Set(["then", "ex", "former", "vice", "deputy", "acting",
  "co"]);
