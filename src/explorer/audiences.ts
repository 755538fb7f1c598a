// Who asks each named operation, for the explorer's welcome pane: partner systems reading and
// checking their own organisation's data, analysts asking across the system, and application
// developers building pages on the hub. An operation not listed here still shows, under "More".
export const audiences = [
  {
    id: "partner",
    title: "Partner systems",
    blurb: "A trust's, council's or charity's own software: its money, its seats, its figures, its codes.",
    operations: [
      "PartnerOverview",
      "PartnerFundingByYear",
      "PartnerReportedFigures",
      "OrganisationIdentifiersAndPredecessors",
      "GrantsReceived",
      "AllocationsByContributorShare",
      "ProgrammesLedByOrganisation",
      "ReportsAuthoredByOrganisation",
      "BoardMembersAsAt",
    ],
  },
  {
    id: "analyst",
    title: "Analysts",
    blurb: "Questions across the partnership, each figure with the line of the paper it comes from.",
    operations: [
      "IndicatorAgainstTarget",
      "AreaMeasurementsByFramework",
      "ComparisonWithEngland",
      "RecentTrend",
      "ContradictoryValues",
      "DiscontinuedIndicators",
      "FundingTotalsByPartner",
      "FundingPoolStatement",
      "FundingPoolsByKind",
      "GrantsByFunder",
      "WhereFigureComesFrom",
      "SourceExcerpt",
      "SearchSources",
      "KeyDates",
      "ProgrammeFundingAndOutcomes",
      "StrategyPrioritiesAndDelivery",
      "StrategiesActiveOn",
      "BoardResolutions",
      "MeetingMinutes",
      "MeetingAttendanceByStatus",
      "ReportsMentioning",
    ],
  },
  {
    id: "developer",
    title: "App developers",
    blurb: "Lists, trees and look-ups to build pages on: the same operations the typed client ships.",
    operations: ["OrganisationsInArea", "BoardMeetings", "MeetingAgenda", "ProgrammeTree", "ProgrammesLedByPerson"],
  },
] as const;

export type AudienceId = (typeof audiences)[number]["id"] | "more";

/** The audience an operation is listed under; "more" when none lists it. */
export function audienceOf(operationName: string): AudienceId {
  return audiences.find((a) => (a.operations as readonly string[]).includes(operationName))?.id ?? "more";
}
