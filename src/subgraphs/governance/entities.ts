// GraphQL types of the governance subgraph. Resolvers return Prisma rows; relation fields are
// field resolvers backed by the per-request loaders (resolvers.ts).
import { DateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { AttendanceStatus, ContributionRole, MeetingStatus, SourceDocumentKind } from "../../generated/prisma/enums.ts";
import { Page } from "../../subgraph/pagination.ts";
import { SOURCE_EXCERPT_KEY, Sourced, type SourceExcerptKey } from "../../subgraph/provenance.ts";

registerEnumType(SourceDocumentKind, {
  name: "SourceDocumentKind",
  description: "What kind of document a source document is.",
  valuesConfig: {
    MEETING_PACK: { description: "A board's published pack: agenda, minutes of the previous meeting and the reports." },
    REPORT: { description: "A single report to a board or committee." },
    PLAN: { description: "A strategy or plan document." },
    MINUTES: { description: "Minutes published on their own." },
    OTHER: { description: "Any other document." },
  },
});

registerEnumType(MeetingStatus, {
  name: "MeetingStatus",
  description: "Whether a meeting took place, as far as the documents tell.",
  valuesConfig: {
    SCHEDULED: { description: "Called by an agenda; the documents hold no record of it taking place." },
    HELD: { description: "Took place: minutes or an attendance list record it." },
    CANCELLED: { description: "Called but cancelled." },
  },
});

registerEnumType(AttendanceStatus, {
  name: "AttendanceStatus",
  description: "How a person is recorded in a meeting's attendance list.",
  valuesConfig: {
    PRESENT: { description: "A board member present." },
    APOLOGIES: { description: "Sent apologies for absence." },
    OTHER_REPRESENTATIVE: { description: 'Attended for a partner without being a board member ("Other representative").' },
    OFFICER: { description: 'An officer or employee in attendance ("Employees (by Directorate)").' },
  },
});

registerEnumType(ContributionRole, {
  name: "ContributionRole",
  description: "The part a person plays in an agenda item.",
  valuesConfig: {
    PRESENTER: { description: 'Brings the item: "Report of ...", or the person named under a timed item.' },
    REPORT_AUTHOR: { description: 'Wrote the item\'s report ("Report Author(s)").' },
    SPEAKER: { description: 'Speaks to the item: "... will report at the meeting".' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: "A document the hub's facts come from: a board pack or a report, with every line of its text." })
export class SourceDocument {
  @Field(() => ID, { description: 'A stable slug, e.g. "coventry-hwb-2019-01-14" for the Coventry HWB pack of 14 January 2019.' })
  id!: string;

  @Field(() => String, { description: "The document's title." })
  title!: string;

  @Field(() => DateResolver, { nullable: true, description: "The date the document bears: a pack's issue date, a report's date." })
  publishedOn!: Date | null;

  @Field(() => SourceDocumentKind, { description: "What kind of document it is." })
  kind!: SourceDocumentKind;

  @Field(() => String, { description: "The file name of the text the facts were checked against, e.g. 000_0acbd59825e2002a.txt." })
  fileName!: string;

  @Field(() => String, { description: "The sha256 of that file, in lower-case hexadecimal." })
  contentHash!: string;

  @Field(() => Int, { description: "How many lines the file has; excerpts are line ranges within 1..lineCount." })
  lineCount!: number;

  publisherId!: string;
}

@Directive(`@key(fields: "${SOURCE_EXCERPT_KEY}")`)
@ObjectType({ description: "Lines of a source document that state a fact, with their text exactly as in the file." })
export class SourceExcerpt implements SourceExcerptKey {
  @Field(() => ID, { description: "The source document's id." })
  documentId!: string;

  @Field(() => Int, { description: "The first line of the excerpt (1-based, inclusive)." })
  firstLine!: number;

  @Field(() => Int, { description: "The last line of the excerpt (inclusive)." })
  lastLine!: number;
}

@ObjectType({ description: "A start and end time on the 24-hour clock, as an agenda times an item." })
export class TimeSlot {
  @Field(() => String, { description: 'When the slot starts, e.g. "13:35".' })
  start!: string;

  @Field(() => String, { description: 'When the slot ends, e.g. "13:50".' })
  end!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A meeting of a board, such as the Coventry Health and Wellbeing Board of 14 January 2019." })
export class Meeting extends Sourced {
  @Field(() => ID, { description: 'A stable slug, e.g. "coventry-hwb-2019-01-14".' })
  id!: string;

  @Field(() => DateResolver, { description: "The day of the meeting." })
  date!: Date;

  @Field(() => String, { nullable: true, description: 'When the meeting starts, 24-hour clock, e.g. "14:00".' })
  startTime!: string | null;

  @Field(() => String, { nullable: true, description: 'When the meeting closed, 24-hour clock, e.g. "15:55"; null when not recorded.' })
  endTime!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the meeting is held, as written, e.g. "Diamond Room 2 - Council House".' })
  venue!: string | null;

  @Field(() => MeetingStatus, { description: "Whether the meeting took place, as far as the documents tell." })
  status!: MeetingStatus;

  boardId!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "An item on a meeting's agenda; sub-items such as \"3(a)\" have a parent." })
export class AgendaItem extends Sourced {
  @Field(() => ID, { description: 'A stable slug: the meeting id and the item, e.g. "coventry-hwb-2019-01-14-item-3-a".' })
  id!: string;

  @Field(() => String, { description: 'The item\'s number as written, e.g. "10" or "3(a)".' })
  order!: string;

  @Field(() => Int, { description: "The number of the top-level item, e.g. 3 for \"3(a)\"." })
  number!: number;

  @Field(() => Int, { description: "The item's place in the agenda, counting from 1, sub-items included." })
  position!: number;

  @Field(() => String, { description: "The item's title, without its number and page range." })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The agenda heading the item falls under, e.g. "Development Items".' })
  section!: string | null;

  @Field(() => Int, { nullable: true, description: "First page of the item's papers in the pack." })
  pageStart!: number | null;

  @Field(() => Int, { nullable: true, description: "Last page of the item's papers in the pack." })
  pageEnd!: number | null;

  meetingId!: string;
  parentId!: string | null;
  timeSlotStart!: string | null;
  timeSlotEnd!: string | null;
}

@ObjectType({ description: "A person presenting, speaking to or having written the report of an agenda item." })
export class AgendaItemContributor extends Sourced {
  @Field(() => ContributionRole, { description: "The part the person plays." })
  role!: ContributionRole;

  @Field(() => String, { nullable: true, description: 'The person\'s role or title as written, e.g. "Director of Public Health and Wellbeing".' })
  roleAsWritten!: string | null;

  agendaItemId!: string;
  personId!: string;
  organisationId!: string | null;
}

@ObjectType({ description: "A person in a meeting's attendance list: present, apologies, other representative or officer." })
export class Attendance extends Sourced {
  @Field(() => ID, { description: "The attendance record's id." })
  id!: number;

  @Field(() => AttendanceStatus, { description: "How the person is recorded." })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'The list heading as written, e.g. "Board Members", "Other representative", "Apologies".' })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'The role as written beside the name, e.g. "Chair", or the directorate of an officer, e.g. "People".' })
  role!: string | null;

  meetingId!: string;
  personId!: string;
  organisationId!: string | null;
}

