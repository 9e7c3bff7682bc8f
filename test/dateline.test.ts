/**
 * Datelines in their less common forms, on invented openings read by a person.
 */
import { describe, expect, it } from "vitest";
import { findDateline } from "../src/story/segment/dateline.js";

describe("findDateline", () => {
  it("reads a place in mixed case with its state or country", () => {
    expect(findDateline("Port Ellis, ME – The harbour board voted on Monday.")?.place).toBe("Port Ellis, ME");
    expect(findDateline("Port Ellis, Maine, United States: The harbour board voted.")?.place).toBe("Port Ellis, Maine, United States");
  });

  it("takes no name and what the person is for a place and its state", () => {
    // Same shape as "Port Ellis, Maine:", but "Harbour Master" and "Mayor" are no state or country.
    expect(findDateline("Ada Quill, Harbour Master: We were never told.")).toBeNull();
    expect(findDateline("Tom Reyes, Mayor — The vote stands.")).toBeNull();
  });

  it("reads abbreviated states and places joined by a slash", () => {
    expect(findDateline("Port Ellis, Me. — The harbour board voted on Monday.")?.place).toBe("Port Ellis, Me.");
    expect(findDateline("Port Ellis, D.C. — The harbour board voted on Monday.")?.place).toBe("Port Ellis, D.C.");
    expect(findDateline("PORT ELLIS/LAKEVIEW (Reuters) - The two towns agreed.")).toMatchObject({ place: "PORT ELLIS/LAKEVIEW", agency: "Reuters" });
  });

  it("reads a known city in mixed case alone before a dash, not any capitalised word", () => {
    expect(findDateline("Detroit — The harbour board voted on Monday.")?.place).toBe("Detroit");
    expect(findDateline("Harbourco — the company said on Monday it would merge.")).toBeNull();
  });

  it("reads a press release's newswire dateline", () => {
    const dateline = findDateline("PORT ELLIS, MAINE--(BUSINESS WIRE)--Harbourco today announced a merger.");
    expect(dateline?.place).toBe("PORT ELLIS, MAINE");
    expect(dateline?.agency).toBe("BUSINESS WIRE");
  });

  it("reads a release's dateline with its date and the newswire between slashes", () => {
    const dateline = findDateline("COLUMBUS, Ohio, Sept. 9, 2026 /PRNewswire/ -- Brightwell Robotics today announced a new factory.");
    expect(dateline?.place).toBe("COLUMBUS, Ohio");
    expect(dateline?.agency).toBe("PRNewswire");
    expect(findDateline("AUSTIN, Texas /PRNewswire/ -- Harbourco today announced a merger.")?.place).toBe("AUSTIN, Texas");
  });

  it("is not fooled by a sentence that opens with a word and a name", () => {
    expect(findDateline("Meanwhile, Tom – who had left early – came back.")).toBeNull();
    expect(findDateline("Jane Roe: I never said that.")).toBeNull();
  });

  it("reads any broadcaster in brackets before a dash, and the day before the agency", () => {
    expect(findDateline("PORT ELLIS (WXYZ) — A fire broke out.")).toMatchObject({ place: "PORT ELLIS", agency: "WXYZ" });
    expect(findDateline("PORT ELLIS, Nov. 19 (Reuters) - The harbour board said.")).toMatchObject({ place: "PORT ELLIS", agency: "Reuters" });
  });

  it("gives no place for an agency alone in brackets", () => {
    expect(findDateline("(CNN) — The harbour board voted on Monday.")).toBeNull();
    expect(findDateline("(PORT ELLIS) -- The harbour board voted on Monday.")?.place).toBe("PORT ELLIS");
  });

  it("takes no weekday, and no name followed by small letters, for a mixed-case place", () => {
    // A weekday and its date open a diary's entry, not a dateline.
    expect(findDateline("Friday, May 9: The ferry did not sail at all.")).toBeNull();
    // The story speaks of "Hollowmere" as a place, but a heading's or a name's words go on after the mark in small letters.
    const inHollowmere = (name: string) => name === "Hollowmere";
    expect(findDateline("Hollowmere: a village that loves its ponds and its geese.", inHollowmere)).toBeNull();
    expect(findDateline("Hollowmere - a grey mare of six - won the plough race.", inHollowmere)).toBeNull();
    expect(findDateline("Hollowmere, June 20 - this is the day I write to you at last.")).toBeNull();
    // The same names opening a sentence are datelines.
    expect(findDateline("Hollowmere: The village voted to keep its ponds.", inHollowmere)?.place).toBe("Hollowmere");
    expect(findDateline("Hollowmere, June 20 - The plough race was won by a mare.")?.place).toBe("Hollowmere");
  });
});
