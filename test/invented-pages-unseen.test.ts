/**
 * Invented pages of layouts the gold pages never showed (issue 21: metadata on sites never seen): bylines that name
 * a job or a desk and nobody, the writer's closing note of a column, an outlet's initials before a picture label,
 * photographs made for a paper, press releases sent out by any distributor, datelines in mixed case with the day or
 * a colon, a caption under its credit line. Each expected value was read off its page by a person, by the
 * conventions of ../shared/gold/pages/META.md, and is checked with the eval's own rules (meta-score.js).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { segment } from "../src/story/segment.js";
import { bareByline } from "../src/story/segment/byline.js";
import { captionCredit, isCaption } from "../src/story/segment/credit.js";
import { describeInventedPages, type Page } from "./invented-pages.js";

const D1 = [
  "Residents of three streets on the northern edge of the town blocked the road outside the water works on Sunday, saying their taps had run dry for four days.",
  "About 150 people gathered from early evening, and some stayed until officials from the water board arrived after midnight.",
  "\"We have children and old parents at home and nobody tells us anything,\" said Meera Pillai, who lives opposite the works.",
  "The board said a burst main under the railway bridge had cut supply and that tankers would serve the area until the repair is done.",
  "An engineer said the pipe was more than forty years old and had been due for replacement since 2019.",
];
const D2 = [
  "The town council has agreed to turn the empty floors above the old market hall into twelve small flats for young families.",
  "Councillors voted eight to three in favour after a long debate about the cost of the work and the loss of storage space.",
  "\"Nobody has lived above the market for fifty years, and the building is worse for it,\" the council leader, Aidan Roche, told the meeting.",
  "Work is due to start in the autumn and should take about eighteen months, the council said.",
  "Traders on the ground floor will stay open throughout.",
];
const D3 = [
  "The ferry company said it would add a second evening crossing to the islands from next month after a summer of full boats.",
  "Passengers had complained that the last sailing was often sold out by noon, leaving visitors stranded on the mainland.",
  "\"We have listened, and the numbers speak for themselves,\" said the company's operations manager, Niamh Keating.",
  "The new crossing will leave the harbour at nine in the evening and return shortly before eleven.",
  "Fares will stay the same for the rest of the year.",
];
const FOOT = ["Most read", "Privacy | Terms", "© 2026 Harbour Gazette. All rights reserved."];
const NAV = ["Skip to content", "Home", "News", "Region", "Business", "Sport"];
const TITLE = (h: string) => `${h} | Harbour Gazette`;
const H1 = "Residents block road as taps run dry for fourth day";
const H2 = "Flats planned above the old market hall";
const H3 = "Ferry adds a second evening crossing to the islands";

const pages: Page[] = [
  // A writer credited by her job alone: the desk's byline, nobody named (pages/META.md: `authors: []`). The date line
  // under it carries an "Updated" stamp after its date, which is no name.
  { name: "u-special-correspondent", lines: [TITLE(H1), ...NAV, H1, "Special Correspondent", "March 03, 2026 10:14 pm | Updated March 04, 2026 09:02 am IST", ...D1, ...FOOT],
    want: { byline: "Special Correspondent", authors: [], date: "2026-03-03" } },
  { name: "u-our-correspondent", lines: [TITLE(H1), ...NAV, H1, "Our Correspondent", "3 March 2026", ...D1, ...FOOT],
    want: { byline: "Our Correspondent", authors: [] } },
  // No byline at all: the stamp after the date line's date is not read as one.
  { name: "u-stamp-after-date", lines: [TITLE(H1), ...NAV, H1, "March 03, 2026 10:14 pm | Updated March 04, 2026 09:02 am IST", ...D1, ...FOOT],
    want: { byline: null, authors: [], date: "2026-03-03" } },
  // Desks and newsrooms named as the byline.
  { name: "u-newsdesk", lines: [TITLE(H2), ...NAV, H2, "Newsdesk", "14/03/2026", ...D2, ...FOOT],
    want: { byline: "Newsdesk", authors: [] } },
  { name: "u-ampersand-staff", lines: [TITLE(H2), ...NAV, H2, "Mill & Quay staff", "2026-02-14", ...D2, ...FOOT],
    want: { byline: "Mill & Quay staff", authors: [] } },
  { name: "u-posted-by-newsroom", lines: [TITLE(H3), ...NAV, H3, "Posted by Island Wave FM newsroom", "2 hours ago", ...D3, ...FOOT],
    want: { byline: "Island Wave FM newsroom", authors: [] } },
  { name: "u-partner-content", lines: [TITLE(H2), ...NAV, H2, "HG Partner Content", "Sponsored by Quayside Credit Union", "Apr. 8, 2026", ...D2, ...FOOT],
    want: { byline: "HG Partner Content", authors: [] } },
  // The editor credited beside the writer is no author of the story.
  { name: "u-writer-bar-editor", lines: [TITLE(H3), ...NAV, H3, "By Orla Brennan | Editor: Declan Moore", "March 5, 2026", ...D3, ...FOOT],
    want: { byline: "Orla Brennan", authors: ["Orla Brennan"] } },
  // A column whose header names nobody: the writer's note closes it.
  { name: "u-closing-note", lines: [TITLE(H2), ...NAV, "Opinion", H2, "Saturday, 9 March 2026", ...D2, "Ciarán Fallon is a retired architect and writes a monthly column for the Gazette.", "Comments", ...FOOT],
    want: { byline: "Ciarán Fallon", authors: ["Ciarán Fallon"] } },
  // A profile's last line about the person it spoke of all along is no writer's note.
  { name: "u-closing-subject", lines: [TITLE(H2), ...NAV, H2, "Saturday, 9 March 2026", ...D2, "Aidan Roche is a retired engineer and writes a column for the parish newsletter.", ...FOOT],
    want: { byline: null, authors: [] } },
  // A paper's initials before a picture label in capitals, at a caption's end: kept whole, as "AP Photo/X" is.
  { name: "u-initials-photo", lines: [TITLE(H3), ...NAV, H3, "By Orla Brennan", "March 5, 2026", "The ferry leaving the harbour on a calm evening. HG PHOTO: TOMAS REILLY", ...D3, ...FOOT],
    want: { credit: "HG PHOTO: TOMAS REILLY" } },
  // Photographs made for the paper, the paper named.
  { name: "u-photographs-for", lines: [TITLE(H2), ...NAV, H2, "Written by Orla Brennan", "May 14, 2026", "Photographs by Tomas Reilly for The Harbour Gazette", ...D2, ...FOOT],
    want: { credit: "Tomas Reilly for The Harbour Gazette", byline: "Orla Brennan" } },
  // A French paper's "Photo Outlet/Photographer" at a caption's end, without a colon.
  { name: "u-photo-outlet-slash", lines: [TITLE(H3), ...NAV, H3, "By Orla Brennan", "March 5, 2026", "Le quai un samedi après-midi. Photo La Gazette du Port/Anne Vidal", ...D3, ...FOOT],
    want: { credit: "La Gazette du Port/Anne Vidal" } },
  // A credit's label with a space before its colon.
  { name: "u-source-space-colon", lines: [TITLE(H1), ...NAV, H1, "By Orla Brennan", "March 5, 2026", "Image Source : ANI", ...D1, ...FOOT],
    want: { credit: "ANI" } },
  // A press release sent out by a distributor of any name, the date written either way.
  { name: "u-release-any-wire", lines: [TITLE(H2), ...NAV, "News provided by", "Quayside Foods Ltd", H2, `BRISTOL, March 12, 2026 /WireBeacon/ -- ${D2[0]}`, ...D2.slice(1), ...FOOT],
    want: { dateline: "BRISTOL", date: "2026-03-12" } },
  { name: "u-release-day-first", lines: [TITLE(H2), ...NAV, "News provided by", "Quayside Foods Ltd", H2, `LONDON, 4 March 2026 /WireBeacon/ -- ${D2[0]}`, ...D2.slice(1), ...FOOT],
    want: { dateline: "LONDON", date: "2026-03-04" } },
  // Datelines in mixed case: the day before the agency, the day before a colon, a place the story speaks of.
  { name: "u-mixed-day-agency", lines: [TITLE(H1), ...NAV, H1, "Press Trust of India", "Mar 03, 2026", `New Delhi, Mar 3 (PTI) ${D1[0]}`, ...D1.slice(1), ...FOOT],
    want: { dateline: "New Delhi" } },
  { name: "u-mixed-day-colon", lines: [TITLE(H3), ...NAV, H3, "By Orla Brennan", "Thu 21 Mar 2026", `Inishmore Bay, 21 March: ${D3[0]}`, ...D3.slice(1), ...FOOT],
    want: { dateline: "Inishmore Bay" } },
  { name: "u-colon-place-caption", lines: [TITLE(H1), ...NAV, H1, "Written By: Orla Brennan", "March 5, 2026", "Image Source : ANI", "A flooded road in Kelmora on Thursday.", `Kelmora: ${D1[0]}`, "Several low-lying streets in Kelmora were under water by the evening, and buses were sent the long way round.", ...D1.slice(1), ...FOOT],
    want: { dateline: "Kelmora", credit: "ANI" } },
  // The site's domain after a dateline's place is its tag, not part of the place.
  { name: "u-place-domain", lines: [TITLE(H1), ...NAV, H1, "By Orla Brennan", "March 5, 2026", `JAKARTA, HarbourGazette.co.id - ${D1[0]}`, ...D1.slice(1), ...FOOT],
    want: { dateline: "JAKARTA" } },
  // The photographer credited on the byline's line, the picture word capitalised or after a colon.
  { name: "u-story-photos-by", lines: [TITLE(H3), ...NAV, H3, "Story by Orla Brennan • Photos by Tomas Reilly", "March 5, 2026", ...D3, ...FOOT],
    want: { byline: "Orla Brennan", authors: ["Orla Brennan"], credit: "Tomas Reilly" } },
  { name: "u-words-pictures", lines: [TITLE(H3), ...NAV, H3, "Words: Orla Brennan | Pictures: Tomas Reilly", "March 5, 2026", ...D3, ...FOOT],
    want: { byline: "Orla Brennan", authors: ["Orla Brennan"], credit: "Tomas Reilly" } },
  // A dateline in capitals with the day and a dash, no agency.
  { name: "u-caps-place-day", lines: [TITLE(H3), ...NAV, H3, "By Orla Brennan", "March 5, 2026", `GALWAY, March 4 — ${D3[0]}`, ...D3.slice(1), ...FOOT],
    want: { dateline: "GALWAY" } },
  // The full date between the place and the dash: the dateline and the date.
  { name: "u-caps-place-full-date", lines: [TITLE(H3), ...NAV, H3, "By Orla Brennan", `GALWAY, March 4, 2026 — ${D3[0]}`, ...D3.slice(1), ...FOOT],
    want: { dateline: "GALWAY", date: "2026-03-04" } },
  // A place the lexicon knows in mixed case before a spaced hyphen.
  { name: "u-mixed-place-hyphen", lines: [TITLE(H3), ...NAV, H3, "By Orla Brennan", "4 March 2026", `Lagos - ${D3[0]}`, ...D3.slice(1), ...FOOT],
    want: { dateline: "Lagos" } },
  // A picture label in capitals with a bar, and a courtesy credit without a colon, at a caption's end.
  { name: "u-caps-label-bar", lines: [TITLE(H3), ...NAV, H3, "By Orla Brennan", "4 March 2026", "The ferry leaving the harbour at dusk. PHOTO | TOMAS REILLY", ...D3, ...FOOT],
    want: { credit: "TOMAS REILLY" } },
  { name: "u-photo-courtesy", lines: [TITLE(H3), ...NAV, H3, "By Orla Brennan", "4 March 2026", "The ferry leaving the harbour at dusk. Photo courtesy Island Ferries", ...D3, ...FOOT],
    want: { credit: "Island Ferries" } },
  // A sentence of the story that opens with a marker's word (Indonesian "di", "in") is no byline; the header's is.
  { name: "u-sentence-opens-with-marker", lines: ["Harga Cabai Naik Jelang Akhir Pekan | Kabar Pelabuhan", "Beranda", "Ekonomi", "Harga Cabai Naik Jelang Akhir Pekan",
    "Penulis: Dewi Lestari | Editor: Budi Santoso", "Minggu, 3 Maret 2026 | 10:15 WIB",
    "Harga cabai di pasar tradisional naik tajam menjelang akhir pekan, dan pedagang mengatakan pasokan dari petani berkurang karena hujan.",
    "Di Pasar Baru Cikarang, harga cabai rawit kini mencapai Rp60.000 per kilogram, naik sekitar Rp15.000 dibandingkan minggu lalu.",
    "Pemerintah daerah menyatakan stok cabai masih cukup dan meminta masyarakat tidak membeli berlebihan.",
    "Para pedagang berharap panen pada akhir bulan dapat menurunkan harga secara bertahap.",
    "Copyright © 2026 Kabar Pelabuhan."],
    want: { byline: "Dewi Lestari", authors: ["Dewi Lestari"], language: "id" } },
];

/** Pages newsx still reads wrong, and why they are left: each a known limit, none a guess to make. */
const KNOWN_WRONG: Record<string, string> = {};

