// The pack parser's pieces on small made-up texts: conversion junk, dates and slots, titles before
// names, layout detection, and an agenda and minutes full of page furniture.
import { describe, expect, it } from "vitest";
import { readAgenda } from "../../src/ingest/agenda.ts";
import { findDate, findTime, parseSlot } from "../../src/ingest/dates.ts";
import { detectLayout, PackError } from "../../src/ingest/layout.ts";
import { cleanText, readLines } from "../../src/ingest/lines.ts";
import { readMinutes } from "../../src/ingest/minutes.ts";
import { NameDirectory, stripHonorifics } from "../../src/ingest/names.ts";
import { boardPrefix } from "../../src/ingest/pack.ts";
import { splitCommaList, splitDashList } from "../../src/ingest/people.ts";
import { RunLog } from "../../src/ingest/report.ts";

describe("lines", () => {
  it("cleans markdown and HTML remnants and marks page junk, keeping line numbers", () => {
    expect(cleanText("3. **Minutes of Previous Meeting** (Pages 5 - 16)")).toBe("3. Minutes of Previous Meeting (Pages 5 - 16)");
    expect(cleanText('<p style="x">Text</p>\t<i>more</i>')).toBe("Text more");
    const lines = readLines("a\nThis page is intentionally left blank\nPage 64\n12\n3 of 32\nDRAFT\nb\n");
    expect(lines.map((l) => [l.n, l.text, l.junk])).toEqual([
      [1, "a", null], [2, "", "blank-page filler"], [3, "", "page number"], [4, "", "bare number (a page number, or a table cell out of its table)"], [5, "", "page number"], [6, "", "draft stamp"], [7, "b", null],
    ]);
  });
});

describe("dates", () => {
  it("reads the packs' date, time and slot forms, and refuses impossible days", () => {
    expect(findDate("2.00 pm on Monday, 14th January, 2019")).toBe("2019-01-14");
    expect(findDate("on Wednesday 20th November 2013 at 13.30")).toBe("2013-11-20");
    expect(findDate("31 February 2019")).toBeNull();
    expect(findTime("2.00 pm on Monday")).toBe("14:00");
    expect(findTime("at 13.30.")).toBe("13:30");
    expect(parseSlot("(13.30 13.35) General")).toEqual({ start: "13:30", end: "13:35" });
    expect(parseSlot("(13.35 – 13:50) X")).toEqual({ start: "13:35", end: "13:50" });
    expect(parseSlot("(14.20 –14.35) X")).toEqual({ start: "14:20", end: "14:35" });
    expect(parseSlot("(a) The Way Forward")).toBeNull();
  });
});

describe("names", () => {
  const names = new NameDirectory();
  it("takes titles off names, stacked or not", () => {
    expect(stripHonorifics("Cllr K Caan (Chair)")).toEqual({ name: "K Caan", honorific: "Cllr" });
    expect(stripHonorifics("Professor Sir Chris Ham")).toEqual({ name: "Chris Ham", honorific: "Prof" });
    expect(stripHonorifics("Chief Superintendent Mike O'Hara")).toEqual({ name: "Mike O'Hara", honorific: null });
  });

  it("splits people from their roles and organisations", () => {
    expect(splitCommaList("Andrea Green, Coventry and Rugby CCG, Simon Gilby, Coventry and Warwickshire Partnership Trust and John Gregg, Director of Children's Services", names)).toEqual([
      { name: "Andrea Green", role: null, organisation: "Coventry and Rugby CCG" },
      { name: "Simon Gilby", role: null, organisation: "Coventry and Warwickshire Partnership Trust" },
      { name: "John Gregg", role: "Director of Children's Services", organisation: null },
    ]);
    expect(splitCommaList("Chief Superintendent Mike O'Hara, West Midlands Police and Chair of the Coventry Multiple Complex Needs Board", names)).toEqual([
      { name: "Chief Superintendent Mike O'Hara", role: "Chair of the Coventry Multiple Complex Needs Board", organisation: "West Midlands Police" },
    ]);
    expect(splitDashList("John Linnane – Director of Public Health - WCC / Chris Lewington - Head of Strategic Commissioning", names)).toEqual([
      // "WCC" is an organisation only for a directory that has it as an alias; this one is empty.
      { name: "John Linnane", role: "Director of Public Health, WCC", organisation: null },
      { name: "Chris Lewington", role: "Head of Strategic Commissioning", organisation: null },
    ]);
  });

  it("matches by alias, initial or surname, creates unknown names and refuses to link an ambiguous one", async () => {
    const rows = {
      person: [{ id: "kamran-caan", name: "Kamran Caan" }, { id: "k-taylor", name: "K Taylor" }, { id: "roma-taylor", name: "Roma Taylor" }],
      personAlias: [{ personId: "kamran-caan", alias: "Cllr K Caan" }],
      organisation: [{ id: "cwpt", name: "Coventry and Warwickshire Partnership NHS Trust", shortName: "CWPT" }],
      organisationAlias: [{ organisationId: "cwpt", alias: "Coventry and Warwickshire Partnership Trust" }],
      area: [{ name: "Coventry" }],
    };
    const fake = Object.fromEntries(Object.entries(rows).map(([model, list]) => [model, { findMany: async () => list }]));
    const directory = await NameDirectory.load(fake as never);
    expect(directory.resolvePerson("Cllr K Caan (Chair)", 1)).toEqual({ id: "kamran-caan", status: "matched" });
    expect(directory.resolvePerson("Councillor Caan", 2)).toEqual({ id: "kamran-caan", status: "matched" });
    expect(directory.resolvePerson("Councillor Taylor", 3)).toEqual({ id: null, status: "ambiguous", candidates: ["k-taylor", "roma-taylor"] });
    expect(directory.resolvePerson("Dr Jo Bloggs", 4)).toEqual({ id: "jo-bloggs", status: "created" });
    expect(directory.resolvePerson("Jo Bloggs", 5)).toEqual({ id: "jo-bloggs", status: "matched" });
    expect(directory.newPeople).toEqual([{ id: "jo-bloggs", name: "Jo Bloggs", honorific: "Dr", aliases: ["Dr Jo Bloggs"] }]);
    expect(directory.resolveOrganisation("Coventry and Warwickshire Partnership Trust", 6)).toEqual({ id: "cwpt", status: "matched" });
  });

  it("derives the id prefix from the board's area and the initials of the rest", () => {
    expect(boardPrefix("Coventry Health and Wellbeing Board", "Coventry")).toBe("coventry-hwb");
    expect(boardPrefix("Warwickshire Health and Wellbeing Board", "Warwickshire")).toBe("warwickshire-hwb");
  });
});

