/**
 * Source, credit and body end of whole invented pages (issue 21): a press release's newswire is not the site, a
 * headline that reads like a photo credit stays the headline, and a story sentence that says "todos los derechos
 * reservados" does not end the story. Expected values read off each page by a person, by the conventions of the
 * metadata gold (pages/META.md).
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";

const page = (lines: string[]) => lines.join("\n");

describe("a press release reprinted on a page that names no site", () => {
  const text = page([
    "Home", "News", "Contact",
    "Brightwell Robotics opens a factory in Columbus",
    "COLUMBUS, Ohio, Sept. 9, 2026 /PRNewswire/ -- Brightwell Robotics, a maker of warehouse automation systems, today announced the opening of a factory in Columbus that will employ 600 people by 2028.",
    "The plant will build the company's sorting arms and its new line of self-driving carts.",
    "\"Ohio gave us the workers and the roads we need,\" said Dana Whitfield, the company's chief executive.",
    "Construction began last spring and cost about $120 million.",
  ]);
  const { meta } = segment(text);
  it("gives no source rather than the newswire that carried the release", () => {
    expect(meta.dateline).toBe("COLUMBUS, Ohio");
    expect(meta.source).toBeNull();
  });
});

describe("a wire story under an agency dateline on a page that names no site", () => {
  const text = page([
    "Menu", "Search",
    "Storm knocks out power to thousands along the coast",
    "HALIFAX, Nova Scotia (AP) — A late-season storm knocked out power to more than 40,000 homes along the coast on Tuesday, officials said.",
    "Crews worked through the night to clear fallen trees from the main roads.",
    "Schools in three counties stayed closed.",
  ]);
  it("still names the agency when nothing else names the page (the agency's own story)", () => {
    expect(segment(text).meta.source).toBe("AP");
  });
});

describe("an exhibition story whose headline names a photographer's pictures", () => {
  const text = page([
    "Photographs by Vivian Maier | The Gallery Review",
    "Menu", "Exhibitions", "Reviews",
    "Photographs by Vivian Maier",
    "By Tomas Berg",
    "March 3, 2026",
    "The nanny who photographed Chicago's streets for forty years is the subject of a new show at the city's art institute.",
    "More than 120 prints hang in three rooms, most of them never shown before.",
    "The curators chose pictures from the 1950s and 1960s, when she walked the Loop with a camera round her neck.",
    "A woman looks into a shop window on State Street. Photo: Estate of Vivian Maier",
    "The show runs until the end of August.",
    "© 2026 The Gallery Review",
  ]);
  const { meta } = segment(text);
  it("keeps the line as the headline and takes the credit from the caption", () => {
    expect(meta.headline).toBe("Photographs by Vivian Maier");
    expect(meta.credit).toBe("Estate of Vivian Maier");
  });
});

describe("a Spanish story that quotes a rights notice in a sentence", () => {
  const text = page([
    "Inicio", "Cultura",
    "La editorial recupera los derechos de la obra completa del poeta",
    "Por Lucía Romero",
    "La editorial anunció el lunes que recupera los derechos de la obra completa del poeta, tras diez años de pleito con sus herederos.",
    "El contrato firmado en 1998 decía: todos los derechos reservados a la familia del autor.",
    "Los herederos habían pedido que los libros dejaran de venderse hasta que se resolviera el caso.",
    "La primera reedición llegará a las librerías en otoño, con un prólogo inédito.",
    "© 2026 Gaceta del Norte. Todos los derechos reservados.",
  ]);
  const { paragraphs, meta } = segment(text);
  it("keeps the story going past the quoted notice and reads the footer's holder", () => {
    const body = paragraphs.map((p) => p.text);
    expect(body.some((p) => p.startsWith("El contrato firmado"))).toBe(true);
    expect(body.some((p) => p.startsWith("La primera reedición"))).toBe(true);
    expect(body.some((p) => p.startsWith("©"))).toBe(false);
    expect(meta.source).toBe("Gaceta del Norte");
  });
});

describe("a local paper whose only self-naming is in its service links", () => {
  const text = page([
    "Home", "Local", "Schools",
    "Council votes to reopen the old ferry landing",
    "By Priya Nandakumar",
    "June 2, 2026",
    "The town council voted 5-2 on Monday night to spend $2.4 million reopening the ferry landing that closed in 2011.",
    "Supporters said the ferry would cut the morning drive to the city by half an hour.",
    "\"People have waited fifteen years for this,\" said councillor Ruth Abara.",
    "Work on the pier is set to begin in the autumn.",
    "About The Elm Herald", "Contact The Elm Herald", "Advertise with The Elm Herald", "About the Author", "Privacy Policy",
  ]);
  it("names the paper from its 'About' and 'Contact' links", () => {
    expect(segment(text).meta.source).toBe("The Elm Herald");
  });
});

describe("a page whose service links use a short form of the copyright holder's name", () => {
  const text = page([
    "Menu",
    "State budget leaves road repairs unfunded for a second year",
    "By Colm Hardy",
    "April 14, 2026",
    "Lawmakers passed a $61 billion budget on Friday that again leaves out money for the state's crumbling county roads.",
    "County engineers said more than 300 bridges now need repair, and 40 of them carry school buses.",
    "The governor's office said road money would come in a separate bill this summer.",
    "Follow Courier", "Follow Courier on Twitter", "About Courier", "Contact",
    "Copyright 2026. Valley Courier. All Rights Reserved.",
  ]);
  it("names the holder in full, not the short form the links use", () => {
    expect(segment(text).meta.source).toBe("Valley Courier");
  });
});

describe("credit lines in the forms a few big sites print them", () => {
  const story = (creditLine: string) => page([
    "Sections", "Search",
    "A river town learns to live with the floods",
    "By Mara Lindqvist",
    "May 4, 2026",
    "Volunteers stack sandbags along Front Street as the river rises.",
    creditLine,
    "For the third spring in a row, the river has come over its banks and into the shops on Front Street.",
    "The town has spent $3 million on pumps and walls, and the water still finds its way in.",
    "\"We stopped calling it a hundred-year flood,\" said the mayor, Tom Adeyemi.",
    "Engineers say a new levee would take a decade to build.",
    "© 2026 The Elm Herald",
  ]);
  it("drops the 'Credit...' label and keeps the rest as shown", () => {
    expect(segment(story("Credit...Ines Falk for The Elm Herald")).meta.credit).toBe("Ines Falk for The Elm Herald");
  });
  it("reads a photographer and her paper in brackets, a label before a spaced slash, a screenshot's source", () => {
    expect(segment(story("(Ines Falk/The Elm Herald)")).meta.credit).toBe("Ines Falk/The Elm Herald");
    expect(segment(story("Photo / Ines Falk")).meta.credit).toBe("Ines Falk");
    expect(segment(story("Screenshot: Riverwatch")).meta.credit).toBe("Riverwatch");
  });
});

describe("an 'About X' or 'Contact X' line that names no site (review of the service-link rule)", () => {
  const story = (tail: string[]) => page([
    "Ceasefire talks resume in Cairo",
    "March 9, 2026",
    "Negotiators met again in Cairo on Monday as hundreds of aid trucks waited at the crossing into Gaza.",
    "Officials in Gaza said food and fuel were running low in the south, where most families now live in tents.",
    "A diplomat familiar with the talks said the sides were close to a deal on the first phase of a truce.",
    ...tail,
  ]);
  it("takes no topic's box for the site, however often the story names the topic", () => {
    expect(segment(story(["About Gaza", "Gaza explained"])).meta.source).toBeNull();
  });
  it("takes no writer's box nor a story's contact line for the site", () => {
    expect(segment(story(["About the Author", "Kwabena Osei", "Kwabena Osei writes about the Middle East.", "About Kwabena Osei"])).meta.source).toBeNull();
    expect(segment(story(["Contact Cairo Aid Office", "Contact Cairo Aid Office"])).meta.source).toBeNull();
  });
  it("still names the site from two kinds of link, or from one backed by its masthead", () => {
    expect(segment(story(["About Levant Monitor", "Contact Levant Monitor"])).meta.source).toBe("Levant Monitor");
    expect(segment(page(["Levant Monitor", "World", story(["About Levant Monitor"])])).meta.source).toBe("Levant Monitor");
  });
});

describe("a rights notice after the holder's name and a comma (review of the rights-notice rule)", () => {
  const text = page([
    "Northshore News", "Business",
    "Local brewery moves into the old train depot",
    "By Sam Keller", "March 3, 2026",
    "A local brewery will move into the old train depot next year after buying the building from the city for one dollar.",
    "The owners promised to restore the building's brick front and its clock tower as part of the deal.",
    "The brewery plans to open a taproom and a small museum about the railway that once ran through the town.",
    "Northshore Media Inc, all rights reserved, reproduction without permission is prohibited",
    "Reader comments",
    "I remember taking the train from that depot as a child with my grandmother every single summer.",
  ]);
  it("ends the story at the notice, as the old rule did", () => {
    const { paragraphs, meta } = segment(text);
    expect(paragraphs.at(-1)!.text.startsWith("The brewery plans")).toBe(true);
    expect(meta.copyright).toBe("Northshore Media Inc, all rights reserved, reproduction without permission is prohibited");
  });
});

describe("lines shaped like the new credit labels that credit nobody (review of the credit forms)", () => {
  const story = (menu: string[], underByline: string[] = []) => page([
    "Home", "News", "Sport", ...menu,
    "Bridge reopens after six months of repairs",
    "By Mara Lindqvist", "March 10, 2026", ...underByline,
    "The river bridge reopened to traffic on Tuesday morning after six months of repairs that cost the county nine million dollars.",
    "Engineers replaced the deck and strengthened the piers, which had been damaged by floods two winters ago.",
    "Commuters had faced detours of up to forty minutes while the bridge was closed.",
    "© 2026 County Record",
  ]);
  it("takes no menu's 'Photo / Video' for a credit", () => {
    expect(segment(story(["Photo / Video", "Opinion"])).meta.credit).toBeNull();
  });
  it("takes no screenshot's description for a credit, but still its source", () => {
    expect(segment(story([], ["Screenshot: the new bridge cameras on the county's traffic map"])).meta.credit).toBeNull();
    expect(segment(story([], ["Screenshot: County Traffic Map"])).meta.credit).toBe("County Traffic Map");
  });
});

describe("a press release's paragraph about the company that issued it (review of the service-link rule)", () => {
  it("takes no company under 'About X' for the site", () => {
    const { meta } = segment(page([
      "Business Newsfeed", "Press Releases",
      "Brightwell Robotics opens a factory in Columbus",
      "COLUMBUS, Ohio, March 9, 2026 /PRNewswire/ -- Brightwell Robotics, a maker of warehouse automation systems, today announced the opening of a factory that will employ 600 people by 2028.",
      "The plant will build the company's sorting arms and its new line of self-driving carts for large warehouses.",
      "\"Ohio gave us the workers and the roads we need,\" said Dana Whitfield, the company's chief executive.",
      "About Brightwell Robotics",
      "Brightwell Robotics designs and builds automation systems for warehouses in North America and Europe.",
      "Media contact:", "Leah Grant", "Brightwell Robotics", "555-0100",
      "SOURCE Brightwell Robotics",
    ]));
    expect(meta.source).not.toBe("Brightwell Robotics");
  });
});

/** A short local story whose header and footer are varied by the cases below. */
const bridgeStory = [
  "The city council voted on Tuesday to close the old bridge over the river for repairs that will last most of next year.",
  "Engineers found cracks in two of the steel beams during an inspection in the spring, the council said in a statement.",
  "\"We cannot risk anyone's safety,\" said Mayor Lena Ortiz, who added that a ferry would run during the works.",
  "Shop owners near the bridge said they feared losing customers while it stays shut.",
  "The repairs are expected to cost about $14 million, most of it paid by the state.",
];

