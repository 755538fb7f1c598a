// GraphQL types of the funding subgraph. Resolvers return Prisma rows; relations and computed
// totals are field resolvers backed by the per-request loaders.
import { DateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { FundingMeasure, FundingPoolKind } from "../../generated/prisma/enums.ts";
import { Page } from "../../subgraph/pagination.ts";
import { Sourced } from "../../subgraph/provenance.ts";
import { MoneyScalar } from "../../subgraph/scalars.ts";
import type { Money } from "./money.ts";

/** What each kind of pool is called in words: enum descriptions and fundingTotals labels. */
export const POOL_KIND_LABELS: Record<FundingPoolKind, string> = {
  BCF: "Better Care Fund",
  IBCF: "improved Better Care Fund",
  S256_TRANSFER: "Section 256 transfer from the NHS to a council",
  ITF: "Integration Transformation Fund",
  GRANT: "Grant funding",
  CONTRACT_BUDGET: "Contract budget",
  OTHER: "Other funding",
};

registerEnumType(FundingPoolKind, {
  name: "FundingPoolKind",
  description: "The kind of pooled or ring-fenced money a funding pool is.",
  valuesConfig: {
    BCF: { description: "Better Care Fund: the pooled budget of a council and its CCG(s) under a section 75 agreement, overseen by the Health and Wellbeing Board." },
    IBCF: { description: "improved Better Care Fund: additional grant paid direct to councils from 2017/18 (2015 spending review and 2017 spring budget) to protect adult social care." },
    S256_TRANSFER: { description: "Section 256 transfer: a payment from the NHS (NHS England, earlier PCTs) to a council for social care that benefits health (NHS Act 2006, s256)." },
    ITF: { description: "Integration Transformation Fund: the 2013/14 name of the Better Care Fund, announced in the June 2013 spending round." },
    GRANT: { description: "Grant funding from a funder for a programme, e.g. DCLG's Troubled Families (Priority Families) funding." },
    CONTRACT_BUDGET: { description: "The budget of one or more contracts, e.g. the core CAMHS contract or the services in scope of a procurement." },
    OTHER: { description: "Any other ring-fenced money, e.g. CAMHS transformation funding allocations." },
  },
});

registerEnumType(FundingMeasure, {
  name: "FundingMeasure",
  description: "Which side of a pool is added up.",
  valuesConfig: {
    CONTRIBUTIONS: { description: "Money put into pools by contributors." },
    ALLOCATIONS: { description: "Money allocated out of pools to purposes, schemes or recipients." },
  },
});

export enum FundingTotalsGroup {
  POOL = "POOL",
  FINANCIAL_YEAR = "FINANCIAL_YEAR",
  ORGANISATION = "ORGANISATION",
  KIND = "KIND",
}

registerEnumType(FundingTotalsGroup, {
  name: "FundingTotalsGroup",
  description: "What fundingTotals adds up by.",
  valuesConfig: {
    POOL: { description: "One row per pool (key: the pool id; label: its name)." },
    FINANCIAL_YEAR: { description: 'One row per financial year (key: "2018/19"); records that state no year share the row "not-stated", listed last.' },
    ORGANISATION: {
      description:
        'One row per organisation (key: its id): the contributor for CONTRIBUTIONS, the recipient for ALLOCATIONS; records with none share the row "not-attributed", listed last.',
    },
    KIND: { description: "One row per kind of pool (key: the FundingPoolKind value)." },
  },
});

export enum FundingPoolOrder {
  NAME = "NAME",
  PERIOD_START = "PERIOD_START",
  TOTAL_DESCENDING = "TOTAL_DESCENDING",
}

registerEnumType(FundingPoolOrder, {
  name: "FundingPoolOrder",
  description: "How the fundingPools list is sorted; ties are broken by id.",
  valuesConfig: {
    NAME: { description: "By name, A to Z." },
    PERIOD_START: { description: "Earliest period first; pools with no stated period last." },
    TOTAL_DESCENDING: { description: "Largest stated total first; pools with no stated total last." },
  },
});

export enum GrantOrder {
  AMOUNT_DESCENDING = "AMOUNT_DESCENDING",
  AWARD_DATE = "AWARD_DATE",
  TITLE = "TITLE",
}

registerEnumType(GrantOrder, {
  name: "GrantOrder",
  description: "How the grants list is sorted; ties are broken by identifier.",
  valuesConfig: {
    AMOUNT_DESCENDING: { description: "Largest award first." },
    AWARD_DATE: { description: "Earliest award date first; grants with no stated award date last." },
    TITLE: { description: "By title, A to Z." },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A pooled or ring-fenced budget as a document states it (a Better Care Fund, an improved BCF, a section 256 transfer, a grant programme, a contract budget), with the money put in (contributions) and given out (allocations).",
})
export class FundingPool extends Sourced {
  @Field(() => ID, { description: "A stable slug, e.g. coventry-bcf-2017-19." })
  id!: string;

  @Field(() => String, { description: "The pool's name." })
  name!: string;

  @Field(() => FundingPoolKind, { description: "The kind of pool." })
  kind!: FundingPoolKind;

  @Field(() => String, { nullable: true, description: "What the pool is for, in the document's words." })
  description!: string | null;

  @Field(() => [String], { description: "Purposes the document lists without sums, as written (e.g. the three purposes of the improved BCF)." })
  purposes!: string[];

  @Field(() => [String], { description: 'The financial years the pool covers, e.g. ["2017/18", "2018/19"]; empty when the document states none.' })
  financialYears!: string[];

  @Field(() => DateResolver, { nullable: true, description: "First day of the pool's period; null when not stated." })
  periodStart!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Last day of the pool's period; null when not stated." })
  periodEnd!: Date | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The pool's total exactly as the document states it (asWritten and source say where); null when none is stated. Compare with contributedTotal.",
  })
  total!: Money | null;

  hostOrganisationId!: string | null;
  areaCode!: string | null;
}

