/**
 * What must hold for any input: no throw, every block an exact slice of the text, blocks in order without
 * overlap, paragraphs trimmed and numbered; and no pathological slowness on adversarial lines.
 */
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";

/** The first broken invariant of segment(text), or null. Plain checks: `expect` per block would dominate the time. */
function violation(text: string, result = segment(text)): string | null {
  const { paragraphs, boilerplate, meta } = result;
  const blocks = [...paragraphs, ...boilerplate].sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  for (const block of blocks) {
    if (block.start < previousEnd) return `overlap at ${block.start}`;
    if (block.end <= block.start || block.end > text.length) return `bad span ${block.start}-${block.end}`;
    if (text.slice(block.start, block.end) !== block.text) return `text is not the slice at ${block.start}`;
    if (block.text !== block.text.trim()) return `untrimmed block at ${block.start}`;
    previousEnd = block.end;
  }
  if (paragraphs.some((p, i) => p.index !== i)) return "paragraph indexes out of order";
  if (!Array.isArray(meta.authors)) return "authors is not an array";
  JSON.stringify(meta);
  return null;
}

function checkInvariants(text: string): void {
  expect(violation(text)).toBeNull();
}

// Pieces that page text is made of, so random pages hit the interesting rules.
const pieces = [
  "WASHINGTON (AP) — ", "(MOSCOW) -- ", "LONDON — ", "By JANE ROE and JOHN DOE", "Share this with Facebook",
  "Advertisement", "Related Stories", "© 2019 Example News. All rights reserved.", "Image copyright Getty Images",
  "Sasha Mordovets/Getty Images", "Nov. 19, 2019 4:35 PM ET", "« Previous story | Main | Next story »",
  "The council voted on Tuesday to approve the plan, officials said.", "“We are ready,” she said.",
  "Home", "Menu", "\u00a0", "\u2028", "😀", "\ud800", "\n", "\n\n", "\r\n", " ", "\t", "«", "»", "(", ")", "—", "--",
];

describe("segment invariants", () => {
  it("hold on random page-like text", () => {
    const line = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 10 })), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(fc.property(fc.array(line, { maxLength: 40 }).map((l) => l.join("\n")), (text) => checkInvariants(text)), { numRuns: 400 });
  }, 60_000);

  it("hold on every fixture", () => {
    const root = new URL("../fixtures/", import.meta.url);
    const layouts = new URL("layouts/", root);
    const files = [
      ...readdirSync(root).filter((f) => f.endsWith(".txt")).map((f) => new URL(f, root)),
      ...readdirSync(layouts).filter((f) => f.endsWith(".txt")).map((f) => new URL(f, layouts)),
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) checkInvariants(readFileSync(file, "utf8"));
  });

  it("handles empty and blank input", () => {
    for (const text of ["", " ", "\n\n\n", "\u00a0\u00a0"]) {
      const result = segment(text);
      expect(result.paragraphs).toEqual([]);
      checkInvariants(text);
    }
  });

  // Budgets are generous (the machine may be busy): catastrophic backtracking would take minutes, not seconds.
  // How fast these run is the hostile benchmark's business (scripts/adversarial.js, `npm run check:adversarial`),
  // not a wall-clock bound here: this test holds the segmenter's invariants on the same shapes.
  it("keeps its invariants on adversarial lines", () => {
    const inputs = [
      "a".repeat(1_000_000), // a megabyte line without punctuation or spaces
      "word ".repeat(200_000), // a megabyte line of words without punctuation
      "\u201c".repeat(10_000) + "\u201d".repeat(10_000), // ten thousand quote marks in a row
      "\"".repeat(20_000),
      "(A) -- ".repeat(50_000),
      "By ".repeat(100_000),
      "Share ".repeat(100_000),
      "1/".repeat(200_000),
      "@".repeat(500_000),
      ("Home\n").repeat(100_000),
      "ABC DEF GHI ".repeat(50_000) + "(AP) —",
    ];
    for (const text of inputs) {
      const result = segment(text);
      expect(violation(text, result)).toBeNull();
    }
  }, 120_000);
});
