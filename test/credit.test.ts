/**
 * Photo credits at the end of captions and after a label line, on invented captions read by a person.
 */
import { describe, expect, it } from "vitest";
import { captionCredit, CREDIT_LABEL_ALONE, creditOf, isCaption } from "../src/story/segment/credit.js";
import { segment } from "../src/story/segment.js";

describe("captionCredit", () => {
  it("reads a bracketed credit and drops its label", () => {
    expect(captionCredit("The new pier at dawn. (credit: Harbour Board/Ola Sund)")).toBe("Harbour Board/Ola Sund");
    expect(captionCredit("The pier at dawn. (Photo: Getty Images)")).toBe("Getty Images");
  });

  it("reads a credit after the last sentence without brackets", () => {
    expect(captionCredit("The old mill on the river, seen in May. Lena Frost / Reuters file")).toBe("Lena Frost / Reuters file");
    expect(captionCredit("A stock image of a mill wheel. Getty")).toBe("Getty");
    expect(captionCredit("An artist's view of the lander on the ice [Orbix via Nasa]")).toBe("Orbix via Nasa");
    expect(captionCredit("The keyboard of the new laptop via Teardownly")).toBe("Teardownly");
  });

  it("reads 'Credit:' after the caption's last sentence", () => {
    expect(captionCredit("The lander on the ice, as an artist sees it. Credit: Orbix Studio")).toBe("Orbix Studio");
  });

  it("reads a picture label after the caption, with or without a full stop before it", () => {
    expect(captionCredit("Nurses wait in a corridor at a hospital in Leeds Image: PA")).toBe("PA");
    expect(captionCredit("Radfahrer auf der Hauptstraße. Foto: Jens Maurer")).toBe("Jens Maurer");
    expect(captionCredit("The keeper at the top of the tower. Photograph: Erik Sand for The Long View")).toBe("Erik Sand for The Long View");
    expect(isCaption("Nurses wait in a corridor at a hospital in Leeds Image: PA", "Waiting lists fell.")).toBe(true);
  });

  it("takes a caption closed by a photographer and an outlet joined by a slash, bracketed or after a bar", () => {
    const caption = "Board members listen to public comment on Thursday";
    for (const [line, credit] of [
      [`${caption}. Getty Images/iStockphoto`, "Getty Images/iStockphoto"],
      [`${caption}. | Jamie Lee/Riverbend Tribune`, "Jamie Lee/Riverbend Tribune"],
      [`${caption}. [Jamie Lee/The Tribune]`, "Jamie Lee/The Tribune"],
      [`${caption} (Jamie Lee/Staff Photographer)`, "Jamie Lee/Staff Photographer"],
      [`${caption}. ( Riverbend Tribune / Jamie Lee )`, "Riverbend Tribune / Jamie Lee"],
    ]) {
      expect(isCaption(line!, "The vote was four to one.")).toBe(true);
      expect(captionCredit(line!)).toBe(credit);
    }
    // A one-word pair in brackets is a link pair of a comment box, not a credit.
    expect(isCaption("You are commenting using your account. ( Logout / Change )", "Cancel")).toBe(false);
  });

  it("takes a caption closed by a copyright mark without a year", () => {
    const line = "Un train régional en gare de Lyon. © Jean Martin / Le Courrier du Rhône";
    expect(isCaption(line, "Le gouvernement a présenté mardi un plan.")).toBe(true);
    expect(captionCredit(line)).toBe("Jean Martin / Le Courrier du Rhône");
    // With a year it is a notice, not a picture's credit.
    expect(captionCredit("Reproduction forbidden. © 2026 Le Courrier du Rhône")).toBeNull();
  });

  it("reads a feature's plural photo credit for one person, but not for agencies", () => {
    expect(creditOf("Photographs by Erik Sand")).toBe("Erik Sand");
    expect(creditOf("Photos by Harbour Agency and Quay Images")).toBeNull();
  });

  it("finds nothing in a caption without a credit", () => {
    expect(captionCredit("The old mill on the river, seen in May.")).toBeNull();
  });
});

