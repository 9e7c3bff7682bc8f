/**
 * Metadata of whole invented pages, as a text extractor leaves them (menus, kicker, headline, byline, captions,
 * body, related links, footer), for kinds of sites the shared gold has few of. Expected values read off each page
 * by a person, by the conventions of the metadata gold (pages/META.md).
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";

const page = (lines: string[]) => lines.join("\n");

describe("a UK paper: caption without a full stop before its 'Image:' credit", () => {
  const text = page([
    "Menu", "Search", "Sign in", "Home", "UK", "World", "Sport",
    "Hospital waiting lists fall for third month in a row",
    "Helen McAllister",
    "Health Correspondent",
    "Published 14/02/2026",
    "Patients wait in a corridor at a hospital in Leeds Image: PA",
    "Waiting lists for planned hospital treatment in England fell for the third month running in December, official figures show.",
    "About 7.1 million treatments were waiting to be carried out at the end of the month, down from 7.2 million in November.",
    "The health secretary said the figures showed the service was \"turning a corner\", but unions warned that staff shortages remained severe.",
    "The number of people waiting more than a year fell to 210,000.",
    "More on this story", "Nurses vote on new pay offer",
    "Follow The Northern Ledger", "Sign up to The Northern Ledger newsletter",
    "© Northern Ledger Media Ltd 2026",
  ]);
  const { meta, paragraphs } = segment(text);
  it("takes the headline, not the caption, and the credit without its label", () => {
    expect(meta.headline).toBe("Hospital waiting lists fall for third month in a row");
    expect(meta.credit).toBe("PA");
    expect(meta.byline).toBe("Helen McAllister");
    expect(meta.authors).toEqual(["Helen McAllister"]);
    expect(meta.date).toBe("2026-02-14");
    expect(meta.source).toBe("The Northern Ledger");
    expect(paragraphs[0]!.text.startsWith("Waiting lists")).toBe(true);
  });
});

describe("a magazine without a copyright line: the brand from its trademark notice and masthead", () => {
  const text = page([
    "Subscribe", "Sign In", "THE LONG VIEW", "CULTURE",
    "The last lighthouse keepers of Norway",
    "Words by Ingrid Holm",
    "The light on the rock was automated in 1989, but nobody told the keeper's family, or rather nobody could make them leave.",
    "Arne Nilsen was born in the keeper's house. His father kept the light, and his grandfather before that.",
    "He still climbs the 112 steps every evening, though the lamp has switched itself on since before his children were born.",
    "\"The light does not need me,\" he said. \"But I think the rock does.\"",
    "Arne Nilsen at the top of the lighthouse. Photograph: Erik Sand for The Long View",
    "More from Culture", "The quiet return of the cassette tape",
    "The Long View is a registered trademark of Northlight Publishing Group.",
    "Terms of Use | Privacy",
  ]);
  const { meta } = segment(text);
  it("names the magazine, not its owner, and keeps the credit's 'for' part", () => {
    expect(meta.source).toBe("The Long View");
    expect(meta.byline).toBe("Words by Ingrid Holm");
    expect(meta.authors).toEqual(["Ingrid Holm"]);
    expect(meta.credit).toBe("Erik Sand for The Long View");
  });
});

describe("a blog whose footer holds its name and its theme's credit", () => {
  const text = page([
    "Pixel & Pine", "A blog about gardening, photography and slow living", "Home About Recipes Garden Contact",
    "Why I stopped tilling my vegetable beds",
    "Posted on April 2, 2026 by Greta Lindqvist",
    "For ten years I turned over every bed each spring with a fork, because that is what my grandmother did.",
    "Three seasons ago I stopped. The beds now get a thick layer of compost in the autumn and nothing else.",
    "The soil holds water far better, and there are fewer weeds because buried seeds stay buried.",
    "If you want to try it, start with one bed and cover it with cardboard in October.",
    "Filed Under: Garden",
    "Leave a Reply",
    "Copyright © 2026 Pixel & Pine · Built on the Genesis Framework",
  ]);
  const { meta } = segment(text);
  it("takes the blog's name, not the framework line after the dot", () => {
    expect(meta.source).toBe("Pixel & Pine");
    expect(meta.authors).toEqual(["Greta Lindqvist"]);
    expect(meta.date).toBe("2026-04-02");
  });
});

describe("a company newsroom's press release", () => {
  const text = page([
    "Newsroom", "Press Releases", "Media Contacts",
    "Brightwell Robotics opens new factory in Ohio",
    "COLUMBUS, Ohio, Sept. 9, 2026 /PRNewswire/ -- Brightwell Robotics, a maker of warehouse automation systems, today announced the opening of a factory in Columbus that will employ 600 people by 2028.",
    "The plant will build the company's line of autonomous carts, which are used by retailers and shipping firms across North America.",
    "\"Ohio gives us the workforce and the location we need to grow,\" said Priya Natarajan, chief executive of Brightwell Robotics.",
    "The company received $12 million in state tax credits tied to the number of jobs created.",
    "Media Contact:", "Jordan Lee", "press@brightwellrobotics.com",
  ]);
  const { meta, paragraphs } = segment(text);
  it("reads the dateline and the date the release gives in it, and no byline", () => {
    expect(meta.dateline).toBe("COLUMBUS, Ohio");
    expect(meta.date).toBe("2026-09-09");
    expect(meta.byline).toBeNull();
    expect(paragraphs[0]!.text.startsWith("Brightwell Robotics, a maker")).toBe(true);
  });
});

describe("a desk credited over the date line", () => {
  const text = page([
    "e-Paper", "Home", "India", "World", "Cities",
    "Monsoon arrives in Kerala three days early: IMD",
    "Express News Service",
    "Thiruvananthapuram | Updated: May 29, 2026 10:15 IST",
    "The southwest monsoon set in over Kerala on Friday, three days ahead of its normal date of June 1, the weather office said.",
    "Heavy rain was reported in several districts, and an orange alert has been issued for Idukki and Wayanad.",
    "The weather office has forecast above-normal rainfall for the season, at 106 per cent of the long-period average.",
    "Fishermen have been told not to venture into the sea until Monday.",
    "Also Read", "Delhi records hottest May day in 8 years",
    "Follow The Coastal Express on WhatsApp",
    "© The Coastal Express (P) Ltd 2026",
  ]);
  const { meta } = segment(text);
  it("keeps the headline over it and takes the desk as a byline without authors", () => {
    expect(meta.headline).toBe("Monsoon arrives in Kerala three days early: IMD");
    expect(meta.byline).toBe("Express News Service");
    expect(meta.authors).toEqual([]);
    expect(meta.date?.slice(0, 10)).toBe("2026-05-29");
    expect(meta.source).toBe("The Coastal Express");
  });
});

describe("a market report signed at its end, under a masthead, with a box after it", () => {
  const text = page([
    "The Daily Prairie",
    "Farm markets",
    "Wheat prices climb on export demand",
    "Wheat futures rose for a fourth straight session on Tuesday as export sales to North Africa beat expectations.",
    "The March contract closed up 11 cents at $6.42 a bushel in Chicago.",
    "Traders said dry weather in Argentina was also lending support.",
    "Corn and soybeans were mixed.",
    "— Tomas Eriksen",
    "Prices at the elevators",
    "Elevator prices as of Tuesday close, from the state grain board.",
    "Copyright 2026 The Daily Prairie",
  ]);
  const { meta, paragraphs } = segment(text);
  it("takes the headline, not the masthead, and the sign-off as the byline; the box is not story", () => {
    expect(meta.headline).toBe("Wheat prices climb on export demand");
    expect(meta.byline).toBe("Tomas Eriksen");
    expect(meta.authors).toEqual(["Tomas Eriksen"]);
    expect(meta.source).toBe("The Daily Prairie");
    expect(paragraphs.map((p) => p.text).at(-1)).toBe("Corn and soybeans were mixed.");
  });
});

describe("a broadcaster's page with its 'Updated' line over the 'Published' one", () => {
  const text = page([
    "KXRT 7 News", "Watch Live", "Weather", "Traffic",
    "Wildfire near Cedar Ridge grows to 3,000 acres, evacuations ordered",
    "Author: Dana Whitfield",
    "Updated: 9:30 PM MDT June 21, 2026",
    "Published: 6:45 PM MDT June 20, 2026",
    "CEDAR RIDGE, Colo. — A wildfire burning in the foothills west of Cedar Ridge grew to more than 3,000 acres on Sunday, and the county sheriff ordered about 400 homes evacuated.",
    "The fire started shortly after noon near a campground, fire officials said. Its cause is under investigation.",
    "\"Winds are pushing it east, toward homes, and that is our biggest concern tonight,\" said Ray Montoya, a spokesman for the county fire district.",
    "An evacuation center has opened at Cedar Ridge High School.",
    "Download the KXRT 7 News app for breaking news alerts.",
    "Copyright 2026 KXRT-TV. All Rights Reserved.",
  ]);
  const { meta } = segment(text);
  it("dates the story by its publication", () => {
    expect(meta.date?.slice(0, 10)).toBe("2026-06-20");
    expect(meta.byline).toBe("Author: Dana Whitfield");
    expect(meta.authors).toEqual(["Dana Whitfield"]);
    expect(meta.dateline).toBe("CEDAR RIDGE, Colo.");
  });
});

describe("a story with a membership pitch after it and an advert's marker inside it", () => {
  const text = page([
    "Menu", "Science",
    "Telescope spots water vapor around distant planet",
    "By Priya Anand", "June 3, 2026",
    "Astronomers using a space telescope have detected water vapor in the atmosphere of a planet orbiting a small star 120 light-years away, a team reported on Wednesday.",
    "The planet, about twice the size of Earth, circles its star every 33 days in a zone where temperatures could allow liquid water.",
    "\"This is the smallest planet where we have seen water so clearly,\" said Tomas Lindgren, an astronomer who led the study.",
    "The team plans to observe the planet again next year to look for other gases.",
    "Continue Reading Below",
    "Advertisement",
    "The findings were published in the Astrophysical Journal Letters.",
    "Want more stories like this? Become a member today for just $5 a month.",
    "Comments are closed.",
    "© 2026 Skyward Science Media",
  ]);
  const { paragraphs } = segment(text);
  const texts = paragraphs.map((p) => p.text);
  it("keeps the paragraph after the marker and leaves the marker and the pitch out", () => {
    expect(texts).not.toContain("Continue Reading Below");
    expect(texts.at(-1)).toBe("The findings were published in the Astrophysical Journal Letters.");
    expect(texts).toHaveLength(5);
  });
});

describe("an Australian local page: a name over its job line over a relative stamp", () => {
  const text = page([
    "Search", "Sections",
    "Council flags rate rise as flood repairs bite",
    "Sam Whitlock",
    "Local Democracy Reporter",
    "Updated 2 hours ago",
    "Repairs under way on the Brisbane Road causeway. Picture: Supplied",
    "Ratepayers face a 6.5 per cent rise next year as the council counts the cost of repairing roads damaged in February's floods.",
    "The draft budget, released on Wednesday, sets aside $38 million for flood repairs.",
    "Mayor Jo Tran said the council had no choice. \"These roads are how people get to work,\" she said.",
    "The budget is open for comment until June 30.",
    "More Coverage", "Flood victims still waiting for payouts",
  ]);
  const { meta } = segment(text);
  it("takes the headline and the name, and no date from a relative stamp", () => {
    expect(meta.headline).toBe("Council flags rate rise as flood repairs bite");
    expect(meta.byline).toBe("Sam Whitlock");
    expect(meta.authors).toEqual(["Sam Whitlock"]);
    expect(meta.date).toBeNull();
    expect(meta.credit).toBe("Supplied");
  });
});

describe("Spanish and Portuguese copyright notices", () => {
  const story = (masthead: string, notice: string) => page([
    "Inicio", "Nacional",
    "El ayuntamiento aprueba la ampliación del metro hasta el aeropuerto",
    "Por María Fernández", "12/05/2026 - 19:45",
    "El pleno del ayuntamiento aprobó este martes la ampliación de la línea 3 del metro hasta el aeropuerto, una obra largamente reclamada.",
    "El proyecto costará 480 millones de euros y estará terminado en 2030, según el calendario municipal.",
    "La oposición votó en contra por considerar que el coste está infravalorado.",
    masthead, notice,
  ]);
  it("reads the holder without the rights notice or a dash left over", () => {
    expect(segment(story("Diario del Sur", "© 2026 Diario del Sur. Todos los derechos reservados.")).meta.source).toBe("Diario del Sur");
    expect(segment(story("Jornal do Vale", "© 2026 Jornal do Vale - Todos os direitos reservados")).meta.source).toBe("Jornal do Vale");
  });
  it("reads a numeric date day first on a Spanish page", () => {
    expect(segment(story("Diario del Sur", "© 2026 Diario del Sur")).meta.date?.slice(0, 10)).toBe("2026-05-12");
  });
});

describe("a broadcaster's page whose copyright line spells out the initials the page uses", () => {
  const text = page([
    "TECH",
    "Chipmaker to build $8 billion plant in Arizona",
    "By Maya Chen, CNN",
    "Updated 11:20 AM EDT, Tue March 10, 2026",
    "New York (CNN) — A major chipmaker said on Tuesday it would build an $8 billion factory in Arizona, the latest in a wave of semiconductor investments.",
    "The plant will employ about 2,000 people when it opens in 2029.",
    "The company said it had received federal grants but did not disclose the amount.",
    "Shares rose 3% in morning trading.",
    "© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
  ]);
  const { meta } = segment(text);
  it("names the site as the page writes it, not its owner", () => {
    expect(meta.source).toBe("CNN");
    expect(meta.authors).toEqual(["Maya Chen"]);
    expect(meta.dateline).toBe("New York");
  });
});

describe("a byline line with the writer's e-mail address", () => {
  const text = page([
    "Skip to content", "The Glenview Post", "News", "Sports",
    "Residents push back on plan for new gravel pit",
    "By Owen Pratt opratt@glenviewpost.com",
    "Sep 14, 2026",
    "A proposed gravel pit on farmland east of town drew more than 200 people to a hearing on Monday, most of them opposed.",
    "Neighbors said trucks would damage county roads and that blasting could crack foundations and wells.",
    "The company behind the plan said it would pave the access road and limit hours of operation.",
    "The zoning board will decide next month.",
    "Subscribe to The Glenview Post",
    "© 2026 Prairie Newspapers LLC",
  ]);
  const { meta } = segment(text);
  it("is the byline without the address, not the headline", () => {
    expect(meta.headline).toBe("Residents push back on plan for new gravel pit");
    expect(meta.byline).toBe("By Owen Pratt");
    expect(meta.source).toBe("The Glenview Post");
  });
});

describe("a headline that opens with 'Updated' over a dated stamp", () => {
  const text = page([
    "Home", "News", "Environment",
    "Updated rules for river fishing take effect",
    "By Clara Moss",
    "Published: 8 July 2026",
    "New rules for river fishing took effect on Monday after a two-year review by the river agency.",
    "Anglers must now release every salmon they catch before June. \"It is a small price to pay,\" said Mark Hill of the anglers' association.",
    "The agency said it would publish maps of the protected stretches online.",
    "Most read", "Heatwave warning for the south",
    "© 2026 Westcountry Courier Ltd",
  ]);
  const { meta } = segment(text);
  it("keeps the headline: a stamp without a date is the word and times only", () => {
    expect(meta.headline).toBe("Updated rules for river fishing take effect");
    expect(meta.byline).toBe("By Clara Moss");
    expect(meta.date?.slice(0, 10)).toBe("2026-07-08");
  });
});

describe("a stamp without a date under the byline", () => {
  const text = page([
    "Sport", "Football",
    "Coach sacked after eight straight defeats",
    "By Rick Vance",
    "Updated: 2 hours ago",
    "The club sacked its head coach on Sunday after an eighth straight defeat left it bottom of the table.",
    "\"It was time for a change,\" the club's owner said in a statement.",
    "An interim coach will take charge for Saturday's match.",
    "© 2026 Matchday Network",
  ]);
  const { meta } = segment(text);
  it("takes the headline above it, not the stamp, and no date", () => {
    expect(meta.headline).toBe("Coach sacked after eight straight defeats");
    expect(meta.date).toBeNull();
  });
});

describe("a local story whose sentences open like a membership pitch", () => {
  const text = page([
    "Menu", "Community",
    "Volunteers clear three tonnes of rubbish from river banks",
    "By Jo Lane", "April 22, 2026",
    "Forty volunteers cleared three tonnes of rubbish from the banks of the River Avon on Saturday, the largest haul in the group's ten years.",
    "\"We filled sixty bags before lunch and found two shopping trolleys,\" said organiser Pam Ross.",
    "Want more volunteers? The group meets every Saturday at 9 a.m. at the boathouse and needs help through the summer, Ross said.",
    "Become a member of the river trust for £10 a year and you get a say in where the group works next, she added.",
    "Don't miss out on the autumn clean-up, the trust told residents in a letter this week.",
    "Want more stories like this? Become a member today.",
    "© 2026 The Avonside Echo",
  ]);
  const { paragraphs } = segment(text);
  const texts = paragraphs.map((p) => p.text);
  it("keeps the reported lines in the body and leaves the site's own pitch out", () => {
    expect(texts[2]).toMatch(/^Want more volunteers\?/);
    expect(texts[3]).toMatch(/^Become a member of the river trust/);
    expect(texts.at(-1)).toBe("Don't miss out on the autumn clean-up, the trust told residents in a letter this week.");
    expect(texts).toHaveLength(5);
  });
});

describe("a media story that says who owns another paper", () => {
  const text = page([
    "Home", "Business", "Media",
    "Regional paper changes hands for the third time in six years",
    "By Omar Haddad", "January 9, 2026",
    "The Daily Item has been sold for the third time in six years, its new owner said on Thursday.",
    "The Daily Item is owned by Riverbend Media, which paid an undisclosed sum for the title and its printing plant.",
    "Riverbend Media is part of the Summit Holdings group. \"We are a local business at heart,\" said chief executive Carol Kent.",
    "Staff at the paper were told of the sale at a meeting on Thursday morning.",
    "© 2026 Northgate Ledger. All rights reserved.",
  ]);
  const { meta } = segment(text);
  it("takes the page's own copyright holder as the source, not the paper the story is about", () => {
    expect(meta.source).toBe("Northgate Ledger");
  });
});

describe("an ownership notice of its own under the story", () => {
  const text = page([
    "News", "Sport",
    "Harbour pool to reopen after two-year repair",
    "By Mia Trent", "March 2, 2026",
    "The harbour pool will reopen in December after a two-year repair of its sea wall, the council said on Monday.",
    "\"Swimmers have waited long enough,\" said councillor Dev Rao, who chairs the works committee.",
    "The Tidewater Gazette is part of Coastal News Pty. Ltd.",
    "© 2026 Coastal News Pty. Ltd.",
  ]);
  const { meta } = segment(text);
  it("names the brand, not its owner", () => {
    expect(meta.source).toBe("The Tidewater Gazette");
  });
});

describe("a trade story that says whose trademark a product is", () => {
  const text = page([
    "Home", "Business", "Toys",
    "Board game sales soar as families stay in",
    "By Greta Hall", "February 2, 2026",
    "Sales of Monopoly rose 30 percent last year as families stayed in, its maker said on Tuesday.",
    "Monopoly is a registered trademark of Hasbro, which has sold the game since 1991 and now prints new editions every year.",
    "\"Families want to play together again,\" said Jen Wu, a Hasbro vice-president. Shops expect Monopoly to sell out at Christmas.",
    "© 2026 Toyland Trade News",
  ]);
  const { meta } = segment(text);
  it("takes the page's copyright holder as the source, not the product", () => {
    expect(meta.source).toBe("Toyland Trade News");
  });
});

describe("a feature with a pull quote signed by the man it is about", () => {
  const text = page([
    "Features",
    "The last lighthouse keeper",
    "July 12, 2026",
    "For forty years, Eric Lund climbed the 120 steps of the Skerry Point lighthouse every night to check the lamp.",
    "He kept a log of every ship that passed, and of every storm that shook the glass of the lantern room.",
    "In an interview for a local history project in 1995, he summed up the job in two sentences.",
    "You never get used to the storms. You just learn to wait them out.",
    "— Eric Lund",
    "He retired in 1998, when the lamp was automated. He still lives in the keeper's cottage, a few yards from the tower.",
    "His daughter, Ingrid, now runs tours of the lighthouse in the summer months, telling visitors the stories her father told her.",
    "The log, with 11,000 entries, is now in the county museum, where it draws more visitors than any other item.",
    "© 2026 Coast & Country Magazine",
  ]);
  const { meta, paragraphs } = segment(text);
  const texts = paragraphs.map((p) => p.text);
  it("reads the dashed name as the quotation's attribution: no byline, and the story goes on after it", () => {
    expect(meta.byline).toBeNull();
    expect(texts.at(-1)).toBe("The log, with 11,000 entries, is now in the county museum, where it draws more visitors than any other item.");
  });
});

describe("a school story without a byline that quotes a line of verse and its poet", () => {
  const text = page([
    "Education",
    "School marks 70 years with a festival of poetry",
    "May 14, 2026",
    "Ysgol Aberaeron marked its seventieth year on Friday with a festival of poetry written by its pupils.",
    "The school's motto, chosen by its first head teacher in 1956, is painted above the main door in both languages.",
    "Pupils recited it at the start of the day, as they have every year since the school opened.",
    "Do not go gentle into that good night.",
    "— Dylan Thomas",
    "The festival ended with a reading by the youngest pupils, who had written poems about the sea and the harbour.",
    "Head teacher Carys Morgan said the school hoped to publish the best of the poems in a book before Christmas.",
    "\"They wrote with more courage than most adults do,\" she said.",
    "© 2026 West Wales Chronicle",
  ]);
  const { meta, paragraphs } = segment(text);
  const texts = paragraphs.map((p) => p.text);
  it("reads the dashed name as the verse's attribution: no byline, and the story goes on after it", () => {
    expect(meta.byline).toBeNull();
    expect(texts.at(-1)).toBe("\"They wrote with more courage than most adults do,\" she said.");
  });
});

describe("short headlines in capitals with a newsroom's word in them, right over the date line", () => {
  const story = (headline: string) =>
    page([
      "Home | News",
      headline,
      "March 3, 2026",
      "The news service said on Monday that it would open four new bureaus across the state and hire twenty reporters.",
      "\"Local news is not dying where people are willing to pay for it,\" said its director, Anne Rowe.",
      "The first bureau opens in April, in the county seat, and the others follow by the end of the year.",
      "© 2026 The Lakeside Times",
    ]);
  it("keep them as headlines: a desk's line ends with the desk's word", () => {
    for (const headline of ["Harbor News Service Expands", "Sports Staff Honored", "Local Newsroom Closes", "Reuters Institute Report"]) {
      const { meta } = segment(story(headline));
      expect(meta.headline).toBe(headline);
      expect(meta.byline).toBeNull();
    }
  });
  it("still take a desk's own line over the date as the byline", () => {
    for (const desk of ["Lakeside News Service", "Staff Report"]) {
      const { meta } = segment(story(desk));
      expect(meta.byline).toBe(desk);
      expect(meta.authors).toEqual([]);
    }
  });
});

describe("headlines with a picture word and a colon in them", () => {
  const story = (headline: string) =>
    page([
      "Home | Tech",
      headline,
      "By Dana Holt", "March 3, 2026",
      "The update, released on Monday, changes how pictures are sorted and shared, and it has already divided users.",
      "\"People hate change, then they love it,\" said analyst Anne Rowe, who has tested the software for a month.",
      "The update is free for all users from this week, the company said.",
      "© 2026 Gadget Lane",
    ]);
  it("stay headlines: after the label comes a phrase, not a name", () => {
    for (const headline of ["Mars rover beams back its sharpest Image: a dust devil on the move", "Inside the world of Foto: the app that pays photographers"]) {
      const { meta } = segment(story(headline));
      expect(meta.headline).toBe(headline);
      expect(meta.credit).toBeNull();
    }
  });
});

/** A small regional page around a headline, the header lines under it and the story's closing lines. */
const ferryPage = (header: string[], closing: string[] = []) =>
  page([
    "Menu", "Search", "Home", "News", "Business", "Opinion",
    "Ferry service to the islands cut to two sailings a day",
    ...header,
    "The ferry operator said on Monday that it would cut its winter timetable to two sailings a day from next month.",
    "Islanders said the change would leave them unable to reach the mainland hospital and return on the same day.",
    "The operator blamed a shortage of crew and the rising price of fuel, and said the cut would be reviewed in spring.",
    "The council has asked the regional transport board to step in and cover the cost of a third sailing.",
    ...closing,
    "Related Stories", "Harbour wall repairs to start in May",
    "© 2026 The Island Courier. All rights reserved.",
  ]);

