/**
 * `newsx show`: the story drawn with its extraction, for a person. Unlike the record commands it has no
 * --format: it prints one view per story on the terminal (plain markers when colour is off), or with --html
 * one self-contained page with a section per story. The renderers are pure (src/format/show-*.ts); this file
 * reads the inputs, decides colour and width once, and writes each story as soon as it is read.
 */
import { InvalidArgumentError, Option, type Command } from "commander";
import { DEFAULT_MAX_BYTES, expandInputs } from "../../io/index.js";
import { htmlEnd, htmlErrorSection, htmlSection, htmlStart } from "../../format/show-html.js";
import { DEFAULT_SHOW_WIDTH, showText } from "../../format/show-text.js";
import { defaultJobs, processAll } from "../batch.js";
import { pathsToRead } from "../paths.js";
import { noteLoopChoice } from "../loop-note.js";
import { chalkFor, colourLevel } from "../colour.js";
import { exitCodeFor, EXIT, type RunSummary } from "../exit.js";
import type { CliIO } from "../io.js";
import { Output, writeOut } from "../output.js";
import { noColorWins, parseConfidence, parseMemory, parseSeconds, parseSize, storyLimits } from "../program.js";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S } from "../limits.js";
import { withMinConfidence } from "../../story/quotes/confidence.js";
import { safeForTerminal } from "../../format/escape.js";

export interface ShowOptions {
  html?: boolean;
  color?: boolean;
  width?: number;
  maxBytes?: number;
  indirect?: boolean;
  explain?: boolean;
  minConfidence?: number;
  debug?: boolean;
  timeout?: number;
  maxMemory?: number;
}

const EXAMPLES: [string, string][] = [
  ["newsx show story.txt", "the story in the terminal, quotes coloured by speaker"],
  ["newsx show story.txt > story.log", "not a terminal: the same view with the plain markers above"],
  ["newsx show --color story.txt | less -R", "keep the colours through a pager"],
  ["newsx show --html story.txt > story.html", "one self-contained page (no script, works offline)"],
  ["newsx show --html stories/ > stories.html", "several stories: one page, a section per story"],
];

const MARKERS = `
Plain markers (when colour is off: piped, NO_COLOR, TERM=dumb or --no-color):
  [Q3 Dmitri Peskov: “...”]   quote 3 (in story order) and its speaker; [Q2 ?: “...”]: speaker not stated
  _he added_                  the words that attribute a quote (speaker and verb)
  {Moscow|place}              an entity mention and its type: person, org or place
In colour: a quote is in its speaker's colour (grey when not stated), attribution is underlined, a
person bold, an organisation italic, a place in inverse video. A legend of the speakers with their
quote counts comes first, then the metadata (headline, byline, dateline, date, credit), then the body.`;

/** Adds `show` to the program; `done` receives the exit code. */
export function addShowCommand(program: Command, io: CliIO, done: (code: number) => void): Command {
  const show = program
    .command("show")
    .description("the story annotated: quotes coloured by speaker, attribution, entities (terminal or --html page)")
    .argument("[paths...]", 'files, folders, or "-" for stdin')
    .option("--html", "write one self-contained HTML page (a section per story) instead of text")
    .option("--color", "colour the text view even when not on a terminal")
    .option("--no-color", "plain markers instead of colour (also: NO_COLOR=1, TERM=dumb, or piped)")
    .addOption(new Option("-w, --width <columns>", "wrap the text view to this width (default: the terminal's, 80 when piped)").argParser(parseWidth))
    .option("--indirect", 'also show reported speech (kind "indirect")')
    .option("--explain", "after the text, why each quote has its speaker: the rule, the words it read, the confidence")
    .option("--min-confidence <x>", "speakers below this confidence (0..1) are shown as not stated", parseConfidence)
    .option("--max-bytes <n>", `refuse inputs larger than this many bytes (suffixes k, M, G; default ${DEFAULT_MAX_BYTES / 1024 / 1024}M)`, parseSize)
    .option("--timeout <seconds>", `give up a story not done after this many seconds (default ${DEFAULT_TIMEOUT_S}; 0: no limit)`, parseSeconds)
    .option("--max-memory <size>", `give up a story needing more memory than this (default ${DEFAULT_MAX_MEMORY_MB / 1024}G)`, parseMemory)
    .option("--debug", "show a stack trace for internal errors")
    .addHelpText("after", MARKERS + "\n\nExamples:\n" + EXAMPLES.map(([line, what]) => `  $ ${line}\n      ${what}`).join("\n"))
    .action(async (paths: string[], options: ShowOptions, self: Command) => done(await runShow(paths, options, self, io)));
  noColorWins(show);
  return show;
}

function parseWidth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of columns, e.g. 100");
  return n;
}

export async function runShow(givenPaths: string[], options: ShowOptions, command: Command, io: CliIO): Promise<number> {
  const paths = pathsToRead(givenPaths, command, io);
  if (!paths) return EXIT.USAGE;
  if (options.debug) await noteLoopChoice(io.stderr);
  io.beforeReading?.(paths);

  const html = Boolean(options.html);
  // The page never holds escapes; the text view follows the usual colour rules.
  const chalk = chalkFor(html ? 0 : colourLevel({ flag: options.color, stdoutIsTTY: io.stdoutIsTTY, env: io.env }));
  const width = options.width ?? io.columns ?? DEFAULT_SHOW_WIDTH;
  const indirect = Boolean(options.indirect);
  const output = new Output(io.stdout);
  const summary: RunSummary = { usageError: false, failedInputs: 0, output: "ok", bug: false };
  let index = 0;
  await writeOut(summary, io.stderr, async () => {
    if (html) await output.write(htmlStart(paths.length === 1 && paths[0] !== "-" ? `newsx show: ${paths[0]}` : "newsx show"));
    const batch = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, stdin: io.stdin, depth: "full" as const, jobs: defaultJobs(), limits: storyLimits(options) };
    for await (const result of processAll(expandInputs(paths), batch)) {
      if (!result.ok) {
        summary.failedInputs++;
        io.stderr.write(`newsx: ${safeForTerminal(result.record.error.message, "line")}\n`);
        if (result.bug) {
          io.stderr.write(options.debug ? `${safeForTerminal(String(result.bug.stack), "lines")}\n` : "newsx: this is a bug in newsx; run again with --debug to see where\n");
        }
        // In the page the failed input keeps its place, so nothing disappears without a trace.
        if (html) await output.write(htmlErrorSection(result.record, index));
        index++;
        continue;
      }
      const story = { ...result.story, quotes: withMinConfidence(result.story.quotes, options.minConfidence ?? 0) };
      const view = html
        ? htmlSection(story, result.file, index, { indirect })
        : (index > 0 ? "\n" : "") + showText(story, { chalk, width, file: result.file, indirect, explain: Boolean(options.explain) });
      await output.write(view);
      index++;
    }
    if (html) await output.write(htmlEnd());
  });
  return exitCodeFor(summary);
}
