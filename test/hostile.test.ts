/**
 * Issue 7's hostile and messy inputs, one row each: how the input is made (at test time, in a temp dir) and
 * the outcome a user should get. Every input gets exactly one outcome: a result, or an error record naming it.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { toInputError } from "../src/io/errors.js";
import { cpSlice, QUICK, runCli, tempDir } from "./helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const STORY = "Harbour Fire Contained\n\nThe chief said \u201Cit is over\u201D on Monday.\n\nCrews stayed overnight.\n";

interface Outcome {
  /** null: a result; otherwise the error code in the record. */
  error: string | null;
  encoding?: string;
  /** Text the decoded story must contain (checked in the paragraphs). */
  contains?: string;
  /** The start of a warning line expected on stderr (after "newsx: <file>: "). */
  warning?: string;
  /** Expect a valid empty result. */
  empty?: boolean;
}

interface Case {
  name: string;
  /** Writes the input under `dir` and returns the path to give newsx. */
  make: (path: (name: string) => string) => string;
  args?: string[];
  expect: Outcome;
}

const utf16 = (text: string, bom: number[], encoding: "utf-16le" | "utf-16be") =>
  Buffer.concat([Buffer.from(bom), iconv.encode(text, encoding)]);

const write = (name: string, content: string | Buffer) => (path: (name: string) => string) => {
  const file = path(name);
  writeFileSync(file, content);
  return file;
};

