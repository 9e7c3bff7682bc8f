/** Authors cited by name and year, and the parties of a cited case (src/story/entities/citations.ts), are people. */
import { describe, expect, it } from "vitest";
import { citedAuthors } from "../src/story/entities/citations.js";
import { extract } from "../src/index.js";

const names = (text: string) => citedAuthors(text).map((s) => text.slice(s.start, s.end));

describe("citedAuthors", () => {
  it("reads every author of a bracketed citation, with its lead-in words, '&' and 'et al.'", () => {
    expect(names("The dialect has few speakers (Okafor, 2011) and fewer writers (Hale, Trent, & Marks, 2019).")).toEqual(["Okafor", "Hale", "Trent", "Marks"]);
    expect(names("Results vary (see for example Lindqvist 2015; Dorsey et al., 2008; Quell & Amberly 2001).")).toEqual(["Lindqvist", "Dorsey", "Quell", "Amberly"]);
    expect(names("Earlier trials were small (e.g., Van Horne Price, 2012).")).toEqual(["Van Horne Price"]);
  });

  it("reads authors written before a bracketed year: two or more, 'et al.', a possessive, or a reporting verb", () => {
    // Several names before a year are authors only in a text that cites in the scholarly way (here with "&").
    const cites = " Wells are rare (Quell & Amberly, 2001).";
    expect(names("The map, adapted from Ferrand and Oduya (1998), shows the villages." + cites)).toEqual(["Ferrand", "Oduya", "Quell", "Amberly"]);
    expect(names("In Ferrand and Oduya (1998) the villages are listed." + cites)).toEqual(["Ferrand", "Oduya", "Quell", "Amberly"]);
    expect(names("Tolliver's (1974) model of the lake still holds.")).toEqual(["Tolliver"]);
    expect(names("Tolliver (1974) argued that the lake was older.")).toEqual(["Tolliver"]);
    expect(names("Mendoza et al. (2003) counted the birds.")).toEqual(["Mendoza"]);
  });

  it("takes no year of a film, a season or a month for a citation", () => {
    expect(names("She starred in Gallows Creek (1958), directed by a newcomer.")).toEqual([]);
    expect(names("Harbour Rovers (2012)\nPort Albion (2013 – present)")).toEqual([]);
    expect(names("The report (January 2014) was late; the sequel (Spring 2016) too.")).toEqual([]);
  });
});

describe("citations in square brackets, numbered references and authors named again", () => {
  it("reads authors in square brackets and before a numbered reference", () => {
    expect(names("Tone is a feature of the syllable [Lindqvist 2001; Quell & Amberly, 1999].")).toEqual(["Lindqvist", "Quell", "Amberly"]);
    expect(names("As Thornbury [12] showed, the effect is small; Mendoza et al. [4, 7] agree.")).toEqual(["Thornbury", "Mendoza"]);
  });

  it("takes no footnote mark after a word or a full stop for a numbered reference", () => {
    expect(names("He later played for Harrow Athletic.[1] In 2003 he joined Tarrow Rovers[2] for a season.")).toEqual([]);
  });

  it("reads a single author before a year only in a text that cites in the scholarly way", () => {
    const cites = " Wells are rare (Quell & Amberly, 2001).";
    expect(names("The lake is a marsh on Hartwell (1987) and on later maps." + cites)).toEqual(["Hartwell", "Quell", "Amberly"]);
    expect(names("The lake is a marsh on Hartwell (1987) and on later maps.")).toEqual([]);
  });

  it("reads a cited surname named again alone as the author, in a scholarly text only", () => {
    const text = "Tone was studied by Abernathy and Quell (2004) and by Marchetti et al. (2005). Abernathy later found the opposite, and the Quell Institute agreed.";
    // The second "Abernathy" stands alone; "Quell Institute" is another name.
    expect(names(text)).toEqual(["Abernathy", "Quell", "Marchetti", "Abernathy"]);
    expect(names("The film Abernathy and Quell (2004) was a hit. Abernathy later toured.")).toEqual([]);
  });
});

