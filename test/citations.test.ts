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
    expect(names("The map, adapted from Ferrand and Oduya (1998), shows the villages.")).toEqual(["Ferrand", "Oduya"]);
    expect(names("In Ferrand and Oduya (1998) the villages are listed.")).toEqual(["Ferrand", "Oduya"]);
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

describe("case citations", () => {
  it("reads the parties of a case as people unless the dictionary knows them as a place or a body", () => {
    expect(names("As the court held in Tarrow v. Quillen, the order stands.")).toEqual(["Tarrow", "Quillen"]);
    expect(names("We hear argument this morning in Case 21-340, Marsh versus Nebraska.")).toEqual(["Marsh"]);
    expect(names("Lindell Freight Corporation v. Harlan Oduya went to appeal.")).toEqual(["Harlan Oduya"]);
  });

  it("takes no match between teams ('vs.') for a case", () => {
    expect(names("Tonight it is Rovers vs. Athletic at the old ground.")).toEqual([]);
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