describe("bylines under the headline in the forms sites print them", () => {
  it("takes a name the lexicon does not know, over the date line, as the byline, not as the headline", () => {
    const { meta } = segment(ferryPage(["Kwabena Osei-Tutu", "March 3, 2026"]));
    expect(meta.headline).toBe("Ferry service to the islands cut to two sailings a day");
    expect(meta.byline).toBe("Kwabena Osei-Tutu");
    expect(meta.authors).toEqual(["Kwabena Osei-Tutu"]);
  });
  it("takes the name from a line that ends with its date and a clock time in 'p.m.'", () => {
    const { meta } = segment(ferryPage(["Ingrid Solheim — March 3, 2026, 4:15 p.m."]));
    expect(meta.byline).toBe("Ingrid Solheim");
    expect(meta.authors).toEqual(["Ingrid Solheim"]);
  });
  it("passes over a deck that ends with a full stop to the headline above it", () => {
    const { meta } = segment(ferryPage(["Islanders say the cut leaves them stranded.", "By Ingrid Solheim", "March 3, 2026"]));
    expect(meta.headline).toBe("Ferry service to the islands cut to two sailings a day");
    expect(meta.byline).toBe("By Ingrid Solheim");
  });
  it("takes an agency on its own line under the headline as the byline without authors, and not as the headline", () => {
    const { meta } = segment(ferryPage(["The Associated Press"]));
    expect(meta.headline).toBe("Ferry service to the islands cut to two sailings a day");
    expect(meta.byline).toBe("The Associated Press");
    expect(meta.authors).toEqual([]);
  });
});

