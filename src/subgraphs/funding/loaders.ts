// Per-request DataLoaders of the funding subgraph: one SQL query per batch of keys.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { SubgraphRequest } from "../../subgraph/definition.ts";
import { loaderByKey, loaderOfMany } from "../../subgraph/loaders.ts";

/** The tables this subgraph owns; it reads no others. */
export type FundingStore = Pick<
  PrismaClient,
  "fundingPool" | "contribution" | "allocation" | "fundingPoolStatedTotal" | "grant" | "contract" | "contractCommissioner" | "contractExtension" | "fundingLink" | "apportionment"
>;

const inList = <K>(keys: K[]) => ({ in: keys });

// Within a pool or an organisation: by year (undated last), then id, so lists are stable.
const byYearThenId = [{ financialYear: { sort: "asc" as const, nulls: "last" as const } }, { id: "asc" as const }];
const byPoolThenYear = [{ poolId: "asc" as const }, ...byYearThenId];
const grantsLargestFirst = [{ amountAwarded: "desc" as const }, { id: "asc" as const }];
const poolsByName = [{ name: "asc" as const }, { id: "asc" as const }];

type FundingLinkColumn = "funderId" | "poolId" | "programmeId" | "contractId";

/** Contracts, their commissioners and extensions, funding links and apportionments. */
function contractLoaders(db: FundingStore) {
  const linksBy = (column: FundingLinkColumn) =>
    loaderOfMany((ids: string[]) => db.fundingLink.findMany({ where: { [column]: inList(ids) }, orderBy: { id: "asc" } }), (f) => f[column]!);
  const byTitle = [{ title: "asc" as const }, { id: "asc" as const }];
  return {
    contract: loaderByKey((ids: string[]) => db.contract.findMany({ where: { id: inList(ids) } }), (c) => c.id),
    contractsOfProvider: loaderOfMany((ids: string[]) => db.contract.findMany({ where: { providerId: inList(ids) }, orderBy: byTitle }), (c) => c.providerId!),
    contractsOfProgramme: loaderOfMany((ids: string[]) => db.contract.findMany({ where: { programmeId: inList(ids) }, orderBy: byTitle }), (c) => c.programmeId!),
    commissionersOfContract: loaderOfMany(
      (ids: string[]) => db.contractCommissioner.findMany({ where: { contractId: inList(ids) }, orderBy: [{ status: "asc" }, { id: "asc" }] }),
      (x) => x.contractId,
    ),
    commissionsOfOrganisation: loaderOfMany(
      (ids: string[]) => db.contractCommissioner.findMany({ where: { organisationId: inList(ids) }, orderBy: { id: "asc" } }),
      (x) => x.organisationId,
    ),
    extensionsOfContract: loaderOfMany(
      (ids: string[]) => db.contractExtension.findMany({ where: { contractId: inList(ids) }, orderBy: { position: "asc" } }),
      (x) => x.contractId,
    ),
    fundingLinksOf: { funderId: linksBy("funderId"), poolId: linksBy("poolId"), programmeId: linksBy("programmeId"), contractId: linksBy("contractId") },
    apportionmentsOfPool: loaderOfMany((ids: string[]) => db.apportionment.findMany({ where: { poolId: inList(ids) }, orderBy: { id: "asc" } }), (a) => a.poolId),
  };
}

export function createFundingLoaders(db: FundingStore) {
  return {
    ...contractLoaders(db),
    pool: loaderByKey((ids: string[]) => db.fundingPool.findMany({ where: { id: inList(ids) } }), (p) => p.id),
    poolsHostedBy: loaderOfMany(
      (ids: string[]) => db.fundingPool.findMany({ where: { hostOrganisationId: inList(ids) }, orderBy: poolsByName }),
      (p) => p.hostOrganisationId!,
    ),
    poolsInArea: loaderOfMany((codes: string[]) => db.fundingPool.findMany({ where: { areaCode: inList(codes) }, orderBy: poolsByName }), (p) => p.areaCode!),
    contributionsOfPool: loaderOfMany(
      (ids: string[]) => db.contribution.findMany({ where: { poolId: inList(ids) }, orderBy: byYearThenId }),
      (c) => c.poolId,
    ),
    contributionsOfOrganisation: loaderOfMany(
      (ids: string[]) => db.contribution.findMany({ where: { organisationId: inList(ids) }, orderBy: byPoolThenYear }),
      (c) => c.organisationId!,
    ),
    allocationsOfPool: loaderOfMany((ids: string[]) => db.allocation.findMany({ where: { poolId: inList(ids) }, orderBy: byYearThenId }), (a) => a.poolId),
    allocationsToOrganisation: loaderOfMany(
      (ids: string[]) => db.allocation.findMany({ where: { recipientId: inList(ids) }, orderBy: byPoolThenYear }),
      (a) => a.recipientId!,
    ),
    allocationsOfProgramme: loaderOfMany(
      (ids: string[]) => db.allocation.findMany({ where: { programmeId: inList(ids) }, orderBy: byPoolThenYear }),
      (a) => a.programmeId!,
    ),
    statedTotalsOfPool: loaderOfMany(
      (ids: string[]) => db.fundingPoolStatedTotal.findMany({ where: { poolId: inList(ids) }, orderBy: { id: "asc" } }),
      (t) => t.poolId,
    ),
    grantsToOrganisation: loaderOfMany(
      (ids: string[]) => db.grant.findMany({ where: { recipientId: inList(ids) }, orderBy: grantsLargestFirst }),
      (g) => g.recipientId!,
    ),
    grantsFromOrganisation: loaderOfMany(
      (ids: string[]) => db.grant.findMany({ where: { funderId: inList(ids) }, orderBy: grantsLargestFirst }),
      (g) => g.funderId!,
    ),
    grantsOfProgramme: loaderOfMany(
      (ids: string[]) => db.grant.findMany({ where: { programmeId: inList(ids) }, orderBy: grantsLargestFirst }),
      (g) => g.programmeId!,
    ),
  };
}

export type FundingLoaders = ReturnType<typeof createFundingLoaders>;

export interface FundingContext {
  store: FundingStore;
  loaders: FundingLoaders;
  /** Who asks (src/subgraph/definition.ts); restricted fields check it (src/subgraph/access.ts). */
  request: SubgraphRequest;
}

export function createFundingContext(prisma: PrismaClient, request: SubgraphRequest): FundingContext {
  return { store: prisma, loaders: createFundingLoaders(prisma), request };
}
