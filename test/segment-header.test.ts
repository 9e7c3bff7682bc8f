/**
 * The story header on invented pages: where the byline and the on-page headline are found when menus, video
 * playlists or photo galleries stand between them and the body. Every page below is made up; the expected values
 * are read off the page text by a person.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";

const story = [
  "The river council met for four hours on Tuesday evening and voted to rebuild the old stone bridge before the spring floods arrive in the valley.",
  "Members said the repairs would cost far less than a new crossing, and that the work could start within a month if the weather held.",
  "The vote was close, with three members saying the town should wait for a grant from the province before spending its own reserves.",
].join("\n\n");

describe("byline and headline above a playlist", () => {
  const page = [
    "Bridge vote splits council - Valley Sentinel",
    "Home", "News", "Sports", "Weather",
    "Council votes to rebuild the stone bridge before spring",
    "By Harriet Olsen, Valley Sentinel",
    "Updated 0915 GMT November 3, 2021",
    "JUST WATCHED",
    "Flood season in pictures",
    "Replay",
    "More Videos ...",
    "Ferry service returns after storm",
    "Mayor opens new library wing",
    "Farmers count the cost of the dry summer",
    "Students plant a thousand trees",
    story,
    "Terms of Use Privacy Policy",
  ].join("\n\n");
  const { meta } = segment(page);

  it("finds the byline under the headline, past the playlist", () => {
    expect(meta.byline).toBe("By Harriet Olsen, Valley Sentinel");
    expect(meta.authors).toEqual(["Harriet Olsen"]);
  });

  it("takes the on-page headline over the byline, not the last playlist title nor the page title", () => {
    expect(meta.headline).toBe("Council votes to rebuild the stone bridge before spring");
  });

  it("takes the date under the byline", () => {
    expect(meta.date?.slice(0, 10)).toBe("2021-11-03");
  });
});

describe("a bare name line over a Published line", () => {
  const page = [
    "Council votes to rebuild the stone bridge",
    "Welcome to our new website.",
    "Council votes to rebuild the stone bridge",
    "Harriet Olsen and Tomas Reyes VALLEY SENTINEL",
    "Published 7:07 PM EST Nov 3, 2021",
    story,
  ].join("\n\n");
  const { meta } = segment(page);

  it("reads both names and leaves the outlet out of the authors", () => {
    expect(meta.byline).toBe("Harriet Olsen and Tomas Reyes VALLEY SENTINEL");
    expect(meta.authors).toEqual(["Harriet Olsen", "Tomas Reyes"]);
    expect(meta.headline).toBe("Council votes to rebuild the stone bridge");
  });
});

describe("no byline where the page names no author", () => {
  it("does not take a list of names (results) for a byline", () => {
    const page = [
      "Regional swim results",
      "Regional swim results",
      "Pia Lindqvist 100 butterfly",
      "Marco Bellini North Diving",
      "Anna Schultz Central",
      story,
    ].join("\n\n");
    expect(segment(page).meta.byline).toBeNull();
  });
});

describe("a name line after prose is no byline", () => {
  it("leaves a photo subject's name below the opening sentences alone", () => {
    const page = [
      "League standings",
      "March 2, 2021",
      "On this page you will always find the standings of the league after the latest race of the season.",
      "Save this page to your favourites and come back to check the standings after every race weekend.",
      "Mary Tolland",
      "Final standings of the season after 36 races:",
      story,
    ].join("\n\n");
    expect(segment(page).meta.byline).toBeNull();
  });
});

describe("the site's name from a page title without a suffix", () => {
  it("reads 'Site: Headline' when the page repeats the headline alone", () => {
    const page = ["The Harbour Review: Ferry pier plans move ahead", "Menu", "Ferry pier plans move ahead", "by Nora Quist", story].join("\n\n");
    const { meta } = segment(page);
    expect(meta.headline).toBe("Ferry pier plans move ahead");
    expect(meta.source).toBe("The Harbour Review");
  });

  it("reads a title that is the site's name alone, named again on the page", () => {
    const page = ["Harbour Quarterly", "Ferry pier plans move ahead", "by Nora Quist", story, "Get Harbour Quarterly in your inbox"].join("\n\n");
    expect(segment(page).meta.source).toBe("Harbour Quarterly");
  });

  it("cuts the site off a short headline", () => {
    const page = ["On piers – Harbour Notes", "On piers", story].join("\n\n");
    const { meta } = segment(page);
    expect(meta.headline).toBe("On piers");
    expect(meta.source).toBe("Harbour Notes");
  });
});

describe("the date under the byline", () => {
  it("takes the date line right under a byline that stands below the first paragraph", () => {
    const page = [
      "Ferry pier plans move ahead - Harbour News",
      "Ferry pier plans move ahead",
      "The harbour board has a plan for the old pier, and the town seems to like it.",
      "by Nora Quist",
      "19 Nov 2019 05:44 GMT",
      story,
    ].join("\n\n");
    const { meta } = segment(page);
    expect(meta.byline).toBe("by Nora Quist");
    expect(meta.date?.slice(0, 10)).toBe("2019-11-19");
  });
});

describe("a date stamp without a year", () => {
  const page = (footer: string) =>
    [
      "Bridge vote splits council",
      "Home", "News",
      "Council votes to rebuild the stone bridge before spring",
      "By Harriet Olsen",
      "Updated Mar 4, 9:10 AM; Posted Mar 3, 6:51 PM",
      story,
      footer,
    ].join("\n\n");

  it("takes the posted day, and the year of the page's copyright notice", () => {
    expect(segment(page("© 2014-2021 Valley Sentinel. All rights reserved.")).meta.date).toBe("2021-03-03");
  });

  it("gives no date when the page names no year", () => {
    expect(segment(page("Terms of Use Privacy Policy")).meta.date).toBeNull();
  });
});

describe("the on-page headline worded unlike the page title", () => {
  const page = [
    "Council votes to rebuild stone bridge before spring floods | Valley Sentinel",
    "Home", "News", "Sports",
    "Council votes to rebuild the old stone bridge",
    "Ferry timetable",
    story,
    "Terms of Use Privacy Policy",
  ].join("\n\n");

  it("takes the line above the body that shares the title's words, not the title", () => {
    expect(segment(page).meta.headline).toBe("Council votes to rebuild the old stone bridge");
  });
});

describe("the site's name in other page-title forms", () => {
  const page = (title: string) =>
    [title, "Home", "News", "Council votes to rebuild the stone bridge", "By Harriet Olsen", story, "Terms of Use"].join("\n\n");

  it("reads the brand in front of the headline when the page repeats the headline", () => {
    const { meta } = segment(page("Valley Sentinel - Council votes to rebuild the stone bridge"));
    expect(meta.source).toBe("Valley Sentinel");
    expect(meta.headline).toBe("Council votes to rebuild the stone bridge");
  });

  it("takes a domain for the site's name over a section, and a middle dot for a separator", () => {
    expect(segment(page("Council votes to rebuild the stone bridge | News | valleysentinel.com")).meta.source).toBe("valleysentinel.com");
    expect(segment(page("Council votes to rebuild the stone bridge · Valley Sentinel")).meta.source).toBe("Valley Sentinel");
  });
});

describe("a name line over a job line", () => {
  it("takes the name for the byline, not the job as a desk", () => {
    const page = ["Council votes on bridge | Valley Sentinel", "Home", "Council votes on bridge", "Harriet Olsen", "Staff Writer", "November 3, 2021", story, "Terms of Use"].join("\n\n");
    const { meta } = segment(page);
    expect(meta.byline).toBe("Harriet Olsen");
    expect(meta.authors).toEqual(["Harriet Olsen"]);
  });
});

describe("a date line over the headline", () => {
  it("is the story's date, not a later date after the body", () => {
    const page = [
      "Council votes on bridge", "Home", "Local",
      "March 3, 2021",
      "Council votes on bridge",
      "by Valley Heritage Society",
      story,
      "Cited from the council minutes, retrieved 9 March 2021",
      "Terms of Use",
    ].join("\n\n");
    expect(segment(page).meta.date).toBe("2021-03-03");
  });
});

describe("an on-page headline worded unlike the page title", () => {
  const page = (header: string[]) =>
    ["Bridge vote splits council - Valley Sentinel", "Home", "News", "Sports", "Weather", ...header, story, "Terms of Use"].join("\n\n");

  it("takes the line over the byline, not the page title, past an all-capitals kicker", () => {
    const { meta } = segment(page(["LOCAL NEWS", "Council votes to rebuild the stone bridge before spring", "By Harriet Olsen", "November 3, 2021"]));
    expect(meta.headline).toBe("Council votes to rebuild the stone bridge before spring");
  });

  it("passes over a section label that ends in a separator", () => {
    const { meta } = segment(page(["Council votes to rebuild the stone bridge before spring", "V S REGION /", "Nov. 3, 2021 12:02 PM", "By Harriet Olsen"]));
    expect(meta.headline).toBe("Council votes to rebuild the stone bridge before spring");
  });

  it("passes over share buttons between the headline and the byline", () => {
    const { meta } = segment(page(["Council votes to rebuild the stone bridge before spring", "Share", "Facebook", "Twitter", "By Harriet Olsen"]));
    expect(meta.headline).toBe("Council votes to rebuild the stone bridge before spring");
  });

  it("passes over a deck of two full sentences between the headline and the byline", () => {
    const deck = "Three members wanted to wait for a grant from the province before any work began. The majority said the spring floods would not wait for a grant, and that the town had saved enough over the last ten years to pay for it.";
    const { meta } = segment(page(["Council votes to rebuild the stone bridge", deck, "By Harriet Olsen", "November 3, 2021"]));
    expect(meta.headline).toBe("Council votes to rebuild the stone bridge");
  });

  it("takes the headline worded a little like the title over a deck of about its length without a full stop", () => {
    const { meta } = segment(page([
      "Council votes to rebuild the stone bridge before spring",
      "Three members wanted to wait for a provincial grant first",
      "By Harriet Olsen",
      "November 3, 2021",
    ]));
    expect(meta.headline).toBe("Council votes to rebuild the stone bridge before spring");
  });

  it("takes the headline over its longer deck", () => {
    const { meta } = segment(page([
      "Council votes to rebuild the stone bridge",
      "Three members wanted to wait for a provincial grant, but the majority said the floods would not wait for anyone",
      "By Harriet Olsen",
      "November 3, 2021",
    ]));
    expect(meta.headline).toBe("Council votes to rebuild the stone bridge");
    expect(meta.byline).toBe("By Harriet Olsen");
  });
});

describe("a caption's credit and the page's own credit line under it", () => {
  const page = (creditLine: string, caption: string) =>
    [
      "Bridge vote splits council - Valley Sentinel",
      "Council votes to rebuild the stone bridge before spring",
      "By Harriet Olsen, Valley Sentinel",
      caption,
      creditLine,
      story,
      "Terms of Use Privacy Policy",
    ].join("\n\n");

  it("takes the labelled credit line under a caption that carries the wire's credit", () => {
    const { meta } = segment(page("Photo: Tom Ridley, STF / Associated Press", "In this Monday, Nov. 1, 2021, photo, workers inspect the old stone bridge. (AP Photo/Tom Ridley)"));
    expect(meta.credit).toBe("Tom Ridley, STF / Associated Press");
  });

  it("keeps a labelled caption credit over a shorter unlabelled line", () => {
    const { meta } = segment(page("Getty", "Workers inspect the old stone bridge in the rain. (Photo: Getty Images)"));
    expect(meta.credit).toBe("Getty Images");
  });
});

describe("dates under a comment thread", () => {
  const page = (thread: string[]) =>
    ["Bridge vote splits council", "Home", "News", "Council votes to rebuild the stone bridge before spring", story, ...thread, "Terms of Use Privacy Policy"].join("\n\n");

  it("takes no comment's date for the story's", () => {
    const { meta } = segment(page(["2 thoughts on “Council votes to rebuild the stone bridge before spring”", "Ada Quill", "March 3, 2021 at 4:15 pm", "Good news for the valley!"]));
    expect(meta.date).toBeNull();
  });

  it("reads the story's date under a comment counter that names no title", () => {
    const { meta } = segment(page(["2 comments on this story so far", "Posted March 3, 2021 in Local News", "Carl Dunn says:", "March 5, 2021 at 9:14 am", "Shame on the board."]));
    expect(meta.date?.slice(0, 10)).toBe("2021-03-03");
  });

  it("still reads a date that stands under the story without a thread", () => {
    const { meta } = segment(page(["Published March 2, 2021"]));
    expect(meta.date?.slice(0, 10)).toBe("2021-03-02");
  });
});