@ObjectType({ description: "Money put into a funding pool by one contributor, as stated." })
export class Contribution extends Sourced {
  @Field(() => ID, { description: "A stable id: the pool's id, then the contributor (and year)." })
  id!: string;

  @Field(() => String, { description: 'The contributor as the document names it, e.g. "City Council resource".' })
  contributor!: string;

  @Field(() => MoneyScalar, { description: "The amount in pounds, exact." })
  amount!: Money;

  @Field(() => String, { nullable: true, description: 'The financial year, e.g. "2017/18"; null when the amount covers the whole pool period or no year is stated.' })
  financialYear!: string | null;

  poolId!: string;
  organisationId!: string | null;
}

@ObjectType({ description: "Money from a funding pool allocated to a purpose or scheme, as stated." })
export class Allocation extends Sourced {
  @Field(() => ID, { description: "A stable id: the pool's id, then the purpose (and year)." })
  id!: string;

  @Field(() => String, { description: 'The purpose or scheme as written, e.g. "Reablement".' })
  purpose!: string;

  @Field(() => MoneyScalar, { description: "The amount in pounds, exact (a £'000 figure multiplied out)." })
  amount!: Money;

  @Field(() => String, { nullable: true, description: 'The financial year, e.g. "2013/14"; null when not stated.' })
  financialYear!: string | null;

  @Field(() => String, { nullable: true, description: 'The planned output as written, e.g. "Number of episodes of reablement provided (approximately 2,300)".' })
  plannedOutput!: string | null;

  poolId!: string;
  recipientId!: string | null;
  fundedById!: string | null;
  programmeId!: string | null;
}

@ObjectType({
  description:
    "A total the document states for a pool, or for one organisation's or one year's part of it, beside the exact sum of the records it should add up from. Contradictions in the papers show as a non-zero difference; neither figure is corrected.",
})
export class StatedTotal extends Sourced {
  @Field(() => String, { description: 'The row label or phrase as written, e.g. "Total:".' })
  label!: string;

  @Field(() => FundingMeasure, { description: "Whether the total should add up the pool's contributions or its allocations." })
  measure!: FundingMeasure;

  @Field(() => MoneyScalar, { description: "The total as stated, in pounds." })
  amount!: Money;

  @Field(() => String, { nullable: true, description: "The financial year the total covers; null for all the pool's records." })
  financialYear!: string | null;

  id!: number;
  poolId!: string;
  organisationId!: string | null;
}