describe("the writer named under the story where the header names nobody", () => {
  it("takes a name alone right after the last paragraph", () => {
    const { meta } = segment(ferryPage(["March 3, 2026"], ["Kwabena Osei"]));
    expect(meta.byline).toBe("Kwabena Osei");
    expect(meta.authors).toEqual(["Kwabena Osei"]);
  });
  it("takes the name under an 'About the author' heading", () => {
    const { meta } = segment(ferryPage(["March 3, 2026"], ["About the Author", "Ingrid Solheim"]));
    expect(meta.byline).toBe("Ingrid Solheim");
  });
  it("takes the site account over its one-line bio as a byline without authors, and leaves the bio out of the story", () => {
    const { meta, paragraphs } = segment(ferryPage(["March 3, 2026"], ["islandfan77", "We write about life on the islands since 2009!"]));
    expect(meta.byline).toBe("islandfan77");
    expect(meta.authors).toEqual([]);
    expect(paragraphs.some((p) => p.text.includes("We write about life"))).toBe(false);
  });
  it("takes no name out of a list of topics or of people under the story", () => {
    expect(segment(ferryPage(["March 3, 2026"], ["Related Topics", "Kwabena Osei", "Ingrid Solheim", "Transport"])).meta.byline).toBeNull();
    expect(segment(ferryPage(["March 3, 2026"], ["Kwabena Osei", "Ingrid Solheim", "Tomas Berg"])).meta.byline).toBeNull();
  });
});

