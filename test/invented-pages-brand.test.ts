/**
 * Where invented pages name their own brand (issue 21, source on unseen sites): notices that run on past the name,
 * titles whose site part carries more than the brand. Expected values read off each page by a person, by the
 * conventions of the metadata gold (pages/META.md): the source is the site as it brands itself, never its owner.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";
import { copyrightHolder, ownership } from "../src/story/segment/source.js";

const page = (lines: string[]) => lines.join("\n");

describe("an ownership notice with the copyright mark on the same line", () => {
  it("reads the brand and the owner though the mark follows the owner's name", () => {
    expect(ownership("The Millbrook Ledger is part of Tallgrass Regional Media. © 2025")).toMatchObject({ brands: ["The Millbrook Ledger"], owners: [expect.stringMatching(/^Tallgrass Regional/)] });
    expect(ownership("Pinecrest Daily is owned by Ridgeway Holdings Ltd. All rights reserved.").brands).toEqual(["Pinecrest Daily"]);
  });
  it("gives the brand, not the notice, as the copyright holder", () => {
    expect(copyrightHolder("The Millbrook Ledger is part of Tallgrass Regional Media. © 2025")).toBe("The Millbrook Ledger");
  });
  it("names the site on a page whose title is the headline alone", () => {
    const text = page([
      "Ferry timetable cut for the winter months",
      "",
      "The Millbrook Ledger",
      "Home",
      "Local",
      "Sport",
      "",
      "Ferry timetable cut for the winter months",
      "Words: Ada Lindqvist",
      "Monday 3 November 2025",
      "The island ferry will run four times a day instead of seven from December, the operator said on Monday.",
      "Residents who commute to the mainland say the first crossing now leaves too late for the morning shift.",
      "The operator blamed a shortage of deck crew and said the full timetable would return in April.",
      "",
      "Get the Ledger newsletter",
      "The Millbrook Ledger is part of Tallgrass Regional Media. © 2025",
    ]);
    expect(segment(text).meta.source).toBe("The Millbrook Ledger");
  });
});

describe("a story as a news archive exports it", () => {
  it("takes the headline over the semicolon that joins it to its deck, the labels under them aside", () => {
    const text = page([
      "Harbor bridge repairs split the city council; ",
      "Mayor's plan to close two lanes for a year draws protest from merchants.",
      "",
      "ABSTRACT.",
      "",
      "The council delayed a vote on the bridge repairs after shop owners said the lane closures would cost them customers.",
      "",
      "FULL TEXT.",
      "",
      "The city council on Tuesday put off a vote on the repairs to the Harbor Street bridge, after more than a hundred merchants packed the chamber to protest the mayor's plan to close two of its four lanes for a year.",
      "''We cannot survive a year with half the traffic,'' said Rosa Delgado, who runs a bakery near the bridge.",
      "The mayor said the repairs could not wait, and that the bridge's inspectors had found cracks in three of its supports.",
    ]);
    expect(segment(text).meta.headline).toBe("Harbor bridge repairs split the city council");
  });
  it("takes a headline that ends with a full stop over the archive's labels", () => {
    const text = page([
      "With fewer anglers, lake towns rethink their bait shops.",
      "",
      "ABSTRACT.",
      "",
      "Shops that sold worms and tackle for decades are turning to kayak rentals and coffee.",
      "",
      "FULL TEXT.",
      "",
      "For forty years the shop at the end of Dock Road sold little but live bait, line and hooks to the men who fished the lake before dawn.",
      "Now half its floor is given over to kayaks, and the owner says coffee brings in more than worms.",
    ]);
    expect(segment(text).meta.headline).toBe("With fewer anglers, lake towns rethink their bait shops.");
  });
  it("takes a first line in Title Case over a longer opening as the headline, but not a labelled byline", () => {
    const story = ["Small Steps Toward a Quieter Harbor.", "", "The port authority will ban engine idling at its two ferry piers from next spring, after residents of the waterfront complained for years about the noise and the fumes.", "Ferry operators say the rule will cost them little."];
    expect(segment(page(story)).meta.headline).toBe("Small Steps Toward a Quieter Harbor.");
    const bylined = ["BYLINE: Nora Quist.", "", "The port authority will ban engine idling at its two ferry piers from next spring, after residents of the waterfront complained for years about the noise and the fumes.", "Ferry operators say the rule will cost them little."];
    expect(segment(page(bylined)).meta.headline).toBeNull();
  });
  it("takes no story's first sentence that ends with a colon over what it announces for a headline", () => {
    const listed = page([
      "Island residents learnt three things at the ferry meeting on Thursday:",
      "The old pier will shut in October for a new deck.",
      "Boats will leave from the marina until the spring.",
      "And the fare will stay the same for a year.",
    ]);
    expect(segment(listed).meta.headline).toBeNull();
    const quoted = page([
      "The harbour master gave the crews one warning on Thursday:",
      "\"Nobody sails past the breakwater until the storm has gone through.\"",
      "",
      "He spoke on the quay after the coastguard raised its warning for the whole of the bay to the highest level.",
    ]);
    expect(segment(quoted).meta.headline).toBeNull();
  });
});

describe("a title part that carries more than the brand", () => {
  const story = [
    "The county will reopen the old ferry landing as a fishing pier next summer, the parks board said on Thursday.",
    "The landing has been closed since a storm tore up its decking four years ago.",
    "Anglers have asked for it back ever since, and the board found the money in this year's budget.",
  ];
  it("drops the domain ending of a name the page prints bare as its masthead", () => {
    const text = page([
      "Old ferry landing to reopen as fishing pier | Tidewatch.com",
      "Tidewatch",
      "Home", "Local", "Sports",
      "Old ferry landing to reopen as fishing pier",
      "By Lena Ortiz",
      "May 2, 2026",
      ...story,
      "Tidewatch has covered the county's waterfront since 2009.",
      "Send tips to the Tidewatch newsroom.",
    ]);
    expect(segment(text).meta.source).toBe("Tidewatch");
  });
  it("keeps the domain form where the page writes the name so", () => {
    const text = page([
      "Old ferry landing to reopen as fishing pier | Tidewatch.com",
      "Home", "Local", "Sports",
      "Old ferry landing to reopen as fishing pier",
      "By Lena Ortiz",
      "May 2, 2026",
      ...story,
      "Read more on Tidewatch.com",
    ]);
    expect(segment(text).meta.source).toBe("Tidewatch.com");
  });
  it("drops two section words after a call sign the page names on its own", () => {
    const text = page([
      "Old ferry landing to reopen as fishing pier - KQRS Local News",
      "Home", "Weather", "Traffic",
      "Old ferry landing to reopen as fishing pier",
      "By Lena Ortiz",
      "May 2, 2026",
      ...story,
      "KQRS reached the parks board for comment. Watch KQRS at 6 for more.",
      "Download the KQRS app",
      "Follow KQRS on Twitter",
    ]);
    expect(segment(text).meta.source).toBe("KQRS");
  });
  it("keeps a brand of one section word ('Harbor News'), which names itself so", () => {
    const text = page([
      "Old ferry landing to reopen as fishing pier - Harbor News",
      "Home", "Weather", "Traffic",
      "Old ferry landing to reopen as fishing pier",
      "By Lena Ortiz",
      "May 2, 2026",
      ...story,
      "Harbor reached the parks board for comment. Harbor Park stays open.",
    ]);
    expect(segment(text).meta.source).toBe("Harbor News");
  });
});

describe("a site that greets its readers by name and prints its domain", () => {
  const lines = (extra: string[]) => [
    "Old ferry landing to reopen as fishing pier",
    "Home", "Local", "Sports",
    "Old ferry landing to reopen as fishing pier",
    "By Lena Ortiz",
    "May 2, 2026",
    "The county will reopen the old ferry landing as a fishing pier next summer, the parks board said on Thursday.",
    "The landing has been closed since a storm tore up its decking four years ago.",
    "Anglers have asked for it back ever since, and the board found the money in this year's budget.",
    ...extra,
    "© 2026 Northgate Media Group",
  ];
  it("takes the greeted name the domain spells over the owner's notice", () => {
    const text = page(lines(["Welcome to Tidewatch, the county's waterfront news.", "Tidewatch Newsletters", "Send tips to news@tidewatch.com"]));
    expect(segment(text).meta.source).toBe("Tidewatch");
  });
  it("does not take a greeted place that no printed domain spells", () => {
    const text = page(lines(["Welcome to Springfield, where the river meets the bay.", "Daily Newsletter", "Send tips to news@northgatemedia.com"]));
    expect(segment(text).meta.source).not.toBe("Springfield");
  });
});

describe("the language of a page without prose", () => {
  it("is read from the page's few stopwords when one language has them clearly", () => {
    // The story is the results alone: no stopword in it; the title, the stamp and the footer are English.
    const text = page([
      "Results of the Lakeside Junior Swim Meet | Lakeside Swim Club",
      "Home", "Results", "Schedule", "Contact",
      "Results of the Lakeside Junior Swim Meet",
      "Posted by the club on March 3, 2026",
      "Girls 50 Free: Mara Quint 28.41, Ines Falk 28.97, Joy Amadi 29.30, Ada Pike 29.85, Rosa Lind 30.02, Nell Hart 30.44",
      "Boys 100 Back: Theo Brandt 1:02.11, Sam Okafor 1:03.40, Luis Mora 1:04.02, Ivo Stam 1:04.90, Ben Ruiz 1:05.13",
      "Girls 200 IM: Ines Falk 2:21.55, Ada Pike 2:23.18, Mara Quint 2:24.70, Joy Amadi 2:25.05, Nell Hart 2:27.61",
      "Boys 50 Fly: Sam Okafor 26.90, Theo Brandt 27.33, Ivo Stam 27.98, Luis Mora 28.12, Ben Ruiz 28.40, Kai Moss 28.77",
      "Girls 100 Breast: Rosa Lind 1:14.20, Ada Pike 1:15.02, Joy Amadi 1:15.66, Mara Quint 1:16.31, Ines Falk 1:16.90",
      "Share this on Facebook",
      "More from the club",
      "© 2026 Lakeside Swim Club. All rights reserved.",
    ]);
    expect(segment(text).meta.language).toBe("en");
  });
  it("stays unknown when the page holds almost no words of any language", () => {
    const text = page(["Girls 50 Free", "1. Mara Quint 28.41", "2. Ines Falk 28.97", "Boys 100 Back", "1. Theo Brandt 1:02.11", "2. Sam Okafor 1:03.40", "Girls 200 IM", "1. Ines Falk 2:21.55"]);
    expect(segment(text).meta.language).toBeNull();
  });
});

describe("a page whose title is the headline alone, worded a little otherwise than on the page", () => {
  const lines = (nearest: string) => [
    "Council delays vote on harbour bridge repairs after merchants protest",
    "", "Menu", "Search", "",
    "Council puts off harbour bridge repairs vote as merchants protest",
    "", "Share", "Tweet", "",
    nearest,
    "",
    "March 3, 2026",
    "",
    "The city council on Tuesday put off a vote on the repairs to the harbour bridge, after more than a hundred merchants packed the chamber to protest the plan to close two of its four lanes for a year.",
    "The mayor said the repairs could not wait, and that inspectors had found cracks in three of the bridge's supports.",
    "A new vote is set for next month, and merchants say they will come back in greater numbers.",
  ];
  it("takes the line worded like the title, not a teaser's headline nearer the story", () => {
    expect(segment(page(lines("Ferry fares to rise in spring"))).meta.headline).toBe("Council puts off harbour bridge repairs vote as merchants protest");
  });
  it("keeps a nearer line that speaks of what the title does", () => {
    expect(segment(page(lines("Merchants pack council chamber over bridge lane closures"))).meta.headline).toBe("Merchants pack council chamber over bridge lane closures");
  });
});
