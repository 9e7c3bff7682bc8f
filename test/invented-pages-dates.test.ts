/**
 * Dates and datelines of whole invented pages (issue 21): stamp lines that carry two dates, and a page that shows
 * its last change unlabelled over its first publication. Expected values read off each page by a person, by the
 * conventions of the metadata gold (pages/META.md: published wins over updated).
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";

const page = (lines: string[]) => lines.join("\n");

describe("a stamp line with both the update and the publication", () => {
  const text = page([
    "Factory fire forces families from their homes - Lakeshore Tribune",
    "Lakeshore Tribune",
    "Factory fire forces families from their homes",
    "By Nora Kell",
    "Last updated: June 14, 2021 at 5:03 p.m. | Published: June 13, 2021 at 8:15 a.m.",
    "SPRINGVALE, Ill. — A fire at a plastics factory forced about 200 people from their homes on Sunday, fire officials said.",
    "No one was hurt, and the blaze was under control by evening.",
    "© 2021 Lakeshore Tribune",
  ]);
  const { meta, paragraphs } = segment(text);
  it("reads the publication date from it, not the update", () => {
    expect(meta.date?.slice(0, 10)).toBe("2021-06-13");
  });
  it("keeps the stamp out of the body, so the story opens with its dateline", () => {
    expect(meta.dateline).toBe("SPRINGVALE, Ill.");
    expect(paragraphs.some((p) => p.text.startsWith("Last updated"))).toBe(false);
  });
});

describe("a line of prose with two dates is no stamp line", () => {
  const text = page([
    "Museum reopens after long repairs",
    "Museum reopens after long repairs",
    "By Ada Moss",
    "May 2, 2022",
    "The museum closed on March 3, 2020 and stayed shut through the winter until its reopening on May 1, 2022 with a new wing.",
    "Visitors queued around the block for the first tickets.",
  ]);
  it("keeps the sentence in the body and takes the header date", () => {
    const { meta, paragraphs } = segment(text);
    expect(meta.date?.slice(0, 10)).toBe("2022-05-02");
    expect(paragraphs.some((p) => p.text.startsWith("The museum closed"))).toBe(true);
  });
});

describe("a page that shows its last change unlabelled and its first publication under it", () => {
  const text = page([
    "Bank raises its rate for the third time this year | The Kingsbridge Herald",
    "The Kingsbridge Herald",
    "Bank raises its rate for the third time this year",
    "By Oliver Grant",
    "Thursday 7 March 2019 10:42 GMT",
    "First published on Wed 6 Mar 2019 18.00 GMT",
    "The central bank raised its main rate by a quarter point on Thursday, citing rising prices.",
    "Economists had expected the move after a run of strong figures.",
    "© 2019 The Kingsbridge Herald",
  ]);
  it("takes the first publication", () => {
    expect(segment(text).meta.date?.slice(0, 10)).toBe("2019-03-06");
  });
  it("still takes the first of two plain date lines when neither says it was first", () => {
    const plain = text.replace("First published on ", "");
    expect(segment(plain).meta.date?.slice(0, 10)).toBe("2019-03-07");
  });
});

describe("a story stamped with a relative time only", () => {
  const lines = [
    "Council backs the park plan | Hill Herald",
    "Tuesday, March 12, 2024",
    "Hill Herald",
    "Council backs the park plan",
    "By Ann Lee",
    "5 hours ago",
    "The council backed a plan for a new park on Friday, after two years of public meetings.",
    "Work starts in May and should end before the winter.",
    "Comments",
    "Jim K. March 12, 2024",
    "Good news for the north side.",
    "© 2024 Hill Herald",
  ];
  it("gives no date: not the masthead's day, nor a comment's", () => {
    expect(segment(lines.join("\n")).meta.date).toBeNull();
    expect(segment(lines.filter((l) => l !== "Tuesday, March 12, 2024").join("\n")).meta.date).toBeNull();
  });
  it("still takes a dated stamp beside the relative one", () => {
    const dated = lines.map((l) => (l === "5 hours ago" ? "Published March 8, 2024 · 5 hours ago" : l));
    expect(segment(dated.join("\n")).meta.date?.slice(0, 10)).toBe("2024-03-08");
  });
  it("still falls back to a date further away when the header has no stamp at all", () => {
    // The story's date printed under it ("This story was filed on ..."), as some sites do.
    const bare = [...lines.slice(0, 5).filter((l) => l !== "Tuesday, March 12, 2024"), ...lines.slice(6, 8), "Filed March 11, 2024", "© 2024 Hill Herald"];
    expect(segment(bare.join("\n")).meta.date?.slice(0, 10)).toBe("2024-03-11");
  });
});

describe("a numeric date in a stamp in British time on an English page", () => {
  const lines = [
    "Council backs the park plan | Hill Herald",
    "Hill Herald",
    "Council backs the park plan",
    "By Ann Lee",
    "Updated: 3:15 PM GMT, 08/03/2024",
    "The council backed a plan for a new park on Friday at the town hall in Leeds.",
    "Work starts in May, the council said.",
    "© 2024 Hill Herald",
  ];
  it("reads it day first", () => {
    expect(segment(lines.join("\n")).meta.date?.slice(0, 10)).toBe("2024-03-08");
  });
  it("still reads an American stamp month first", () => {
    const us = lines.map((l) => (l.startsWith("Updated") ? "Updated: 3:15 PM ET, 08/03/2024" : l));
    expect(segment(us.join("\n")).meta.date?.slice(0, 10)).toBe("2024-08-03");
  });
});

describe("wire datelines of Spain, Italy and Brazil", () => {
  const story = (opening: string) => ["El Gobierno aprueba el plan de vivienda | Diario del Sur", "Diario del Sur", "El Gobierno aprueba el plan de vivienda", "Por Lucía Gómez", "8 de marzo de 2024", opening, "El plan costará 2.000 millones de euros, según el ministerio.", "© 2024 Diario del Sur"].join("\n");
  it("reads the place before the day, the month shortened after it, and the agency", () => {
    expect(segment(story("MADRID, 8 mar (EFE).- El Gobierno aprobó este viernes un plan para construir 50.000 viviendas.")).meta.dateline).toBe("MADRID");
    expect(segment(story("ROMA, 8 giu (ANSA) - Il governo ha approvato venerdì un piano per costruire nuove case popolari.")).meta.dateline).toBe("ROMA");
  });
  it("keeps the full stop before the dash out of the paragraph", () => {
    const { paragraphs } = segment(story("MADRID (EFE).- El Gobierno aprobó este viernes un plan para construir 50.000 viviendas."));
    expect(paragraphs[0]!.text.startsWith("El Gobierno aprobó")).toBe(true);
  });
});

describe("a stamp giving its offset from Greenwich (review of issue 21)", () => {
  const lines = [
    "Water main break floods downtown street | Metro Daily",
    "Metro Daily",
    "Water main break floods downtown street",
    "By Jo Park",
    "Published 03/08/2024 09:15 AM GMT-0500",
    "A water main broke under Fifth Street early Friday, flooding shops and closing two blocks to traffic.",
    "Crews expected to finish repairs by evening, the city said.",
    "© 2024 Metro Daily",
  ];
  it("reads an American page's numeric date month first: GMT-0500 is no British time", () => {
    expect(segment(lines.join("\n")).meta.date?.slice(0, 10)).toBe("2024-03-08");
  });
  it("reads it month first after an eastern offset too", () => {
    const east = lines.map((l) => (l.startsWith("Published") ? "Published 03/08/2024 09:15 AM GMT+8" : l));
    expect(segment(east.join("\n")).meta.date?.slice(0, 10)).toBe("2024-03-08");
  });
});

describe("stamps that are no relative time (review of issue 21)", () => {
  const story = (stamps: string[], after: string[] = []) =>
    page([
      "Harbor board approves new ferry schedule | Coast Courier",
      "Harbor board approves new ferry schedule",
      "By Lena Ortiz",
      ...stamps,
      "The harbor board voted on Tuesday to add two evening ferries to the island route starting in June.",
      "Board chair Tom Reyes said ridership had grown by a third since last summer.",
      ...after,
      "© 2024 Coast Courier",
    ]);
  it("reads a stamp without a year beside a time of day, with the notice's year", () => {
    expect(segment(story(["Updated 6:51 AM ET", "Posted Nov 19"])).meta.date?.slice(0, 10)).toBe("2024-11-19");
  });
  it("takes a label alone on its line for no relative stamp, and reads the date printed under the story", () => {
    expect(segment(story(["Published"], ["March 5, 2024"])).meta.date?.slice(0, 10)).toBe("2024-03-05");
  });
  it("still gives no date for a relative stamp in words", () => {
    expect(segment(story(["Updated yesterday"], ["March 5, 2024"])).meta.date).toBeNull();
  });
});

describe("an event's two dates in the story are no stamp line (review of issue 21)", () => {
  const text = page([
    "Festival returns to the park | Lake Times",
    "Festival returns to the park",
    "By Ada Moss",
    "May 2, 2022",
    "The festival returns with music, food and games for the whole family this summer, the organisers said on Monday.",
    "Saturday, June 11, 2022 at 10:00 am – Sunday, June 12, 2022 at 6:00 pm",
    "Tickets go on sale on Monday at the box office, and children under five get in free.",
    "The organisers expect 20,000 visitors over the weekend.",
  ]);
  it("keeps the line of the festival's times in the body", () => {
    expect(segment(text).paragraphs.some((p) => p.text.startsWith("Saturday, June 11, 2022"))).toBe(true);
  });
});

describe("a word that opens like a month between the day and the agency (review of issue 21)", () => {
  const story = (opening: string) => [opening, "Police said the walk was peaceful and ended before dark."].join("\n");
  it("reads no dateline from a count of people", () => {
    const { meta, paragraphs } = segment(story("LONDON, 12 marchers (Reuters) - A dozen marchers walked from the square to parliament on Friday."));
    expect(meta.dateline).toBeNull();
    expect(paragraphs[0]!.text.startsWith("LONDON, 12 marchers")).toBe(true);
  });
  it("still reads a month written out in full in Portuguese or Italian", () => {
    expect(segment(story("LISBOA, 8 março (Lusa) - O Governo aprovou na sexta-feira um plano para construir casas.")).meta.dateline).toBe("LISBOA");
    expect(segment(story("ROMA, 8 giugno (ANSA) - Il governo ha approvato venerdì un piano per nuove case.")).meta.dateline).toBe("ROMA");
  });
});

describe("a republished story: its date labelled as published over where it first appeared (review of issue 21)", () => {
  const text = page([
    "City reopens the old pier | Bay Times",
    "City reopens the old pier",
    "By Rui Costa",
    "Published March 9, 2024",
    "Originally published March 2, 2019 by the Bay Times archive",
    "The city reopened the old pier on Saturday after five years of repairs.",
    "Mayor Ana Lima cut the ribbon in front of a crowd of a few hundred people.",
  ]);
  it("keeps the date the page labels as its publication", () => {
    expect(segment(text).meta.date?.slice(0, 10)).toBe("2024-03-09");
  });
  it("still takes the first publication under an unlabelled date", () => {
    expect(segment(text.replace("Published March 9, 2024", "March 9, 2024")).meta.date?.slice(0, 10)).toBe("2019-03-02");
  });
});
