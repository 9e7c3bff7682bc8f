/**
 * The publication's name (src/story/segment/source.ts), on invented page parts: expected values read off the
 * inputs by a person.
 */
import { describe, expect, it } from "vitest";
import { brandOfHolder, bylineOutlet, chooseBrand, chooseSource, copyrightHolder, expandedForm, mastheadNames, occurrences, pageDomains, selfNames, spacedForm } from "../src/story/segment/source.js";

describe("copyright holder", () => {
  it("strips the marks, the years and the notice after a dash", () => {
    expect(copyrightHolder("© 2019 Harbour Gazette. All rights reserved.")).toBe("Harbour Gazette");
    expect(copyrightHolder("copyright Lakeview 2019 - ISSN: 1234-5678")).toBe("Lakeview");
    expect(copyrightHolder("© Quill Design LLC — Read our terms of service.")).toBe("Quill Design LLC");
    // The notice in front and a trademark statement: the brand, not its owner.
    expect(copyrightHolder("All rights reserved © 2020 The Lakeview Ledger is a registered Trademark of Quill Publishing Inc.")).toBe("The Lakeview Ledger");
  });

  it("cuts a notice after a middle dot and an Indian company form", () => {
    expect(copyrightHolder("Copyright © 2026 Pixel & Pine · Built on the Genesis Framework")).toBe("Pixel & Pine");
    expect(brandOfHolder("The Coastal Express (P) Ltd")).toBe("The Coastal Express");
    expect(brandOfHolder("Harbour Times Pvt. Ltd.")).toBe("Harbour Times");
  });

  it("ends the holder before a sentence about its owner", () => {
    expect(copyrightHolder("© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.")).toBe("Cable News Network");
  });

  it("gives nothing for a credit to the web designer", () => {
    expect(copyrightHolder("Copyright © 2002-2019 - Designed by Pixel Forge - Powered by Somecms")).toBeNull();
  });

  it("cuts the company form off the brand", () => {
    expect(brandOfHolder("Lakeview Media LLC")).toBe("Lakeview");
    expect(brandOfHolder("RiverNews.com, Inc.")).toBe("RiverNews.com");
    expect(brandOfHolder("Inc.")).toBe("Inc.");
  });
});

