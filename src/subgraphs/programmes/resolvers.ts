// Queries and relation fields of the programmes subgraph. Every relation goes through a loader;
// references to other subgraphs' entities are returned as { id } for the gateway to resolve.
import { GraphQLError } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { loadLinked } from "../../subgraph/loaders.ts";
import { PageArgs, pageWindow, toPage } from "../../subgraph/pagination.ts";
import { SourceExcerptReference, SourcedResolver, sourceOf } from "../../subgraph/provenance.ts";
import { normaliseName, sameName } from "../partners/names.ts";
import { Priority, Programme, ProgrammePage, StatusUpdate, Strategy, StrategyDelivery, StrategyOwnership, StrategyPage } from "./entities.ts";
import {
  nonBlank,
  ProgrammeFilter,
  ProgrammeOrder,
  programmeOrderBy,
  programmeWhere,
  StrategyFilter,
  StrategyOrder,
  strategyOrderBy,
  strategyWhere,
} from "./filters.ts";
import type { ProgrammesContext } from "./loaders.ts";
import { BoardReference, MeetingReference, OrganisationReference, PersonReference, ref } from "./references.ts";

@Resolver(() => Strategy)
export class StrategyResolver extends SourcedResolver(Strategy) {
  @Query(() => Strategy, { nullable: true, description: "A strategy by its slug id." })
  strategy(@Arg("id", () => ID, { description: "The strategy's slug." }) id: string, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.strategy.load(id);
  }

  @Query(() => StrategyPage, { description: "Strategies, filtered, sorted and paginated." })
  async strategies(
    @Arg("filter", () => StrategyFilter, { nullable: true, description: "What to match; every strategy when omitted." }) filter: StrategyFilter | null,
    @Arg("orderBy", () => StrategyOrder, { defaultValue: StrategyOrder.TITLE, description: "The sort order." }) orderBy: StrategyOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProgrammesContext,
  ) {
    const window = pageWindow(page);
    const where = strategyWhere(filter);
    const [items, total] = await Promise.all([
      ctx.store.strategy.findMany({ where, orderBy: strategyOrderBy(orderBy), ...window }),
      ctx.store.strategy.count({ where }),
    ]);
    return toPage(items, total, page);
  }

  @Query(() => Strategy, {
    nullable: true,
    description: 'A strategy by its title as the papers write it (case, punctuation, "&"/"and", "Well-being"/"Wellbeing" and a leading "The" ignored); AMBIGUOUS when several match.',
  })
  async strategyByName(@Arg("name", () => String, { description: 'A title, e.g. "Coventry Joint Health and Well-being Strategy".' }) name: string, @Ctx() ctx: ProgrammesContext) {
    const trimmed = nonBlank("name", name);
    const all = await ctx.store.strategy.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" } });
    const ids = all.filter((s) => sameName(trimmed, s.title)).map((s) => s.id);
    if (ids.length > 1) throw new GraphQLError(`"${trimmed}" matches more than one strategy: ${ids.join(", ")}`, { extensions: { code: "AMBIGUOUS", candidates: ids } });
    return ids.length ? ctx.loaders.strategy.load(ids[0]) : null;
  }

  @FieldResolver(() => [Priority], { description: "Its priorities in the strategy's own order." })
  priorities(@Root() strategy: Strategy, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.prioritiesOfStrategy.load(strategy.id);
  }

  @FieldResolver(() => [OrganisationReference], { description: "The organisations that own it." })
  async owners(@Root() strategy: Strategy, @Ctx() ctx: ProgrammesContext) {
    return (await ctx.loaders.ownershipsOfStrategy.load(strategy.id)).map((o) => ({ id: o.organisationId }));
  }

  @FieldResolver(() => [StrategyOwnership], { description: "The owners with where the papers name them." })
  ownerships(@Root() strategy: Strategy, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.ownershipsOfStrategy.load(strategy.id);
  }

  @FieldResolver(() => BoardReference, { nullable: true, description: "The board that approved, endorsed or declared it." })
  approvedBy(@Root() strategy: Strategy) {
    return ref(strategy.approvedById);
  }

