// Other subgraphs' entities that outcomes points to or adds fields to: stubs with their key
// fields only, and the resolvers of the fields outcomes adds (Area.measurements,
// Organisation.reportedMeasurements, Programme.indicators).
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { loadLinked } from "../../subgraph/loaders.ts";
import { Indicator, Measurement } from "./entities.ts";
import { MeasurementStanding } from "../../generated/prisma/enums.ts";
import { officialStandings, type OutcomesContext } from "./loaders.ts";
import { financialYearArgument } from "./periods.ts";

@Directive('@key(fields: "code")')
@ObjectType("Area", { description: "An ONS geography identified by its GSS code (owned by the partners subgraph)." })
export class AreaReference {
  @Field(() => ID, { description: "The nine-character ONS GSS code, e.g. E08000026 for Coventry." })
  code!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Organisation", { description: "A partner organisation (owned by the partners subgraph)." })
export class OrganisationReference {
  @Field(() => ID, { description: "A stable slug, e.g. coventry-city-council." })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Programme", { description: "A programme of work, e.g. the CAMHS Local Transformation Plan (owned by the programmes subgraph)." })
export class ProgrammeReference {
  @Field(() => ID, { description: 'A stable slug, e.g. "camhs-transformation".' })
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("ImportRecord", { description: "An import of a dataset (owned by the partners subgraph)." })
export class ImportRecordReference {
  @Field(() => Int, { description: "The import run's id." })
  id!: number;
}

export const areaRef = (code: string): AreaReference => ({ code });
export const organisationRef = (id: string | null): OrganisationReference | null => (id ? { id } : null);

@Resolver(() => AreaReference)
export class AreaMeasurementsResolver {
  @FieldResolver(() => [Measurement], { nullable: true,
    description:
      "Indicator values measured for this area, in indicator, period and id order; contradictory values for a period are all listed, each with its source.",
  })
  measurements(
    @Root() area: AreaReference,
    @Arg("indicatorCode", () => ID, { nullable: true, description: "Only values of this indicator." }) indicatorCode: string | null,
    @Arg("frameworkCode", () => ID, { nullable: true, description: "Only values of indicators in this framework." }) frameworkCode: string | null,
    @Arg("period", () => String, { nullable: true, description: 'Only values whose period lies within this financial year, e.g. "2017/18".' })
    period: string | null,
    @Ctx() ctx: OutcomesContext,
  ) {
    const year = period ? financialYearArgument("period", period) : null;
    return ctx.loaders.areaMeasurements.load({
      areaCode: area.code,
      indicatorCode: indicatorCode?.trim() || null,
      frameworkCode: frameworkCode?.trim() || null,
      periodStart: year?.start ?? null,
      periodEnd: year?.end ?? null,
    });
  }
}

@Resolver(() => OrganisationReference)
export class OrganisationMeasurementsResolver {
  @FieldResolver(() => [Measurement], { nullable: true, description: "Indicator values this organisation reported, in indicator, area and period order: by default those in official series; ask for PROPOSED to see the figures it pushed for indicators others steward." })
  async reportedMeasurements(
    @Root() organisation: OrganisationReference,
    @Arg("standings", () => [MeasurementStanding], { nullable: true, description: "Only values of these standings; omitted, OFFICIAL and ACCEPTED." }) standings: MeasurementStanding[] | null,
    @Ctx() ctx: OutcomesContext,
  ) {
    const wanted = new Set<MeasurementStanding>(standings?.length ? standings : officialStandings);
    return (await ctx.loaders.measurementsReportedBy.load(organisation.id)).filter((m) => wanted.has(m.standing));
  }
}

@Resolver(() => ProgrammeReference)
export class ProgrammeIndicatorsResolver {
  @FieldResolver(() => [Indicator], { nullable: true, description: "Indicators the papers tie to this programme, in code order." })
  async indicators(@Root() programme: ProgrammeReference, @Ctx() ctx: OutcomesContext) {
    const links = await ctx.loaders.programmeMeasuresOfProgramme.load(programme.id);
    return loadLinked(ctx.loaders.indicator, links.map((l) => l.indicatorCode));
  }

  @FieldResolver(() => [Measurement], { nullable: true,
    description: "The programme's or service's outputs: measurements scoped to it (activity, staffing, funnels, cohorts, survey results), in indicator, area and period order.",
  })
  async outputs(
    @Root() programme: ProgrammeReference,
    @Arg("indicatorCode", () => ID, { nullable: true, description: "Only values of this indicator; all when omitted." }) indicatorCode: string | null,
    @Ctx() ctx: OutcomesContext,
  ) {
    const rows = await ctx.loaders.outputsOfProgramme.load(programme.id);
    return indicatorCode ? rows.filter((m) => m.indicatorCode === indicatorCode) : rows;
  }
}
