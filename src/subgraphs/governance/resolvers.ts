// Queries and relation fields of the governance subgraph. Every relation goes through a loader;
// references to partners' entities are returned as { id } for the gateway to resolve.
import { likeText } from "../../subgraph/like.ts";
import { badUserInput } from "../../subgraph/errors.ts";
import { DateResolver } from "graphql-scalars";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { AttendanceStatus, ContributionRole, MeetingStatus } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { PageArgs, pageWindow, toPage } from "../../subgraph/pagination.ts";
import { SourcedResolver } from "../../subgraph/provenance.ts";
import {
  AgendaItem, AgendaItemContributor, Attendance, Declaration, Meeting, MeetingPage, MinuteItem, Recommendation, Report, ReportAuthor,
  ReportPage, Resolution, ResolutionPage, SourceDocument, SourceDocumentPage, SourceExcerpt, TimeSlot,
} from "./entities.ts";
import type { GovernanceContext } from "./loaders.ts";
import { checkPeriod, dateFilter } from "./period.ts";
import { BoardReference, OrganisationReference, PersonReference, ref } from "./references.ts";

enum MeetingOrder {
  DATE_ASC = "DATE_ASC",
  DATE_DESC = "DATE_DESC",
}

registerEnumType(MeetingOrder, {
  name: "MeetingOrder",
  description: "The order of a list of meetings.",
  valuesConfig: {
    DATE_ASC: { description: "Oldest first (then by id)." },
    DATE_DESC: { description: "Newest first (then by id)." },
  },
});

@InputType({ description: "Filters for the meetings list; all given filters must match." })
class MeetingFilter {
  @Field(() => ID, { nullable: true, description: "Only meetings of this board, e.g. coventry-health-and-wellbeing-board." })
  boardId?: string;

  @Field(() => DateResolver, { nullable: true, description: "Only meetings on or after this day." })
  from?: Date;

  @Field(() => DateResolver, { nullable: true, description: "Only meetings on or before this day." })
  to?: Date;

  @Field(() => MeetingStatus, { nullable: true, description: "Only meetings with this status." })
  status?: MeetingStatus;
}

@InputType({ description: "Filters for the reports list; all given filters must match." })
class ReportFilter {
  @Field(() => ID, { nullable: true, description: "Only reports to meetings of this board." })
  boardId?: string;

  @Field(() => DateResolver, { nullable: true, description: "Only reports dated on or after this day." })
  from?: Date;

  @Field(() => DateResolver, { nullable: true, description: "Only reports dated on or before this day." })
  to?: Date;

  @Field(() => String, { nullable: true, description: "Text found in the title or a recommendation (case ignored)." })
  text?: string;
}

@InputType({ description: "Filters for the resolutions list; all given filters must match." })
class ResolutionFilter {
  @Field(() => ID, { nullable: true, description: "Only resolutions of meetings of this board." })
  boardId?: string;

  @Field(() => DateResolver, { nullable: true, description: "Only resolutions of meetings on or after this day." })
  from?: Date;

  @Field(() => DateResolver, { nullable: true, description: "Only resolutions of meetings on or before this day." })
  to?: Date;

  @Field(() => String, { nullable: true, description: "Text found in the resolution (case ignored)." })
  text?: string;
}

const badArgument = (argumentName: string, message: string) => badUserInput(message, argumentName);

function checkExcerptArguments(doc: SourceDocument, firstLine: number, lastLine: number) {
  if (firstLine < 1) throw badArgument("firstLine", `firstLine must be 1 or more, got ${firstLine}`);
  if (lastLine < firstLine) throw badArgument("lastLine", `lastLine must not be before firstLine, got firstLine ${firstLine} and lastLine ${lastLine}`);
  if (lastLine > doc.lineCount) {
    throw badArgument("lastLine", `lastLine must be at most ${doc.lineCount}, the last line of source document ${doc.id}; got ${lastLine}`);
  }
}

const contains = (text: string) => ({ contains: likeText(text), mode: "insensitive" as const });
const trimmed = (text?: string | null) => text?.trim() || undefined;

