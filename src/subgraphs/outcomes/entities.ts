// GraphQL types of the outcomes subgraph, shaped like OHID Fingertips. Resolvers return Prisma
// rows; relations and the computed judgements are field resolvers backed by per-request loaders.
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { IndicatorStatus, IndicatorUnit, MeasurementBasis, MeasurementStanding, Polarity, Publication, Sex } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { Page } from "../../subgraph/pagination.ts";
import { Sourced } from "../../subgraph/provenance.ts";
import { DecimalScalar } from "../../subgraph/scalars.ts";
import { ComparisonWithEngland, StatusAgainstTarget, TrendDirection, TrendJudgement, TrendMethod } from "./assessment.ts";

type Decimal = Prisma.Decimal;

registerEnumType(IndicatorUnit, {
  name: "IndicatorUnit",
  description: "What an indicator's value counts or measures; `unitAsWritten` keeps the papers' words.",
  valuesConfig: {
    PERCENT: { description: "A percentage: 66.1 means 66.1%." },
    RATE_PER_1000: { description: "A rate per 1,000 of the population or households." },
    RATE_PER_100000: { description: "A rate per 100,000 of the population." },
    COUNT: { description: "A number of people, events or things." },
    YEARS: { description: "A number of years, e.g. life expectancy." },
    DAYS: { description: "A number of days." },
    RATIO: { description: "A ratio of two quantities." },
    SCORE: { description: "A score on a scale, e.g. a wellbeing score." },
    RATE_PER_10000: { description: "A rate per 10,000 of the population." },
    WEEKS: { description: "A number of weeks, e.g. a wait." },
    MONTHS: { description: "A number of months." },
    FTE: { description: "Staff in full-time equivalents." },
    POUNDS: { description: "An amount of money in pounds." },
    OTHER: { description: "Any other unit; see unitAsWritten, e.g. \"DToC per day\"." },
  },
});

registerEnumType(MeasurementBasis, {
  name: "MeasurementBasis",
  description: "Whether a value was measured, or is planned or proposed, as the paper states it.",
  valuesConfig: {
    ACTUAL: { description: "Measured or counted: what happened." },
    PLANNED: { description: "Planned or allocated, e.g. teams to be rolled out from September 2023." },
    PROPOSED: { description: "Proposed, not yet agreed, e.g. a phase of a staffing proposal." },
  },
});

registerEnumType(Polarity, {
  name: "Polarity",
  description: "Which direction of an indicator is good (Fingertips polarity).",
  valuesConfig: {
    HIGH_IS_GOOD: { description: "A higher value is better, e.g. children achieving a good level of development." },
    LOW_IS_GOOD: { description: "A lower value is better, e.g. hospital admissions as a result of self-harm." },
    NO_JUDGEMENT: { description: "Neither direction is better, e.g. referrals to a service; no RAG or better/worse." },
  },
});

registerEnumType(IndicatorStatus, {
  name: "IndicatorStatus",
  description: "Whether an indicator is still collected; discontinued indicators keep their history.",
  valuesConfig: {
    ACTIVE: { description: "Still collected and reported." },
    DISCONTINUED: { description: "No longer collected (see discontinuedOn and successor)." },
  },
});

registerEnumType(Publication, {
  name: "Publication",
  description: "Whether anyone may read a figure: published, a draft, or below publication level.",
  valuesConfig: {
    PUBLISHED: { description: "Published: anyone reads it." },
    DRAFT: { description: "A draft a partner pushed and has not published: read only by the organisation that reported it and by identities with scope read:restricted." },
    BELOW_PUBLICATION_LEVEL: {
      description: "A small number (e.g. a safeguarding count) the reporting partner withholds from publication because it could identify people: read only by that organisation and by identities with scope read:restricted.",
    },
  },
});

registerEnumType(MeasurementStanding, {
  name: "MeasurementStanding",
  description: "Whether a figure belongs to its indicator's official series (latest value, status against target, trends): only OFFICIAL and ACCEPTED figures do.",
  valuesConfig: {
    OFFICIAL: { description: "Written by the indicator's steward or by an admin (the curated papers included)." },
    PROPOSED: { description: "Pushed by another partner: kept and shown as theirs, outside the official series until the steward or an admin accepts it." },
    ACCEPTED: { description: "Pushed by another partner and accepted by the steward or an admin (acceptedBy, acceptedAt): part of the official series." },
  },
});

registerEnumType(Sex, {
  name: "Sex",
  description: "The sex a value or target is for (Fingertips' sex breakdown).",
  valuesConfig: {
    PERSONS: { description: "Everyone; the default when the papers give no breakdown." },
    MALE: { description: "Men or boys only." },
    FEMALE: { description: "Women or girls only." },
  },
});