describeInventedPages("invented pages of layouts never seen: desks, notes, credits, datelines", pages, KNOWN_WRONG);

// The eval's rules forgive a label or a second person left in a field (token F1, authors agreeing); the page shows
// the values exactly.
describe("values exactly as the page shows them", () => {
  const metaOf = (name: string) => segment(pages.find((p) => p.name === name)!.lines.join("\n")).meta;
  it("cuts the editor credited beside the writer", () => {
    expect(metaOf("u-writer-bar-editor").byline).toBe("By Orla Brennan");
  });
  it("keeps the photographer out of the byline", () => {
    expect(metaOf("u-words-pictures").byline).toBe("Words: Orla Brennan");
  });
  it("drops a label written with a space before its colon", () => {
    expect(metaOf("u-source-space-colon").credit).toBe("ANI");
  });
  it("reads a small-letter picture label only after a caption's last sentence", () => {
    expect(captionCredit("The ferry at its berth on Thursday. photo: Tomas Reilly")).toBe("Tomas Reilly");
    expect(isCaption("She kept only one photo: Tomas Reilly", undefined)).toBe(false);
  });
  it("reads no name in the stamp after a date line's date", () => {
    expect(bareByline("March 03, 2026 10:14 pm | Updated March 04, 2026 09:02 am IST", true)).toBeNull();
    expect(bareByline("12 March 2026 | Last updated 13 March 2026", true)).toBeNull();
  });
});

