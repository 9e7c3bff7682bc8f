/**
 * Finding quotes and the verbs that report them, on kinds seen on unseen news: marks typed the wrong way
 * round, quotes nested in the other style, quote blocks and transcript layouts, verbs of saying. Sentences
 * invented for these tests; expected values read off them by a person.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import type { Quote } from "../src/types.js";
import { parseRegions } from "../src/nlp/parse.js";
import { phrasalSpeechVerb } from "../src/story/speech-verbs.js";

function quotes(text: string): Quote[] {
  return extract(text, { indirect: false }).quotes;
}

function said(text: string): Array<[string, string | null]> {
  return quotes(text).map((q) => [q.text, q.speaker]);
}

describe("quote marks typed the wrong way round", () => {
  it("opens a quote at a ” that starts a word", () => {
    expect(said("Harbour master Ada Quill spoke on Monday. ”We will dredge the channel,” she said."))
      .toEqual([["We will dredge the channel,", "Ada Quill"]]);
  });

  it("closes a quote at a “ after a word's comma", () => {
    expect(said("“The ferry is safe,“ said Tom Reyes, the port's engineer."))
      .toEqual([["The ferry is safe,", "Tom Reyes"]]);
  });

  it("keeps a short last paragraph whose quote closes with a “ (not read as a link to a related story)", () => {
    expect(said("Ferry plan stalls\n\nThe harbour board met on Monday.\n\n“The vote is off,” said Ada Quill. “We meet in June.“"))
      .toEqual([["The vote is off,", "Ada Quill"], ["We meet in June.", "Ada Quill"]]);
  });

  it("keeps reading a “ after a comma as an opener when a word follows it", () => {
    expect(quotes("Ada Quill said,“The tide is late.”").map((q) => q.text)).toEqual(["The tide is late."]);
  });
});

describe("a quote nested in the other style of double mark", () => {
  it("keeps a straight-quoted word inside a curly quote", () => {
    expect(said("“We told the board \"no\" twice,” said Ada Quill."))
      .toEqual([["We told the board \"no\" twice,", "Ada Quill"]]);
  });

  it("keeps a curly quote inside a straight-quoted passage", () => {
    const found = quotes("The letter read: \"The port did nothing. “We were never asked,” one pilot said, and the board knew.\"");
    expect(found.map((q) => q.text)).toEqual([
      "The port did nothing. “We were never asked,” one pilot said, and the board knew.",
    ]);
  });

  it("keeps a quote inside a quote drawn with the same marks when every mark pairs up", () => {
    expect(said("“The board's claim that the pier “will last a century” is nonsense,” said Ada Quill."))
      .toEqual([["The board's claim that the pier “will last a century” is nonsense,", "Ada Quill"]]);
  });

  it("reads the marks as before when nesting would leave a quote open", () => {
    // The first quote never closes; the second, opened straight and closed curly, is still found.
    expect(quotes("“We lost the vote, said a docker. \"We will try again,” said Ada Quill.").map((q) => q.text))
      .toEqual(["We will try again,"]);
  });
});

describe("phrasal verbs of saying", () => {
  const story = (line: string) => `Ferry plan stalls\n\nThe harbour board met on Monday.\n\n${line}`;

  it("reads a phrasal verb after the quote", () => {
    const [q] = quotes(story("“The ferry has not sailed since May,” harbour master Ada Quill points out."));
    expect([q?.speaker, q?.verb]).toEqual(["Ada Quill", "points"]);
  });

  it("reads a phrasal verb before a colon", () => {
    const [q] = quotes(story("Harbour master Ada Quill fired back: “The ferry has not sailed since May.”"));
    expect([q?.speaker, q?.verb]).toEqual(["Ada Quill", "fired"]);
  });

  it("reports the clause after a phrasal verb and its particle", () => {
    const reported = extract(story("Harbour master Ada Quill pointed out that the ferry had not sailed since May."), { indirect: true })
      .quotes.filter((q) => q.kind === "indirect");
    expect(reported.map((q) => [q.text, q.speaker])).toEqual([["the ferry had not sailed since May", "Ada Quill"]]);
  });

  it("needs the particle right after the head", () => {
    const text = "Ada Quill fired back. Tom Reyes fired, back then, two pilots.";
    const { tokens } = parseRegions(text, [{ start: 0, end: text.length, paragraph: 0 }]);
    const heads = tokens.filter((t) => t.normal === "fired");
    expect(heads.map((t) => phrasalSpeechVerb(t, tokens[t.index + 1]))).toEqual(["fire back", null]);
  });
});

describe("verbs of how something was said", () => {
  it.each(["vented", "blogged", "scoffed", "grumbled"])("reads '%s:' before a quote", (verb) => {
    const [q] = quotes(`Ferry plan stalls\n\nThe harbour board met on Monday.\n\nHarbour master Ada Quill ${verb}: “The ferry has not sailed since May.”`);
    expect([q?.speaker, q?.verb]).toEqual(["Ada Quill", verb]);
  });
});

describe("a verb of saying before a colon and a contraction", () => {
  // compromise reads "said" and "warned" here as interjections; they still report the quote.
  it.each([
    ["Harbour master Ada Quill said: \"It's late.\"", "said"],
    ["Harbour master Ada Quill warned: “It’s not going to happen this year.”", "warned"],
  ])("%s", (line, verb) => {
    const [q] = quotes(`Ferry plan stalls\n\nThe harbour board met on Monday.\n\n${line}`);
    expect([q?.speaker, q?.verb]).toEqual(["Ada Quill", verb]);
  });
});

/** A story long enough to be read as news, with `middle` as its fourth paragraph. */
function story(middle: string): string {
  return [
    "Ferry plan stalls as harbour board delays vote",
    "BRACKTON (Ledger) — The harbour board met on Monday to discuss the future of the island ferry, which has not run since May.",
    "Board members said the repairs would cost more than the port could pay this year, and a vote was put off until June.",
    middle,
    "Islanders have organised a petition asking the state to step in, and more than 2,000 people have signed it so far.",
  ].join("\n\n");
}

