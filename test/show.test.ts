/**
 * `newsx show`: the pure renderers on hand-written stories (exact output, offsets counted by hand in code
 * points), and the real CLI on the seed story, checked against what a person reads there.
 */
import { readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import stringWidth from "string-width";
import { stripVTControlCharacters as stripAnsi } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { chalkFor } from "../src/cli/colour.js";
import { escapeHtml, visibleControls } from "../src/format/escape.js";
import { showHtml } from "../src/format/show-html.js";
import { buildView, nest, segmentBlock, type Annotation } from "../src/format/show-model.js";
import { showText } from "../src/format/show-text.js";
import { wrapRuns } from "../src/format/wrap.js";
import { extract } from "../src/index.js";
import type { Entity, Quote, Story } from "../src/types.js";
import { FIXTURE, QUICK, runCli, tempDir } from "./helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const plain = chalkFor(0);
const colour = chalkFor(1);

const EMPTY_META = {
  headline: null, byline: null, authors: [], dateline: null, date: null, credit: null, copyright: null,
  source: null, language: null, links: null,
};

/**
 * A story of our own with an emoji before the quote, offsets counted by hand in code points:
 *   "🎉 Fans cheered. “We won,” Ana said."
 *    0 1 2           16 17    24 26  30  34
 * (🎉 is one code point but two UTF-16 units: any mix-up shifts every marker by one.)
 */
const EMOJI_TEXT = "🎉 Fans cheered. “We won,” Ana said.";
const ana: Entity = {
  name: "Ana Ruiz", type: "person", aliases: ["Ana"], titles: [], count: 1,
  mentions: [{ text: "Ana", start: 26, end: 29, paragraph: 0 }],
};
const emojiQuote: Quote = {
  text: "We won,", speaker: "Ana Ruiz", speakerText: "Ana", role: "captain", verb: "said", kind: "direct", via: null,
  paragraph: 0, start: 17, end: 24, speakerSpan: { start: 26, end: 29 }, verbSpan: { start: 30, end: 34 },
  attribution: { rule: "after-subject-verb", evidence: "Ana said", resolution: "name" }, confidence: 0.95,
};
const emojiStory: Story = {
  meta: { ...EMPTY_META, headline: "Harbour Team Wins" },
  paragraphs: [{ index: 0, text: EMOJI_TEXT, start: 0, end: 35 }],
  boilerplate: [],
  entities: [ana],
  quotes: [emojiQuote],
};

/** Undoes the entity markers ({Moscow|place} -> Moscow) and joins wrapped lines, to read quotes whole. */
function unmark(text: string): string {
  return text.replace(/\{([^{}|]*)\|(?:person|org|place)\}/g, "$1").replace(/\s+/g, " ");
}

/** Every SGR escape of a line, checked to be whole and closed again before the line ends. */
function assertBalancedLine(line: string): void {
  // No escape is cut: every ESC starts a complete SGR sequence.
  expect(line.replace(/\x1b\[[0-9;]*m/g, "")).not.toContain("\x1b");
  const open = new Map<string, number>();
  const closes: Record<string, string> = { "22": "bold/dim", "23": "italic", "24": "underline", "27": "inverse", "39": "fg" };
  const opens: Record<string, string> = { "1": "bold/dim", "2": "bold/dim", "3": "italic", "4": "underline", "7": "inverse" };
  for (const [, code] of line.matchAll(/\x1b\[([0-9;]*)m/g)) {
    const c = code!;
    const kind = opens[c] ?? (/^(3[0-7]|9[0-7])$/.test(c) ? "fg" : undefined);
    if (kind) open.set(kind, (open.get(kind) ?? 0) + 1);
    else if (closes[c]) open.set(closes[c]!, 0);
  }
  expect([...open.values()].every((n) => n === 0), `styles left open at the end of ${JSON.stringify(line)}`).toBe(true);
}

describe("escapeHtml and visibleControls", () => {
  it("escapes the five markup characters, for text and attribute values alike", () => {
    expect(escapeHtml(`<script>alert(1)</script> & "x" 'y'`)).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;",
    );
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml("plain text, “curly” — ok")).toBe("plain text, “curly” — ok");
  });

  it("shows control characters as pictures, one for one (ESC cannot drive the terminal)", () => {
    expect(visibleControls("a\x1b[2Jb\x00c\x7f")).toBe("a\u241b[2Jb\u2400c\u2421");
    expect(visibleControls("tab\tand\nnewline")).toBe("tab\tand\nnewline");
  });
});

describe("segments and nesting", () => {
  it("cuts at every boundary; a mention inside a quote nests inside it", () => {
    const view = buildView(emojiStory);
    const block = view.paragraphs[0]!;
    expect(block.segments.map((s) => s.text)).toEqual(["🎉 Fans cheered. ", "“We won,”", " ", "Ana", " said", "."]);
    expect(block.segments.map((s) => s.annotations.map((a) => a.kind))).toEqual([
      [], ["quote"], [], ["attribution", "mention"], ["attribution"], [],
    ]);
  });

  it("spans that cross without nesting are closed and opened again, so markup stays well-formed", () => {
    const a: Annotation = { kind: "mention", start: 0, end: 6, entity: ana };
    const b: Annotation = { kind: "attribution", start: 3, end: 9, quote: buildView(emojiStory).quotes[0]! };
    const events = nest(segmentBlock("abcdefghij", 0, [a, b]));
    const shape = events.map((e) => (e.type === "text" ? e.text : `${e.type}:${e.annotation.kind}`)).join(" ");
    // [0,3) mention; [3,6) both, the attribution outside (same length: attribution ranks before mention); [6,9) attribution.
    expect(shape).toBe(
      "open:mention abc close:mention open:attribution open:mention def close:mention ghi close:attribution j",
    );
    const depth = events.reduce((d, e) => {
      const next = d + (e.type === "open" ? 1 : e.type === "close" ? -1 : 0);
      expect(next).toBeGreaterThanOrEqual(0);
      return next;
    }, 0);
    expect(depth).toBe(0);
  });

  it("speakers are listed in order of their first quote, the unattributed last", () => {
    const q = (start: number, speaker: string | null): Quote => ({ ...emojiQuote, start, end: start + 1, speaker });
    const view = buildView({ ...emojiStory, quotes: [q(30, "B"), q(1, null), q(10, "A"), q(20, "B")] });
    expect(view.speakers.map((s) => [s.name, s.count, s.quotes])).toEqual([["A", 1, [2]], ["B", 2, [3, 4]], [null, 1, [1]]]);
  });
});

describe("showText (pure)", () => {
  it("plain markers on the emoji story: nothing shifted by the astral character", () => {
    const out = showText(emojiStory, { chalk: plain, width: 80, file: "emoji.txt" });
    expect(out).toContain(" 0  🎉 Fans cheered. [Q1 Ana Ruiz: “We won,”] _{Ana|person} said_.\n");
    expect(out).toContain("Speakers  Ana Ruiz 1 (Q1)\n");
    expect(out).toContain("Headline  Harbour Team Wins\n");
    expect(out).toContain("Byline    –\n");
    expect(out).not.toContain("\x1b");
  });

  it("through extract(): emoji before a quote, in the headline and the body, shift nothing", () => {
    const story = extract(
      "Harbour Team Wins 🏆\n\nFans cheered 🎉🎉 on Sunday. “We won,” captain Ana Ruiz said after the final in Bergen.\n\n" +
        "The team flies home on Monday.\n",
    );
    const out = unmark(showText(story, { chalk: plain, width: 100, file: "emoji.txt" }));
    expect(out).toMatch(/Fans cheered 🎉🎉 on Sunday\. \[Q1 [^\]:]*: “We won,”\] _?captain /);
    // Wherever the segmenter puts the headline (Headline field or first paragraph), it is whole.
    expect(out).toContain("Harbour Team Wins 🏆 ");
  });

  it("in colour: the quote in the speaker's colour, attribution underlined, the person bold", () => {
    const out = showText(emojiStory, { chalk: colour, width: 80, file: "emoji.txt" });
    const body = out.split("\n").find((l) => l.includes("Fans"))!;
    // cyan (36) is the first speaker's colour; the quote marks are inside the coloured stretch.
    expect(body).toContain("\x1b[36m“We won,”\x1b[39m");
    expect(body).toContain("\x1b[4m");
    expect(body).toMatch(/\x1b\[1mAna\x1b\[22m/);
    expect(stripAnsi(body)).toBe(" 0  🎉 Fans cheered. “We won,” Ana said.");
  });

  it("a story's ESC bytes reach the terminal as pictures, not as escapes", () => {
    const story: Story = { ...emojiStory, quotes: [], entities: [], paragraphs: [{ index: 0, text: "Bad \x1b[2J text", start: 0, end: 14 }] };
    expect(showText(story, { chalk: plain, width: 80, file: "x" })).toContain("Bad \u241b[2J text");
  });
});

describe("wrapRuns", () => {
  it("fills lines by visible width: an emoji takes two columns, escapes none", () => {
    const lines = wrapRuns([{ text: "🎉🎉 ab cd", style: colour.red }], 6);
    expect(lines.map((l) => stripAnsi(l))).toEqual(["🎉🎉", "ab cd"]);
    for (const l of lines) assertBalancedLine(l);
  });

  it("cuts a word longer than the line between graphemes", () => {
    expect(wrapRuns([{ text: "abcdefgh ij" }], 3)).toEqual(["abc", "def", "gh", "ij"]);
  });

  it("a word made of differently styled runs is not broken between them", () => {
    const lines = wrapRuns([{ text: "aaa “" }, { text: "bb", style: colour.blue }, { text: "” cc" }], 6);
    expect(lines.map((l) => stripAnsi(l))).toEqual(["aaa", "“bb”", "cc"]);
  });
});

describe("newsx show on the seed story (plain markers, as in a log)", () => {
  const story = extract(readFileSync(FIXTURE, "utf8"));

  it("names the speakers a person reads in the story, with their quotes", async () => {
    const { code, stdout, stderr } = await runCli(["show", FIXTURE]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).not.toContain("\x1b");
    const text = unmark(stdout);
    // Read off the story (issue 2): who said what.
    expect(text).toMatch(/\[Q\d+ Dmitri Peskov: “In general, the Kremlin took the news about Barack Obama's victory in the elections very positively,”\] _spokesman Dmitri Peskov said_, according to the Interfax news agency\./);
    expect(text).toMatch(/\[Q\d+ Dmitri Peskov: “We have the hope that positive initiatives .* will be developed and improved,”\] _he added_\./);
    expect(text).toMatch(/\[Q\d+ Dmitry Medvedev: “I am glad that the man who calls Russia it's No\. 1 foe .* That is paranoid,”\] _he said_, according to Interfax\./);
    expect(text).toMatch(/\[Q\d+ Dmitry Medvedev: “Obama is an understandable and predictable partner,”\] _Medvedev added_/);
    expect(text).toMatch(/\[Q\d+ Dmitry Medvedev: “There have been both successes and failures in the reset of Russia-U\.S\. relations, and this policy should be carried on,”\]/);
    expect(text).toMatch(/\[Q\d+ Dmitry Medvedev: “be basically normal\.”\]/);
    expect(text).toMatch(/\[Q\d+ Sergei Lavrov: “We are prepared to go as far as the U\.S\. administration is prepared to go on the basis of equality, mutual benefit and mutual respect\.”\]/);
    // Lavrov's attribution words stand before the quote and are underlined (marked) where they stand.
    expect(text).toContain("_Russian Foreign Minister Sergei Lavrov_ said");
  });

  it("numbers the quotes in story order and lists speakers in order of their first quote", async () => {
    const { stdout } = await runCli(["show", FIXTURE]);
    const numbers = [...stdout.matchAll(/\[Q(\d+) /g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const legend = unmark(stdout.split("\n\n")[0]!);
    const order = ["Dmitri Peskov", "Dmitry Medvedev", "Sergei Lavrov"].map((name) => legend.indexOf(name));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Medvedev: three direct quotes and the partial "be basically normal."; Lavrov: one.
    expect(legend).toMatch(/Dmitry Medvedev 4 \(Q\d+ Q\d+ Q\d+ Q\d+\)/);
    expect(legend).toMatch(/Sergei Lavrov 1 \(Q\d+\)/);
  });

  it("shows the headline once, in the metadata block when the segmenter finds it", async () => {
    // Stable today and after segmentation lands: the headline appears exactly once (as the Headline field,
    // or as a paragraph while the segmenter is a placeholder), and the Headline field shows what meta says.
    const { stdout } = await runCli(["show", FIXTURE]);
    const text = unmark(stdout);
    expect(text.split("Kremlin Cheers Obama’s Re-Election").length - 1).toBe(1);
    const headlineLine = unmark(stdout.split("\n").find((l) => l.startsWith("Headline"))!).trim();
    expect(headlineLine).toBe(`Headline ${story.meta.headline ?? "–"}`);
    for (const label of ["Byline", "Dateline", "Date", "Credit"]) expect(stdout).toMatch(new RegExp(`^${label} +\\S`, "m"));
  });

  it("keeps every line within the width (80 when not a terminal, or --width), losing no character", async () => {
    const wide = (await runCli(["show", "--width", "1000", FIXTURE])).stdout;
    for (const width of [80, 41, 24]) {
      const argv = width === 80 ? ["show", FIXTURE] : ["show", "--width", String(width), FIXTURE];
      const { stdout } = await runCli(argv);
      for (const line of stdout.split("\n")) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      expect(stdout.replace(/\s+/g, "")).toBe(wide.replace(/\s+/g, ""));
    }
  });

  it("colour on a terminal: escapes whole and closed on every line, the visible text within the width", async () => {
    const { stdout } = await runCli(["show", FIXTURE], { stdoutIsTTY: true, columns: 60 });
    expect(stdout).toContain("\x1b[");
    for (const line of stdout.split("\n")) {
      assertBalancedLine(line);
      expect(stringWidth(line)).toBeLessThanOrEqual(60);
    }
    // The markers are for the plain view only.
    expect(stdout).not.toMatch(/\[Q\d+ /);
  });

  it("NO_COLOR, TERM=dumb and --no-color on a terminal give the plain markers", async () => {
    for (const [argv, env] of [
      [["show", FIXTURE], { NO_COLOR: "1" }],
      [["show", FIXTURE], { TERM: "dumb" }],
      [["show", "--no-color", FIXTURE], {}],
    ] as [string[], Record<string, string>][]) {
      const { stdout } = await runCli(argv, { stdoutIsTTY: true, env, columns: 100 });
      expect(stdout).not.toContain("\x1b");
      expect(stdout).toMatch(/\[Q\d+ Sergei Lavrov: /);
    }
  });

  it("several inputs: one view each, in order; a missing one is reported and the exit code is 2", async () => {
    const second = tmp.path("second.txt");
    writeFileSync(second, "Harbour Fire Contained\n\n“It is over,” the chief said on Monday.\n");
    const { code, stdout, stderr } = await runCli(["show", FIXTURE, "no/such.txt", second]);
    expect(code).toBe(2);
    expect(stderr).toBe("newsx: no/such.txt: no such file or folder\n");
    const headers = stdout.split("\n").filter((l) => l.startsWith("━━ "));
    expect(headers).toEqual([`━━ ${FIXTURE}`, `━━ ${second}`]);
  });

  it("reads stdin; bad --width is a usage error", async () => {
    const piped = await runCli(["show"], { stdin: readFileSync(FIXTURE) });
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith("━━ -\n")).toBe(true);
    const bad = await runCli(["show", "--width", "wide", FIXTURE]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--width");
  });

  it("--help documents the plain markers", async () => {
    const { stdout, code } = await runCli(["show", "--help"]);
    expect(code).toBe(0);
    for (const marker of ["[Q3 Dmitri Peskov: “...”]", "_he added_", "{Moscow|place}", "--html"]) expect(stdout).toContain(marker);
  });
});

describe("showHtml (pure) and newsx show --html", () => {
  /** The tag names of the page: only ours may be there, whatever the story says. */
  const OUR_TAGS = new Set([
    "!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "section", "h2", "h3", "h4",
    "article", "dl", "dt", "dd", "p", "span", "aside", "ul", "li", "div", "i",
  ]);
  const tagsOf = (html: string) => new Set([...html.matchAll(/<\/?([!a-z0-9-]+)/gi)].map((m) => m[1]!.toLowerCase()));

  it("a story holding <script> and & renders them as text, never as markup", async () => {
    const file = tmp.path(`a<b>&"c".txt`);
    writeFileSync(file, "Fire at <script>alert(1)</script> & smoke\n\n“Run & hide <b>now</b>,” the chief said.\n");
    const { code, stdout } = await runCli(["show", "--html", file]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("<script");
    expect(stdout).not.toContain("<b>");
    expect(stdout).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; smoke");
    expect(stdout).toContain("Run &amp; hide &lt;b&gt;now&lt;/b&gt;");
    expect(stdout).toContain('data-file="' + escapeHtml(file) + '"');
    expect([...tagsOf(stdout)].filter((t) => !OUR_TAGS.has(t))).toEqual([]);
  });

  it("a lone carriage return in a story is a line feed on the page (printed in a terminal it would hide text)", () => {
    // Control characters before it keep the CR inside the paragraph rather than ending a line.
    const story = extract("Harbour Fire Contained\n\nTab lead: \"Yes,\" said Mary \u0085\u009b31m\u009d0;t\u009cSmith\r of the port on Monday.\n");
    expect(story.paragraphs.map((p) => p.text).join("")).toContain("Smith\r of");
    const html = showHtml([{ file: "cr.txt", story }]);
    expect(html).not.toMatch(/\r(?!\n)/);
    expect(html).toContain("Smith\n of");
  });

  it("is self-contained: nothing fetched, no script, one page for several stories", async () => {
    const second = tmp.path("second.txt");
    writeFileSync(second, "Harbour Fire Contained\n\n“It is over,” the chief said on Monday.\n");
    const { stdout } = await runCli(["show", "--html", FIXTURE, second]);
    expect(stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(stdout.match(/<html/g)).toHaveLength(1);
    expect(stdout.match(/<section class="story"/g)).toHaveLength(2);
    expect(stdout).not.toMatch(/\b(src|href)=|url\(|@import|<script|<link/i);
    expect(stdout).toContain("default-src 'none'");
    expect(stdout).not.toContain("\x1b");
  });

  it("the emoji story: the quote, its hover text and the mention land on the right characters", () => {
    const html = showHtml([{ file: "emoji.txt", story: emojiStory }]);
    expect(html).toContain(
      '🎉 Fans cheered. <span class="q s0" data-q="1" data-n="1" data-speaker="Ana Ruiz" title="Q1 · Ana Ruiz · captain · verb: said · direct · rule after-subject-verb (“Ana said”), name, confidence 0.95">“We won,”</span> ' +
        '<span class="attr s0" title="attribution of Q1"><span class="ent person" title="Ana Ruiz · person (also: Ana)">Ana</span> said</span>.',
    );
    expect(html).toMatch(/<aside>[\s\S]*Ana Ruiz <span class="count">1<\/span>[\s\S]*People <span class="count">1<\/span>/);
  });

  it("the seed story: every quote the extractor found is highlighted once, with its speaker", async () => {
    const story = extract(readFileSync(FIXTURE, "utf8"));
    const shown = story.quotes.filter((q) => q.kind !== "indirect");
    const { stdout } = await runCli(["show", "--html", FIXTURE]);
    const starts = [...stdout.matchAll(/<span class="q [^"]*" data-q="(\d+)" data-n="\d+" data-speaker="([^"]*)"/g)];
    expect(starts.map((m) => Number(m[1]))).toEqual(shown.map((_, i) => i + 1));
    expect(starts.map((m) => m[2] || null)).toEqual([...shown].sort((a, b) => a.start - b.start).map((q) => q.speaker));
  });
});

describe("properties over any text and any spans (fast-check)", () => {
  const CHARS = ["a", "b", " ", "  ", "\n", "“", "”", "'", "🎉", "𝐀", "<", ">", "&", '"', "\x1b", "\x00", "é", "漢", "\u200b"];
  const spanIn = (length: number) =>
    fc.tuple(fc.nat({ max: length }), fc.nat({ max: length })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const storyArb = fc
    .array(fc.constantFrom(...CHARS), { maxLength: 60 })
    .map((chars) => chars.join(""))
    .chain((text) => {
      const length = Array.from(text).length;
      const quote = fc.record({ span: spanIn(length), speaker: fc.constantFrom("A", "B", null), attr: fc.option(spanIn(length)), verb: fc.option(spanIn(length)) });
      const entity = fc.record({ type: fc.constantFrom("person" as const, "organization" as const, "place" as const), spans: fc.array(spanIn(length), { maxLength: 3 }) });
      return fc.record({ text: fc.constant(text), quotes: fc.array(quote, { maxLength: 4 }), entities: fc.array(entity, { maxLength: 3 }) });
    })
    .map(({ text, quotes, entities }): Story => ({
      meta: EMPTY_META,
      paragraphs: [{ index: 0, text, start: 0, end: Array.from(text).length }],
      boilerplate: [],
      entities: entities.map((e, i) => ({
        name: `E${i}`, type: e.type, aliases: [], titles: [], count: e.spans.length,
        mentions: e.spans.map((s) => ({ ...s, text: "", paragraph: 0 })),
      })),
      quotes: quotes.map((q) => ({
        ...emojiQuote, ...q.span, speaker: q.speaker, speakerSpan: q.attr, verbSpan: q.verb,
      })),
    }));

  const unescapeHtml = (html: string) =>
    html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!);

  it("segments give back the text exactly; events nest; the page shows the text escaped and whole", () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const text = story.paragraphs[0]!.text;
        const block = buildView(story).paragraphs[0]!;
        expect(block.segments.map((s) => s.text).join("")).toBe(text);
        let depth = 0;
        for (const e of nest(block.segments)) {
          depth += e.type === "open" ? 1 : e.type === "close" ? -1 : 0;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        const html = showHtml([{ file: "<f>", story }]);
        const para = /<p class="para" data-paragraph="0"><span class="n">0<\/span>([\s\S]*?)<\/p>/.exec(html)![1]!;
        expect(unescapeHtml(para.replace(/<[^>]*>/g, ""))).toBe(visibleControls(text).replace(/\r(?!\n)/g, "\n"));
        expect(para.match(/<span/g)?.length ?? 0).toBe(para.match(/<\/span>/g)?.length ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it("the terminal view never throws, never lets ESC through, keeps to the width", () => {
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 1, max: 60 }), fc.boolean(), (story, width, coloured) => {
        const out = showText(story, { chalk: coloured ? colour : plain, width, file: "f.txt" });
        for (const line of out.split("\n")) {
          if (coloured) assertBalancedLine(line);
          else expect(line).not.toContain("\x1b");
          expect(stringWidth(line)).toBeLessThanOrEqual(Math.max(24, width));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(QUICK)("bin/newsx.js show (spawned)", { timeout: 30_000 }, () => {
  it("piped: plain markers at 80 columns, no escapes, exit 0; | head -1 exits 0 quietly", async () => {
    const { spawnSync } = await import("node:child_process");
    const { FORCE_COLOR: _f, NO_COLOR: _n, ...env } = process.env;
    const run = spawnSync("bash", ["-c", `node bin/newsx.js show ${FIXTURE}; echo "status=$?"; node bin/newsx.js show ${FIXTURE} ${FIXTURE} | head -1; echo "head=\${PIPESTATUS[0]}"`], { env, encoding: "utf8", timeout: 25_000 });
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toContain("\x1b");
    expect(unmark(run.stdout)).toMatch(/\[Q\d+ Sergei Lavrov: “We are prepared/);
    const lines = run.stdout.split("\n");
    expect(lines).toContain("status=0");
    expect(lines.slice(-3)).toEqual([`━━ ${FIXTURE}`, "head=0", ""]);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });
});