registerEnumType(StatusAgainstTarget, {
  name: "StatusAgainstTarget",
  description: "A value's red/amber/green status against its target, honouring polarity.",
  valuesConfig: {
    GREEN: { description: "The target is met: the value is at or better than the target value." },
    AMBER: { description: "The target is missed by no more than 5% of the target value." },
    RED: { description: "The target is missed by more than 5% of the target value." },
    NO_TARGET: { description: "No target applies to this area (or nationally) for this period." },
    NOT_APPLICABLE: { description: "The indicator has no polarity (NO_JUDGEMENT), so it cannot meet or miss a target." },
  },
});

registerEnumType(ComparisonWithEngland, {
  name: "ComparisonWithEngland",
  description: "How a value compares with England's for the same indicator, period and sex (Fingertips' comparison).",
  valuesConfig: {
    BETTER: { description: "Better than England, judged by polarity." },
    SIMILAR: { description: "Not distinguishable from England (overlapping intervals, or equal values)." },
    WORSE: { description: "Worse than England, judged by polarity." },
    NOT_COMPARED: { description: "Not compared: no polarity, no England value, England's own value, or contradictory England values." },
  },
});

registerEnumType(TrendDirection, {
  name: "TrendDirection",
  description: "Which way an area's values have moved over the latest periods.",
  valuesConfig: {
    INCREASING: { description: "Values are going up." },
    DECREASING: { description: "Values are going down." },
    NO_CHANGE: { description: "No significant (or no material) change." },
    NOT_ENOUGH_DATA: { description: "Fewer than three periods have values." },
  },
});

registerEnumType(TrendJudgement, {
  name: "TrendJudgement",
  description: "Whether a trend is good news, by the indicator's polarity.",
  valuesConfig: {
    IMPROVING: { description: "Moving in the good direction." },
    WORSENING: { description: "Moving in the bad direction." },
    NO_JUDGEMENT: { description: "No change, not enough data, or an indicator without polarity." },
  },
});

registerEnumType(TrendMethod, {
  name: "TrendMethod",
  description: "How a recent trend was decided.",
  valuesConfig: {
    CHI_SQUARED_FOR_TREND: { description: "A chi-squared test for trend on counts and denominators, significant at the 99.8% level." },
    LEAST_SQUARES_SLOPE: { description: "The least-squares slope of the values; a fitted change within 1% of the mean counts as no change." },
    NONE: { description: "Not enough data to decide." },
  },
});

@ObjectType({ description: "A set of indicators partners are measured on together, e.g. the BCF national metrics or the Marmot indicators." })
export class Framework extends Sourced {
  @Field(() => ID, { description: 'A stable slug, e.g. "bcf-national-metrics".' })
  code!: string;

  @Field(() => String, { description: "The framework's name." })
  name!: string;

  @Field(() => String, { description: "What the framework is for and who uses it." })
  description!: string;
}

@Directive('@key(fields: "code")')
@ObjectType({ description: "Something partners measure, with its unit and which direction is good (a Fingertips indicator)." })
export class Indicator extends Sourced {
  @Field(() => ID, { description: 'A stable slug, e.g. "hospital-admissions-self-harm-10-24".' })
  code!: string;

  @Field(() => String, { description: "The indicator's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What exactly is counted or measured." })
  definition!: string | null;

  @Field(() => IndicatorUnit, { description: "The unit of its values." })
  unit!: IndicatorUnit;

  @Field(() => String, { nullable: true, description: 'The unit in the papers\' words, e.g. "per 100,000" or "DToC per day".' })
  unitAsWritten!: string | null;

  @Field(() => Polarity, { description: "Which direction is good." })
  polarity!: Polarity;

  @Field(() => IndicatorStatus, { description: "Whether it is still collected." })
  status!: IndicatorStatus;

  @Field(() => DateResolver, { nullable: true, description: "The day collection stopped, for a discontinued indicator." })
  discontinuedOn!: Date | null;

  @Field(() => String, { nullable: true, description: "Why or how the indicator was discontinued, and on what authority." })
  discontinuedNote!: string | null;

  successorCode!: string | null;
  stewardId!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Values below this are not published (small numbers, e.g. safeguarding counts, that could identify people): such measurements are BELOW_PUBLICATION_LEVEL. Null: every value is published.",
  })
  publicationThreshold!: Prisma.Decimal | null;
}

@ObjectType({ description: "An indicator's place in a framework, with the framework's own reference for it." })
export class FrameworkMembership extends Sourced {
  @Field(() => String, { nullable: true, description: 'The framework\'s reference for the indicator as written, e.g. "OI1" or "O14".' })
  reference!: string | null;

  indicatorCode!: string;
  frameworkCode!: string;
}

@ObjectType({ description: "The papers tie an indicator to a programme it measures." })
export class ProgrammeMeasure extends Sourced {
  indicatorCode!: string;
  programmeId!: string;
}

