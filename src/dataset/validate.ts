// Validation before anything is written: the shape (zod), duplicate keys inside the file, and
// references to records that exist neither in the file nor in the database. Every problem names
// its place in the file, e.g. `meetings[3].agendaItems[2].contributors[0].personId: unknown person "x"`.
import type { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { unstorableText } from "../subgraph/input.ts";
import { type Dataset, datasetSchema } from "./format.ts";

export class DatasetError extends Error {
  override name = "DatasetError";
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n  ... and ${problems.length - shown.length} more` : "";
    super(`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}, nothing was imported:\n  ${shown.join("\n  ")}${more}`);
  }
}

/** `meetings[3].agendaItems[2].title` from zod's path. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") || "(file)";
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `${formatPath(issue.path)}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/** Parses the text and checks the shape; throws DatasetError listing every problem. */
export function parseDataset(file: string, text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DatasetError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  return checkDatasetShape(file, json);
}

/** Checks the shape of a dataset already parsed from JSON; `at` leads each path (the mutation's "dataset."). */
export function checkDatasetShape(file: string, json: unknown, at = ""): Dataset {
  const unstorable = unstorableIn(json, at.replace(/\.$/, ""));
  if (unstorable.length) throw new DatasetError(file, unstorable);
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) throw new DatasetError(file, parsed.error.issues.map((issue) => at + describeIssue(issue)));
  return parsed.data;
}

/** Text PostgreSQL cannot store (a NUL, a lone surrogate), anywhere in the parsed file, by place. */
function unstorableIn(value: unknown, path: string, found: string[] = []): string[] {
  if (typeof value === "string") {
    const problem = unstorableText(value);
    if (problem) found.push(`${path || "(the file)"}: text that cannot be stored (${problem})`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unstorableIn(item, `${path}[${i}]`, found));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      unstorableIn(key, path, found);
      unstorableIn(item, path ? `${path}.${key}` : key, found);
    }
  }
  return found;
}

type Kind = "organisation" | "person" | "area" | "board" | "post" | "meeting" | "agenda item" | "programme" | "strategy" | "indicator" | "framework" | "source document";

/** Where each kind of record lives, to look up references the file does not define. */
const tables: Record<Kind, { model: string; id: string }> = {
  organisation: { model: "organisation", id: "id" },
  person: { model: "person", id: "id" },
  area: { model: "area", id: "code" },
  board: { model: "board", id: "id" },
  post: { model: "post", id: "id" },
  meeting: { model: "meeting", id: "id" },
  "agenda item": { model: "agendaItem", id: "id" },
  programme: { model: "programme", id: "id" },
  strategy: { model: "strategy", id: "id" },
  indicator: { model: "indicator", id: "code" },
  framework: { model: "framework", id: "code" },
  "source document": { model: "sourceDocument", id: "id" },
};

interface Walk {
  defined: Map<Kind, Map<string, string>>;
  references: { path: string; kind: Kind; id: string }[];
  problems: string[];
}

/** Records a definition, reporting a second one with both places. */
function define(walk: Walk, kind: Kind, id: string, path: string) {
  const ids = walk.defined.get(kind) ?? walk.defined.set(kind, new Map()).get(kind)!;
  const first = ids.get(id);
  if (first) walk.problems.push(`${path}: duplicate ${kind} "${id}" (first at ${first})`);
  else ids.set(id, path);
}

function refer(walk: Walk, path: string, kind: Kind, id: string | null | undefined) {
  if (id) walk.references.push({ path, kind, id });
}

/** Duplicate natural keys of records without an id of their own. */
function uniqueWithin(walk: Walk, what: string, items: { path: string; key: unknown[] }[]) {
  const seen = new Map<string, string>();
  for (const { path, key } of items) {
    const k = JSON.stringify(key);
    const first = seen.get(k);
    if (first) walk.problems.push(`${path}: duplicate ${what} (first at ${first})`);
    else seen.set(k, path);
  }
}