describe("case citations", () => {
  it("reads the parties of a case as people unless the dictionary knows them as a place or a body", () => {
    expect(names("As the court held in Tarrow v. Quillen, the order stands.")).toEqual(["Tarrow", "Quillen"]);
    expect(names("We hear argument this morning in Case 21-340, Harlow versus Nebraska.")).toEqual(["Harlow"]);
    expect(names("Lindell Freight Corporation v. Harlan Oduya went to appeal.")).toEqual(["Harlan Oduya"]);
  });

  it("takes no match between teams ('vs.') for a case", () => {
    expect(names("Tonight it is Rovers vs. Athletic at the old ground.")).toEqual([]);
  });
});

describe("citations in news text (no scholarly style)", () => {
  it("reads no films, host cities or plans before a bracketed year as authors", () => {
    expect(names("Best picture nominees included Lumen, Tidewater and The Glass Harbour (2019), a strong field.")).toEqual([]);
    expect(names("The city follows previous hosts Beijing and London (2008, 2012) and Tokyo (2021).")).toEqual([]);
    expect(names("The council adopted a plan (Vision 2030) and a budget (FY 2021).")).toEqual([]);
  });

  it("reads no match, rivalry or business deal as a case: a case needs a legal stretch", () => {
    expect(names("Last week Harrowgate v. Quillbury ended in a draw.")).toEqual([]);
    expect(names("The market is still a contest of Boeing versus Aerolux, one analyst said.")).toEqual([]);
  });

  it("takes no state, abbreviation or dictionary-word firm for a party", () => {
    expect(names("In court, the prosecutors cited People v. Tarrow and State v. Quillen.")).toEqual(["Tarrow", "Quillen"]);
    expect(names("The group filed a brief in Voters United v. FEC and in NCAA v. Alston.")).toEqual(["Alston"]);
    expect(names("A judge ruled in Epic Games v. Apple, the antitrust case.")).toEqual([]);
  });
});

