// The funding subgraph's part of the dataset format and the data path: pooled funds (contributions,
// allocations, totals as the papers state them) and grants.
import { z } from "zod";
import { day as date, financialYear, gss, list, money, optional, recordId, slug, sourced, text } from "../../dataset/fields.ts";
import { at, by, day, defineSlice, type OwnerRule, refer, sourceColumns, within } from "../../dataset/slice.ts";
import type { DatasetSource } from "../../dataset/fields.ts";
import type { Dataset } from "../../dataset/format.ts";
import { FundingMeasure, FundingPoolKind } from "../../generated/prisma/enums.ts";

const fundingPool = z.strictObject({
  id: slug, name: text, kind: z.enum(FundingPoolKind), description: optional(text), purposes: list(text), financialYears: list(financialYear),
  periodStart: optional(date), periodEnd: optional(date), hostOrganisationId: optional(slug), areaCode: optional(gss), total: optional(money),
  contributions: list(z.strictObject({
    id: recordId, contributor: text, organisationId: optional(slug), amount: money, financialYear: optional(financialYear), ...sourced,
  })),
  allocations: list(z.strictObject({
    id: recordId, purpose: text, recipientId: optional(slug), fundedById: optional(slug), programmeId: optional(slug), amount: money,
    financialYear: optional(financialYear), plannedOutput: optional(text), ...sourced,
  })),
  statedTotals: list(z.strictObject({
    label: text, measure: z.enum(FundingMeasure), organisationId: optional(slug), financialYear: optional(financialYear), amount: money, ...sourced,
  })),
  ...sourced,
});
const grant = z.strictObject({
  id: recordId, title: text, description: optional(text), funderId: optional(slug), recipientId: optional(slug), amountAwarded: money,
  currency: z.literal("GBP", "must be GBP").default("GBP"), awardDate: optional(date), programmeId: optional(slug),
  plannedStartDate: optional(date), plannedEndDate: optional(date), plannedDatesAsWritten: optional(text), ...sourced,
});

/** The funding sections of a dataset, in the order they are written. */
export const fundingSections = {
  fundingPools: list(fundingPool),
  grants: list(grant),
};

/** The rows of one list inside every pool, each with its pool. */
const inPools = <K extends "contributions" | "allocations" | "statedTotals">(d: Dataset, key: K) =>
  d.fundingPools.flatMap((p, i) =>
    (p[key] as { source: DatasetSource | null }[]).map(({ source, ...row }, j) => at(`fundingPools[${i}].${key}[${j}]`, { ...row, poolId: p.id, ...sourceColumns(source) })),
  );

const inPool: OwnerRule = (r, look) => within("in a pool hosted by", look("pool", r.poolId));

export const fundingSlice = defineSlice({
  subgraph: "funding",
  kinds: {},
  records: [
    {
      type: "FundingPool", model: "fundingPool", key: ["id"], owner: (r) => by("hosted by", r.hostOrganisationId),
      rows: (d) =>
        d.fundingPools.map(({ contributions, allocations, statedTotals, source, ...p }, i) => at(`fundingPools[${i}]`, {
          ...p, periodStart: day(p.periodStart), periodEnd: day(p.periodEnd), ...sourceColumns(source),
        })),
    },
    {
      // A contribution belongs to the organisation contributing it (the pool's host only when none is named).
      type: "Contribution", model: "contribution", key: ["id"],
      owner: (r, look) => (r.organisationId ? by("contributed by", r.organisationId) : within("in a pool hosted by", look("pool", r.poolId))),
      rows: (d) => inPools(d, "contributions"),
    },
    { type: "Allocation", model: "allocation", key: ["id"], owner: inPool, rows: (d) => inPools(d, "allocations") },
    {
      type: "FundingPoolStatedTotal", model: "fundingPoolStatedTotal", key: ["poolId", "label", "measure", "organisationId", "financialYear"], owner: inPool,
      rows: (d) => inPools(d, "statedTotals"),
    },
    {
      type: "Grant", model: "grant", key: ["id"], owner: (r) => by("funded by", r.funderId),
      rows: (d) =>
        d.grants.map(({ source, ...g }, i) => at(`grants[${i}]`, {
          ...g, awardDate: day(g.awardDate), plannedStartDate: day(g.plannedStartDate), plannedEndDate: day(g.plannedEndDate), ...sourceColumns(source),
        })),
    },
  ],
  check(d, w) {
    const at = (i: number) => `fundingPools[${i}]`;
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
  },
  owners: {
    pool: async (id, tx) => by("hosted by", (await tx.fundingPool.findUnique({ where: { id }, select: { hostOrganisationId: true } }))?.hostOrganisationId),
  },
});
