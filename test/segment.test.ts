/**
 * The seed story, read by a person: what its navigation bar, headline, credit, dateline, body and footer are.
 * Expected values below were written from reading fixtures/kremlin-cheers-obama.txt, not from program output.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";

const text = readFileSync(new URL("../fixtures/kremlin-cheers-obama.txt", import.meta.url), "utf8");
const result = segment(text);

describe("seed story: Kremlin Cheers Obama’s Re-Election", () => {
  it("reads the metadata a reader sees", () => {
    expect(result.meta).toEqual({
      headline: "Kremlin Cheers Obama’s Re-Election", // the file has a no-break space; meta text is space-normalised
      byline: null,
      authors: [],
      dateline: "MOSCOW",
      date: null,
      credit: "Sasha Mordovets/Getty Images",
      copyright: "Copyright 2012 ABC News Radio",
      source: "ABC News Radio",
      language: "en",
      links: {
        previous: "Obama Calls McCain’s Allegation of Benghazi Cover-Up ‘Nonsense’",
        next: "All-Night Election-Watch Party in Obama’s Ancestral Village",
      },
    });
  });

  it("finds the ten body paragraphs, trimmed, the first without its credit and dateline", () => {
    const { paragraphs } = result;
    expect(paragraphs).toHaveLength(10);
    expect(paragraphs[0]!.text).toBe(
      "Russian President Vladimir Putin has sent a congratulatory note to President Obama, his spokesman said.",
    );
    expect(paragraphs[1]!.text.startsWith("The Kremlin says they’ll make the text public")).toBe(true);
    expect(paragraphs[1]!.text.endsWith("“in the near future.”")).toBe(true);
    expect(paragraphs[9]!.text.startsWith("In an interview with the Moscow News")).toBe(true);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const p of paragraphs) {
      expect(p.text).toBe(p.text.trim());
      expect(p.text).not.toMatch(/^\s|\s$/u);
    }
  });

  it("classifies every other block, splitting the credit/dateline/first-sentence line", () => {
    const blocks = result.boilerplate.map((b) => [b.kind, b.text]);
    expect(blocks).toEqual([
      ["navigation", "« Obama Calls McCain’s Allegation of Benghazi Cover-Up ‘Nonsense’ | Main | All-Night Election-Watch Party in Obama’s Ancestral Village »"],
      ["headline", "Kremlin Cheers Obama’s\u00a0Re-Election"],
      ["credit", "Sasha Mordovets/Getty Images"],
      ["dateline", "(MOSCOW) --"],
      ["copyright", "Copyright 2012 ABC News Radio"],
      ["source", "ABC News Radio"],
    ]);
    // The three parts of the shared line follow each other on that line.
    const line = text.split("\n")[4]!;
    const lineStart = text.indexOf(line);
    const [credit, dateline] = result.boilerplate.slice(2, 4);
    expect(credit!.start).toBe(lineStart);
    expect(dateline!.start).toBe(credit!.end);
    expect(result.paragraphs[0]!.start).toBe(dateline!.end + 1);
  });

  it("reports exact UTF-16 spans", () => {
    for (const block of [...result.paragraphs, ...result.boilerplate]) {
      expect(text.slice(block.start, block.end)).toBe(block.text);
    }
  });
});

describe("line endings", () => {
  it("reads the seed story the same with CRLF and with CR line endings", () => {
    for (const eol of ["\r\n", "\r"]) {
      const other = text.replace(/\n/g, eol);
      const again = segment(other);
      expect(again.meta).toEqual(result.meta);
      expect(again.paragraphs.map((p) => p.text)).toEqual(result.paragraphs.map((p) => p.text));
      for (const block of [...again.paragraphs, ...again.boilerplate]) {
        expect(other.slice(block.start, block.end)).toBe(block.text);
      }
    }
  });
});

describe("short stories and odd endings", () => {
  it("keeps a paragraph that ends with an emoji after its full stop", () => {
    const story = "Cup Final Won\n\nThe captain said “we won it all” after the final in Bergen. 🏆\n\nFans stayed late.\n";
    expect(segment(story).paragraphs.map((p) => p.text)).toEqual([
      "The captain said “we won it all” after the final in Bergen. 🏆",
      "Fans stayed late.",
    ]);
  });

  it("keeps a first paragraph that opens with its places written with commas ('Ballarat, Victoria, Australia On Sunday')", () => {
    // The town, state and country open the lede without a dash; their capitals are no Title Case headline run
    // into a teaser, so the paragraph is the story's first, not a line left out before it.
    const story = "Friday, March 6, 2015\n\nBallarat, Victoria, Australia On Sunday, Channel Nine interviewed Rhonda Baxter, a player with the national team. "
      + "Baxter played at the 2008 Games in Beijing and met us in a bar in the city.\n\n"
      + "The tournament in Canada was a really good one actually. It was a tournament that I wish we had gone back to more often.\n\n"
      + "It is quite a large tournament, and so we went as a team. So we were trying to get as many games as possible.\n";
    const paragraphs = segment(story).paragraphs.map((p) => p.text);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Ballarat, Victoria, Australia On Sunday, Channel Nine interviewed Rhonda Baxter/u);
  });

  it("loses nothing when no line reads as prose: the lines become body", () => {
    expect(segment("One cell\nsecond line\n").paragraphs.map((p) => p.text)).toEqual(["One cell", "second line"]);
    expect(segment("The chief said “ye").paragraphs.map((p) => p.text)).toEqual(["The chief said “ye"]);
  });
});

describe("boxes of links to other stories inside the body", () => {
  const prose = [
    "The harbour board voted on Tuesday to close the old ferry pier for repairs that will last until the spring.",
    "Engineers found that several of the timber piles under the pier had rotted through and could no longer bear the load.",
    "A temporary landing will be built on the north side of the harbour so that the island service can keep running.",
    "The board said the cost of the work would be shared with the county, which owns the land behind the pier.",
    "Residents who use the ferry every day said they were glad the service would continue while the pier was closed.",
    "The new pier is expected to open in time for the summer season, when the number of passengers doubles.",
  ];
  const paragraphsOf = (lines: string[]) => segment(lines.join("\n\n")).paragraphs.map((p) => p.text);

  it("drops three Title Case headline lines in a row between paragraphs", () => {
    const links = ["Island Bakery Wins Award For Best Bread", "Storm Damage Closes Coastal Road For Weeks", "Why The Lighthouse Keeper Never Left Home"];
    const kept = paragraphsOf([...prose.slice(0, 3), ...links, ...prose.slice(3)]);
    expect(kept).toEqual(prose);
  });

  it("drops headline lines under a bare Related heading, even two of them", () => {
    const kept = paragraphsOf([...prose.slice(0, 3), "Related", "Island Bakery Wins Award For Best Bread", "Storm Damage Closes Coastal Road For Weeks", ...prose.slice(3)]);
    expect(kept).toEqual(prose);
  });

  it("takes back the last paragraph after a box of one link under a 'Related Links' heading", () => {
    const page = [...prose.slice(0, 5), "Related Links", "Harbour board website", prose[5]!, "Top Video", "Island Bakery Wins Award For Best Bread", "Terms of Use"];
    expect(paragraphsOf(page)).toEqual(prose);
    const blocks = segment(page.join("\n\n")).boilerplate;
    expect(blocks.find((b) => b.text === "Harbour board website")?.kind).toBe("related");
  });

  it("takes no teaser back from a 'Related Stories' box of headline and one-sentence teaser pairs", () => {
    const page = [
      "Valley Sentinel", "Home", "News", ...prose.slice(0, 4), "Related Stories",
      "Island bakery wins regional bread award",
      "A small bakery on the island has won the regional award for the best country loaf, beating forty other bakers.",
      "Storm damage closes the coastal road",
      "The coastal road will stay closed for at least two weeks after the storm washed away part of the sea wall.",
      "Terms of Use",
    ];
    expect(paragraphsOf(page)).toEqual(prose.slice(0, 4));
  });

  it("keeps a list of the story's own with figures or colons (results, line-ups)", () => {
    const list = ["North Harbour Rowing Club: Third Place", "South Bay Sailing Club: Fifth Place", "East Point Kayak Team: Seventh Place"];
    const kept = paragraphsOf([...prose.slice(0, 3), ...list, ...prose.slice(3)]);
    expect(kept).toEqual([...prose.slice(0, 3), ...list, ...prose.slice(3)]);
  });

  it("drops a link to the site's other story ('On Example.com: ...') between paragraphs", () => {
    const kept = paragraphsOf([...prose.slice(0, 3), "On HarbourDaily.com: Ferry fares rise by ten percent next year", ...prose.slice(3)]);
    expect(kept).toEqual(prose);
  });

  it("drops a 'read also' link in brackets, in another language too", () => {
    const kept = paragraphsOf([...prose.slice(0, 3), "(Leggi anche su: Il nuovo traghetto arriva in primavera – FOTO)", ...prose.slice(3)]);
    expect(kept).toEqual(prose);
  });

  it("drops the reCAPTCHA notice under a sign-up form", () => {
    const kept = paragraphsOf([...prose, "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."]);
    expect(kept).toEqual(prose);
  });

  it("drops the label of an embedded video ('Video: ...') between paragraphs", () => {
    const label = "Video: In this short film the harbour master explains why the old timber piles had to be replaced.";
    const kept = paragraphsOf([...prose.slice(0, 3), label, ...prose.slice(3)]);
    expect(kept).toEqual(prose);
  });

  it("drops a line of unrendered shortcode markup", () => {
    const kept = paragraphsOf([...prose.slice(0, 3), '[button link="https://example.org/tips/" type="big"] Send us YOUR ferry story[/button]', ...prose.slice(3)]);
    expect(kept).toEqual(prose);
  });

  it("drops a short promo set in capitals even when it ends with an exclamation mark", () => {
    const kept = paragraphsOf([...prose.slice(0, 3), "HARBOUR TALK -- NOW ON YOUR RADIO!", ...prose.slice(3)]);
    expect(kept).toEqual(prose);
  });

  it("drops an author's note that points to their social accounts, and a sign-up form's confirmation", () => {
    const note = "Dana Roe's book about island ferries is out now. Follow her on Twitter @danaroe.";
    const form = "An email with an activation link has just been sent to your address.";
    expect(paragraphsOf([...prose, note, form])).toEqual(prose);
  });

  it("drops an 'Also: ...' pointer to other coverage", () => {
    expect(paragraphsOf([...prose.slice(0, 3), "Also: See all our island travel coverage at Harbour Weekly", ...prose.slice(3)])).toEqual(prose);
  });
});
