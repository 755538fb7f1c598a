// The programmes subgraph's part of the dataset format and the data path: strategies (approval,
// owners, priorities), programmes (names, status updates, the strategies they deliver), the
// milestones and key dates of the partnership's work and who is responsible for what.
import { z } from "zod";
import { day as date, list, optional, slug, sourced, text } from "../../dataset/fields.ts";
import { at, by, day, define, defineSlice, GeneratedId, type OwnerRule, refer, sourceColumns, type Walk, within } from "../../dataset/slice.ts";
import {
  MilestoneKind, MilestoneStatus, ProgrammeKind, ProgrammeStatus, RagRating, ResponsibilityRole, StrategyKind, StrategyStatus,
} from "../../generated/prisma/enums.ts";
import { normaliseName } from "../partners/names.ts";

const strategy = z.strictObject({
  id: slug, title: text, kind: z.enum(StrategyKind), status: z.enum(StrategyStatus),
  periodLabel: optional(text), periodStart: optional(date), periodEnd: optional(date),
  approval: optional(z.strictObject({ boardId: slug, meetingId: optional(slug), approvedOn: optional(date), ...sourced })),
  owners: list(z.strictObject({ organisationId: slug, ...sourced })),
  priorities: list(z.strictObject({ position: z.number().int().positive(), title: text, description: optional(text), ...sourced })),
  ...sourced,
});
const programme = z.strictObject({
  id: slug, kind: z.enum(ProgrammeKind), name: text, shortName: optional(text), description: optional(text),
  parentId: optional(slug), position: optional(z.number().int().positive()), leadOrganisationId: optional(slug), leadPersonId: optional(slug),
  status: z.enum(ProgrammeStatus), startDate: optional(date), endDate: optional(date), periodLabel: optional(text),
  aliases: list(z.strictObject({ alias: text, ...sourced })),
  statusUpdates: list(z.strictObject({
    date, status: z.enum(ProgrammeStatus), ragRating: optional(z.enum(RagRating)), summary: text, reportedTo: optional(slug), ...sourced,
  })),
  delivers: list(z.strictObject({ strategyId: slug, priority: optional(z.number().int().positive()), ...sourced })),
  ...sourced,
});

/** What a milestone or a responsibility is about: at least one of these. */
const subject = {
  programmeId: optional(slug), strategyId: optional(slug), contractId: optional(slug), fundingPoolId: optional(slug),
};
const milestone = z.strictObject({
  id: slug, title: text, kind: z.enum(MilestoneKind).default("OTHER"), status: z.enum(MilestoneStatus),
  plannedDate: optional(date), plannedEndDate: optional(date), plannedAsWritten: optional(text), actualDate: optional(date),
  venue: optional(text), ...subject, boardId: optional(slug), organisationId: optional(slug), ...sourced,
});
const responsibility = z.strictObject({
  role: z.enum(ResponsibilityRole), roleAsWritten: optional(text), frequency: optional(text),
  ...subject, priority: optional(z.number().int().positive()),
  boardId: optional(slug), organisationId: optional(slug), personId: optional(slug), ...sourced,
});

/** The programmes sections of a dataset, in the order they are written. */
export const programmesSections = {
  strategies: list(strategy),
  programmes: list(programme),
  milestones: list(milestone),
  responsibilities: list(responsibility),
};

/** The owners of what a milestone or responsibility is about: the first subject it names. */
const subjectOwner = (relation: string): OwnerRule => (r, look) => {
  if (r.programmeId) return within(relation, look("programme", r.programmeId));
  if (r.strategyId) return within(relation, look("strategy", r.strategyId));
  if (r.contractId) return within(relation, look("contract", r.contractId));
  if (r.fundingPoolId) return within(relation, look("pool", r.fundingPoolId));
  if (r.boardId) return within(relation, look("board", r.boardId));
  if (r.organisationId) return by(relation, r.organisationId);
  return by(relation);
};

type Subject = { programmeId: string | null; strategyId: string | null; contractId: string | null; fundingPoolId: string | null };
const hasSubject = (r: Subject) => Boolean(r.programmeId || r.strategyId || r.contractId || r.fundingPoolId);

/** Problems of a record that must name at least one subject (and, for a responsibility, one holder). */
function subjectProblems(w: Walk, at: string, r: Subject) {
  if (!hasSubject(r)) w.problems.push(`${at}: must name what it belongs to (programmeId, strategyId, contractId or fundingPoolId)`);
  referSubjects(w, at, r);
}