describe("the headline over its deck, its reading time and a stack of photo captions", () => {
  it("passes over a deck with a full stop to the headline when no byline follows", () => {
    const { meta } = segment(ferryPage(["Islanders say the cut leaves them stranded.", "March 3, 2026"]));
    expect(meta.headline).toBe("Ferry service to the islands cut to two sailings a day");
  });
  it("takes neither the reading time for the headline nor the name over it for anything else than the byline", () => {
    const { meta } = segment(ferryPage(["Ingrid Solheim", "4 min read", "March 3, 2026"]));
    expect(meta.headline).toBe("Ferry service to the islands cut to two sailings a day");
    expect(meta.byline).toBe("Ingrid Solheim");
  });
  it("keeps every name of a byline whose first names the lexicon does not know", () => {
    const { meta } = segment(ferryPage(["By Kwabena Osei, Chidi Okafor and Siddharth Rao", "March 3, 2026"]));
    expect(meta.authors).toEqual(["Kwabena Osei", "Chidi Okafor", "Siddharth Rao"]);
  });
  it("reads 'Text and photos by' as a byline's marker", () => {
    const { meta } = segment(ferryPage(["Text and photos by Ingrid Solheim", "March 3, 2026"]));
    expect(meta.byline).toBe("Text and photos by Ingrid Solheim");
    expect(meta.authors).toEqual(["Ingrid Solheim"]);
  });
  it("keeps the headline that repeats the page's first line over photo captions of people, and takes no caption for the byline", () => {
    const text = page([
      "Regional Rowing Finals Results",
      "Menu", "Scores", "Rowing", "Article",
      "Regional Rowing Finals Results",
      "Ingrid Solheim Single Sculls",
      "Tomas Berg Harbour",
      "Posted: Sat 4:10 PM, Mar 7, 2026",
      "Harbour Academy senior Tomas Berg won the single sculls by four seconds, his third regional title in a row.",
      "In the double sculls, the crew from Northfield held off a late charge from the defending champions.",
      "Ingrid Solheim of Westbay took the women's single sculls after leading from the start to the line.",
      "The state finals are held on the river next month, and the top two boats of each race qualify.",
      "© 2026 Harbour Sports Network",
    ]);
    const { meta } = segment(text);
    expect(meta.headline).toBe("Regional Rowing Finals Results");
    expect(meta.byline).toBeNull();
  });
});

describe("story paragraphs of a list's or a surname's shape stay in the body", () => {
  it("keeps the items of a list the story announces with a colon, and not the image names under it", () => {
    const text = page([
      "Menu", "Games", "Blog",
      "Harbour Quest 2 is out",
      "By Ingrid Solheim", "March 3, 2026",
      "After two years of work the second part of our puzzle game is finished, and it is bigger than the first in every way.",
      "We listened to every player who wrote to us, and most of what you asked for is in this version.",
      "Harbour Quest 2 brings:",
      "Forty new islands to explore with your crew",
      "A tide that rises and falls while you play",
      "Harder puzzles for those who finished the first game",
      "hq2_screen_1",
      "hq2_screen_2",
      "Share", "Facebook", "Twitter",
      "© 2026 Tidewater Games",
    ]);
    const body = segment(text).paragraphs.map((p) => p.text);
    expect(body).toContain("Forty new islands to explore with your crew");
    expect(body).toContain("Harder puzzles for those who finished the first game");
    expect(body).not.toContain("hq2_screen_1");
  });
  it("keeps a paragraph that says when a person the story names by surname joined something", () => {
    const text = page([
      "Menu", "Music",
      "Folk trio announces farewell tour",
      "By Ingrid Solheim", "March 3, 2026",
      "The folk trio that filled village halls across the north for three decades will play its last shows this summer.",
      "The tour opens in June and ends in the harbour town where the band first played, the group said on Monday.",
      "Berg joined the band in 1994 and stayed until 2001, writing most of the songs on their best-known record.",
      "He came back for a reunion show in 2019 and has played with them since, the band said in its statement.",
      "Tickets go on sale on Friday morning, and the band said it expects the last show to sell out within hours.",
      "© 2026 Northern Sound",
    ]);
    const body = segment(text).paragraphs.map((p) => p.text);
    expect(body.some((p) => p.startsWith("Berg joined the band in 1994"))).toBe(true);
  });
  it("still leaves out the bio of a writer named in full", () => {
    const text = page([
      "Menu", "Music",
      "Folk trio announces farewell tour",
      "March 3, 2026",
      "The folk trio that filled village halls across the north for three decades will play its last shows this summer.",
      "The tour opens in June and ends in the harbour town where the band first played, the group said on Monday.",
      "Tickets go on sale on Friday morning, and the band said it expects the last show to sell out within hours.",
      "Ingrid Solheim joined Northern Sound in 2015 and writes about folk and country music.",
      "© 2026 Northern Sound",
    ]);
    const body = segment(text).paragraphs.map((p) => p.text);
    expect(body.some((p) => p.startsWith("Ingrid Solheim joined"))).toBe(false);
  });
});

describe("a run of Title Case lines the story announces with a colon", () => {
  it("is the story's own list, not a box of links", () => {
    const text = page([
      "Menu", "Books",
      "Harbour book prize goes to a first novel",
      "By Ingrid Solheim", "March 3, 2026",
      "A first novel about a lighthouse keeper's daughter won the Harbour Book Prize on Saturday night, the judges said.",
      "The judges said the shortlist had been the strongest in the prize's twenty-year history, and the vote was close.",
      "The other books on the shortlist were:",
      "The Salt Road Home by Anna Lund",
      "Winter Light Over Kessock by Tomas Berg",
      "A House Made Of Weather by Mira Holt",
      "The winner receives a cheque and a week at the writers' house on the island, the organisers said in a statement.",
      "The prize was founded by a local bookseller who said the region's writers were overlooked by the national awards.",
      "© 2026 Harbour Review",
    ]);
    const body = segment(text).paragraphs.map((p) => p.text);
    expect(body).toContain("Winter Light Over Kessock by Tomas Berg");
  });
});

