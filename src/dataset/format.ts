// The dataset format: the one shape in which data comes into the hub (the curated files, partner
// uploads and the board-pack parser all produce it). Records refer to each other by natural keys
// (organisation slugs, GSS codes, indicator codes, meeting ids) and carry their provenance.
// Documented with an example in README.md ("Dataset format").
import { z } from "zod";
import {
  AreaType, AttendanceStatus, ContactDetailType, ContributionRole, FundingMeasure, FundingPoolKind, IndicatorStatus, IndicatorUnit, MeetingStatus,
  MembershipRole, Polarity, ProgrammeKind, ProgrammeStatus, Publication, RagRating, Sector, Sex, SourceDocumentKind, StrategyKind, StrategyStatus,
} from "../generated/prisma/enums.ts";

export const DATASET_FORMAT = "placegraph-dataset/1";

/** A real calendar day written YYYY-MM-DD ("2019-02-30" is refused). */
export const day = z.string().refine((text) => {
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}, "must be a real day written YYYY-MM-DD, e.g. 2019-01-14");

/** Pounds as a string with two decimals; never a JSON number, which may already be rounded. */
const money = z.string().regex(/^\d{1,12}\.\d{2}$/, 'must be a non-negative amount written as a string with two decimals, e.g. "179502000.00"');
const decimal = z.string().regex(/^-?\d{1,12}(\.\d{1,6})?$/, 'must be a decimal number written as a string, e.g. "66.1"');
const financialYear = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, 'must look like "2018/19"')
  .refine((y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)), 'must name two consecutive years, e.g. "2018/19"');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM, e.g. "14:00"');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug, e.g. "coventry-city-council"');
/** A record id within a parent, slugs joined by "/", e.g. "coventry-ibcf-2017-20/2018-19". */
const recordId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, 'must be slugs joined by "/", e.g. "coventry-ibcf-2017-20/2018-19"');
const gss = z.string().regex(/^[EWSN]\d{8}$/, "must be a nine-character GSS code, e.g. E08000026");
const text = z.string().trim().min(1, "must not be empty");
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
const list = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);

/** Where a fact is stated: a source document, a line or inclusive line range, the text as written. */
export const source = z.strictObject({
  document: slug,
  lines: z.string().regex(/^\d+(-\d+)?$/, 'must be a line "78" or a range "78-80"'),
  asWritten: optional(z.string()),
});
const sourced = { source: optional(source) };

const area = z.strictObject({ code: gss, name: text, type: z.enum(AreaType), parentCode: optional(gss) });
const identifier = z.strictObject({ scheme: text, code: text, validFrom: optional(day), validTo: optional(day) });
const organisation = z.strictObject({
  id: slug, name: text, shortName: optional(text), sector: z.enum(Sector), areaCode: optional(gss), parentId: optional(slug),
  aliases: list(text), identifiers: list(identifier), ...sourced,
});
const succession = z.strictObject({ predecessorId: slug, successorId: slug, effectiveDate: optional(day) });
const person = z.strictObject({ id: slug, name: text, honorific: optional(text), aliases: list(text) });
const board = z.strictObject({ id: slug, name: text, hostOrganisationId: optional(slug), areaCode: optional(gss), ...sourced });
const post = z.strictObject({ id: slug, label: text, role: z.enum(MembershipRole), boardId: slug, ...sourced });
const membership = z.strictObject({
  personId: slug, boardId: slug, role: z.enum(MembershipRole), postId: optional(slug), onBehalfOfId: optional(slug),
  label: optional(text), startDate: optional(day), endDate: optional(day), ...sourced,
});

/** An officer's e-mail address or telephone number as the paper prints it (restricted to read:restricted). */
const contactDetail = z.strictObject({
  personId: slug, type: z.enum(ContactDetailType), value: text, organisationId: optional(slug), ...sourced,
});

const sourceDocument = z.strictObject({
  id: slug, title: text, publisherId: slug, publishedOn: optional(day), kind: z.enum(SourceDocumentKind),
  fileName: z.string().regex(/^[\w.-]+$/, "must be a plain file name"), contentHash: z.string().regex(/^[0-9a-f]{64}$/, "must be a sha256 in hex"),
});
const agendaItem = z.strictObject({
  id: slug, order: text, number: z.number().int().positive(), title: text, section: optional(text), parentId: optional(slug),
  pageStart: optional(z.number().int().positive()), pageEnd: optional(z.number().int().positive()),
  timeSlot: optional(z.strictObject({ start: time, end: time })),
  contributors: list(z.strictObject({ personId: slug, organisationId: optional(slug), role: z.enum(ContributionRole), roleAsWritten: optional(text), ...sourced })),
  ...sourced,
});
const meeting = z.strictObject({
  id: slug, boardId: slug, date: day, startTime: optional(time), endTime: optional(time), venue: optional(text), status: z.enum(MeetingStatus),
  agendaItems: list(agendaItem),
  attendance: list(z.strictObject({
    personId: slug, status: z.enum(AttendanceStatus), category: optional(text), organisationId: optional(slug), role: optional(text), ...sourced,
  })),
  minuteItems: list(z.strictObject({
    number: z.number().int().positive(), title: text, text: z.string(),
    resolutions: list(z.strictObject({ number: optional(text), text, ledTo: optional(slug), ...sourced })),
    ...sourced,
  })),
  declarations: list(z.strictObject({ personId: optional(slug), minute: optional(z.number().int().positive()), text, ...sourced })),
  ...sourced,
});
const report = z.strictObject({
  id: slug, title: text, date: optional(day), agendaItemId: optional(slug),
  authors: list(z.strictObject({ personId: slug, organisationId: optional(slug), jobTitle: optional(text), ...sourced })),
  recommendations: list(z.strictObject({ number: optional(text), text, ...sourced })),
  ...sourced,
});