@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  @Query(() => SourceDocument, { nullable: true, description: "A source document by its id." })
  sourceDocument(@Arg("id", () => ID, { description: 'The document\'s id, e.g. "coventry-hwb-2019-01-14".' }) id: string, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.sourceDocument.load(id);
  }

  @Query(() => SourceDocumentPage, { description: "The source documents, oldest first." })
  async sourceDocuments(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GovernanceContext) {
    const window = pageWindow(page);
    const [items, total] = await Promise.all([
      ctx.store.sourceDocument.findMany({ orderBy: [{ publishedOn: "asc" }, { id: "asc" }], ...window }),
      ctx.store.sourceDocument.count(),
    ]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => OrganisationReference, { description: "The organisation that published the document." })
  publisher(@Root() doc: SourceDocument) {
    return ref(doc.publisherId);
  }

  @FieldResolver(() => SourceExcerpt, { description: "Lines firstLine to lastLine (inclusive, 1-based) of the document." })
  async excerpt(
    @Root() doc: SourceDocument,
    @Arg("firstLine", () => Int, { description: "The first line, from 1." }) firstLine: number,
    @Arg("lastLine", () => Int, { description: "The last line, at most lineCount." }) lastLine: number,
    @Ctx() ctx: GovernanceContext,
  ) {
    checkExcerptArguments(doc, firstLine, lastLine);
    return ctx.loaders.excerpt.load({ documentId: doc.id, firstLine, lastLine });
  }
}

@Resolver(() => SourceExcerpt)
export class SourceExcerptResolver {
  @FieldResolver(() => SourceDocument, { description: "The document the lines belong to." })
  async document(@Root() excerpt: SourceExcerpt, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.sourceDocument.load(excerpt.documentId);
  }

  @FieldResolver(() => String, { description: 'The lines exactly as in the file, joined with "\\n".' })
  async text(@Root() excerpt: SourceExcerpt, @Ctx() ctx: GovernanceContext) {
    const { documentId, firstLine, lastLine } = excerpt;
    return (await ctx.loaders.excerpt.load({ documentId, firstLine, lastLine })).text;
  }
}

@Resolver(() => Meeting)
export class MeetingResolver extends SourcedResolver(Meeting, SourceExcerpt) {
  @Query(() => Meeting, { nullable: true, description: 'A meeting by its id, e.g. "coventry-hwb-2019-01-14".' })
  meeting(@Arg("id", () => ID, { description: "The meeting's slug." }) id: string, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.meeting.load(id);
  }