function referSubjects(w: Walk, at: string, r: Subject) {
  refer(w, `${at}.programmeId`, "programme", r.programmeId);
  refer(w, `${at}.strategyId`, "strategy", r.strategyId);
  refer(w, `${at}.contractId`, "contract", r.contractId);
  refer(w, `${at}.fundingPoolId`, "funding pool", r.fundingPoolId);
}

export const programmesSlice = defineSlice({
  subgraph: "programmes",
  kinds: {
    programme: { model: "programme", id: "id" },
    strategy: { model: "strategy", id: "id" },
    milestone: { model: "milestone", id: "id" },
  },
  records: [
    {
      type: "Strategy", model: "strategy", key: ["id"], owner: (r, look) => look("strategy", r.id),
      rows: (d) =>
        d.strategies.map(({ approval, owners, priorities, source, ...s }, i) => {
          const a = sourceColumns(approval?.source);
          return at(`strategies[${i}]`, {
            ...s, periodStart: day(s.periodStart), periodEnd: day(s.periodEnd), approvedById: approval?.boardId ?? null,
            approvedAtId: approval?.meetingId ?? null, approvedOn: day(approval?.approvedOn), approvalAsWritten: a.asWritten,
            approvalSourceDocumentId: a.sourceDocumentId, approvalSourceFirstLine: a.sourceFirstLine, approvalSourceLastLine: a.sourceLastLine,
            ...sourceColumns(source),
          });
        }),
    },
    {
      type: "Priority", model: "priority", key: ["strategyId", "position"], owner: (r, look) => look("strategy", r.strategyId),
      rows: (d) => d.strategies.flatMap((s, i) => s.priorities.map(({ source, ...p }, j) => at(`strategies[${i}].priorities[${j}]`, { ...p, strategyId: s.id, ...sourceColumns(source) }))),
    },
    {
      type: "StrategyOwnership", model: "strategyOwnership", key: ["strategyId", "organisationId"], owner: (r, look) => look("strategy", r.strategyId),
      rows: (d) => d.strategies.flatMap((s, i) => s.owners.map(({ source, ...o }, j) => at(`strategies[${i}].owners[${j}]`, { ...o, strategyId: s.id, ...sourceColumns(source) }))),
    },
    {
      type: "Programme", model: "programme", key: ["id"], parent: "parentId", owner: (r) => by("led by", r.leadOrganisationId),
      rows: (d) =>
        d.programmes.map(({ aliases, statusUpdates, delivers, source, ...p }, i) => at(`programmes[${i}]`, {
          ...p, startDate: day(p.startDate), endDate: day(p.endDate), ...sourceColumns(source),
        })),
    },
    {
      type: "ProgrammeAlias", model: "programmeAlias", key: ["programmeId", "alias"], owner: (r, look) => look("programme", r.programmeId),
      rows: (d) =>
        d.programmes.flatMap((p, i) =>
          p.aliases.map(({ alias, source }, j) => at(`programmes[${i}].aliases[${j}]`, { programmeId: p.id, alias, normalised: normaliseName(alias), ...sourceColumns(source) })),
        ),
    },
    {
      type: "StatusUpdate", model: "statusUpdate", key: ["programmeId", "date", "sourceDocumentId", "sourceFirstLine"], owner: (r, look) => look("programme", r.programmeId),
      rows: (d) =>
        d.programmes.flatMap((p, i) =>
          p.statusUpdates.map(({ reportedTo, source, ...u }, j) =>
            at(`programmes[${i}].statusUpdates[${j}]`, { ...u, programmeId: p.id, date: day(u.date), reportedToId: reportedTo, ...sourceColumns(source) }),
          ),
        ),
    },
    {
      type: "StrategyDelivery", model: "strategyDelivery", key: ["programmeId", "strategyId"], owner: (r, look) => look("programme", r.programmeId),
      rows: (d) =>
        d.programmes.flatMap((p, i) =>
          p.delivers.map(({ priority, source, strategyId }, j) => at(`programmes[${i}].delivers[${j}]`, {
            programmeId: p.id, strategyId, priorityId: priority === null ? null : new GeneratedId("priority", { strategyId, position: priority }), ...sourceColumns(source),
          })),
        ),
    },
    {
      type: "Milestone", model: "milestone", key: ["id"], owner: subjectOwner("a key date of a record owned by"),
      rows: (d) =>
        d.milestones.map(({ source, ...m }, i) => at(`milestones[${i}]`, {
          ...m, plannedDate: day(m.plannedDate), plannedEndDate: day(m.plannedEndDate), actualDate: day(m.actualDate), ...sourceColumns(source),
        })),
    },
    {
      type: "Responsibility", model: "responsibility",
      key: ["role", "strategyId", "priorityId", "programmeId", "contractId", "fundingPoolId", "boardId", "organisationId", "personId"],
      owner: subjectOwner("a responsibility for a record owned by"),
      rows: (d) =>
        d.responsibilities.map(({ priority, source, ...r }, i) => at(`responsibilities[${i}]`, {
          ...r, priorityId: priority === null || !r.strategyId ? null : new GeneratedId("priority", { strategyId: r.strategyId, position: priority }), ...sourceColumns(source),
        })),
    },
  ],
  check(d, w) {
    d.strategies.forEach((s, i) => {
      define(w, "strategy", s.id);
      refer(w, `strategies[${i}].approval.boardId`, "board", s.approval?.boardId);
      refer(w, `strategies[${i}].approval.meetingId`, "meeting", s.approval?.meetingId);
      s.owners.forEach((o, j) => refer(w, `strategies[${i}].owners[${j}].organisationId`, "organisation", o.organisationId));
    });
    d.programmes.forEach((p, i) => {
      define(w, "programme", p.id);
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
    d.milestones.forEach((m, i) => {
      define(w, "milestone", m.id);
      // A key date not yet part of a record (an inspection, a deadline) belongs to a board or an organisation.
      if (!hasSubject(m) && !m.boardId && !m.organisationId) {
        w.problems.push(`milestones[${i}]: must name what it belongs to (programmeId, strategyId, contractId, fundingPoolId, boardId or organisationId)`);
      }
      referSubjects(w, `milestones[${i}]`, m);
      refer(w, `milestones[${i}].boardId`, "board", m.boardId);
      refer(w, `milestones[${i}].organisationId`, "organisation", m.organisationId);
      if (m.plannedDate && m.plannedEndDate && m.plannedEndDate < m.plannedDate) w.problems.push(`milestones[${i}].plannedEndDate: must not be before plannedDate`);
      if (m.status === "MET" && m.plannedDate === null && m.actualDate === null) w.problems.push(`milestones[${i}]: a met milestone needs its plannedDate or actualDate`);
    });
    d.responsibilities.forEach((r, i) => {
      const at = `responsibilities[${i}]`;
      subjectProblems(w, at, r);
      if (!r.boardId && !r.organisationId && !r.personId) w.problems.push(`${at}: must name who holds it (boardId, organisationId or personId)`);
      refer(w, `${at}.boardId`, "board", r.boardId);
      refer(w, `${at}.organisationId`, "organisation", r.organisationId);
      refer(w, `${at}.personId`, "person", r.personId);
      if (r.priority !== null && !r.strategyId) w.problems.push(`${at}.priority: needs strategyId`);
      const strategy = d.strategies.find((s) => s.id === r.strategyId);
      if (r.priority !== null && strategy && !strategy.priorities.some((q) => q.position === r.priority)) {
        w.problems.push(`${at}.priority: strategy ${r.strategyId} has no priority ${r.priority}`);
      }
    });
  },
  owners: {
    /**
     * A strategy's owners are its stored owners when it was stored before this import, else the
     * owners the dataset gives it: adding an owner changes the strategy, which only its owners may
     * do. Asked first while the strategies are checked, before any is written.
     */
    strategy: async (id, tx, d) => {
      const stored = await tx.strategy.findUnique({ where: { id }, select: { id: true } });
      if (!stored) return by("owned by", ...(d.strategies.find((s) => s.id === id)?.owners.map((o) => o.organisationId) ?? []));
      const owners = await tx.strategyOwnership.findMany({ where: { strategyId: id }, select: { organisationId: true }, orderBy: { organisationId: "asc" } });
      return by("owned by", ...owners.map((o) => o.organisationId));
    },
    programme: async (id, tx) => by("led by", (await tx.programme.findUnique({ where: { id }, select: { leadOrganisationId: true } }))?.leadOrganisationId),
  },
});
