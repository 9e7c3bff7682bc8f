/**
 * The `newsx show --html` page as a browser renders it: the Debian Chromium (apt-get install -y chromium),
 * driven by playwright-core (no browser download), offline, with a fresh profile in a temp folder.
 * Checks the rendered DOM (highlighted quotes and their speakers, no script from the story) and saves
 * screenshots to test-artifacts/. Skipped, with a message, where Chromium is not installed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { FIXTURE, runCli } from "./helpers.js";

const CHROMIUM = process.env.NEWSX_CHROMIUM ?? "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SKIP_NOTE = `Chromium not found at ${CHROMIUM}: the HTML page is not checked in a browser (apt-get install -y chromium, or set NEWSX_CHROMIUM)`;
if (!HAVE_CHROMIUM) console.warn(`newsx show browser test skipped: ${SKIP_NOTE}`);

/** Without these, headless Chromium on a machine with no network waits on connections it will never get. */
const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

const ARTIFACTS = resolve("test-artifacts");
const HOSTILE = "Fire at <script>alert(1)</script> & smoke\n\n“Run & hide <b>now</b>,” the chief said.\n";

/** The quotes of the seed story and their speakers, as a person reads them (issue 2). */
const READ_OFF: [string, string][] = [
  ["“In general, the Kremlin took", "Dmitri Peskov"],
  ["“We have the hope", "Dmitri Peskov"],
  ["“I am glad that the man", "Dmitry Medvedev"],
  ["“Obama is an understandable and predictable partner,”", "Dmitry Medvedev"],
  ["“There have been both successes", "Dmitry Medvedev"],
  ["“be basically normal.”", "Dmitry Medvedev"],
  ["“We are prepared to go as far", "Sergei Lavrov"],
];

describe("newsx show --html in headless Chromium", { timeout: 20_000 }, () => {
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  const pages: Record<"seed" | "hostile", string> = { seed: "", hostile: "" };

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) return;
    mkdirSync(ARTIFACTS, { recursive: true });
    const hostileFile = join(ARTIFACTS, "show-hostile.txt");
    writeFileSync(hostileFile, HOSTILE);
    for (const [name, input] of [["seed", FIXTURE], ["hostile", hostileFile]] as const) {
      const { code, stdout } = await runCli(["show", "--html", input]);
      expect(code).toBe(0);
      pages[name] = join(ARTIFACTS, `show-${name}.html`);
      writeFileSync(pages[name], stdout);
    }
    profile = mkdtempSync(join(tmpdir(), "newsx-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      offline: true,
      viewport: { width: 1280, height: 900 },
    });
  }, 20_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("the seed story: every quote highlighted, each with the speaker a person reads, one colour per speaker", async (ctx) => {
    if (!context) return ctx.skip(SKIP_NOTE);
    const page = await context.newPage();
    await page.goto(pathToFileURL(pages.seed).href);
    const dom = await page.evaluate(() => {
      const quotes = new Map<string, { text: string; speaker: string; title: string; background: string }>();
      for (const el of document.querySelectorAll<HTMLElement>("article .q")) {
        const n = el.dataset.q!;
        const entry = quotes.get(n) ?? { text: "", speaker: el.dataset.speaker!, title: el.title, background: getComputedStyle(el).backgroundColor };
        entry.text += el.textContent;
        quotes.set(n, entry);
      }
      return {
        quotes: [...quotes.entries()].map(([n, q]) => ({ n: Number(n), ...q })),
        panel: [...document.querySelectorAll<HTMLElement>("aside .speakers li")].map((li) => li.dataset.speaker),
        scripts: document.querySelectorAll("script").length,
      };
    });
    const story = extract(readFileSync(FIXTURE, "utf8"));
    // Every quote newsx found (direct and partial) is drawn, numbered 1..n in story order.
    expect(dom.quotes.map((q) => q.n)).toEqual(story.quotes.filter((q) => q.kind !== "indirect").map((_, i) => i + 1));
    for (const [opening, speaker] of READ_OFF) {
      const found = dom.quotes.filter((q) => q.text.startsWith(opening));
      expect(found.map((q) => q.speaker), opening).toEqual([speaker]);
      expect(found[0]!.title).toContain(speaker);
    }
    expect(dom.quotes.find((q) => q.speaker === "Sergei Lavrov")!.title).toContain("Sergei Lavrov · Russian Foreign Minister");
    // One colour per speaker: a speaker's quotes share it, two speakers differ, and it is not transparent.
    const colourOf = (speaker: string) => new Set(dom.quotes.filter((q) => q.speaker === speaker).map((q) => q.background));
    const colours = ["Dmitri Peskov", "Dmitry Medvedev", "Sergei Lavrov"].map(colourOf);
    for (const c of colours) expect(c.size).toBe(1);
    const distinct = new Set(colours.map((c) => [...c][0]));
    expect(distinct.size).toBe(3);
    expect(distinct.has("rgba(0, 0, 0, 0)")).toBe(false);
    // In order of first quote (other speakers, e.g. of the unclear "in the near future.", may come between).
    const named = ["Dmitri Peskov", "Dmitry Medvedev", "Sergei Lavrov"];
    expect(dom.panel.filter((s) => named.includes(s!))).toEqual(named);
    expect(dom.scripts).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "show-seed.png"), fullPage: true });
  });

  it("a story holding <script> and & shows them as text: no script element, no dialog, no <b>", async (ctx) => {
    if (!context) return ctx.skip(SKIP_NOTE);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(pages.hostile).href);
    const dom = await page.evaluate(() => ({
      scripts: document.querySelectorAll("script").length,
      bold: document.querySelectorAll("article b").length,
      article: document.querySelector("article")!.textContent,
    }));
    expect(dom.scripts).toBe(0);
    expect(dom.bold).toBe(0);
    expect(dialogs).toEqual([]);
    // As text, wherever the segmenter puts the first line (headline field or first paragraph).
    expect(dom.article).toContain("Fire at <script>alert(1)</script> & smoke");
    expect(dom.article).toContain("“Run & hide <b>now</b>,” the chief said.");
    await page.screenshot({ path: join(ARTIFACTS, "show-hostile.png"), fullPage: true });
  });
});
