// `--explain` and `--min-confidence` on the command line, on an invented story whose speakers a reader can name:
// Tom Reyes by name (“…,” Tom Reyes said) and again by "he" (a pronoun, which the trace says was resolved).
import { describe, expect, it } from "vitest";
import { parseCsv, runCli } from "./helpers.js";
import type { Quote } from "../src/types.js";

const STORY = "Ferry talks stall\n\n“The ferry will run on Sunday,” Tom Reyes said.\n\n“We are not done yet,” he added.\n";

describe("newsx quotes --explain", () => {
  it("adds the rule, the words it read and the confidence as columns", async () => {
    const { code, stdout } = await runCli(["quotes", "--explain", "--format", "csv", "-"], { stdin: STORY });
    expect(code).toBe(0);
    const [header, first, second] = parseCsv(stdout);
    const at = (name: string) => header!.indexOf(name);
    expect(at("rule")).toBeGreaterThan(0);
    expect(first![at("speaker")]).toBe("Tom Reyes");
    expect(first![at("rule")]).toBe("after-subject-verb");
    expect(first![at("evidence")]).toBe("Tom Reyes said");
    expect(first![at("resolution")]).toBe("name");
    expect(second![at("evidence")]).toBe("he added");
    expect(second![at("resolution")]).toMatch(/^pronoun-/u);
    expect(Number(first![at("confidence")])).toBeGreaterThan(0.5);
  });

  it("leaves the columns out without it; JSON always carries the trace", async () => {
    const { stdout } = await runCli(["quotes", "--format", "csv", "-"], { stdin: STORY });
    expect(parseCsv(stdout)[0]).not.toContain("rule");
    const json = JSON.parse((await runCli(["quotes", "--json", "-"], { stdin: STORY })).stdout) as Quote[];
    expect(json[0]!.attribution.rule).toBe("after-subject-verb");
  });
});

describe("--min-confidence", () => {
  it("nulls the speakers below it and keeps their trace", async () => {
    const all = JSON.parse((await runCli(["quotes", "--json", "-"], { stdin: STORY })).stdout) as Quote[];
    const pronoun = all[1]!;
    // A threshold just above the pronoun's confidence and at the name's keeps the name only.
    const named = all[0]!.confidence!;
    expect(pronoun.confidence!).toBeLessThan(named);
    const { stdout } = await runCli(["quotes", "--json", "--min-confidence", String(named), "-"], { stdin: STORY });
    const kept = JSON.parse(stdout) as Quote[];
    expect(kept[0]!.speaker).toBe("Tom Reyes");
    expect(kept[1]!.speaker).toBeNull();
    expect(kept[1]!.attribution).toEqual(pronoun.attribution);
    expect(kept[1]!.speakerText).toBe("he");
  });

  it("refuses a value outside 0..1 with a usage error", async () => {
    const { code, stderr } = await runCli(["quotes", "--min-confidence", "1.5", "-"], { stdin: STORY });
    expect(code).toBe(1);
    expect(stderr).toMatch(/confidence from 0 to 1/u);
  });
});

describe("newsx show --explain", () => {
  it("lists why each quote has its speaker under the story", async () => {
    const { stdout } = await runCli(["show", "--explain", "--no-color", "-w", "200", "-"], { stdin: STORY });
    expect(stdout).toMatch(/Why\s+Q1 Tom Reyes: rule after-subject-verb \(“Tom Reyes said”\), name, confidence 0\.\d\d/u);
    expect(stdout).toMatch(/Q2 Tom Reyes: rule after-subject-verb \(“he added”\), pronoun-/u);
  });

  it("puts the rule in the page's hover text", async () => {
    const { stdout } = await runCli(["show", "--html", "-"], { stdin: STORY });
    expect(stdout).toMatch(/title="Q1 · Tom Reyes · verb: said · direct · rule after-subject-verb \(“Tom Reyes said”\), name, confidence 0\.\d\d"/u);
  });
});
