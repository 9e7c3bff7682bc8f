/**
 * Tables that fit the terminal (issue 22): at 40, 80 and 200 columns, with one input and with several, no line
 * is wider than the terminal (measured as a terminal does, with string-width), no word of a cell is cut, file
 * names are shortened from the left, and the progress bar never shares a line with the output. The stories are
 * invented for these tests.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Writable } from "node:stream";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { chalkFor } from "../src/cli/colour.js";
import { COLUMNS, formatters } from "../src/format/index.js";
import { fitColumns, shortenLeft, type ColumnNeed } from "../src/format/fit.js";
import { runCli, tempDir } from "./helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const FERRY = `Harbour Board Postpones Ferry Vote Amid Extraordinarily Heated Debate

By Ines Calloway

PORTSMOUTH — The harbour board postponed its vote on the new ferry timetable on Tuesday.

“The timetable is counterproductive and extraordinarily expensive for commuters,” said Magdalena Vanderheijden, the board's treasurer.

“We will revisit the proposal next month,” Vanderheijden added.

Councillor Tobias Oyelaran said the delay was regrettable.
`;

const LIBRARY = `Library Opens Reading Room

By Priya Castellanos

LEEDS — The city library opened a new reading room on Monday.

“Quiet places matter more than ever,” said Rosalind Achterberg, the head librarian.
`;

// A long folder path: the file column must shorten it from the left.
const DEEP = tmp.path("newsroom-archive", "two-thousand-and-twelve", "november");
mkdirSync(DEEP, { recursive: true });
const ONE = tmp.path("newsroom-archive", "harbour-board-postpones-the-ferry-vote.txt");
writeFileSync(ONE, FERRY);
writeFileSync(`${DEEP}/library-opens-a-reading-room-in-leeds.txt`, LIBRARY);
writeFileSync(`${DEEP}/harbour-board-again.txt`, FERRY.replace("Tuesday", "Wednesday"));
const MANY = [ONE, DEEP];

const WIDTHS = [40, 80, 200];
const COMMANDS: string[][] = [["quotes"], ["quotes", "--indirect"], ["entities"], ["meta"], ["paragraphs"], ["paragraphs", "--all"], ["extract"]];

/** The words of the values a table must show whole, whatever the width (columns never dropped). */
function wordsToShow(command: string[], records: Record<string, unknown>[]): string[] {
  const fields: Record<string, string[]> = {
    quotes: ["speaker", "text"],
    entities: ["name"],
    meta: ["headline", "byline", "dateline"],
    paragraphs: ["text"],
    extract: [],
  };
  return records.flatMap((r) => (fields[command[0]!] ?? []).flatMap((f) => (typeof r[f] === "string" ? (r[f] as string).split(/\s+/) : [])));
}

/** The records a command gives for some paths: the same at every width, so read once (each batch starts a worker). */
const recordCache = new Map<string, Promise<Record<string, unknown>[]>>();
function recordsOf(command: string[], paths: readonly string[]): Promise<Record<string, unknown>[]> {
  const key = JSON.stringify([command, paths]);
  let records = recordCache.get(key);
  if (!records) {
    records = runCli([...command, "--json", ...paths]).then((run) => JSON.parse(run.stdout) as Record<string, unknown>[]);
    recordCache.set(key, records);
  }
  return records;
}

