// The analyst question set (issue 17): questions written by reading the five papers, each with its
// exact answer and the lines where the paper states it (test/integration/questions/questions.json,
// described in docs/analyst-questions.md). The set is checked against the papers themselves (each
// question's quote is on its lines), and every question the model can hold is answered here by one
// GraphQL query through the hub on PGlite and on PostgreSQL: the test asserts the exact answer and
// that the records answering it cite every line the question names. Questions whose kind of fact
// the model does not hold yet stay in the data file without a query (no skipped tests).
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { backends } from "../support/databases.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

interface Question {
  id: string;
  document: string;
  kind: string;
  question: string;
  answer: unknown;
  lines: string;
  quote: string;
}

interface Source {
  documentId: string;
  firstLine: number;
  lastLine: number;
}

/** One question's query, and how its answer and the lines it cites are read from the response. */
interface Answering {
  query: string;
  answer(data: any): unknown;
  sources(data: any): Source[];
}

const root = resolve(import.meta.dirname, "../..");
const questions: Question[] = JSON.parse(readFileSync(resolve(import.meta.dirname, "questions/questions.json"), "utf8")).questions;

/** The kinds of fact issue 17 adds; the rest (meetings, attendance...) the model held before. */
const NEW_KINDS = [
  "milestone", "responsibility", "group", "contract", "money-not-stated", "apportionment", "output", "staffing",
  "funnel", "cohort", "survey", "area-figure", "membership", "search",
];
const OLD_KINDS = ["meeting", "agenda", "attendance", "resolution", "report", "strategy", "funding", "indicator"];

/** The papers' lines by document id, read where the hub reads them (PLACEGRAPH_SOURCES_DIR). */
function readPapers(): Map<string, string[]> {
  const datasetDir = resolve(root, "prisma/dataset");
  const sourcesDir = loadConfig().PLACEGRAPH_SOURCES_DIR;
  const papers = new Map<string, string[]>();
  for (const file of readdirSync(datasetDir).filter((f) => f.endsWith(".json"))) {
    const dataset = JSON.parse(readFileSync(join(datasetDir, file), "utf8"));
    for (const doc of dataset.sourceDocuments ?? []) papers.set(doc.id, readFileSync(join(sourcesDir, doc.fileName), "utf8").split("\n"));
  }
  return papers;
}
const papers = readPapers();

/** "2776-2783" or "140, 151": one line, an inclusive range, or several of them. */
const ranges = (lines: string) =>
  lines.split(",").map((part) => {
    const [first, last = first] = part.trim().split("-").map(Number);
    return { first, last };
  });