describe("footers that name the site in the forms small sites print", () => {
  const sourceOf = (footer: string[]) => segment(page(["Home", "Local", "Bridge to close for a year of repairs", "By Tom Reyes", "March 3, 2026", ...bridgeStory, ...footer])).meta.source;
  it("reads the holder after the mark, before it, and through the notices around it", () => {
    expect(sourceOf(["Privacy Policy", "Valley Sentinel © 2026"])).toBe("Valley Sentinel");
    expect(sourceOf(["Legal Notice Terms and Conditions Privacy Policy © Valley Sentinel 2026"])).toBe("Valley Sentinel");
    expect(sourceOf(["Copyright © 2026 by Valley Sentinel. All rights reserved."])).toBe("Valley Sentinel");
    expect(sourceOf(["© 2026 Valley Sentinel, a Northgate Media company"])).toBe("Valley Sentinel");
    expect(sourceOf(["Copyright © 2026 Valley Sentinel. Theme by Sparkline."])).toBe("Valley Sentinel");
    expect(sourceOf(["Copyright 2026 Valley Sentinel. Terms of Service | Privacy Policy"])).toBe("Valley Sentinel");
  });
  it("takes the masthead's title over the owner's name cut short in the footer", () => {
    const text = page(["Menu", "The Harbour Daily", "News", "Sport", "Bridge to close for a year of repairs", "By Tom Reyes", "March 3, 2026", ...bridgeStory, "© 2026 Harbour Media Group. All rights reserved."]);
    expect(segment(text).meta.source).toBe("The Harbour Daily");
  });
});

