/**
 * The runner shared by the invented-page test files: each page's expected meta fields, read off the page by a
 * person, are checked with the eval's own rules (scripts/lib/meta-score.js); a page listed as a known limit is
 * skipped with its reason, not left out silently.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";
// @ts-expect-error plain ESM JavaScript without type declarations
import { fieldRight } from "../scripts/lib/meta-score.js";

export interface Page {
  name: string;
  lines: string[];
  want: Record<string, unknown>;
}

/** One test per page; `knownWrong` maps a page's name to why newsx still reads it wrong. */
export function describeInventedPages(title: string, pages: readonly Page[], knownWrong: Record<string, string>): void {
  describe(title, () => {
    for (const p of pages) {
      const test = knownWrong[p.name] ? it.skip : it;
      test(p.name, () => {
        const { meta } = segment(p.lines.join("\n"));
        const gold = { authors: [], ...p.want } as Record<string, unknown>;
        for (const field of Object.keys(p.want)) {
          expect({ field, right: fieldRight(field, gold, meta), got: (meta as unknown as Record<string, unknown>)[field] }).toMatchObject({ field, right: true });
        }
      });
    }
  });
}
