// The funding subgraph's pure helpers: financial years and exact grouped totals.
import { describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { FundingTotalsGroup } from "../../src/subgraphs/funding/entities.ts";
import { type AmountRecord, groupTotals } from "../../src/subgraphs/funding/totals.ts";
import { checkFinancialYear, financialYearOf, grantYear } from "../../src/subgraphs/funding/years.ts";

describe("financial years", () => {
  it("accepts two consecutive years and refuses anything else, naming the argument", () => {
    expect(checkFinancialYear("financialYear", "2018/19")).toBe("2018/19");
    expect(checkFinancialYear("financialYear", "1999/00")).toBe("1999/00");
    expect(() => checkFinancialYear("financialYear", "2018")).toThrow('financialYear must look like "2018/19", got "2018"');
    expect(() => checkFinancialYear("financialYears", "2018-19")).toThrow('financialYears must look like "2018/19", got "2018-19"');
    expect(() => checkFinancialYear("financialYear", "2018/20")).toThrow('financialYear must name two consecutive years, like "2018/19", got "2018/20"');
  });

  it("puts 1 April in the new year and 31 March in the old one", () => {
    expect(financialYearOf(new Date("2018-04-01T00:00:00Z"))).toBe("2018/19");
    expect(financialYearOf(new Date("2019-03-31T00:00:00Z"))).toBe("2018/19");
    expect(financialYearOf(new Date("2000-01-15T00:00:00Z"))).toBe("1999/00");
    expect(grantYear({ awardDate: null, plannedStartDate: new Date("2018-04-01T00:00:00Z") })).toBe("2018/19");
    expect(grantYear({ awardDate: null, plannedStartDate: null })).toBeNull();
  });
});

describe("groupTotals", () => {
  const record = (amount: string, financialYear: string | null, organisationId: string | null): AmountRecord => ({
    amount: new Prisma.Decimal(amount), financialYear, organisationId, poolId: "p", pool: { name: "P", kind: "BCF" },
  });
  const records = [record("0.10", "2018/19", "b"), record("0.20", "2018/19", null), record("179502000.00", null, "a"), record("0.01", "2017/18", "b")];

  it("sums exactly, with undated rows last", () => {
    const rows = groupTotals(records, FundingTotalsGroup.FINANCIAL_YEAR);
    expect(rows.map((r) => [r.key, r.total.toFixed(2), r.count])).toEqual([
      ["2017/18", "0.01", 1],
      ["2018/19", "0.30", 2],
      ["not-stated", "179502000.00", 1],
    ]);
  });

  it("groups by organisation with unattributed rows last, and by kind with its name", () => {
    expect(groupTotals(records, FundingTotalsGroup.ORGANISATION).map((r) => [r.key, r.total.toFixed(2)])).toEqual([
      ["a", "179502000.00"],
      ["b", "0.11"],
      ["not-attributed", "0.20"],
    ]);
    expect(groupTotals(records, FundingTotalsGroup.KIND).map((r) => [r.key, r.label, r.total.toFixed(2), r.count])).toEqual([
      ["BCF", "Better Care Fund", "179502000.31", 4],
    ]);
  });
});
