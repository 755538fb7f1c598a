// Contracts and commissioning, money whose amount the paper does not state, and the
// apportionment of a pool by partner; with the fields they add to pools, organisations and
// programmes.
import { DateResolver } from "graphql-scalars";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.ts";
import { CommissionerStatus, ProcurementRoute } from "../../generated/prisma/enums.ts";
import { Sourced, SourcedResolver } from "../../subgraph/provenance.ts";
import { DecimalScalar, MoneyScalar } from "../../subgraph/scalars.ts";
import { FundingPool } from "./entities.ts";
import type { FundingContext } from "./loaders.ts";
import type { Money } from "./money.ts";
import { OrganisationReference, ProgrammeReference } from "./references.ts";

registerEnumType(ProcurementRoute, {
  name: "ProcurementRoute",
  description: "How a contract was let.",
  valuesConfig: {
    DIRECT_AWARD: { description: "Awarded directly, without competition." },
    TENDER: { description: "After a tender (a competitive procurement)." },
    FRAMEWORK_CALL_OFF: { description: "Called off a framework agreement." },
    EXTENSION: { description: "An existing contract extended." },
    VARIATION: { description: "An existing contract varied." },
    GRANT_AGREEMENT: { description: "A grant agreement rather than a contract." },
    SECTION_75: { description: "A section 75 partnership agreement." },
    OTHER: { description: "Another route." },
  },
});

registerEnumType(CommissionerStatus, {
  name: "CommissionerStatus",
  description: "Whether a commissioner commissions the contract now, or did before a transfer.",
  valuesConfig: {
    CURRENT: { description: "Commissions it now (as of the paper)." },
    PREVIOUS: { description: "Commissioned it before a transfer (a CCG before the ICB, a council before the ICB)." },
  },
});

const ref = (id: string | null) => (id ? { id } : null);

@Directive('@key(fields: "id")')
@ObjectType({ description: "A commissioned service: its commissioners (now and before a transfer), provider, term and extensions, procurement route and value where stated." })
export class Contract extends Sourced {
  @Field(() => ID, { description: "A stable slug, e.g. kooth." })
  id!: string;

  @Field(() => String, { description: "The contract's name as the papers give it." })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The service as written, e.g. "Early intervention and prevention offer (tier 2)".' })
  service!: string | null;

  @Field(() => ProcurementRoute, { nullable: true, description: "How it was let; null when not stated." })
  procurementRoute!: ProcurementRoute | null;

  @Field(() => String, { nullable: true, description: 'The route as written, e.g. "following a tender process".' })
  routeAsWritten!: string | null;

  @Field(() => DateResolver, { nullable: true, description: "First day of the term; null when not stated (a month is its first day)." })
  startDate!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Last day of the term before any extension not yet taken; null when not stated (a month is its last day)." })
  endDate!: Date | null;

  @Field(() => String, { nullable: true, description: 'The term as written, e.g. "contract commenced December 2022 and will run until November 2027".' })
  termAsWritten!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "The value in pounds, exact; null when the paper does not state it." })
  value!: Money | null;

  @Field(() => String, { nullable: true, description: "The value as written." })
  valueAsWritten!: string | null;

  programmeId!: string | null;
  providerId!: string | null;
}

@ObjectType({ description: "An organisation commissioning a contract, now or before a transfer." })
export class ContractCommissioner extends Sourced {
  @Field(() => CommissionerStatus, { description: "Whether it commissions the contract now or did before a transfer." })
  status!: CommissionerStatus;

  @Field(() => DateResolver, { nullable: true, description: "From when, where stated." })
  fromDate!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Until when, where stated (the transfer)." })
  toDate!: Date | null;

  organisationId!: string;
  contractId!: string;
}

@ObjectType({ description: "An extension of a contract's term, taken or available." })
export class ContractExtension extends Sourced {
  @Field(() => Int, { description: "Its place among the contract's extensions (1 first)." })
  position!: number;

  @Field(() => DateResolver, { nullable: true, description: "The new end of the term; null when the paper gives only a length." })
  until!: Date | null;

  @Field(() => Int, { nullable: true, description: "Its length in months, where stated." })
  months!: number | null;

  @Field(() => Boolean, { description: "Whether it has been taken (false: an option)." })
  taken!: boolean;
}

@ObjectType({ description: "Money going from a funder to a purpose (a scheme, a programme, pilots funded from a pool), whether or not the paper states the amount." })
export class FundingLink extends Sourced {
  @Field(() => ID, { description: "A stable id, e.g. nhse-asd-targeted-work-2018." })
  id!: string;

  @Field(() => String, { description: "What the money is for, as written." })
  purpose!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'The amount in pounds, exact; null when the paper does not state it (amountStated false: "not stated").' })
  amount!: Money | null;

  @Field(() => Boolean, { description: "Whether the paper states the amount." })
  amountStated!: boolean;

  @Field(() => String, { nullable: true, description: 'The financial year, e.g. "2018/19"; null when not stated.' })
  financialYear!: string | null;

  funderId!: string | null;
  recipientId!: string | null;
  poolId!: string | null;
  programmeId!: string | null;
  contractId!: string | null;
}