describe("a name after a dash signs the quote", () => {
  it.each([
    ["on the quote's line", "“The ferry has not sailed since May, and nobody will tell us why.” — Ada Quill"],
    ["on the next line", "“The ferry has not sailed since May, and nobody will tell us why.”\n― Ada Quill, harbour master"],
    ["in the next paragraph", "“The ferry has not sailed since May, and nobody will tell us why.”\n\n— Ada Quill, harbour master"],
  ])("%s", (_where, middle) => {
    const [q] = quotes(story(middle));
    expect([q?.text, q?.speaker]).toEqual(["The ferry has not sailed since May, and nobody will tell us why.", "Ada Quill"]);
  });

  it("leaves a list item after a quote alone", () => {
    const [q] = quotes(story("“The ferry has not sailed since May, and nobody will tell us why.”\n\n— Repair the slipway before the winter storms."));
    expect(q?.speaker).toBeNull();
  });
});

describe("a transcript's labels", () => {
  it("gives a quote in a labelled line to the person the label names", () => {
    const text = story("Harbour master Ada Quill spoke to the Ledger on Monday.\n\nQUILL: We will not pay ‘a cent more’ until the ferry is safe.");
    const q = quotes(text).find((x) => x.text.includes("a cent more"));
    expect(q?.speaker).toBe("Ada Quill");
  });

  it("gives a quote opening with a label to the person the label names", () => {
    const text = story("Harbour master Ada Quill spoke to the Ledger on Monday.\n\n“Quill: Nobody on the island thinks the ferry is safe.”");
    const q = quotes(text).find((x) => x.text.includes("ferry is safe"));
    expect(q?.speaker).toBe("Ada Quill");
  });

  it("reads no label that names no one in the story", () => {
    const text = story("Harbour master Ada Quill spoke to the Ledger on Monday.\n\nUPDATE: The board will not pay ‘a cent more’ until the ferry is safe.");
    const q = quotes(text).find((x) => x.text.includes("a cent more"));
    expect(q).toBeDefined();
    expect(q?.speakerText ?? null).not.toBe("UPDATE");
  });
});

describe("a verb of saying set between commas inside the sentence", () => {
  it.each([
    ["The problem, says port director Ada Quill, is “nobody wants to pay for the slipway.”", "says"],
    ["The fix, argued Ada Quill, the port director, was “a new slipway and a new ferry.”", "argued"],
  ])("%s", (middle, verb) => {
    const [q] = quotes(story(middle));
    expect([q?.speaker, q?.verb]).toEqual(["Ada Quill", verb]);
  });

  it("takes no participle as the parenthesis", () => {
    // ", saying the vote was final," is the board's own clause: no person is named as the speaker.
    const [q] = quotes(story("The board, saying the vote was final, called the delay “a disgrace.”"));
    expect(q?.speaker ?? null).not.toBe("Ada Quill");
    expect(q?.verb).not.toBe("saying");
  });
});