const strategy = z.strictObject({
  id: slug, title: text, kind: z.enum(StrategyKind), status: z.enum(StrategyStatus),
  periodLabel: optional(text), periodStart: optional(day), periodEnd: optional(day),
  approval: optional(z.strictObject({ boardId: slug, meetingId: optional(slug), approvedOn: optional(day), ...sourced })),
  owners: list(z.strictObject({ organisationId: slug, ...sourced })),
  priorities: list(z.strictObject({ position: z.number().int().positive(), title: text, description: optional(text), ...sourced })),
  ...sourced,
});
const programme = z.strictObject({
  id: slug, kind: z.enum(ProgrammeKind), name: text, shortName: optional(text), description: optional(text),
  parentId: optional(slug), position: optional(z.number().int().positive()), leadOrganisationId: optional(slug), leadPersonId: optional(slug),
  status: z.enum(ProgrammeStatus), startDate: optional(day), endDate: optional(day), periodLabel: optional(text),
  aliases: list(z.strictObject({ alias: text, ...sourced })),
  statusUpdates: list(z.strictObject({
    date: day, status: z.enum(ProgrammeStatus), ragRating: optional(z.enum(RagRating)), summary: text, reportedTo: optional(slug), ...sourced,
  })),
  delivers: list(z.strictObject({ strategyId: slug, priority: optional(z.number().int().positive()), ...sourced })),
  ...sourced,
});

const fundingPool = z.strictObject({
  id: slug, name: text, kind: z.enum(FundingPoolKind), description: optional(text), purposes: list(text), financialYears: list(financialYear),
  periodStart: optional(day), periodEnd: optional(day), hostOrganisationId: optional(slug), areaCode: optional(gss), total: optional(money),
  contributions: list(z.strictObject({
    id: recordId, contributor: text, organisationId: optional(slug), amount: money, financialYear: optional(financialYear), ...sourced,
  })),
  allocations: list(z.strictObject({
    id: recordId, purpose: text, recipientId: optional(slug), fundedById: optional(slug), programmeId: optional(slug), amount: money,
    financialYear: optional(financialYear), plannedOutput: optional(text), ...sourced,
  })),
  statedTotals: list(z.strictObject({
    label: text, measure: z.enum(FundingMeasure), organisationId: optional(slug), financialYear: optional(financialYear), amount: money, ...sourced,
  })),
  ...sourced,
});
const grant = z.strictObject({
  id: recordId, title: text, description: optional(text), funderId: optional(slug), recipientId: optional(slug), amountAwarded: money,
  currency: z.literal("GBP", "must be GBP").default("GBP"), awardDate: optional(day), programmeId: optional(slug),
  plannedStartDate: optional(day), plannedEndDate: optional(day), plannedDatesAsWritten: optional(text), ...sourced,
});

const framework = z.strictObject({ code: slug, name: text, description: text, ...sourced });
const indicator = z.strictObject({
  code: slug, name: text, definition: optional(text), unit: z.enum(IndicatorUnit), unitAsWritten: optional(text), polarity: z.enum(Polarity),
  status: z.enum(IndicatorStatus).default("ACTIVE"), discontinuedOn: optional(day), discontinuedNote: optional(text), successorCode: optional(slug),
  publicationThreshold: optional(decimal),
  frameworks: list(z.strictObject({ code: slug, reference: optional(text), ...sourced })),
  programmes: list(z.strictObject({ id: slug, ...sourced })),
  ...sourced,
});
const period = { period: text, periodStart: day };
const measurement = z.strictObject({
  indicator: slug, area: gss, sex: z.enum(Sex).default("PERSONS"), ...period, periodEnd: day, value: decimal,
  count: optional(decimal), denominator: optional(decimal), lowerConfidenceLimit: optional(decimal), upperConfidenceLimit: optional(decimal),
  // Unset: PUBLISHED, or BELOW_PUBLICATION_LEVEL under the indicator's publicationThreshold.
  reportedBy: optional(slug), publication: optional(z.enum(Publication)), ...sourced,
});
const target = z.strictObject({
  indicator: slug, area: gss, sex: z.enum(Sex).default("PERSONS"), ...period, periodEnd: optional(day), value: decimal, setBy: optional(slug), ...sourced,
});

export const datasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT, `must be "${DATASET_FORMAT}"`),
  description: optional(z.string()),
  areas: list(area),
  organisations: list(organisation),
  successions: list(succession),
  people: list(person),
  boards: list(board),
  posts: list(post),
  memberships: list(membership),
  contactDetails: list(contactDetail),
  sourceDocuments: list(sourceDocument),
  meetings: list(meeting),
  reports: list(report),
  strategies: list(strategy),
  programmes: list(programme),
  fundingPools: list(fundingPool),
  grants: list(grant),
  frameworks: list(framework),
  indicators: list(indicator),
  measurements: list(measurement),
  targets: list(target),
});

export type Dataset = z.output<typeof datasetSchema>;
export type DatasetSource = z.output<typeof source>;

/** Every section of a dataset, in the order the importer writes them. */
export const sections = [
  "areas", "organisations", "successions", "people", "boards", "posts", "memberships", "contactDetails", "sourceDocuments", "meetings", "reports",
  "strategies", "programmes", "fundingPools", "grants", "frameworks", "indicators", "measurements", "targets",
] as const satisfies readonly (keyof Dataset)[];
