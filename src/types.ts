/**
 * The public JSON contract of newsx.
 *
 * Every record newsx prints, and every value the library returns, has one of the shapes below. Other tools
 * (jq filters, notebooks, pipelines) depend on these names, so a field is only ever added, never renamed.
 *
 * Offsets: `start` is inclusive and `end` exclusive, counted in Unicode code points of the decoded input
 * (a leading byte-order mark removed, nothing else changed). So `[...text].slice(start, end).join("")` in
 * JavaScript, `text[start:end]` in Python and `.[start:end]` in jq give back exactly the span.
 */

/** A stretch of the input text. */
export interface Span {
  /** First code point of the span (inclusive). */
  start: number;
  /** One past the last code point of the span (exclusive). */
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** Titles of the neighbouring stories, from a "« previous | Main | next »" navigation line. */
export interface NavLinks {
  previous: string | null;
  next: string | null;
}

/** What the story says about itself. Every field is null (or empty) when the story does not say. */
export interface Meta {
  /** The story's own headline, e.g. "Kremlin Cheers Obama’s Re-Election". */
  headline: string | null;
  /** The byline as written, e.g. "By LISA MASCARO and MARY CLARE JALONICK". */
  byline: string | null;
  /** The author names taken from the byline, in order. */
  authors: string[];
  /** The place of the dateline, e.g. "MOSCOW" from "(MOSCOW) --" or "WASHINGTON (AP) —". */
  dateline: string | null;
  /** Publication date as ISO 8601 ("2019-11-19" or "2019-11-19T16:35:00-05:00"). */
  date: string | null;
  /** Photo credit, e.g. "Sasha Mordovets/Getty Images". */
  credit: string | null;
  /** Copyright line, e.g. "Copyright 2012 ABC News Radio". */
  copyright: string | null;
  /** The publication or agency, e.g. "ABC News Radio". */
  source: string | null;
  /** ISO 639-1 code of the story's language when it can be told ("en"), else null. */
  language: string | null;
  /** Navigation links to neighbouring stories, or null when the page has none. */
  links: NavLinks | null;
}

/** One paragraph of the story's body. */
export interface Paragraph extends TextSpan {
  /** 0-based position among the body paragraphs. */
  index: number;
}

/** What a non-body block of the page is. */
export type BlockKind =
  | "headline"
  | "byline"
  | "dateline"
  | "date"
  | "credit"
  | "caption"
  | "navigation"
  | "share"
  | "related"
  | "advert"
  | "copyright"
  | "source"
  | "footer"
  | "other";

/** A block of the page that is not part of the story's body, kept with what it is. */
export interface Boilerplate extends TextSpan {
  kind: BlockKind;
}

export type EntityType = "person" | "organization" | "place";

/** One place where an entity is named. */
export interface Mention extends TextSpan {
  /** Body paragraph index, or null for a mention outside the body (headline, credit, dateline). */
  paragraph: number | null;
}

/** A person, organisation or place, merged over all the ways the story names it. */
export interface Entity {
  /** The fullest form of the name in the story, e.g. "Dmitry Medvedev". */
  name: string;
  type: EntityType;
  /** Other forms of the name seen in the story, e.g. ["Medvedev"]. */
  aliases: string[];
  /** Titles the story gives it, e.g. ["then-President", "prime minister"]. */
  titles: string[];
  /** Number of mentions. */
  count: number;
  mentions: Mention[];
}

export type QuoteKind = "direct" | "partial" | "indirect";

/** Who said what. */
export interface Quote extends Span {
  /** The quoted words without the enclosing quote marks (for an interrupted quote, the fragments joined by a space). */
  text: string;
  /** The speaker's fullest name in the story, or null when the story does not say who. */
  speaker: string | null;
  /** The words that attribute the quote as written, e.g. "he", "spokesman Dmitri Peskov". */
  speakerText: string | null;
  /** The speaker's title or function, e.g. "spokesman", "Russian Foreign Minister". */
  role: string | null;
  /** The attribution verb, e.g. "said", "added"; null when there is none. */
  verb: string | null;
  /**
   * direct: a whole sentence or more inside quote marks; partial: a quoted phrase inside a sentence of the
   * writer's; indirect: reported speech without quote marks.
   */
  kind: QuoteKind;
  /** The outlet the quote was relayed through ("according to the Interfax news agency" gives "Interfax"). */
  via: string | null;
  /**
   * Body paragraph index where the quote starts; -1 for a quote in the story's headline, which is no body
   * paragraph ("Quill: Plan Is ‘Dead on Arrival’"; its `start`/`end` point into the headline).
   */
  paragraph: number;
  /**
   * The pieces of an interrupted quote (“A,” he said, “B.”) or of a quote that runs over several paragraphs,
   * in order; absent when the quote is one piece. `text` is then the pieces joined by a space.
   */
  fragments?: TextSpan[];
  /** Where the speaker words stand in the text, when there are any. */
  speakerSpan: Span | null;
  /** Where the attribution verb stands in the text, when there is one. */
  verbSpan: Span | null;
  /**
   * Why this speaker: the rule that decided it and the words it read (`newsx quotes --explain`). The rules,
   * their order and examples are listed in src/story/quotes/rules/index.ts; `rule` is "none" when no rule found
   * a speaker.
   */
  attribution: AttributionTrace;
  /**
   * How likely the speaker is right, 0..1, calibrated on the shared gold per rule (see `npm run train:confidence`);
   * null when there is no speaker. Kept when `minConfidence` drops the speaker, so the drop can be seen.
   */
  confidence: number | null;
}

/** The trace of a speaker decision. */
export interface AttributionTrace {
  /** Id of the rule that found the speaker words, e.g. "after-subject-verb" ("…,” Ada Quill said). */
  rule: string;
  /** The words the rule read, as written and shortened: "Ada Quill said", "he said", "carried from: said Quill". */
  evidence: string;
  /**
   * How those words became a name: "name" (an entity named there), "title-holder" ("the spokesman" the story
   * names), "surname", "unlisted-name", "pronoun-last-speaker", …; "none" when they gave no name.
   */
  resolution: string;
}

/** Everything newsx extracts from one story. */
export interface Story {
  meta: Meta;
  paragraphs: Paragraph[];
  /** Every block that is not the story's body, classified. */
  boilerplate: Boilerplate[];
  entities: Entity[];
  quotes: Quote[];
  /**
   * What the reader should know about this result, one sentence each; absent when there is nothing to say.
   * Today: a story in another language than English, whose names and quotes were not analysed.
   */
  warnings?: string[];
}

/** Options of `extract`. */
export interface ExtractOptions {
  /** Also report indirect (unquoted) speech (quotes of kind "indirect"). Default false, as in the CLI (`--indirect`). */
  indirect?: boolean;
  /**
   * Analyse names and quotes even when the story's language is told and is not English. Off by default: the
   * tagger knows English only, and on other languages its "names" are mostly capitalised common words.
   */
  anyLanguage?: boolean;
  /**
   * Speakers whose `confidence` is below this (0..1) become null; their `attribution` and `confidence` stay, so
   * what was dropped can still be read. Default 0: keep every speaker.
   */
  minConfidence?: number;
}

/** The record printed for an input that could not be processed. */
export interface ErrorRecord {
  file: string;
  error: {
    /** Stable, documented code, e.g. "ENOENT", "EACCES", "BINARY", "TOO_LARGE". */
    code: string;
    message: string;
  };
}
