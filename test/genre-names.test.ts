/** Names shaped by the kind of text: places a noun for a place introduces, an office after a preposition, storms. */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const typeOf = (text: string, name: string) => extract(text).entities.find((e) => e.name === name)?.type;

describe("names introduced by a noun for a kind of place", () => {
  it("types the name after 'the village / island / state of' as a place", () => {
    expect(typeOf("The ferry leaves from the island of Tavrosund twice a day.", "Tavrosund")).toBe("place");
    expect(typeOf("Most visitors stay in the village of Nadreme for a week.", "Nadreme")).toBe("place");
    expect(typeOf("The state of Quintara borders the province of Velasc.", "Velasc")).toBe("place");
  });

  it("types the name after 'a town called', 'a quarter known as' as a place", () => {
    expect(typeOf("A small fishing village called Oruvalla lies to the north.", "Oruvalla")).toBe("place");
    expect(typeOf("The old town has a quarter known as Bekhadi, full of workshops.", "Bekhadi")).toBe("place");
  });

  it("reads 'The district named X superintendent' as a place naming a person, not a place called X", () => {
    expect(typeOf("The school district named Orla Penhallow superintendent on Monday.", "Orla Penhallow")).toBe("person");
    expect(typeOf("She grew up in a town called Brennock, near the coast.", "Brennock")).toBe("place");
  });

  it("leaves a person named after 'called' or 'of' without a noun for a place a person", () => {
    expect(typeOf("The club hired a coach called Daniel Ostrander last spring.", "Daniel Ostrander")).toBe("person");
    expect(typeOf("The mayor of Harlow met the widow of Tomas Vendrell.", "Tomas Vendrell")).toBe("person");
  });
});

describe("a name after a preposition that the sentence gives an office", () => {
  it("types 'via Tariq Rahimi, his chief of staff' as a person, and 'via Kestrel Bay' still as a place", () => {
    const story = extract("The offer was passed on via Tariq Rahimi, his chief of staff, on Monday. The ferry runs via Kestrel Bay.");
    expect(story.entities.map((e) => [e.name, e.type])).toEqual([["Tariq Rahimi", "person"], ["Kestrel Bay", "place"]]);
  });

  it("takes an office that belongs to someone else for no office of the name ('the minister's home town')", () => {
    expect(typeOf("The money moved via Ostrava Kolar, the minister's home town, last year.", "Ostrava Kolar")).toBe("place");
    expect(typeOf("The offer came via Ostrava Kolar, the minister's chief of staff, last year.", "Ostrava Kolar")).toBe("person");
  });
});

