/**
 * The CLI's entry: `main(argv, io)` runs newsx against the given streams and returns the exit code;
 * `run()` wires it to the real process and applies the code with process.exitCode.
 */
import { CommanderError, type Command } from "commander";
import { formatters, type Format, type FormatOptions, type OutputRecord } from "../format/index.js";
import { DEFAULT_MAX_BYTES, expandInputs, jsonlInputs, type Input, type ReadOptions } from "../io/index.js";
import { defaultJobs, processAll, type Result } from "./batch.js";
import { chalkFor, colourLevel } from "./colour.js";
import type { CommandOptions, CommandSpec } from "./commands/index.js";
import { storyRecords } from "./story-records.js";
import { brokenRecordEnd, RECORD_FRAME, recordBody, type JsonFormat } from "../format/json.js";
import { failure, type FailedResult } from "./process.js";
import { addShowCommand } from "./commands/show.js";
import { addCompletionCommand } from "./completion.js";
import { OutputClosed, OutputError, UsageError } from "./errors.js";
import { EXIT, exitCodeFor, type RunSummary } from "./exit.js";
import { hoistOptions } from "./argv.js";
import { processIO, type CliIO } from "./io.js";
import { noteLoopChoice } from "./loop-note.js";
import { exitWithParent } from "./lifeline.js";
import { pathsToRead } from "./paths.js";
import { Output, PieceWriter, writeOut } from "./output.js";
import { handleInterrupts, interruptError } from "./interrupt.js";
import { noProgress, showProgress, terminalProgress, type Progress } from "./progress.js";
import { buildProgram, storyLimits, type CommonOptions } from "./program.js";
import { pushAll } from "../lib/arrays.js";
import { safeForTerminal } from "../format/escape.js";
import { JsonlIds } from "./jsonl-ids.js";
import { columnsFor, packRows, RENDER_FRAME, rowColumns, rowsOf, type PackedRow, type StreamFormat } from "./render.js";

/**
 * The whole command-line program: the record commands, `show` and `completion`. `done` receives the exit code of
 * the command that ran. Also what the man page and the shell completions are generated from.
 */
export function newsxProgram(io: CliIO, done: (code: number) => void): Command {
  const program = buildProgram(io, async (spec, paths, options, command) => {
    done(await runCommand(spec, paths, options, command, io));
  });
  // `show` draws stories rather than printing records, so it is registered beside the record commands.
  addShowCommand(program, io, done);
  addCompletionCommand(program, io);
  return program;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const debug = argv.includes("--debug");
  let code: number = EXIT.OK;
  const program = newsxProgram(io, (commandCode) => {
    code = commandCode;
  });
  try {
    // Options given before the command (`newsx --no-color quotes x.txt`) are read as the command's.
    await program.parseAsync(hoistOptions(argv, program.commands.map((c) => c.name())), { from: "user" });
    return code;
  } catch (error) {
    // Commander has already printed help, the version or the error with its hint.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    if (error instanceof UsageError) {
      io.stderr.write(`newsx: ${safeForTerminal(error.message, "line")} (${error.hint})\n`);
      return EXIT.USAGE;
    }
    reportBug(io, error, debug);
    return EXIT.INTERNAL;
  }
}

