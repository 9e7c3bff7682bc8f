import { describe, expect, it } from "vitest";
import { guessLanguage } from "../src/story/segment/language.js";
import { extract } from "../src/index.js";
import { runCli } from "./helpers.js";

// Short invented news paragraphs, one per language.
const samples: Array<[string, string]> = [
  ["en", "The council said on Tuesday that the new bridge would open in the spring, and that the old one will be closed for repairs for most of the year."],
  ["de", "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke im Frühjahr eröffnet wird. Die alte Brücke soll für die meisten Monate des Jahres gesperrt werden, sagte eine Sprecherin."],
  ["fr", "Le conseil a annoncé mardi que le nouveau pont serait ouvert au printemps, et que l'ancien sera fermé pour des travaux pendant la plus grande partie de l'année."],
  ["es", "El ayuntamiento dijo el martes que el nuevo puente se abrirá en la primavera, y que el viejo estará cerrado por obras durante la mayor parte del año, según los vecinos."],
  ["pt", "A câmara disse na terça-feira que a nova ponte será aberta na primavera, e que a antiga ficará fechada para obras durante a maior parte do ano, segundo os moradores da cidade."],
  ["it", "Il consiglio ha detto martedì che il nuovo ponte sarà aperto in primavera, e che il vecchio resterà chiuso per lavori per gran parte dell'anno, secondo gli abitanti della città."],
  ["nl", "De gemeenteraad heeft dinsdag gezegd dat de nieuwe brug in het voorjaar open gaat, en dat de oude brug het grootste deel van het jaar voor werkzaamheden dicht is."],
  ["ru", "Городской совет сообщил во вторник, что новый мост откроется весной, а старый будет закрыт на ремонт большую часть года."],
  ["ja", "市議会は火曜日、新しい橋が春に開通し、古い橋は一年の大半の間、修理のために閉鎖されると発表した。"],
];

describe("guessLanguage", () => {
  for (const [lang, text] of samples) {
    it(lang, () => expect(guessLanguage(text)).toBe(lang));
  }
  it("says null when it cannot tell", () => {
    expect(guessLanguage("")).toBeNull();
    expect(guessLanguage("Home News Sport")).toBeNull(); // too little text
    expect(guessLanguage("12345 67890 12345 67890 12345 67890")).toBeNull();
  });
});

describe("the language of a page without prose", () => {
  it("reads the few stopwords of a table of names and figures", () => {
    const table = "Results of the county chess league\n\nRound four, played at the town hall on Sunday.\n\n" +
      "Board 1: Ann Roe 1, Bob Lee 0\nBoard 2: Cid Moe 0.5, Dan Fox 0.5\nBoard 3: Eve Kim 1, Fay Orr 0\n" +
      "Board 4: Gus Tan 0, Hal Ng 1\nBoard 5: Ida Lo 1, Jon Pak 0\nBoard 6: Kit Ray 0, Lu Mai 1\n\n" +
      "The fifth round is at the school, and the final is in May.\n";
    expect(extract(table).meta.language).toBe("en");
  });

  it("guesses nothing for prose in a language the lists lack, whose short words another language shares", () => {
    // Invented Polish: "na", "do", "a", "o" are Portuguese stopwords too, yet this is running prose, no table.
    const polish = "Nowy most na rzece\n\nRada gminy zdecydowała w czwartek o budowie nowego mostu na rzece. " +
      "Prace ruszą w maju i potrwają do jesieni.\n\n\"To ważny dzień dla nas wszystkich\" - powiedział wójt Adam Lis. " +
      "Most będzie miał dwa pasy ruchu, a piesi dostaną osobną kładkę.\n\nMieszkańcy czekali na ten most od lat. " +
      "Stary prom kursował tylko latem, a zimą trzeba było jechać o godzinę dłużej do miasta.\n";
    expect(extract(polish).meta.language).toBeNull();
  });
});

describe("a story in another language than English", () => {
  // Invented German news: "Angela Weber" and "Siemens" would be read by an English tagger as guesses at best.
  const german =
    "Berlin. Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke im Frühjahr eröffnet wird.\n\n" +
    "„Wir sind sehr froh über diese Entscheidung“, sagte die Bürgermeisterin Angela Weber. Die alte Brücke soll für die " +
    "meisten Monate des Jahres gesperrt werden, und die Firma Siemens wird die Arbeiten übernehmen.\n";

  it("gives no names and no quotes, says why, and keeps its language, paragraphs and metadata", () => {
    const story = extract(german);
    expect(story.meta.language).toBe("de");
    expect(story.entities).toEqual([]);
    expect(story.quotes).toEqual([]);
    expect(story.warnings).toHaveLength(1);
    expect(story.warnings?.[0]).toContain('language "de"');
    expect(story.paragraphs.length).toBeGreaterThanOrEqual(2);
  });

  it("is analysed anyway when asked, and an English story carries no warning", () => {
    const forced = extract(german, { anyLanguage: true });
    expect(forced.warnings).toBeUndefined();
    expect(forced.quotes.map((q) => q.text)).toContain("Wir sind sehr froh über diese Entscheidung");
    expect(extract(samples[0]![1]).warnings).toBeUndefined();
  });

  it("prints the warning on stderr once, names the file, and keeps the record", async () => {
    const run = await runCli(["extract", "--jsonl", "-"], { stdin: german });
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^newsx: -: language "de": names and quotes are not analysed/)]);
    const record = JSON.parse(run.stdout);
    expect(record.meta.language).toBe("de");
    expect(record.entities).toEqual([]);
    expect(record.warnings).toHaveLength(1);
  });
});

describe("--any-language", () => {
  const german =
    "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke im Frühjahr eröffnet wird.\n\n" +
    "„Wir sind sehr froh über diese Entscheidung“, sagte die Bürgermeisterin. Die alte Brücke soll für die meisten " +
    "Monate des Jahres gesperrt werden.\n";

  it("analyses the story anyway, without the warning", async () => {
    const run = await runCli(["quotes", "--jsonl", "--any-language", "-"], { stdin: german });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).text).toBe("Wir sind sehr froh über diese Entscheidung");
  });
});
