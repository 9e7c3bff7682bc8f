/**
 * `newsx show` in the terminal: one story as text, its metadata block above the body, body paragraphs wrapped
 * to the width, every quote in its speaker's colour, attribution underlined, entity mentions styled by type.
 *
 * Without colour (chalk level 0: piped, NO_COLOR, --no-color) the same view is drawn with plain markers that
 * read well in a log:
 *     [Q3 Dmitri Peskov: “In general, ...”]   a quote, numbered in story order, with its speaker (? = not stated)
 *     _he added_                               the attribution words (speaker and verb)
 *     {Moscow|place} {Kremlin|org} {Obama|person}   entity mentions with their type
 * Pure: (story, options) -> string.
 */
import type { ChalkInstance } from "chalk";
import type { EntityType, Meta, Story } from "../types.js";
import { buildView, explanation, nest, type Annotation, type Block, type SpeakerInfo, type StoryView } from "./show-model.js";
import { wrapRuns, type Run, type Style } from "./wrap.js";
import { pushAll } from "../lib/arrays.js";

export interface ShowTextOptions {
  /** Colour decided by the CLI; level 0 gives the plain-marker view. */
  chalk: ChalkInstance;
  /** Columns to wrap to (default 80). */
  width?: number | undefined;
  /** The input's name, shown above the story. */
  file: string;
  /** Also show reported speech (kind "indirect"). */
  indirect?: boolean;
  /** After the body, why each quote has its speaker: the rule, the words it read, the confidence. */
  explain?: boolean;
}

export const DEFAULT_SHOW_WIDTH = 80;
/** Below this, wrapping stops being useful; a narrower terminal gets lines that wrap on its own. */
const MIN_WIDTH = 24;

/** Speaker colours in order of first appearance; they repeat after the twelfth speaker. */
const SPEAKER_COLOURS = [
  "cyan", "magenta", "yellow", "green", "blue", "red",
  "cyanBright", "magentaBright", "yellowBright", "greenBright", "blueBright", "redBright",
] as const;

/** The short type names of the plain markers ({Kremlin|org}). */
export const TYPE_MARK: Record<EntityType, string> = { person: "person", organization: "org", place: "place" };

const LABEL_WIDTH = 10;

export function showText(story: Story, options: ShowTextOptions): string {
  const view = buildView(story, { indirect: options.indirect ?? false });
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_SHOW_WIDTH);
  const draw = new Drawing(options.chalk);
  const out: string[] = [];
  pushAll(out, wrapRuns([{ text: `━━ ${options.file}`, style: draw.chalk.bold }], width));
  pushAll(out, labelled("Speakers", legendOfSpeakers(view, draw), width, draw));
  pushAll(out, labelled("Marks", legendOfMarks(draw), width, draw));
  out.push("");
  pushAll(out, metaBlock(story.meta, view, width, draw));
  out.push("");
  if (view.paragraphs.length === 0) out.push(draw.chalk.dim("(no body paragraphs found)"));
  const numberWidth = String(Math.max(0, view.paragraphs.length - 1)).length;
  view.paragraphs.forEach((block, i) => {
    if (i > 0) out.push("");
    const label = String(block.paragraph).padStart(numberWidth + 1) + "  ";
    const lines = wrapRuns(draw.runsOf(block), width - label.length);
    lines.forEach((line, n) => {
      out.push((n === 0 ? draw.chalk.dim(label) : " ".repeat(label.length)) + line);
    });
  });
  if (options.explain && view.quotes.length > 0) {
    out.push("");
    view.quotes.forEach((q, i) => {
      const runs: Run[] = [
        { text: `Q${q.number} ${q.speaker.name ?? "?"}:`, style: draw.speakerStyle(q.speaker) },
        { text: ` ${explanation(q.quote)}` },
      ];
      out.push(...labelled(i === 0 ? "Why" : "", runs, width, draw));
    });
  }
  return out.join("\n") + "\n";
}

/** A label in a fixed column, the runs wrapped beside it with a hanging indent. */
function labelled(label: string, runs: Run[], width: number, draw: Drawing): string[] {
  const lines = wrapRuns(runs, width - LABEL_WIDTH);
  if (lines.length === 0) lines.push(draw.chalk.dim("–"));
  return lines.map((line, i) => (i === 0 ? draw.chalk.bold(label.padEnd(LABEL_WIDTH)) : " ".repeat(LABEL_WIDTH)) + line);
}