describe("bylines of Brazilian and Italian pages", () => {
  const brazilian = (credit: string) =>
    page([
      "Menu", "Início", "Cidade",
      "Prefeitura vai fechar biblioteca para reforma",
      credit, "12/03/2026 10h15",
      "A prefeitura anunciou nesta terça-feira que a biblioteca municipal será fechada no fim do mês para reformas.",
      "Segundo a secretaria de cultura, o prédio precisa de obras no telhado e na parte elétrica, que devem durar um ano.",
      "Os moradores do bairro criticaram a decisão e pediram que o acervo seja levado para outro espaço durante a reforma.",
      "© 2026 Jornal da Serra. Todos os direitos reservados.",
    ]);
  it("takes the newsroom ('Da Redação') and an agency named head first ('Agência Brasil') as bylines without authors", () => {
    for (const credit of ["Da Redação", "Agência Brasil"]) {
      const { meta } = segment(brazilian(credit));
      expect(meta.byline).toBe(credit);
      expect(meta.authors).toEqual([]);
    }
  });
  it("reads 'A cura di' and 'Scritto da' as markers", () => {
    for (const [credit, name] of [["A cura di Mario Rossi", "Mario Rossi"], ["Scritto da Giulia Bassi", "Giulia Bassi"]] as const) {
      const { meta } = segment(page([
        "Menu", "Cronaca",
        "Il comune chiude la biblioteca per lavori",
        credit, "12 marzo 2026",
        "Il comune ha annunciato martedì che la biblioteca civica chiuderà alla fine del mese per lavori di ristrutturazione.",
        "Secondo l'assessore alla cultura, l'edificio ha bisogno di lavori al tetto e all'impianto elettrico che dureranno un anno.",
        "I residenti del quartiere hanno criticato la decisione e chiesto che i libri siano spostati in un altro spazio.",
        "© 2026 Gazzetta della Valle",
      ]));
      expect(meta.headline).toBe("Il comune chiude la biblioteca per lavori");
      expect(meta.byline).toBe(credit);
      expect(meta.authors).toEqual([name]);
    }
  });
});

describe("a byline with the buttons and the handle of the author's box after the name", () => {
  it("keeps the name and drops 'Email Twitter', 'Follow on Twitter' and a bracketed handle", () => {
    for (const line of ["Ingrid Solheim Email Twitter", "Ingrid Solheim Follow on Twitter", "Ingrid Solheim (@isolheim)"]) {
      const { meta } = segment(ferryPage([line, "March 3, 2026"]));
      expect(meta.headline).toBe("Ferry service to the islands cut to two sailings a day");
      expect(meta.byline).toBe("Ingrid Solheim");
      expect(meta.authors).toEqual(["Ingrid Solheim"]);
    }
  });
  it("leaves the paper's name and the desk's word out of the author", () => {
    const { meta } = segment(ferryPage(["By Ingrid Solheim Courier Staff", "March 3, 2026"]));
    expect(meta.authors).toEqual(["Ingrid Solheim"]);
  });
});

describe("a page title worded for search engines over an on-page headline, and no byline", () => {
  it("takes the on-page headline right over the date line", () => {
    const text = page([
      "Ferry timetable cut: what islanders need to know | The Island Courier",
      "Menu", "Search", "News",
      "Ferry service to the islands cut to two sailings a day",
      "March 3, 2026",
      "The ferry operator said on Monday that it would cut its winter timetable to two sailings a day from next month.",
      "Islanders said the change would leave them unable to reach the mainland hospital and return on the same day.",
      "The operator blamed a shortage of crew and the rising price of fuel, and said the cut would be reviewed in spring.",
      "© 2026 The Island Courier. All rights reserved.",
    ]);
    expect(segment(text).meta.headline).toBe("Ferry service to the islands cut to two sailings a day");
  });
});

describe("a name alone under the story that is no author box (review of the author-box rule)", () => {
  const story = [
    "Menu", "Community",
    "Library opens a reading room for teenagers",
    "March 2, 2026",
    "The town library opened a reading room for teenagers on Saturday after two years of fundraising by parents.",
    "The room has forty seats, a small recording studio and shelves of books chosen by a panel of local students.",
    "The librarian said the first day drew far more visitors than the staff had expected for a rainy weekend.",
  ];
  it("takes no commenter's name over her comment for the byline, and the comment stays out of the story", () => {
    const { meta, paragraphs } = segment(page([...story, "Marcus Webb", "What a lovely idea, my daughter has asked for a room like this for years.", "Reply"]));
    expect(meta.byline).toBeNull();
    expect(meta.authors).toEqual([]);
    expect(paragraphs.some((p) => p.text.startsWith("The librarian said"))).toBe(true);
  });
  it("takes no photo's subject over its caption for the byline", () => {
    const { meta } = segment(page([...story, "Marcus Webb", "The librarian at the opening of the room on Saturday", "Share"]));
    expect(meta.byline).toBeNull();
  });
  it("still takes the writer over a bio that names her", () => {
    const { meta } = segment(page([...story, "Marcus Webb", "Marcus Webb covers schools and libraries for the paper.", "Share"]));
    expect(meta.byline).toBe("Marcus Webb");
  });
  it("takes no subhead of a profile for the byline and keeps the paragraph under it", () => {
    const { meta, paragraphs } = segment(page([
      "Menu", "Food",
      "Three young chefs to watch this year",
      "March 4, 2026",
      "Our food writers picked three cooks under thirty whose small kitchens are drawing queues around the block.",
      "Each of them started cooking at home for a large family and moved into restaurants before they were twenty.",
      "Marcus Webb",
      "At his twelve-seat counter on Mill Street, Webb serves a tasting menu that changes every week.",
      "Kwabena Mensah",
      "Mensah took over his uncle's bakery last spring and now bakes loaves that regulars reserve days ahead.",
      "Related", "Ten cafes worth the drive",
      "© 2026 Valley Courier",
    ]));
    expect(meta.byline).toBeNull();
    expect(paragraphs.some((p) => p.text.startsWith("Mensah took over"))).toBe(true);
  });
});

describe("a line over the body worded nothing like the page title (review of the on-page headline rule)", () => {
  const story = [
    "The ferry operator said on Monday that it would cut its winter timetable to two sailings a day from next month.",
    "Islanders said the change would leave them unable to reach the mainland hospital and return on the same day.",
    "The operator blamed a shortage of crew and the rising price of fuel, and said the cut would be reviewed in spring.",
    "© 2026 The Island Courier. All rights reserved.",
  ];
  it("takes no deck without a full stop under the headline for the headline", () => {
    const { meta } = segment(page([
      "Ferry timetable cut: what islanders need to know | The Island Courier",
      "Menu", "News",
      "Islands left with two ferries a day as winter timetable is cut",
      "Crew shortage and fuel prices blamed by the operator for the reduced service",
      "March 3, 2026",
      ...story,
    ]));
    expect(["Islands left with two ferries a day as winter timetable is cut", "Ferry timetable cut: what islanders need to know"]).toContain(meta.headline);
  });
  it("takes no section's standfirst for the headline", () => {
    const { meta } = segment(page([
      "Ferry timetable cut: what islanders need to know | The Island Courier",
      "Menu", "Transport",
      "Latest travel news and service updates from around the islands",
      "March 3, 2026",
      ...story,
    ]));
    expect(meta.headline).toBe("Ferry timetable cut: what islanders need to know");
  });
});

describe("links the page announces with a colon (review of the announced-list rule)", () => {
  const story = (lines: string[]) => page([
    "Westport Record", "Transport",
    "Bus lane on Harbour Road to be made permanent",
    "By Alan Price", "August 21, 2026",
    "The bus lane on Harbour Road, tried out for six months, will be made permanent, the council decided on Wednesday.",
    "Bus journeys along the road have become four minutes faster on average since the lane opened in February.",
    ...lines,
    "© 2026 Westport Record",
  ]);
  it("leaves out a box of other stories under the story's last line", () => {
    const body = segment(story([
      "Shop owners on the road said trade had not fallen as they had feared, though some still wanted more parking.",
      "Here are the other stories our readers liked this week:",
      "New Playground Opens At Riverside Park",
      "Council Delays Vote On Parking Fees",
      "High School Band Heads To National Finals",
    ])).paragraphs.map((p) => p.text);
    expect(body).not.toContain("Council Delays Vote On Parking Fees");
  });
  it("leaves out links to earlier coverage inside the story", () => {
    const body = segment(story([
      "Read our earlier coverage of the trial:",
      "Bus Lane Trial Begins On Harbour Road",
      "Shop Owners Worry About Bus Lane",
      "Drivers Split Over Harbour Road Changes",
      "Shop owners on the road said trade had not fallen as they had feared, though some still wanted more parking.",
      "The council will also paint new cycle markings along the same stretch of road next month.",
    ])).paragraphs.map((p) => p.text);
    expect(body).not.toContain("Shop Owners Worry About Bus Lane");
    expect(body.some((p) => p.startsWith("The council will also paint"))).toBe(true);
  });
  it("leaves out links under a label alone ('MORE:')", () => {
    const body = segment(story([
      "MORE:",
      "Bus Lane Trial Begins On Harbour Road",
      "Shop Owners Worry About Bus Lane",
      "Drivers Split Over Harbour Road Changes",
      "Shop owners on the road said trade had not fallen as they had feared, though some still wanted more parking.",
      "The council will also paint new cycle markings along the same stretch of road next month.",
    ])).paragraphs.map((p) => p.text);
    expect(body).not.toContain("Shop Owners Worry About Bus Lane");
  });
});