describe("credit lines without a label", () => {
  it("reads a copyright mark without a year as a picture's owner, not a notice", () => {
    expect(creditOf("© Reuters / Pool")).toBe("Reuters / Pool");
    expect(creditOf("© 2021 Harbour Gazette")).toBeNull();
  });

  it("reads a handout passed on by an agency", () => {
    expect(creditOf("Harbour County Sheriff's Office via AP")).toBe("Harbour County Sheriff's Office via AP");
    expect(creditOf("Sign in via Email")).toBeNull();
  });

  it("strips the labels of the credit conventions: bracketed, 'via', 'by' without a colon, illustrations", () => {
    expect(creditOf("(Image credit: Harbour Studio)")).toBe("Harbour Studio");
    expect(creditOf("Image via Harbour Board")).toBe("Harbour Board");
    expect(creditOf("Photo by Maria Lund | Harbour Daily")).toBe("Maria Lund | Harbour Daily");
    expect(creditOf("Illustration: Maria Lund")).toBe("Maria Lund");
    // A site-wide footer names agencies in the plural; a sentence is no credit.
    expect(creditOf("Photos by Getty Images and Example Wire")).toBeNull();
    expect(creditOf("Photo by the lake is nice.")).toBeNull();
  });

  it("reads a photographer's name over her agency", () => {
    expect(creditOf("Maria K. Lund/HARBOURMEDIA")).toBe("Maria K. Lund/HARBOURMEDIA");
    // Two topics joined by a slash are no credit.
    expect(creditOf("Harbour News/Weather")).toBeNull();
  });

  it("reads a caption's credit after 'via', or a bare agency at the end of a caption", () => {
    expect(captionCredit("The new keyboard of the laptop, opened up via iTeardown")).toBe("iTeardown");
    expect(isCaption("The mayor (left) and her deputy at the harbour AP", undefined)).toBe(true);
    expect(captionCredit("The mayor (left) and her deputy at the harbour AP")).toBe("AP");
    // A sentence that ends with a full stop after the agency is the story's.
    expect(isCaption("The mayor spoke to the AP.", undefined)).toBe(false);
  });

  it("reads a bracketed 'Source/Owner' credit after a caption's last sentence, and photo libraries", () => {
    expect(isCaption("The comet seen from the probe. (Orbix/Lund Observatory)", undefined)).toBe(true);
    expect(captionCredit("The comet seen from the probe. (Orbix/Lund Observatory)")).toBe("Orbix/Lund Observatory");
    // Words in brackets with a slash that name no one, or a link pair after a blank, are no credit.
    expect(isCaption("He said the plan was fine. (and/or not)", undefined)).toBe(false);
    expect(isCaption("You are signed in with your account. ( Logout / Change)", undefined)).toBe(false);
    expect(creditOf("Maria Lund/Unsplash")).toBe("Maria Lund/Unsplash");
  });

  it("marks captions that end in a bracketed or marked credit", () => {
    expect(isCaption("An artist's view of the lander on the ice [Orbix via Nasa]", undefined)).toBe(true);
    expect(isCaption("The gallery's main hall, installation views, photos © Studio Lund, 2020", undefined)).toBe(true);
    expect(captionCredit("The gallery's main hall, installation views, photos © Studio Lund, 2020")).toBe("Studio Lund, 2020");
  });
});

describe("a credit label on a line of its own", () => {
  it("matches the label, not a sentence", () => {
    expect(CREDIT_LABEL_ALONE.test("Фото:")).toBe(true);
    expect(CREDIT_LABEL_ALONE.test("Photo:")).toBe(true);
    expect(CREDIT_LABEL_ALONE.test("Photo: Jane Roe")).toBe(false);
  });

  it("takes the next line as the story's credit", () => {
    const page = [
      "Harbour town rebuilds its pier",
      "By Nora Quist",
      "Photo:",
      "Harbour Board archive",
      "The town council voted on Tuesday to rebuild the old pier before the spring storms arrive on the coast.",
      "Work will start next month and should take about a year, the council said in a statement after the vote.",
    ].join("\n\n");
    expect(segment(page).meta.credit).toBe("Harbour Board archive");
  });
});