@ObjectType({ description: "One reported value of an indicator for an area, period and sex (a Fingertips data point). Contradictory values for the same indicator, area and period are separate measurements, each with its own source." })
export class Measurement extends Sourced {
  @Field(() => ID, { description: "The measurement's id." })
  id!: number;

  @Field(() => Sex, { description: "Who the value is for; PERSONS unless the papers give a breakdown." })
  sex!: Sex;

  @Field(() => String, { description: 'The period as written, e.g. "2017/18", "17/18", "Q1 17-18", "June 2018".' })
  period!: string;

  @Field(() => DateResolver, { description: "The first day of the period." })
  periodStart!: Date;

  @Field(() => DateResolver, { description: "The last day of the period." })
  periodEnd!: Date;

  @Field(() => DecimalScalar, { description: "The value, exact, in the indicator's unit (a percentage as 66.1, a rate per 100,000 as 438)." })
  value!: Decimal;

  @Field(() => DecimalScalar, { nullable: true, description: "The count behind the value (the numerator), when stated." })
  count!: Decimal | null;

  @Field(() => DecimalScalar, { nullable: true, description: "The population or total the count is out of, when stated." })
  denominator!: Decimal | null;

  @Field(() => DecimalScalar, { nullable: true, description: "The lower confidence limit, when stated." })
  lowerConfidenceLimit!: Decimal | null;

  @Field(() => DecimalScalar, { nullable: true, description: "The upper confidence limit, when stated." })
  upperConfidenceLimit!: Decimal | null;

  @Field(() => DateResolver, { nullable: true, description: 'The day the value stands "as at" (a snapshot); null for a value over its period.' })
  asAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'A cohort the value is for, beyond area and sex (e.g. "in the scheme"); null for everyone.' })
  cohort!: string | null;

  @Field(() => String, { nullable: true, description: "A category the value is for (e.g. a survey statement and response, a phase, a wave); null when none." })
  category!: string | null;

  @Field(() => MeasurementBasis, { description: "ACTUAL for a measured value; PLANNED or PROPOSED when the paper gives a plan or a proposal." })
  basis!: MeasurementBasis;

  indicatorCode!: string;
  areaCode!: string;
  reportedById!: string | null;
  programmeId!: string | null;

  @Field(() => Publication, { description: "PUBLISHED, or DRAFT or BELOW_PUBLICATION_LEVEL (then seen only by the reporting organisation and read:restricted identities)." })
  publication!: Publication;

  @Field(() => MeasurementStanding, { description: "OFFICIAL (the steward's or an admin's), PROPOSED (another partner's) or ACCEPTED: only OFFICIAL and ACCEPTED figures make the official series." })
  standing!: MeasurementStanding;

  @Field(() => String, { nullable: true, description: 'Who accepted a proposed figure, as audit records name them (e.g. "key:pgk_3f9a1c2e:coventry-city-council"); null unless ACCEPTED.' })
  acceptedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When a proposed figure was accepted; null unless ACCEPTED." })
  acceptedAt!: Date | null;

  importRunId!: number | null;
}

@ObjectType({ description: "A value an area is expected to reach for an indicator over a period." })
export class Target extends Sourced {
  @Field(() => ID, { description: "The target's id." })
  id!: number;

  @Field(() => Sex, { description: "Who the target is for." })
  sex!: Sex;

  @Field(() => String, { description: 'The period as written, e.g. "17/18" or "15/16 onwards".' })
  period!: string;

  @Field(() => DateResolver, { description: "The first day the target applies." })
  periodStart!: Date;

  @Field(() => DateResolver, { nullable: true, description: "The last day the target applies; null when open-ended." })
  periodEnd!: Date | null;

  @Field(() => DecimalScalar, { description: 'The target value in the indicator\'s unit; asWritten keeps the wording, e.g. "Better than or equal to national average: 70.7%".' })
  value!: Decimal;

  indicatorCode!: string;
  areaCode!: string;
  setById!: string | null;
}

@ObjectType({ description: "An area's recent trend for an indicator over its latest (up to five) periods, Fingertips-style." })
export class RecentTrend {
  @Field(() => TrendDirection, { description: "Which way the values moved." })
  direction!: TrendDirection;

  @Field(() => TrendJudgement, { description: "Whether that is improving or worsening, by polarity." })
  judgement!: TrendJudgement;

  @Field(() => TrendMethod, { description: "How the direction was decided." })
  method!: TrendMethod;

  @Field(() => [String], { description: "The periods used, oldest first, as written." })
  periods!: string[];

  @Field(() => [String], { description: "Periods for which the papers give contradictory values; their mean was used." })
  contradictoryPeriods!: string[];
}

@ObjectType({ description: "A page of indicators." })
export class IndicatorPage extends Page(Indicator) {}

@ObjectType({ description: "A page of measurements." })
export class MeasurementPage extends Page(Measurement) {}

@ObjectType({ description: "A page of targets." })
export class TargetPage extends Page(Target) {}
