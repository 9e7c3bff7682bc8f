// The kinds of attribution issue 20 lists as seen on unseen news ("What to build", item 4), each as several
// invented stories: the speaker a reader names, read off the text, and, where the kind has a rule of its own, the
// rule that decides (src/story/quotes/rules/index.ts). The rules' own examples are tested one by one in
// attribution-rules.test.ts; these are whole stories with a headline and paragraphs, several variants a kind.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const HEADLINE = "Ferry vote delayed again\n\n";
const LEAD = "BRACKTON — The harbour board put off its vote on the island ferry on Monday, the third delay this year.\n\n";

/** The quote of `text` holding `piece`: its speaker and the rule that decided. */
function attributed(text: string, piece: string): { speaker: string | null; rule: string; paragraph: number } {
  const quote = extract(text).quotes.find((q) => q.text.includes(piece));
  if (!quote) throw new Error(`no quote holding “${piece}” in: ${text}`);
  return { speaker: quote.speaker, rule: quote.attribution.rule, paragraph: quote.paragraph };
}

/** A story of a headline, a lead and the given paragraphs. */
const story = (...paragraphs: string[]): string => HEADLINE + LEAD + paragraphs.join("\n\n");

describe("attribution far from the quote", () => {
  it("reads past a long description between the name and the verb, before or after the quote", () => {
    expect(attributed(story("Ada Vance, a former aide who later ran the state party's field office, said, “The board has run out of excuses.”"), "run out of excuses"))
      .toEqual({ speaker: "Ada Vance", rule: "before-subject-verb", paragraph: 1 });
    expect(attributed(story("“The board has run out of excuses,” Ada Vance, a former aide who later ran the state party's field office, said."), "run out of excuses"))
      .toMatchObject({ speaker: "Ada Vance", rule: "after-subject-verb" });
    expect(attributed(story("“We will not give up,” Ada Vance, who has led the union since 2015 and was once a ferry pilot herself, said on Monday."), "will not give up"))
      .toMatchObject({ speaker: "Ada Vance", rule: "after-subject-verb" });
    expect(attributed(story("Tom Reyes, 54, a pilot from Elmvale who has sailed the strait for thirty years, told the Ledger, “The ferry is safe.”"), "The ferry is safe"))
      .toMatchObject({ speaker: "Tom Reyes", rule: "before-subject-verb" });
  });
});

describe("parenthetical and inverted forms", () => {
  it("gives a quote split by “says X” to X", () => {
    expect(attributed(story("“The problem,” says Ada Vance, “is that nobody wants to pay for the repairs.”"), "nobody wants to pay"))
      .toMatchObject({ speaker: "Ada Vance" });
    expect(attributed(story("“The trouble,” Ada Vance says, “is that nobody reads the reports.”"), "nobody reads"))
      .toMatchObject({ speaker: "Ada Vance" });
  });

  it("gives a phrase after “The problem, says X, is …” to X", () => {
    expect(attributed(story("The problem, says Ada Vance, is that “nobody wants to pay for the repairs.”"), "nobody wants to pay"))
      .toEqual({ speaker: "Ada Vance", rule: "before-parenthetical-inverted", paragraph: 1 });
    expect(attributed(story("The trouble, said Tom Reyes, a pilot, is that the board “never listens to the crews.”"), "never listens"))
      .toMatchObject({ speaker: "Tom Reyes", rule: "before-parenthetical-inverted" });
  });

  it("gives “Said X: …” to X, with or without a description before the colon", () => {
    expect(attributed(story("Said Ada Vance: “We have waited long enough.”"), "waited long enough"))
      .toMatchObject({ speaker: "Ada Vance", rule: "before-colon-inverted" });
    expect(attributed(story("Said Ada Vance, the union's president: “We have waited long enough.”"), "waited long enough"))
      .toMatchObject({ speaker: "Ada Vance", rule: "before-colon-inverted" });
    expect(attributed(story("The board met for an hour. Says pilot Tom Reyes: “We have waited long enough.”"), "waited long enough"))
      .toMatchObject({ speaker: "Tom Reyes", rule: "before-colon-inverted" });
    expect(attributed(story("Added Tom Reyes: “The ferry is safe.”"), "The ferry is safe"))
      .toMatchObject({ speaker: "Tom Reyes", rule: "before-colon-inverted" });
  });

  it("does not take a clause after the comma for a description of the inverted speaker", () => {
    expect(attributed(story("Said Tom Reyes, then he left: “We have waited long enough.”"), "waited long enough").speaker).toBeNull();
  });
});