describe("captions ending in a photographer and an agency", () => {
  it("marks '(Name Name/Agency)' and '(credit: …)' endings as captions", () => {
    expect(isCaption("The mayor speaks to reporters after the vote, March 3, 2021. (Lena Frost/Reuters)", undefined)).toBe(true);
    expect(isCaption("The new pier at dawn. (credit: Harbour Board/Ola Sund)", undefined)).toBe(true);
    // a sentence with a bracketed aside is no caption
    expect(isCaption("The mayor said the pier (built in 1911) would reopen in May.", undefined)).toBe(false);
  });
});

describe("credit lines of other kinds", () => {
  it("strips picture labels of other languages, on the line or alone over it", () => {
    expect(creditOf("Фото: Анна Лунд")).toBe("Анна Лунд");
    expect(creditOf("Bild: Maria Lund/Harbourpress")).toBe("Maria Lund/Harbourpress");
    expect(creditOf("사진: 하버 데일리")).toBe("하버 데일리");
    expect(creditOf("Photographer: Ola Sund")).toBe("Ola Sund");
    expect(CREDIT_LABEL_ALONE.test("Imagem:")).toBe(true);
    expect(CREDIT_LABEL_ALONE.test("사진:")).toBe(true);
  });

  it("reads a photographer's name after a copyright mark without a year", () => {
    expect(creditOf("© Maria Lund")).toBe("Maria Lund");
    // A site's name after the mark is no photographer.
    expect(creditOf("© Harbour Daily")).toBeNull();
  });

  it("reads a picture made for the publication, only under a sentence", () => {
    const caption = "Cells with bright receptors line the walls of the harbour seal's lungs.";
    expect(creditOf("Ola Sund for Harbour Daily", caption)).toBe("Ola Sund for Harbour Daily");
    expect(creditOf("Ola Sund for Harbour Daily")).toBeNull();
    expect(creditOf("Ola Sund for Harbour Daily", "Home")).toBeNull();
    // A byline and a call to action have the same shape.
    expect(creditOf("By Ola Sund for Harbour Daily", caption)).toBeNull();
    expect(creditOf("Download Harbour Maps for Free", caption)).toBeNull();
    expect(isCaption(caption, "Ola Sund for Harbour Daily")).toBe(true);
  });
});

describe("a sub-heading shaped like a credit", () => {
  it("is no picture made for the publication", () => {
    const paragraph = "The cells were found in the lungs of mice that had been infected with a common virus.";
    expect(creditOf("A Job for Tuft Cells", paragraph)).toBeNull();
    expect(creditOf("Hope for the Harbour", paragraph)).toBeNull();
    expect(creditOf("RenderStudio for Harbour Daily", paragraph)).toBe("RenderStudio for Harbour Daily");
  });
});