async function runCommand(spec: CommandSpec, givenPaths: string[], options: CommonOptions, command: Command, io: CliIO): Promise<number> {
  const format = chooseFormat(options, io);
  const paths = pathsToRead(givenPaths, command, io);
  if (!paths) return EXIT.USAGE;
  if (options.debug && spec.depth === "full") await noteLoopChoice(io.stderr);

  const formatter = formatters[format];
  const columnChoice = { all: Boolean(options.all), explain: Boolean(options.explain) };
  const formatOptions: FormatOptions = {
    columns: columnsFor(spec, columnChoice),
    chalk: chalkFor(colourLevel({ flag: options.color, stdoutIsTTY: io.stdoutIsTTY, env: io.env })),
    width: io.columns,
    raw: Boolean(options.csvRaw),
  };
  const output = new Output(io.stdout);
  const read: ReadOptions = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, stdin: io.stdin };
  const jsonl = options.input === "jsonl";
  if (!jsonl) io.beforeReading?.(paths);
  const inputs: AsyncIterable<Input> = jsonl ? jsonlInputs(paths, read) : expandInputs(paths);
  const bar = showProgress({ stderrIsTTY: Boolean(io.stderrIsTTY), quiet: Boolean(options.quiet) });
  const progress = bar ? await terminalProgress(io.stderr, io.stderrColumns) : noProgress(io.stderr);
  // JSON Lines cannot be counted without reading them twice; folders can, cheaply, while the batch runs.
  if (bar && !jsonl) void countInputs(paths).then((count) => progress.total(count), () => {});
  const summary: RunSummary = { usageError: false, failedInputs: 0, output: "ok", bug: false };
  const held: PackedRow[] = [];
  const ids = new JsonlIds();
  let index = 0;
  // What is on stdout that an interrupt must end (src/cli/interrupt.ts): the pieces gathered for the input
  // being written, the closers of the record they stop in (null between records), whether any record is out.
  const out: OpenRecord = { pieces: undefined, open: null, any: false };
  const streamsJson = format === "json" || format === "jsonl";
  let arrayOpen = false;
  const removeHandlers = streamsJson
    ? handleInterrupts(io.stdout, (signal) => {
        const parts: (string | Uint8Array)[] = [];
        if (out.pieces) parts.push(out.pieces.take());
        const frame = RECORD_FRAME[format as JsonFormat];
        if (out.open !== null) parts.push(brokenRecordEnd(format as JsonFormat, out.open, interruptError(signal)) + frame.tail);
        if (format === "json" && arrayOpen) parts.push(formatter.stream!.end(out.any || index > 0 ? 1 : 0, formatOptions));
        return Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)));
      }, () => output.stop())
    : () => {};
  try {
    await writeOut(summary, io.stderr, async () => {
      const stream = formatter.stream;
      if (stream) {
        const start = output.write(stream.start(formatOptions));
        arrayOpen = true;
        await start;
      }
      // --jobs given: the user wants workers even for a few stories; by default they start for a real batch.
      const batch = {
        ...read,
        depth: spec.depth,
        anyLanguage: Boolean(options.anyLanguage),
        jobs: options.jobs ?? defaultJobs(),
        storiesPerWorker: options.jobs ? 1 : undefined,
        limits: storyLimits(options),
        // A worker sends its story's records as text (json/jsonl/csv/tsv) or table cells, not the Story
        // (src/cli/render.ts).
        render: { command: spec.name, format, options: commandOptionsOf(options), columns: columnChoice, raw: Boolean(options.csvRaw) },
      };
      for await (const result of processAll(inputs, batch)) {
        if ("tabled" in result) {
          // The table's rows, packed by the worker as recordsOf and packRows below pack them here.
          if (spec.depth === "full") for (const warning of result.warnings ?? []) progress.line(storyWarning(result.file, warning));
          const warning = ids.check(result);
          if (warning) progress.line(`newsx: warning: ${safeForTerminal(warning, "line")}\n`);
          pushAll(held, rowsOf(result.rows));
          progress.done();
          continue;
        }
        if ("rendered" in result) {
          // The worker makes the records' text and streams it here (src/cli/piece-stream.ts); each record is
          // framed as recordChunks frames it: the first piece gets this record's lead, the worker did the rest.
          // csv/tsv rows have no frame, and their pieces end between rows (open stays null).
          if (spec.depth === "full") for (const warning of result.warnings ?? []) progress.line(storyWarning(result.file, warning));
          const warning = ids.check(result);
          if (warning) progress.line(`newsx: warning: ${safeForTerminal(warning, "line")}\n`);
          const frame = RENDER_FRAME[format as StreamFormat];
          const pieces = new PieceWriter(output, () => progress.clear());
          out.pieces = pieces;
          const streamed = result.pieces;
          let first = true;
          for await (const bytes of streamed) {
            // The lead goes in the same piece as the first bytes: an interrupt never finds it out alone.
            const piece = first ? Buffer.concat([Buffer.from(frame.lead(index), "utf8"), bytes]) : bytes;
            first = false;
            // Set before add, which gathers the piece before it first waits.
            out.open = streamed.open;
            out.any = true;
            await pieces.add(piece);
          }
          const failed = streamed.failure;
          if (!failed) index += result.count;
          else {
            // The worker failed while writing (it died, or the batch ended): one error line, as for any input.
            summary.failedInputs++;
            recordsOf(failed, spec, options, false, progress, Boolean(options.debug));
            index += streamed.done;
            if (streamed.open !== null) {
              // Part of a record is out: it ends as valid JSON that carries the error (brokenRecordEnd).
              out.open = null;
              await pieces.add(brokenRecordEnd(format as JsonFormat, streamed.open, failed.record.error) + frame.tail);
            } else for (const piece of stream!.recordChunks(failed.record, index, formatOptions)) await pieces.add(piece);
            index++;
          }
          await pieces.flush();
          out.pieces = undefined;
          progress.done();
          continue;
        }
        const records = recordsOf(result, spec, options, formatter.carriesErrors, progress, Boolean(options.debug));
        if (result.ok && result.line) {
          const warning = ids.check(result);
          if (warning) progress.line(`newsx: warning: ${safeForTerminal(warning, "line")}\n`);
        }
        if (!result.ok) summary.failedInputs++;
        if (stream) {
          // Written as each input finishes: jsonl is flushed per input and memory does not grow with the batch.
          // The bar is taken off first: stdout and stderr are often the same terminal.
          // Piece by piece: the json/jsonl record of a 10 MB story is hundreds of MB, never held as one string.
          const pieces = new PieceWriter(output, () => progress.clear());
          out.pieces = pieces;
          for (const record of records) {
            if (format === "json" || format === "jsonl") {
              const failed = await addJsonRecord(pieces, format, record, index, out);
              if (failed) {
                summary.failedInputs++;
                recordsOf(failed, spec, options, false, progress, Boolean(options.debug));
              }
            } else for (const piece of stream.recordChunks(record, index, formatOptions)) await pieces.add(piece);
            index++;
          }
          await pieces.flush();
          out.pieces = undefined;
        } else {
          pushAll(held, rowsOf(packRows(records, formatOptions.columns)));
        }
        progress.done();
      }
      // The bar is gone before the last output (the whole table) is formatted and written.
      progress.stop();
      // The table is drawn from its rows' cells (the records themselves are not kept): columns that read them.
      if (stream) {
        const last = stream.end(index, formatOptions);
        // From here an interrupt has nothing to close: the array's end is on its way.
        arrayOpen = false;
        await output.write(last);
      } else {
        const rows = held as readonly object[] as OutputRecord[];
        const tableOptions = { ...formatOptions, columns: rowColumns(formatOptions.columns) };
        await writeChunks(output, formatter.chunks ? formatter.chunks(rows, tableOptions) : [formatter.format(rows, tableOptions)]);
      }
    });
  } finally {
    removeHandlers();
    progress.stop();
  }
  return exitCodeFor(summary);
}