describe("pages that name the site nowhere firm", () => {
  it("takes no site from a masthead name no domain backs", () => {
    const text = page(["Menu", "Valley Sentinel", "Local", "Bridge to close for a year of repairs", "By Tom Reyes", "March 3, 2026", ...bridgeStory, "Privacy Policy"]);
    expect(segment(text).meta.source).toBeNull();
  });
  it("reads no site from the end of a title-case headline with a dash in it", () => {
    const text = page(["Bridge To Close For A Year - Council Votes", "Menu", "Bridge To Close For A Year - Council Votes", "By Tom Reyes", "March 3, 2026", ...bridgeStory, "Privacy Policy"]);
    expect(segment(text).meta.source).toBeNull();
  });
});

describe("other parties' notices and names that are not the site (review of issue 21)", () => {
  const header = ["Home", "Local", "Bridge to close for a year of repairs", "By Tom Reyes", "March 3, 2026"];
  const sourceOf = (footer: string[]) => segment(page([...header, ...bridgeStory, ...footer])).meta.source;
  it("reads no site from a map's, a weather service's or a market data supplier's notice under the story", () => {
    expect(sourceOf(["Map data ©2026 Google", "Terms of Use"])).toBeNull();
    expect(sourceOf(["Weather forecast data © 2026 AccuWeather", "Privacy Policy"])).toBeNull();
    expect(sourceOf(["Market data provided by FactSet © 2026", "Privacy Policy"])).toBeNull();
    expect(sourceOf(["Crossword © 2026 Puzzle Syndicate", "Privacy Policy"])).toBeNull();
    // The site's own notice in the same shapes still names it.
    expect(sourceOf(["Privacy Policy", "Valley Sentinel © 2026"])).toBe("Valley Sentinel");
    expect(sourceOf(["All content © 2026 Valley Sentinel"])).toBe("Valley Sentinel");
    // The name before the mark when nothing is named after it.
    expect(sourceOf(["Valley Sentinel © 2026. All rights reserved."])).toBe("Valley Sentinel");
    expect(sourceOf(["Valley Sentinel © 2026 | Terms | Privacy"])).toBe("Valley Sentinel");
  });
  it("takes no site from the outlet after a writer's name in the byline: a syndicated story's paper", () => {
    const withByline = (byline: string) => segment(page(["Home", "Local", "Bridge to close for a year of repairs", byline, "March 3, 2026", ...bridgeStory, "Privacy Policy"])).meta.source;
    expect(withByline("Tom Reyes, The Conversation")).toBeNull();
    expect(withByline("By Tom Reyes | Kaiser Health News")).toBeNull();
  });
  it("keeps the title's site when the headline itself ends with the site's name", () => {
    const text = page(["Ten years of the Valley Sentinel - Valley Sentinel", "Home", "News", "Ten years of the Valley Sentinel", "By Tom Reyes", "March 3, 2026", ...bridgeStory, "Privacy Policy"]);
    expect(segment(text).meta.source).toBe("Valley Sentinel");
  });
});