// A modern.gov pack with the junk PDF conversion leaves: a blank-page filler, page numbers,
// markdown, HTML, and a resolution split across a page break.
const pack = [
  "", "Testshire Health and Well-being Board", "", "Time and Date", "", "10.30 am on Tuesday, 5th March, 2024", "", "Place", "", "Room 1 - Town Hall", "",
  "Public Business", "", "1. **Apologies**", "2. **Budget** (Pages 3 - 9)", " - (a) Capital", "", "Report of Ann Other, Director of Finance", "",
  "Note: contact", "This page is intentionally left blank", "Town Council",
  "Minutes of the Meeting of Testshire Health and Well-being Board held at 10.30 am", "on Tuesday, 6 February 2024", "", "Present:", "",
  "Board Members: Councillor Smith (Chair)", "Ann Other, Director of Finance", "", "Apologies: Bob Jones, Testshire Police", "",
  "7. **Declarations of Interest**", "", "There were no declarations of interest.", "", "8. <p>Budget</p>", "", "RESOLVED that:", "",
  "(1) The budget of £5m be", "", "Page 4", "", "approved in full.", "", "- (2) The plan be noted.**", "", "(Meeting closed at 11.45 am)", "",
].join("\n");

describe("a made-up pack with conversion junk", () => {
  const lines = readLines(pack);
  const names = new NameDirectory();
  const log = new RunLog();

  it("detects the layout and reads agenda, attendance, minutes and a resolution across a page break", () => {
    const header = detectLayout(lines, "test.txt");
    expect(header).toMatchObject({ layout: "moderngov", boardName: "Testshire Health and Well-being Board", date: "2024-03-05", startTime: "10:30", venue: "Room 1 - Town Hall" });
    const agenda = readAgenda(lines, header, "t-2024-03-05", "t-2024-03-05", names, log, "town-council");
    expect(agenda.items.map((a) => [a.order, a.title, a.section, a.pageStart, a.pageEnd, a.parentId, a.contributors.map((c) => [c.personId, c.role, c.roleAsWritten])])).toEqual([
      ["1", "Apologies", "Public Business", null, null, null, []],
      ["2", "Budget", "Public Business", 3, 9, null, []],
      ["2(a)", "Capital", "Public Business", null, null, "t-2024-03-05-item-2", [["ann-other", "PRESENTER", "Director of Finance"]]],
    ]);
    const minutes = readMinutes(lines, agenda.end, { document: "t", meetingPrefix: "t", hostOrganisationId: "town-council", names, log })!;
    expect(minutes).toMatchObject({ id: "t-2024-02-06", startTime: "10:30", endTime: "11:45", status: "HELD" });
    expect(minutes.attendance.map((a) => [a.personId, a.status, a.organisationId, a.role])).toEqual([
      ["smith", "PRESENT", "town-council", "Chair"], ["ann-other", "PRESENT", null, "Director of Finance"], ["bob-jones", "APOLOGIES", "testshire-police", null],
    ]);
    expect(minutes.minuteItems.map((m) => [m.number, m.title, m.source?.lines])).toEqual([[7, "Declarations of Interest", "33-35"], [8, "Budget", "37-47"]]);
    expect(minutes.minuteItems[1].resolutions.map((r) => [r.number, r.text, r.source?.lines])).toEqual([
      ["(1)", "The budget of £5m be approved in full.", "41-45"],
      ["(2)", "The plan be noted.", "47"],
    ]);
    expect(minutes.declarations.map((d) => [d.minute, d.personId, d.text])).toEqual([[7, null, "There were no declarations of interest."]]);
    expect(names.newPeople.map((p) => p.id)).toEqual(["ann-other", "smith", "bob-jones"]);
  });

  it("refuses a file with no meeting header", () => {
    expect(() => detectLayout(readLines("Just some text\n1. A list\n"), "x.txt")).toThrow(PackError);
  });
});
