/**
 * The commander program: one subcommand per entry of COMMANDS, the same output and input options on each.
 */
import { readFileSync } from "node:fs";
import type { Writable } from "node:stream";
import { Command, InvalidArgumentError, Option } from "commander";
import { FORMATS, type Format } from "../format/index.js";
import { DEFAULT_MAX_BYTES } from "../io/index.js";
import { defaultJobs } from "./batch.js";
import { COMMANDS, type CommandSpec } from "./commands/index.js";
import { OutputError } from "./errors.js";
import { EXIT } from "./exit.js";
import type { CliIO } from "./io.js";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S, DEFAULT_TIMEOUT_S_PER_MB, type StoryLimits } from "./limits.js";
import { safeForTerminal } from "../format/escape.js";

export interface CommonOptions {
  format?: Format;
  json?: boolean;
  jsonl?: boolean;
  color?: boolean;
  maxBytes?: number;
  indirect?: boolean;
  all?: boolean;
  debug?: boolean;
  jobs?: number;
  input?: InputMode;
  quiet?: boolean;
  timeout?: number;
  maxMemory?: number;
  explain?: boolean;
  minConfidence?: number;
  anyLanguage?: boolean;
  csvRaw?: boolean;
}

/**
 * Help and version text. A reader that left (`newsx --help | head -1`) is normal: the rest is dropped, exit 0,
 * as for a command's output (src/cli/output.ts); any other failure is one line on stderr and exit 3. Without
 * a listener the stream's 'error' event would end newsx with a stack trace.
 */
function writeHelp(stdout: Writable, stderr: Writable, text: string): void {
  if (!stdout.listenerCount("error")) {
    stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") return;
      stderr.write(`${ERROR_PREFIX} ${new OutputError(error).message}\n`);
      process.exitCode = EXIT.OUTPUT_FAILED;
    });
  }
  stdout.write(text);
}

/** What every error line on stderr starts with. */
export const ERROR_PREFIX = "newsx:";

export const INPUT_MODES = ["files", "jsonl"] as const;
export type InputMode = (typeof INPUT_MODES)[number];

export type Action = (spec: CommandSpec, paths: string[], options: CommonOptions, command: Command) => Promise<void>;

export function version(): string {
  // dist/cli/program.js and src/cli/program.ts both sit two folders below package.json.
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export function buildProgram(io: CliIO, action: Action): Command {
  const program = new Command("newsx")
    .description("Turn raw news stories (plain text) into structure: metadata, paragraphs, entities, quotes.")
    .version(version(), "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => writeHelp(io.stdout, io.stderr, text),
      writeErr: (text) => void io.stderr.write(safeForTerminal(text, "cell")),
      // Help is wrapped to the terminal the CLI was given (80 columns when it is not a terminal).
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.stderrColumns ?? 80,
      // Commander's own errors ("error: unknown option") take newsx's one prefix, like every other error line.
      outputError: (text, write) => write(text.replace(/^error: /, `${ERROR_PREFIX} `)),
    })
    .showHelpAfterError("(add --help for usage and examples)")
    .addHelpText("after", `
Each command reads files, folders (every .txt below, sorted by path) and "-" (stdin); with no path it reads
stdin when stdin is not a terminal. Output is a table on a terminal and tsv when piped.
A command's options may also come before it: newsx --no-color quotes story.txt.
Exit codes: 0 ok, 1 usage error, 2 some input failed, 3 output could not be written, 4 internal error.

Examples:
  $ newsx quotes story.txt
  $ newsx entities --json story.txt | jq -r '.[] | select(.type=="person") | .name'
  $ cat story.txt | newsx meta
  $ newsx extract stories/ --jsonl
  $ newsx extract --input jsonl --jsonl < stories.jsonl      (one {"id": ..., "text": ...} per line)
  $ newsx show --html story.txt > story.html`);

  for (const spec of Object.values(COMMANDS)) {
    const command = program
      .command(spec.name)
      .description(spec.summary)
      .argument("[paths...]", 'files, folders, or "-" for stdin')
      .addOption(new Option("-f, --format <format>", "output format (default: table on a terminal, tsv when piped)").choices(FORMATS))
      .option("--json", "shortcut for --format json: ONE array of records")
      .option("--jsonl", "shortcut for --format jsonl: one record per line, streamed")
      .option("--color", "colour the table even when not on a terminal")
      .option("--no-color", "never colour (also: NO_COLOR=1, TERM=dumb)")
      .option("--max-bytes <n>", `refuse inputs larger than this many bytes (suffixes k, M, G; default ${DEFAULT_MAX_BYTES / 1024 / 1024}M)`, parseSize)
      .addOption(
        new Option("--input <mode>", 'what the paths (or stdin) hold: "files" (stories) or "jsonl" (one {"id": ..., "text": ...} per line)')
          .choices(INPUT_MODES)
          .default("files"),
      )
      .option("-j, --jobs <n>", `worker threads for a batch (default: one per core, here ${defaultJobs()}; 1: no workers)`, parseJobs)
      .option("--timeout <seconds>", `give up a story not done after this many seconds: a TIMEOUT error record (default ${DEFAULT_TIMEOUT_S} plus ${DEFAULT_TIMEOUT_S_PER_MB} per MiB of text; 0: no limit)`, parseSeconds)
      .option("--max-memory <size>", `give up a story needing more memory than this: a TOO_COMPLEX error record (suffixes M, G; default ${DEFAULT_MAX_MEMORY_MB / 1024}G)`, parseMemory)
      .option("-q, --quiet", "no progress bar on stderr (it is shown only when stderr is a terminal)")
      .option("--csv-raw", "csv and tsv: cells exactly as found (by default a cell starting with = + - @ gets a leading ' in csv, and control characters are shown as symbols)")
      .option("--debug", "show a stack trace for internal errors");
    if (spec.indirectOption) command.option("--indirect", 'include reported speech (kind "indirect")');
    if (spec.allOption) command.option("--all", spec.allOption.description);
    noColorWins(command);
    if (spec.explainOption) command.option("--explain", spec.explainOption.description);
    if (spec.depth === "full") command.option("--any-language", "analyse names and quotes even in a story told to be in another language than English");
    if (spec.indirectOption) {
      command.option("--min-confidence <x>", "speakers below this confidence (0..1) become null; their trace stays", parseConfidence);
    }
    command
      .addHelpText("after", "\nExamples:\n" + spec.examples.map(([line, what]) => `  $ ${line}\n      ${what}`).join("\n"))
      .action(async (paths: string[], options: CommonOptions, self: Command) => action(spec, paths, options, self));
  }
  return program;
}