const CASES: Case[] = [
  // Encodings
  { name: "UTF-8 without BOM", make: write("utf8.txt", STORY), expect: { error: null, encoding: "utf-8", contains: "\u201Cit is over\u201D" } },
  { name: "UTF-8 with BOM (removed)", make: write("bom.txt", "\uFEFF" + STORY), expect: { error: null, encoding: "utf-8", contains: "Harbour Fire" } },
  { name: "UTF-16 LE with BOM", make: write("le.txt", utf16(STORY, [0xff, 0xfe], "utf-16le")), expect: { error: null, encoding: "utf-16le", contains: "\u201Cit is over\u201D" } },
  { name: "UTF-16 BE with BOM", make: write("be.txt", utf16(STORY, [0xfe, 0xff], "utf-16be")), expect: { error: null, encoding: "utf-16be", contains: "\u201Cit is over\u201D" } },
  { name: "UTF-16 LE without BOM", make: write("le-nobom.txt", iconv.encode(STORY, "utf-16le")), expect: { error: null, encoding: "utf-16le", contains: "Crews stayed" } },
  {
    name: "Windows-1252 curly quotes 0x93/0x94 and an apostrophe 0x92",
    make: write("cp1252.txt", Buffer.from("Port Talks Resume\n\nThe mayor said \x93we will rebuild\x94 and it\x92s final.\n", "latin1")),
    expect: { error: null, encoding: "windows-1252", contains: "\u201Cwe will rebuild\u201D and it\u2019s final." },
  },
  {
    name: "Latin-1 accents",
    make: write("latin1.txt", Buffer.from("Caf\xe9 owners in S\xe3o Paulo protest the new r\xe8gles.\n", "latin1")),
    expect: { error: null, encoding: "windows-1252", contains: "Caf\u00e9 owners in S\u00e3o Paulo" },
  },
  {
    name: "Windows-1251 Cyrillic",
    make: write("cp1251.txt", iconv.encode(
      "Москва. Министр иностранных дел заявил журналистам, что переговоры продолжатся на следующей неделе. " +
      "По его словам, стороны готовы обсуждать все вопросы, включая торговлю и безопасность в регионе.\n", "windows-1251")),
    // Decoded right, and (being Russian) left unanalysed with one warning line naming the file.
    expect: { error: null, encoding: "windows-1251", contains: "Министр иностранных дел", warning: 'language "ru"' },
  },
  {
    name: "UTF-8 with one stray invalid byte stays UTF-8",
    make: write("stray.txt", Buffer.concat([Buffer.from("The chief said \u201Cover\u201D today. "), Buffer.from([0x93]), Buffer.from(" Caf\u00e9.\n")])),
    expect: { error: null, encoding: "utf-8", contains: "\u201Cover\u201D today. \uFFFD Caf\u00e9." },
  },
  // Line endings, spaces, invisible characters: passed unchanged to extract, which must cope
  { name: "CRLF line endings", make: write("crlf.txt", STORY.replace(/\n/g, "\r\n")), expect: { error: null, contains: "Crews stayed" } },
  { name: "lone CR line endings", make: write("cr.txt", STORY.replace(/\n/g, "\r")), expect: { error: null, contains: "Crews stayed" } },
  { name: "no-break and other Unicode spaces", make: write("spaces.txt", "The\u00a0chief\u2009said\u3000\u201Cyes\u201D\u202f.\n"), expect: { error: null, contains: "chief\u2009said" } },
  { name: "zero-width characters", make: write("zw.txt", "The\u200b chief\u200d said\ufeff \u201Cyes\u201D.\n"), expect: { error: null, contains: "\u200b" } },
  { name: "a few NUL bytes in text", make: write("nul.txt", "The chief\u0000 said yes.\n\nMore text here for the story to be long enough.\n"), expect: { error: null, contains: "chief\u0000 said" } },
  { name: "emoji and astral characters (code-point offsets)", make: write("emoji.txt", "\u{1F525} Fire \u{1D400}\n\nThe chief said \u201Cyes\u201D.\n"), expect: { error: null, contains: "\u{1F525} Fire" } },
  // Binary files among the inputs
  { name: "PNG image", make: write("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), expect: { error: "BINARY" } },
  { name: "PDF document", make: write("doc.txt", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"), expect: { error: "BINARY" } },
  { name: "gzip archive", make: write("archive.txt", gzipSync(Buffer.from(STORY.repeat(20)))), expect: { error: "BINARY" } },
  { name: "control bytes and NULs", make: write("junk.txt", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), expect: { error: "BINARY" } },
  // Empty input is a story with nothing in it, not an error
  { name: "empty file", make: write("empty.txt", ""), expect: { error: null, empty: true, encoding: "utf-8" } },
  { name: "whitespace-only file", make: write("blank.txt", " \n\t\r\n  \n"), expect: { error: null, empty: true } },
  { name: "BOM only", make: write("bom-only.txt", "\uFEFF"), expect: { error: null, empty: true } },
  // Size
  { name: "larger than --max-bytes", make: write("big.txt", "word ".repeat(1000)), args: ["--max-bytes", "1000"], expect: { error: "TOO_LARGE" } },
  {
    name: "a 50 GB sparse file is refused from its size, without being read",
    make: (path) => {
      const file = path("huge.txt");
      writeFileSync(file, "");
      truncateSync(file, 50 * 1024 ** 3);
      return file;
    },
    expect: { error: "TOO_LARGE" },
  },
  // Paths
  { name: "missing file", make: (path) => path("does-not-exist.txt"), expect: { error: "ENOENT" } },
  {
    name: "a path through a file",
    make: (path) => {
      writeFileSync(path("plain.txt"), STORY);
      return path("plain.txt/inner.txt");
    },
    expect: { error: "ENOENT" },
  },
  {
    name: "folder with no .txt file",
    make: (path) => {
      mkdirSync(path("no-stories/sub"), { recursive: true });
      writeFileSync(path("no-stories/notes.md"), "# not a story");
      return path("no-stories");
    },
    expect: { error: "NO_INPUT" },
  },
  {
    name: "symbolic link loop",
    make: (path) => {
      symlinkSync(path("loop-b.txt"), path("loop-a.txt"));
      symlinkSync(path("loop-a.txt"), path("loop-b.txt"));
      return path("loop-a.txt");
    },
    expect: { error: "ELOOP" },
  },
  { name: "name with spaces and non-ASCII", make: write("Élection à Paris 2024 – brève.txt", STORY), expect: { error: null, contains: "Crews stayed" } },
];

interface Record_ {
  file: string;
  encoding?: string;
  paragraphs?: { text: string; start: number; end: number }[];
  boilerplate?: { text: string; start: number; end: number }[];
  error?: { code: string; message: string };
}

describe("hostile inputs: one outcome each", () => {
  it.each(CASES)("$name", async ({ make, args = [], expect: outcome }) => {
    const file = make(tmp.path);
    const { code, stdout, stderr } = await runCli(["extract", "--jsonl", ...args, file]);
    const records = stdout.trim().split("\n").map((line) => JSON.parse(line) as Record_);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record!.file).toBe(file);
    if (outcome.error) {
      expect(record!.error!.code).toBe(outcome.error);
      expect(record!.error!.message).toContain(file);
      expect(code).toBe(2);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toContain(file);
      return;
    }
    expect(record!.error).toBeUndefined();
    if (outcome.warning) expect(stderr).toMatch(new RegExp(`^newsx: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: ${outcome.warning}[^\n]*\n$`));
    else expect(stderr).toBe("");
    expect(code).toBe(0);
    if (outcome.encoding) expect(record!.encoding).toBe(outcome.encoding);
    const paragraphs = record!.paragraphs!;
    if (outcome.empty) expect(paragraphs).toEqual([]);
    // Decoding is what is checked here, not segmentation: look in every block, body or not.
    const blocks = [...paragraphs, ...(record!.boilerplate ?? [])].map((b) => b.text).join("\n");
    if (outcome.contains) expect(blocks).toContain(outcome.contains);
    // A leading BOM is gone and offsets are code points of what is left: re-decode and slice.
    const text = (await runCli(["paragraphs", "--json", ...args, file])).stdout;
    expect(JSON.parse(text)).toHaveLength(paragraphs.length);
  });
});

describe("offsets across encodings", () => {
  it("a BOM is removed, offsets count from the first real character", async () => {
    const file = write("bom-offsets.txt", "\uFEFFFirst.\n\nSecond.\n")(tmp.path);
    const records = JSON.parse((await runCli(["paragraphs", "--json", file])).stdout) as { text: string; start: number }[];
    expect(records.map((r) => [r.text, r.start])).toEqual([["First.", 0], ["Second.", 8]]);
  });

  it("astral characters count as one code point", async () => {
    const text = "\u{1F525}\u{1F525} Fire.\n\nSecond \u{1D400}.\n";
    const file = write("astral.txt", text)(tmp.path);
    const records = JSON.parse((await runCli(["paragraphs", "--json", file])).stdout) as { text: string; start: number; end: number }[];
    for (const r of records) expect(cpSlice(text, r.start, r.end)).toBe(r.text);
    expect(records[1]!.start).toBe(10);
  });
});

describe("folders", () => {
  it("every .txt below, sorted by path ('a.txt' before 'a/b.txt'), others ignored", async () => {
    const root = tmp.path("tree");
    mkdirSync(`${root}/a/deeper`, { recursive: true });
    mkdirSync(`${root}/b`, { recursive: true });
    for (const name of ["b/z.txt", "a/deeper/x.txt", "a.txt", "a/b.txt", "B.TXT", "a/skip.md", "c.txt"]) {
      writeFileSync(`${root}/${name}`, STORY);
    }
    const { stdout, code } = await runCli(["meta", "--jsonl", root]);
    expect(code).toBe(0);
    const files = stdout.trim().split("\n").map((l) => (JSON.parse(l) as { file: string }).file.slice(root.length + 1));
    expect(files).toEqual(["B.TXT", "a.txt", "a/b.txt", "a/deeper/x.txt", "b/z.txt", "c.txt"]);
  });

  it("a FIFO inside a folder is refused without opening it (no hang); the batch goes on", async () => {
    const root = tmp.path("with-fifo");
    mkdirSync(root);
    execFileSync("mkfifo", [`${root}/pipe.txt`]);
    writeFileSync(`${root}/story.txt`, STORY);
    const { stdout, code } = await runCli(["meta", "--jsonl", root]);
    const records = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record_);
    expect(records.map((r) => [r.file.slice(root.length + 1), r.error?.code ?? null])).toEqual([["pipe.txt", "NOT_A_FILE"], ["story.txt", null]]);
    expect(code).toBe(2);
  });

  it("a FIFO named explicitly is read like stdin", async () => {
    const fifo = tmp.path("explicit.fifo");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `printf 'Line one.\\n\\nLine two.\\n' > "${fifo}"`]);
    const written = new Promise((resolve) => writer.on("close", resolve));
    const { stdout, code } = await runCli(["paragraphs", "--json", fifo]);
    await written;
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { text: string }[]).map((p) => p.text)).toEqual(["Line one.", "Line two."]);
  });

  it("a symbolic link loop inside a folder is an error record, not a hang", async () => {
    const root = tmp.path("with-loop");
    mkdirSync(root);
    symlinkSync(`${root}/y.txt`, `${root}/x.txt`);
    symlinkSync(`${root}/x.txt`, `${root}/y.txt`);
    const { stdout } = await runCli(["meta", "--jsonl", root]);
    expect(stdout.trim().split("\n").map((l) => (JSON.parse(l) as Record_).error?.code)).toEqual(["ELOOP", "ELOOP"]);
  });

  it("a symbolic link to a folder is not followed (no loops through links)", async () => {
    const root = tmp.path("with-dirlink");
    mkdirSync(root);
    writeFileSync(`${root}/story.txt`, STORY);
    symlinkSync(root, `${root}/self`);
    const { stdout, code } = await runCli(["meta", "--jsonl", root]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });
});