describe("a name shaped like a credit that the story itself names", () => {
  const header = ["Ferry plan sinks at harbour board vote", "By Jane Roe", "March 3, 2021"];
  const story = [
    "The harbour board in Elmvale voted on Monday to scrap the ferry plan after a long night of debate.",
    "“We will not go quietly,” said Tom Reyes, a pilot who has worked the strait for thirty years.",
    "The board's chairman, Ada Quill, said the plan had become too costly for a port of Elmvale's size.",
    "The pilots' union said it would appeal the decision to the state transport office next month.",
  ];

  it("keeps a campaign's sub-headings in the body, not as credits ('Ada Quill for Mayor')", () => {
    const page = [
      "Three candidates, one ferry: Elmvale's race for mayor",
      "By Jane Roe",
      "March 3, 2021",
      "ELMVALE — The race for mayor of Elmvale has come down to one question: what to do about the ferry.",
      "Three candidates are on the ballot in November, and each has a different plan for the harbour.",
      "Ada Quill for Mayor",
      "Quill, a former pilot who ran the harbour office for a decade, wants the ferry back by the summer.",
      "She says the port cannot survive another winter without a link to the mainland and its hospitals.",
      "Tom Reyes for Council",
      "Reyes, who chairs the harbour board, says the ferry is too costly and would rather fund a new bridge.",
      "He has the backing of the business council and of most of the board's members, his campaign says.",
      "© 2021 Harbour Daily",
    ].join("\n\n");
    const { meta, paragraphs } = segment(page);
    expect(meta.credit).toBeNull();
    expect(paragraphs.map((p) => p.text)).toContain("Three candidates are on the ballot in November, and each has a different plan for the harbour.");
    expect(paragraphs.map((p) => p.text)).toContain("Ada Quill for Mayor");
    expect(paragraphs).toHaveLength(8);
  });

  it("reads no picture made for a single word: an office or a cause", () => {
    const sentence = "Three candidates are on the ballot in November, and each has a different plan for the harbour.";
    expect(creditOf("Ada Quill for Mayor", sentence)).toBeNull();
    expect(creditOf("Tom Reyes for the Senate", sentence)).toBeNull();
  });

  it("takes the writer's name after the last paragraph for a sign-off, not a credit ('© Jane Roe')", () => {
    for (const signOff of ["© Jane Roe", "Jane Roe for Harbour Daily"]) {
      const { meta, paragraphs } = segment([...header, ...story, signOff].join("\n\n"));
      expect(meta.credit).toBeNull();
      expect(paragraphs.map((p) => p.text)).toEqual(story);
    }
  });

  it("still reads a photographer's credit under a caption inside the story", () => {
    const caption = "Pilots walk past the moored ferry at Elmvale's north quay on a grey morning last week.";
    const page = [...header, story[0], story[1], caption, "© Maria Lund", story[2], story[3]].join("\n\n");
    const { meta, paragraphs } = segment(page);
    expect(meta.credit).toBe("Maria Lund");
    expect(paragraphs.map((p) => p.text)).toEqual(story);
  });
});

describe("credit labels in more of the forms sites print (issue 21)", () => {
  it("reads a credit line under the label a site puts over it, the label dropped", () => {
    expect(creditOf("Picture by Tom Reyes")).toBe("Tom Reyes");
    expect(creditOf("Photo/Tom Reyes")).toBe("Tom Reyes");
    expect(creditOf("Main image: Tom Reyes")).toBe("Tom Reyes");
    expect(creditOf("Featured image: Lakeview Museum")).toBe("Lakeview Museum");
    expect(creditOf("Cover photo: Lakeview Museum")).toBe("Lakeview Museum");
    expect(creditOf("Photo credit should read TOM REYES/AFP via Getty Images")).toBe("TOM REYES/AFP via Getty Images");
  });
  it("reads a credit at the end of a caption after a bar, a 'by:' or a label in capitals", () => {
    const caption = "The old bridge over the river, seen from the east bank on Monday.";
    expect(captionCredit(`${caption} | Photo Credit: Tom Reyes`)).toBe("Tom Reyes");
    expect(captionCredit(`${caption} Photo by: Tom Reyes`)).toBe("Tom Reyes");
    expect(captionCredit(`${caption} PHOTO: TOM REYES`)).toBe("TOM REYES");
    expect(captionCredit(`${caption} (Source: Lakeview Museum)`)).toBe("Lakeview Museum");
  });
  it("reads no credit from a placed label over a description, nor from a menu's media pair", () => {
    expect(creditOf("Cover image: artist's impression of the new bridge at night")).toBeNull();
    expect(creditOf("Photo/Video")).toBeNull();
  });
});