/**
 * `--no-color` wins over `--color`, wherever each is on the line (docs/cli.md); commander alone would keep the
 * last one given.
 */
export function noColorWins(command: Command): void {
  let noColor = false;
  command.on("option:no-color", () => {
    noColor = true;
  });
  command.hook("preAction", (self) => {
    if (noColor) self.setOptionValue("color", false);
  });
}

/** The limits of each story (src/cli/limits.ts) from --timeout and --max-memory. */
export function storyLimits(options: { timeout?: number; maxMemory?: number }): StoryLimits {
  return {
    timeoutMs: (options.timeout ?? DEFAULT_TIMEOUT_S) * 1000,
    // A deadline given is the whole deadline; the default one grows with the story (src/cli/limits.ts).
    timeoutMsPerMb: options.timeout === undefined ? DEFAULT_TIMEOUT_S_PER_MB * 1000 : 0,
    maxMemoryMb: options.maxMemory ?? DEFAULT_MAX_MEMORY_MB,
  };
}

export function parseSeconds(value: string): number {
  const seconds = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || seconds > 86_400 * 365) throw new InvalidArgumentError("expected a number of seconds, e.g. 30 or 2.5 (0: no limit)");
  return seconds;
}

/** MiB, from a size such as 512M or 2G (a bare number is bytes, as for --max-bytes). */
export function parseMemory(value: string): number {
  const bytes = parseSize(value);
  const mib = Math.floor(bytes / 1024 ** 2);
  // Below this a worker cannot even hold the language model.
  if (mib < 64) throw new InvalidArgumentError("expected at least 64M, e.g. 512M or 2G");
  return mib;
}

export function parseConfidence(value: string): number {
  const n = /^\s*(0(\.\d+)?|1(\.0*)?|\.\d+)\s*$/u.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new InvalidArgumentError("expected a confidence from 0 to 1, e.g. 0.9");
  return n;
}

function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new InvalidArgumentError("expected a whole number of jobs, 1 or more");
  return jobs;
}

const SIZE_UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

export function parseSize(value: string): number {
  const match = /^(\d+)\s*([kmg]?)i?b?$/i.exec(value.trim());
  const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new InvalidArgumentError("expected a positive number of bytes, e.g. 5000000 or 20M");
  }
  return bytes;
}