// Spawns bin/newsx.js as another user: left to the full suite.
describe.skipIf(QUICK)("permissions", () => {
  const isRoot = process.getuid?.() === 0;
  // root reads any file whatever its mode; as root, run the built binary as the unprivileged user "nobody".
  const NOBODY = 65534;

  function asNobody(args: string[]): { code: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, ["bin/newsx.js", ...args], { uid: NOBODY, gid: NOBODY, encoding: "utf8", timeout: 20_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it("an unreadable file is EACCES; an unreadable folder inside a folder too; the batch goes on", async (context) => {
    chmodSync(tmp.dir, 0o755); // mkdtemp makes it 0700: let "nobody" in
    // "nobody" must be able to run the binary from wherever the repository is checked out.
    if (isRoot && asNobody(["--version"]).code !== 0) context.skip("running as root and user nobody cannot run bin/newsx.js here");
    const root = tmp.path("locked");
    mkdirSync(`${root}/closed`, { recursive: true });
    writeFileSync(`${root}/closed/inside.txt`, STORY);
    writeFileSync(`${root}/open.txt`, STORY);
    writeFileSync(`${root}/secret.txt`, STORY);
    chmodSync(`${root}/secret.txt`, 0o000);
    chmodSync(`${root}/closed`, 0o000);
    const { code, stdout, stderr } = isRoot ? asNobody(["meta", "--jsonl", root]) : await runCli(["meta", "--jsonl", root]);
    chmodSync(`${root}/closed`, 0o755); // so that the temp folder can be removed
    chmodSync(`${root}/secret.txt`, 0o644);
    const outcomes = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record_).map((r) => [r.file.slice(root.length + 1), r.error?.code ?? "ok"]);
    expect(outcomes).toEqual([["closed", "EACCES"], ["open.txt", "ok"], ["secret.txt", "EACCES"]]);
    expect(stderr.trim().split("\n")).toEqual([`newsx: ${root}/closed: permission denied`, `newsx: ${root}/secret.txt: permission denied`]);
    expect(code).toBe(2);
  });

  it("the operating system's EACCES and EPERM become the EACCES code, naming the file", () => {
    for (const code of ["EACCES", "EPERM"]) {
      const error = toInputError(Object.assign(new Error("denied"), { code }), "x.txt") as { code: string; message: string };
      expect([error.code, error.message]).toEqual(["EACCES", expect.stringContaining("x.txt")]);
    }
  });
});

describe("stdin", () => {
  it("empty stdin is a valid empty result", async () => {
    const { stdout, code } = await runCli(["extract", "--json"], { stdin: "" });
    expect(code).toBe(0);
    const [record] = JSON.parse(stdout) as Record_[];
    expect([record!.file, record!.paragraphs]).toEqual(["-", []]);
  });

  it("stdin closed in the middle of a UTF-8 character: what arrived is processed", async () => {
    const bytes = Buffer.from("The chief said \u201Cyes");
    const { stdout, code } = await runCli(["paragraphs", "--json"], { stdin: bytes.subarray(0, bytes.length - 5) });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { text: string }[])[0]!.text.startsWith("The chief said")).toBe(true);
  });

  it("stdin that fails while reading is an error record naming -, the batch goes on", async () => {
    const broken = new Readable({
      read() {
        this.destroy(Object.assign(new Error("read EIO"), { code: "EIO" }));
      },
    });
    const story = write("after-stdin.txt", STORY)(tmp.path);
    const { stdout, code, stderr } = await runCli(["meta", "--jsonl", "-", story], { stdin: broken });
    const records = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record_);
    expect(records.map((r) => [r.file, r.error?.code ?? null])).toEqual([["-", "EIO"], [story, null]]);
    expect(stderr).toContain("-:");
    expect(code).toBe(2);
  });

  it("stdin above --max-bytes is refused", async () => {
    const { stdout } = await runCli(["meta", "--jsonl", "--max-bytes", "10"], { stdin: "x".repeat(100) });
    expect((JSON.parse(stdout) as Record_).error!.code).toBe("TOO_LARGE");
  });
});

describe("a batch with bad inputs goes on", () => {
  it("good, binary, missing, empty, good: five outcomes in order, exit 2", async () => {
    const good = write("good1.txt", STORY)(tmp.path);
    const png = write("pic.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))(tmp.path);
    const missing = tmp.path("nowhere.txt");
    const empty = write("nothing.txt", "")(tmp.path);
    const { stdout, stderr, code } = await runCli(["paragraphs", "--jsonl", good, png, missing, empty, good]);
    const records = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record_);
    const outcomes = records.map((r) => [r.file, r.error?.code ?? "ok"]);
    // paragraphs of the good stories (several each), the errors in their place, nothing for the empty story.
    expect(outcomes.filter(([, c]) => c !== "ok")).toEqual([[png, "BINARY"], [missing, "ENOENT"]]);
    const firstError = outcomes.findIndex(([, c]) => c !== "ok");
    expect(outcomes.slice(0, firstError).every(([f]) => f === good)).toBe(true);
    expect(outcomes.slice(firstError + 2).every(([f]) => f === good)).toBe(true);
    expect(stderr.trim().split("\n")).toHaveLength(2);
    expect(code).toBe(2);
  });
});
