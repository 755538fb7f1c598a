// Queries and relation fields of the partners subgraph. Every relation goes through a loader.
import { aliasMatch, likeText } from "../../subgraph/like.ts";
import { GraphQLError } from "graphql";
import { DateResolver } from "graphql-scalars";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { AreaType, BoardKind, Sector } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { districtOfLocalCode, normaliseAreaCode } from "../../dataset/fields.ts";
import { loadLinked } from "../../subgraph/loaders.ts";
import { PageArgs, pageWindow, toPage } from "../../subgraph/pagination.ts";
import { SourcedResolver } from "../../subgraph/provenance.ts";
import { Authenticated, RequiresScope } from "../../subgraph/access.ts";
import { Area, Board, ContactDetail, Membership, MembershipDating, Organisation, OrganisationIdentifier, OrganisationPage, Person, PersonPage, Post, Viewer } from "./entities.ts";
import type { PartnersContext } from "./loaders.ts";
import { normaliseName, sameName } from "./names.ts";

/** Whether a period (open ends allowed) covers a day. */
export function covers(period: { startDate?: Date | null; endDate?: Date | null }, day?: Date | null): boolean {
  if (!day) return true;
  return (!period.startDate || period.startDate <= day) && (!period.endDate || day <= period.endDate);
}

const asAtOptions = {
  nullable: true,
  description: "Only what was current on this day; all periods when omitted.",
} as const;

const membershipAsAt = {
  nullable: true,
  description:
    "Only memberships the papers support on this day: one with a start or end for the days they cover, one the papers only list (dating LISTED) on its listedOn days, an undated one never; all when omitted.",
} as const;

/** How the papers date a membership. */
export function datingOf(m: Pick<Membership, "startDate" | "endDate" | "listedOn">): MembershipDating {
  if (m.startDate || m.endDate) return MembershipDating.DATED;
  return m.listedOn.length ? MembershipDating.LISTED : MembershipDating.UNDATED;
}

/** Whether the papers support a membership on a day (every membership when no day is asked). */
export function heldOn(m: Pick<Membership, "startDate" | "endDate" | "listedOn">, day: Date | null): boolean {
  if (!day) return true;
  const dating = datingOf(m);
  if (dating === MembershipDating.DATED) return covers(m, day);
  return m.listedOn.some((d) => d.getTime() === day.getTime());
}

@InputType({ description: "Filters for the organisations list; all given filters must match." })
class OrganisationFilter {
  @Field(() => [Sector], { nullable: true, description: "Only organisations in one of these sectors." })
  sectors?: Sector[];

  @Field(() => ID, { nullable: true, description: "Only organisations whose area is this GSS code or lies within it." })
  areaCode?: string;

  @Field(() => String, { nullable: true, description: "Text found in the name, short name or any alias (case and punctuation ignored)." })
  text?: string;
}

function ambiguous(what: string, ids: string[]): GraphQLError {
  return new GraphQLError(`${what} matches more than one organisation: ${ids.join(", ")}`, {
    extensions: { code: "AMBIGUOUS", candidates: ids },
  });
}

async function areaAndDescendants(ctx: PartnersContext, code: string): Promise<string[]> {
  const all = [code];
  for (let level = [code]; level.length > 0; ) {
    const children = (await ctx.loaders.childAreas.loadMany(level)).flatMap((c) => (c instanceof Error ? [] : c));
    level = children.map((c) => c.code).filter((c) => !all.includes(c));
    all.push(...level);
  }
  return all;
}

@Resolver(() => Organisation)
export class OrganisationResolver extends SourcedResolver(Organisation) {
  @Query(() => Organisation, { nullable: true, description: "An organisation by its slug id." })
  organisation(@Arg("id", () => ID, { description: "The organisation's slug." }) id: string, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.organisation.load(id);
  }

  @Query(() => Organisation, { nullable: true, description: "An organisation by a scheme-tagged identifier, e.g. scheme ODS, code QWU." })
  async organisationByIdentifier(
    @Arg("scheme", () => String, { description: 'The identifier scheme, e.g. "ODS", "GSS", "GB-CHC".' }) scheme: string,
    @Arg("code", () => String, { description: "The code within the scheme." }) code: string,
    @Arg("asAt", () => DateResolver, { nullable: true, description: "The day the code must be valid on; any period when omitted." }) asAt: Date | null,
    @Ctx() ctx: PartnersContext,
  ) {
    const found = await ctx.store.organisationIdentifier.findMany({ where: { scheme: scheme.trim(), code: code.trim() } });
    const ids = [...new Set(found.filter((i) => covers({ startDate: i.validFrom, endDate: i.validTo }, asAt)).map((i) => i.organisationId))];
    if (ids.length > 1) throw ambiguous(`${scheme} ${code}`, ids);
    return ids.length ? ctx.loaders.organisation.load(ids[0]) : null;
  }

