// Other subgraphs' entities that funding points to or adds fields to: Organisation and Area
// (partners), Programme (programmes). Each stub carries only its key; the fields added here are
// resolved from funding's own tables through its loaders.
// Choice for Organisation.fundingReceived: two typed lists (allocationsReceived, grantsReceived)
// plus an exact totals object, rather than a union list: clients filter and total each kind
// without fragments, and the totals are computed here exactly.
import { Arg, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { Allocation, Contribution, FundingPool, FundingReceived, Grant, ProgrammeFunding } from "./entities.ts";
import type { FundingContext } from "./loaders.ts";
import { sumMoney } from "./money.ts";
import { checkFinancialYear, grantYear, inYear } from "./years.ts";

@Directive('@key(fields: "id")')
@ObjectType("Organisation", { description: "A partner organisation (owned by the partners subgraph)." })
export class OrganisationReference {
  @Field(() => ID, { description: "The organisation's slug, e.g. coventry-city-council." })
  id!: string;
}

@Directive('@key(fields: "code")')
@ObjectType("Area", { description: "An ONS geography identified by its GSS code (owned by the partners subgraph)." })
export class AreaReference {
  @Field(() => ID, { description: "The nine-character ONS GSS code, e.g. E08000026." })
  code!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Programme", { description: "A programme or workstream of a strategy (owned by the programmes subgraph)." })
export class ProgrammeReference {
  @Field(() => ID, { description: 'The programme\'s slug, e.g. "bhbcbv".' })
  id!: string;
}

const yearArgument = {
  nullable: true,
  description: 'Only records of this financial year, e.g. "2018/19"; every year when omitted.',
} as const;

/** Grants of one financial year (by award date, else planned start), or all. */
function grantsInYear(grants: Grant[], financialYear: string | null): Grant[] {
  if (!financialYear) return grants;
  checkFinancialYear("financialYear", financialYear);
  return grants.filter((g) => grantYear(g) === financialYear);
}

@Resolver(() => OrganisationReference)
export class OrganisationFundingResolver {
  @FieldResolver(() => [Contribution], { nullable: true, description: "Money this organisation put into funding pools, by pool then year." })
  async fundingContributions(
    @Root() org: OrganisationReference,
    @Arg("financialYear", () => String, yearArgument) financialYear: string | null,
    @Ctx() ctx: FundingContext,
  ) {
    return inYear(await ctx.loaders.contributionsOfOrganisation.load(org.id), financialYear);
  }

  @FieldResolver(() => [Allocation], { nullable: true, description: "Allocations from funding pools paid to this organisation, by pool then year." })
  async allocationsReceived(
    @Root() org: OrganisationReference,
    @Arg("financialYear", () => String, yearArgument) financialYear: string | null,
    @Ctx() ctx: FundingContext,
  ) {
    return inYear(await ctx.loaders.allocationsToOrganisation.load(org.id), financialYear);
  }

  @FieldResolver(() => [Grant], { nullable: true, description: "Grants awarded to this organisation, largest first; a year matches the award date, or the planned start when no award date is stated." })
  async grantsReceived(
    @Root() org: OrganisationReference,
    @Arg("financialYear", () => String, yearArgument) financialYear: string | null,
    @Ctx() ctx: FundingContext,
  ) {
    return grantsInYear(await ctx.loaders.grantsToOrganisation.load(org.id), financialYear);
  }

  @FieldResolver(() => [Grant], { nullable: true, description: "Grants this organisation awarded as funder, largest first." })
  async grantsAwarded(
    @Root() org: OrganisationReference,
    @Arg("financialYear", () => String, yearArgument) financialYear: string | null,
    @Ctx() ctx: FundingContext,
  ) {
    return grantsInYear(await ctx.loaders.grantsFromOrganisation.load(org.id), financialYear);
  }

  @FieldResolver(() => FundingReceived, { nullable: true, description: "Exact totals of allocationsReceived and grantsReceived (for one financial year when given)." })
  async fundingReceived(
    @Root() org: OrganisationReference,
    @Arg("financialYear", () => String, yearArgument) financialYear: string | null,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingReceived> {
    const [allocations, grants] = await Promise.all([
      ctx.loaders.allocationsToOrganisation.load(org.id).then((rows) => inYear(rows, financialYear)),
      ctx.loaders.grantsToOrganisation.load(org.id).then((rows) => grantsInYear(rows, financialYear)),
    ]);
    const allocationsTotal = sumMoney(allocations.map((a) => a.amount));
    const grantsTotal = sumMoney(grants.map((g) => g.amountAwarded));
    return {
      financialYear,
      allocationsTotal,
      allocationCount: allocations.length,
      grantsTotal,
      grantCount: grants.length,
      total: allocationsTotal.plus(grantsTotal),
    };
  }

  @FieldResolver(() => [FundingPool], { nullable: true, description: "Funding pools this organisation hosts, by name." })
  hostedFundingPools(@Root() org: OrganisationReference, @Ctx() ctx: FundingContext) {
    return ctx.loaders.poolsHostedBy.load(org.id);
  }
}

@Resolver(() => AreaReference)
export class AreaFundingResolver {
  @FieldResolver(() => [FundingPool], { nullable: true, description: "Funding pools whose area is exactly this one, by name." })
  fundingPools(@Root() area: AreaReference, @Ctx() ctx: FundingContext) {
    return ctx.loaders.poolsInArea.load(area.code);
  }
}

@Resolver(() => ProgrammeReference)
export class ProgrammeFundingResolver {
  @FieldResolver(() => ProgrammeFunding, { nullable: true, description: "Allocations and grants stated for this programme, with exact totals." })
  async funding(@Root() programme: ProgrammeReference, @Ctx() ctx: FundingContext): Promise<ProgrammeFunding> {
    const [allocations, grants] = await Promise.all([
      ctx.loaders.allocationsOfProgramme.load(programme.id),
      ctx.loaders.grantsOfProgramme.load(programme.id),
    ]);
    const allocationsTotal = sumMoney(allocations.map((a) => a.amount));
    const grantsTotal = sumMoney(grants.map((g) => g.amountAwarded));
    return { allocations, grants, allocationsTotal, grantsTotal, total: allocationsTotal.plus(grantsTotal) };
  }
}
