import { describe, expect, it } from "vitest";
import { findDates, findYearlessStamps, isDatelessStamp, parseDate, publicationDate, withYear } from "../src/story/segment/dates.js";

describe("parseDate", () => {
  const cases: Array<[string, string | null]> = [
    ["19 November 2019", "2019-11-19"],
    ["19th Nov 2019", "2019-11-19"],
    ["November 19, 2019", "2019-11-19"],
    ["Nov. 19, 2019 4:35 PM ET", "2019-11-19T16:35:00-05:00"], // ET is EST in late November
    ["July 4, 2019 9:00 a.m. ET", "2019-07-04T09:00:00-04:00"], // and EDT in summer
    ["March 9, 2019 10:00 AM ET", "2019-03-09T10:00:00-05:00"], // the day before daylight saving starts
    ["March 10, 2019 10:00 AM ET", "2019-03-10T10:00:00-04:00"], // second Sunday of March 2019
    ["Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", "2019-11-18T16:05:00-08:00"],
    ["Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago", "2019-11-20T04:29:00-05:00"],
    ["Published 2:16 AM EST Nov 20, 2019", "2019-11-20T02:16:00-05:00"],
    ["November 20th, 2019 - 07:29 GMT", "2019-11-20T07:29:00Z"],
    ["Nov 20 2019, 11:06am ist", "2019-11-20T11:06:00+05:30"],
    ["Sept. 3, 2020", "2020-09-03"],
    ["2019-11-19T16:35:00Z", "2019-11-19T16:35:00Z"],
    ["2019-11-19T08:57:40+01:00", "2019-11-19T08:57:40+01:00"],
    ["2019-11-20 17:27:46", "2019-11-20T17:27:46"],
    ["2019-11-19", "2019-11-19"],
    ["19.11.2019, 08:57", "2019-11-19T08:57:00"],
    ["11/19/2019", "2019-11-19"],
    ["21/06/2014", "2014-06-21"], // cannot be month 21: day first
    ["2016.12.01", "2016-12-01"],
    ["February 30, 2019", null], // no such day
    ["February 29, 2020", "2020-02-29"],
    ["The score was 3-1 after 4/5 of the game", null],
    ["2 hours ago", null],
    ["May the best team win", null],
    ["", null],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => expect(parseDate(input)).toBe(expected));
  }

  it("reports where each date is written", () => {
    const text = "Updated Nov. 19, 2019 / Original Nov. 18, 2019";
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(["2019-11-19", "2019-11-18"]);
    expect(text.slice(found[1]!.index, found[1]!.index + found[1]!.length)).toBe("Nov. 18, 2019");
  });

  // Its speed is the hostile benchmark's "digits and separators" family (scripts/adversarial.js), not a clock here.
  it("finds no date in long lines of digits and separators", () => {
    const long = "1/".repeat(200_000) + "12.".repeat(200_000);
    expect(findDates(long)).toEqual([]);
  });
});

describe("dates in other languages and locales", () => {
  it("reads month names of other languages between a day and a year", () => {
    expect(parseDate("sexta-feira, 22 de outubro de 2010 às 20:13")).toBe("2010-10-22T20:13:00");
    expect(parseDate("Texto · 24 сентября 2018")).toBe("2018-09-24");
    expect(parseDate("Pubblicato il 02 Ago 2017")).toBe("2017-08-02");
    expect(parseDate("Diposting pada Oktober 27, 2015 oleh Admin")).toBe("2015-10-27");
    expect(parseDate("am 5. März 2019")).toBe("2019-03-05");
  });

  it("does not read a short month form on its own", () => {
    expect(parseDate("a set of 12 chairs from 2017")).toBeNull();
    expect(parseDate("set 2017")).toBeNull();
  });

  it("takes a two-digit year only before 'at' and a clock time", () => {
    expect(parseDate("By Ann Lee On 11/13/19 at 4:00 PM EST")).toBe("2019-11-13T16:00:00-05:00");
    expect(parseDate("11/13/19 11:00AM")).toBeNull();
  });

  it("reads an ambiguous numeric date day first when the locale says so", () => {
    expect(parseDate("05/10/2018 - Publicado por: Lia Souza")).toBe("2018-05-10");
    expect(parseDate("05/10/2018 - Publicado por: Lia Souza", true)).toBe("2018-10-05");
    // 13 cannot be a month either way
    expect(parseDate("13/10/2018", false)).toBe("2018-10-13");
  });
});

describe("less common numeric and glued forms", () => {
  it("reads a US date written with dots, dashes, and a year glued to the clock time", () => {
    expect(parseDate("11.19.2019")).toBe("2019-11-19");
    expect(parseDate("19.11.2019")).toBe("2019-11-19");
    expect(parseDate("11-19-2019")).toBe("2019-11-19");
    expect(parseDate("19-11-2019")).toBe("2019-11-19");
    expect(parseDate("05-10-2018", true)).toBe("2018-10-05");
    expect(parseDate("Published Tue, Nov 19 20191:15 PM EST")).toBe("2019-11-19T13:15:00-05:00");
  });

  it("does not read a phone number or a longer figure as a date", () => {
    expect(parseDate("Call 555-12-2019 today")).toBeNull();
    expect(parseDate("Nov 19 201934 items")).toBeNull();
  });
});

describe("stamps without a year", () => {
  it("reads a labelled stamp, not a bare month and day nor a dated one", () => {
    expect(findYearlessStamps("Posted Nov 19, 6:51 AM")).toEqual([{ month: 11, day: 19, updated: false }]);
    expect(findYearlessStamps("Updated: March 3")).toEqual([{ month: 3, day: 3, updated: true }]);
    expect(findYearlessStamps("Nov 18")).toEqual([]);
    expect(findYearlessStamps("Posted Nov 19, 2019")).toEqual([]);
  });

  it("dates a stamp in a given year, and not a day the year lacks", () => {
    expect(withYear({ month: 2, day: 29, updated: false }, 2020)).toBe("2020-02-29");
    expect(withYear({ month: 2, day: 29, updated: false }, 2021)).toBeNull();
  });
});

describe("published over updated", () => {
  it("takes the date not led by 'Updated' on a line with two", () => {
    expect(publicationDate("Updated March 6, 2026 · Originally published March 5, 2026")?.iso).toBe("2026-03-05");
    expect(publicationDate("Published March 5, 2026 | Updated March 6, 2026")?.iso).toBe("2026-03-05");
  });

  it("uses an 'Updated' stamp alone, marked as such", () => {
    const found = publicationDate("Updated: 9:30 PM MDT June 21, 2026");
    expect(found?.iso.slice(0, 10)).toBe("2026-06-21");
    expect(found?.updated).toBe(true);
  });
});

describe("isDatelessStamp", () => {
  it("is a publication word followed by words of time only", () => {
    expect(isDatelessStamp("Updated 2 hours ago")).toBe(true);
    expect(isDatelessStamp("Published: just now")).toBe(true);
    expect(isDatelessStamp("Posted yesterday at 5:30 PM EST")).toBe(true);
    expect(isDatelessStamp("Atualizado há 3 horas")).toBe(true);
  });
  it("is not a headline that opens with the word", () => {
    expect(isDatelessStamp("Updated rules for river fishing take effect")).toBe(false);
    expect(isDatelessStamp("Published works of local poet go on show")).toBe(false);
    expect(isDatelessStamp("Posted letters go missing in the snow")).toBe(false);
  });
});