describe("a page whose title is the headline alone and whose name stands over the menu and under the story", () => {
  const text = page([
    "Volunteers clean up Cedar Creek after the flood",
    "Cedar Valley Today",
    "Home", "News", "Community",
    "Volunteers clean up Cedar Creek after the flood",
    "Posted: Sat 10:20 AM, Apr 06, 2019",
    "Dozens of volunteers spent Saturday pulling branches, tyres and fencing out of Cedar Creek after last week's flood.",
    "Organiser Pam Rhodes said the group filled three dumpsters by noon.",
    "The city will haul the waste away on Monday.",
    "cedarvalleytoday.com",
    "Cedar Valley Today",
    "Contact Us",
  ]);
  it("names the site from its masthead line, which the page's domain spells", () => {
    expect(segment(text).meta.source).toBe("Cedar Valley Today");
  });
});

describe("a page whose only repeated short line is a section's label", () => {
  const text = page([
    "State swim results announced",
    "- Girls Tennis",
    "- Boys Swimming",
    "Boys Swimming",
    "State swim results announced",
    "The state swimming finals ended on Saturday with records in three events at the university pool.",
    "Coaches said the new pool helped the times.",
    "Boys Swimming",
    "Girls Tennis",
  ]);
  it("gives no source: a label printed on lines of its own is no name the page gives itself", () => {
    expect(segment(text).meta.source).toBeNull();
  });
});

