/**
 * The entity-drift comparison (scripts/lib/drift.js) on hand-made tables of invented stories and names.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM JavaScript without type declarations
import { entityDrift, rowsToTsv, tsvToRows } from "../scripts/lib/drift.js";

describe("entityDrift", () => {
  const before = [
    { story: "s1", type: "person", name: "Dana Reyes", count: 6 },
    { story: "s1", type: "organization", name: "Korvane", count: 2 },
    { story: "s2", type: "place", name: "Velmar", count: 3 },
  ];

  it("finds nothing when the tables agree, whatever their order", () => {
    expect(entityDrift(before, [...before].reverse())).toEqual([]);
  });

  it("lists a name whose mentions moved between types, the largest move first", () => {
    const after = [
      { story: "s1", type: "person", name: "Dana Reyes", count: 1 },
      { story: "s1", type: "place", name: "Reyes", count: 5 },
      { story: "s1", type: "organization", name: "Korvane", count: 2 },
      { story: "s2", type: "organization", name: "Velmar", count: 3 },
    ];
    const changes = entityDrift(before, after);
    // Velmar: 3 place out, 3 organisation in (6 moved); Dana Reyes: 5 person mentions out; Reyes: 5 new place.
    expect(changes.map((c: { name: string; moved: number }) => [c.name, c.moved])).toEqual([["Velmar", 6], ["Dana Reyes", 5], ["Reyes", 5]]);
    expect(changes[0]).toMatchObject({ story: "s2", before: { place: 3 }, after: { organization: 3 } });
  });

  it("reads back the table it writes", () => {
    expect(tsvToRows(rowsToTsv(before))).toEqual(before);
    expect(tsvToRows(rowsToTsv([]))).toEqual([]);
  });
});