describe("a signature after a dash", () => {
  const body = "Board members said the repairs would cost more than the port could pay this year.";
  const after = "Islanders have organised a petition asking the state to step in.";

  it("signs the quote on the same line, on the next line or in the next paragraph", () => {
    expect(attributed(story(body, "“The ferry has not sailed since May, and nobody will tell us why.” ― Ada Vance", after), "has not sailed"))
      .toMatchObject({ speaker: "Ada Vance", rule: "after-dash-signature" });
    expect(attributed(story(body, "“The ferry has not sailed since May, and nobody will tell us why.”\n— Ada Vance, union president", after), "has not sailed"))
      .toMatchObject({ speaker: "Ada Vance", rule: "after-dash-signature" });
    expect(attributed(story(body, "“The ferry has not sailed since May, and nobody will tell us why.”", "— Tom Reyes, harbour pilot", after), "has not sailed"))
      .toMatchObject({ speaker: "Tom Reyes", rule: "after-dash-signature" });
  });
});

describe("transcript layouts", () => {
  const intro = "Harbour master Ada Vance and pilot Tom Reyes spoke to the Ledger on Monday.";

  it("gives a line opened by a surname and a colon to the person of that surname", () => {
    expect(attributed(story(intro, "Vance: “We will not pay for the repairs.”", "Reyes: “Then who will?”"), "will not pay")).toMatchObject({ speaker: "Ada Vance" });
    expect(attributed(story(intro, "Vance: “We will not pay for the repairs.”", "Reyes: “Then who will?”"), "Then who will")).toMatchObject({ speaker: "Tom Reyes" });
    expect(attributed(story(intro, "Reyes: 'The ferry is a money pit.'", "Vance: 'It is a lifeline.'"), "money pit")).toMatchObject({ speaker: "Tom Reyes" });
    expect(attributed(story(intro, "Reyes: 'The ferry is a money pit.'", "Vance: 'It is a lifeline.'"), "a lifeline")).toMatchObject({ speaker: "Ada Vance" });
  });

  it("gives the quotes of a line labelled in capitals to the labelled person", () => {
    const text = story(intro, "VANCE: The ferry is “a lifeline” for the island.", "REYES: It is “a money pit,” and everyone knows it.");
    expect(attributed(text, "a lifeline")).toMatchObject({ speaker: "Ada Vance", rule: "transcript-label" });
    expect(attributed(text, "a money pit")).toMatchObject({ speaker: "Tom Reyes", rule: "transcript-label" });
  });

  it("does not take a month or a label that names no one for a speaker", () => {
    expect(attributed(story(intro, "May: “We will not give up.”"), "will not give up").speaker).toBeNull();
  });
});

describe("a quote block introduced by a colon", () => {
  it("gives the block to the subject of the paragraph the colon ends", () => {
    expect(attributed(story("Ada Vance, the union's president, read a statement to the crowd:", "“We have waited long enough. The crews have waited long enough.”"), "The crews"))
      .toMatchObject({ speaker: "Ada Vance", rule: "previous-paragraph-colon" });
    expect(attributed(story("In a letter to the board, Ada Vance wrote:", "“The ferry is the island's only link to the mainland.”"), "only link"))
      .toMatchObject({ speaker: "Ada Vance", rule: "previous-paragraph-colon" });
    expect(attributed(story("Tom Reyes did not hold back when asked about the delay:", "“This board has never cared about the island.”"), "never cared"))
      .toMatchObject({ speaker: "Tom Reyes" });
  });

  it("gives a quote after a clause ending in a colon to that clause's subject", () => {
    expect(attributed(story("Ada Vance had a message for the board: “Pay for the repairs.”"), "Pay for the repairs"))
      .toMatchObject({ speaker: "Ada Vance", rule: "before-colon-clause" });
  });
});

