// The governance subgraph through the embedded gateway over HTTP, on PGlite and PostgreSQL,
// against the seed fixture: agendas, attendance, minutes and reports exactly as the board papers
// write them, with the source lines behind each fact.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { splitLines } from "../../src/dataset/documents.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import governance from "../../src/subgraphs/governance/index.ts";
import { backends, countStatements } from "../support/databases.ts";
import { postGraphQL, startTestHub, type TestHub, postToSubgraph } from "../support/hub.ts";

const seedLines = (file: string) => splitLines(readFileSync(resolve(loadConfig().PLACEGRAPH_SOURCES_DIR, file), "utf8"));
const pack2019 = seedLines("000_0acbd59825e2002a.txt");
const warwickshire2013 = seedLines("003_7976878203b5d6a9.txt");

describe.each(backends)("governance subgraph on %s", (backend) => {
  let hub: TestHub;
  let subgraph: HttpHost;
  beforeAll(async () => {
    hub = await startTestHub(backend);
    subgraph = await startSubgraphServer(governance, hub.db.prisma, { host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await subgraph?.close();
    await hub?.close();
  });

  it("holds the five source documents with their hashes, line counts and publishers", async () => {
    const res = await hub.query(`{
      sourceDocuments { totalCount items { id publishedOn kind fileName lineCount contentHash publisher { name } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.sourceDocuments.totalCount).toBe(5);
    expect(res.data.sourceDocuments.items.map((d: any) => [d.id, d.publishedOn, d.kind, d.fileName, d.lineCount, d.publisher.name])).toEqual([
      ["warwickshire-hwb-2013-11-20", "2013-11-20", "MEETING_PACK", "003_7976878203b5d6a9.txt", 5546, "Warwickshire County Council"],
      ["coventry-hwb-2017-09-04", "2017-08-25", "MEETING_PACK", "004_e7b8ad470a829e92.txt", 1182, "Coventry City Council"],
      ["coventry-hwb-2019-01-14", "2019-01-04", "MEETING_PACK", "000_0acbd59825e2002a.txt", 4368, "Coventry City Council"],
      ["coventry-hwb-2019-04-08", "2019-03-29", "MEETING_PACK", "001_a1962bd04f6d0873.txt", 2909, "Coventry City Council"],
      ["coventry-camhs-ltp-refresh-2023", "2023-12-13", "REPORT", "002_66b854f02e2a154a.txt", 157, "Coventry City Council"],
    ]);
    expect(res.data.sourceDocuments.items[2].contentHash).toBe("771ac5149d67875979f577d10e22dea0f5ebf1c55d0d715c742f54b8adff1485");
  });

  it("quotes an excerpt exactly as the file has it", async () => {
    const res = await hub.query(`{
      sourceDocument(id: "coventry-hwb-2019-01-14") { excerpt(firstLine: 168, lastLine: 172) { documentId firstLine lastLine text document { title } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.sourceDocument.excerpt).toEqual({
      documentId: "coventry-hwb-2019-01-14",
      firstLine: 168,
      lastLine: 172,
      text:
        "RESOLVED that:\n\n(1) The Better Care Fund performance against the national metrics be noted.\n\n" +
        "(2) The approach towards meeting the revised expectations as announced in July 2018 be supported.",
      document: { title: "Coventry Health and Well-being Board meeting pack, 14 January 2019" },
    });
  });

  it("resolves another subgraph's source key to the quoted line (a partners membership)", async () => {
    const res = await hub.query(`{
      person(id: "kamran-caan") { memberships { asWritten source { documentId firstLine lastLine text document { id } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.person.memberships).toEqual([{
      asWritten: "Cllr K Caan (Chair)",
      source: { documentId: "coventry-hwb-2019-01-14", firstLine: 78, lastLine: 78, text: pack2019[77], document: { id: "coventry-hwb-2019-01-14" } },
    }]);
    expect(pack2019[77]).toMatch(/^Membership: Cllr F Abbott, S Banbury, Cllr K Caan \(Chair\), G Daly/);
  });

  it("gives the 14 January 2019 agenda in order, with sections, page ranges and sub-items", async () => {
    const res = await hub.query(`{
      meeting(id: "coventry-hwb-2019-01-14") {
        date startTime venue status asWritten source { documentId firstLine lastLine } board { name }
        agendaItems { order number title section pageStart pageEnd parent { order } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const { agendaItems, ...meeting } = res.data.meeting;
    expect(meeting).toEqual({
      date: "2019-01-14",
      startTime: "14:00",
      venue: "Diamond Room 2 - Council House",
      status: "HELD",
      asWritten: "2.00 pm on Monday, 14th January, 2019; Diamond Room 2 - Council House",
      source: { documentId: "coventry-hwb-2019-01-14", firstLine: 5, lastLine: 13 },
      board: { name: "Coventry Health and Wellbeing Board" },
    });
    const P = "Public Business", D = "Development Items", G = "Governance Items";
    expect(agendaItems.map((a: any) => [a.order, a.title, a.section, a.pageStart, a.pageEnd, a.parent?.order ?? null])).toEqual([
      ["1", "Welcome and Apologies for Absence", P, null, null, null],
      ["2", "Declarations of Interest", P, null, null, null],
      ["3", "Minutes of Previous Meeting", P, 5, 16, null],
      ["3(a)", "To agree the minutes of the meeting held on 8th October, 2018", P, null, null, "3"],
      ["3(b)", "Matters Arising", P, null, null, "3"],
      ["4", "Chair's Update", P, null, null, null],
      ["5", "Joint Strategic Needs Assessment Update and Health and Wellbeing Strategy Refresh", D, 17, 22, null],
      ["6", "Coventry and Warwickshire Place Forum and Year of Wellbeing", D, 23, 26, null],
      ["7", "Health and Wellbeing Strategy Update: Multiple Complex Needs Programme Progress Update", D, 27, 30, null],
      ["8", "Better Health, Better Care, Better Value Programme Update", D, 31, 38, null],
      ["9", "Prevention Concordat for Better Mental Health", D, 39, 46, null],
      ["10", "CAMHS Local Transformation Plan: Year 3 Refresh", G, 47, 138, null],
      ["11", "2017/18 Annual Reports of the Coventry Safeguarding Children and Adults Boards", G, 139, 168, null],
      ["12", "Care Quality Commission (CQC) Local System Review - Improvement Plan Progress", G, 169, 208, null],
      ["13", "Any other items of public business", G, null, null, null],
    ]);
    expect(agendaItems[3].number).toBe(3);
  });

  it("names an item's presenter, speakers and report authors with their organisations", async () => {
    const res = await hub.query(`{
      agendaItem(id: "coventry-hwb-2019-01-14-item-10") {
        title asWritten source { firstLine lastLine }
        contributors { role person { name } organisation { shortName } roleAsWritten asWritten source { firstLine } }
        presenters: contributors(role: PRESENTER) { person { id } }
        reports { id }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const item = res.data.agendaItem;
    expect(item.asWritten).toBe("10. **CAMHS Local Transformation Plan: Year 3 Refresh** (Pages 47 - 138)");
    expect(item.source).toEqual({ firstLine: 50, lastLine: 50 });
    expect(item.contributors.map((c: any) => [c.role, c.person.name, c.organisation?.shortName ?? null, c.roleAsWritten, c.source.firstLine])).toEqual([
      ["PRESENTER", "Matt Gilks", "CRCCG", "Director of Commissioning", 52],
      ["SPEAKER", "Andrea Green", "CRCCG", null, 54],
      ["SPEAKER", "Simon Gilby", "CWPT", null, 54],
      ["SPEAKER", "John Gregg", "CCC", "Director of Children's Services", 54],
      ["REPORT_AUTHOR", "Richard Limb", "CCC", "CAMHS Programme Manager", 1106],
      ["REPORT_AUTHOR", "Louise Birta", "WCC", "CAMHS Programme Manager", 1107],
    ]);
    expect(item.contributors[0].asWritten).toBe("Report of Matt Gilks, Director of Commissioning, Coventry and Rugby Clinical Commissioning Group (CCG)");
    expect(item.presenters).toEqual([{ person: { id: "matt-gilks" } }]);
    expect(item.reports).toEqual([{ id: "coventry-hwb-2019-01-14-camhs-ltp-year-3-refresh" }]);
  });

  it("times the Warwickshire agenda of 20 November 2013 item by item", async () => {
    const res = await hub.query(`{
      board(id: "warwickshire-health-and-wellbeing-board") {
        meetings { id date startTime venue status
          agendaItems { order title section timeSlot { start end } subItems { order } contributors { person { name } roleAsWritten } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    // The pack holds the agenda of 20 November and the minutes of 25 September 2013.
    expect(res.data.board.meetings.map((m: any) => m.id)).toEqual(["warwickshire-hwb-2013-09-25", "warwickshire-hwb-2013-11-20"]);
    const meeting = res.data.board.meetings[1];
    expect([meeting.id, meeting.date, meeting.startTime, meeting.venue, meeting.status]).toEqual([
      "warwickshire-hwb-2013-11-20", "2013-11-20", "13:30", "Committee Room 2, Shire Hall, Warwick", "SCHEDULED",
    ]);
    const timed = meeting.agendaItems.filter((a: any) => a.timeSlot);
    expect(timed.map((a: any) => [a.order, a.timeSlot.start, a.timeSlot.end, a.section])).toEqual([
      ["1", "13:30", "13:35", null],
      ["2", "13:35", "13:50", null],
      ["3", "13:50", "14:05", "Mobilising Communities to Develop and Maintain Independence"],
      ["4", "14:05", "14:20", "Mobilising Communities to Develop and Maintain Independence"],
      ["5", "14:20", "14:35", "Mobilising Communities to Develop and Maintain Independence"],
      ["6", "14:35", "14:50", "Access to Services"],
      ["7", "14:50", "15:10", "Access to Services"],
      ["8", "15:10", "15:30", "Access to Services"],
      ["9", "15:30", "15:45", "Working Together"],
    ]);
    expect(timed[1].title).toBe("George Elliot Hospital – Improvement Plan Position Update");
    expect(timed[7].subItems).toEqual([{ order: "8(a)" }, { order: "8(b)" }]);
    expect(meeting.agendaItems.find((a: any) => a.order === "8(b)").contributors).toEqual([
      { person: { name: "Chris Norton" }, roleAsWritten: "Strategic Finance Manager" },
    ]);
    expect(meeting.agendaItems.map((a: any) => a.order)).toEqual(["1", "1(1)", "1(2)", "1(3)", "2", "3", "4", "5", "6", "7", "8", "8(a)", "8(b)", "9", "10"]);
    expect(warwickshire2013[27]).toBe("2. (13.35 – 13:50) George Elliot Hospital – Improvement Plan Position Update");
  });

  it("lists the attendance of 8 October 2018 by status, with exact names", async () => {
    const res = await hub.query(`{
      meeting(id: "coventry-hwb-2018-10-08") {
        startTime endTime status
        present: attendance(status: PRESENT) { person { name } }
        other: attendance(status: OTHER_REPRESENTATIVE) { person { name } organisation { shortName } category }
        officers: attendance(status: OFFICER) { person { name } role }
        apologies: attendance(status: APOLOGIES) { person { name } organisation { name } }
        chair: attendance { person { id } role asWritten source { documentId firstLine lastLine text } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const m = res.data.meeting;
    const names = (list: any[]) => list.map((a) => a.person.name);
    expect([m.startTime, m.endTime, m.status]).toEqual(["14:00", "15:55", "HELD"]);
    expect(names(m.present)).toEqual([
      "Faye Abbott", "Kamran Caan", "G Duggins", "P Seaman", "Stephen Banbury", "Guy Daly", "Liz Gaulton", "Simon Gilby",
      "Andrea Green", "Ruth Light", "Caroline Meyer", "Mike O'Hara", "Gail Quinton", "Sarah Raistrick", "Richard Stanton",
    ]);
    expect(m.other).toEqual([{ person: { name: "Jenni Northcote" }, organisation: { shortName: "CRCCG" }, category: "Other representative" }]);
    expect(m.officers).toEqual([
      { person: { name: "Liz Knight" }, role: "Place" },
      { person: { name: "Debbie Dawson" }, role: "People" },
      { person: { name: "Pete Fahy" }, role: "People" },
    ]);
    expect(m.apologies.map((a: any) => [a.person.name, a.organisation.name])).toEqual([
      ["K Taylor", "Coventry City Council"],
      ["Rachael Danter", "NHS England"],
      ["Andy Hardy", "University Hospitals Coventry and Warwickshire NHS Trust"],
      ["John Mason", "Healthwatch Coventry"],
    ]);
    expect(m.chair.find((a: any) => a.person.id === "kamran-caan")).toEqual({
      person: { id: "kamran-caan" },
      role: "Chair",
      asWritten: "Councillor Caan (Chair)",
      source: { documentId: "coventry-hwb-2019-01-14", firstLine: 101, lastLine: 101, text: "Councillor Caan (Chair)" },
    });
  });

  it("gives every minute of 8 October 2018 and the resolutions of a minute, word for word", async () => {
    const res = await hub.query(`{
      meeting(id: "coventry-hwb-2018-10-08") {
        minuteItems { number title resolutions { number } }
        declarations { text person { id } minuteItem { number } source { firstLine } }
      }
      everyBcf: resolutions(filter: { text: "Better Care Fund" }) { totalCount items { minuteItem { meeting { id } } } }
      resolutions(filter: { text: "Better Care Fund", from: "2018-01-01" }) {
        totalCount
        items { number text asWritten source { documentId firstLine lastLine } minuteItem { number title text source { firstLine lastLine } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const minutes = res.data.meeting.minuteItems;
    expect(minutes.map((mi: any) => [mi.number, mi.title, mi.resolutions.length])).toEqual([
      [12, "Declarations of Interest", 0],
      [13, "Minutes of Previous Meeting", 0],
      [14, "Richard Stanton", 0],
      [15, "Chair's Update", 0],
      [16, "Better Care Fund Plan - Update", 2],
      [17, "Care Quality Commission (CQC) Local System Review - Improvement Plan Progress", 2],
      [18, "Adult Social Care Annual Report 2017/18", 1],
      [19, "2017/18 Director of Public Health's Annual Report", 3],
      [20, "Coventry and Rugby CCG 2019/20 Commissioning Intentions and 2018/19 Annual Report", 3],
      [21, "Progress Update on Coventry's Marmot City Strategy 2016-2019", 2],
      [22, "Coventry and Warwickshire Place Forum and Year of Wellbeing", 3],
      [23, "Better Health, Better Care, Better Value Programme Update", 1],
      [24, "Local Government Association Green Paper 'The Lives We Want to Lead' - Response to Consultation", 1],
      [25, "Any other items of public business", 0],
    ]);
    expect(res.data.meeting.declarations).toEqual([
      { text: "There were no declarations of interest.", person: null, minuteItem: { number: 12 }, source: { firstLine: 134 } },
    ]);
    // 10 July 2017 resolved twice on the improved Better Care Fund (004:306, 308); 8 October 2018 once.
    expect(res.data.everyBcf.totalCount).toBe(3);
    expect(res.data.resolutions.totalCount).toBe(1);
    const [bcf] = res.data.resolutions.items;
    expect(bcf).toMatchObject({
      number: "(1)",
      text: "The Better Care Fund performance against the national metrics be noted.",
      asWritten: "(1) The Better Care Fund performance against the national metrics be noted.",
      source: { documentId: "coventry-hwb-2019-01-14", firstLine: 170, lastLine: 170 },
    });
    expect(bcf.minuteItem.number).toBe(16);
    expect(bcf.minuteItem.source).toEqual({ firstLine: 152, lastLine: 172 });
    expect(bcf.minuteItem.text).toBe(pack2019.slice(153, 166).join("\n"));
    expect(bcf.minuteItem.text).toContain("The total value of the 2017-19 pooled budget was £179.502m");
  });

  it("lists all resolutions of a minute, and follows one to the agenda item it led to", async () => {
    const res = await hub.query(`{
      resolutions(filter: { boardId: "coventry-health-and-wellbeing-board", from: "2018-10-08", to: "2018-10-08" }, limit: 3, offset: 8) {
        totalCount hasMore items { number text asWritten minuteItem { number } ledTo { id order title meeting { date } } }
      }
      agendaItem(id: "coventry-hwb-2019-01-14-item-10") { arisingFrom { number minuteItem { number meeting { id } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.resolutions.totalCount).toBe(18);
    expect(res.data.resolutions.hasMore).toBe(true);
    expect(res.data.resolutions.items).toEqual([
      { number: "(1)", text: "The progress being made to deliver the CCG 2018/19 commissioning intentions for Coventry be noted.",
        asWritten: "(1) The progress being made to deliver the CCG 2018/19 commissioning intentions for Coventry be noted.", minuteItem: { number: 20 }, ledTo: null },
      { number: "(2)", text: "The key messages from the 2018/19 Annual Report be noted.",
        asWritten: "(2) The key messages from the 2018/19 Annual Report be noted.", minuteItem: { number: 20 }, ledTo: null },
      { number: "(3)", text: "A report on the ongoing work of CAMHS be submitted to a future meeting of the Board.",
        asWritten: "(3) A report on the ongoing work of CAMHS be submitted to a future meeting of the Board.", minuteItem: { number: 20 },
        ledTo: { id: "coventry-hwb-2019-01-14-item-10", order: "10", title: "CAMHS Local Transformation Plan: Year 3 Refresh", meeting: { date: "2019-01-14" } } },
    ]);
    expect(res.data.agendaItem.arisingFrom).toEqual([{ number: "(3)", minuteItem: { number: 20, meeting: { id: "coventry-hwb-2018-10-08" } } }]);
  });

  it("follows the board's business from the minutes of 14 January 2019 to the April agenda", async () => {
    const res = await hub.query(`{
      meeting(id: "coventry-hwb-2019-01-14") { minuteItems { number } declarations { text minuteItem { number } source { documentId firstLine } } }
      agendaItem(id: "coventry-hwb-2019-04-08-item-11") {
        title section pageStart pageEnd meeting { status venue }
        contributors { role person { name } roleAsWritten }
        arisingFrom { number text minuteItem { number title meeting { id } } source { documentId firstLine lastLine } }
      }
      resolutions(filter: { text: "Local Transformation Plan" }) { items { number text minuteItem { number meeting { date } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.meeting.minuteItems.map((m: any) => m.number)).toEqual([26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
    expect(res.data.meeting.declarations).toEqual([
      { text: "There were no declarations of interest.", minuteItem: { number: 28 }, source: { documentId: "coventry-hwb-2019-04-08", firstLine: 151 } },
    ]);
    expect(res.data.agendaItem).toEqual({
      title: "Housing and Homelessness Strategy",
      section: "Governance Items",
      pageStart: 97,
      pageEnd: 98,
      meeting: { status: "SCHEDULED", venue: "Committee Room 3 - Council House" },
      contributors: [{ role: "PRESENTER", person: { name: "David Ashmore" }, roleAsWritten: "Director of Housing and Transformation" }],
      arisingFrom: [{
        number: "(3)",
        text: "An item on the partner approach to housing and homelessness in the city be considered at a future Board meeting.",
        minuteItem: { number: 33, title: "Health and Wellbeing Strategy Update: Multiple Complex Needs Programme Progress Update", meeting: { id: "coventry-hwb-2019-01-14" } },
        source: { documentId: "coventry-hwb-2019-04-08", firstLine: 270, lastLine: 270 },
      }],
    });
    expect(res.data.resolutions.items).toEqual([{
      number: null,
      text: "the Coventry and Warwickshire Children and Adolescent Mental Health Services Local Transformation Plan refresh for year three be endorsed.",
      minuteItem: { number: 36, meeting: { date: "2019-01-14" } },
    }]);
  });

  it("keeps the stray markup and inline form of a resolution in asWritten only", async () => {
    const res = await hub.query(`{ resolutions(filter: { text: "dissemination" }) { items { number text asWritten } }
      inline: resolutions(filter: { text: "Adult Social Care Annual Report" }) { items { number text asWritten } } }`);
    expect(res.data.resolutions.items).toEqual([
      { number: "(2)", text: "The dissemination of the report be supported.", asWritten: "- (2) The dissemination of the report be supported.**" },
    ]);
    expect(res.data.inline.items).toEqual([
      { number: null, text: "the Adult Social Care Annual Report 2017/18 be noted.", asWritten: "RESOLVED that the Adult Social Care Annual Report 2017/18 be noted." },
    ]);
  });

  it("gives a report with its authors and its recommendations in order", async () => {
    const res = await hub.query(`{
      report(id: "coventry-hwb-2019-01-14-prevention-concordat") {
        title date asWritten source { documentId firstLine lastLine } meeting { id } agendaItem { order }
        authors { person { name } jobTitle organisation { id } asWritten source { firstLine } }
        recommendations { number text asWritten source { firstLine } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.report).toEqual({
      title: "Prevention Concordat for Better Mental Health",
      date: "2019-01-14",
      asWritten: "Subject: Prevention Concordat for Better Mental Health",
      source: { documentId: "coventry-hwb-2019-01-14", firstLine: 918, lastLine: 983 },
      meeting: { id: "coventry-hwb-2019-01-14" },
      agendaItem: { order: "9" },
      authors: [{
        person: { name: "Jane Fowles" }, jobTitle: "Consultant in Public Health", organisation: { id: "coventry-city-council" },
        asWritten: "Name and Job Title: Jane Fowles Consultant in Public Health", source: { firstLine: 977 },
      }],
      recommendations: [
        { number: "1)", text: "Endorse plans to take forward the National Prevention Concordat for Better Mental Health programme and agree to support the Consensus Statement (Appendix 1).",
          asWritten: "- 1) Endorse plans to take forward the National Prevention Concordat for Better Mental Health programme and agree to support the Consensus Statement (Appendix 1).", source: { firstLine: 938 } },
        { number: "2)", text: "Nominate a Health and Wellbeing Board level Mental Health Champion.",
          asWritten: "- 2) Nominate a Health and Wellbeing Board level Mental Health Champion.", source: { firstLine: 939 } },
        { number: "3)", text: "Agree to declare a local Prevention Concordat for Better Mental Health for Coventry and oversee local delivery.",
          asWritten: "- 3) Agree to declare a local Prevention Concordat for Better Mental Health for Coventry and oversee local delivery.", source: { firstLine: 940 } },
        { number: "4)", text: "Endorse the proposed wording for a Coventry Health and Wellbeing Board commitment pledge.",
          asWritten: "- 4) Endorse the proposed wording for a Coventry Health and Wellbeing Board commitment pledge.", source: { firstLine: 941 } },
      ],
    });
  });

  it("filters reports by text, board and dates, with pages", async () => {
    const res = await hub.query(`{
      camhs: reports(filter: { text: "camhs" }) { totalCount items { id date meeting { id } authors { person { id } } } }
      jan: reports(filter: { boardId: "coventry-health-and-wellbeing-board", from: "2019-01-14", to: "2019-01-14" }, limit: 2, offset: 6) {
        totalCount hasMore items { id agendaItem { order } }
      }
      byRecommendation: reports(filter: { text: "mental health champion" }) { items { id } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.camhs).toEqual({
      totalCount: 2,
      items: [
        { id: "coventry-hwb-2019-01-14-camhs-ltp-year-3-refresh", date: "2019-01-14", meeting: { id: "coventry-hwb-2019-01-14" },
          authors: [{ person: { id: "richard-limb" } }, { person: { id: "louise-birta" } }] },
        { id: "coventry-camhs-ltp-refresh-2023", date: "2023-12-13", meeting: null, authors: [{ person: { id: "richard-limb" } }] },
      ],
    });
    expect(res.data.jan).toEqual({
      totalCount: 9,
      hasMore: true,
      items: [
        { id: "coventry-hwb-2019-01-14-csab-annual-report-2017-18", agendaItem: { order: "11" } },
        { id: "coventry-hwb-2019-01-14-cscb-annual-report-2017-18", agendaItem: { order: "11" } },
      ],
    });
    expect(res.data.byRecommendation.items).toEqual([{ id: "coventry-hwb-2019-01-14-prevention-concordat" }]);
  });

  it("filters, sorts and pages meetings", async () => {
    const res = await hub.query(`{
      newest: meetings(orderBy: DATE_DESC, limit: 2) { totalCount hasMore items { id date status } }
      held: meetings(filter: { boardId: "coventry-health-and-wellbeing-board", status: HELD }) { totalCount items { id } }
      window: meetings(filter: { boardId: "coventry-health-and-wellbeing-board", from: "2017-01-01", to: "2018-12-31" }, offset: 1) { totalCount items { id venue } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.newest).toEqual({
      // The boards' 7 meetings and the MCN groups' 3 of 004:403 (24 January, 20 July, 4 August 2017).
      totalCount: 10,
      hasMore: true,
      items: [
        { id: "coventry-hwb-2019-04-08", date: "2019-04-08", status: "SCHEDULED" },
        { id: "coventry-hwb-2019-01-14", date: "2019-01-14", status: "HELD" },
      ],
    });
    expect(res.data.held).toEqual({
      totalCount: 3,
      items: [{ id: "coventry-hwb-2017-07-10" }, { id: "coventry-hwb-2018-10-08" }, { id: "coventry-hwb-2019-01-14" }],
    });
    expect(res.data.window).toEqual({
      totalCount: 3,
      items: [{ id: "coventry-hwb-2017-09-04", venue: "Committee Room 3 - Council House" }, { id: "coventry-hwb-2018-10-08", venue: null }],
    });
  });

  it("adds meetings attended and reports authored to partners' organisations, through the gateway", async () => {
    const res = await hub.query(`{
      organisation(id: "coventry-and-rugby-ccg") {
        shortName
        meetingsAttended { id date }
        since: meetingsAttended(from: "2018-11-01") { id }
      }
      wcc: organisation(id: "warwickshire-county-council") { name reportsAuthored { id title } }
      ccc: organisation(id: "coventry-city-council") { reportsAuthored { id date } }
      healthwatch: organisation(id: "healthwatch-coventry") { meetingsAttended { id } }
      board(id: "coventry-health-and-wellbeing-board") { meetings(from: "2018-01-01", to: "2019-01-31") { id status } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.organisation).toEqual({
      shortName: "CRCCG",
      meetingsAttended: [
        { id: "coventry-hwb-2019-01-14", date: "2019-01-14" },
        { id: "coventry-hwb-2018-10-08", date: "2018-10-08" },
        // Dr Adrian Canale-Parola and Andrea Green (004:88, 90); Jill O'Hagan at Warwickshire's board (003:126).
        { id: "coventry-hwb-2017-07-10", date: "2017-07-10" },
        { id: "warwickshire-hwb-2013-09-25", date: "2013-09-25" },
      ],
      since: [{ id: "coventry-hwb-2019-01-14" }],
    });
    expect(res.data.wcc).toEqual({
      name: "Warwickshire County Council",
      reportsAuthored: [{ id: "coventry-hwb-2019-01-14-camhs-ltp-year-3-refresh", title: "CAMHS Local Transformation Plan: Year 3 Refresh" }],
    });
    expect(res.data.ccc.reportsAuthored.map((r: any) => r.id)).toEqual([
      "coventry-camhs-ltp-refresh-2023",
      "coventry-hwb-2019-04-08-care-quality-commission-cqc-local-system-review-improvement",
      "coventry-hwb-2019-04-08-coventry-and-warwickshire-place-forum-update",
      "coventry-hwb-2019-04-08-coventry-joint-health-and-wellbeing-strategy-refresh-update",
      "coventry-hwb-2019-04-08-housing-and-homelessness-strategy",
      "coventry-hwb-2019-04-08-young-people-and-violence",
      "coventry-hwb-2019-01-14-camhs-ltp-year-3-refresh",
      "coventry-hwb-2019-01-14-cqc-improvement-plan-progress",
      "coventry-hwb-2019-01-14-jsna-update-and-hwbs-refresh",
      "coventry-hwb-2019-01-14-multiple-complex-needs-progress",
      "coventry-hwb-2019-01-14-place-forum-and-year-of-wellbeing",
      "coventry-hwb-2019-01-14-prevention-concordat",
      "coventry-hwb-2017-09-04-care-quality-commission-local-system-review",
    ]);
    // Ruth Light attended these meetings for Healthwatch (John Mason's apologies in 2018 do not count).
    expect(res.data.healthwatch.meetingsAttended).toEqual([{ id: "coventry-hwb-2019-01-14" }, { id: "coventry-hwb-2018-10-08" }, { id: "coventry-hwb-2017-07-10" }]);
    expect(res.data.board.meetings).toEqual([
      { id: "coventry-hwb-2018-10-08", status: "HELD" },
      { id: "coventry-hwb-2019-01-14", status: "HELD" },
    ]);
  });

  it("adds attendance and presented items to partners' people, through the gateway", async () => {
    const res = await hub.query(`{
      gaulton: person(id: "liz-gaulton") { name presentedItems { id order meeting { date } } }
      linnane: person(id: "john-linnane") { presentedItems { order title meeting { id } } }
      hardy: person(id: "andy-hardy") { attendance { status organisation { shortName } meeting { id date } source { documentId firstLine } } presentedItems { id } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.gaulton).toEqual({
      name: "Liz Gaulton",
      presentedItems: [
        { id: "coventry-hwb-2019-04-08-item-6", order: "6", meeting: { date: "2019-04-08" } },
        { id: "coventry-hwb-2019-04-08-item-7", order: "7", meeting: { date: "2019-04-08" } },
        { id: "coventry-hwb-2019-04-08-item-8", order: "8", meeting: { date: "2019-04-08" } },
        { id: "coventry-hwb-2019-04-08-item-10", order: "10", meeting: { date: "2019-04-08" } },
        { id: "coventry-hwb-2019-01-14-item-5", order: "5", meeting: { date: "2019-01-14" } },
        { id: "coventry-hwb-2019-01-14-item-6", order: "6", meeting: { date: "2019-01-14" } },
        { id: "coventry-hwb-2019-01-14-item-9", order: "9", meeting: { date: "2019-01-14" } },
      ],
    });
    expect(res.data.linnane.presentedItems).toEqual([
      { order: "5", title: "Winter Pressures & Feel Well in Winter Campaign – Agencies Working Together and Building Resilience", meeting: { id: "warwickshire-hwb-2013-11-20" } },
      { order: "7", title: "CCG Commissioning Intentions – Feedback from the Workshop on 30th October 2013 and the Board's Approval", meeting: { id: "warwickshire-hwb-2013-11-20" } },
    ]);
    expect(res.data.hardy).toEqual({
      attendance: [
        { status: "PRESENT", organisation: { shortName: "UHCW" }, meeting: { id: "coventry-hwb-2019-01-14", date: "2019-01-14" }, source: { documentId: "coventry-hwb-2019-04-08", firstLine: 109 } },
        { status: "APOLOGIES", organisation: { shortName: "UHCW" }, meeting: { id: "coventry-hwb-2018-10-08", date: "2018-10-08" }, source: { documentId: "coventry-hwb-2019-01-14", firstLine: 127 } },
        { status: "APOLOGIES", organisation: { shortName: "UHCW" }, meeting: { id: "coventry-hwb-2017-07-10", date: "2017-07-10" }, source: { documentId: "coventry-hwb-2017-09-04", firstLine: 116 } },
      ],
      presentedItems: [{ id: "coventry-hwb-2019-01-14-item-8" }],
    });
  });

  it("refuses a date window that ends before it starts, naming the argument", async () => {
    const res = await hub.query(`{ meetings(filter: { from: "2019-01-01", to: "2018-01-01" }) { totalCount } }`);
    expect(res.errors?.[0].message).toBe("filter.from must be on or before filter.to, got filter.from 2019-01-01 and filter.to 2018-01-01");
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.from" });
    const board = await hub.query(`{ board(id: "coventry-health-and-wellbeing-board") { meetings(from: "2019-02-01", to: "2019-01-01") { id } } }`);
    expect(board.errors?.[0].message).toBe("from must be on or before to, got from 2019-02-01 and to 2019-01-01");
  });

  it("refuses an excerpt outside its document, naming the document and the range", async () => {
    const res = await hub.query(`{
      sourceDocument(id: "coventry-camhs-ltp-refresh-2023") {
        beyond: excerpt(firstLine: 150, lastLine: 160) { text }
      }
    }`);
    expect(res.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.argumentName])).toEqual([
      ["lastLine must be at most 157, the last line of source document coventry-camhs-ltp-refresh-2023; got 160", "BAD_USER_INPUT", "lastLine"],
    ]);
    const backwards = await hub.query(`{ sourceDocument(id: "coventry-hwb-2019-01-14") { excerpt(firstLine: 20, lastLine: 10) { text } } }`);
    expect(backwards.errors?.[0].message).toBe("lastLine must not be before firstLine, got firstLine 20 and lastLine 10");

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on SourceExcerpt { text } } }`;
    const refs = await postToSubgraph(subgraph.url, entities, {
      r: [
        { __typename: "SourceExcerpt", documentId: "coventry-camhs-ltp-refresh-2023", firstLine: 150, lastLine: 160 },
        { __typename: "SourceExcerpt", documentId: "no-such-document", firstLine: 1, lastLine: 1 },
        { __typename: "SourceExcerpt", documentId: "coventry-camhs-ltp-refresh-2023", firstLine: 5, lastLine: 5 },
      ],
    });
    expect(refs.errors?.map((e) => e.message)).toEqual([
      "Lines 150-160 lie outside source document coventry-camhs-ltp-refresh-2023, which has lines 1-157",
      'No source document "no-such-document"',
    ]);
    expect(refs.data._entities).toEqual([null, null, { text: "13 December 2023" }]);
  });

  it.each([5, 200])("resolves %i SourceExcerpt references, each given twice, with one query for documents and one for lines", async (n) => {
    // Excerpts spread over two documents; each range is three lines.
    const keys = Array.from({ length: n }, (_, i) => ({
      documentId: i % 2 ? "warwickshire-hwb-2013-11-20" : "coventry-hwb-2019-01-14",
      firstLine: 1 + 20 * i,
      lastLine: 3 + 20 * i,
    }));
    const representations = [...keys, ...keys].map((k) => ({ __typename: "SourceExcerpt", ...k }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on SourceExcerpt { documentId firstLine lastLine text document { title lineCount } } } }`;
    let res: any;
    const { count, sql } = await countStatements(hub.db, async () => {
      res = await postToSubgraph(subgraph.url, query, { r: representations });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toHaveLength(2 * n);
    const last = keys[n - 1];
    const lines = last.documentId === "coventry-hwb-2019-01-14" ? pack2019 : warwickshire2013;
    expect(res.data._entities[2 * n - 1].text).toBe(lines.slice(last.firstLine - 1, last.lastLine).join("\n"));
    expect(count).toBe(2);
    expect(sql.filter((s) => /FROM "public"."SourceDocument"/.test(s))).toHaveLength(1);
    expect(sql.filter((s) => /FROM "public"."SourceLine"/.test(s))).toHaveLength(1);
  });

  it.each([3, 6])("lists %i meetings with agendas, attendance, minutes, reports and quoted sources in a fixed number of statements", async (n) => {
    const query = `query($n: Int!) { meetings(orderBy: DATE_DESC, limit: $n) { items {
      id source { text }
      agendaItems { order parent { id } subItems { id } contributors { role source { text } } reports { id authors { jobTitle } recommendations { text } } }
      attendance { status } declarations { text } minuteItems { number resolutions { text ledTo { id } } }
      reports { id }
    } } }`;
    let res: any;
    const { count } = await countStatements(hub.db, async () => {
      res = await postToSubgraph(subgraph.url, query, { n });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.meetings.items).toHaveLength(n);
    // The page and its count; one batch each of agenda items, parents, sub-items, contributors,
    // item reports, authors, recommendations, attendance, declarations, minutes, resolutions,
    // resolutions' agenda items and meeting reports (13); the quoted sources cost one query for
    // their documents and one for lines at each level they appear (meetings, contributors).
    expect(count).toBe(2 + 13 + 3);
  });
});
