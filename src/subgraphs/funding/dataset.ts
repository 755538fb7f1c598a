// The funding subgraph's part of the dataset format and the data path: pooled funds (contributions,
// allocations, totals as the papers state them, apportionments by partner), grants, contracts
// (commissioners now and before a transfer, term, extensions, route, value) and funding links
// (money from a funder to a purpose, the amount "not stated" when the paper gives none).
import { z } from "zod";
import { day as date, decimal, financialYear, gss, list, money, optional, recordId, slug, sourced, text } from "../../dataset/fields.ts";
import { at, by, day, define, defineSlice, numbered, type OwnerRule, refer, sourceColumns, within } from "../../dataset/slice.ts";
import type { DatasetSource } from "../../dataset/fields.ts";
import type { Dataset } from "../../dataset/format.ts";
import { CommissionerStatus, FundingMeasure, FundingPoolKind, ProcurementRoute } from "../../generated/prisma/enums.ts";

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
/** A partner's share of a pool (top level, so a paper may apportion a pool another file defines). */
const apportionment = z.strictObject({
  poolId: slug, partner: text, organisationId: optional(slug), share: optional(decimal), amount: optional(money), financialYear: optional(financialYear), ...sourced,
});
const grant = z.strictObject({
  id: recordId, title: text, description: optional(text), funderId: optional(slug), recipientId: optional(slug), amountAwarded: money,
  currency: z.literal("GBP", "must be GBP").default("GBP"), awardDate: optional(date), programmeId: optional(slug),
  plannedStartDate: optional(date), plannedEndDate: optional(date), plannedDatesAsWritten: optional(text), ...sourced,
});

const contract = z.strictObject({
  id: slug, title: text, service: optional(text), programmeId: optional(slug), providerId: optional(slug),
  procurementRoute: optional(z.enum(ProcurementRoute)), routeAsWritten: optional(text),
  startDate: optional(date), endDate: optional(date), termAsWritten: optional(text), value: optional(money), valueAsWritten: optional(text),
  commissioners: list(z.strictObject({
    organisationId: slug, status: z.enum(CommissionerStatus).default("CURRENT"), fromDate: optional(date), toDate: optional(date), ...sourced,
  })),
  extensions: list(z.strictObject({ until: optional(date), months: optional(z.number().int().positive()), taken: z.boolean().default(false), ...sourced })),
  ...sourced,
});
/** "not stated": the paper names the money but not its amount. */
export const NOT_STATED = "not stated";
const fundingLink = z.strictObject({
  id: recordId, purpose: text, funderId: optional(slug), recipientId: optional(slug), poolId: optional(slug), programmeId: optional(slug),
  contractId: optional(slug), amount: z.string().refine((v) => v === NOT_STATED || money.safeParse(v).success, `must be an amount written as a string with two decimals, e.g. "2639000.00", or "${NOT_STATED}"`),
  financialYear: optional(financialYear), ...sourced,
});

/** The funding sections of a dataset, in the order they are written. */
export const fundingSections = {
  fundingPools: list(fundingPool),
  grants: list(grant),
  contracts: list(contract),
  fundingLinks: list(fundingLink),
  apportionments: list(apportionment),
};

/** The rows of one list inside every pool, each with its pool. */
const inPools = <K extends "contributions" | "allocations" | "statedTotals">(d: Dataset, key: K) =>
  d.fundingPools.flatMap((p, i) =>
    (p[key] as { source: DatasetSource | null }[]).map(({ source, ...row }, j) => at(`fundingPools[${i}].${key}[${j}]`, { ...row, poolId: p.id, ...sourceColumns(source) })),
  );

const inPool: OwnerRule = (r, look) => within("in a pool hosted by", look("pool", r.poolId));
const ofContract: OwnerRule = (r, look) => within("of a contract commissioned by", look("contract", r.contractId));