describe("quotes in a headline written in title case", () => {
  const text = [
    "Port Director Calls Ferry Delay ‘A Disgrace’",
    "BRACKTON (Ledger) — Port director Ada Quill on Monday called the delay to the island ferry a disgrace, and she watched “Island Ferry Stories” on television that night.",
    "The harbour board put off its vote until June, when the summer audit of the port's accounts will be done.",
  ].join("\n\n");

  it("keeps a capitalised quote in the headline", () => {
    expect(quotes(text).map((q) => q.text)).toContain("A Disgrace");
  });

  it("still drops a title quoted in the body", () => {
    expect(quotes(text).map((q) => q.text)).not.toContain("Island Ferry Stories");
  });
});

describe("a quote capitalised like a title but spoken", () => {
  it.each([
    ["introduced by a verb of saying and a comma", "Asked whether the ferry would run in June, port director Ada Quill said, “Probably.”", "Probably."],
    ["introduced by a verb of saying alone", "At the quay the crowd chanted “Ferry Now” until the board left.", "Ferry Now"],
    ["handed to its speaker and verb", "“Enough,” port director Ada Quill snapped, and the meeting ended.", "Enough,"],
  ])("%s", (_how, middle, said) => {
    expect(quotes(story(middle)).map((q) => q.text)).toContain(said);
  });

  it("keeps a name given by a verb of naming", () => {
    expect(quotes(story("Port director Ada Quill has long called the old ferry “The Rust Bucket” in her letters.")).map((q) => q.text))
      .toContain("The Rust Bucket");
  });

  it.each([
    ["a show the speaker appeared on", "Speaking on Channel 9's “Island Morning,” port director Ada Quill said the ferry would run."],
    ["a show the speaker told something", "Port director Ada Quill told “Island Morning,” a radio show, that the ferry would run."],
  ])("still drops %s", (_what, middle) => {
    expect(quotes(story(middle)).map((q) => q.text)).not.toContain("Island Morning,");
  });

  it.each([
    ["a slogan", "Dockers painted the slogan “Ferry Now For All” on the pier wall.", "Ferry Now For All"],
    ["chants of", "The crowd answered with chants of “Open The Pier” as the board left.", "Open The Pier"],
    ["a nickname after a comma", "Her old crew still call her by a nickname, “Tilly.”", "Tilly."],
  ])("keeps the words a noun of words names: %s", (_what, middle, said) => {
    expect(quotes(story(middle)).map((q) => q.text)).toContain(said);
  });

  it("still drops a title named in the writer's words", () => {
    expect(quotes(story("Port director Ada Quill watched “Island Ferry Stories” on Sunday night.")).map((q) => q.text))
      .not.toContain("Island Ferry Stories");
  });
});

describe("a second quote after 'he said, adding,'", () => {
  it("is a quote of its own, with the same speaker", () => {
    const found = quotes(story("“The vote is final,” port director Ada Quill said, adding, “We will not wait for the audit.”"));
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ["The vote is final,", "Ada Quill"],
      ["We will not wait for the audit.", "Ada Quill"],
    ]);
  });

  it("goes on with the first when it does not open a sentence", () => {
    const found = quotes(story("“The vote is final,” port director Ada Quill wrote, explaining her view, “and we will not wait for the audit.”"));
    expect(found.map((q) => q.text)).toEqual(["The vote is final, and we will not wait for the audit."]);
  });
});