function legendOfSpeakers(view: StoryView, draw: Drawing): Run[] {
  if (view.speakers.length === 0) return [{ text: "(no quotes found)", style: draw.chalk.dim }];
  const runs: Run[] = [];
  view.speakers.forEach((speaker, i) => {
    if (i > 0) runs.push({ text: " · " });
    const name = speaker.name ?? (draw.plain ? "? (not stated)" : "not stated");
    if (draw.plain) {
      runs.push({ text: `${name} ${speaker.count} (${speaker.quotes.map((n) => `Q${n}`).join(" ")})` });
    } else {
      // No-break spaces keep the swatch with the name and the count with it when the legend wraps.
      runs.push({ text: `■\u00a0${name}`, style: draw.speakerStyle(speaker) }, { text: `\u00a0${speaker.count}` });
    }
  });
  return runs;
}

function legendOfMarks(draw: Drawing): Run[] {
  if (draw.plain) {
    return [{ text: "[Qn speaker: “quote”] · _attribution_ · {name|person} · {name|org} · {name|place}" }];
  }
  const c = draw.chalk;
  return [
    { text: "quotes in their speaker's colour" },
    { text: " · " },
    { text: "attribution", style: c.underline },
    { text: " underlined · " },
    { text: "person", style: c.bold },
    { text: " · " },
    { text: "organisation", style: c.italic },
    { text: " · " },
    { text: "place", style: c.inverse },
  ];
}

function metaBlock(meta: Meta, view: StoryView, width: number, draw: Drawing): string[] {
  const field = (value: string | null): Run[] => (value ? [{ text: value }] : [{ text: "–", style: draw.chalk.dim }]);
  const headline: Run[] = view.headline ? draw.runsOf(view.headline) : field(meta.headline);
  return [
    ...labelled("Headline", headline, width, draw),
    ...labelled("Byline", field(meta.byline), width, draw),
    ...labelled("Dateline", field(meta.dateline), width, draw),
    ...labelled("Date", field(meta.date), width, draw),
    ...labelled("Credit", field(meta.credit), width, draw),
  ];
}

/** Styles and markers, chosen once per drawing: colour styles when chalk has colour, plain markers when not. */
class Drawing {
  readonly plain: boolean;
  private readonly styles = new Map<string, Style>();

  constructor(readonly chalk: ChalkInstance) {
    this.plain = chalk.level === 0;
  }

  speakerStyle(speaker: SpeakerInfo): Style {
    return speaker.colour < 0 ? this.chalk.gray : this.chalk[SPEAKER_COLOURS[speaker.colour % SPEAKER_COLOURS.length]!];
  }

  /** A block as runs: styled segments in colour, segments between markers without. */
  runsOf(block: Block): Run[] {
    return this.plain ? this.markedRuns(block) : block.segments.map((s) => ({ text: s.text, style: this.styleOf(s.annotations) }));
  }

  private markedRuns(block: Block): Run[] {
    const runs: Run[] = [];
    for (const event of nest(block.segments)) {
      if (event.type === "text") runs.push({ text: event.text });
      else if (event.type === "open") runs.push({ text: openMarker(event.annotation) });
      else runs.push({ text: closeMarker(event.annotation) });
    }
    return runs;
  }

  /** One style per combination of annotations, cached, so equal neighbours merge into one escape stretch. */
  private styleOf(annotations: readonly Annotation[]): Style | undefined {
    if (annotations.length === 0) return undefined;
    let speaker: SpeakerInfo | null = null;
    let underline = false;
    const types = new Set<EntityType>();
    for (const a of annotations) {
      if (a.kind === "mention") types.add(a.entity.type);
      else {
        speaker ??= a.quote.speaker;
        if (a.kind === "attribution") underline = true;
      }
    }
    const key = `${speaker ? speaker.colour : ""}|${underline}|${[...types].sort().join(",")}`;
    let style = this.styles.get(key);
    if (!style) {
      let c = this.chalk;
      if (speaker) c = speaker.colour < 0 ? c.gray : c[SPEAKER_COLOURS[speaker.colour % SPEAKER_COLOURS.length]!];
      if (underline) c = c.underline;
      if (types.has("person")) c = c.bold;
      if (types.has("organization")) c = c.italic;
      if (types.has("place")) c = c.inverse;
      style = c;
      this.styles.set(key, style);
    }
    return style;
  }
}

function openMarker(a: Annotation): string {
  if (a.kind === "quote") return `[Q${a.quote.number} ${a.quote.speaker.name ?? "?"}: `;
  if (a.kind === "attribution") return "_";
  return "{";
}

function closeMarker(a: Annotation): string {
  if (a.kind === "quote") return "]";
  if (a.kind === "attribution") return "_";
  return `|${TYPE_MARK[a.entity.type]}}`;
}