  @Query(() => Organisation, { nullable: true, description: "An organisation by its name, short name or any alias as written in the papers (case and punctuation ignored)." })
  async organisationByName(@Arg("name", () => String, { description: 'A name or alias, e.g. "CRCCG".' }) name: string, @Ctx() ctx: PartnersContext) {
    const normalised = normaliseName(name);
    // Names and short names compared normalised like aliases ("Coventry & Warwickshire" finds "... and ...").
    const [aliases, all] = await Promise.all([
      ctx.store.organisationAlias.findMany({ where: { normalised }, select: { organisationId: true } }),
      ctx.store.organisation.findMany({ select: { id: true, name: true, shortName: true } }),
    ]);
    const named = all.filter((o) => sameName(name, o.name, o.shortName));
    const ids = [...new Set([...named.map((o) => o.id), ...aliases.map((a) => a.organisationId)])];
    if (ids.length > 1) throw ambiguous(`"${name}"`, ids);
    return ids.length ? ctx.loaders.organisation.load(ids[0]) : null;
  }

  @Query(() => OrganisationPage, { description: "Organisations in name order, filtered and paginated." })
  async organisations(
    @Arg("filter", () => OrganisationFilter, { nullable: true, description: "What to match; every organisation when omitted." }) filter: OrganisationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PartnersContext,
  ) {
    const window = pageWindow(page);
    const where: Prisma.OrganisationWhereInput = {};
    if (filter?.sectors?.length) where.sector = { in: filter.sectors };
    if (filter?.areaCode) where.areaCode = { in: await areaAndDescendants(ctx, filter.areaCode) };
    if (filter?.text?.trim()) {
      const text = filter.text.trim();
      where.OR = [
        { name: { contains: likeText(text), mode: "insensitive" } },
        { shortName: { contains: likeText(text), mode: "insensitive" } },
        ...aliasMatch(normaliseName(text)),
      ];
    }
    const [items, total] = await Promise.all([
      ctx.store.organisation.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], ...window }),
      ctx.store.organisation.count({ where }),
    ]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => [String], { description: "Name variants as written in the papers, e.g. CRCCG, Coventry & Rugby CCG." })
  async aliases(@Root() org: Organisation, @Ctx() ctx: PartnersContext) {
    return (await ctx.loaders.aliases.load(org.id)).map((a) => a.alias);
  }

  @FieldResolver(() => [OrganisationIdentifier], { description: "Identifiers in other schemes (ODS, GSS, org-id.guide), with their validity." })
  async identifiers(
    @Root() org: Organisation,
    @Arg("scheme", () => String, { nullable: true, description: "Only identifiers in this scheme." }) scheme: string | null,
    @Arg("asAt", () => DateResolver, asAtOptions) asAt: Date | null,
    @Ctx() ctx: PartnersContext,
  ) {
    const all = await ctx.loaders.identifiers.load(org.id);
    return all.filter((i) => (!scheme || i.scheme === scheme) && covers({ startDate: i.validFrom, endDate: i.validTo }, asAt));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The body this one is part of." })
  parent(@Root() org: Organisation, @Ctx() ctx: PartnersContext) {
    return org.parentId ? ctx.loaders.organisation.load(org.parentId) : null;
  }

  @FieldResolver(() => [Organisation], { description: "Bodies that are part of this one." })
  children(@Root() org: Organisation, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.childOrganisations.load(org.id);
  }

  @FieldResolver(() => [Organisation], { description: "Bodies this one replaced, e.g. the CCGs an ICB succeeded." })
  async predecessors(@Root() org: Organisation, @Ctx() ctx: PartnersContext) {
    const links = await ctx.loaders.predecessions.load(org.id);
    return loadLinked(ctx.loaders.organisation, links.map((l) => l.predecessorId));
  }

  @FieldResolver(() => [Organisation], { description: "Bodies that replaced this one, e.g. the ICB that succeeded a CCG." })
  async successors(@Root() org: Organisation, @Ctx() ctx: PartnersContext) {
    const links = await ctx.loaders.successions.load(org.id);
    return loadLinked(ctx.loaders.organisation, links.map((l) => l.successorId));
  }

  @FieldResolver(() => Area, { nullable: true, description: "The area the body serves or governs." })
  area(@Root() org: Organisation, @Ctx() ctx: PartnersContext) {
    return org.areaCode ? ctx.loaders.area.load(org.areaCode) : null;
  }

  @FieldResolver(() => [Membership], { description: "People working for or belonging to the organisation." })
  async memberships(@Root() org: Organisation, @Arg("asAt", () => DateResolver, membershipAsAt) asAt: Date | null, @Ctx() ctx: PartnersContext) {
    return (await ctx.loaders.membershipsOfOrganisation.load(org.id)).filter((m) => heldOn(m, asAt));
  }
}

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, { nullable: true, description: "An area by its code (a GSS code, or a ward's district code and slug)." })
  area(@Arg("code", () => ID, { description: "The GSS code, e.g. E08000026, or a ward's code without one, e.g. E07000219/wem-brook." }) code: string, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.area.load(normaliseAreaCode(code));
  }

  @Query(() => [Area], { description: "Areas in name order, optionally of one type or under one parent." })
  areas(
    @Arg("type", () => AreaType, { nullable: true, description: "Only areas of this type." }) type: AreaType | null,
    @Arg("parentCode", () => ID, { nullable: true, description: "Only the direct children of this area." }) parentCode: string | null,
    @Ctx() ctx: PartnersContext,
  ) {
    return ctx.store.area.findMany({
      where: { ...(type ? { type } : {}), ...(parentCode ? { parentCode } : {}) },
      orderBy: { name: "asc" },
    });
  }

  @FieldResolver(() => String, { nullable: true, description: "The ONS GSS code; null for a ward whose code the papers do not give (the hub does not invent codes)." })
  gssCode(@Root() area: Area) {
    return districtOfLocalCode(area.code) === null ? area.code : null;
  }

  @FieldResolver(() => Area, { nullable: true, description: "The area this one lies within." })
  parent(@Root() area: Area, @Ctx() ctx: PartnersContext) {
    return area.parentCode ? ctx.loaders.area.load(area.parentCode) : null;
  }

  @FieldResolver(() => [Area], { description: "Areas lying directly within this one." })
  children(@Root() area: Area, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.childAreas.load(area.code);
  }

  @FieldResolver(() => [Organisation], { description: "Organisations whose area is exactly this one." })
  organisations(@Root() area: Area, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.organisationsInArea.load(area.code);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by their slug id." })
  person(@Arg("id", () => ID, { description: "The person's slug." }) id: string, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.person.load(id);
  }

  @Query(() => PersonPage, { description: "People whose name or a recorded variant of it contains the text, in name order." })
  async people(
    @Arg("name", () => String, { description: 'Part of a name, e.g. "Gaulton" or "Rich Limb".' }) name: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PartnersContext,
  ) {
    const window = pageWindow(page);
    const where: Prisma.PersonWhereInput = {
      OR: [{ name: { contains: likeText(name.trim()), mode: "insensitive" } }, ...aliasMatch(normaliseName(name))],
    };
    const [items, total] = await Promise.all([
      ctx.store.person.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], ...window }),
      ctx.store.person.count({ where }),
    ]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => [String], { description: 'Ways the papers write the name, e.g. "Cllr K Caan".' })
  async aliases(@Root() person: Person, @Ctx() ctx: PartnersContext) {
    return (await ctx.loaders.personAliases.load(person.id)).map((a) => a.alias);
  }

  @FieldResolver(() => [Membership], { description: "The person's memberships of boards and organisations." })
  async memberships(@Root() person: Person, @Arg("asAt", () => DateResolver, membershipAsAt) asAt: Date | null, @Ctx() ctx: PartnersContext) {
    return (await ctx.loaders.membershipsOfPerson.load(person.id)).filter((m) => heldOn(m, asAt));
  }

  @RequiresScope("read:restricted")
  @FieldResolver(() => [ContactDetail], {
    nullable: true,
    description: "How to reach the person, as the papers print it. Restricted: needs scope read:restricted; null with an error otherwise.",
  })
  async contactDetails(@Root() person: Person, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.contactDetailsOfPerson.load(person.id);
  }

  @FieldResolver(() => [Post], { description: "The seats the person holds or held through memberships." })
  async posts(@Root() person: Person, @Arg("asAt", () => DateResolver, membershipAsAt) asAt: Date | null, @Ctx() ctx: PartnersContext) {
    const memberships = (await ctx.loaders.membershipsOfPerson.load(person.id)).filter((m) => heldOn(m, asAt));
    return loadLinked(ctx.loaders.post, [...new Set(memberships.map((m) => m.postId))]);
  }
}