function walkPartners(d: Dataset, w: Walk) {
  d.areas.forEach((a, i) => (define(w, "area", a.code, `areas[${i}]`), refer(w, `areas[${i}].parentCode`, "area", a.parentCode)));
  d.organisations.forEach((o, i) => {
    define(w, "organisation", o.id, `organisations[${i}]`);
    refer(w, `organisations[${i}].areaCode`, "area", o.areaCode);
    refer(w, `organisations[${i}].parentId`, "organisation", o.parentId);
    o.identifiers.forEach((x, j) => x.validFrom && x.validTo && x.validTo < x.validFrom && w.problems.push(`organisations[${i}].identifiers[${j}].validTo: must not be before validFrom`));
  });
  d.successions.forEach((s, i) => (refer(w, `successions[${i}].predecessorId`, "organisation", s.predecessorId), refer(w, `successions[${i}].successorId`, "organisation", s.successorId)));
  d.people.forEach((p, i) => define(w, "person", p.id, `people[${i}]`));
  d.boards.forEach((b, i) => {
    define(w, "board", b.id, `boards[${i}]`);
    refer(w, `boards[${i}].hostOrganisationId`, "organisation", b.hostOrganisationId);
    refer(w, `boards[${i}].areaCode`, "area", b.areaCode);
  });
  d.posts.forEach((p, i) => (define(w, "post", p.id, `posts[${i}]`), refer(w, `posts[${i}].boardId`, "board", p.boardId)));
  d.memberships.forEach((m, i) => {
    refer(w, `memberships[${i}].personId`, "person", m.personId);
    refer(w, `memberships[${i}].boardId`, "board", m.boardId);
    refer(w, `memberships[${i}].postId`, "post", m.postId);
    refer(w, `memberships[${i}].onBehalfOfId`, "organisation", m.onBehalfOfId);
  });
  uniqueWithin(w, "membership", d.memberships.map((m, i) => ({ path: `memberships[${i}]`, key: [m.personId, m.boardId, m.role, m.startDate] })));
  d.contactDetails.forEach((c, i) => (refer(w, `contactDetails[${i}].personId`, "person", c.personId), refer(w, `contactDetails[${i}].organisationId`, "organisation", c.organisationId)));
  uniqueWithin(w, "contact detail", d.contactDetails.map((c, i) => ({ path: `contactDetails[${i}]`, key: [c.personId, c.type, c.value] })));
}

function walkGovernance(d: Dataset, w: Walk) {
  d.sourceDocuments.forEach((s, i) => (define(w, "source document", s.id, `sourceDocuments[${i}]`), refer(w, `sourceDocuments[${i}].publisherId`, "organisation", s.publisherId)));
  d.meetings.forEach((m, i) => {
    const at = `meetings[${i}]`;
    define(w, "meeting", m.id, at);
    refer(w, `${at}.boardId`, "board", m.boardId);
    m.agendaItems.forEach((a, j) => {
      define(w, "agenda item", a.id, `${at}.agendaItems[${j}]`);
      refer(w, `${at}.agendaItems[${j}].parentId`, "agenda item", a.parentId);
      if (a.pageStart && a.pageEnd && a.pageEnd < a.pageStart) w.problems.push(`${at}.agendaItems[${j}].pageEnd: must not be before pageStart`);
      a.contributors.forEach((c, k) => {
        refer(w, `${at}.agendaItems[${j}].contributors[${k}].personId`, "person", c.personId);
        refer(w, `${at}.agendaItems[${j}].contributors[${k}].organisationId`, "organisation", c.organisationId);
      });
    });
    m.attendance.forEach((a, j) => {
      refer(w, `${at}.attendance[${j}].personId`, "person", a.personId);
      refer(w, `${at}.attendance[${j}].organisationId`, "organisation", a.organisationId);
    });
    uniqueWithin(w, "attendee", m.attendance.map((a, j) => ({ path: `${at}.attendance[${j}]`, key: [a.personId] })));
    uniqueWithin(w, "minute number", m.minuteItems.map((x, j) => ({ path: `${at}.minuteItems[${j}]`, key: [x.number] })));
    m.minuteItems.forEach((x, j) => x.resolutions.forEach((r, k) => refer(w, `${at}.minuteItems[${j}].resolutions[${k}].ledTo`, "agenda item", r.ledTo)));
    m.declarations.forEach((x, j) => {
      refer(w, `${at}.declarations[${j}].personId`, "person", x.personId);
      if (x.minute !== null && !m.minuteItems.some((mi) => mi.number === x.minute)) w.problems.push(`${at}.declarations[${j}].minute: meeting ${m.id} has no minute ${x.minute} in this file`);
    });
  });
  uniqueWithin(w, "report", d.reports.map((r, i) => ({ path: `reports[${i}]`, key: [r.id] })));
  d.reports.forEach((r, i) => {
    refer(w, `reports[${i}].agendaItemId`, "agenda item", r.agendaItemId);
    r.authors.forEach((a, j) => (refer(w, `reports[${i}].authors[${j}].personId`, "person", a.personId), refer(w, `reports[${i}].authors[${j}].organisationId`, "organisation", a.organisationId)));
  });
}

