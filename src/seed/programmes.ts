// The programmes seed fixture (prisma/fixtures/programmes.json): strategies with their
// priorities and owners, the programme tree with aliases, status updates and the strategies
// each programme delivers, all from the board papers.
import type { ProgrammeKind, ProgrammeStatus, RagRating, StrategyKind, StrategyStatus } from "../generated/prisma/client.ts";
import { normaliseName } from "../subgraphs/partners/names.ts";
import type { Transaction } from "./index.ts";
import { type FixtureSource, sourceColumns } from "./sources.ts";

interface Sourced {
  source?: FixtureSource | null;
}

export interface ProgrammesFixture {
  strategies: (Sourced & {
    id: string; title: string; kind: StrategyKind; status: StrategyStatus;
    periodLabel: string | null; periodStart: string | null; periodEnd: string | null;
    approval: (Sourced & { boardId: string; meetingId: string | null; approvedOn: string | null }) | null;
    owners: (Sourced & { organisationId: string })[];
    priorities: (Sourced & { position: number; title: string; description: string | null })[];
  })[];
  programmes: (Sourced & {
    id: string; kind: ProgrammeKind; name: string; shortName: string | null; description: string | null;
    parentId: string | null; position: number | null; leadOrganisationId: string | null; leadPersonId: string | null;
    status: ProgrammeStatus; startDate: string | null; endDate: string | null; periodLabel: string | null;
    aliases: (Sourced & { alias: string })[];
    statusUpdates: (Sourced & { date: string; status: ProgrammeStatus; ragRating: RagRating | null; summary: string; reportedTo: string | null })[];
    delivers: (Sourced & { strategyId: string; priority: number | null })[];
  })[];
}

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** The approval's provenance goes to the approval* columns, apart from the strategy's own source. */
function approvalColumns(approval: ProgrammesFixture["strategies"][number]["approval"]) {
  const s = sourceColumns(approval?.source);
  return {
    approvedById: approval?.boardId ?? null,
    approvedAtId: approval?.meetingId ?? null,
    approvedOn: day(approval?.approvedOn ?? null),
    approvalAsWritten: s.asWritten,
    approvalSourceDocumentId: s.sourceDocumentId,
    approvalSourceFirstLine: s.sourceFirstLine,
    approvalSourceLastLine: s.sourceLastLine,
  };
}

async function loadStrategies(tx: Transaction, strategies: ProgrammesFixture["strategies"]) {
  await tx.strategy.createMany({
    data: strategies.map((s) => ({
      id: s.id, title: s.title, kind: s.kind, status: s.status, periodLabel: s.periodLabel,
      periodStart: day(s.periodStart), periodEnd: day(s.periodEnd), ...approvalColumns(s.approval), ...sourceColumns(s.source),
    })),
  });
  await tx.priority.createMany({
    data: strategies.flatMap((s) =>
      s.priorities.map((p) => ({ strategyId: s.id, position: p.position, title: p.title, description: p.description, ...sourceColumns(p.source) })),
    ),
  });
  await tx.strategyOwnership.createMany({
    data: strategies.flatMap((s) => s.owners.map((o) => ({ strategyId: s.id, organisationId: o.organisationId, ...sourceColumns(o.source) }))),
  });
}

async function loadProgrammes(tx: Transaction, programmes: ProgrammesFixture["programmes"]) {
  // Parents are listed before their children, so one insert keeps the tree's foreign keys valid.
  await tx.programme.createMany({
    data: programmes.map(({ aliases, statusUpdates, delivers, source, startDate, endDate, ...p }) => ({
      ...p, startDate: day(startDate), endDate: day(endDate), ...sourceColumns(source),
    })),
  });
  await tx.programmeAlias.createMany({
    data: programmes.flatMap((p) =>
      p.aliases.map((a) => ({ programmeId: p.id, alias: a.alias, normalised: normaliseName(a.alias), ...sourceColumns(a.source) })),
    ),
  });
  await tx.statusUpdate.createMany({
    data: programmes.flatMap((p) =>
      p.statusUpdates.map((u) => ({
        programmeId: p.id, date: day(u.date)!, status: u.status, ragRating: u.ragRating, summary: u.summary, reportedToId: u.reportedTo,
        ...sourceColumns(u.source),
      })),
    ),
  });
}

/** Links each programme to the strategies (and priorities, by position) it delivers. */
async function loadDeliveries(tx: Transaction, programmes: ProgrammesFixture["programmes"]) {
  const priorities = await tx.priority.findMany({ select: { id: true, strategyId: true, position: true } });
  const priorityId = (strategyId: string, position: number | null) => {
    if (position === null) return null;
    const found = priorities.find((p) => p.strategyId === strategyId && p.position === position);
    if (!found) throw new Error(`programmes fixture: strategy ${strategyId} has no priority ${position}`);
    return found.id;
  };
  await tx.strategyDelivery.createMany({
    data: programmes.flatMap((p) =>
      p.delivers.map((d) => ({ programmeId: p.id, strategyId: d.strategyId, priorityId: priorityId(d.strategyId, d.priority), ...sourceColumns(d.source) })),
    ),
  });
}

/** Writes the programmes fixture: strategies, priorities, owners, the programme tree and its updates. */
export async function loadProgrammesFixture(tx: Transaction, f: ProgrammesFixture): Promise<string> {
  await loadStrategies(tx, f.strategies);
  await loadProgrammes(tx, f.programmes);
  await loadDeliveries(tx, f.programmes);
  const updates = f.programmes.reduce((n, p) => n + p.statusUpdates.length, 0);
  return `${f.strategies.length} strategies, ${f.programmes.length} programmes, ${updates} status updates`;
}