describe("a dated caption with its full stop under the headline (review of the dated-name-line rule)", () => {
  it("takes no person in a caption that ends with its date and a full stop for the byline", () => {
    const { meta } = segment(ferryPage(["Mayor Tom Reed, March 3, 2026."]));
    expect(meta.byline).toBeNull();
    expect(meta.authors).toEqual([]);
  });
});

describe("a name the given-name lists read as a person's that the story speaks of (review of the given-name rule)", () => {
  it("takes no car's name over the review of it for the byline", () => {
    const { meta } = segment(page([
      "Motor Weekly", "Reviews",
      "Electric saloon review: quick, quiet and very expensive",
      "Porsche Taycan",
      "The latest Taycan is faster than before and can now drive more than five hundred kilometres on a charge.",
      "The ride is firm but never harsh, and the cabin is as quiet as any car we have tested this year.",
      "The price of the Taycan has gone up again, however, and the options list is long and costly.",
    ]));
    expect(meta.byline).toBeNull();
    expect(meta.authors).toEqual([]);
  });
  it("takes no stadium's tag under the match report for the byline", () => {
    const { meta } = segment(page([
      "Football Daily", "League",
      "Late winner keeps the title race alive",
      "March 2, 2026",
      "A goal in the last minute at the Bernabeu kept the home side two points behind the leaders with five games left.",
      "The visitors had defended well for most of the night but tired badly after the break in front of a full house.",
      "The coach said afterwards that his team had never stopped believing, even when the chances went begging.",
      "Santiago Bernabeu",
      "Next match",
    ]));
    expect(meta.byline).toBeNull();
  });
  it("still takes a writer the lists know and the story does not name", () => {
    const { meta } = segment(ferryPage(["March 3, 2026"], ["Kwabena Osei"]));
    expect(meta.byline).toBe("Kwabena Osei");
  });
});

describe("the site's name printed twice over the headline (review of the repeated-first-line rule)", () => {
  it("takes the headline over the byline, not the masthead that repeats the page's first line", () => {
    for (const header of [["By Jane Okafor"], ["Tuesday, March 3, 2026", "Jane Okafor"]]) {
      const { meta } = segment(page([
        "The Valley Voice", "Menu", "Search", "The Valley Voice",
        ...(header.length > 1 ? [header[0]!] : []),
        "Council approves a new harbour wall",
        header.at(-1)!,
        "The council on Tuesday approved a new harbour wall to protect the town centre from the winter storms.",
        "The wall will be two metres higher than the old one and will cost about eleven million pounds to build.",
        "Work is due to start in the spring and to take two years, the council's engineer said after the vote.",
      ]));
      expect(meta.headline).toBe("Council approves a new harbour wall");
      expect(meta.source).toBe("The Valley Voice");
    }
  });
});

describe("a column's name over its writer's (review of the name-under-name rule)", () => {
  it("takes the writer under the column's name for the byline", () => {
    for (const column of ["Ask Priya", "Miss Manners"]) {
      const { meta } = segment(ferryPage([column, "Priya Natarajan", "March 3, 2026"]));
      expect(meta.byline).toBe("Priya Natarajan");
      expect(meta.authors).toEqual(["Priya Natarajan"]);
    }
  });
});

describe("a page of letters signed by their readers (review of the author-box rule)", () => {
  it("takes the last letter's signature for no byline", () => {
    const { meta } = segment(page([
      "Hilltop Herald", "Letters",
      "Letters to the editor: the bypass, the library and the fireworks",
      "March 4, 2026",
      "The bypass has been a disaster for the shops in the old town, which have lost half their trade since it opened.",
      "Martin Keogh, Hilltop",
      "The library's new Sunday hours are wonderful, and I thank the volunteers who made them possible this winter.",
      "Fiona Hale, Westfield",
      "Please ban private fireworks; my dog spent the whole of New Year's Eve shaking under the bed again this year.",
      "Arjun Mehta, Hilltop",
    ]));
    expect(meta.byline).toBeNull();
    expect(meta.authors).toEqual([]);
  });
});

describe("the page's name and a footer link under a list the story announces (review of the announced-list rule)", () => {
  it("keeps the list's items and leaves the lines of capitalised words under them out", () => {
    const body = segment(page([
      "Valley Post", "Council",
      "Council weighs three options for the old bridge",
      "By Omar Haddad", "March 3, 2026",
      "The old bridge over the river has been closed to lorries since the autumn, and engineers say it cannot be saved cheaply.",
      "The council will decide next month which way to go after a public consultation that closes on Friday.",
      "The three options on the table are:",
      "Build a new bridge downstream",
      "Repair the old bridge for cars only",
      "Run a ferry until money is found",
      "Valley Post",
      "Contact Newsroom",
      "Terms of Service",
    ])).paragraphs.map((p) => p.text);
    expect(body).toContain("Run a ferry until money is found");
    expect(body).not.toContain("Valley Post");
    expect(body).not.toContain("Contact Newsroom");
  });
});

describe("a short headline with its full stop under a kicker (review of the deck rule)", () => {
  it("takes the headline, not the kicker over it, for the headline", () => {
    const { meta } = segment(ferryPage(["By Ingrid Solheim", "March 3, 2026"]).replace("Ferry service to the islands cut to two sailings a day", "In depth: the ferry crisis on the islands\nSailings cut to two a day."));
    expect(meta.headline).toBe("Sailings cut to two a day.");
  });
});

/** A town page around a header: its page title first, a menu, the header lines, the story, related links, footer. */
const poolPage = (title: string, header: string[]) =>
  page([
    title,
    "Skip to content", "Menu", "Search", "Home", "News", "Local", "Sport", "Opinion", "Subscribe",
    ...header,
    "The town council voted on Tuesday to close the old swimming pool on Mill Street after engineers found cracks in its basin.",
    "The pool, which opened in 1968, has been closed since March while the council waited for the report on the repairs.",
    "\"We simply cannot justify that spending when the roof of the library is leaking,\" said councillor Dora Vance.",
    "The council will now ask the public what should be built on the site, with a consultation starting next month.",
    "Related stories", "Library roof repairs to start in spring",
    "About us", "Privacy Policy",
    "© 2026 Riverside Gazette. All rights reserved.",
  ]);

describe("a headline that ends with a full stop under a kicker", () => {
  const headline = "The town should stop building parking garages downtown right now.";
  const titles = {
    "the headline and the site": `${headline} | Riverside Gazette`,
    "the site's name only": "Riverside Gazette",
    "worded for search engines": "Parking garages downtown: the case against | Riverside Gazette",
  };
  const kickers = ["Opinion", "Cost of living crisis", "OUR VIEW", "Politics /"];
  for (const [titleKind, title] of Object.entries(titles)) {
    it(`is the headline, not a deck under the kicker (page title: ${titleKind})`, () => {
      for (const kicker of kickers) {
        for (const under of [["By Dana Holt", "March 3, 2026"], ["March 3, 2026"]]) {
          const { meta } = segment(poolPage(title, [kicker, headline, ...under]));
          expect(meta.headline, `${kicker} / ${under[0]}`).toBe(headline);
        }
      }
    });
  }
  it("still passes over a long deck with its full stop to the headline above it", () => {
    const deck = "Engineers found cracks in the basin, and the report put the cost of the repairs at more than two million dollars.";
    const { meta } = segment(poolPage("Riverside Gazette", ["Local", "Council votes to close the Mill Street pool", deck, "By Dana Holt", "March 3, 2026"]));
    expect(meta.headline).toBe("Council votes to close the Mill Street pool");
  });
});

describe("a page title that is only the site's name, printed again as the masthead over the headline", () => {
  it("takes the headline under the masthead, not the site's name, when no byline follows", () => {
    const { meta } = segment(poolPage("Riverside Gazette", ["Riverside Gazette", "Council votes to close the Mill Street pool", "March 3, 2026"]));
    expect(meta.headline).toBe("Council votes to close the Mill Street pool");
    expect(meta.byline).toBeNull();
  });
});