describe("a footer that lists sister sites once each", () => {
  const text = page([
    "Bridge repairs to close Main Street for a week",
    "Bridge repairs to close Main Street for a week",
    "By Ola Berg",
    "Main Street will close from Monday while crews repair the old stone bridge over the river.",
    "Detours will send traffic along Mill Road and Church Lane.",
    "Our network",
    "Lakeside Weekly",
    "Hilltown Record",
    "Riverbend Gazette",
  ]);
  it("gives no source rather than one of the sister sites", () => {
    expect(segment(text).meta.source).toBeNull();
  });
});

describe("a page title that ends with the paper's town after its name", () => {
  const text = page([
    "Mayor unveils housing plan - News - The Bridgeport Chronicle - Bridgeport, CT",
    "The Bridgeport Chronicle",
    "Mayor unveils housing plan",
    "By Hana Kim",
    "Posted Sep 9, 2019 at 6:01 PM",
    "BRIDGEPORT — The mayor unveiled a plan on Monday to build 2,000 affordable homes over five years.",
    "The council will debate it next month.",
    "Copyright © 2006-2019 Northgate Media, LLC. All rights reserved.",
  ]);
  it("takes the paper's name, not its town nor its owner", () => {
    expect(segment(text).meta.source).toBe("The Bridgeport Chronicle");
  });
  it("reads the headline off the title when the page does not repeat it", () => {
    const lines = text.split("\n").filter((l) => l !== "Mayor unveils housing plan");
    expect(segment(lines.join("\n")).meta.headline).toBe("Mayor unveils housing plan");
  });
  it("still takes a title's place-like part when it is a brand without a region (no comma)", () => {
    const plain = text.replace(" - Bridgeport, CT", "");
    expect(segment(plain).meta.source).toBe("The Bridgeport Chronicle");
  });
});

describe("a page whose title is the headline alone, its paper named in the byline, its owner in the notice", () => {
  const text = page([
    "Council backs the park plan",
    "Council backs the park plan",
    "By Ann Lee, The Northwind Journal",
    "March 8, 2024",
    "The council backed a plan for a new park on Friday, after two years of public meetings.",
    "Work starts in May and should end before the winter.",
    "Copyright 2024 Northwind Holdings Inc.",
  ]);
  it("takes the paper's name the owner's name is cut from, not the owner's first word", () => {
    expect(segment(text).meta.source).toBe("The Northwind Journal");
  });
  it("keeps the owner's brand when the byline's outlet is another paper (a syndicated story)", () => {
    expect(segment(text.replace("The Northwind Journal", "The Eastport Ledger")).meta.source).toBe("Northwind");
  });
});