describe("storms", () => {
  it("makes no person of a storm's name, with its kind or alone after it", () => {
    const story = extract("The size of Cyclone Phalvin surprised forecasters in Odisha. Phalvin's winds weakened inland, said Tom Reyes.");
    expect(story.entities.map((e) => [e.name, e.type])).toEqual([["Odisha", "place"], ["Tom Reyes", "person"]]);
  });

  it("keeps a name that only begins with a storm's kind: an ordinary word or a surname after it", () => {
    const story = extract("The Hurricane Center warned that Typhoon Lagoon would close. Hurricane Electric reported outages. Fans cheered Hurricane Higgins at the final.");
    expect(story.entities.map((e) => e.name)).toEqual(["Hurricane Center", "Typhoon Lagoon", "Hurricane Electric", "Hurricane Higgins"]);
  });

  it("keeps a person's given name alone after a storm of the same name", () => {
    const story = extract("Hurricane Katrina destroyed the house. Katrina Smith, who lost her home, will rebuild. Katrina said the insurers were slow.");
    expect(story.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([["Katrina Smith", "person", 2]]);
  });
});

describe("titles of works", () => {
  it("makes no name of a title after a noun for a work ('the series Harbor Lights', 'the films ... and ...')", () => {
    const story = extract("She rose to fame on the television series Harbor Lights and in the films Velvet Morning and House of Glass. She grew up in Ohio.");
    expect(story.entities.map((e) => [e.name, e.type])).toEqual([["Ohio", "place"]]);
  });

  it("makes no name of a quoted title, a title after 'titled', or a title a comma describes as a film", () => {
    expect(extract("His favourite painting, \"Marta of Lisbon\", hangs in Boston.").entities.map((e) => e.name)).toEqual(["Boston"]);
    expect(extract("He shot a pilot titled Jack Dalton which was never aired.").entities.map((e) => e.name)).toEqual([]);
    expect(extract("In 2005 he appeared in Wolf Creek Road, another horror film, with Dana Ostrowski.").entities.map((e) => e.name)).toEqual(["Dana Ostrowski"]);
  });

  it("keeps a person who is the subject of a clause after the work noun, and names with a capitalised work word", () => {
    expect(extract("The film Dana Ostrowski directed opened in Paris.").entities.map((e) => e.name)).toEqual(["Dana Ostrowski", "Paris"]);
    expect(extract("After the World Series, Dana Ostrowski flew to Paris.").entities.map((e) => e.name)).toEqual(["Dana Ostrowski", "Paris"]);
  });
});

describe("where a title of a work ends", () => {
  it("ends a title before 'in', 'by' or a singular work's 'and' ('the poem Manfred's Lament in Venice')", () => {
    expect(extract("Byron published the poem Orlan's Lament in Venice.").entities.map((e) => e.name)).toEqual(["Byron", "Venice"]);
    expect(extract("The film Jaws and Dana Ostrowski's career began in Boston.").entities.map((e) => e.name)).toEqual(["Dana Ostrowski", "Boston"]);
  });

  it("reads a comma after a plural work noun as a list's end, not a title's start ('in the books, Florida Sen. ...')", () => {
    expect(extract("With four contests in the books, Florida Sen. Dana Ostrowski has done well.").entities.map((e) => e.name)).toEqual(["Florida", "Dana Ostrowski"]);
  });
});

describe("the title line of a biography", () => {
  const mentionsOf = (text: string) => extract(text).entities.flatMap((e) => e.mentions.map((m) => [m.start, m.text, e.type]));

  it("names the subject written with a title before the body's name ('Emperor Kallion')", () => {
    const text = "Emperor Kallion\n\nJoshua Abraham Kallion (c. 1818 – January 8, 1880), known as Emperor Kallion, was a citizen of San Francisco.";
    expect(mentionsOf(text)).toContainEqual([8, "Kallion", "person"]);
  });

  it("names the subject by the first and last words of the body's full name ('Zofa Halvid')", () => {
    const text = "Zofa Halvid\n\nDame Zofa Mahmoud Halvid DBE RA (31 October 1950 – 31 March 2016) was an Iraqi-British architect.";
    expect(mentionsOf(text)).toContainEqual([0, "Zofa Halvid", "person"]);
  });

  it("finds a name of the body again in a headline the parse read without it, once", () => {
    const text = "Teodor of Vantreuse\n\nTeodor of Vantreuse (c. 314 – 368), a monk, was born near Vantreuse. Teodor died in Alexandria.";
    const places = mentionsOf(text).filter(([, name]) => name === "Vantreuse");
    expect(places).toEqual([[10, "Vantreuse", "place"], [79, "Vantreuse", "place"]]);
  });
});

describe("a comma after a work noun", () => {
  it("opens a clause, not a title, after a bare 'the book,' or before a person's name", () => {
    expect(extract("In the book, Bob Woodward, the reporter, writes about Nixon.").entities.map((e) => e.name)).toEqual(["Bob Woodward", "Nixon"]);
  });
});

describe("a person's name after a work noun", () => {
  it("is the subject of a clause about the work when a lower-case word the tagger misreads goes on after it", () => {
    // "describes" is read as a plural noun and "directed," as an adjective: neither makes the name a title.
    expect(extract("In the novel Lena Ostrava describes her childhood.").entities.map((e) => e.name)).toEqual(["Lena Ostrava"]);
    expect(extract("The documentary Jordan Vell produced, about floods, won praise.").entities.map((e) => e.name)).toEqual(["Jordan Vell"]);
  });

  it("stays a title when a preposition follows it", () => {
    expect(extract("She starred in the film Georgia with Mare Winningham.").entities.map((e) => e.name)).toEqual(["Mare Winningham"]);
  });
});
