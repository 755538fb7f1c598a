// Per-request DataLoaders of the programmes subgraph: one SQL query per batch of keys.
import type { PrismaClient, StatusUpdate } from "../../generated/prisma/client.ts";
import type { SubgraphRequest } from "../../subgraph/definition.ts";
import { loaderByKey, loaderOfMany } from "../../subgraph/loaders.ts";

/** The tables this subgraph owns; it reads no others. */
export type ProgrammesStore = Pick<
  PrismaClient,
  "strategy" | "priority" | "strategyOwnership" | "programme" | "programmeAlias" | "statusUpdate" | "strategyDelivery" | "milestone" | "responsibility" | "$queryRaw"
>;

const inList = <K>(keys: K[]) => ({ in: keys });

/** Tree and list order: the papers' own order where given, then name. */
export const programmeOrder = [{ position: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }] as const;

function strategyLoaders(db: ProgrammesStore) {
  return {
    strategy: loaderByKey((ids: string[]) => db.strategy.findMany({ where: { id: inList(ids) } }), (s) => s.id),
    priority: loaderByKey((ids: number[]) => db.priority.findMany({ where: { id: inList(ids) } }), (p) => p.id),
    prioritiesOfStrategy: loaderOfMany(
      (ids: string[]) => db.priority.findMany({ where: { strategyId: inList(ids) }, orderBy: { position: "asc" } }),
      (p) => p.strategyId,
    ),
    ownershipsOfStrategy: loaderOfMany(
      (ids: string[]) => db.strategyOwnership.findMany({ where: { strategyId: inList(ids) }, orderBy: { organisationId: "asc" } }),
      (o) => o.strategyId,
    ),
    ownershipsOfOrganisation: loaderOfMany(
      (ids: string[]) =>
        db.strategyOwnership.findMany({ where: { organisationId: inList(ids) }, orderBy: [{ strategy: { title: "asc" } }, { strategyId: "asc" }] }),
      (o) => o.organisationId,
    ),
    strategiesApprovedByBoard: loaderOfMany(
      (ids: string[]) =>
        db.strategy.findMany({
          where: { approvedById: inList(ids) },
          orderBy: [{ approvedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
        }),
      (s) => s.approvedById!,
    ),
  };
}

function deliveryLoaders(db: ProgrammesStore) {
  return {
    deliveriesOfStrategy: loaderOfMany(
      (ids: string[]) =>
        db.strategyDelivery.findMany({ where: { strategyId: inList(ids) }, orderBy: [{ programme: { name: "asc" } }, { programmeId: "asc" }] }),
      (d) => d.strategyId,
    ),
    deliveriesOfProgramme: loaderOfMany(
      (ids: string[]) =>
        db.strategyDelivery.findMany({ where: { programmeId: inList(ids) }, orderBy: [{ strategy: { title: "asc" } }, { strategyId: "asc" }] }),
      (d) => d.programmeId,
    ),
    deliveriesOfPriority: loaderOfMany(
      (ids: number[]) =>
        db.strategyDelivery.findMany({ where: { priorityId: inList(ids) }, orderBy: [{ programme: { name: "asc" } }, { programmeId: "asc" }] }),
      (d) => d.priorityId!,
    ),
  };
}

function programmeLoaders(db: ProgrammesStore) {
  return {
    programme: loaderByKey((ids: string[]) => db.programme.findMany({ where: { id: inList(ids) } }), (p) => p.id),
    childrenOfProgramme: loaderOfMany(
      (ids: string[]) => db.programme.findMany({ where: { parentId: inList(ids) }, orderBy: [...programmeOrder] }),
      (p) => p.parentId!,
    ),
    aliasesOfProgramme: loaderOfMany(
      (ids: string[]) => db.programmeAlias.findMany({ where: { programmeId: inList(ids) }, orderBy: { id: "asc" } }),
      (a) => a.programmeId,
    ),
    statusUpdatesOfProgramme: loaderOfMany(
      (ids: string[]) => db.statusUpdate.findMany({ where: { programmeId: inList(ids) }, orderBy: [{ date: "asc" }, { id: "asc" }] }),
      (u) => u.programmeId,
    ),
    /** Each programme's latest status update in one statement reading one index entry per programme. */
    latestStatusUpdate: loaderByKey(
      (ids: string[]) => db.$queryRaw<StatusUpdate[]>`
        SELECT latest.* FROM unnest(${ids}::text[]) AS k("programmeId")
        CROSS JOIN LATERAL (
          SELECT u.* FROM "public"."StatusUpdate" AS u WHERE u."programmeId" = k."programmeId" ORDER BY u."date" DESC, u."id" DESC LIMIT 1
        ) AS latest`,
      (u) => u.programmeId,
    ),
    programmesLedByOrganisation: loaderOfMany(
      (ids: string[]) => db.programme.findMany({ where: { leadOrganisationId: inList(ids) }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
      (p) => p.leadOrganisationId!,
    ),
    programmesLedByPerson: loaderOfMany(
      (ids: string[]) => db.programme.findMany({ where: { leadPersonId: inList(ids) }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
      (p) => p.leadPersonId!,
    ),
  };
}

type MilestoneLink = "programmeId" | "strategyId" | "contractId" | "fundingPoolId" | "boardId" | "organisationId";
type ResponsibilityLink = "strategyId" | "programmeId" | "contractId" | "fundingPoolId" | "boardId" | "organisationId" | "personId";

/** Milestones and responsibilities by each thing they link to: one query per link per batch. */
function workLoaders(db: ProgrammesStore) {
  const milestonesBy = (column: MilestoneLink) =>
    loaderOfMany(
      (ids: string[]) => db.milestone.findMany({ where: { [column]: inList(ids) }, orderBy: [{ plannedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
      (m) => m[column]!,
    );
  const responsibilitiesBy = <C extends ResponsibilityLink | "priorityId">(column: C) =>
    loaderOfMany(
      (ids: (C extends "priorityId" ? number : string)[]) =>
        db.responsibility.findMany({ where: { [column]: inList(ids) }, orderBy: [{ priorityId: { sort: "asc", nulls: "first" } }, { role: "asc" }, { id: "asc" }] }),
      (r) => r[column]! as C extends "priorityId" ? number : string,
    );
  return {
    milestone: loaderByKey((ids: string[]) => db.milestone.findMany({ where: { id: inList(ids) } }), (m) => m.id),
    milestonesOf: {
      programmeId: milestonesBy("programmeId"),
      strategyId: milestonesBy("strategyId"),
      contractId: milestonesBy("contractId"),
      fundingPoolId: milestonesBy("fundingPoolId"),
      boardId: milestonesBy("boardId"),
      organisationId: milestonesBy("organisationId"),
    },
    responsibilitiesOf: {
      strategyId: responsibilitiesBy("strategyId"),
      priorityId: responsibilitiesBy("priorityId"),
      programmeId: responsibilitiesBy("programmeId"),
      contractId: responsibilitiesBy("contractId"),
      fundingPoolId: responsibilitiesBy("fundingPoolId"),
      boardId: responsibilitiesBy("boardId"),
      organisationId: responsibilitiesBy("organisationId"),
      personId: responsibilitiesBy("personId"),
    },
  };
}

export function createProgrammesLoaders(db: ProgrammesStore) {
  return { ...strategyLoaders(db), ...deliveryLoaders(db), ...programmeLoaders(db), ...workLoaders(db) };
}

export type ProgrammesLoaders = ReturnType<typeof createProgrammesLoaders>;

export interface ProgrammesContext {
  store: ProgrammesStore;
  loaders: ProgrammesLoaders;
  /** Who asks (src/subgraph/definition.ts); restricted fields check it (src/subgraph/access.ts). */
  request: SubgraphRequest;
}

export function createProgrammesContext(prisma: PrismaClient, request: SubgraphRequest): ProgrammesContext {
  return { store: prisma, loaders: createProgrammesLoaders(prisma), request };
}