/**
 * json/jsonl: adds one record's pieces (as the format's recordChunks makes them). Pieces of a big record are
 * written while later ones are made, so a record whose making fails (a bug) after some of it is out cannot be
 * taken back: it is ended as valid JSON that carries the error (brokenRecordEnd), or, when none of it was out,
 * replaced by the error record. Either way one record stands in its place and the output stays valid.
 */
async function addJsonRecord(pieces: PieceWriter, format: JsonFormat, record: OutputRecord, index: number, out: OpenRecord): Promise<FailedResult | undefined> {
  const { lead, tail } = RECORD_FRAME[format];
  const trace = { closers: (): string | null => null };
  let open: string | null = null;
  let started = false;
  // The lead goes with the first piece of the body: an interrupt never finds it out alone.
  let before = lead(index);
  try {
    // Not awaited inside the generator: a piece is made, then added (output errors are not the record's).
    const body = recordBody(format, record, { trace });
    for (;;) {
      const next = body.next();
      if (next.done) break;
      open = trace.closers();
      started = true;
      // Set before add, which gathers the piece before it first waits.
      out.open = open;
      out.any = true;
      await pieces.add(before + next.value);
      before = "";
    }
  } catch (error) {
    if (error instanceof OutputClosed || error instanceof OutputError) throw error;
    const failed = failure(record.file, error);
    out.open = null;
    if (started && open !== null) await pieces.add(brokenRecordEnd(format, open, failed.record.error) + tail);
    else if (!started) await pieces.add(before + [...recordBody(format, failed.record)].join("") + tail);
    else await pieces.add(tail);
    return failed;
  }
  out.open = null;
  await pieces.add(tail);
  return undefined;
}