describe("a page title of the headline and its town only, the headline not printed again (review of issue 21)", () => {
  const text = page([
    "Storm knocks out power to thousands - Springfield, Illinois",
    "By Dana Fox",
    "June 3, 2023",
    "A line of storms knocked out power to about 12,000 homes on Saturday night, the utility said.",
    "Crews worked through the night to restore service.",
  ]);
  it("reads the headline off the title without the town", () => {
    expect(segment(text).meta.headline).toBe("Storm knocks out power to thousands");
  });
  it("takes no source from the town", () => {
    expect(segment(text).meta.source).toBeNull();
  });
});

/** Paragraphs of an invented local story, for the pages below that differ only in where they name the site. */
const BRIDGE_STORY = [
  "The town council voted on Tuesday to close the old bridge over the river for eight months of repairs.",
  "Engineers found cracks in two of its steel beams during an inspection in the spring, the council said.",
  "\"We cannot wait another winter,\" said Mayor Ellen Park, who called the vote a hard but necessary choice.",
  "Drivers will be sent over the highway bridge three miles to the north while the work goes on.",
];

describe("a wire story on a local site whose title is the headline alone (issue 21, source on unseen layouts)", () => {
  const text = page([
    "Storm knocks out power to thousands",
    "Valley Sentinel",
    "Home",
    "Storm knocks out power to thousands",
    "By Jane Roe, Associated Press",
    "HALIFAX, Nova Scotia (AP) — A late-season storm knocked out power to more than 40,000 homes along the coast on Tuesday, officials said.",
    "Crews worked through the night to clear fallen trees from the main roads.",
    "Schools in three counties stayed closed.",
    "Copyright 2026 The Associated Press. All rights reserved.",
    "Valley Sentinel",
    "valleysentinel.com",
  ]);
  it("takes the local site its masthead and domain name, not the wire service of the story's notice", () => {
    expect(segment(text).meta.source).toBe("Valley Sentinel");
  });
});

describe("a masthead with 'The' in front of the name its domain spells without it", () => {
  const text = page([
    "Council votes to close the old bridge",
    "The Harbour Ledger",
    "Menu",
    "Council votes to close the old bridge",
    "By Tom Reyes",
    "March 3, 2026",
    ...BRIDGE_STORY,
    "The Harbour Ledger",
    "Contact us: desk@harbourledger.com",
  ]);
  it("names the site as its masthead writes it", () => {
    expect(segment(text).meta.source).toBe("The Harbour Ledger");
  });
});

describe("an owner company's notice in the footer, the paper's name in its masthead (issue 21)", () => {
  const lines = [
    "Council votes to close the old bridge",
    "The Lakeside Courier",
    "Home | News | Sports | Weather",
    "Council votes to close the old bridge",
    "By Tom Reyes",
    "March 3, 2026",
    ...BRIDGE_STORY,
    "The Lakeside Courier",
    "© 2026 Northgate Media Group. All rights reserved.",
  ];
  it("takes the paper's name printed over the menu and under the story, not its owner", () => {
    expect(segment(page(lines)).meta.source).toBe("The Lakeside Courier");
  });
});

describe("a paper's own notice in the footer, a newsletter's name printed over and under the story", () => {
  const lines = [
    "Council votes to close the old bridge",
    "The Morning Mail",
    "Home | News | Sports | Weather",
    "Council votes to close the old bridge",
    "By Tom Reyes",
    "March 3, 2026",
    ...BRIDGE_STORY,
    "The Morning Mail",
    "Fair opens on Friday",
    "© 2026 Valley Sentinel. All rights reserved.",
  ];
  it("keeps the holder that is itself a paper's name, not the newsletter", () => {
    expect(segment(page(lines)).meta.source).toBe("Valley Sentinel");
    const section = lines.map((line) => (line === "The Morning Mail" ? "Business Today" : line));
    expect(segment(page(section)).meta.source).toBe("Valley Sentinel");
  });
});