describe("the object of a clause is not the speaker", () => {
  it("gives the phrase to the one who attacks, not the one attacked", () => {
    expect(attributed(story("Ada Vance fired back, attacking Tom Reyes for “wasting every penny the port had.”"), "wasting every penny").speaker).toBe("Ada Vance");
    expect(attributed(story("Ada Vance and Tom Reyes have clashed for months.", "Vance fired back on Monday, attacking Reyes for “wasting every penny the port had.”"), "wasting every penny").speaker)
      .toBe("Ada Vance");
    expect(attributed(story("Tom Reyes hit back on Tuesday, accusing Ada Vance of “running the port into the ground.”"), "running the port").speaker).toBe("Tom Reyes");
    expect(attributed(story("Ada Vance lashed out on Tuesday, blasting Tom Reyes for “a betrayal of the island.”"), "a betrayal").speaker).toBe("Ada Vance");
    expect(attributed(story("Tom Reyes fired back at Ada Vance, calling her plan “a fantasy.”"), "a fantasy").speaker).toBe("Tom Reyes");
    expect(attributed(story("Ada Vance has clashed with Tom Reyes for months. On Tuesday she fired back, attacking Reyes for “wasting every penny.”"), "wasting every penny").speaker)
      .toBe("Ada Vance");
  });
});

describe("a place or a month is not the speaker", () => {
  it("names no one when the attribution names only a body, a place's office or a description", () => {
    expect(attributed(story("“We have waited long enough,” Brackton's mayor said."), "waited long enough").speaker).toBeNull();
    expect(attributed(story("“We will not give up,” the union said on Monday."), "will not give up").speaker).toBeNull();
    expect(attributed(story("In June, “the ferry will run again,” the board said in a statement."), "will run again").speaker).toBeNull();
    expect(attributed(story("Last May, “the ferry will sail again,” said the board's chairman."), "sail again").speaker).toBeNull();
  });

  it("names the person, not the place opening the sentence", () => {
    expect(attributed(story("In Elmvale, “nobody trusts the board,” Tom Reyes said."), "nobody trusts").speaker).toBe("Tom Reyes");
  });
});

describe("verbs of saying", () => {
  it.each([
    ["“The ferry has not sailed since May,” Ada Vance points out.", "has not sailed", "Ada Vance"],
    ["Ada Vance points out that the ferry “has not sailed since May.”", "has not sailed", "Ada Vance"],
    ["As Ada Vance points out, “the ferry has not sailed since May.”", "has not sailed", "Ada Vance"],
    ["“Nobody asked the crews,” Tom Reyes vented.", "Nobody asked", "Tom Reyes"],
    ["Tom Reyes vented: “Nobody asked the crews.”", "Nobody asked", "Tom Reyes"],
    ["“The board has failed the island,” vented Tom Reyes, a pilot.", "failed the island", "Tom Reyes"],
    ["“The board has failed the island,” Ada Vance blogged on Tuesday.", "failed the island", "Ada Vance"],
    ["Ada Vance blogged that the board was “asleep at the wheel.”", "asleep at the wheel", "Ada Vance"],
    ["“We will not give up,” Ada Vance tells the Ledger.", "will not give up", "Ada Vance"],
    ["Ada Vance tells reporters, “We will not give up.”", "will not give up", "Ada Vance"],
    ["“We will not give up,” Ada Vance tells me.", "will not give up", "Ada Vance"],
  ])("%s", (sentence, piece, speaker) => {
    expect(attributed(story("The board met for an hour.", sentence), piece).speaker).toBe(speaker);
  });
});

