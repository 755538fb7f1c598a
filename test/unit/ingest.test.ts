// The pack parser's pieces on small made-up texts: conversion junk, dates and slots, titles before
// names, layout detection, and an agenda and minutes full of page furniture.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import type { Dataset } from "../../src/dataset/format.ts";
import { readAgenda } from "../../src/ingest/agenda.ts";
import { findDate, findTime, parseSlot } from "../../src/ingest/dates.ts";
import { findFigures } from "../../src/ingest/figures.ts";
import { detectLayout, PackError } from "../../src/ingest/layout.ts";
import { cleanText, readLines } from "../../src/ingest/lines.ts";
import { readMinutes } from "../../src/ingest/minutes.ts";
import { NameDirectory, stripHonorifics } from "../../src/ingest/names.ts";
import { boardPrefix, parsePack } from "../../src/ingest/pack.ts";
import { splitCommaList, splitDashList } from "../../src/ingest/people.ts";
import { pdfToText } from "../../src/ingest/pdf.ts";
import { RunLog } from "../../src/ingest/report.ts";
import { packPdf } from "../support/pack-pdf.ts";

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

// Issue 11: packs the parser was not written on. Each case below is one failure the issue names,
// read through the whole of parsePack over a hub that knows one board and nothing else.
const fakeHub = (boards: { id: string; name: string; hostOrganisationId: string | null; areaCode: string | null }[]) =>
  new Proxy({}, {
    get: (_, model: string) => ({
      findMany: async () => (model === "board" ? boards : model === "organisation" ? boards.map((b) => ({ id: b.hostOrganisationId, name: "Northmere County Council", shortName: null })) : []),
      findUnique: async () => null,
    }),
  }) as never;
const northmere = [{ id: "northmere-hwb", name: "Northmere Health and Wellbeing Board", hostOrganisationId: "northmere-county-council", areaCode: null }];
const parseText = (text: string, options: Parameters<typeof parsePack>[3] = {}) => parsePack(fakeHub(northmere), "pack.txt", Buffer.from(text), options);
const frontSheet = ["Northmere Health and Wellbeing Board", "", "Date: Tuesday 10 March 2026", "Time: 2.00 pm", "Venue: Council Chamber, County Hall, Northmere", "", "AGENDA", ""];
const meetingOf = (d: Dataset) => d.meetings.find((m) => m.status === "SCHEDULED")!;
const heldOf = (d: Dataset) => d.meetings.find((m) => m.status === "HELD")!;
const minutesOf = (lines: string[]) => [
  "", "MINUTES of the meeting of the Northmere Health and Wellbeing Board held on Tuesday 13 January 2026 at 2.00 pm", "", ...lines, "", "The meeting closed at 3.40 pm.",
];

