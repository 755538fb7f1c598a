// The benchmarks' fixed operation set.

/** One subgraph's lookup: partners alone can answer it. */
export const lookupQuery = `{ organisation(id: "coventry-city-council") { id name sector } }`;

/** The README's cross-subgraph query: a partner's money, led programmes' indicators against target, meetings. */
export const readmeQuery = `{
  organisation(id: "coventry-city-council") {
    fundingContributions { amount asWritten source { documentId firstLine text } pool { name kind } }
    ledProgrammes {
      name
      indicators {
        name polarity
        latestMeasurement(areaCode: "E08000026") {
          period value asWritten statusAgainstTarget target { value }
          source { documentId firstLine }
        }
      }
    }
    meetingsAttended { date board { name } }
  }
}`;

/** An analyst's list: a page of measurements with their indicator, area, target status and comparison. */
export const listQuery = `{
  measurements(limit: 100) {
    totalCount
    items {
      indicator { code name polarity }
      area { name }
      period value asWritten statusAgainstTarget comparedWithEngland
      source { documentId firstLine }
    }
  }
}`;

/** A partner dashboard: every indicator's latest value for one area. */
export const dashboardQuery = `query Dashboard($areaCode: ID!) {
  indicators(limit: 500) {
    items { code name latestMeasurement(areaCode: $areaCode) { period value asWritten statusAgainstTarget } }
  }
}`;
