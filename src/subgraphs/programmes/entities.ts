// GraphQL types of the programmes subgraph. Resolvers return Prisma rows; relation fields and
// references to other subgraphs' entities are field resolvers backed by the per-request loaders.
import { DateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ProgrammeKind, ProgrammeStatus, RagRating, StrategyKind, StrategyStatus } from "../../generated/prisma/enums.ts";
import { Page } from "../../subgraph/pagination.ts";
import { Sourced } from "../../subgraph/provenance.ts";

registerEnumType(StrategyKind, {
  name: "StrategyKind",
  description: "The kind of strategic document.",
  valuesConfig: {
    STRATEGY: { description: "A strategy setting priorities over several years, e.g. a Joint Health and Wellbeing Strategy." },
    PLAN: { description: "A plan, e.g. a transformation plan or commissioning intentions." },
    FRAMEWORK: { description: "A framework that gathers existing work under shared priorities, e.g. the Physical Activity Framework." },
    CONCORDAT: { description: "A concordat or consensus statement partners sign up to." },
    ACTION_PLAN: { description: "An action plan answering a review or inspection, e.g. the CQC local system review improvement plan." },
  },
});

registerEnumType(StrategyStatus, {
  name: "StrategyStatus",
  description: "Where a strategy stands in its life, as last stated in the papers.",
  valuesConfig: {
    DRAFT: { description: "Being written, or put to a board for approval and not yet approved in the papers held." },
    CONSULTATION: { description: "Out for consultation." },
    APPROVED: { description: "Approved, endorsed or declared by the body that owns it." },
    ACTIVE: { description: "In force and being delivered." },
    COMPLETED: { description: "Delivered and closed." },
    SUPERSEDED: { description: "Replaced by a later strategy." },
  },
});

registerEnumType(ProgrammeKind, {
  name: "ProgrammeKind",
  description: "The level of a node in the programme tree.",
  valuesConfig: {
    PROGRAMME: { description: "A programme of work, e.g. Better Health, Better Care, Better Value." },
    WORKSTREAM: { description: "A workstream within a programme, e.g. Proactive and Preventative." },
    PROJECT: { description: "A project or pilot, e.g. Housing First." },
  },
});

registerEnumType(ProgrammeStatus, {
  name: "ProgrammeStatus",
  description: "Where a programme, workstream or project stands.",
  valuesConfig: {
    PROPOSED: { description: "Planned or bid for, not yet started." },
    ACTIVE: { description: "Under way." },
    ON_HOLD: { description: "Paused." },
    COMPLETED: { description: "Finished as planned." },
    CLOSED: { description: "Stopped or merged into other work." },
  },
});

registerEnumType(RagRating, {
  name: "RagRating",
  description: "A red/amber/green rating given in a status report.",
  valuesConfig: {
    RED: { description: "Off track." },
    AMBER: { description: "At risk." },
    GREEN: { description: "On track." },
  },
});

const periodBounds = {
  start:
    "First day of the period. When the papers give only years it is 1 January of the first year, or 1 April when the years are financial years (commissioning intentions and annual plan refreshes, e.g. \"2014-15\", \"2023/2024\"); when they give a month, its first day. Null when not known.",
  end: "Last day of the period, read like the start (31 December, 31 March, or the month's last day). Null when open or not known.",
};

@Directive('@key(fields: "id")')
@ObjectType({ description: "A strategy, plan, framework, concordat or action plan adopted by partners, with its priorities." })
export class Strategy extends Sourced {
  @Field(() => ID, { description: "A stable slug, e.g. coventry-health-and-wellbeing-strategy-2016-2019." })
  id!: string;

  @Field(() => String, { description: "The title as the papers give it." })
  title!: string;

  @Field(() => StrategyKind, { description: "The kind of document." })
  kind!: StrategyKind;

  @Field(() => StrategyStatus, { description: "Where it stands, as last stated in the papers." })
  status!: StrategyStatus;

  @Field(() => String, { nullable: true, description: 'The period as written, e.g. "2016-19" or "2019 - 2024".' })
  periodLabel!: string | null;

  @Field(() => DateResolver, { nullable: true, description: periodBounds.start })
  periodStart!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: periodBounds.end })
  periodEnd!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "The day it was approved, when the papers give a day." })
  approvedOn!: Date | null;

  @Field(() => String, { nullable: true, description: 'The approval as written, e.g. "This plan was approved by the HWBB on 9 April 2018".' })
  approvalAsWritten!: string | null;

  approvedById!: string | null;
  approvedAtId!: string | null;
  approvalSourceDocumentId!: string | null;
  approvalSourceFirstLine!: number | null;
  approvalSourceLastLine!: number | null;
}

@ObjectType({ description: "A priority of a strategy, in the strategy's own order." })
export class Priority extends Sourced {
  @Field(() => ID, { description: "The priority's id." })
  id!: number;

  @Field(() => Int, { description: "Its place in the strategy's list, from 1." })
  position!: number;

  @Field(() => String, { description: "The priority as written." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Its objectives or explanation as written, when the papers give them." })
  description!: string | null;

  strategyId!: string;
}

@ObjectType({ description: "An organisation's ownership of a strategy, with where the papers state it." })
export class StrategyOwnership extends Sourced {
  strategyId!: string;
  organisationId!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A node of the programme tree: a programme, a workstream within it, or a project." })
export class Programme extends Sourced {
  @Field(() => ID, { description: 'A stable slug, e.g. "bhbcbv" or "bhbcbv-planned-care".' })
  id!: string;

  @Field(() => ProgrammeKind, { description: "Programme, workstream or project." })
  kind!: ProgrammeKind;

  @Field(() => String, { description: "The name as the papers give it." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The abbreviation the papers use, e.g. "BHBCBV".' })
  shortName!: string | null;

  @Field(() => String, { nullable: true, description: "What it is for, as written." })
  description!: string | null;

  @Field(() => ProgrammeStatus, { description: "Where it stands, as last reported." })
  status!: ProgrammeStatus;

  @Field(() => DateResolver, { nullable: true, description: periodBounds.start })
  startDate!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: periodBounds.end })
  endDate!: Date | null;

  @Field(() => String, { nullable: true, description: 'The period as written, e.g. "2019".' })
  periodLabel!: string | null;

  parentId!: string | null;
  position!: number | null;
  leadOrganisationId!: string | null;
  leadPersonId!: string | null;
}

@ObjectType({ description: "A dated report on a programme's progress, usually to a board meeting." })
export class StatusUpdate extends Sourced {
  @Field(() => ID, { description: "The update's id." })
  id!: number;

  @Field(() => DateResolver, { description: "The day it was reported: the meeting's date, or the report's date when no meeting is named." })
  date!: Date;

  @Field(() => ProgrammeStatus, { description: "The status it reports." })
  status!: ProgrammeStatus;

  @Field(() => RagRating, { nullable: true, description: "The red/amber/green rating, when the report gives one." })
  ragRating!: RagRating | null;

  @Field(() => String, { description: "What was reported, as written (page furniture and markup removed)." })
  summary!: string;

  programmeId!: string;
  reportedToId!: string | null;
}

@ObjectType({ description: "A programme's delivery of a strategy, or of one of its priorities, with where the papers say so." })
export class StrategyDelivery extends Sourced {
  programmeId!: string;
  strategyId!: string;
  priorityId!: number | null;
}

@ObjectType({ description: "A page of strategies." })
export class StrategyPage extends Page(Strategy) {}

@ObjectType({ description: "A page of programmes, workstreams and projects." })
export class ProgrammePage extends Page(Programme) {}