  @FieldResolver(() => MeetingReference, { nullable: true, description: "The meeting that approved it, when that meeting is in the hub." })
  approvedAt(@Root() strategy: Strategy) {
    return ref(strategy.approvedAtId);
  }

  @FieldResolver(() => SourceExcerptReference, { nullable: true, description: "Where the approval is stated." })
  approvalSource(@Root() s: Strategy) {
    return sourceOf({ sourceDocumentId: s.approvalSourceDocumentId, sourceFirstLine: s.approvalSourceFirstLine, sourceLastLine: s.approvalSourceLastLine });
  }

  @FieldResolver(() => [Programme], { description: "The programmes delivering it, by name." })
  async programmes(@Root() strategy: Strategy, @Ctx() ctx: ProgrammesContext) {
    const deliveries = await ctx.loaders.deliveriesOfStrategy.load(strategy.id);
    return loadLinked(ctx.loaders.programme, deliveries.map((d) => d.programmeId));
  }

  @FieldResolver(() => [StrategyDelivery], { description: "The programmes delivering it, with the priority each delivers and where the papers say so." })
  deliveries(@Root() strategy: Strategy, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.deliveriesOfStrategy.load(strategy.id);
  }
}

@Resolver(() => Priority)
export class PriorityResolver extends SourcedResolver(Priority) {
  @FieldResolver(() => Strategy, { description: "The strategy it belongs to." })
  async strategy(@Root() priority: Priority, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.strategy.load(priority.strategyId);
  }

  @FieldResolver(() => [Programme], { description: "The programmes delivering this priority, by name." })
  async programmes(@Root() priority: Priority, @Ctx() ctx: ProgrammesContext) {
    const deliveries = await ctx.loaders.deliveriesOfPriority.load(priority.id);
    return loadLinked(ctx.loaders.programme, deliveries.map((d) => d.programmeId));
  }
}

@Resolver(() => StrategyOwnership)
export class StrategyOwnershipResolver extends SourcedResolver(StrategyOwnership) {
  @FieldResolver(() => OrganisationReference, { description: "The owning organisation." })
  organisation(@Root() o: StrategyOwnership) {
    return { id: o.organisationId };
  }

  @FieldResolver(() => Strategy, { description: "The strategy owned." })
  async strategy(@Root() o: StrategyOwnership, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.strategy.load(o.strategyId);
  }
}

@Resolver(() => StrategyDelivery)
export class StrategyDeliveryResolver extends SourcedResolver(StrategyDelivery) {
  @FieldResolver(() => Programme, { description: "The delivering programme." })
  async programme(@Root() d: StrategyDelivery, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.programme.load(d.programmeId);
  }

  @FieldResolver(() => Strategy, { description: "The strategy delivered." })
  async strategy(@Root() d: StrategyDelivery, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.strategy.load(d.strategyId);
  }

  @FieldResolver(() => Priority, { nullable: true, description: "The priority delivered, when the papers name one." })
  priority(@Root() d: StrategyDelivery, @Ctx() ctx: ProgrammesContext) {
    return d.priorityId === null ? null : ctx.loaders.priority.load(d.priorityId);
  }
}

function ambiguous(name: string, ids: string[]): GraphQLError {
  return new GraphQLError(`"${name}" matches more than one programme: ${ids.join(", ")}`, {
    extensions: { code: "AMBIGUOUS", candidates: ids },
  });
}

@Resolver(() => Programme)
export class ProgrammeResolver extends SourcedResolver(Programme) {
  @Query(() => Programme, { nullable: true, description: "A programme, workstream or project by its slug id." })
  programme(@Arg("id", () => ID, { description: 'The slug, e.g. "bhbcbv".' }) id: string, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.programme.load(id);
  }