describe("a product's name next to the date line of a review", () => {
  const review = (label: string) =>
    page([
      "Porsche Taycan review | Motor Weekly",
      "Menu", "Home", "Reviews", "News",
      "Porsche Taycan review: fast, quiet and thirsty",
      label,
      "March 3, 2026",
      "The Taycan is the company's first electric car, and it drives the way a sports car should.",
      "Range is the weak point: on the motorway we managed 320 km from a full charge, well short of the claimed figure.",
      "Inside, the cabin is quiet and the seats are excellent, though the touch screens are fiddly at speed.",
      "Prices start at about 90,000 euros, which puts it against the best electric saloons on sale.",
      "© 2026 Motor Weekly",
    ]);
  it("is no byline: the given-name lists know 'Porsche', but the headline speaks of it", () => {
    const { meta } = segment(review("Porsche Taycan"));
    expect(meta.byline).toBeNull();
    expect(meta.authors).toEqual([]);
  });
  it("while a writer whose given name only the lists know is still the byline", () => {
    const { meta } = segment(review("Kashmira Gander"));
    expect(meta.byline).toBe("Kashmira Gander");
    expect(meta.authors).toEqual(["Kashmira Gander"]);
  });
});

describe("bylines of a Brazilian page: desks and press offices credited in Portuguese", () => {
  const headline = "Câmara aprova fechamento da piscina da Rua do Moinho";
  const story = (byline: string) =>
    page([
      `${headline} | Gazeta do Vale`,
      "Menu", "Buscar", "Início", "Notícias", "Política", "Esportes",
      "Cidades",
      headline,
      byline,
      "03/03/2026 10h15",
      "A Câmara Municipal aprovou nesta terça-feira o fechamento da antiga piscina pública da Rua do Moinho, depois que engenheiros encontraram rachaduras.",
      "A piscina, inaugurada em 1968, está fechada desde março, enquanto a prefeitura aguardava o laudo sobre o custo do reparo.",
      "\"Não podemos justificar esse gasto quando o telhado da biblioteca está com goteiras\", disse a vereadora Dora Vance.",
      "A prefeitura vai agora consultar a população sobre o que deve ser construído no local a partir do próximo mês.",
      "Leia também", "Reforma do telhado da biblioteca começa na primavera",
      "© 2026 Gazeta do Vale. Todos os direitos reservados.",
    ]);
  it("takes a desk, an agency or a press office as the byline without authors", () => {
    for (const desk of ["Da Agência Senado", "Estadão Conteúdo", "Por Estadão Conteúdo", "Assessoria de Imprensa", "Secretaria de Comunicação", "Redação Gazeta do Vale"]) {
      const { meta } = segment(story(desk));
      expect(meta.headline, desk).toBe(headline);
      expect(meta.byline, desk).toBe(desk);
      expect(meta.authors, desk).toEqual([]);
    }
  });
  it("takes a desk's name right under the headline as the byline, with a share button between it and the date", () => {
    const { meta } = segment(story("Agência Senado\nCompartilhe"));
    expect(meta.headline).toBe(headline);
    expect(meta.byline).toBe("Agência Senado");
    expect(meta.authors).toEqual([]);
  });
  it("keeps columnists whose given names no list holds", () => {
    expect(segment(story("Por Merval Pereira")).meta.authors).toEqual(["Merval Pereira"]);
    expect(segment(story("Natuza Nery")).meta.authors).toEqual(["Natuza Nery"]);
    expect(segment(story("Por Ancelmo Gois")).meta.authors).toEqual(["Ancelmo Gois"]);
  });
  it("keeps people whose given names carry accents the lists spell without them", () => {
    expect(segment(story("Por João da Silva")).meta.authors).toEqual(["João da Silva"]);
    expect(segment(story("Thaís Oliveira")).meta.authors).toEqual(["Thaís Oliveira"]);
    expect(segment(story("Por Clarissa Borba")).meta.authors).toEqual(["Clarissa Borba"]);
  });
});

describe("a page title worded for search engines over an on-page headline with furniture under it", () => {
  const headline = "Council votes to close the Mill Street pool";
  const title = "Mill Street pool shut for good after cracks found | Riverside Gazette";
  const headers: Record<string, string[]> = {
    "a photo's caption and credit": [headline, "The Mill Street pool has been closed since March. Photo: Tom Hale"],
    "the date and a caption": [headline, "March 3, 2026", "The Mill Street pool has been closed since March. Photo: Tom Hale"],
    "share buttons": [headline, "March 3, 2026", "Share", "Tweet", "Email"],
    "a deck without a full stop": [headline, "Engineers found cracks in the basin and repairs would cost more than two million dollars", "March 3, 2026"],
  };
  for (const [between, header] of Object.entries(headers)) {
    it(`takes the on-page headline over ${between}, not the title's wording`, () => {
      expect(segment(poolPage(title, header)).meta.headline).toBe(headline);
    });
  }
});

describe("the writer and the date printed over the headline", () => {
  it("takes the name of a line with its own date right over the headline as the byline", () => {
    const { meta } = segment(poolPage("Council votes to close the Mill Street pool | Riverside Gazette", ["Dana Holt | March 3, 2026", "Council votes to close the Mill Street pool"]));
    expect(meta.headline).toBe("Council votes to close the Mill Street pool");
    expect(meta.byline).toBe("Dana Holt");
    expect(meta.authors).toEqual(["Dana Holt"]);
    expect(meta.date).toBe("2026-03-03");
  });
  it("takes no byline from a dated line of another kind over it", () => {
    const { meta } = segment(poolPage("Council votes to close the Mill Street pool | Riverside Gazette", ["Local | March 3, 2026", "Council votes to close the Mill Street pool"]));
    expect(meta.byline).toBeNull();
  });
});

describe("a dated name over the headline that is not its writer (review of the rule above)", () => {
  const title = "Council votes to close the Mill Street pool | Riverside Gazette";
  const headline = "Council votes to close the Mill Street pool";
  it("is the previous article's teaser when a date stands under the headline", () => {
    const { meta } = segment(poolPage(title, ["Previous article", "Mark Fenton | May 2, 2026", "Local", headline, "March 3, 2026"]));
    expect(meta.headline).toBe(headline);
    expect(meta.byline).toBeNull();
    expect(meta.authors).toEqual([]);
    expect(meta.date).toBe("2026-03-03");
  });
  it("is the teaser of another story over the headline, its own headline over it", () => {
    const { meta } = segment(poolPage("Riverside Gazette", ["Bridge repairs delayed again", "Mark Fenton May 2, 2026", headline, "March 3, 2026"]));
    expect(meta.headline).toBe(headline);
    expect(meta.byline).toBeNull();
    expect(meta.date).toBe("2026-03-03");
  });
  it("is the subject of an obituary whose headline names her", () => {
    const { meta } = segment(poolPage("Riverside Gazette", ["Dora Vance, March 2, 2026", "Longtime councillor Dora Vance dies at 85"]));
    expect(meta.headline).toBe("Longtime councillor Dora Vance dies at 85");
    expect(meta.byline).toBeNull();
    expect(meta.authors).toEqual([]);
  });
});

describe("a genre's word before 'By' opening a headline in title case", () => {
  it("is the headline, not a byline", () => {
    for (const headline of ["Review By State Auditor Finds Pool Funds Misspent", "Interview By Police Led To Arrest In Pool Break-In"]) {
      const { meta } = segment(poolPage("Riverside Gazette", [headline, "March 3, 2026"]));
      expect(meta.headline, headline).toBe(headline);
      expect(meta.byline, headline).toBeNull();
      expect(meta.authors, headline).toEqual([]);
    }
  });
});

describe("a short headline over a short deck with its full stop (review of the kicker rule)", () => {
  it("keeps the headline of three or four words that speaks of what the deck tells", () => {
    const cases: Array<[string, string]> = [
      ["Pool closes for good", "Engineers found cracks in the basin of the 1968 pool."],
      ["Mill Street pool shut", "Engineers found cracks in the basin of the old pool."],
    ];
    for (const [headline, deck] of cases) {
      const { meta } = segment(poolPage("Riverside Gazette", ["Local", headline, deck, "March 3, 2026"]));
      expect(meta.headline, headline).toBe(headline);
    }
  });
});