describe("choosing the brand", () => {
  const rest = "Home\nSports\nFollow Lakeview Sports on Twitter\nLakeview Sports newsletter\nStory text here.";

  it("takes the title part the copyright holder names, among section names", () => {
    expect(chooseSource(["Tennis", "Golf", "Lakeview", "F1"].reverse(), "LAKEVIEW", rest)).toBe("Lakeview");
  });

  it("prefers a name to a tagline among title parts", () => {
    expect(chooseSource(["Stories from the old harbour", "Harbour Notes"], null, "")).toBe("Harbour Notes");
  });

  it("writes a joined site name the way the page spells it", () => {
    expect(spacedForm(rest, "LakeviewSports.com")).toBe("Lakeview Sports");
    expect(chooseSource(["LakeviewSports.com"], null, rest)).toBe("Lakeview Sports");
    // A name the page itself uses joined stays joined.
    expect(chooseSource(["9to5Birds"], null, "9to5Birds deals\n9to5Birds")).toBe("9to5Birds");
  });

  it("spells out a brand in initials the way the page does", () => {
    const page = "Subscribe to The Harbour Valley Gazette\nHome\nThe Harbour Valley Gazette\nHigh Voltage Grid news";
    expect(expandedForm(page, "HVG")).toBe("Harbour Valley Gazette");
    // An owner company's initials ("HVG Holdings, Inc.") lead to the brand, with its article.
    expect(chooseSource([], "HVG Holdings, Inc.", page)).toBe("The Harbour Valley Gazette");
    // Named once only: a chance phrase, not the brand.
    expect(expandedForm("High Voltage Grid", "HVG")).toBeNull();
    expect(chooseSource(["HVG"], null, "HVG news\nHigh Voltage Grid")).toBe("HVG");
  });

  it("reads the name a page gives itself where the title has none", () => {
    const page = "Home\nFollow Harbour Daily\nFollow Us\nJane Roe is a senior reporter for Harbour Daily.\nFollow Maria Lopez\nShe is a writer for the Associated Press.";
    expect(selfNames(page)).toEqual(["Harbour Daily"]);
    // A trademark notice on a line of its own names the brand, not the owner after "of".
    expect(selfNames("The Long View is a registered trademark of Northlight Publishing Group.")).toEqual(["The Long View"]);
    // An ownership notice: the brand is the site, named once; the owner in the copyright line never is.
    const owned = "Story text here.\nThe Bayside Star is part of Southern Cross News Pty Ltd.";
    expect(chooseSource([], "Southern Cross News Pty Ltd", owned)).toBe("The Bayside Star");
    // Named twice, it wins over an owner company the page never names outside the copyright line.
    expect(chooseSource([], "Parentco Universal", page)).toBe("Harbour Daily");
    // Named once only, the copyright holder stays.
    expect(chooseSource([], "Parentco Universal", "Follow Harbour Daily")).toBe("Parentco Universal");
  });

  it("takes a name the page gives itself over a title part that is only a tagline", () => {
    const page = "Harbour Rider Extra\nHarbour Rider Editorial Staff\nHarbour Rider's picks for the month\nOur Staff";
    expect(selfNames(page)).toEqual(["Harbour Rider"]);
    expect(chooseSource(["Expert advice for weekend riders"], "Quill Publishing, Inc.", page)).toBe("Harbour Rider");
    // With nothing better, the tagline stays.
    expect(chooseSource(["Expert advice for weekend riders"], null, "Home")).toBe("Expert advice for weekend riders");
  });

  it("takes a section's name in the title for no brand", () => {
    const page = "Harbourwheels.com is the leading car site\nAbout Harbourwheels.com\nAuto News";
    expect(chooseSource(["Auto News"], "Harbourwheels.com, Inc.", page)).toBe("Harbourwheels.com");
    // A brand after the section wins as before, and a section stays when the holder is never named again.
    expect(chooseSource(["Harbour Daily", "World"], "Quill Media LLC", page)).toBe("Harbour Daily");
    expect(chooseSource(["Auto News"], "Quill Media LLC", "Harbourwheels.com is the leading car site\nAuto News")).toBe("Auto News");
    // Unless the page names itself twice, here in its "About" link: that name beats a section's.
    expect(chooseSource(["Auto News"], "Quill Media LLC", page)).toBe("Harbourwheels.com");
  });

  it("adds the article the page uses", () => {
    expect(chooseSource([], "Sentinel Media Group Limited", "The Sentinel sport\nRead The Sentinel\nSentinel")).toBe("The Sentinel");
  });

  it("falls back to the holder's brand, and to nothing", () => {
    expect(chooseSource([], "Lakeview Media LLC", "")).toBe("Lakeview");
    expect(chooseSource([], null, "Home\nSports\nStory text here.")).toBeNull();
    // A page that names itself twice ("Follow Lakeview Sports on Twitter", "Lakeview Sports newsletter") has a source.
    expect(chooseSource([], null, rest)).toBe("Lakeview Sports");
  });

  it("counts whole words only", () => {
    expect(occurrences("Lakeview and Lakeviews and lakeview", "Lakeview")).toBe(2);
  });
});