describe("scare quotes", () => {
  const texts = (line: string) => quotes(`Pier plan stalls\n\nThe harbour board met on Monday.\n\n${line}`).map((q) => q.text);

  it("drops a quoted word or two in a sentence that reports no one's words", () => {
    expect(texts("The harbour board is funding a “super ferry” that will sail from May.")).toEqual([]);
    expect(texts("Both pilots ended the race in a “dead heat” on Sunday.")).toEqual([]);
  });

  it("keeps a short phrase when a verb of saying or judging stands in its sentence", () => {
    expect(texts("Ada Quill, the harbour master, said the plan was “reckless.”")).toEqual(["reckless."]);
    expect(texts("Critics dubbed the new pier a “white elephant” within a week.")).toEqual(["white elephant"]);
    expect(texts("The pier is a “white elephant,” according to the dockers' union.")).toEqual(["white elephant,"]);
  });

  it("drops a term after 'so-called': its 'called' is no verb of saying or naming", () => {
    expect(texts("Pilots were sailing the so-called “ghost ferry” past the pier.")).toEqual([]);
    expect(texts("Pilots were sailing the so called “ghost ferry” past the pier.")).toEqual([]);
    expect(texts("Pilots were sailing the so-called “Ghost Ferry” past the pier.")).toEqual([]);
  });

  it("still keeps a term after 'what she called': her words", () => {
    expect(texts("Pilots were sailing what Ada Quill called a “ghost ferry” past the pier.")).toEqual(["ghost ferry"]);
  });

  it("reads no verb of saying in a name ('the United States', 'Ada Said'), but reads a noun of saying in -ment", () => {
    expect(texts("The United States was sending the “ghost ferry” past the pier.")).toEqual([]);
    expect(texts("Ada Said was sailing the “ghost ferry” past the pier.")).toEqual([]);
    expect(texts("The United States backed the board's announcement of a “historic” pier.")).toEqual(["historic"]);
  });

  it("keeps a word or two a noun of words names: someone's words, not a term", () => {
    expect(texts("The phrase “open port” was heard only once at the meeting.")).toEqual(["open port"]);
    expect(texts("Dockers have used the term “ghost ferry” for a year.")).toEqual(["ghost ferry"]);
    // Not any noun before the mark: "the ferry" names no words.
    expect(texts("Pilots were sailing the ferry “Gull” past the pier.")).toEqual([]);
  });

  it("keeps a longer quoted phrase whatever its sentence", () => {
    expect(texts("The board is funding a ferry that is “fit for a king and his court” from May."))
      .toEqual(["fit for a king and his court"]);
  });
});

describe("two quotes around an attribution that goes on into a clause of its own", () => {
  const story = (line: string) => `Pier plan stalls\n\nThe harbour board met on Monday.\n\n${line}`;
  const texts = (line: string) => quotes(story(line)).map((q) => q.text);

  it("keeps “A,” he said, “B.” as one quote", () => {
    expect(texts("“We will sail,” Ada Quill said, “and nobody will stop us.”"))
      .toEqual(["We will sail, and nobody will stop us."]);
  });

  it("splits where a conjunction opens a clause before a quote that opens a sentence", () => {
    expect(texts("“The pier is safe,” Ada Quill said, but despite the row, “I would not walk on it.”"))
      .toEqual(["The pier is safe,", "I would not walk on it."]);
    expect(texts("“Go home,” Tom Reyes said as a docker yelled: “Never!”"))
      .toEqual(["Go home,", "Never!"]);
  });

  it("splits where a second verb of saying introduces the second quote", () => {
    expect(texts("“We lost the vote,” Ada Quill said on Monday, and predicted: “We will win the next one.”"))
      .toEqual(["We lost the vote,", "We will win the next one."]);
  });
});

describe("quotes in the headline", () => {
  const story = (headline: string): string =>
    `${headline}\n\nThe head of the ferry company spoke on Tuesday after the board voted to close the old pier.\n\nThe vote was close.`;

  it("finds a quote in a headline block, numbered paragraph -1, with exact offsets", () => {
    const text = "Quill: Harbour Board Would Sell The Pier, ‘I Fear The Worst’ for Ferries.\n\n"
      + "Harbour master Ada Quill warned on Tuesday that the board would sell the old pier to developers.\n\n"
      + "Quill said, “If we give up the pier, the ferries go next.”\n\nThe board did not answer.";
    const story = extract(text);
    expect(story.meta.headline).toBe("Quill: Harbour Board Would Sell The Pier, ‘I Fear The Worst’ for Ferries.");
    const [first, second] = story.quotes;
    expect(first).toMatchObject({ text: "I Fear The Worst", paragraph: -1, start: 43, end: 59 });
    expect(text.slice(first!.start, first!.end)).toBe("I Fear The Worst");
    // The body's quotes keep their body paragraph numbers.
    expect(second).toMatchObject({ text: "If we give up the pier, the ferries go next.", paragraph: 1 });
  });

  it("keeps a single quoted word of a headline block: a quotation, not a scare quote", () => {
    expect(quotes(story("Ferry Chief Is ‘Horrified’ By The Harbour Board")).map((q) => [q.text, q.paragraph]))
      .toEqual([["Horrified", -1]]);
  });

  it("keeps a single quoted word of a title-case first paragraph read as the body's first", () => {
    expect(quotes(story("Ferry Chief: I Am ‘Horrified’ By The Harbour Board.")).map((q) => [q.text, q.paragraph]))
      .toEqual([["Horrified", 0]]);
  });

  it("still drops a lone quoted term in a body sentence that reports no one's words", () => {
    expect(quotes(story("Ferry Chief Is Horrified By The Harbour Board") + "\n\nThe pier hosts a “pop-up” market on Sundays.")).toEqual([]);
  });
});