  @Query(() => Programme, {
    nullable: true,
    description: "A programme by its name, short name or any alias as written in the papers, e.g. BHBCBV or BCBVBH (case ignored; punctuation ignored for aliases).",
  })
  async programmeByName(@Arg("name", () => String, { description: 'A name or alias, e.g. "BCBVBH".' }) name: string, @Ctx() ctx: ProgrammesContext) {
    const trimmed = nonBlank("name", name);
    // Names and short names are compared normalised, as aliases are ("Better Health Better Care
    // Better Value" finds "Better Health, Better Care, Better Value"); the programme list is short.
    const [aliases, all] = await Promise.all([
      ctx.store.programmeAlias.findMany({ where: { normalised: normaliseName(trimmed) }, select: { programmeId: true } }),
      ctx.store.programme.findMany({ select: { id: true, name: true, shortName: true } }),
    ]);
    const named = all.filter((p) => sameName(trimmed, p.name, p.shortName));
    const ids = [...new Set([...named.map((p) => p.id), ...aliases.map((a) => a.programmeId)])].sort();
    if (ids.length > 1) throw ambiguous(trimmed, ids);
    return ids.length ? ctx.loaders.programme.load(ids[0]) : null;
  }

  @Query(() => ProgrammePage, { description: "Programmes, workstreams and projects, filtered, sorted and paginated." })
  async programmes(
    @Arg("filter", () => ProgrammeFilter, { nullable: true, description: "What to match; every node of every tree when omitted." }) filter: ProgrammeFilter | null,
    @Arg("orderBy", () => ProgrammeOrder, { defaultValue: ProgrammeOrder.NAME, description: "The sort order." }) orderBy: ProgrammeOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProgrammesContext,
  ) {
    const window = pageWindow(page);
    const where = programmeWhere(filter);
    const [items, total] = await Promise.all([
      ctx.store.programme.findMany({ where, orderBy: programmeOrderBy(orderBy), ...window }),
      ctx.store.programme.count({ where }),
    ]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => [String], { description: "Names and abbreviations as written in the papers, e.g. BHBCBV, BCBVBH." })
  async aliases(@Root() programme: Programme, @Ctx() ctx: ProgrammesContext) {
    return (await ctx.loaders.aliasesOfProgramme.load(programme.id)).map((a) => a.alias);
  }

  @FieldResolver(() => Programme, { nullable: true, description: "The programme or workstream this one sits within." })
  parent(@Root() programme: Programme, @Ctx() ctx: ProgrammesContext) {
    return programme.parentId ? ctx.loaders.programme.load(programme.parentId) : null;
  }

  @FieldResolver(() => [Programme], { description: "Its workstreams and projects, in the order the papers list them." })
  children(@Root() programme: Programme, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.childrenOfProgramme.load(programme.id);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation leading it, as the papers state." })
  leadOrganisation(@Root() programme: Programme) {
    return ref(programme.leadOrganisationId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: "The person leading it or reporting it to the board for the partners, as the papers name them." })
  leadPerson(@Root() programme: Programme) {
    return ref(programme.leadPersonId);
  }

  @FieldResolver(() => [StatusUpdate], { description: "Its status updates, oldest first." })
  statusUpdates(@Root() programme: Programme, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.statusUpdatesOfProgramme.load(programme.id);
  }

  @FieldResolver(() => StatusUpdate, { nullable: true, description: "Its most recent status update." })
  async latestStatusUpdate(@Root() programme: Programme, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.latestStatusUpdate.load(programme.id);
  }

  @FieldResolver(() => [Strategy], { description: "The strategies it delivers, by title." })
  async strategies(@Root() programme: Programme, @Ctx() ctx: ProgrammesContext) {
    const deliveries = await ctx.loaders.deliveriesOfProgramme.load(programme.id);
    return loadLinked(ctx.loaders.strategy, deliveries.map((d) => d.strategyId));
  }

  @FieldResolver(() => [StrategyDelivery], { description: "The strategies it delivers, with the priority and where the papers say so." })
  deliveries(@Root() programme: Programme, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.deliveriesOfProgramme.load(programme.id);
  }
}

@Resolver(() => StatusUpdate)
export class StatusUpdateResolver extends SourcedResolver(StatusUpdate) {
  @FieldResolver(() => Programme, { description: "The programme reported on." })
  async programme(@Root() update: StatusUpdate, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.programme.load(update.programmeId);
  }

  @FieldResolver(() => MeetingReference, { nullable: true, description: "The meeting it was reported to, when that meeting is in the hub." })
  reportedTo(@Root() update: StatusUpdate) {
    return ref(update.reportedToId);
  }
}