describe("a second quote in the same paragraph", () => {
  it("keeps its speaker, carried or named by its own attribution", () => {
    const carried = story("“We will not give up,” Ada Vance said. “The island needs the ferry.”");
    expect(attributed(carried, "The island needs")).toMatchObject({ speaker: "Ada Vance", rule: "continues-previous" });
    const added = story("“We will not give up,” said Ada Vance. “Not now, not ever,” she added, “not while the island needs the ferry.”");
    expect(attributed(added, "Not now")).toMatchObject({ speaker: "Ada Vance", rule: "after-subject-verb" });
    const phrase = story("Tom Reyes said the board was “asleep at the wheel.” He added: “Nobody asked the crews.”");
    expect(attributed(phrase, "Nobody asked")).toMatchObject({ speaker: "Tom Reyes", rule: "before-subject-verb" });
    const joined = story("Ada Vance called the plan “a betrayal” and said the board was “asleep at the wheel.”");
    expect(attributed(joined, "asleep at the wheel").speaker).toBe("Ada Vance");
  });

  it("gives a second quote with a speaker of its own to that speaker", () => {
    const text = story("“It is a disgrace,” said Ada Vance, while Tom Reyes called it “a fair deal.”");
    expect(attributed(text, "a disgrace").speaker).toBe("Ada Vance");
    expect(attributed(text, "a fair deal").speaker).toBe("Tom Reyes");
  });
});

describe("reversed or mismatched quote marks", () => {
  it.each([
    ["”We will not give up,” Ada Vance said.", "will not give up", "Ada Vance"],
    ["“We will not give up,“ Ada Vance said.", "will not give up", "Ada Vance"],
    ["Ada Vance said: ”We will not give up.”", "will not give up", "Ada Vance"],
    ["“We will not give up“ said Ada Vance, the union's president.", "will not give up", "Ada Vance"],
    ["„We will not give up“, said Ada Vance.", "will not give up", "Ada Vance"],
    ["Tom Reyes said the plan was “a betrayal“ of the island.", "a betrayal", "Tom Reyes"],
  ])("%s", (sentence, piece, speaker) => {
    expect(attributed(story("The board met for an hour.", sentence), piece).speaker).toBe(speaker);
  });

  it("reads both quotes of a paragraph written with reversed marks", () => {
    const text = story("”The ferry must sail,” Tom Reyes said. ”It is our only link,” he added.");
    expect(attributed(text, "must sail").speaker).toBe("Tom Reyes");
    expect(attributed(text, "our only link").speaker).toBe("Tom Reyes");
  });
});

describe("a pronoun goes to the person in focus", () => {
  it("gives “she said” to the woman the paragraph is about, not a man named after her", () => {
    expect(attributed(story("Ada Vance, the union's president, spoke for an hour on Monday. She said the board had met Tom Reyes in May. “We were never told what was agreed,” she said."), "never told").speaker)
      .toBe("Ada Vance");
    expect(attributed(story("Ada Vance said on Monday that she had written to Tom Reyes twice. “Nobody answered,” she said."), "Nobody answered").speaker).toBe("Ada Vance");
    expect(attributed(story("Tom Reyes runs the harbour board. Ada Vance has fought him for a year.", "Vance met Reyes on Monday. “He has not read the report,” she said."), "has not read").speaker)
      .toBe("Ada Vance");
  });
});

describe("a sentence opened by an adverb puts its subject in focus", () => {
  it.each(["Then", "Instead", "Also", "Later"])("“%s Carl Dunn walked out”: his “he said” is Dunn's, not the last speaker's", (adverb) => {
    const text = story(`“We will try again in June,” Tom Reyes said. ${adverb} Carl Dunn walked out of the hall with the pilots. “It is over,” he said.`);
    expect(attributed(text, "It is over").speaker).toBe("Carl Dunn");
  });
});

describe("a headline quote", () => {
  it("carries a trace and a confidence like any other quote", () => {
    const text = "‘We were never told,’ says Ada Vance\n\n" + LEAD + "Ada Vance, the union's president, spoke after the vote.";
    const quote = extract(text).quotes.find((q) => q.text.includes("never told"));
    expect(quote).toMatchObject({ paragraph: -1, speaker: "Ada Vance", attribution: { rule: "after-inverted", evidence: "says Ada Vance" } });
    expect(quote!.confidence).toBeGreaterThan(0);
    expect(quote!.confidence).toBeLessThanOrEqual(1);
  });
});