export const fundingSlice = defineSlice({
  subgraph: "funding",
  kinds: {
    "funding pool": { model: "fundingPool", id: "id" },
    contract: { model: "contract", id: "id" },
  },
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
    {
      type: "Contract", model: "contract", key: ["id"], owner: (r, look) => look("contract", r.id),
      rows: (d) =>
        d.contracts.map(({ commissioners, extensions, source, ...c }, i) => at(`contracts[${i}]`, {
          ...c, startDate: day(c.startDate), endDate: day(c.endDate), ...sourceColumns(source),
        })),
    },
    {
      type: "ContractCommissioner", model: "contractCommissioner", key: ["contractId", "organisationId", "status"], owner: ofContract,
      rows: (d) =>
        d.contracts.flatMap((c, i) =>
          c.commissioners.map(({ source, ...x }, j) => at(`contracts[${i}].commissioners[${j}]`, {
            ...x, contractId: c.id, fromDate: day(x.fromDate), toDate: day(x.toDate), ...sourceColumns(source),
          })),
        ),
    },
    {
      type: "ContractExtension", model: "contractExtension", key: ["contractId", "position"], owner: ofContract,
      rows: (d) =>
        d.contracts.flatMap((c, i) =>
          numbered(c.extensions).map(({ item: { source, ...x }, position }) => at(`contracts[${i}].extensions[${position - 1}]`, {
            ...x, contractId: c.id, position, until: day(x.until), ...sourceColumns(source),
          })),
        ),
    },
    {
      type: "Apportionment", model: "apportionment", key: ["poolId", "partner", "financialYear"], owner: inPool,
      rows: (d) => d.apportionments.map(({ source, ...a }, i) => at(`apportionments[${i}]`, { ...a, ...sourceColumns(source) })),
    },
    {
      type: "FundingLink", model: "fundingLink", key: ["id"], owner: (r) => by("funded by", r.funderId),
      rows: (d) =>
        d.fundingLinks.map(({ amount, source, ...f }, i) => at(`fundingLinks[${i}]`, {
          ...f, amount: amount === NOT_STATED ? null : amount, amountStated: amount !== NOT_STATED, ...sourceColumns(source),
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
      define(w, "funding pool", p.id);
    });
    d.contracts.forEach((c, i) => {
      define(w, "contract", c.id);
      refer(w, `contracts[${i}].providerId`, "organisation", c.providerId);
      refer(w, `contracts[${i}].programmeId`, "programme", c.programmeId);
      if (c.startDate && c.endDate && c.endDate < c.startDate) w.problems.push(`contracts[${i}].endDate: must not be before startDate`);
      c.commissioners.forEach((x, j) => refer(w, `contracts[${i}].commissioners[${j}].organisationId`, "organisation", x.organisationId));
    });
    d.apportionments.forEach((a, i) => {
      refer(w, `apportionments[${i}].poolId`, "funding pool", a.poolId);
      refer(w, `apportionments[${i}].organisationId`, "organisation", a.organisationId);
      if (a.share === null && a.amount === null) w.problems.push(`apportionments[${i}]: must give a share, an amount or both`);
    });
    d.fundingLinks.forEach((f, i) => {
      refer(w, `fundingLinks[${i}].funderId`, "organisation", f.funderId);
      refer(w, `fundingLinks[${i}].recipientId`, "organisation", f.recipientId);
      refer(w, `fundingLinks[${i}].poolId`, "funding pool", f.poolId);
      refer(w, `fundingLinks[${i}].programmeId`, "programme", f.programmeId);
      refer(w, `fundingLinks[${i}].contractId`, "contract", f.contractId);
    });
    d.grants.forEach((g, i) => {
      refer(w, `grants[${i}].funderId`, "organisation", g.funderId);
      refer(w, `grants[${i}].recipientId`, "organisation", g.recipientId);
      refer(w, `grants[${i}].programmeId`, "programme", g.programmeId);
    });
  },
  owners: {
    /**
     * A contract's owners are its current commissioners as stored when it was stored before this
     * import, else those the dataset gives it (as for a strategy's owners).
     */
    contract: async (id, tx, d) => {
      const stored = await tx.contract.findUnique({ where: { id }, select: { id: true } });
      const given = d.contracts.find((c) => c.id === id)?.commissioners.filter((c) => c.status === "CURRENT").map((c) => c.organisationId) ?? [];
      if (!stored) return by("commissioned by", ...given);
      const current = await tx.contractCommissioner.findMany({ where: { contractId: id, status: "CURRENT" }, select: { organisationId: true }, orderBy: { organisationId: "asc" } });
      return by("commissioned by", ...current.map((c) => c.organisationId));
    },
    pool: async (id, tx) => by("hosted by", (await tx.fundingPool.findUnique({ where: { id }, select: { hostOrganisationId: true } }))?.hostOrganisationId),
  },
});