describe("writers of pages in other languages whose given names the lists miss", () => {
  const dutch = (byline: string) =>
    page([
      "Rivierbode", "Menu", "Zoeken", "Nieuws", "Sport",
      "Raad sluit zwembad aan de Molenstraat",
      byline,
      "3 maart 2026",
      "De gemeenteraad heeft dinsdag besloten het oude zwembad aan de Molenstraat te sluiten nadat ingenieurs scheuren in het bassin hadden gevonden.",
      "Het zwembad, dat in 1968 werd geopend, is sinds maart gesloten omdat de gemeente wachtte op het rapport over de reparaties.",
      "\"We kunnen die uitgaven niet verantwoorden als het dak van de bibliotheek lekt\", zei raadslid Dora Vance.",
      "De gemeente zal nu aan de inwoners vragen wat er op de plek moet worden gebouwd, met een inspraakronde die volgende maand begint.",
      "© 2026 Rivierbode",
    ]);
  it("keeps a Dutch writer whose given name no list holds", () => {
    expect(segment(dutch("Door Sjoerd de Vries")).meta.authors).toEqual(["Sjoerd de Vries"]);
    expect(segment(dutch("Door Joost van Dam")).meta.authors).toEqual(["Joost van Dam"]);
  });
  const french = (byline: string) =>
    page([
      "Le Courrier du Fleuve", "Menu", "Recherche", "Actualités", "Sport",
      "La mairie ferme la piscine de la rue du Moulin",
      byline,
      "3 mars 2026",
      "Le conseil municipal a voté mardi la fermeture de l'ancienne piscine de la rue du Moulin après que des ingénieurs ont trouvé des fissures dans le bassin.",
      "La piscine, ouverte en 1968, est fermée depuis mars pendant que la mairie attendait le rapport sur les réparations.",
      "« Nous ne pouvons pas justifier cette dépense quand le toit de la bibliothèque fuit », a dit la conseillère Dora Vance.",
      "La mairie va maintenant demander aux habitants ce qui doit être construit sur le site, avec une consultation qui commence le mois prochain.",
      "© 2026 Le Courrier du Fleuve",
    ]);
  it("keeps a French writer listed with her accents, and one named by an initial", () => {
    expect(segment(french("Par Ségolène Dupuis")).meta.authors).toEqual(["Ségolène Dupuis"]);
    expect(segment(french("Par J.-M. Durand")).meta.authors).toEqual(["J.-M. Durand"]);
  });
});

describe("a writer whose surname is a word of her story, her name next to the date (review of the product rule)", () => {
  it("is still the byline: only the whole name spoken of makes a product of it", () => {
    for (const name of ["Tendai Hall", "Kashmira Street"]) {
      for (const header of [[name, "March 3, 2026"], [`${name} | March 3, 2026`]]) {
        // The story speaks of the Mill Street pool and of the town hall.
        const { meta } = segment(poolPage("Riverside Gazette", ["Council votes to close the Mill Street pool", ...header, "The town hall said the pool would not reopen."]));
        expect(meta.byline, header.join(" / ")).toBe(name);
        expect(meta.authors, header.join(" / ")).toEqual([name]);
      }
    }
  });
});

describe("a page title worded for search engines, a subhead under the date worded like it (review of the title rule)", () => {
  it("takes the on-page headline over the date, not the line under the date", () => {
    const title = "Mill Street pool shut for good after cracks found in basin | Riverside Gazette";
    const { meta } = segment(poolPage(title, ["Pool to close for good", "March 3, 2026", "Mill Street pool basin cracks: what we know so far", "Share", "Tweet"]));
    expect(meta.headline).toBe("Pool to close for good");
  });
});

describe("a byline under a deck the body took in, and one over a relative stamp (invented pages)", () => {
  const story = [
    "The city's main library will stay open until midnight on weekdays from next month, after a trial showed students used it heavily.",
    "Library staff counted more than 400 visitors a night during the three-month trial, most of them between eight and eleven.",
    "\"People told us they had nowhere quiet to study at home,\" said the head librarian, Tomas Greer.",
    "The longer hours will cost about 250,000 dollars a year, paid from the city's education budget.",
  ];
  it("takes the name line over the date line at the top of the stretch as the byline, and its date", () => {
    const { meta } = segment(page([
      "Menu", "Search", "Home", "News",
      "Library to stay open until midnight",
      "A trial showed students used the building heavily in the evenings, and the city has decided to keep it.",
      "Kerry Anslow", "Feb 11, 2026", ...story, "© 2026 Harbour Daily",
    ]));
    expect(meta.byline).toBe("Kerry Anslow");
    expect(meta.authors).toEqual(["Kerry Anslow"]);
    expect(meta.date).toBe("2026-02-11");
  });
  it("reads '3 hours ago' as the stamp beside the byline: no headline, no date", () => {
    const { meta } = segment(page(["Menu", "Search", "Home", "News", "Library to stay open until midnight", "Kerry Anslow", "3 hours ago", ...story, "© 2026 Harbour Daily"]));
    expect(meta.headline).toBe("Library to stay open until midnight");
    expect(meta.authors).toEqual(["Kerry Anslow"]);
    expect(meta.date).toBeNull();
  });
});

describe("bylines the layout broke over lines, and a name over its outlet's line (invented pages)", () => {
  const story = [
    "The county council voted on Tuesday to close the old Mill Street bridge to cars from next spring, ending weeks of argument.",
    "Engineers told councillors that the steel beams under the deck had corroded faster than expected.",
    "\"We have no choice but to act now,\" said the council's transport chief, Margot Ellery.",
    "Shop owners on both banks said the closure would cut their trade, and some asked for a temporary crossing.",
  ];
  const head = ["Menu", "Search", "Home", "News", "Council votes to close Mill Street bridge to cars"];
  it("joins 'By Jane Roe and' to the name on the next line", () => {
    const { meta } = segment(page([...head, "By Rachel Dunmore and", "Peter Askew", "March 3, 2026", ...story, "© 2026 Harbour Daily"]));
    expect(meta.authors).toEqual(["Rachel Dunmore", "Peter Askew"]);
  });
  it("joins 'By' / name / 'and' / name, each on its own line", () => {
    const { meta } = segment(page([...head, "By", "Rachel Dunmore", "and", "Peter Askew", "March 3, 2026", ...story, "© 2026 Harbour Daily"]));
    expect(meta.authors).toEqual(["Rachel Dunmore", "Peter Askew"]);
  });
  it("takes a name over its outlet's line ('The Harbour Daily') as the byline", () => {
    const { meta } = segment(page([...head, "Rachel Dunmore", "The Harbour Daily", "Published March 3, 2026", ...story, "© 2026 Harbour Daily"]));
    expect(meta.byline).toBe("Rachel Dunmore");
    expect(meta.authors).toEqual(["Rachel Dunmore"]);
  });
});

describe("a name printed twice over its outlet and a long publication stamp (invented page)", () => {
  const { meta } = segment(page([
    "Menu", "Search", "Home", "News",
    "Council votes to close Mill Street bridge to cars",
    "Rachel Dunmore", "Rachel Dunmore", "Harbour Daily",
    "Published 3:14 p.m. ET March 3, 2026 | Updated 5:02 p.m. ET March 3, 2026",
    "The county council voted on Tuesday to close the old Mill Street bridge to cars from next spring, ending weeks of argument.",
    "Engineers told councillors that the steel beams under the deck had corroded faster than expected.",
    "\"We have no choice but to act now,\" said the council's transport chief, Margot Ellery.",
    "Shop owners on both banks said the closure would cut their trade, and some asked for a temporary crossing.",
    "© 2026 Harbour Daily",
  ]));
  it("takes the headline, not the stamp, and the name as the byline", () => {
    expect(meta.headline).toBe("Council votes to close Mill Street bridge to cars");
    expect(meta.byline).toBe("Rachel Dunmore");
    expect(meta.authors).toEqual(["Rachel Dunmore"]);
    expect(meta.date?.slice(0, 10)).toBe("2026-03-03");
  });
});

describe("a name and a relative stamp on one line under the headline (invented page)", () => {
  const { meta } = segment(page([
    "Menu", "Search", "Home", "News",
    "Council votes to close Mill Street bridge to cars",
    "Rachel Dunmore | 3 hours ago",
    "The county council voted on Tuesday to close the old Mill Street bridge to cars from next spring, ending weeks of argument.",
    "Engineers told councillors that the steel beams under the deck had corroded faster than expected.",
    "\"We have no choice but to act now,\" said the council's transport chief, Margot Ellery.",
    "Shop owners on both banks said the closure would cut their trade, and some asked for a temporary crossing.",
    "© 2026 Harbour Daily",
  ]));
  it("is the byline, not the headline, and gives no date", () => {
    expect(meta.headline).toBe("Council votes to close Mill Street bridge to cars");
    expect(meta.byline).toBe("Rachel Dunmore");
    expect(meta.authors).toEqual(["Rachel Dunmore"]);
    expect(meta.date).toBeNull();
  });
});