/** The question's lines that hold text (a range may span a blank line). */
function textLines(q: Question): number[] {
  const paper = papers.get(q.document)!;
  const out: number[] = [];
  for (const { first, last } of ranges(q.lines)) for (let n = first; n <= last; n++) if (paper[n - 1].trim()) out.push(n);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The queries. Each answers one question in one request; helpers read the answer out of it.

const SOURCE = "source { documentId firstLine lastLine }";
const COVENTRY = "E08000026";

/** "Councillor Duggins" from "Apologies: Councillor Duggins" or "Guy Daly, Coventry University". */
const nameAsWritten = (asWritten: string) => asWritten.replace(/^Apologies:\s*/, "").split(/, | \(/)[0];

const meetingField = (id: string, fields: string, answer: (m: any) => unknown): Answering => ({
  query: `{ meeting(id: "${id}") { ${fields} ${SOURCE} } }`,
  answer: (d) => answer(d.meeting),
  sources: (d) => [d.meeting.source],
});

const apologies = (meetingId: string): Answering => ({
  query: `{ meeting(id: "${meetingId}") { attendance(status: APOLOGIES) { asWritten ${SOURCE} } } }`,
  answer: (d) => d.meeting.attendance.map((a: any) => nameAsWritten(a.asWritten)),
  sources: (d) => d.meeting.attendance.map((a: any) => a.source),
});

const agendaPages = (itemId: string): Answering => ({
  query: `{ agendaItem(id: "${itemId}") { pageStart pageEnd ${SOURCE} } }`,
  answer: (d) => `${d.agendaItem.pageStart} - ${d.agendaItem.pageEnd}`,
  sources: (d) => [d.agendaItem.source],
});

/** The resolution numbered `number` under minute `minute` of a meeting. */
const resolution = (meetingId: string, minute: number, number: string | null, answer: (r: any) => unknown): Answering => {
  const find = (d: any) => d.meeting.minuteItems.find((m: any) => m.number === minute).resolutions.find((r: any) => r.number === number);
  return {
    query: `{ meeting(id: "${meetingId}") { minuteItems { number resolutions { number text ${SOURCE} } } } }`,
    answer: (d) => answer(find(d)),
    sources: (d) => [find(d).source],
  };
};

/** An indicator's value for Coventry in one period, with its target when asked. */
const coventryValue = (code: string, period: string, answer: (m: any, i: any) => unknown): Answering => {
  const find = (d: any) => d.indicator.measurements.filter((m: any) => m.period === period);
  return {
    query: `{ indicator(code: "${code}") { unitAsWritten measurements(areaCode: "${COVENTRY}") { period value ${SOURCE} target { value ${SOURCE} } } } }`,
    answer: (d) => {
      const found = find(d);
      expect(found).toHaveLength(1);
      return answer(found[0], d.indicator);
    },
    sources: (d) => find(d).flatMap((m: any) => [m.source, ...(m.target ? [m.target.source] : [])]),
  };
};

const milestoneField = (id: string, answer: (m: any) => unknown): Answering => ({
  query: `{ milestone(id: "${id}") { status plannedDate plannedEndDate plannedAsWritten actualDate ${SOURCE} } }`,
  answer: (d) => answer(d.milestone),
  sources: (d) => [d.milestone.source],
});

/** "Mar 2019 Revised to Aug 2019": the due date as first planned, and the one it moved to. */
const movedDates = (m: any) => {
  const [, due, revisedTo] = m.plannedAsWritten.match(/^(.*?)\s+(?:Now )?[Rr]evised to (.*)$/);
  return { due, revisedTo, status: m.status.toLowerCase() };
};

const contractField = (id: string, answer: (c: any) => unknown): Answering => ({
  query: `{ contract(id: "${id}") { procurementRoute startDate endDate termAsWritten value provider { id } ${SOURCE} } }`,
  answer: (d) => answer(d.contract),
  sources: (d) => [d.contract.source],
});

/** Who leads a theme (a priority) of the CQC improvement plan: the body and the lead individuals. */
const themeLeads = (theme: number): Answering => {
  const leads = (d: any) => d.strategy.responsibilities.filter((r: any) => r.role === "LEADS" && r.priority?.position === theme);
  return {
    query: `{ strategy(id: "coventry-cqc-improvement-plan-2018") { responsibilities { role priority { position } board { name } organisation { name } person { name } ${SOURCE} } } }`,
    answer: (d) => ({
      body: leads(d).map((r: any) => r.board?.name ?? r.organisation?.name).filter(Boolean).join("; "),
      people: leads(d).filter((r: any) => r.person).map((r: any) => r.person.name),
    }),
    sources: (d) => leads(d).map((r: any) => r.source),
  };
};

/** Measurements of one indicator, read into an answer keyed by period, area, category or cohort. */
const outputs = (code: string, answer: (ms: any[]) => unknown, keep: (m: any) => boolean = () => true): Answering => ({
  query: `{ measurements(filter: { indicatorCodes: ["${code}"] }, limit: 500) { items { period value count denominator cohort category asAt basis area { code } indicator { unit } ${SOURCE} } } }`,
  answer: (d) => answer(d.measurements.items.filter(keep)),
  sources: (d) => d.measurements.items.filter(keep).map((m: any) => m.source),
});
const byKey = (ms: any[], key: (m: any) => string) => Object.fromEntries(ms.map((m) => [key(m), m.value]));
/** Mental Health Support Teams in the system (the ICB area) and in each place. */
const mhsts = (ms: any[]) => byKey(ms, (m) => ({ E54000018: "total", E08000026: "Coventry", E10000031: "Warwickshire" })[m.area.code as string]!);

/** A board's members on a day, by role. */
const membersOn = (boardId: string, asAt: string, answer: (ms: any[]) => unknown, keep: (m: any) => boolean = () => true): Answering => ({
  query: `{ board(id: "${boardId}") { members(asAt: "${asAt}") { role label asWritten person { id name } ${SOURCE} } } }`,
  answer: (d) => answer(d.board.members.filter(keep)),
  sources: (d) => d.board.members.filter(keep).map((m: any) => m.source),
});

/** Where the papers say a phrase: the hits of a full-text search, best first, as excerpts with their lines. */
const search = (text: string, answer: (hits: any[]) => unknown, { documentId, first }: { documentId?: string; first?: number } = {}): Answering => ({
  query: `{ searchSources(text: ${JSON.stringify(text)}${documentId ? `, documentId: "${documentId}"` : ""}${first ? `, first: ${first}` : ""}) {
    excerpt { documentId firstLine lastLine } } }`,
  answer: (d) => answer(d.searchSources.map((h: any) => h.excerpt)),
  sources: (d) => d.searchSources.map((h: any) => h.excerpt),
});

/** Key dates that concern an organisation or a board and no other record (an inspection, a workshop). */
const datesOf = (entity: "organisation" | "board", id: string, answer: (ms: any[]) => unknown, keep: (m: any) => boolean = () => true): Answering => ({
  query: `{ ${entity}(id: "${id}") { milestones { id kind plannedDate plannedAsWritten actualDate venue ${SOURCE} } } }`,
  answer: (d) => answer(d[entity].milestones.filter(keep)),
  sources: (d) => d[entity].milestones.filter(keep).map((m: any) => m.source),
});

/** Priority Families identified in an area and its share of the total it lies in, on one day. */
const PRIORITY_FAMILIES = `measurements(filter: { indicatorCodes: ["priority-families-identified", "priority-families-identified-share"] }, limit: 500) {
  items { value count denominator period indicator { code } area { code name type parent { code } } ${SOURCE} } }`;
const familiesIn = (d: any, code: string, period: string) => {
  const of = (indicator: string) => d.measurements.items.filter((m: any) => m.area.code === code && m.period === period && m.indicator.code === indicator);
  return { families: of("priority-families-identified"), share: of("priority-families-identified-share") };
};

const CCG_COLUMNS: Record<string, string> = { "coventry-and-rugby-ccg": "CRCCG", "south-warwickshire-ccg": "SWCCG", "warwickshire-north-ccg": "WNCCG" };

const answers: Record<string, Answering> = {
  // 004:13, 001:13, 003:7: where each pack's meeting takes place.
  "sep17-venue": meetingField("coventry-hwb-2017-09-04", "venue", (m) => m.venue),
  "apr19-venue": meetingField("coventry-hwb-2019-04-08", "venue", (m) => m.venue),
  "warks13-venue": meetingField("warwickshire-hwb-2013-11-20", "venue startTime", (m) => ({ venue: m.venue, time: m.startTime })),
  // 004:372 and 000:404: "(Meeting closed at 3.55 pm)" at the end of each set of minutes.
  "sep17-meeting-closed": meetingField("coventry-hwb-2017-07-10", "endTime", (m) => m.endTime),
  "jan19-oct-meeting-closed": meetingField("coventry-hwb-2018-10-08", "endTime", (m) => m.endTime),

  // Apologies as the minutes list them: 004:111-118, 000:125-128, 001:129-135, 003:152-154.
  "sep17-jul-apologies": apologies("coventry-hwb-2017-07-10"),
  "jan19-oct-apologies": apologies("coventry-hwb-2018-10-08"),
  "apr19-jan-apologies": apologies("coventry-hwb-2019-01-14"),
  "warks13-sep-apologies": apologies("warwickshire-hwb-2013-09-25"),

  // Agenda items with their page ranges (004:41, 000:50) and presenter (004:28-30).
  "sep17-agenda-ooh": agendaPages("coventry-hwb-2017-09-04-item-7"),
  "jan19-agenda-camhs": agendaPages("coventry-hwb-2019-01-14-item-10"),
  "sep17-agenda-mcn": {
    query: `{ agendaItem(id: "coventry-hwb-2017-09-04-item-5") { pageStart pageEnd ${SOURCE} contributors(role: PRESENTER) { person { name } ${SOURCE} } } }`,
    answer: (d) => ({ presenter: d.agendaItem.contributors.map((c: any) => c.person.name).join("; "), pages: `${d.agendaItem.pageStart} - ${d.agendaItem.pageEnd}` }),
    sources: (d) => [d.agendaItem.source, ...d.agendaItem.contributors.map((c: any) => c.source)],
  },

  // Resolutions: 004:174 (minute 4 (2)), 004:336 (minute 9 (2)), 003:228 (minute 4, "1.").
  "sep17-marmot-updates-resolution": resolution("coventry-hwb-2017-07-10", 4, "(2)", (r) => r.text.match(/every \w+ months/)?.[0] ?? r.text),
  "sep17-drug-alcohol-endorsed": resolution("coventry-hwb-2017-07-10", 9, "(2)", (r) => `${r.number} ${r.text}`),
  "warks13-mou-resolution": resolution("warwickshire-hwb-2013-09-25", 4, "1.", (r) => r.text),

  // Report authors: 004:384-386 ("From: Chief Superintendent Sharon Goosen"), 001:2180.
  "sep17-mcn-report": {
    query: `{ report(id: "coventry-hwb-2017-09-04-multiple-complex-needs-update") { ${SOURCE} authors { person { name } } } }`,
    answer: (d) => d.report.authors.map((a: any) => a.person.name).join("; "),
    sources: (d) => [d.report.source],
  },
  "apr19-i-statements-author": {
    query: `{ report(id: "coventry-hwb-2019-04-08-i-statements-for-health-and-social-care") { authors { person { name } jobTitle ${SOURCE} } } }`,
    answer: (d) => ({ person: d.report.authors[0].person.name, title: d.report.authors[0].jobTitle }),
    sources: (d) => d.report.authors.map((a: any) => a.source),
  },

  // 002:85-92: the seven priorities of the 2023/24 LTP refresh, the first two national.
  "camhs23-priorities": {
    query: `{ strategy(id: "camhs-local-transformation-plan-2023-2024") { priorities { title ${SOURCE} } } }`,
    answer: (d) => ({
      priorities: String(d.strategy.priorities.length),
      national: String(d.strategy.priorities.filter((p: any) => p.title.startsWith("National priority")).length),
    }),
    sources: (d) => d.strategy.priorities.map((p: any) => p.source),
  },

  // Pooled money: 000:156 (BCF), 003:531 (Priority Families 2013/14), 003:4561 (s256).
  "jan19-bcf-pool": {
    query: `{ fundingPool(id: "coventry-bcf-2017-19") { total ${SOURCE} contributions { contributor amount ${SOURCE} } } }`,
    answer: (d) => ({
      total: d.fundingPool.total,
      ...Object.fromEntries(d.fundingPool.contributions.map((c: any) => [c.contributor.replace(/ resource$/, ""), c.amount])),
    }),
    sources: (d) => [d.fundingPool.source, ...d.fundingPool.contributions.map((c: any) => c.source)],
  },
  "warks13-pf-funding-2013-14": {
    query: `{ fundingPool(id: "warwickshire-priority-families-dclg-2012-15") {
      contributions(financialYear: "2013/14") { contributor amount ${SOURCE} } statedTotals { label financialYear amount ${SOURCE} } } }`,
    answer: (d) => {
      const part = (label: string) => d.fundingPool.contributions.find((c: any) => c.contributor === label).amount;
      const total = d.fundingPool.statedTotals.filter((t: any) => t.financialYear === "2013/14");
      expect(total).toHaveLength(1);
      return { attachmentFees: part("Up front funding (Attachment Fees)"), paymentByResultsMaximum: part("Payment by Results (Maximum)"), total: total[0].amount };
    },
    sources: (d) => [...d.fundingPool.contributions.map((c: any) => c.source), ...d.fundingPool.statedTotals.map((t: any) => t.source)],
  },
  "warks13-s256-grant": {
    query: `{ fundingPool(id: "warwickshire-s256-2013-14") { total ${SOURCE} } }`,
    answer: (d) => d.fundingPool.total,
    sources: (d) => [d.fundingPool.source],
  },
  // 000:2902: the Coventry core CAMHS contract's value in 2018/19 (Table 31).
  "jan19-core-camhs-contract": {
    query: `{ fundingPool(id: "coventry-camhs-finance-2015-19") { allocations(financialYear: "2018/19") { purpose amount ${SOURCE} } } }`,
    answer: (d) => d.fundingPool.allocations.find((a: any) => a.purpose === "Core CAMHS Contract").amount,
    sources: (d) => d.fundingPool.allocations.filter((a: any) => a.purpose === "Core CAMHS Contract").map((a: any) => a.source),
  },
  // 004:850-854: Table 1, the in-scope Out of Hospital services by CCG area and their total.
  "sep17-ooh-in-scope-total": {
    query: `{ fundingPool(id: "out-of-hospital-in-scope-2017-18") { total ${SOURCE} contributions { contributor amount ${SOURCE} } } }`,
    answer: (d) => ({ total: d.fundingPool.total, Coventry: d.fundingPool.contributions.find((c: any) => c.contributor === "Coventry").amount }),
    sources: (d) => [d.fundingPool.source, ...d.fundingPool.contributions.map((c: any) => c.source)],
  },
  // 000:2887: Table 30's ASD support row, one column per CCG.
  "jan19-asd-support-swccg": {
    query: `{ fundingPool(id: "camhs-ltp-baseline-indicative-costs") { allocations { purpose amount fundedBy { id } ${SOURCE} } } }`,
    answer: (d) =>
      Object.fromEntries(
        d.fundingPool.allocations.filter((a: any) => a.purpose === "Priority 3: ASD support").map((a: any) => [CCG_COLUMNS[a.fundedBy.id], a.amount]),
      ),
    sources: (d) => d.fundingPool.allocations.filter((a: any) => a.purpose === "Priority 3: ASD support").map((a: any) => a.source),
  },
  // 003:4449: reablement's share of the s256 transfer and its planned output.
  "warks13-reablement-output": {
    query: `{ fundingPool(id: "warwickshire-s256-2013-14") { allocations { purpose amount plannedOutput ${SOURCE} } } }`,
    answer: (d) => {
      const a = d.fundingPool.allocations.find((x: any) => x.purpose === "Reablement");
      const [, output, expected] = a.plannedOutput.match(/^(.*) \((.*)\)$/);
      return { amount: a.amount, output, expected };
    },
    sources: (d) => d.fundingPool.allocations.filter((x: any) => x.purpose === "Reablement").map((x: any) => x.source),
  },

  // Indicators: 000:162 (DToC), 001:1393, 1397, 1400 (the Marmot outcome indicators for 17/18).
  "jan19-dtoc-expectation": coventryValue("delayed-transfers-of-care-daily", "June 2018", (m) => ({ expected: m.target?.value, june2018: m.value })),
  "apr19-oi1-good-level": coventryValue("good-level-of-development-age-5", "17/18", (m) => m.value),
  "apr19-oi3-gap": coventryValue("early-years-attainment-gap", "17/18", (m) => m.value),
  "apr19-self-harm-admissions": coventryValue("hospital-admissions-self-harm-10-24", "17/18", (m, i) => ({
    value: m.value,
    unit: i.unitAsWritten,
    target: m.target?.value,
  })),
  // ---- The kinds issue 17 adds. Milestones: 002:83-129, 004:421-1126, 001:1035-2838, 000:4235.
  "camhs23-system-workshop-date": milestoneField("camhs-ltp-2023-system-workshop", (m) => m.plannedDate),
  "camhs23-peer-mentoring-extension": milestoneField("peer-mentoring-extended-to-april-2024", (m) => m.plannedAsWritten),
  "camhs23-arfid-approved": milestoneField("camhs-arfid-offer-approved", (m) => m.plannedAsWritten),
  "camhs23-commissioning-review": milestoneField("cyp-mh-commissioning-review", (m) => m.plannedAsWritten),
  "sep17-ooh-ojeu": milestoneField("ooh-coventry-issue-ojeu", (m) => m.plannedAsWritten),
  "sep17-cqc-onsite-week": milestoneField("cqc-lsr-onsite-week", (m) => m.plannedAsWritten),
  "sep17-cqc-senior-leaders-week": milestoneField("cqc-lsr-senior-leaders-week", (m) => m.plannedAsWritten),
  "sep17-mcn-extraordinary-board": milestoneField("mcn-extraordinary-board-2017-09-14", (m) => m.plannedDate),
  "sep17-ooh-approval-step": milestoneField("ooh-options-step-5", (m) => m.plannedAsWritten),
  "apr19-final-draft-to-board": milestoneField("hwbs-2019-consultation-final-draft-strategy-to-health-and-wellbeing-board", (m) => m.plannedAsWritten),
  "apr19-workforce-strategy-revised": milestoneField("cqc-2018-action-6-1-apr19", movedDates),
  "jan19-trusted-assessor-revised": milestoneField("cqc-2018-action-4-5-jan19", movedDates),
  "camhs23-suicide-strategy-endorsed": {
    query: `{ endorsed: milestone(id: "suicide-prevention-strategy-endorsed") { plannedAsWritten ${SOURCE} }
      approved: milestone(id: "suicide-prevention-strategy-wcc-approval") { plannedAsWritten ${SOURCE} } }`,
    answer: (d) => ({ endorsed: d.endorsed.plannedAsWritten, wccApproval: d.approved.plannedAsWritten }),
    sources: (d) => [d.endorsed.source, d.approved.source],
  },
  "sep17-ooh-contract-signature": {
    query: `{ contract(id: "out-of-hospital-coventry") { milestones { title plannedAsWritten ${SOURCE} } } }`,
    answer: (d) => Object.fromEntries(d.contract.milestones.filter((m: any) => m.title.startsWith("Contract ")).map((m: any) => [m.title, m.plannedAsWritten])),
    sources: (d) => d.contract.milestones.map((m: any) => m.source),
  },
  "apr19-prioritisation-workshop": {
    query: `{ strategy(id: "coventry-health-and-wellbeing-strategy-2019-2022") { milestones { title plannedAsWritten ${SOURCE} } } }`,
    answer: (d) => {
      const asked = ["Prioritisation workshop", "Final Health and Wellbeing Strategy approved and published"];
      return Object.fromEntries(d.strategy.milestones.filter((m: any) => asked.includes(m.title)).map((m: any) => [m.title, m.plannedAsWritten]));
    },
    sources: (d) => d.strategy.milestones.map((m: any) => m.source),
  },

  // Contracts: 002:113, 114, 127; 004:645; 000:1215, 1940, 2650.
  "camhs23-kooth-contract": {
    query: `{ contract(id: "kooth-coventry-and-warwickshire") { provider { id } endDate ${SOURCE} commissioners { status organisation { id } ${SOURCE} } } }`,
    answer: (d) => {
      const by = (status: string) => d.contract.commissioners.filter((c: any) => c.status === status).map((c: any) => c.organisation.id).sort();
      return { provider: d.contract.provider.id, current: by("CURRENT"), previous: by("PREVIOUS"), endDate: d.contract.endDate };
    },
    sources: (d) => [d.contract.source, ...d.contract.commissioners.map((c: any) => c.source)],
  },
  "camhs23-compass-tier2-contract": contractField("compass-tier-2-coventry", (c) => ({ provider: c.provider.id, route: c.procurementRoute, term: c.termAsWritten })),
  "camhs23-lac-offer-transfer": contractField("compass-coventry-camhs-looked-after-offer", (c) => ({ provider: c.provider.id, startDate: c.startDate, term: c.termAsWritten })),
  "jan19-rise-contract": contractField("warwickshire-rise-camhs", (c) => ({ route: c.procurementRoute, startDate: c.startDate, term: c.termAsWritten })),
  "jan19-healios": contractField("healios-online-cbt", (c) => ({ provider: c.provider.id, value: c.value })),
  "sep17-ooh-direct-award": {
    query: `{ contracts(filter: { procurementRoute: DIRECT_AWARD }) { id procurementRoute provider { id } ${SOURCE} }
      decided: milestone(id: "ooh-direct-award-decision") { plannedAsWritten ${SOURCE} } }`,
    answer: (d) => {
      const ooh = d.contracts.filter((c: any) => c.id.startsWith("out-of-hospital-"));
      return { route: [...new Set(ooh.map((c: any) => c.procurementRoute))].join(), providers: ooh.map((c: any) => c.provider.id).sort(), decided: d.decided.plannedAsWritten };
    },
    sources: (d) => [...d.contracts.map((c: any) => c.source), d.decided.source],
  },
  "jan19-camhs-lac-commissioners": {
    query: `{ a: contract(id: "coventry-camhs-lac-tier-3") { ${SOURCE} commissioners { organisation { id } } milestones { plannedAsWritten } }
      b: contract(id: "coventry-journeys-lac") { commissioners { organisation { id } } } }`,
    answer: (d) => ({
      commissioners: [...d.a.commissioners, ...d.b.commissioners].map((c: any) => c.organisation.id).sort(),
      launched: d.a.milestones[0]?.plannedAsWritten,
    }),
    sources: (d) => [d.a.source],
  },

  // Responsibilities and groups: 000:1560, 4080, 4252; 003:4500; 004:140-151, 647.
  "jan19-rise-oversight": {
    query: `{ contract(id: "warwickshire-rise-camhs") { responsibilities { role board { name } ${SOURCE} } } }`,
    answer: (d) => d.contract.responsibilities.map((r: any) => r.board.name).join("; "),
    sources: (d) => d.contract.responsibilities.map((r: any) => r.source),
  },
  "warks13-s256-monitoring": {
    query: `{ fundingPool(id: "warwickshire-s256-2013-14") { responsibilities { role frequency board { name } ${SOURCE} } } }`,
    answer: (d) => d.fundingPool.responsibilities.filter((r: any) => r.frequency).map((r: any) => ({ group: r.board.name, frequency: r.frequency }))[0],
    sources: (d) => d.fundingPool.responsibilities.map((r: any) => r.source),
  },
  "sep17-marmot-steering-group": {
    query: `{ programme(id: "marmot-city") { responsibilities { role frequency board { name } person { name } ${SOURCE} } } }`,
    answer: (d) => ({
      frequency: d.programme.responsibilities.find((r: any) => r.board)?.frequency,
      coChair: d.programme.responsibilities.find((r: any) => r.role === "CO_LEADS")?.person.name,
    }),
    sources: (d) => d.programme.responsibilities.map((r: any) => r.source),
  },
  "sep17-cwcc-board": {
    query: `{ programme(id: "out-of-hospital") { responsibilities { roleAsWritten board { name } ${SOURCE} } } }`,
    answer: (d) => d.programme.responsibilities.filter((r: any) => r.roleAsWritten === "future governance arrangement").map((r: any) => r.board.name).join("; "),
    sources: (d) => d.programme.responsibilities.map((r: any) => r.source),
  },
  "jan19-cqc-theme1-lead": themeLeads(1),
  "jan19-theme5-lead": themeLeads(5),

  // Money without a stated amount (002:133) and an apportionment by CCG (003:4465-4469).
  "camhs23-salt-funding": {
    query: `{ fundingLinks(funderId: "nhs-england", amountStated: false) { id amount amountStated funder { id } ${SOURCE} }
      until: milestone(id: "salt-post-funded-until") { plannedAsWritten ${SOURCE} } }`,
    answer: (d) => {
      const f = d.fundingLinks.find((x: any) => x.id === "nhse-salt-post-positive-directions");
      return { funder: f.funder.id, amount: f.amountStated ? f.amount : "not stated", until: d.until.plannedAsWritten };
    },
    sources: (d) => [...d.fundingLinks.filter((x: any) => x.id === "nhse-salt-post-positive-directions").map((x: any) => x.source), d.until.source],
  },
  "warks13-s256-apportionment": {
    query: `{ fundingPool(id: "warwickshire-s256-2013-14") { apportionments { partner share amount ${SOURCE} } } }`,
    answer: (d) => Object.fromEntries(d.fundingPool.apportionments.map((a: any) => [a.partner, { share: a.share, amount: a.amount }])),
    sources: (d) => d.fundingPool.apportionments.map((a: any) => a.source),
  },

  // Outputs, staffing, funnels, cohorts, a survey and district figures (000:2000-3736, 003:458-4712).
  "jan19-first-appointment-wait": outputs("camhs-average-wait-first-appointment", (ms) => ({ ...byKey(ms, (m) => m.period), unit: ms[0].indicator.unit.toLowerCase() }), (m) => ["Jan18", "Aug18"].includes(m.period)),
  "jan19-follow-up-over-12-weeks": outputs("cyp-waiting-over-12-weeks-follow-up", (ms) => byKey(ms, (m) => m.period)),
  "jan19-emergency-48h-july": outputs("emergency-referrals-assessed-within-48-hours", (ms) => ({ number: ms[0].count, percentage: ms[0].value }), (m) => m.period === "Jul-18"),
  "jan19-cwpt-nursing-wte": outputs("camhs-workforce-wte", (ms) => byKey(ms, (m) => m.period), (m) => m.category === "CWPT Specialist CAMHS Service: Nursing"),
  "jan19-spe-referrals": outputs(
    "camhs-referrals",
    (ms) => byKey(ms, (m) => ({ E38000038: "Coventry & Rugby", E10000031: "Warks", E54000018: "Combined" })[m.area.code as string]!),
    (m) => m.period === "2017/18",
  ),
  "jan19-yos-referrals": {
    query: `{ referrals: measurements(filter: { indicatorCodes: ["camhs-youth-justice-referrals"], areaCodes: ["E08000026"] }) { items { value ${SOURCE} } }
      contacts: measurements(filter: { indicatorCodes: ["camhs-youth-justice-contacts"], areaCodes: ["E08000026"] }) { items { value ${SOURCE} } } }`,
    answer: (d) => ({ referrals: d.referrals.items[0].value, contacts: d.contacts.items[0].value }),
    sources: (d) => [...d.referrals.items, ...d.contacts.items].map((m: any) => m.source),
  },
  "jan19-enquiry-source-ambulance": outputs("csab-concluded-enquiries", (ms) => ms.map((m) => m.value).join(), (m) => m.category === "Enquiry Source: Ambulance Service"),
  "warks13-started-work": outputs("priority-families-started-work", (ms) => ({
    started: ms.find((m) => !m.cohort).value,
    yearOne: ms.find((m) => m.cohort === "Year One cohort").value,
    towardsYearTwo: ms.find((m) => m.cohort === "Year Two cohort").value,
  })),
  "warks13-jsa-nuneaton": outputs("jsa-claimants-working-age", (ms) =>
    byKey(ms.filter((m) => ["E07000219", "E10000031", "E92000001"].includes(m.area.code)), (m) => ({ E07000219: "Nun. & Bed.", E10000031: "Warwickshire", E92000001: "England" })[m.area.code as string]!),
  ),

  // Search of the papers: 002:132, 004:184 and 472, 003:2005 (the best hit, or every hit in one pack).
  "camhs23-search-rtss": search('"Real Time Surveillance System" suspected suicides', ([hit]) => ({ document: hit.documentId, line: String(hit.firstLine) }), { first: 1 }),
  "sep17-search-leadership-academy": search('"System Leadership Academy"', (hits) => ({
    document: [...new Set(hits.map((h) => h.documentId))].join(),
    lines: hits.map((h) => h.firstLine).sort((a, b) => a - b).map(String),
  }), { documentId: "coventry-hwb-2017-09-04" }),
  "warks13-search-safe-places": search("Safe Places Scheme Warwickshire Police", ([hit]) => ({ document: hit.documentId, line: String(hit.firstLine) }), { first: 1 }),

  // Key dates no record held before: 004:344-346, 003:1447, 003:184, 003:76, 003:4626, 003:536.
  "sep17-ofsted-reinspection": datesOf("organisation", "coventry-city-council", (ms) => ({
    inspection: ms.find((m) => m.kind === "INSPECTION").plannedAsWritten.replace(/^between /, ""),
    published: ms.find((m) => m.kind === "PUBLICATION").actualDate,
  }), (m) => m.id.startsWith("ofsted-reinspection-")),
  "warks13-autism-saf-deadline": milestoneField("autism-saf-2013-final-submission-deadline", (m) => m.plannedDate),
  "warks13-geh-preferred-partner": datesOf("organisation", "george-eliot-hospital", (ms) => ms[0].plannedAsWritten.replace(/^By /, ""), (m) => m.kind === "DECISION"),
  "warks13-mou-workshop": datesOf("board", "warwickshire-health-and-wellbeing-board", ([m]) => {
    const [date, time] = m.plannedAsWritten.split(" at ");
    return { date, time, place: m.venue };
  }, (m) => m.kind === "WORKSHOP"),
  "warks13-s256-payment": {
    query: `{ milestone(id: "s256-revenue-grant-paid") { title plannedAsWritten ${SOURCE} } fundingPool(id: "warwickshire-s256-2013-14") { total } }`,
    answer: (d) => ({
      instalments: d.milestone.title.match(/in (\w+) instalment/)[1],
      amount: d.fundingPool.total,
      by: d.milestone.plannedAsWritten.replace(/^by the /, ""),
    }),
    sources: (d) => [d.milestone.source],
  },
  "warks13-pbr-july-claim": {
    query: `{ measurements(filter: { indicatorCodes: ["priority-families-successful-claims"] }) { items { value category ${SOURCE} } }
      claim: milestone(id: "priority-families-july-pbr-claim") { actualDate ${SOURCE} } }`,
    answer: (d) => ({ families: d.measurements.items.find((m: any) => m.category === "July (PBR) window claim").value, submitted: d.claim.actualDate }),
    sources: (d) => [...d.measurements.items.filter((m: any) => m.category === "July (PBR) window claim").map((m: any) => m.source), d.claim.source],
  },

  // Districts and wards (the wards without GSS codes in the papers): 003:434-438, 796, 872; 001:1410.
  "warks13-district-nuneaton": {
    query: `{ ${PRIORITY_FAMILIES} }`,
    answer: (d) => {
      const district = familiesIn(d, "E07000219", "as at 4 November 2013");
      const county = familiesIn(d, "E10000031", "as at 4 November 2013");
      expect([district.families.length, district.share.length, county.families.length]).toEqual([1, 1, 1]);
      return { families: district.families[0].value, share: district.share[0].value, total: county.families[0].value };
    },
    // The total "can be disaggregated as follows" (003:434): every district's figure of that day.
    sources: (d) => d.measurements.items.filter((m: any) => m.period === "as at 4 November 2013").map((m: any) => m.source),
  },
  "warks13-ward-wem-brook": {
    query: `{ ${PRIORITY_FAMILIES} }`,
    answer: (d) => {
      const ward = familiesIn(d, "E07000219/wem-brook", "as at 5 November 2013 (by address)");
      expect(ward.share[0].area).toMatchObject({ name: "Wem Brook", type: "WARD", parent: { code: "E07000219" } });
      return { families: ward.families[0].value, share: ward.share[0].value };
    },
    sources: (d) => Object.values(familiesIn(d, "E07000219/wem-brook", "as at 5 November 2013 (by address)")).flat().map((m: any) => m.source),
  },
  "warks13-ward-brunswick": (() => {
    const most = (d: any) => {
      const wards = d.measurements.items.filter((m: any) => m.indicator.code === "priority-families-identified" && m.area.type === "WARD" && m.area.parent.code === "E07000222");
      return wards.reduce((a: any, b: any) => (Number(b.value) > Number(a.value) ? b : a));
    };
    return {
      query: `{ ${PRIORITY_FAMILIES} }`,
      answer: (d) => {
        const ward = most(d);
        const share = familiesIn(d, ward.area.code, ward.period).share[0];
        return { ward: ward.area.name, families: ward.value, share: share.value };
      },
      sources: (d) => [most(d).source],
    } satisfies Answering;
  })(),
  "apr19-jsa-wards": {
    query: `{ measurements(filter: { indicatorCodes: ["jsa-claimant-rate"] }) { items { value category period area { name type gssCode } ${SOURCE} } } }`,
    answer: (d) => {
      const ward = (category: string) => d.measurements.items.find((m: any) => m.category === category && m.period === "March 2018" && m.area.type === "WARD");
      return Object.fromEntries(["highest", "lowest"].map((k) => [k, { ward: ward(`ward with the ${k} rate`).area.name, value: ward(`ward with the ${k} rate`).value }]));
    },
    sources: (d) => d.measurements.items.map((m: any) => m.source),
  },

  // Who oversees the CAMHS LTP, and the board's chair: a post named by its holder's job (002:68).
  "camhs23-ltp-oversight": {
    query: `{ strategy(id: "camhs-local-transformation-plan-2023-2024") { responsibilities(role: MONITORS) { ${SOURCE} board { name posts { label role ${SOURCE} } } } } }`,
    answer: (d) => {
      const [r] = d.strategy.responsibilities;
      return { group: r.board.name, chair: r.board.posts.find((p: any) => p.role === "CHAIR").label };
    },
    sources: (d) => d.strategy.responsibilities.flatMap((r: any) => [r.source, ...r.board.posts.map((p: any) => p.source)]),
  },

  // Planned and proposed counts (basis PLANNED, PROPOSED): 002:108-109 and 111; 000:1872-1873.
  "camhs23-mhst-wave9": outputs("mental-health-support-teams", (ms) => mhsts(ms), (m) => m.category === "wave 9" && m.basis === "PLANNED"),
  "camhs23-mhst-total": outputs("mental-health-support-teams", (ms) => mhsts(ms), (m) => m.category === "total with the additional waves" && m.basis === "PLANNED"),
  "jan19-acute-liaison-fte": outputs("acute-liaison-service-fte", (ms) => {
    const phase = (category: string, basis: string) => ms.find((m) => m.category === category && m.basis === basis).value;
    return { phase1From: phase("current", "ACTUAL"), phase1To: phase("Phase 1", "PROPOSED"), phase2: phase("Phase 2", "PROPOSED"), unit: ms[0].indicator.unit };
  }),

  // A survey's base and a statement's result (000:2776-2783): respondents, and "certainly or partly true".
  "jan19-esq-survey": {
    query: `{ base: measurements(filter: { indicatorCodes: ["esq-respondents"] }) { items { value category ${SOURCE} } }
      result: measurements(filter: { indicatorCodes: ["esq-certainly-or-partly-true"] }) { items { value denominator category ${SOURCE} indicator { ${SOURCE} } } } }`,
    answer: (d) => {
      const listened = d.result.items.find((m: any) => m.category === "Feel that people listened");
      const base = d.base.items.find((m: any) => m.category === null);
      expect(listened.denominator).toBe(base.value);
      return { base: base.value, statement: listened.category, certainlyOrPartlyTrue: `${listened.value}%` };
    },
    sources: (d) => [...d.base.items.map((m: any) => m.source), ...d.result.items.flatMap((m: any) => [m.source, m.indicator.source])],
  },

  // A group's meetings (004:403): the MCN Operational Delivery Group's first, the MCN Board's last before 4 August 2017.
  "sep17-mcn-odg-first-meeting": {
    query: `{ odg: board(id: "mcn-operational-delivery-group") { meetings { date ${SOURCE} } } mcn: board(id: "multiple-complex-needs-board") { meetings { date ${SOURCE} } } }`,
    answer: (d) => ({
      operationalDeliveryGroupFirstMet: d.odg.meetings.map((m: any) => m.date).sort()[0],
      mcnBoardLastMet: d.mcn.meetings.map((m: any) => m.date).filter((day: string) => day < "2017-08-04").sort().at(-1),
    }),
    sources: (d) => [...d.odg.meetings, ...d.mcn.meetings].map((m: any) => m.source),
  },
  // 000:3602-3604: the CSAB's concluded enquiries, those with wishes recorded, and the percentage as stated.
  "jan19-csab-wishes": {
    query: `{ enquiries: measurements(filter: { indicatorCodes: ["csab-concluded-enquiries"] }, limit: 100) { items { value category ${SOURCE} } }
      percent: measurements(filter: { indicatorCodes: ["csab-wishes-recorded-percent"] }) { items { value count denominator ${SOURCE} } } }`,
    answer: (d) => {
      const [percent] = d.percent.items;
      const concluded = d.enquiries.items.find((m: any) => m.category === null).value;
      const wishesRecorded = d.enquiries.items.find((m: any) => m.category === "wishes recorded").value;
      expect({ count: percent.count, denominator: percent.denominator }).toEqual({ count: wishesRecorded, denominator: concluded });
      return { concluded, wishesRecorded, percentage: `${percent.value}%` };
    },
    sources: (d) => [...d.enquiries.items, ...d.percent.items].map((m: any) => m.source),
  },
  // 000:759: Chris Ham appointed Independent Chair of the STP programme, starting in January 2019.
  "jan19-ham-independent-chair": {
    query: `{ programme(id: "bhbcbv") { responsibilities(role: LEADS) { roleAsWritten asWritten person { id } ${SOURCE} }
      milestones { kind plannedAsWritten ${SOURCE} } } }`,
    answer: (d) => {
      const chair = d.programme.responsibilities.find((r: any) => r.roleAsWritten === "Independent Chair");
      return { person: chair.asWritten.split(" has been appointed")[0], role: chair.roleAsWritten, from: d.programme.milestones.find((m: any) => m.kind === "START").plannedAsWritten };
    },
    sources: (d) => [...d.programme.responsibilities, ...d.programme.milestones].map((x: any) => x.source),
  },

  // Dated memberships: 004:136, 001:80, 003:94.
  "sep17-deputy-chair-appointed": membersOn("coventry-health-and-wellbeing-board", "2017-07-10", (ms) => ({
    person: ms[0].person.id, role: ms[0].role, term: ms[0].label.match(/\d{4}\/\d{2}/)[0],
  }), (m) => m.role === "DEPUTY_CHAIR"),
  "apr19-membership-list": membersOn("coventry-health-and-wellbeing-board", "2019-04-08", (ms) => String(ms.length)),
  "warks13-chair": membersOn("warwickshire-health-and-wellbeing-board", "2013-11-20", (ms) => nameAsWritten(ms[0].asWritten), (m) => m.role === "CHAIR"),
};

const answered = questions.filter((q) => answers[q.id]);

// ---------------------------------------------------------------------------------------------

describe("the analyst question set", () => {
  it("has at least 60 questions from all five papers, at least half about the kinds of fact issue 17 adds", () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.document))).toEqual(new Set(papers.keys()));
    for (const q of questions) expect([...NEW_KINDS, ...OLD_KINDS], q.id).toContain(q.kind);
    expect(questions.filter((q) => NEW_KINDS.includes(q.kind)).length * 2).toBeGreaterThanOrEqual(questions.length);
  });

  it.each(questions.map((q) => [q.id, q] as const))("%s: the paper says it on the lines given", (_id, q) => {
    const paper = papers.get(q.document)!;
    const parts = ranges(q.lines);
    for (const { first, last } of parts) {
      expect(first).toBeGreaterThanOrEqual(1);
      expect(last).toBeLessThanOrEqual(paper.length);
    }
    expect(parts.map(({ first, last }) => paper.slice(first - 1, last).join("\n")).join("\n")).toContain(q.quote);
  });

  it("has a query only for questions in the set", () => {
    expect(Object.keys(answers).filter((id) => !questions.some((q) => q.id === id))).toEqual([]);
  });
});

describe.each(backends)("the analyst questions on %s", (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  });
  afterAll(() => hub?.close());

  it.each(answered.map((q) => [q.id, q] as const))("%s", async (id, q) => {
    const { query, answer, sources } = answers[id];
    const res = await hub.query(query);
    expect(res.errors).toBeUndefined();
    expect(answer(res.data)).toEqual(q.answer);
    // Every line of the question that holds text is cited by a record of the answer.
    const cited = sources(res.data).filter((s) => s.documentId === q.document);
    const uncited = textLines(q).filter((n) => !cited.some((s) => s.firstLine <= n && n <= s.lastLine));
    expect(uncited, `${q.document} lines not cited`).toEqual([]);
  });
});
