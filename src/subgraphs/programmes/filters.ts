// Filters and sort orders of the strategies and programmes lists, checked before any SQL runs.
import { aliasMatch, likeText } from "../../subgraph/like.ts";
import type { GraphQLError } from "graphql";
import { badUserInput } from "../../subgraph/errors.ts";
import { DateResolver } from "graphql-scalars";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.ts";
import { ProgrammeKind, ProgrammeStatus, StrategyKind, StrategyStatus } from "../../generated/prisma/enums.ts";
import { normaliseName } from "../partners/names.ts";

/** "filter.text must ...": the argument leads the message. */
export function badInput(argumentName: string, message: string): GraphQLError {
  return badUserInput(`${argumentName} ${message}`, argumentName);
}

/** A required text argument, trimmed; blank text is refused rather than matching everything. */
export function nonBlank(argumentName: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(argumentName, `must not be blank, got ${JSON.stringify(value)}`);
  return trimmed;
}

/** Free-text search needs two characters or more: one letter would match nearly every record. */
export function searchText(argumentName: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed.length < 2) throw badInput(argumentName, `must have at least 2 characters, got ${JSON.stringify(value)}`);
  return trimmed;
}

export enum StrategyOrder {
  TITLE = "TITLE",
  PERIOD_START = "PERIOD_START",
}

registerEnumType(StrategyOrder, {
  name: "StrategyOrder",
  description: "How the strategies list is sorted; ties are broken by title, then id.",
  valuesConfig: {
    TITLE: { description: "By title, A to Z." },
    PERIOD_START: { description: "Oldest period first; strategies whose period is not known come last." },
  },
});

export enum ProgrammeOrder {
  NAME = "NAME",
  START_DATE = "START_DATE",
}

registerEnumType(ProgrammeOrder, {
  name: "ProgrammeOrder",
  description: "How the programmes list is sorted; ties are broken by name, then id.",
  valuesConfig: {
    NAME: { description: "By name, A to Z." },
    START_DATE: { description: "Earliest start first; those whose start is not known come last." },
  },
});

@InputType({ description: "Filters for the strategies list; all given filters must match." })
export class StrategyFilter {
  @Field(() => [StrategyKind], { nullable: true, description: "Only strategies of one of these kinds." })
  kinds?: StrategyKind[];

  @Field(() => [StrategyStatus], { nullable: true, description: "Only strategies in one of these statuses." })
  statuses?: StrategyStatus[];

  @Field(() => ID, { nullable: true, description: "Only strategies owned by this organisation (its slug id)." })
  ownerId?: string;

  @Field(() => DateResolver, {
    nullable: true,
    description: "Only strategies whose period covers this day (an open end counts as covering it); strategies with no known period never match.",
  })
  activeOn?: Date;
}

@InputType({ description: "Filters for the programmes list; all given filters must match." })
export class ProgrammeFilter {
  @Field(() => [ProgrammeKind], { nullable: true, description: "Only programmes, workstreams or projects of these kinds." })
  kinds?: ProgrammeKind[];

  @Field(() => [ProgrammeStatus], { nullable: true, description: "Only those in one of these statuses." })
  statuses?: ProgrammeStatus[];

  @Field(() => ID, { nullable: true, description: "Only those led by this organisation (its slug id)." })
  leadOrganisationId?: string;

  @Field(() => Boolean, { nullable: true, description: "When true, only the tops of trees (no parent)." })
  rootsOnly?: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Text (at least 2 characters) found in the name, short name, description or any alias; case and punctuation ignored for aliases.",
  })
  text?: string;
}

export function strategyWhere(filter: StrategyFilter | null): Prisma.StrategyWhereInput {
  const and: Prisma.StrategyWhereInput[] = [];
  if (filter?.kinds?.length) and.push({ kind: { in: filter.kinds } });
  if (filter?.statuses?.length) and.push({ status: { in: filter.statuses } });
  if (filter?.ownerId !== undefined && filter.ownerId !== null) {
    and.push({ ownerships: { some: { organisationId: nonBlank("filter.ownerId", filter.ownerId) } } });
  }
  if (filter?.activeOn) {
    const day = filter.activeOn;
    and.push(
      { OR: [{ periodStart: null }, { periodStart: { lte: day } }] },
      { OR: [{ periodEnd: null }, { periodEnd: { gte: day } }] },
      { OR: [{ periodStart: { not: null } }, { periodEnd: { not: null } }] },
    );
  }
  return { AND: and };
}

export function strategyOrderBy(order: StrategyOrder): Prisma.StrategyOrderByWithRelationInput[] {
  const tieBreak: Prisma.StrategyOrderByWithRelationInput[] = [{ title: "asc" }, { id: "asc" }];
  return order === StrategyOrder.PERIOD_START ? [{ periodStart: { sort: "asc", nulls: "last" } }, ...tieBreak] : tieBreak;
}

export function programmeWhere(filter: ProgrammeFilter | null): Prisma.ProgrammeWhereInput {
  const and: Prisma.ProgrammeWhereInput[] = [];
  if (filter?.kinds?.length) and.push({ kind: { in: filter.kinds } });
  if (filter?.statuses?.length) and.push({ status: { in: filter.statuses } });
  if (filter?.leadOrganisationId !== undefined && filter.leadOrganisationId !== null) {
    and.push({ leadOrganisationId: nonBlank("filter.leadOrganisationId", filter.leadOrganisationId) });
  }
  if (filter?.rootsOnly) and.push({ parentId: null });
  if (filter?.text !== undefined && filter.text !== null) {
    const text = searchText("filter.text", filter.text);
    and.push({
      OR: [
        { name: { contains: likeText(text), mode: "insensitive" } },
        { shortName: { contains: likeText(text), mode: "insensitive" } },
        { description: { contains: likeText(text), mode: "insensitive" } },
        ...aliasMatch(normaliseName(text)),
      ],
    });
  }
  return { AND: and };
}

export function programmeOrderBy(order: ProgrammeOrder): Prisma.ProgrammeOrderByWithRelationInput[] {
  const tieBreak: Prisma.ProgrammeOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];
  return order === ProgrammeOrder.START_DATE ? [{ startDate: { sort: "asc", nulls: "last" } }, ...tieBreak] : tieBreak;
}