describe("quote boundaries", () => {
  it("leaves both apostrophes of a NYT ''…'' quote outside the span and keeps the comma inside", () => {
    const text = "''We will not sell the pier,'' Ada Quill said on Monday.";
    const [quote] = quotes(text);
    expect(quote).toMatchObject({ text: "We will not sell the pier,", speaker: "Ada Quill", start: 2, end: 28 });
  });

  it("pairs a straight opening mark with a curly close", () => {
    expect(said("\"The ferry is late again,” said Tom Reyes, the port's engineer."))
      .toEqual([["The ferry is late again,", "Tom Reyes"]]);
  });

  it("reads a quote re-opened at the next paragraph without a close as one quote in two fragments", () => {
    const text = "“The pier is older than the town.\n\n“It will stand another century,” said Ada Quill.";
    const [quote] = quotes(text);
    expect(quote?.fragments?.map((f) => f.text)).toEqual(["The pier is older than the town.", "It will stand another century,"]);
    expect(quote?.speaker).toBe("Ada Quill");
  });
});

describe("headline quotes: who said them, and what they hand on", () => {
  const page = (headline: string, body: string): string => `${headline}\n\nBy Nell Marsh\nMarch 3, 2025\n\n${body}`;
  const body = "Senator Ruth Okafor on Tuesday criticised Mayor Tom Reyes over the harbour toll.\n\n"
    + "Okafor said the remarks Reyes made were troubling, and Reyes declined to comment.";
  const headlineQuote = (headline: string): Quote | undefined => extract(page(headline, body)).quotes.find((q) => q.paragraph === -1);

  it("keeps the speaker a headline names plainly", () => {
    expect(headlineQuote("Okafor: Reyes Harbour Plan ‘Reckless’")?.speaker).toBe("Ruth Okafor");
    expect(headlineQuote("Reyes Says Okafor Is ‘Wrong’ About Toll")?.speaker).toBe("Tom Reyes");
  });

  it("names no one when the title-case words before the verb are not plainly a name", () => {
    // Every word of a title-case headline is capitalised: "Reyes's Harbour" is no person, the aide is not Reyes,
    // and Okafor's allies are not Okafor.
    expect(headlineQuote("Okafor Calls Reyes's Harbour Remarks ‘Troubling.’")?.speaker).toBeNull();
    expect(headlineQuote("Reyes Aide Says Harbour Is ‘Safe’")?.speaker).toBeNull();
    expect(headlineQuote("Okafor Allies Tell Reyes ‘Stop Now’")?.speaker).toBeNull();
  });

  it("does not give a headline speaker to a person merged with a show named after them", () => {
    const text = page("Dale Pike: Harbour Toll Is ‘A Shambles’",
      "On Tuesday’s “Morning Dale,” the radio host tore into the toll.\n\nMorning Dale co-host Rita Vance agreed with him.");
    const quote = extract(text).quotes.find((q) => q.paragraph === -1);
    expect(quote?.text).toBe("A Shambles");
    expect(quote?.speaker === null || quote?.speaker === "Dale Pike").toBe(true);
  });

  it("does not carry a headline quote's speaker onto a quote-only first paragraph", () => {
    const text = page("Okafor: Harbour Toll ‘Reckless’",
      "“Nobody in this town asked for a toll on the harbour road.”\n\n"
      + "That was how shopkeeper Lena Voss put it on Tuesday, a day after Senator Ruth Okafor attacked the toll.");
    const first = extract(text).quotes.find((q) => q.paragraph === 0);
    expect(first?.text).toBe("Nobody in this town asked for a toll on the harbour road.");
    expect(first?.speaker).toBeNull();
    expect(first?.attribution.rule).not.toBe("continues-previous");
  });

  it("reads a headline given twice (page title and story title) as one quote", () => {
    const text = "‘The Pier Is Gone’: Storm Hits Doverton - Doverton Post\n\nHome\nNews\nSport\n\n"
      + "‘The Pier Is Gone’: Storm Hits Doverton\n\nBy Nell Marsh\nMarch 3, 2025\n\n"
      + "A storm tore through Doverton overnight and took the old pier with it.\n\n"
      + "Harbour master Ada Quill said the town would rebuild it within two years.";
    const inHeadline = extract(text).quotes.filter((q) => q.paragraph === -1);
    expect(inHeadline.map((q) => q.text)).toEqual(["The Pier Is Gone"]);
  });
});
