// Example variables for each named operation in schema/operations/, filled into its tab in the
// explorer so that every tab answers when run. Typed with the generated client: a renamed or
// retyped variable fails `npm run typecheck`. The values are the seed papers' own ids and codes
// (the same cases test/integration/operations.test.ts checks).
import type * as Operations from "../../client/generated/operations.ts";

const COVENTRY = "E08000026";
const WARWICKSHIRE = "E10000031";
const COVENTRY_AND_RUGBY_CCG_AREA = "E38000038";
const COVENTRY_BOARD = "coventry-health-and-wellbeing-board";

export const exampleVariables = {
  AllocationsByContributorShare: { fundedById: "south-warwickshire-ccg" } satisfies Operations.AllocationsByContributorShareQueryVariables,
  AreaMeasurementsByFramework: { areaCode: COVENTRY, frameworkCode: "marmot-indicators", period: "2017/18" } satisfies Operations.AreaMeasurementsByFrameworkQueryVariables,
  BoardMeetings: { boardId: COVENTRY_BOARD, from: "2017-01-01", to: "2019-12-31" } satisfies Operations.BoardMeetingsQueryVariables,
  BoardMembersAsAt: { boardId: COVENTRY_BOARD, asAt: "2019-01-14" } satisfies Operations.BoardMembersAsAtQueryVariables,
  BoardResolutions: { boardId: COVENTRY_BOARD, from: "2018-01-01", to: "2019-12-31", text: "Place Forum" } satisfies Operations.BoardResolutionsQueryVariables,
  ComparisonWithEngland: { indicatorCode: "hospital-admissions-self-harm-15-19", areaCode: WARWICKSHIRE } satisfies Operations.ComparisonWithEnglandQueryVariables,
  ContradictoryValues: { indicatorCode: "camhs-referrals", areaCode: COVENTRY_AND_RUGBY_CCG_AREA, periodFrom: "2016/17", periodTo: "2016/17" } satisfies Operations.ContradictoryValuesQueryVariables,
  DiscontinuedIndicators: { statuses: ["DISCONTINUED"] } satisfies Operations.DiscontinuedIndicatorsQueryVariables,
  FundingPoolStatement: { poolId: "camhs-ltp-baseline-indicative-costs" } satisfies Operations.FundingPoolStatementQueryVariables,
  FundingPoolsByKind: { kinds: ["CONTRACT_BUDGET"] } satisfies Operations.FundingPoolsByKindQueryVariables,
  FundingTotalsByPartner: { measure: "CONTRIBUTIONS", financialYears: ["2017/18"] } satisfies Operations.FundingTotalsByPartnerQueryVariables,
  GrantsByFunder: { funderId: "nhs-england" } satisfies Operations.GrantsByFunderQueryVariables,
  GrantsReceived: { organisationId: "cwpt" } satisfies Operations.GrantsReceivedQueryVariables,
  KeyDates: { organisationId: "coventry-city-council" } satisfies Operations.KeyDatesQueryVariables,
  IndicatorAgainstTarget: { indicatorCode: "good-level-of-development-age-5", areaCode: COVENTRY } satisfies Operations.IndicatorAgainstTargetQueryVariables,
  MeetingAgenda: { meetingId: "warwickshire-hwb-2013-11-20" } satisfies Operations.MeetingAgendaQueryVariables,
  MeetingAttendanceByStatus: { meetingId: "coventry-hwb-2019-01-14" } satisfies Operations.MeetingAttendanceByStatusQueryVariables,
  MeetingMinutes: { meetingId: "coventry-hwb-2018-10-08" } satisfies Operations.MeetingMinutesQueryVariables,
  OrganisationIdentifiersAndPredecessors: { scheme: "ODS", code: "QWU" } satisfies Operations.OrganisationIdentifiersAndPredecessorsQueryVariables,
  OrganisationsInArea: { areaCode: WARWICKSHIRE } satisfies Operations.OrganisationsInAreaQueryVariables,
  PartnerFundingByYear: { organisationId: "coventry-and-rugby-ccg", financialYear: "2017/18" } satisfies Operations.PartnerFundingByYearQueryVariables,
  PartnerOverview: { organisationId: "coventry-city-council", areaCode: COVENTRY, from: "2019-01-01", to: "2019-12-31" } satisfies Operations.PartnerOverviewQueryVariables,
  PartnerReportedFigures: { organisationId: "cwpt" } satisfies Operations.PartnerReportedFiguresQueryVariables,
  ProgrammeFundingAndOutcomes: { programmeId: "camhs-transformation", areaCode: COVENTRY_AND_RUGBY_CCG_AREA } satisfies Operations.ProgrammeFundingAndOutcomesQueryVariables,
  ProgrammeTree: { programmeId: "bhbcbv" } satisfies Operations.ProgrammeTreeQueryVariables,
  ProgrammesLedByOrganisation: { organisationId: "coventry-city-council" } satisfies Operations.ProgrammesLedByOrganisationQueryVariables,
  ProgrammesLedByPerson: { personId: "andrea-green" } satisfies Operations.ProgrammesLedByPersonQueryVariables,
  RecentTrend: { indicatorCode: "hospital-admissions-self-harm-15-19", areaCode: WARWICKSHIRE } satisfies Operations.RecentTrendQueryVariables,
  ReportsAuthoredByOrganisation: { organisationId: "warwickshire-county-council" } satisfies Operations.ReportsAuthoredByOrganisationQueryVariables,
  ReportsMentioning: { text: "Concordat", boardId: COVENTRY_BOARD } satisfies Operations.ReportsMentioningQueryVariables,
  SearchSources: { text: '"System Leadership Academy"' } satisfies Operations.SearchSourcesQueryVariables,
  SourceExcerpt: { documentId: "coventry-hwb-2019-01-14", firstLine: 2891, lastLine: 2891 } satisfies Operations.SourceExcerptQueryVariables,
  StrategiesActiveOn: { activeOn: "2019-01-14", ownerId: "coventry-city-council" } satisfies Operations.StrategiesActiveOnQueryVariables,
  StrategyPrioritiesAndDelivery: { strategyId: "coventry-health-and-wellbeing-strategy-2016-2019" } satisfies Operations.StrategyPrioritiesAndDeliveryQueryVariables,
  WhereFigureComesFrom: { poolId: "coventry-bcf-2017-19" } satisfies Operations.WhereFigureComesFromQueryVariables,
};

export type OperationName = keyof typeof exampleVariables;