describe("sentences and menus that open like the new label shapes are no credits (review of issue 21)", () => {
  it("reads no credit from a word glued to 'Credit/' or a job's slash, in small letters or capitals", () => {
    expect(creditOf("Credit/debit card fraud made up most of the losses.")).toBeNull();
    expect(creditOf("Credit/Debit Cards")).toBeNull();
    expect(creditOf("Photographer/Videographer")).toBeNull();
    expect(creditOf("Graphic/Web Designer Wanted")).toBeNull();
    expect(creditOf("Photo/Illustration")).toBeNull();
    // The agency glued to the label still is one.
    expect(creditOf("Photo/Xinhua")).toBe("Xinhua");
  });
  it("reads no credit from 'Picture by' or 'Photo by' before words in small letters, nor from 'Picture By Picture'", () => {
    expect(creditOf("Picture by the river, the old mill stands empty")).toBeNull();
    expect(creditOf("Photo by the river, the old mill stands empty")).toBeNull();
    expect(creditOf("Picture By Picture, A Town Rebuilds")).toBeNull();
    expect(isCaption("Picture by the river, the old mill stands empty", undefined)).toBe(false);
    expect(creditOf("Picture by Tom Reyes")).toBe("Tom Reyes");
  });
  it("reads no credit from a placed label over a sentence that opens with a capital", () => {
    expect(creditOf("Main image: The old bridge at dusk")).toBeNull();
    expect(creditOf("Opening photo: The mayor at the bridge on Monday")).toBeNull();
    // The credit at the end of such a caption is still read, as a caption's.
    const guardianLike = "Main image: Protesters gather outside the town hall on Tuesday. Photograph: Tom Reyes/Reuters";
    expect(creditOf(guardianLike)).toBeNull();
    expect(isCaption(guardianLike, undefined)).toBe(true);
    expect(captionCredit(guardianLike)).toBe("Tom Reyes/Reuters");
    expect(creditOf("Lead image: Getty Images")).toBe("Getty Images");
  });
  it("reads no caption from a promotion in capitals at the end of a paragraph", () => {
    const promo = "Readers sent us their best shots of the bridge. PHOTOS: See the best shots of the week";
    expect(isCaption(promo, undefined)).toBe(false);
    expect(captionCredit(promo)).toBeNull();
  });
});

describe("a body sentence that opens with 'Credit/' (review of issue 21)", () => {
  it("stays in the story and gives no credit", () => {
    const text = [
      "Home", "Business", "Card fraud rises across the region", "By Tom Reyes", "March 3, 2026",
      "Banks in the region reported a sharp rise in card fraud last year, according to figures released on Monday.",
      "Losses climbed to $42 million, up from $31 million the year before, the banking association said.",
      "Credit/debit card fraud made up most of the losses, with online shopping the main target.",
      "Officials urged shoppers to check their statements every week.",
      "The association said it would publish new guidance in the spring.",
    ].join("\n");
    const { meta, paragraphs } = segment(text);
    expect(meta.credit).toBeNull();
    expect(paragraphs.map((p) => p.text)).toContain("Credit/debit card fraud made up most of the losses, with online shopping the main target.");
  });
});

describe("caption credits of sites never seen (invented captions)", () => {
  it("reads a spaced-slash label at a caption's end, the label dropped", () => {
    expect(captionCredit("Lucia Ferrant at work in her bakery. Photo / Supplied")).toBe("Supplied");
    expect(captionCredit("The new wharf at dawn. Photo / Marco Bellini")).toBe("Marco Bellini");
    expect(isCaption("The new wharf at dawn. Photo / Marco Bellini", undefined)).toBe(true);
    // "photo / video" inside a sentence is no credit
    expect(isCaption("We posted the photo / video of the parade online.", undefined)).toBe(false);
  });

  it("reads a credit label in capitals and an EPA-EFE credit", () => {
    expect(captionCredit("Lucia Ferrant at work. CREDIT: MARCO BELLINI")).toBe("MARCO BELLINI");
    expect(captionCredit("Researchers measure the ice on the glacier, 12 August 2025. EPA-EFE/LARS HOLM")).toBe("EPA-EFE/LARS HOLM");
  });

  it("drops a 'provided by' label as it drops 'Photo:'", () => {
    expect(captionCredit("Lucia Ferrant holds the prize. (Photo provided by Lucia Ferrant)")).toBe("Lucia Ferrant");
  });
});