function walkProgrammes(d: Dataset, w: Walk) {
  d.strategies.forEach((s, i) => {
    define(w, "strategy", s.id, `strategies[${i}]`);
    refer(w, `strategies[${i}].approval.boardId`, "board", s.approval?.boardId);
    refer(w, `strategies[${i}].approval.meetingId`, "meeting", s.approval?.meetingId);
    s.owners.forEach((o, j) => refer(w, `strategies[${i}].owners[${j}].organisationId`, "organisation", o.organisationId));
    uniqueWithin(w, "priority position", s.priorities.map((p, j) => ({ path: `strategies[${i}].priorities[${j}]`, key: [p.position] })));
  });
  d.programmes.forEach((p, i) => {
    define(w, "programme", p.id, `programmes[${i}]`);
    refer(w, `programmes[${i}].parentId`, "programme", p.parentId);
    refer(w, `programmes[${i}].leadOrganisationId`, "organisation", p.leadOrganisationId);
    refer(w, `programmes[${i}].leadPersonId`, "person", p.leadPersonId);
    p.statusUpdates.forEach((u, j) => refer(w, `programmes[${i}].statusUpdates[${j}].reportedTo`, "meeting", u.reportedTo));
    p.delivers.forEach((x, j) => {
      refer(w, `programmes[${i}].delivers[${j}].strategyId`, "strategy", x.strategyId);
      const strategy = d.strategies.find((s) => s.id === x.strategyId);
      if (x.priority !== null && strategy && !strategy.priorities.some((q) => q.position === x.priority)) {
        w.problems.push(`programmes[${i}].delivers[${j}].priority: strategy ${x.strategyId} has no priority ${x.priority}`);
      }
    });
  });
}

function walkFunding(d: Dataset, w: Walk) {
  const at = (i: number) => `fundingPools[${i}]`;
  uniqueWithin(w, "funding pool", d.fundingPools.map((p, i) => ({ path: at(i), key: [p.id] })));
  uniqueWithin(w, "contribution", d.fundingPools.flatMap((p, i) => p.contributions.map((c, j) => ({ path: `${at(i)}.contributions[${j}]`, key: [c.id] }))));
  uniqueWithin(w, "allocation", d.fundingPools.flatMap((p, i) => p.allocations.map((a, j) => ({ path: `${at(i)}.allocations[${j}]`, key: [a.id] }))));
  uniqueWithin(w, "grant", d.grants.map((g, i) => ({ path: `grants[${i}]`, key: [g.id] })));
  d.fundingPools.forEach((p, i) => {
    refer(w, `${at(i)}.hostOrganisationId`, "organisation", p.hostOrganisationId);
    refer(w, `${at(i)}.areaCode`, "area", p.areaCode);
    p.contributions.forEach((c, j) => refer(w, `${at(i)}.contributions[${j}].organisationId`, "organisation", c.organisationId));
    p.allocations.forEach((a, j) => {
      refer(w, `${at(i)}.allocations[${j}].recipientId`, "organisation", a.recipientId);
      refer(w, `${at(i)}.allocations[${j}].fundedById`, "organisation", a.fundedById);
      refer(w, `${at(i)}.allocations[${j}].programmeId`, "programme", a.programmeId);
    });
    p.statedTotals.forEach((t, j) => refer(w, `${at(i)}.statedTotals[${j}].organisationId`, "organisation", t.organisationId));
  });
  d.grants.forEach((g, i) => {
    refer(w, `grants[${i}].funderId`, "organisation", g.funderId);
    refer(w, `grants[${i}].recipientId`, "organisation", g.recipientId);
    refer(w, `grants[${i}].programmeId`, "programme", g.programmeId);
  });
}

