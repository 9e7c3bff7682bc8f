/**
 * A person and a body or place written alike in one story (src/story/entities/surnames.ts, one-type.ts): the
 * person named in full must not take over a company named after him, a city a person shares a word with, or a
 * town whose police the story names. Invented stories, read by a person.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const typeAt = (text: string, name: string, nth = 0) => {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(name, start + 1);
  const entity = extract(text).entities.find((e) => e.mentions.some((m) => m.start === start));
  return entity ? `${entity.name}:${entity.type}` : "none";
};

describe("a person beside a body or place written alike", () => {
  it("leaves a company named after its founder a company when the story names it more often than him", () => {
    const text = "Michael Dell started the company in a dorm room. Dell reported higher profits on Thursday, and Dell shares rose.\n\nAnalysts said Dell had gained ground against HP and Lenovo.";
    expect(typeAt(text, "Michael Dell")).toBe("Michael Dell:person");
    for (const nth of [1, 2, 3]) expect(typeAt(text, "Dell", nth)).toBe("Dell:organization");
  });

  it("leaves a city a city when the story writes it where places stand, beside a person of that name", () => {
    const text = "Jack London wrote stories about the north. London was wet and grey when the exhibition opened on Monday.\n\nThe show in London runs until May. London has hosted three such shows since 2010.";
    for (const nth of [1, 2, 3]) expect(typeAt(text, "London", nth)).toBe("London:place");
  });

  it("leaves 'St. Louis' the city when a man called Louis flies there", () => {
    const text = "Louis, a retired teacher, flew to St. Louis on Monday to see his daughter. Louis said the flight was late.\n\nSt. Louis has long been a river town, and Louis loves it.";
    expect(typeAt(text, "St. Louis")).toBe("St. Louis:place");
    expect(typeAt(text, "St. Louis", 1)).toBe("St. Louis:place");
    expect(typeAt(text, "Louis said")).toBe("Louis:person");
  });

  it("keeps the town apart from its police department, whose short form is the town's word", () => {
    const text = "The senator's aide turned himself in at police headquarters in Marlow, Fla., on Friday.\n\nA detective with the Marlow Police Department wrote the report. \"He walked in on his own,\" said a Marlow police spokesman.\n\nMarlow police said the case would go to a judge next month.";
    expect(typeAt(text, "Marlow")).toBe("Marlow:place");
    expect(typeAt(text, "Marlow Police Department")).toBe("Marlow Police Department:organization");
  });

  it("keeps a country a place where its acting mentions outnumber the rest (one type per name)", () => {
    const title = "Norway Ends Its Inquiry Into Fishing Fleet";
    const text = `${title}\n\n${title}\n\nNorway has ended its inquiry into a fleet accused of overfishing, prosecutors said on Friday. Norway announced the decision in a short statement. An appeal could be made to the office of Norway's attorney general.\n\nThe fleet had been under investigation in Norway since 2015.`;
    expect(typeAt(text, "Norway since")).toBe("Norway:place");
  });
});