describe("a table fits the terminal", () => {
  for (const width of WIDTHS) {
    for (const [label, paths] of [["one input", [ONE]], ["several inputs", MANY]] as const) {
      it.each(COMMANDS)(`%s at ${width} columns, ${label}`, async (...command) => {
        const { stdout, code } = await runCli([...command, "--format", "table", ...paths], { stdoutIsTTY: true, columns: width, env: { FORCE_COLOR: "1" } });
        expect(code).toBe(0);
        const lines = stdout.trimEnd().split("\n");
        expect(lines.length).toBeGreaterThan(2);
        // string-width ignores the colour escapes, as the terminal does.
        for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
        const plain = (await runCli([...command, "--format", "table", ...paths], { stdoutIsTTY: true, columns: width, env: { NO_COLOR: "1" } })).stdout;
        const records = await recordsOf(command, paths);
        const words = wordsToShow(command, records).filter((w) => w !== "");
        if (command[0] !== "extract") expect(words.length).toBeGreaterThan(0);
        for (const word of words) expect(plain, `"${word}" at ${width} columns`).toContain(word);
        // Nothing is cut with an ellipsis but a file name, which is shortened from the left ("…/name.txt").
        expect(plain.replace(/…[^\s│]*\.txt/g, "")).not.toContain("…");
      });
    }
  }

  it("shows the file column only for several inputs, each file's name whole when it fits", async () => {
    const one = (await runCli(["quotes", "--format", "table", ONE], { columns: 200 })).stdout;
    expect(one).not.toMatch(/│ file /);
    const many = (await runCli(["quotes", "--format", "table", ...MANY], { columns: 200 })).stdout;
    expect(many).toMatch(/│ file /);
    expect(many).toContain("library-opens-a-reading-room-in-leeds.txt");
  });

  it("shortens file names from the left, keeping their end", async () => {
    const { stdout } = await runCli(["extract", "--format", "table", ...MANY], { columns: 40 });
    expect(stdout).toMatch(/│ …[^│ ]*\.txt +│/);
    expect(stdout).not.toContain("newsroom-archive/two-thousand");
  });

  it("shortens the file name of a record laid out vertically (meta) from the left too", async () => {
    const { stdout } = await runCli(["meta", "--format", "table", ...MANY], { columns: 40 });
    const fileRows = stdout.split("\n").filter((line) => line.startsWith("│ file "));
    expect(fileRows).toHaveLength(3);
    for (const row of fileRows) expect(row).toMatch(/│ …[^ ]*\.txt +│$/);
  });

  it("says which columns it left out", async () => {
    const { stdout } = await runCli(["quotes", "--format", "table", ...MANY], { columns: 40 });
    const header = stdout.split("\n")[1]!;
    expect(header).toMatch(/│ speaker +│ text +│/);
    expect(header).not.toContain("kind");
    expect(stdout.replace(/\s+/g, " ")).toContain("too narrow for file, paragraph, verb, kind");
  });

  it("keeps every column at 200 columns", async () => {
    const { stdout } = await runCli(["quotes", "--format", "table", ...MANY], { columns: 200 });
    expect(stdout.split("\n")[1]).toMatch(/│ file +│ paragraph +│ speaker +│ verb +│ kind +│ text +│/);
    expect(stdout).not.toContain("too narrow");
  });
});

describe("fitColumns", () => {
  const need = (natural: number, least: number, wide = false): ColumnNeed => ({ natural, least, wide });

  it("gives every column its natural width when the terminal is wide enough", () => {
    // 10 + 5 + 3 * 2 + 1 = 22 columns in all.
    expect(fitColumns([need(10, 4), need(5, 5)], 22, [])).toEqual({ keep: [0, 1], widths: [10, 5] });
  });

  it("never narrows a column below its longest word; drops columns in the stated order instead", () => {
    // Least widths 8 + 8 + 8 and a frame of 10: 34 columns. At 30, column 2 (first in the drop order) goes.
    const fit = fitColumns([need(8, 8), need(8, 8), need(8, 8)], 30, [2, 0]);
    expect(fit.keep).toEqual([0, 1]);
    expect(fit.widths).toEqual([8, 8]);
  });

  it("shares what is left with long text first", () => {
    // A name (natural 12, least 6) beside long text (natural 100, least 9) in 40 columns: frame 7, 33 to share.
    // The text reads comfortably at 20 (half of 40); the name then takes its 12; the text the last 1.
    expect(fitColumns([need(12, 6), need(100, 9, true)], 40, [])).toEqual({ keep: [0, 1], widths: [12, 21] });
  });

  it("cuts only when one column is left and its least width is wider than the terminal", () => {
    expect(fitColumns([need(30, 30)], 20, [])).toEqual({ keep: [0], widths: [16] });
  });
});

