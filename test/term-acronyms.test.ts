/**
 * Acronyms of ordinary things (src/story/entities/term-acronyms.ts): an unknown acronym the story never shows
 * acting as a body may be dropped by the typer; one that acts, speaks, owns, has people, or is told or joined
 * stays a body. Invented sentences only; the acronyms are made up so that no list knows them.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { candidateMentions } from "../src/story/entities/index.js";
import { parseRegions } from "../src/nlp/parse.js";
import { unprovenAcronyms } from "../src/story/entities/term-acronyms.js";

/** The unproven acronyms of a text, from the rules' organisations. */
function unproven(text: string): string[] {
  const parsed = parseRegions(text, [{ start: 0, end: text.length, paragraph: 0 }]);
  const organizations = candidateMentions(parsed, [], []).filter((c) => c.rule === "organization").map((c) => c.mention);
  return [...unprovenAcronyms(parsed, organizations)].sort();
}

describe("unprovenAcronyms", () => {
  it("finds an acronym used only as a thing measured or named", () => {
    expect(unproven("Long QVR exposure harms the skin. The effects of QVR were measured in the lab.")).toEqual(["qvr"]);
  });

  it("a passive is no act: 'the ZPL can be used' leaves it unproven, 'ZPL sent' does not", () => {
    expect(unproven("The relative mass of the ZPL can be used as a proxy.")).toEqual(["zpl"]);
    expect(unproven("ZPL sent two inspectors to the plant on Monday.")).toEqual([]);
  });

  it("keeps an acronym that speaks, owns, has people, or is told, joined or fought", () => {
    expect(unproven("The KVFA said on Monday that it would appeal.")).toEqual([]);
    expect(unproven("The KVFA's lawyers will appeal.")).toEqual([]);
    expect(unproven("Mara Holt, president of the KVFA, will appeal.")).toEqual([]);
    expect(unproven("Two KVFA officials resigned.")).toEqual([]);
    expect(unproven("The senator told KVFA that she would appeal.")).toEqual([]);
    expect(unproven("The coalition vowed to defeat KVFA within a year.")).toEqual([]);
    expect(unproven("KVFA is axing its youth programme.")).toEqual([]);
    expect(unproven("Call the QDMV office in Reno before noon.")).toEqual([]);
  });

  it("keeps an acronym said to be a party, a union's strike, a league's season, a company's shares", () => {
    expect(unproven("The ruling ZQPU party won the vote in the north.")).toEqual([]);
    expect(unproven("The QRMW strike closed the line on Friday.")).toEqual([]);
    expect(unproven("The QFLX season opens in June with a home game.")).toEqual([]);
    expect(unproven("QGKW shares fell sharply on Monday morning.")).toEqual([]);
    expect(unproven("Riders on QMTX buses will pay more from March.")).toEqual([]);
  });

  it("keeps an acronym one holds shares in, makes a deal with, or is ruled by", () => {
    expect(unproven("Investors sold shares in QGKW after the warning.")).toEqual([]);
    expect(unproven("The firm reached an agreement with QJLX to clean the offices.")).toEqual([]);
    expect(unproven("The ruling by QCAZ ended the team's appeal.")).toEqual([]);
    expect(unproven("The expropriation of QYPF cost the state dearly.")).toEqual([]);
    expect(unproven("The takeover of QGKW was approved in May.")).toEqual([]);
    // A measure "of" a term proves nothing.
    expect(unproven("The level of QVR was measured twice.")).toEqual(["qvr"]);
  });

  it("a body's head word after the acronym is a sign ('a QPNB bank employee'); a band's or a radio's is not", () => {
    expect(unproven("Jo Reyes, a QPNB bank employee, said the commute was short.")).toEqual([]);
    expect(unproven("Sailors should keep a QVH radio on board. Boats use the QVH band near the coast.")).toEqual(["qvh"]);
  });

  it("call letters followed by 'radio' or 'television' are a station's", () => {
    expect(unproven("The governor spoke with a host on WQBX radio on Friday.")).toEqual([]);
    expect(unproven("The chief spoke to KQTV television about the fire.")).toEqual([]);
  });

  it("keeps an acronym asked to act ('urging the QPUC to act'), not one ordered as a test", () => {
    expect(unproven("Advocates are urging the QPUC to set new rules for backup power.")).toEqual([]);
    expect(unproven("The doctor ordered a QMRX to check the knee.")).toEqual(["qmrx"]);
  });

  it("keeps an acronym listed with a body ('the BBC, QRTE and ITV'), not a list of unknown acronyms none of which acts", () => {
    expect(unproven("Viewers could watch the final on the BBC, QRTE and ITV.")).toEqual([]);
    expect(unproven("The fans watched the final on QRTE, the BBC and Sky.")).toEqual([]);
    expect(unproven("Agencies such as the CIA, QGHQ and Interpol shared the files.")).toEqual([]);
    expect(unproven("Bidders included Boeing, QEDS and Airbus.")).toEqual([]);
    // The whole list acts: every member is a body, the known ones too.
    expect(unproven("Groups such as the QCBI, the QTUC and QFSB signed the letter.")).toEqual([]);
    expect(unproven("Doses of QVR, QMX and QPL were measured twice.")).toEqual(["qmx", "qpl", "qvr"]);
    expect(unproven("Levels of QVR and QMX rose.")).toEqual(["qmx", "qvr"]);
  });

  it("keeps the initials of a body the story names in full", () => {
    expect(unproven("The Quarry Workers Union met in March. Members of the QWU voted twice.")).toEqual([]);
  });
});

describe("extract", () => {
  it("drops a measured thing's acronym but keeps an acting body's", () => {
    const names = (text: string) => extract(text).entities.filter((e) => e.type === "organization").map((e) => e.name);
    expect(names("Prolonged QVR exposure damages the skin. Doses of QVR were measured twice a day.")).not.toContain("QVR");
    expect(names("The KVFA said on Monday that it would appeal the ruling.")).toContain("KVFA");
  });
});
