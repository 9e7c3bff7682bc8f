/**
 * Issue 22's command-line polish: options before the command, one error prefix, the colour rule as documented,
 * help examples that run on the jq here (1.6 has `end` as a keyword), an empty path, shell completions and the
 * man page, all generated from the one commander program. Stories are invented for these tests.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { commandOf, hoistOptions, VALUE_OPTIONS } from "../src/cli/argv.js";
import { COMMANDS } from "../src/cli/commands/index.js";
import { completionScript } from "../src/cli/completion.js";
import type { CliIO } from "../src/cli/io.js";
import { newsxProgram } from "../src/cli/main.js";
import { manPage } from "../src/cli/man.js";
import { version } from "../src/cli/program.js";
import { FIXTURE, runCli, tempDir } from "./helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const STORY = `Harbour Board Delays Vote

By Ines Calloway

PORTSMOUTH — The harbour board delayed its vote on Tuesday.

“The timetable is simply too expensive,” said Magdalena Vanderheijden, the board's treasurer.
`;
writeFileSync(tmp.path("story.txt"), STORY);
mkdirSync(tmp.path("stories"));
writeFileSync(tmp.path("stories", "a.txt"), STORY);
writeFileSync(tmp.path("stories", "b.txt"), STORY.replace("Tuesday", "Friday"));

const silent = new Writable({ write: (_chunk, _encoding, callback) => callback() });
const io: CliIO = { stdin: () => { throw new Error("unused"); }, stdout: silent, stderr: silent, stdinIsTTY: false, stdoutIsTTY: false, env: {} };
const program = newsxProgram(io, () => {});

const has = (tool: string): boolean => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

describe("options before the command", () => {
  it("are read as the command's options", async () => {
    const after = await runCli(["quotes", "--no-color", "--format", "table", "-j", "1", FIXTURE], { env: { FORCE_COLOR: "1" } });
    const before = await runCli(["--no-color", "--format", "table", "-j", "1", "quotes", FIXTURE], { env: { FORCE_COLOR: "1" } });
    expect(before.code).toBe(0);
    expect(before.stderr).toBe("");
    expect(before.stdout).toBe(after.stdout);
    expect(before.stdout).toContain("Dmitri Peskov");
    expect(before.stdout).not.toContain("\x1b");
  });

  it("an option the command does not have is still refused", async () => {
    const { code, stderr } = await runCli(["--html", "quotes", FIXTURE]);
    expect(code).toBe(1);
    expect(stderr).toContain("unknown option '--html'");
  });

  it("hoists past option values, never past --, --help or --version", () => {
    const commands = ["quotes", "meta"];
    expect(hoistOptions(["--format", "json", "meta", "a.txt"], commands)).toEqual(["meta", "--format", "json", "a.txt"]);
    expect(hoistOptions(["-j", "2", "--json", "quotes", "-"], commands)).toEqual(["quotes", "-j", "2", "--json", "-"]);
    expect(hoistOptions(["--", "quotes"], commands)).toEqual(["--", "quotes"]);
    expect(hoistOptions(["--help", "quotes"], commands)).toEqual(["--help", "quotes"]);
    expect(hoistOptions(["--json", "nosuch", "a.txt"], commands)).toEqual(["--json", "nosuch", "a.txt"]);
    expect(commandOf(["--format", "json", "quotes"])).toBe("quotes");
    expect(commandOf(["--max-bytes", "5M", "extract", "x"])).toBe("extract");
  });

  it("knows every option that takes a value (the list the launcher uses, checked against the program)", () => {
    const valueFlags = new Set<string>();
    for (const command of program.commands) {
      for (const option of command.options) {
        if (option.required || option.optional) for (const flag of [option.short, option.long]) if (flag) valueFlags.add(flag);
      }
    }
    expect([...valueFlags].sort()).toEqual([...VALUE_OPTIONS].sort());
  });
});

describe("errors", () => {
  const cases: [string, string[]][] = [
    ["an unknown option", ["quotes", "--nosuch", FIXTURE]],
    ["a bad --format", ["quotes", "--format", "xml", FIXTURE]],
    ["a bad --jobs", ["quotes", "--jobs", "0", FIXTURE]],
    ["an unknown command", ["nosuch"]],
    ["two formats", ["quotes", "--json", "--jsonl", FIXTURE]],
    ["a missing file", ["quotes", tmp.path("missing.txt")]],
  ];
  it.each(cases)("%s: the message starts with newsx:", async (_, argv) => {
    const { code, stderr } = await runCli(argv);
    expect(code).not.toBe(0);
    const [first, ...rest] = stderr.trimEnd().split("\n");
    expect(first).toMatch(/^newsx: /);
    expect(stderr).not.toMatch(/^error:/m);
    // Nothing else but the hint to --help follows the one line.
    for (const line of rest) expect(line).toMatch(/^\(add --help/);
  });

  it("an empty path is named as such", async () => {
    const { code, stderr } = await runCli(["quotes", ""]);
    expect(code).toBe(1);
    expect(stderr).toBe('newsx: an empty path ("") was given (is a shell variable empty or unset?)\n');
  });

  it("a binary input is named with the right article", async () => {
    writeFileSync(tmp.path("program.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
    const { stderr } = await runCli(["meta", tmp.path("program.txt")]);
    expect(stderr).toContain("not text (looks like an ELF executable)");
  });
});

describe("colour: --no-color wins over --color, whatever their order", () => {
  const table = ["paragraphs", "--format", "table", FIXTURE];
  it.each([
    [["--color", "--no-color"]],
    [["--no-color", "--color"]],
  ])("%j", async (flags) => {
    expect((await runCli([...table, ...flags!])).stdout).not.toContain("\x1b");
    expect((await runCli([...table, ...flags!], { stdoutIsTTY: true, env: { FORCE_COLOR: "3" } })).stdout).not.toContain("\x1b");
    expect((await runCli(["show", ...flags!, FIXTURE])).stdout).not.toContain("\x1b");
  });

  it("--color alone colours a table into a pipe", async () => {
    expect((await runCli([...table, "--color"])).stdout).toContain("\x1b[");
  });
});

describe.skipIf(!has("jq"))("help examples with jq run on the jq here", () => {
  const examples = Object.values(COMMANDS).flatMap((spec) => spec.examples.map(([line]) => line)).filter((line) => line.includes("| jq"));

  it.each(examples)("%s", async (line) => {
    const [newsxPart, ...jqParts] = line.split(" | ");
    const args = newsxPart!.split(" ").slice(1).map((arg) => (arg === "story.txt" || arg === "stories/" ? tmp.path(arg) : arg));
    const { stdout, code } = await runCli(args);
    expect(code).toBe(0);
    const jq = spawnSync("bash", ["-c", jqParts.join(" | ")], { input: stdout, encoding: "utf8" });
    expect(jq.stderr).toBe("");
    expect(jq.status).toBe(0);
    expect(jq.stdout).toMatch(/Vanderheijden|"start":\d+/);
  });
});

describe("newsx completion", () => {
  it("prints a script for each shell; an unknown shell is a usage error", async () => {
    for (const shell of ["bash", "zsh", "fish"]) {
      const { code, stdout } = await runCli(["completion", shell]);
      expect(code).toBe(0);
      expect(stdout).toContain("newsx");
    }
    const { code, stderr } = await runCli(["completion", "ksh"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^newsx: .*ksh/);
  });

  it("names every command and every option of the program", () => {
    for (const shell of ["bash", "zsh", "fish"] as const) {
      const script = completionScript(program, shell);
      for (const command of program.commands) {
        expect(script).toContain(command.name());
        for (const option of command.options) {
          // fish names long options without their dashes (-l format).
          const long = shell === "fish" ? `-l ${option.long!.slice(2)}` : option.long!;
          expect(script, `${shell}: ${command.name()} ${option.long}`).toContain(long);
        }
      }
    }
  });

  /** What bash offers for a command line whose last word is being completed. */
  function bashOffers(words: string[]): string[] {
    const script = completionScript(program, "bash");
    const shellWords = words.map((w) => `'${w}'`).join(" ");
    const run = spawnSync("bash", ["-c", `${script}\nCOMP_WORDS=(${shellWords}); COMP_CWORD=${words.length - 1}; _newsx; printf '%s\\n' "\${COMPREPLY[@]}"`], {
      cwd: tmp.dir,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    return run.stdout.split("\n").filter((w) => w !== "");
  }

  it("bash completes commands, a command's options, --format's choices and paths", () => {
    expect(bashOffers(["newsx", "ent"])).toEqual(["entities"]);
    expect(bashOffers(["newsx", "quotes", "--ind"])).toEqual(["--indirect"]);
    expect(bashOffers(["newsx", "--json", "show", "--ht"])).toEqual(["--html"]);
    expect(bashOffers(["newsx", "meta", "--in"])).toEqual(["--input"]);
    expect(bashOffers(["newsx", "quotes", "--format", "js"])).toEqual(["json", "jsonl"]);
    expect(bashOffers(["newsx", "quotes", "--jobs", ""])).toEqual([]);
    expect(bashOffers(["newsx", "meta", "sto"]).sort()).toEqual(["stories", "story.txt"]);
  });

  it.skipIf(!has("zsh"))("the zsh script parses", () => {
    const run = spawnSync("zsh", ["-n"], { input: completionScript(program, "zsh"), encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it.skipIf(!has("fish"))("the fish script loads and completes", () => {
    const script = tmp.path("newsx.fish");
    writeFileSync(script, completionScript(program, "fish"));
    const run = spawnSync("fish", ["--no-config", "-c", `source ${script}; complete -C 'newsx quotes --form'; complete -C 'newsx quotes --format j'`], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^--format\t/m);
    expect(run.stdout).toMatch(/^json\t/m);
    expect(run.stdout).toMatch(/^jsonl\t/m);
  });
});

describe("man page", () => {
  it("the committed man/newsx.1 is what the help text gives now (else: npm run man)", () => {
    expect(readFileSync("man/newsx.1", "utf8")).toBe(manPage(program, version()));
  });

  it("holds every command's help, options and examples", () => {
    const page = readFileSync("man/newsx.1", "utf8").replace(/\\-/g, "-");
    for (const command of program.commands) {
      expect(page).toContain(`.SS ${command.name()}`);
      for (const option of command.options) expect(page).toContain(option.long!);
    }
    expect(page).toContain("newsx quotes --indirect story.txt");
    expect(page).not.toMatch(/here \d+\)/);
  });

  it.skipIf(!has("man"))("renders with man", () => {
    const run = spawnSync("man", ["-l", "man/newsx.1"], { encoding: "utf8", env: { ...process.env, MANWIDTH: "80", MAN_KEEP_FORMATTING: "" } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("newsx entities --json story.txt");
  });
});

describe("help and version on a stdout that fails", () => {
  // The real process: the stream's 'error' event is what crashed it (an unhandled event, a stack trace, exit 1).
  const run = (script: string) => spawnSync("bash", ["-c", script], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

  it("a reader that left before the help was written: no stack trace, exit 0", () => {
    // `true` never reads and exits at once, long before node has started and writes the help.
    for (const args of ["quotes --help", "--help", "--version"]) {
      const result = run(`node bin/newsx.js ${args} | true; echo "exit=\${PIPESTATUS[0]}"`);
      expect(result.stdout.trim()).toBe("exit=0");
      expect(result.stderr).not.toContain("EPIPE");
    }
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk: one newsx line on stderr and exit 3", () => {
    const result = run(`node bin/newsx.js --help > /dev/full; echo "exit=$?"`);
    expect(result.stdout.trim()).toBe("exit=3");
    expect(result.stderr.trim()).toBe("newsx: cannot write output: no space left on device (ENOSPC)");
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk under a command's help or the version: exit 3 too, not the command's 0", () => {
    // A command's help ends the command at once: its exit code (0) must not undo the failure of the write.
    for (const args of ["extract --help", "quotes --help", "--version"]) {
      const result = run(`node bin/newsx.js ${args} > /dev/full; echo "exit=$?"`);
      expect(result.stdout.trim()).toBe("exit=3");
      expect(result.stderr.trim()).toBe("newsx: cannot write output: no space left on device (ENOSPC)");
    }
  });
});