/** What an interrupt finds on stdout (see runCommand). */
interface OpenRecord {
  pieces: PieceWriter | undefined;
  open: string | null;
  any: boolean;
}

/** Counts the stories a batch of paths holds, for the progress bar (listing only, nothing is read). */
async function countInputs(paths: readonly string[]): Promise<number> {
  let count = 0;
  for await (const _ of expandInputs(paths)) count++;
  return count;
}

function recordsOf(result: Result, spec: CommandSpec, options: CommonOptions, carriesErrors: boolean, progress: Progress, debug: boolean): OutputRecord[] {
  if (result.ok) {
    // A story analysed only in part says why on stderr (once per story), whatever the format.
    if (spec.depth === "full") for (const warning of result.story.warnings ?? []) progress.line(storyWarning(result.file, warning));
    return storyRecords(result, spec, commandOptionsOf(options));
  }
  // One line on stderr for every failed input, whatever the format; json/jsonl also keep it in its place.
  progress.line(`newsx: ${safeForTerminal(result.record.error.message, "line")}\n`);
  if (result.bug) {
    progress.line(debug ? `${safeForTerminal(String(result.bug.stack), "lines")}\n` : "newsx: this is a bug in newsx; run again with --debug to see where\n");
  }
  return carriesErrors ? [result.record] : [];
}

function storyWarning(file: string, warning: string): string {
  return `newsx: ${safeForTerminal(file, "line")}: ${warning}\n`;
}

function commandOptionsOf(options: CommonOptions): CommandOptions {
  return { indirect: Boolean(options.indirect), all: Boolean(options.all), minConfidence: options.minConfidence ?? 0 };
}

function chooseFormat(options: CommonOptions, io: CliIO): Format {
  const asked = new Set<Format>();
  if (options.format) asked.add(options.format);
  if (options.json) asked.add("json");
  if (options.jsonl) asked.add("jsonl");
  if (asked.size > 1) throw new UsageError(`choose one output format, not ${[...asked].join(" and ")}`, "use --format, --json or --jsonl once");
  return [...asked][0] ?? (io.stdoutIsTTY ? "table" : "tsv");
}

function reportBug(io: CliIO, error: unknown, debug: boolean): void {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`newsx: internal error: ${safeForTerminal(message, "line")}\n`);
  io.stderr.write(debug && error instanceof Error ? `${safeForTerminal(String(error.stack), "lines")}\n` : "newsx: this is a bug in newsx; run again with --debug to see where\n");
}

/** The process entry used by bin/newsx.js. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  // In the child that bin/newsx.js re-launches from the snapshot: end with the parent.
  exitWithParent();
  const io = processIO();
  // A closed stderr must not turn into an uncaught exception.
  io.stderr.on("error", () => {});
  main(argv, io).then(
    (code) => {
      // A failure already recorded (help or version text on a stdout that failed, src/cli/program.ts, whose
      // 'error' event may come before the command's code) is not undone by the command's own success.
      if (code !== EXIT.OK || !process.exitCode) process.exitCode = code;
    },
    (error: unknown) => {
      reportBug(io, error, argv.includes("--debug"));
      process.exitCode = EXIT.INTERNAL;
    },
  );
}

/** Text given in many small pieces, written in batches of about 64 KiB: whole, never all held at once. */
async function writeChunks(output: Output, chunks: Iterable<string>): Promise<void> {
  let batch = "";
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= 65_536) {
      await output.write(batch);
      batch = "";
    }
  }
  await output.write(batch);
}