@ObjectType({ description: "A partner's share of a pool, as the paper splits it: a percentage, an amount, or both." })
export class Apportionment extends Sourced {
  @Field(() => String, { description: 'The partner as written, e.g. "Coventry and Rugby (Rugby element only)".' })
  partner!: string;

  @Field(() => DecimalScalar, { nullable: true, description: "The share in per cent, e.g. 33; null when only an amount is given." })
  share!: Prisma.Decimal | null;

  @Field(() => MoneyScalar, { nullable: true, description: "The amount in pounds, exact (a £'000 figure multiplied out); null when only a share is given." })
  amount!: Money | null;

  @Field(() => String, { nullable: true, description: "The financial year, where stated." })
  financialYear!: string | null;

  organisationId!: string | null;
  poolId!: string;
}

@InputType({ description: "Filters for contracts; all given filters must match." })
class ContractFilter {
  @Field(() => ID, { nullable: true, description: "Only contracts this organisation commissions or commissioned." })
  commissionerId?: string;

  @Field(() => CommissionerStatus, { nullable: true, description: "With commissionerId: only as a current or only as a previous commissioner." })
  commissionerStatus?: CommissionerStatus;

  @Field(() => ID, { nullable: true, description: "Only contracts this organisation provides." })
  providerId?: string;

  @Field(() => ProcurementRoute, { nullable: true, description: "Only contracts let this way." })
  procurementRoute?: ProcurementRoute;

  @Field(() => DateResolver, { nullable: true, description: "Only contracts whose term covers this day (open ends count as covering)." })
  activeOn?: Date;
}

function contractWhere(f: ContractFilter | null): Prisma.ContractWhereInput {
  if (!f) return {};
  const commissioned = f.commissionerId ? { commissioners: { some: { organisationId: f.commissionerId, ...(f.commissionerStatus ? { status: f.commissionerStatus } : {}) } } } : {};
  const active = f.activeOn
    ? { AND: [{ OR: [{ startDate: null }, { startDate: { lte: f.activeOn } }] }, { OR: [{ endDate: null }, { endDate: { gte: f.activeOn } }] }] }
    : {};
  return { ...commissioned, ...(f.providerId ? { providerId: f.providerId } : {}), ...(f.procurementRoute ? { procurementRoute: f.procurementRoute } : {}), ...active };
}

@Resolver(() => Contract)
export class ContractResolver extends SourcedResolver(Contract) {
  @Query(() => Contract, { nullable: true, description: "A contract by its slug id." })
  contract(@Arg("id", () => ID, { description: "The contract's slug, e.g. kooth." }) id: string, @Ctx() ctx: FundingContext) {
    return ctx.loaders.contract.load(id);
  }

  @Query(() => [Contract], { description: "Contracts by title, filtered." })
  contracts(@Arg("filter", () => ContractFilter, { nullable: true, description: "What to match; every contract when omitted." }) filter: ContractFilter | null, @Ctx() ctx: FundingContext) {
    return ctx.store.contract.findMany({ where: contractWhere(filter), orderBy: [{ title: "asc" }, { id: "asc" }] });
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The provider." })
  provider(@Root() c: Contract) {
    return ref(c.providerId);
  }

  @FieldResolver(() => ProgrammeReference, { nullable: true, description: "The service as a programme, when the hub holds it as one." })
  programme(@Root() c: Contract) {
    return ref(c.programmeId);
  }

  @FieldResolver(() => [ContractCommissioner], { description: "Its commissioners: current first, then those before a transfer." })
  async commissioners(
    @Root() c: Contract,
    @Arg("status", () => CommissionerStatus, { nullable: true, description: "Only current or only previous commissioners; all when omitted." }) status: CommissionerStatus | null,
    @Ctx() ctx: FundingContext,
  ) {
    const all = await ctx.loaders.commissionersOfContract.load(c.id);
    return status ? all.filter((x) => x.status === status) : all;
  }

  @FieldResolver(() => [ContractExtension], { description: "Extensions of its term, in order." })
  extensions(@Root() c: Contract, @Ctx() ctx: FundingContext) {
    return ctx.loaders.extensionsOfContract.load(c.id);
  }

  @FieldResolver(() => [FundingLink], { description: "Money the papers link to this contract." })
  fundingLinks(@Root() c: Contract, @Ctx() ctx: FundingContext) {
    return ctx.loaders.fundingLinksOf.contractId.load(c.id);
  }
}

@Resolver(() => ContractCommissioner)
export class ContractCommissionerResolver extends SourcedResolver(ContractCommissioner) {
  @FieldResolver(() => OrganisationReference, { description: "The commissioning organisation." })
  organisation(@Root() x: ContractCommissioner) {
    return { id: x.organisationId };
  }
}

@Resolver(() => ContractExtension)
export class ContractExtensionResolver extends SourcedResolver(ContractExtension) {}

@Resolver(() => FundingLink)
export class FundingLinkResolver extends SourcedResolver(FundingLink) {
  @Query(() => [FundingLink], { description: "Money from funders to purposes, by id; with or without a stated amount." })
  async fundingLinks(
    @Arg("funderId", () => ID, { nullable: true, description: "Only this funder's." }) funderId: string | null,
    @Arg("amountStated", () => Boolean, { nullable: true, description: "Only those whose amount is (true) or is not (false) stated." }) amountStated: boolean | null,
    @Ctx() ctx: FundingContext,
  ) {
    return ctx.store.fundingLink.findMany({ where: { ...(funderId ? { funderId } : {}), ...(amountStated === null ? {} : { amountStated }) }, orderBy: { id: "asc" } });
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "Who pays." })
  funder(@Root() f: FundingLink) {
    return ref(f.funderId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "Who receives it, where stated." })
  recipient(@Root() f: FundingLink) {
    return ref(f.recipientId);
  }