describe("extract() on news text with citations and cases", () => {
  const typeOf = (story: ReturnType<typeof extract>, name: string) => story.entities.find((e) => e.name === name)?.type;

  it("keeps the type a known body or place has in a bracketed citation", () => {
    const story = extract("Demand will climb (Reuters, 2019), while stocks fell (AP, 2020). The gap will narrow (Goldman Sachs, 2021). Fewer people smoke (World Health Organization, 2020). The venue is the largest since the games (Beijing, 2008).");
    expect(typeOf(story, "Reuters")).toBe("organization");
    expect(typeOf(story, "AP")).toBe("organization");
    expect(typeOf(story, "Goldman Sachs")).toBe("organization");
    expect(typeOf(story, "World Health Organization")).toBe("organization");
    expect(typeOf(story, "Beijing")).toBe("place");
  });

  it("makes no person of a film title, a plan or a budget year", () => {
    const story = extract("Best picture nominees included Lumen, Tidewater and The Glass Harbour (2019), a strong field. The council adopted a plan (Vision 2030) and a budget (FY 2021).");
    expect(story.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual([]);
  });

  it("makes no person of the state, an abbreviation or a firm in a case's name", () => {
    const story = extract("In court, the prosecutors cited State v. Quillen. The group behind Voters United v. FEC filed a brief, as did the league in NCAA v. Tarrow.");
    const people = story.entities.filter((e) => e.type === "person").map((e) => e.name).sort();
    expect(people).toEqual(["Quillen", "Tarrow"]);
  });
});

describe("a case named after a word of the dictionary", () => {
  it("does not merge the party of 'Roe v. Wade' into a byline author named Roe", () => {
    const story = extract("Protests Mark Ruling\n\nBy Mara Roe\n\nWASHINGTON — Crowds gathered outside the court on Sunday, the anniversary of Roe v. Wade, the 1973 ruling.");
    expect(story.entities.find((e) => e.name === "Mara Roe")?.mentions.length).toBe(1);
  });
});

describe("extract() on scholarly prose", () => {
  it("types cited surnames no dictionary knows as people", () => {
    const story = extract("Speakers number about 7,000 (Bassolé, 2009) to 11,000 (Okoro, Tamsin, & Velde, 2014). The map adapted from Guirande and Sadio (1996) shows the villages.");
    const people = story.entities.filter((e) => e.type === "person").map((e) => e.name).sort();
    expect(people).toEqual(["Bassolé", "Guirande", "Okoro", "Sadio", "Tamsin", "Velde"]);
  });

  it("types a case's party after 'in' as a person, not a place", () => {
    const story = extract("Counsel relied on what the court said in Tarrow v. Quillen about the order.");
    expect(story.entities.map((e) => [e.name, e.type])).toEqual([["Tarrow", "person"], ["Quillen", "person"]]);
  });
});

describe("a case's party named again after a preposition", () => {
  it("stays the party, a person, where 'in' or 'from' would make a lone word a place", () => {
    const story = extract("Counsel relied on what the court said in Tarrow v. Quillen about the order. The judge who sat in Quillen later retired, and the facts of the appeal from Tarrow were different.");
    expect(story.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([["Tarrow", "person", 2], ["Quillen", "person", 2]]);
  });
});

describe("a case's party in a news story that cites a study", () => {
  it("does not make every later mention of a party a cited author ('the clinic in Jackson' stays the city)", () => {
    const text = "A study by Okorafor et al. (2020) found the clinics busy. The justices ruled in Dobbs v. Jackson last year. The clinic in Jackson closed, and protesters gathered in Jackson.";
    const story = extract(text);
    const clinicAt = text.indexOf("The clinic");
    const typesAfter = story.entities.flatMap((e) => e.mentions.filter((m) => m.text === "Jackson" && m.start > clinicAt).map(() => e.type));
    expect(typesAfter).toEqual(["place", "place"]);
  });

  it("keeps a party the dictionary knows as a name a place after 'in' ('Dobbs v. Jackson', then 'in Jackson')", () => {
    const story = extract("The court ruled in Dobbs v. Jackson last year. Protesters gathered in Jackson on Friday.");
    expect(story.entities.map((e) => [e.name, e.type, e.mentions.length])).toContainEqual(["Jackson", "place", 2]);
  });
});

describe("a party named by its role", () => {
  it("reads a capitalised role without an article as the party's name", () => {
    expect(names("Petitioner contends that the stop was unlawful. But Petitioner did not plead guilty.")).toEqual(["Petitioner", "Petitioner"]);
    expect(names("The order Respondent signed was void.")).toEqual(["Respondent"]);
  });

  it("takes no role before a noun it describes for a party ('Plaintiff lawyers', 'Claimant count')", () => {
    const story = extract("Plaintiff lawyers declined to comment. Claimant count figures rose in March. Petitioner contends the stop was unlawful.");
    expect(story.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([["Petitioner", "person", 1]]);
    // The tagger reads "pled" as a noun; with no verb or noun after it, the role is still the party.
    expect(names("Petitioner pled guilty in May.")).toEqual(["Petitioner"]);
    expect(extract("Petitioner pled guilty in May.").entities.map((e) => e.name)).toEqual(["Petitioner"]);
  });

  it("takes no role after an article or before a name for a name", () => {
    expect(names("The Petitioner appealed, and each Respondent answered. Defendant Marlow denied it.")).toEqual([]);
    expect(names("Later the petitioner moved to Denton.")).toEqual([]);
  });
});

describe("authors after 'by'", () => {
  it("reads names after 'by' and before a year or a numbered reference as authors, in any text", () => {
    expect(names("The first chapter of the handbook by Tessaro and Vinke (2004) begins with a summary.")).toEqual(["Tessaro", "Vinke"]);
    expect(names("The method proposed by Oyelaran [14] is faster.")).toEqual(["Oyelaran"]);
  });

  it("takes no body or place after 'by' for an author", () => {
    expect(names("The survey by Pew Research Center (2019) and the games hosted by Beijing (2008) were cited.")).toEqual([]);
  });
});