describe("places where a page names itself", () => {
  it("reads the domains a page prints as their registered names, most named first", () => {
    const page = "Write to tips@harbourdaily.com\nVisit www.harbourdaily.com\nPhotos on lakeview.co.uk";
    expect(pageDomains(page)).toEqual(["harbourdaily.com", "lakeview.co.uk"]);
    // A file name or a sentence's end is no domain.
    expect(pageDomains("See report.pdf. The end.")).toEqual([]);
  });

  it("reads the outlet a byline names besides its people", () => {
    expect(bylineOutlet("Dana Roe and Eli Moss HARBOUR DAILY", ["Dana Roe", "Eli Moss"])).toBe("HARBOUR DAILY");
    expect(bylineOutlet("By Eli Moss, Harbour Daily Staff", ["Eli Moss"])).toBe("Harbour Daily");
    expect(bylineOutlet("Harbour Daily Editorial Staff", [])).toBe("Harbour Daily");
    // Job words, a wire service or a section are no outlet.
    expect(bylineOutlet("By Eli Moss Senior Contributor", ["Eli Moss"])).toBeNull();
    expect(bylineOutlet("By Eli Moss, Associated Press", ["Eli Moss"])).toBeNull();
    expect(bylineOutlet("By Eli Moss Business Columnist", ["Eli Moss"])).toBeNull();
  });

  it("reads names off masthead and footer lines, not sentences or sections", () => {
    expect(mastheadNames("The Harbour Daily")).toEqual(["The Harbour Daily"]);
    expect(mastheadNames("Harbour Daily · 2013-2019")).toEqual(["Harbour Daily"]);
    expect(mastheadNames("harbourdaily.com")).toEqual(["harbourdaily.com"]);
    expect(mastheadNames("Politics")).toEqual([]);
    expect(mastheadNames("Read the full story here.")).toEqual([]);
    expect(mastheadNames("we use cookies")).toEqual([]);
  });
});

describe("copyright holders in the footer forms of small sites", () => {
  it("strips what the notice covers, the site's other links and the makers' credit", () => {
    expect(copyrightHolder("Valley Sentinel © 2026")).toBe("Valley Sentinel");
    expect(copyrightHolder("All content © 2026 Valley Sentinel")).toBe("Valley Sentinel");
    expect(copyrightHolder("This site © 2018 Quill Network")).toBe("Quill Network");
    expect(copyrightHolder("© 2026 by Valley Sentinel")).toBe("Valley Sentinel");
    expect(copyrightHolder("© Copyright 2026 Valley Sentinel Ltd. Registered in England No. 1234567")).toBe("Valley Sentinel Ltd");
    expect(copyrightHolder("Copyright © 2026 Valley Sentinel and its licensors")).toBe("Valley Sentinel");
    expect(copyrightHolder("© 2026 Valley Sentinel Privacy Policy Terms of Use")).toBe("Valley Sentinel");
    expect(copyrightHolder("© 2026 Valley Sentinel, a Northgate Media company")).toBe("Valley Sentinel");
    expect(copyrightHolder("Copyright © 2026 Valley Sentinel. Theme by Sparkline.")).toBe("Valley Sentinel");
    // A maker's word inside a name is no makers' credit.
    expect(copyrightHolder("© 2026 Campsite on the Lake Gazette")).toBe("Campsite on the Lake Gazette");
    // Only the makers' credit: no holder.
    expect(copyrightHolder("© 2026 Powered by WordPress")).toBeNull();
  });
});