@ObjectType({ description: "A numbered minute of a meeting; numbers run on from earlier meetings." })
export class MinuteItem extends Sourced {
  @Field(() => ID, { description: "The minute's id." })
  id!: number;

  @Field(() => Int, { description: "The minute number, e.g. 16." })
  number!: number;

  @Field(() => String, { description: 'The minute\'s heading, e.g. "Better Care Fund Plan - Update".' })
  title!: string;

  @Field(() => String, { description: "The minute's text as written, before its resolutions; lines joined with newlines." })
  text!: string;

  meetingId!: string;
}

@ObjectType({ description: "What a board resolved under a minute." })
export class Resolution extends Sourced {
  @Field(() => ID, { description: "The resolution's id." })
  id!: number;

  @Field(() => String, { nullable: true, description: 'The number as written, e.g. "(1)"; null for a single unnumbered resolution.' })
  number!: string | null;

  @Field(() => String, { description: 'What was resolved, after "RESOLVED that", e.g. "The Better Care Fund performance against the national metrics be noted."' })
  text!: string;

  minuteItemId!: number;
  ledToAgendaItemId!: string | null;
}

@ObjectType({ description: "A declaration of interest at a meeting, or the record that there were none." })
export class Declaration extends Sourced {
  @Field(() => ID, { description: "The declaration's id." })
  id!: number;

  @Field(() => String, { description: 'The declaration as written, e.g. "There were no declarations of interest."' })
  text!: string;

  meetingId!: string;
  personId!: string | null;
  minuteItemId!: number | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A report to a board, usually under an agenda item, with its authors and recommendations." })
export class Report extends Sourced {
  @Field(() => ID, { description: 'A stable slug, e.g. "coventry-hwb-2019-01-14-camhs-ltp-year-3-refresh".' })
  id!: string;

  @Field(() => String, { description: "The report's title as its Title or Subject line gives it." })
  title!: string;

  @Field(() => DateResolver, { nullable: true, description: "The date the report bears." })
  date!: Date | null;

  meetingId!: string | null;
  agendaItemId!: string | null;
}

@ObjectType({ description: 'An author of a report, as named under "Report Author(s)".' })
export class ReportAuthor extends Sourced {
  @Field(() => String, { nullable: true, description: 'The job title as written, e.g. "Policy and Partnerships Transformation Officer".' })
  jobTitle!: string | null;

  reportId!: string;
  personId!: string;
  organisationId!: string | null;
}

@ObjectType({ description: "A recommendation a report makes to the board." })
export class Recommendation extends Sourced {
  @Field(() => String, { nullable: true, description: 'The number as written, e.g. "1.", "2)" or "a."; null when unnumbered.' })
  number!: string | null;

  @Field(() => String, { description: "The recommendation's text, without its number." })
  text!: string;

  reportId!: string;
}

@ObjectType({ description: "A page of source documents." })
export class SourceDocumentPage extends Page(SourceDocument) {}

@ObjectType({ description: "A page of meetings." })
export class MeetingPage extends Page(Meeting) {}

@ObjectType({ description: "A page of reports." })
export class ReportPage extends Page(Report) {}

@ObjectType({ description: "A page of resolutions." })
export class ResolutionPage extends Page(Resolution) {}
