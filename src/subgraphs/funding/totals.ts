// fundingTotals: exact sums of contributions or allocations grouped by pool, year, organisation
// or kind. Rows are summed with Decimal in memory after one filtered query, so the same code
// serves both backends and no float ever touches an amount.
import type { FundingPoolKind } from "../../generated/prisma/enums.ts";
import { FundingTotalsGroup, POOL_KIND_LABELS, type FundingTotal } from "./entities.ts";
import { type Money, sumMoney } from "./money.ts";

export const NOT_STATED = "not-stated";
export const NOT_ATTRIBUTED = "not-attributed";

/** One contribution or allocation reduced to what grouping needs. */
export interface AmountRecord {
  amount: Money;
  financialYear: string | null;
  /** The contributor (contributions) or recipient (allocations). */
  organisationId: string | null;
  poolId: string;
  pool: { name: string; kind: FundingPoolKind };
}

type Group = Omit<FundingTotal, "total" | "count">;

function groupOf(record: AmountRecord, groupBy: FundingTotalsGroup): Group {
  const none = { financialYear: null, poolId: null, organisationId: null, kind: null };
  switch (groupBy) {
    case FundingTotalsGroup.POOL:
      return { ...none, key: record.poolId, label: record.pool.name, poolId: record.poolId };
    case FundingTotalsGroup.FINANCIAL_YEAR:
      return record.financialYear
        ? { ...none, key: record.financialYear, label: record.financialYear, financialYear: record.financialYear }
        : { ...none, key: NOT_STATED, label: "Financial year not stated" };
    case FundingTotalsGroup.ORGANISATION:
      return record.organisationId
        ? { ...none, key: record.organisationId, label: record.organisationId, organisationId: record.organisationId }
        : { ...none, key: NOT_ATTRIBUTED, label: "Not attributed to an organisation" };
    case FundingTotalsGroup.KIND:
      return { ...none, key: record.pool.kind, label: POOL_KIND_LABELS[record.pool.kind], kind: record.pool.kind };
  }
}

const kindOrder = Object.keys(POOL_KIND_LABELS);
// Code-point order, not localeCompare: the same on every machine and locale.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const placeholderLast = (key: string) => (key === NOT_STATED || key === NOT_ATTRIBUTED ? 1 : 0);
const byKey = (a: FundingTotal, b: FundingTotal) => placeholderLast(a.key) - placeholderLast(b.key) || compareText(a.key, b.key);

function compareRows(groupBy: FundingTotalsGroup) {
  if (groupBy === FundingTotalsGroup.POOL) return (a: FundingTotal, b: FundingTotal) => compareText(a.label, b.label) || byKey(a, b);
  if (groupBy === FundingTotalsGroup.KIND) return (a: FundingTotal, b: FundingTotal) => kindOrder.indexOf(a.key) - kindOrder.indexOf(b.key);
  return byKey;
}

/** Groups the records and sums each group exactly; rows in a documented, stable order. */
export function groupTotals(records: AmountRecord[], groupBy: FundingTotalsGroup): FundingTotal[] {
  const groups = new Map<string, { group: Group; amounts: Money[] }>();
  for (const record of records) {
    const group = groupOf(record, groupBy);
    const entry = groups.get(group.key) ?? { group, amounts: [] };
    entry.amounts.push(record.amount);
    groups.set(group.key, entry);
  }
  const rows = [...groups.values()].map(({ group, amounts }) => ({ ...group, total: sumMoney(amounts), count: amounts.length }));
  return rows.sort(compareRows(groupBy));
}