describe("credit lines of sites never seen (invented lines)", () => {
  it("reads 'Photography by', 'Pic:', the dots of 'Credit...' and a picture agency after 'Source:'", () => {
    expect(creditOf("Photography by Marco Bellini")).toBe("Marco Bellini");
    expect(creditOf("Pic: Marco Bellini")).toBe("Marco Bellini");
    expect(captionCredit("The minister leaves Downing Street on Tuesday (Pic: PA)")).toBe("PA");
    expect(creditOf("Credit... Marco Bellini for The Harbour Daily")).toBe("Marco Bellini for The Harbour Daily");
    expect(creditOf("Credit…Getty Images")).toBe("Getty Images");
    expect(creditOf("Source: Getty Images")).toBe("Getty Images");
  });

  it("leaves a story's source line and a headline about credit alone", () => {
    expect(creditOf("Source: Reuters")).toBeNull();
    expect(creditOf("Source: News agencies")).toBeNull();
    expect(creditOf("Credit card fees rise again")).toBeNull();
  });
});

describe("a picture label over a sentence, and a photographer's credit in capitals (invented lines)", () => {
  it("reads no credit in a caption that only opens with a label", () => {
    expect(creditOf("Image: Cars cross the old bridge on a busy morning.")).toBeNull();
    // a credit with its full stop is still one
    expect(creditOf("Photo: Getty Images/iStockphoto.")).toBe("Getty Images/iStockphoto.");
  });
  it("reads a photographer's name and outlet in capitals, parted by a slash", () => {
    expect(creditOf("MARCO BELLINI/HARBOUR DAILY")).toBe("MARCO BELLINI/HARBOUR DAILY");
    expect(creditOf("SALES TAX/HOLIDAY SHOPPING")).toBeNull();
  });
});

describe("a credit's own terms and the American agency in prose (review of issue 21)", () => {
  it("keeps a labelled credit whose small words are a credit's terms", () => {
    expect(creditOf("Photo: Dmitri Halvorsen, special to the Lakeside Courier.")).toBe("Dmitri Halvorsen, special to the Lakeside Courier.");
    expect(creditOf("Photograph: Dmitri Halvorsen for the Courier, used with permission.")).toBe(
      "Dmitri Halvorsen for the Courier, used with permission.",
    );
    // a sentence under the label is still a caption
    expect(creditOf("Photo: Ferries wait at the quay for the morning tide.")).toBeNull();
  });

  it("reads no caption in a sentence that names the EPA with a slash", () => {
    expect(isCaption("Farms must now apply under the shared EPA/Army Corps process.", "The rules start in May.")).toBe(false);
    expect(captionCredit("Snow covers the pass near the border. EPA/ANNA VOSS")).toBe("EPA/ANNA VOSS");
  });

  it("reads no spaced-slash credit where a kind of media follows the label", () => {
    expect(isCaption("Crews cleared the beach before noon. Photo / Video", "The tide was low.")).toBe(false);
    expect(isCaption("Crews cleared the beach before noon. Photos / Gallery", "The tide was low.")).toBe(false);
  });
});

describe("a headline that opens with 'Credit…' (review of issue 21)", () => {
  it("is no credit line: a credit after the dots opens with a name", () => {
    expect(creditOf("Credit… where it is due: the loyalty card that pays you back")).toBeNull();
    expect(creditOf("Credit...via Harbour Press")).toBe("via Harbour Press");
    expect(creditOf("Credit...Odile Varga for The Lakeside Courier")).toBe("Odile Varga for The Lakeside Courier");
  });
});
