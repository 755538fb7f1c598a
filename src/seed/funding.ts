// The funding seed fixture (prisma/fixtures/funding.json): pools, contributions, allocations,
// stated totals and grants with the figures exactly as the board papers write them.
import type { FundingMeasure, FundingPoolKind } from "../generated/prisma/client.ts";
import type { Transaction } from "./index.ts";
import { type FixtureSource, sourceColumns } from "./sources.ts";

type Money = string;

export interface FundingFixture {
  pools: {
    id: string; name: string; kind: FundingPoolKind; description: string | null; purposes: string[]; financialYears: string[];
    periodStart: string | null; periodEnd: string | null; hostOrganisationId: string | null; areaCode: string | null;
    total: Money | null; source?: FixtureSource;
    contributions: { id: string; contributor: string; organisationId: string | null; amount: Money; financialYear: string | null; source?: FixtureSource }[];
    allocations: {
      id: string; purpose: string; recipientId: string | null; fundedById: string | null; programmeId: string | null;
      amount: Money; financialYear: string | null; plannedOutput: string | null; source?: FixtureSource;
    }[];
    statedTotals: { label: string; measure: FundingMeasure; organisationId: string | null; financialYear: string | null; amount: Money; source?: FixtureSource }[];
  }[];
  grants: {
    id: string; title: string; description: string | null; funderId: string | null; recipientId: string | null; amountAwarded: Money;
    currency: string; awardDate: string | null; programmeId: string | null; plannedStartDate: string | null; plannedEndDate: string | null;
    plannedDatesAsWritten: string | null; source?: FixtureSource;
  }[];
}

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

// Pounds with exactly two decimals, as strings: a JSON number could already have been rounded.
function money(value: Money, where: string): Money {
  if (typeof value !== "string" || !/^\d+\.\d{2}$/.test(value)) throw new Error(`${where}: amount must be a string like "179502000.00", got ${JSON.stringify(value)}`);
  return value;
}

function year(value: string | null, where: string): string | null {
  if (value !== null && !/^\d{4}\/\d{2}$/.test(value)) throw new Error(`${where}: financialYear must look like "2018/19", got ${JSON.stringify(value)}`);
  return value;
}

/** Writes the funding fixture: pools first, then what belongs to them, then grants. */
export async function loadFundingFixture(tx: Transaction, f: FundingFixture): Promise<string> {
  await tx.fundingPool.createMany({
    data: f.pools.map((p) => ({
      id: p.id, name: p.name, kind: p.kind, description: p.description, purposes: p.purposes,
      financialYears: p.financialYears.map((y) => year(y, p.id)!), periodStart: day(p.periodStart), periodEnd: day(p.periodEnd),
      hostOrganisationId: p.hostOrganisationId, areaCode: p.areaCode, total: p.total === null ? null : money(p.total, p.id), ...sourceColumns(p.source),
    })),
  });
  await tx.contribution.createMany({
    data: f.pools.flatMap((p) =>
      p.contributions.map(({ source, ...c }) => ({
        ...c, poolId: p.id, amount: money(c.amount, c.id), financialYear: year(c.financialYear, c.id), ...sourceColumns(source),
      })),
    ),
  });
  await tx.allocation.createMany({
    data: f.pools.flatMap((p) =>
      p.allocations.map(({ source, ...a }) => ({
        ...a, poolId: p.id, amount: money(a.amount, a.id), financialYear: year(a.financialYear, a.id), ...sourceColumns(source),
      })),
    ),
  });
  await tx.fundingPoolStatedTotal.createMany({
    data: f.pools.flatMap((p) =>
      p.statedTotals.map(({ source, ...t }) => ({
        ...t, poolId: p.id, amount: money(t.amount, `${p.id} ${t.label}`), financialYear: year(t.financialYear, p.id), ...sourceColumns(source),
      })),
    ),
  });
  await tx.grant.createMany({
    data: f.grants.map(({ source, ...g }) => ({
      ...g, amountAwarded: money(g.amountAwarded, g.id), awardDate: day(g.awardDate),
      plannedStartDate: day(g.plannedStartDate), plannedEndDate: day(g.plannedEndDate), ...sourceColumns(source),
    })),
  });
  const count = (key: "contributions" | "allocations") => f.pools.reduce((n, p) => n + p[key].length, 0);
  return `${f.pools.length} funding pools, ${count("contributions")} contributions, ${count("allocations")} allocations, ${f.grants.length} grants`;
}