@Resolver(() => ContactDetail)
export class ContactDetailResolver extends SourcedResolver(ContactDetail) {
  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation the officer writes for, when the paper says." })
  organisation(@Root() contact: ContactDetail, @Ctx() ctx: PartnersContext) {
    return contact.organisationId ? ctx.loaders.organisation.load(contact.organisationId) : null;
  }
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Authenticated()
  @Query(() => Viewer, { nullable: true, description: "Who this request speaks for (its API key or signed token). Needs an identity; null with an error without one." })
  viewer(@Ctx() ctx: PartnersContext) {
    return ctx.request.identity;
  }

  @FieldResolver(() => Organisation, { description: "The partner organisation the identity speaks for." })
  async organisation(@Root() viewer: Viewer, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.organisation.load(viewer.organisationId);
  }
}

@Resolver(() => Board)
export class BoardResolver extends SourcedResolver(Board) {
  @Query(() => Board, { nullable: true, description: "A board by its slug id." })
  board(@Arg("id", () => ID, { description: "The board's slug." }) id: string, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.board.load(id);
  }

  @Query(() => [Board], { description: "All boards and groups in name order, or those of one kind." })
  boards(@Arg("kind", () => BoardKind, { nullable: true, description: "Only bodies of this kind (e.g. DELIVERY_GROUP); all when omitted." }) kind: BoardKind | null, @Ctx() ctx: PartnersContext) {
    return ctx.store.board.findMany({ where: kind ? { kind } : {}, orderBy: { name: "asc" } });
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation that hosts and clerks the board." })
  hostOrganisation(@Root() board: Board, @Ctx() ctx: PartnersContext) {
    return board.hostOrganisationId ? ctx.loaders.organisation.load(board.hostOrganisationId) : null;
  }

  @FieldResolver(() => Area, { nullable: true, description: "The area the board covers." })
  area(@Root() board: Board, @Ctx() ctx: PartnersContext) {
    return board.areaCode ? ctx.loaders.area.load(board.areaCode) : null;
  }

  @FieldResolver(() => [Post], { description: "The board's seats." })
  posts(@Root() board: Board, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.boardPosts.load(board.id);
  }

  @FieldResolver(() => [Membership], {
    description: "The board's members on asAt, as far as the papers date them (each says how: dating), or every membership when asAt is omitted.",
  })
  async members(@Root() board: Board, @Arg("asAt", () => DateResolver, membershipAsAt) asAt: Date | null, @Ctx() ctx: PartnersContext) {
    return (await ctx.loaders.membershipsOfBoard.load(board.id)).filter((m) => heldOn(m, asAt));
  }

  @FieldResolver(() => Board, { nullable: true, description: "The body this one reports to, e.g. a delivery group's board." })
  reportsTo(@Root() board: Board, @Ctx() ctx: PartnersContext) {
    return board.reportsToId ? ctx.loaders.board.load(board.reportsToId) : null;
  }

  @FieldResolver(() => [Board], { description: "The groups that report to this body (delivery groups, commissioning boards, forums), by name." })
  groups(@Root() board: Board, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.boardsReportingTo.load(board.id);
  }
}

@Resolver(() => Post)
export class PostResolver extends SourcedResolver(Post) {
  @FieldResolver(() => Board, { nullable: true, description: "The board the seat is on, if any." })
  board(@Root() post: Post, @Ctx() ctx: PartnersContext) {
    return post.boardId ? ctx.loaders.board.load(post.boardId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation the seat is in, if any." })
  organisation(@Root() post: Post, @Ctx() ctx: PartnersContext) {
    return post.organisationId ? ctx.loaders.organisation.load(post.organisationId) : null;
  }

  @FieldResolver(() => [Membership], { description: "Who held the seat: on asAt, or ever when omitted." })
  async holders(@Root() post: Post, @Arg("asAt", () => DateResolver, membershipAsAt) asAt: Date | null, @Ctx() ctx: PartnersContext) {
    return (await ctx.loaders.membershipsOfPost.load(post.id)).filter((m) => heldOn(m, asAt));
  }
}

@Resolver(() => Membership)
export class MembershipResolver extends SourcedResolver(Membership) {
  @FieldResolver(() => MembershipDating, { description: "What the papers say of when it held: the days members(asAt:) answers it for." })
  dating(@Root() m: Membership) {
    return datingOf(m);
  }

  @FieldResolver(() => Person, { description: "The member." })
  async person(@Root() m: Membership, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.person.load(m.personId);
  }

  @FieldResolver(() => Board, { nullable: true, description: "The board, for a board membership." })
  board(@Root() m: Membership, @Ctx() ctx: PartnersContext) {
    return m.boardId ? ctx.loaders.board.load(m.boardId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation, for a membership of an organisation." })
  organisation(@Root() m: Membership, @Ctx() ctx: PartnersContext) {
    return m.organisationId ? ctx.loaders.organisation.load(m.organisationId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation the member represents on the board." })
  onBehalfOf(@Root() m: Membership, @Ctx() ctx: PartnersContext) {
    return m.onBehalfOfId ? ctx.loaders.organisation.load(m.onBehalfOfId) : null;
  }

  @FieldResolver(() => Post, { nullable: true, description: "The seat held, when the membership is of a named seat." })
  post(@Root() m: Membership, @Ctx() ctx: PartnersContext) {
    return m.postId ? ctx.loaders.post.load(m.postId) : null;
  }
}