  @FieldResolver(() => FundingPool, { nullable: true, description: "The pool it comes from or goes into." })
  pool(@Root() f: FundingLink, @Ctx() ctx: FundingContext) {
    return f.poolId ? ctx.loaders.pool.load(f.poolId) : null;
  }

  @FieldResolver(() => ProgrammeReference, { nullable: true, description: "The programme or scheme it pays for." })
  programme(@Root() f: FundingLink) {
    return ref(f.programmeId);
  }

  @FieldResolver(() => Contract, { nullable: true, description: "The contract it pays for." })
  contract(@Root() f: FundingLink, @Ctx() ctx: FundingContext) {
    return f.contractId ? ctx.loaders.contract.load(f.contractId) : null;
  }
}

@Resolver(() => Apportionment)
export class ApportionmentResolver extends SourcedResolver(Apportionment) {
  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The partner as an organisation, when the hub knows it." })
  organisation(@Root() a: Apportionment) {
    return ref(a.organisationId);
  }
}

@Resolver(() => FundingPool)
export class FundingPoolSharesResolver {
  @FieldResolver(() => [Apportionment], { description: "How the paper apportions the pool by partner (share and amount), in the paper's order." })
  apportionments(@Root() p: FundingPool, @Ctx() ctx: FundingContext) {
    return ctx.loaders.apportionmentsOfPool.load(p.id);
  }

  @FieldResolver(() => [FundingLink], { description: "Money the papers link to this pool (pilots funded from it), with or without an amount." })
  fundingLinks(@Root() p: FundingPool, @Ctx() ctx: FundingContext) {
    return ctx.loaders.fundingLinksOf.poolId.load(p.id);
  }
}

@Resolver(() => OrganisationReference)
export class OrganisationContractsResolver {
  @FieldResolver(() => [Contract], { nullable: true, description: "Contracts this organisation commissions (or commissioned before a transfer), by title." })
  async commissionedContracts(
    @Root() o: OrganisationReference,
    @Arg("status", () => CommissionerStatus, { nullable: true, description: "Only as a current or only as a previous commissioner; both when omitted." }) status: CommissionerStatus | null,
    @Ctx() ctx: FundingContext,
  ) {
    const links = (await ctx.loaders.commissionsOfOrganisation.load(o.id)).filter((x) => !status || x.status === status);
    const contracts = await ctx.loaders.contract.loadMany([...new Set(links.map((x) => x.contractId))]);
    return contracts.filter((c): c is Contract => c !== null && !(c instanceof Error)).sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  }

  @FieldResolver(() => [Contract], { nullable: true, description: "Contracts this organisation provides, by title." })
  providedContracts(@Root() o: OrganisationReference, @Ctx() ctx: FundingContext) {
    return ctx.loaders.contractsOfProvider.load(o.id);
  }

  @FieldResolver(() => [FundingLink], { nullable: true, description: "Money this organisation pays for schemes and programmes, with or without a stated amount." })
  fundingLinksFunded(@Root() o: OrganisationReference, @Ctx() ctx: FundingContext) {
    return ctx.loaders.fundingLinksOf.funderId.load(o.id);
  }
}

@Resolver(() => ProgrammeReference)
export class ProgrammeContractsResolver {
  @FieldResolver(() => [Contract], { nullable: true, description: "Contracts for this programme or service." })
  contracts(@Root() p: ProgrammeReference, @Ctx() ctx: FundingContext) {
    return ctx.loaders.contractsOfProgramme.load(p.id);
  }

  @FieldResolver(() => [FundingLink], { nullable: true, description: "Money the papers link to this programme, with or without a stated amount." })
  fundingLinks(@Root() p: ProgrammeReference, @Ctx() ctx: FundingContext) {
    return ctx.loaders.fundingLinksOf.programmeId.load(p.id);
  }
}

export const contractResolvers = [
  ContractResolver, ContractCommissionerResolver, ContractExtensionResolver, FundingLinkResolver, ApportionmentResolver,
  FundingPoolSharesResolver, OrganisationContractsResolver, ProgrammeContractsResolver,
] as const;