  @Query(() => MeetingPage, { description: "Meetings of the boards, filtered, sorted by date and paginated." })
  async meetings(
    @Arg("filter", () => MeetingFilter, { nullable: true, description: "What to match; every meeting when omitted." }) filter: MeetingFilter | null,
    @Arg("orderBy", () => MeetingOrder, { defaultValue: MeetingOrder.DATE_ASC, description: "The order of the list." }) orderBy: MeetingOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    const window = pageWindow(page);
    checkPeriod(filter?.from, filter?.to, "filter.");
    const where: Prisma.MeetingWhereInput = { boardId: filter?.boardId, status: filter?.status ?? undefined, date: dateFilter(filter?.from, filter?.to) };
    const direction = orderBy === MeetingOrder.DATE_DESC ? "desc" : "asc";
    const [items, total] = await Promise.all([
      ctx.store.meeting.findMany({ where, orderBy: [{ date: direction }, { id: "asc" }], ...window }),
      ctx.store.meeting.count({ where }),
    ]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => BoardReference, { description: "The board that met." })
  board(@Root() meeting: Meeting) {
    return ref(meeting.boardId);
  }

  @FieldResolver(() => [AgendaItem], { description: "The agenda in order, sub-items after their parent." })
  agendaItems(@Root() meeting: Meeting, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agendaItemsOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [Attendance], { description: "The attendance list in the order written: all of it, or one status." })
  async attendance(
    @Root() meeting: Meeting,
    @Arg("status", () => AttendanceStatus, { nullable: true, description: "Only people with this status." }) status: AttendanceStatus | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    return (await ctx.loaders.attendanceOfMeeting.load(meeting.id)).filter((a) => !status || a.status === status);
  }

  @FieldResolver(() => [MinuteItem], { description: "The minutes, by minute number." })
  minuteItems(@Root() meeting: Meeting, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.minuteItemsOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [Declaration], { description: "Declarations of interest recorded at the meeting." })
  declarations(@Root() meeting: Meeting, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.declarationsOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [Report], { description: "The reports to the meeting, in agenda order." })
  reports(@Root() meeting: Meeting, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.reportsOfMeeting.load(meeting.id);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver extends SourcedResolver(AgendaItem, SourceExcerpt) {
  @Query(() => AgendaItem, { nullable: true, description: 'An agenda item by its id, e.g. "coventry-hwb-2019-01-14-item-10".' })
  agendaItem(@Arg("id", () => ID, { description: "The agenda item's slug." }) id: string, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agendaItem.load(id);
  }

  @FieldResolver(() => Meeting, { description: "The meeting whose agenda holds the item." })
  async meeting(@Root() item: AgendaItem, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.meeting.load(item.meetingId);
  }

  @FieldResolver(() => TimeSlot, { nullable: true, description: "The time the agenda gives the item (Warwickshire agendas time each item); null when untimed." })
  timeSlot(@Root() item: AgendaItem): TimeSlot | null {
    return item.timeSlotStart && item.timeSlotEnd ? { start: item.timeSlotStart, end: item.timeSlotEnd } : null;
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The item this one is part of, e.g. item 3 for "3(a)".' })
  parent(@Root() item: AgendaItem, @Ctx() ctx: GovernanceContext) {
    return item.parentId ? ctx.loaders.agendaItem.load(item.parentId) : null;
  }

  @FieldResolver(() => [AgendaItem], { description: "The item's sub-items in order." })
  subItems(@Root() item: AgendaItem, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.subItems.load(item.id);
  }

  @FieldResolver(() => [AgendaItemContributor], { description: "Presenters, speakers and report authors of the item: all, or one role." })
  async contributors(
    @Root() item: AgendaItem,
    @Arg("role", () => ContributionRole, { nullable: true, description: "Only contributors in this role." }) role: ContributionRole | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    return (await ctx.loaders.contributorsOfItem.load(item.id)).filter((c) => !role || c.role === role);
  }

  @FieldResolver(() => [Report], { description: "The reports under the item." })
  reports(@Root() item: AgendaItem, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.reportsOfAgendaItem.load(item.id);
  }

  @FieldResolver(() => [Resolution], { description: "Earlier resolutions that led to this item, e.g. a report requested for a future meeting." })
  arisingFrom(@Root() item: AgendaItem, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.resolutionsLeadingTo.load(item.id);
  }
}

@Resolver(() => AgendaItemContributor)
export class AgendaItemContributorResolver extends SourcedResolver(AgendaItemContributor, SourceExcerpt) {
  @FieldResolver(() => PersonReference, { description: "The person." })
  person(@Root() c: AgendaItemContributor) {
    return ref(c.personId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation the person speaks for, when the document names it." })
  organisation(@Root() c: AgendaItemContributor) {
    return ref(c.organisationId);
  }

  @FieldResolver(() => AgendaItem, { description: "The agenda item." })
  async agendaItem(@Root() c: AgendaItemContributor, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agendaItem.load(c.agendaItemId);
  }
}

@Resolver(() => Attendance)
export class AttendanceResolver extends SourcedResolver(Attendance, SourceExcerpt) {
  @FieldResolver(() => PersonReference, { description: "The person." })
  person(@Root() a: Attendance) {
    return ref(a.personId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation the person represented." })
  organisation(@Root() a: Attendance) {
    return ref(a.organisationId);
  }

  @FieldResolver(() => Meeting, { description: "The meeting." })
  async meeting(@Root() a: Attendance, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.meeting.load(a.meetingId);
  }
}

@Resolver(() => MinuteItem)
export class MinuteItemResolver extends SourcedResolver(MinuteItem, SourceExcerpt) {
  @FieldResolver(() => Meeting, { description: "The meeting minuted." })
  async meeting(@Root() m: MinuteItem, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.meeting.load(m.meetingId);
  }

  @FieldResolver(() => [Resolution], { description: "What was resolved under the minute, in order." })
  resolutions(@Root() m: MinuteItem, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.resolutionsOfMinuteItem.load(m.id);
  }

  @FieldResolver(() => [Declaration], { description: "Declarations of interest recorded under the minute." })
  declarations(@Root() m: MinuteItem, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.declarationsOfMinuteItem.load(m.id);
  }
}

@Resolver(() => Resolution)
export class ResolutionResolver extends SourcedResolver(Resolution, SourceExcerpt) {
  @Query(() => ResolutionPage, { description: "Resolutions by meeting date, minute number and order, filtered and paginated." })
  async resolutions(
    @Arg("filter", () => ResolutionFilter, { nullable: true, description: "What to match; every resolution when omitted." }) filter: ResolutionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    const window = pageWindow(page);
    checkPeriod(filter?.from, filter?.to, "filter.");
    const text = trimmed(filter?.text);
    const where: Prisma.ResolutionWhereInput = {
      minuteItem: { meeting: { boardId: filter?.boardId, date: dateFilter(filter?.from, filter?.to) } },
      ...(text ? { text: contains(text) } : {}),
    };
    const [items, total] = await Promise.all([
      ctx.store.resolution.findMany({
        where,
        orderBy: [{ minuteItem: { meeting: { date: "asc" } } }, { minuteItem: { number: "asc" } }, { position: "asc" }, { id: "asc" }],
        ...window,
      }),
      ctx.store.resolution.count({ where }),
    ]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => MinuteItem, { description: "The minute the resolution was made under." })
  async minuteItem(@Root() r: Resolution, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.minuteItem.load(r.minuteItemId);
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: "A later agenda item the resolution led to, e.g. a report it asked for." })
  ledTo(@Root() r: Resolution, @Ctx() ctx: GovernanceContext) {
    return r.ledToAgendaItemId ? ctx.loaders.agendaItem.load(r.ledToAgendaItemId) : null;
  }
}

@Resolver(() => Declaration)
export class DeclarationResolver extends SourcedResolver(Declaration, SourceExcerpt) {
  @FieldResolver(() => Meeting, { description: "The meeting." })
  async meeting(@Root() d: Declaration, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.meeting.load(d.meetingId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: "Who declared the interest; null for a record that there were none." })
  person(@Root() d: Declaration) {
    return ref(d.personId);
  }

  @FieldResolver(() => MinuteItem, { nullable: true, description: "The minute that records the declaration." })
  minuteItem(@Root() d: Declaration, @Ctx() ctx: GovernanceContext) {
    return d.minuteItemId === null ? null : ctx.loaders.minuteItem.load(d.minuteItemId);
  }
}

@Resolver(() => Report)
export class ReportResolver extends SourcedResolver(Report, SourceExcerpt) {
  @Query(() => Report, { nullable: true, description: "A report by its id." })
  report(@Arg("id", () => ID, { description: "The report's slug." }) id: string, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.report.load(id);
  }

  @Query(() => ReportPage, { description: "Reports by date and agenda order, filtered and paginated." })
  async reports(
    @Arg("filter", () => ReportFilter, { nullable: true, description: "What to match; every report when omitted." }) filter: ReportFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    const window = pageWindow(page);
    checkPeriod(filter?.from, filter?.to, "filter.");
    const text = trimmed(filter?.text);
    const where: Prisma.ReportWhereInput = {
      date: dateFilter(filter?.from, filter?.to),
      ...(filter?.boardId ? { meeting: { boardId: filter.boardId } } : {}),
      ...(text ? { OR: [{ title: contains(text) }, { recommendations: { some: { text: contains(text) } } }] } : {}),
    };
    const [items, total] = await Promise.all([
      ctx.store.report.findMany({ where, orderBy: [{ date: "asc" }, { agendaItem: { position: "asc" } }, { id: "asc" }], ...window }),
      ctx.store.report.count({ where }),
    ]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting the report went to, when known." })
  meeting(@Root() r: Report, @Ctx() ctx: GovernanceContext) {
    return r.meetingId ? ctx.loaders.meeting.load(r.meetingId) : null;
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: "The agenda item the report belongs to." })
  agendaItem(@Root() r: Report, @Ctx() ctx: GovernanceContext) {
    return r.agendaItemId ? ctx.loaders.agendaItem.load(r.agendaItemId) : null;
  }

  @FieldResolver(() => [ReportAuthor], { description: "The authors in the order written." })
  authors(@Root() r: Report, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.authorsOfReport.load(r.id);
  }

  @FieldResolver(() => [Recommendation], { description: "The recommendations in order." })
  recommendations(@Root() r: Report, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.recommendationsOfReport.load(r.id);
  }
}

@Resolver(() => ReportAuthor)
export class ReportAuthorResolver extends SourcedResolver(ReportAuthor, SourceExcerpt) {
  @FieldResolver(() => PersonReference, { description: "The author." })
  person(@Root() a: ReportAuthor) {
    return ref(a.personId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation the author writes for, when the document names it." })
  organisation(@Root() a: ReportAuthor) {
    return ref(a.organisationId);
  }
}

@Resolver(() => Recommendation)
export class RecommendationResolver extends SourcedResolver(Recommendation, SourceExcerpt) {}