@ObjectType({ description: "When a grant is planned to run, as the document states it (360Giving plannedDates)." })
export class PlannedDates {
  @Field(() => DateResolver, { nullable: true, description: "Planned first day; the first of the month when only a month is written." })
  startDate!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Planned last day; null when not stated." })
  endDate!: Date | null;

  @Field(() => String, { nullable: true, description: 'The period as written, e.g. "from April 2018" or "per annum".' })
  asWritten!: string | null;
}

@ObjectType({ description: "A grant from a funder to a recipient, shaped like a 360Giving grant record (identifier, title, funder, recipient, amountAwarded, currency, awardDate, plannedDates)." })
export class Grant extends Sourced {
  @Field(() => String, { description: "The grant's title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the grant is for, in the document's words." })
  description!: string | null;

  @Field(() => MoneyScalar, { description: "The amount awarded, exact." })
  amountAwarded!: Money;

  @Field(() => String, { description: 'ISO 4217 currency code; always "GBP".' })
  currency!: string;

  @Field(() => DateResolver, { nullable: true, description: "The day the grant was awarded; null when the document gives no day." })
  awardDate!: Date | null;

  id!: string;
  funderId!: string | null;
  recipientId!: string | null;
  programmeId!: string | null;
  plannedStartDate!: Date | null;
  plannedEndDate!: Date | null;
  plannedDatesAsWritten!: string | null;
}

@ObjectType({ description: "One row of fundingTotals: an exact sum of contributions or allocations for one group." })
export class FundingTotal {
  @Field(() => String, { description: 'The group: a pool id, a financial year, an organisation id or a kind; "not-stated" or "not-attributed" for records without one.' })
  key!: string;

  @Field(() => String, { description: "The group in words: a pool name, a year, an organisation id, a kind's name." })
  label!: string;

  @Field(() => String, { nullable: true, description: "The financial year, when grouped by FINANCIAL_YEAR and the records state one." })
  financialYear!: string | null;

  @Field(() => MoneyScalar, { description: "The exact sum of the group's amounts (decimal arithmetic, no rounding)." })
  total!: Money;

  @Field(() => Int, { description: "How many contributions or allocations were added up." })
  count!: number;

  poolId!: string | null;
  organisationId!: string | null;
  kind!: FundingPoolKind | null;
}

@ObjectType({ description: "The exact totals of the funding an organisation received: allocations paid to it and grants awarded to it." })
export class FundingReceived {
  @Field(() => String, { nullable: true, description: "The financial year these totals cover; null for every year." })
  financialYear!: string | null;

  @Field(() => MoneyScalar, { description: "Sum of the allocations whose recipient is the organisation." })
  allocationsTotal!: Money;

  @Field(() => Int, { description: "How many allocations were added up." })
  allocationCount!: number;

  @Field(() => MoneyScalar, { description: "Sum of the grants awarded to the organisation." })
  grantsTotal!: Money;

  @Field(() => Int, { description: "How many grants were added up." })
  grantCount!: number;

  @Field(() => MoneyScalar, { description: "allocationsTotal plus grantsTotal." })
  total!: Money;
}

@ObjectType({ description: "The money a programme is stated to receive: allocations from pools and grants, with exact totals." })
export class ProgrammeFunding {
  @Field(() => [Allocation], { description: "Allocations to the programme, by pool and year." })
  allocations!: Allocation[];

  @Field(() => [Grant], { description: "Grants for the programme, largest first." })
  grants!: Grant[];

  @Field(() => MoneyScalar, { description: "Sum of the allocations." })
  allocationsTotal!: Money;

  @Field(() => MoneyScalar, { description: "Sum of the grants." })
  grantsTotal!: Money;

  @Field(() => MoneyScalar, { description: "allocationsTotal plus grantsTotal." })
  total!: Money;
}

@ObjectType({ description: "A page of funding pools." })
export class FundingPoolPage extends Page(FundingPool) {}

@ObjectType({ description: "A page of contributions." })
export class ContributionPage extends Page(Contribution) {}

@ObjectType({ description: "A page of allocations." })
export class AllocationPage extends Page(Allocation) {}

@ObjectType({ description: "A page of grants." })
export class GrantPage extends Page(Grant) {}