describe("issue 11: packs not written on", () => {
  it('reads "3a"/"3b" agenda numbering, keeps every later item and hangs presenters on their own item', async () => {
    const { dataset } = await parseText([
      ...frontSheet, "1. Apologies for absence", "2. Declarations of interest", "3. Minutes", "3a. Minutes of the meeting held on 13 January 2026", "3b. Matters arising",
      "4. Better Care Fund plan", "Presented by: Ruth Okafor, Director of Adult Social Care", "5. Any other business", "",
    ].join("\n"));
    const items = meetingOf(dataset).agendaItems;
    expect(items.map((a) => [a.order, a.title, a.parentId?.replace(/^.*-item-/, "") ?? null])).toEqual([
      ["1", "Apologies for absence", null], ["2", "Declarations of interest", null], ["3", "Minutes", null],
      ["3(a)", "Minutes of the meeting held on 13 January 2026", "3"], ["3(b)", "Matters arising", "3"],
      ["4", "Better Care Fund plan", null], ["5", "Any other business", null],
    ]);
    expect(items.find((a) => a.order === "4")!.contributors.map((c) => [c.personId, c.role, c.roleAsWritten])).toEqual([["ruth-okafor", "PRESENTER", "Director of Adult Social Care"]]);
  });

  it("reads a plain pdftotext dump of a seed pack (no **bold**) as the marked-up one", async () => {
    const text = (await readFile(join(loadConfig().PLACEGRAPH_SOURCES_DIR, "000_0acbd59825e2002a.txt"), "utf8")).replace(/\*\*/g, "");
    const hub = fakeHub([{ id: "coventry-health-and-wellbeing-board", name: "Coventry Health and Well-being Board", hostOrganisationId: "coventry-city-council", areaCode: null }]);
    const { dataset } = await parsePack(hub, "plain.txt", Buffer.from(text));
    const agenda = dataset.meetings.find((m) => m.date === "2019-01-14")!.agendaItems;
    expect(agenda.length).toBe(15);
    expect(agenda.filter((a) => a.parentId === null).map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('reads a "Date: / Time: / Venue:" front sheet', async () => {
    const { dataset } = await parseText([...frontSheet, "1. Apologies for absence", "2. Any other business", ""].join("\n"));
    expect(meetingOf(dataset)).toMatchObject({ date: "2026-03-10", startTime: "14:00", venue: "Council Chamber, County Hall, Northmere" });
  });

  it('reads every person of a bare "Present:" list and apologies written as a sentence', async () => {
    const present = ["Cllr Mark Hollis (Chair)", "Cllr Sandra Pike", "Cllr Tom Ashworth", "Ruth Okafor", "Dr Imran Qureshi", "Helen Marsh", "Peter Lindqvist", "Gemma Tarrant",
      "Owen Ferris", "Dr Alice Brennan", "Nadia Kowalski", "Simon Achebe", "Joanne Price"];
    const { dataset } = await parseText([
      ...frontSheet, "1. Apologies for absence", "2. Any other business", ...minutesOf([
        "Present:", ...present, "", "1. Apologies for absence", "", "Apologies for absence were received from Councillor Denise Hart, Dr Felix Moreau and Carol Jenkins.", "",
        "2. Declarations of interest", "", "None were declared.",
      ]),
    ].join("\n"));
    const attendance = heldOf(dataset).attendance;
    expect(attendance.filter((a) => a.status === "PRESENT").map((a) => a.personId)).toEqual([
      "mark-hollis", "sandra-pike", "tom-ashworth", "ruth-okafor", "imran-qureshi", "helen-marsh", "peter-lindqvist", "gemma-tarrant", "owen-ferris", "alice-brennan",
      "nadia-kowalski", "simon-achebe", "joanne-price",
    ]);
    expect(attendance.filter((a) => a.status === "APOLOGIES").map((a) => a.personId)).toEqual(["denise-hart", "felix-moreau", "carol-jenkins"]);
  });

  it("splits two presenters on one line, each with their role", async () => {
    const { dataset } = await parseText([
      ...frontSheet, "1. Apologies for absence", "2. Joint Strategic Needs Assessment",
      "Report of Dr Alice Brennan, Director of Public Health, and Owen Ferris, Head of Intelligence", "3. Any other business", "",
    ].join("\n"));
    expect(meetingOf(dataset).agendaItems[1].contributors.map((c) => [c.personId, c.roleAsWritten])).toEqual([
      ["alice-brennan", "Director of Public Health"], ["owen-ferris", "Head of Intelligence"],
    ]);
  });

  it('reads "RESOLVED – That" without the dash', async () => {
    const { dataset } = await parseText([
      ...frontSheet, "1. Apologies for absence", "2. Any other business", ...minutesOf([
        "Present:", "Cllr Mark Hollis (Chair)", "Ruth Okafor", "", "1. Better Care Fund", "", "The Board considered the plan.", "", "RESOLVED – That the Better Care Fund plan be approved.",
      ]),
    ].join("\n"));
    expect(heldOf(dataset).minuteItems[0].resolutions.map((r) => r.text)).toEqual(["the Better Care Fund plan be approved."]);
  });

  it("does not give a report's author the council's report template as her organisation", async () => {
    const { dataset } = await parseText([
      ...frontSheet, "1. Apologies for absence", "2. Mental health crisis care", "3. Any other business", "", "Northmere County Council", "Report", "",
      "To: Northmere Health and Wellbeing Board", "Date: 10 March 2026", "Title: Mental health crisis care", "", "1. Recommendations", "1.1 The Board is asked to note the report.", "",
      "Report Author(s):", "Name and Job Title: Dr Priya Raman – Clinical Lead, Northmere Integrated Care Board", "Directorate: People", "",
    ].join("\n"));
    const author = dataset.reports[0].authors[0];
    expect(author.personId).toBe("priya-raman");
    expect(author.organisationId).not.toBe("northmere-county-council");
  });

  it('refuses a pack for an unknown board unless told to create it with --new-board "<name>"', async () => {
    const text = ["Eastfold Health and Wellbeing Board", ...frontSheet.slice(1), "1. Apologies for absence", "2. Any other business", ""].join("\n");
    await expect(parseText(text)).rejects.toThrow(/matches no known board/);
    const { dataset } = await parseText(text, { newBoard: "Eastfold Health and Wellbeing Board" });
    expect(dataset.boards.map((b) => [b.id, b.name, b.hostOrganisationId])).toEqual([["eastfold-health-and-wellbeing-board", "Eastfold Health and Wellbeing Board", "eastfold-council"]]);
    expect(dataset.organisations.map((o) => [o.id, o.name])).toContainEqual(["eastfold-council", "Eastfold Council"]);
    expect(meetingOf(dataset).boardId).toBe("eastfold-health-and-wellbeing-board");
  });

  it('lists counts, ranges and table values without "£" among the figures', () => {
    const figures = findFigures(readLines("Waiting times fell to 12-14 weeks for 342 referrals.\nBudget line          1,250,000     1,310,000\n"));
    expect(figures.map((f) => [f.line, f.asWritten])).toEqual(expect.arrayContaining([[1, "12-14 weeks"], [1, "342 referrals"], [2, "1,250,000"], [2, "1,310,000"]]));
  });
});

describe("issue 11: more forms of the general reader", () => {
  it('reads "Item 1:" numbering, "RESOLVED:" with the resolution on the next line, and a preamble ending in a colon', async () => {
    const { dataset } = await parseText([
      ...frontSheet, "Item 1: Apologies for absence", "Item 2: Carers' strategy", "Item 3: Any other business", ...minutesOf([
        "Present:", "Cllr Mark Hollis (Chair)", "Ruth Okafor", "", "4. Carers' strategy", "", "RESOLVED:", "That the strategy be approved.", "",
        "5. Forward plan", "", "RESOLVED that the Board:", "(a) note the forward plan;", "(b) add an item on dental access.",
      ]),
    ].join("\n"));
    expect(meetingOf(dataset).agendaItems.map((a) => [a.order, a.number, a.title])).toEqual([
      ["1", 1, "Apologies for absence"], ["2", 2, "Carers' strategy"], ["3", 3, "Any other business"],
    ]);
    expect(heldOf(dataset).minuteItems.map((m) => [m.number, m.resolutions.map((r) => [r.number, r.text])])).toEqual([
      [4, [[null, "the strategy be approved."]]],
      [5, [["(a)", "note the forward plan"], ["(b)", "add an item on dental access."]]],
    ]);
  });
});

describe("issue 11: structural checks and PDF text", () => {
  it("names the lines of a reading that does not hold together: minutes not before the meeting, a report far from it", async () => {
    const { log } = await parseText([
      ...frontSheet, "1. Apologies for absence", "2. Any other business", "", "MINUTES of the meeting of the Northmere Health and Wellbeing Board held on Tuesday 12 May 2026 at 2.00 pm",
      "", "Present:", "Cllr Mark Hollis (Chair)", "Ruth Okafor", "", "1. Apologies for absence", "", "None.", "", "The meeting closed at 3.00 pm.", "",
      "To: Northmere Health and Wellbeing Board", "Date: 10 March 2024", "Title: Any other business", "",
    ].join("\n"), { acceptWarnings: true });
    expect(log.warnings).toEqual([
      "the minutes at line 12 are dated 2026-05-12, not before the meeting of 2026-03-10",
      'report "Any other business" (line 24) is dated 2024-03-10, far from the meeting of 2026-03-10',
    ]);
    await expect(parseText([...frontSheet, "1. Apologies for absence", "2. Any other business", "", "To: Northmere Health and Wellbeing Board", "Date: 10 March 2024", "Title: Any other business", ""].join("\n")))
      .rejects.toThrow('pack.txt: the reading failed 1 structural check; nothing was imported (pass --accept-warnings to import it anyway):\n  report "Any other business" (line 12) is dated 2024-03-10, far from the meeting of 2026-03-10');
  });

  it("rebuilds a PDF's lines from positions: columns apart, bold headings marked, blank lines kept", async () => {
    const pdf = await packPdf("NORTHMERE COUNCIL\n\nName          Organisation\nRuth Okafor   Northmere County Council\n\n\n1. Apologies\n");
    expect(await pdfToText(pdf, "t.pdf")).toBe("**NORTHMERE COUNCIL**\n\nName   Organisation\nRuth Okafor   Northmere County Council\n\n\n1. Apologies\n");
    await expect(pdfToText(new TextEncoder().encode("%PDF-1.7\nnot really"), "t.pdf")).rejects.toThrow(/^t\.pdf: not a readable PDF \(.+\); nothing was imported$/);
  });
});