describe("a page title with the site after a colon (issue 21, source on unseen layouts)", () => {
  const lines = ["Council votes to close the old bridge : Harbour Ledger", "Council votes to close the old bridge", "By Tom Reyes", "March 3, 2026", ...BRIDGE_STORY, "Tips: newsroom@harbourledger.com"];
  it("takes the part after the colon when the part before it is the on-page headline and a domain spells it", () => {
    expect(segment(page(lines)).meta.source).toBe("Harbour Ledger");
    expect(segment(page(["Council votes to close the old bridge: Harbour Ledger", ...lines.slice(1)])).meta.source).toBe("Harbour Ledger");
  });
  it("reads no site from a title-cased subtitle or a person's name after the headline's colon", () => {
    const story = ["By Tom Reyes", "March 3, 2026", ...BRIDGE_STORY];
    const subtitle = ["Bridge Closes for Repairs: What Drivers Need to Know", "Bridge Closes for Repairs", ...story];
    expect(segment(page(subtitle)).meta.source).toBeNull();
    // The mayor is named in the story too, but only in a sentence: no site prints its name that way.
    const person = ["Council votes to close the old bridge: Mayor Ellen Park", "Council votes to close the old bridge", ...story];
    expect(segment(page(person)).meta.source).toBeNull();
    // Unbacked by any domain or masthead line, even with the spaced colon.
    expect(segment(page(["Council votes to close the old bridge : Harbour Ledger", ...lines.slice(1, -1)])).meta.source).toBeNull();
  });
  it("takes a name printed as a line of its own over the menu and under the story", () => {
    const backed = ["Council votes to close the old bridge: Harbour Ledger", "Harbour Ledger", ...lines.slice(1, -1), "Harbour Ledger"];
    expect(segment(page(backed)).meta.source).toBe("Harbour Ledger");
  });
  it("reads no site from a headline's own colon", () => {
    const own = ["Mayor Park: We cannot wait another winter", "Mayor Park: We cannot wait another winter", ...lines.slice(2)];
    expect(segment(page(own)).meta.source).toBeNull();
  });
});

describe("a social box heading that names the site, 'X on Facebook'", () => {
  const lines = ["Council votes to close the old bridge", "Council votes to close the old bridge", "By Tom Reyes", "March 3, 2026", ...BRIDGE_STORY];
  it("names the site when the box names it twice and the page prints the name as its own", () => {
    const box = ["Harbour Ledger on Facebook", "Harbour Ledger on Twitter"];
    expect(segment(page([lines[0]!, "Harbour Ledger", ...lines.slice(1), ...box])).meta.source).toBe("Harbour Ledger");
    expect(segment(page([...lines, ...box, "Tips: desk@harbourledger.com"])).meta.source).toBe("Harbour Ledger");
  });
  it("takes no box of a team the story is about that the page prints nowhere else", () => {
    const team = ["Harbor City Hawks on Facebook", "Harbor City Hawks on Instagram"];
    expect(segment(page([lines[0]!, "Valley Sentinel", ...lines.slice(1), ...team, "Valley Sentinel"])).meta.source).toBeNull();
  });
  it("takes no box of the organisation the story is about, named in its sentences", () => {
    const story = [
      "Food bank runs short before the holidays",
      "By Tom Reyes",
      "March 3, 2026",
      "The Riverside Food Bank said on Monday that its shelves were nearly empty six weeks before the holidays.",
      "\"We have never had so many families at the door,\" said Carla Diaz, who runs the Riverside Food Bank.",
      "Donations can be dropped off at the warehouse on Elm Street.",
    ];
    expect(segment(page([...story, "Riverside Food Bank on Facebook"])).meta.source).toBeNull();
    expect(segment(page([...story, "Riverside Food Bank on Facebook", "Riverside Food Bank on Instagram"])).meta.source).toBeNull();
  });
  it("takes no call to the reader for a name", () => {
    for (const call of ["Find Us", "Join Us", "Connect With Us", "Follow Us", "Share", "Our Page"]) {
      expect(segment(page([...lines, `${call} on Facebook`, `${call} on Twitter`])).meta.source).toBeNull();
    }
  });
  it("takes no person's account for the site", () => {
    expect(segment(page([...lines, "Ellen Park on Facebook", "Ellen Park on Twitter"])).meta.source).toBeNull();
  });
});