describe("shortenLeft", () => {
  it("keeps a name that fits, and the end of one that does not, at a slash when it can", () => {
    expect(shortenLeft("a/b.txt", 7)).toBe("a/b.txt");
    expect(shortenLeft("stories/2012/ferry.txt", 12)).toBe("…/ferry.txt");
    expect(shortenLeft("stories/a-very-long-name.txt", 10)).toBe("…-name.txt");
  });

  it("counts display columns: a CJK character takes two", () => {
    const short = shortenLeft("新闻/北京报道.txt", 10);
    expect(stringWidth(short)).toBeLessThanOrEqual(10);
    expect(short.endsWith(".txt")).toBe(true);
  });
});

describe("the progress bar and the table on one terminal", () => {
  /** stdout and stderr written to one log, as a terminal shows them. */
  class Terminal extends Writable {
    log = "";
    override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
      this.log += chunk.toString("utf8");
      callback();
    }
  }

  /** What a terminal would show for the log: \r, ESC[2K (clear line), ESC[nG (column n) and \n applied. */
  function screen(log: string): string[] {
    const lines: string[][] = [[]];
    let col = 0;
    const re = /\x1b\[(\d*)([A-Za-z])|\r|\n|[^\x1b\r\n]/gu;
    for (const match of log.matchAll(re)) {
      const line = lines.at(-1)!;
      if (match[0] === "\r") col = 0;
      else if (match[0] === "\n") {
        lines.push([]);
        col = 0;
      } else if (match[2] === "K") line.splice(match[1] === "2" ? 0 : col);
      else if (match[2] === "G") col = Math.max(0, Number(match[1] || 1) - 1);
      else if (match[2] === undefined) {
        while (line.length < col) line.push(" ");
        line[col++] = match[0];
      }
    }
    return lines.map((l) => l.join(""));
  }

  it.each([["table"], ["jsonl"]])("--format %s: every output line starts on a line of its own, the bar is gone at the end", async (format) => {
    const terminal = new Terminal();
    const stories = Array.from({ length: 6 }, (_, i) => tmp.path(`progress-${i}.txt`));
    for (const [i, file] of stories.entries()) writeFileSync(file, LIBRARY.replace("Monday", `Monday ${i}`));
    const { code } = await runCli(["paragraphs", "--format", format!, "--jobs", "1", ...stories], {
      stdout: terminal,
      stderr: terminal,
      stdoutIsTTY: true,
      stderrIsTTY: true,
      columns: 80,
    });
    expect(code).toBe(0);
    // The bar was drawn...
    expect(terminal.log).toMatch(/\d+\/6 stories/);
    const shown = screen(terminal.log);
    // ...and is nowhere on the screen at the end: not left over, not in front of the output.
    expect(shown.join("\n")).not.toContain("stories");
    const first = format === "table" ? "┌" : "{";
    expect(shown.filter((l) => l.includes(first)).every((l) => l.startsWith(first))).toBe(true);
    expect(shown.filter((l) => l !== "").length).toBeGreaterThan(6);
  });
});

describe("table formatter", () => {
  it("wraps a long word-free cell only when it must, and keeps widths with colour on", () => {
    const record = { file: "a.txt", index: 0, start: 0, end: 10, text: "Short words only here, nothing cut at all." };
    for (const chalk of [chalkFor(0), chalkFor(1)]) {
      const out = formatters.table.format([record], { columns: COLUMNS.paragraphs, chalk, width: 30 });
      for (const line of out.trimEnd().split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(30);
      expect(out).toContain("nothing");
    }
  });
});