function walkOutcomes(d: Dataset, w: Walk) {
  d.frameworks.forEach((f, i) => define(w, "framework", f.code, `frameworks[${i}]`));
  d.indicators.forEach((x, i) => {
    define(w, "indicator", x.code, `indicators[${i}]`);
    refer(w, `indicators[${i}].successorCode`, "indicator", x.successorCode);
    x.frameworks.forEach((f, j) => refer(w, `indicators[${i}].frameworks[${j}].code`, "framework", f.code));
    x.programmes.forEach((p, j) => refer(w, `indicators[${i}].programmes[${j}].id`, "programme", p.id));
  });
  for (const [section, rows] of [["measurements", d.measurements], ["targets", d.targets]] as const) {
    rows.forEach((m, i) => {
      refer(w, `${section}[${i}].indicator`, "indicator", m.indicator);
      refer(w, `${section}[${i}].area`, "area", m.area);
      refer(w, `${section}[${i}].${"reportedBy" in m ? "reportedBy" : "setBy"}`, "organisation", "reportedBy" in m ? m.reportedBy : m.setBy);
      if (m.periodEnd && m.periodEnd < m.periodStart) w.problems.push(`${section}[${i}].periodEnd: must not be before periodStart`);
    });
    const key = (m: (typeof rows)[number]) => [m.indicator, m.area, m.sex, m.period, m.source?.document ?? null, m.source?.lines ?? null];
    uniqueWithin(w, section === "measurements" ? "measurement" : "target", rows.map((m, i) => ({ path: `${section}[${i}]`, key: key(m) })));
  }
}

/** Every `source` in the file, with its path. */
function sources(value: unknown, path: string, out: { path: string; document: string; lines: string }[]) {
  if (Array.isArray(value)) value.forEach((v, i) => sources(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "source" && v && typeof v === "object") out.push({ path: `${path}.source`, ...(v as { document: string; lines: string }) });
      else sources(v, path ? `${path}.${k}` : k, out);
    }
  }
}

/** Checks references and sources against the file and the database; returns the problems. */
export async function checkReferences(prisma: PrismaClient, d: Dataset, lineCounts: Map<string, number>): Promise<string[]> {
  const w: Walk = { defined: new Map(), references: [], problems: [] };
  walkPartners(d, w);
  walkGovernance(d, w);
  walkProgrammes(d, w);
  walkFunding(d, w);
  walkOutcomes(d, w);
  const cited: { path: string; document: string; lines: string }[] = [];
  sources(d, "", cited);
  for (const s of cited) w.references.push({ path: `${s.path}.document`, kind: "source document", id: s.document });

  const missing = new Map<Kind, Set<string>>();
  for (const r of w.references) {
    if (w.defined.get(r.kind)?.has(r.id)) continue;
    (missing.get(r.kind) ?? missing.set(r.kind, new Set()).get(r.kind)!).add(r.id);
  }
  const known = new Set<string>();
  for (const [kind, ids] of missing) {
    const { model, id } = tables[kind];
    const rows = (await (prisma as unknown as Record<string, any>)[model].findMany({ where: { [id]: { in: [...ids] } }, select: { [id]: true } })) as Record<string, string>[];
    for (const row of rows) known.add(`${kind}:${row[id]}`);
  }
  for (const r of w.references) {
    if (!w.defined.get(r.kind)?.has(r.id) && !known.has(`${r.kind}:${r.id}`)) w.problems.push(`${r.path}: unknown ${r.kind} "${r.id}"`);
  }
  const storedCounts = await prisma.sourceDocument.findMany({ where: { id: { in: [...new Set(cited.map((s) => s.document))] } }, select: { id: true, lineCount: true } });
  const counts = new Map([...storedCounts.map((s) => [s.id, s.lineCount] as const), ...lineCounts]);
  for (const s of cited) {
    const [first, last = first] = s.lines.split("-").map(Number);
    const count = counts.get(s.document);
    if (last < first || first < 1) w.problems.push(`${s.path}.lines: "${s.lines}" is not an increasing line range`);
    else if (count !== undefined && last > count) w.problems.push(`${s.path}.lines: ${s.lines} lie outside source document ${s.document}, which has ${count} lines`);
  }
  return w.problems;
}