// The entity finders read dateline and credit blocks as such: what these layouts add to them must read right there.
describe("names in the datelines and credits these layouts add", () => {
  const entitiesOf = (name: string) => extract(pages.find((p) => p.name === name)!.lines.join("\n")).entities;
  it("takes the month of a dateline's day for no place, and the agency in brackets for an organisation", () => {
    const found = entitiesOf("u-mixed-day-agency");
    expect(found.find((e) => e.name === "Mar")).toBeUndefined();
    expect(found.find((e) => e.name === "PTI")).toMatchObject({ type: "organization" });
    expect(found.find((e) => e.name === "New Delhi")).toMatchObject({ type: "place" });
  });
  it("still takes a place in brackets that opens the dateline for a place", () => {
    const found = extract(["Mill Street bridge to close", "(GALWAY) -- The county council voted on Tuesday to close the old Mill Street bridge to cars from next spring.", "Engineers said the beams had corroded faster than expected."].join("\n")).entities;
    expect(found.find((e) => e.name === "GALWAY")).toMatchObject({ type: "place" });
  });
  it("takes the distributor between a release's slashes for an organisation", () => {
    const found = entitiesOf("u-release-any-wire");
    expect(found.find((e) => e.name === "WireBeacon")).toMatchObject({ type: "organization" });
    expect(found.find((e) => e.name === "March")).toBeUndefined();
  });
  it("names the photographer of a credit made for a paper, and the paper apart", () => {
    const found = entitiesOf("u-photographs-for");
    expect(found.find((e) => e.name === "Tomas Reilly")).toMatchObject({ type: "person" });
    expect(found.find((e) => /Tomas Reilly .*Harbour/u.test(e.name))).toBeUndefined();
  });
});