describe("choosing the brand by agreement", () => {
  const evidence = (over: Partial<Parameters<typeof chooseBrand>[0]>) => ({ titleParts: [], holders: [], mastheads: [], bylineOutlet: null, rest: "", ...over });

  it("takes the name several places agree on over an owner company named once", () => {
    const rest = "Harbour Daily\nFollow Harbour Daily\nStory text.\nharbourdaily.com";
    expect(chooseBrand(evidence({ holders: ["Quill Media Group LLC"], mastheads: ["Harbour Daily"], rest }))).toBe("Harbour Daily");
  });

  it("takes no name from a menu: a section's social box is not the site's ('Follow Trending Now')", () => {
    const rest = "Story text.\nTrending Now\nFollow Trending Now\nTrending Now | Weather\nFollow Trending Now";
    expect(chooseBrand(evidence({ holders: ["Harbour Daily"], mastheads: ["Trending Now"], rest }))).toBe("Harbour Daily");
    expect(mastheadNames("Home | Sport | Weather | Marketplace")).toEqual([]);
    expect(mastheadNames("Trending Now | Weather")).toEqual([]);
  });

  it("lets a name in initials agree with its spelt-out form", () => {
    // "© LEG Holdings, Inc." and the masthead "Lakeview Evening Gazette": one brand (the holder's brand is the
    // masthead's initials), and the page's words spell it out.
    const rest = "Lakeview Evening Gazette\nAbout Lakeview Evening Gazette";
    expect(chooseBrand(evidence({ holders: ["LEG Holdings, Inc."], mastheads: ["Lakeview Evening Gazette"], rest }))).toBe("Lakeview Evening Gazette");
  });

  it("keeps the title's part over names backed elsewhere, and its spelling", () => {
    const rest = "Quill Media\nquillmedia.com\nFollow Quill Media";
    expect(chooseBrand(evidence({ titleParts: ["Harbour Daily"], holders: ["Quill Media LLC"], mastheads: ["Quill Media"], rest }))).toBe("Harbour Daily");
    expect(chooseBrand(evidence({ titleParts: ["HARBOUR DAILY"], holders: ["Harbour Daily LLC"], rest: "Harbour Daily" }))).toBe("HARBOUR DAILY");
  });

  it("never takes a masthead line or a domain alone, nor a byline's outlet over a copyright holder", () => {
    const rest = "Lakeview Times\nLakeview Times\nlakeviewtimes.com";
    // Printed once, or without a domain that spells it: one of a network's sister sites, or a box's label.
    expect(chooseBrand(evidence({ mastheads: ["Lakeview Times"], rest: "Lakeview Times\nlakeviewtimes.com" }))).toBeNull();
    expect(chooseBrand(evidence({ mastheads: ["Lakeview Times"], rest: "Lakeview Times\nLakeview Times" }))).toBeNull();
    expect(chooseBrand(evidence({ mastheads: ["Hilltown Record"], rest: "Hilltown Record\nHilltown Record\nlakeviewtimes.com" }))).toBeNull();
    // Printed over the menu and under the story, and spelt by the page's domain: the site's own name.
    expect(chooseBrand(evidence({ mastheads: ["Lakeview Times"], rest }))).toBe("Lakeview Times");
    expect(chooseBrand(evidence({ bylineOutlet: "Lakeview Times", holders: ["Quill Media LLC"], rest }))).toBe("Quill");
  });

  it("takes a byline's outlet when nothing else names the page, but not over a title part or a self-naming", () => {
    // "Lakeview Times March 3, 2026" as the byline: an account or desk of the site, and no title, no copyright line.
    const rest = "Home\nLakeview Times March 3, 2026\nStory text.";
    expect(chooseBrand(evidence({ bylineOutlet: "Lakeview Times", rest }))).toBe("Lakeview Times");
    expect(chooseBrand(evidence({ bylineOutlet: "Lakeview Times", titleParts: ["Harbour Daily"], rest }))).toBe("Harbour Daily");
    const followed = `${rest}\nFollow Harbour Daily\nHarbour Daily newsletter\nSubscribe to Harbour Daily`;
    expect(chooseBrand(evidence({ bylineOutlet: "Lakeview Times", rest: followed }))).toBe("Harbour Daily");
  });

  it("takes no byline's outlet that follows a writer's name, alone (a syndicated story's paper)", () => {
    const rest = "Home\nTom Reyes, Lakeview Times\nStory text.";
    expect(chooseBrand(evidence({ bylineOutlet: "Lakeview Times", bylineNamesPeople: true, rest }))).toBeNull();
  });

  it("passes over a wire service's copyright on a site's page", () => {
    expect(chooseBrand(evidence({ holders: ["Associated Press", "Harbour Daily LLC"], rest: "Story text." }))).toBe("Harbour Daily");
  });
});
