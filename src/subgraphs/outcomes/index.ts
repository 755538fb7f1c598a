// The outcomes subgraph: indicators, frameworks, measured values and targets, with the
// Fingertips-style judgements computed on read, and the joins it adds to areas, organisations
// and programmes.
import { defineSubgraph } from "../../subgraph/definition.ts";
import { createOutcomesContext } from "./loaders.ts";
import { StewardshipResolver } from "./stewardship.ts";
import { AreaMeasurementsResolver, OrganisationMeasurementsResolver, ProgrammeIndicatorsResolver } from "./references.ts";
import {
  FrameworkMembershipResolver, FrameworkResolver, IndicatorResolver, MeasurementResolver, ProgrammeMeasureResolver, TargetResolver,
} from "./resolvers.ts";

export default defineSubgraph({
  name: "outcomes",
  resolvers: [
    IndicatorResolver,
    FrameworkResolver,
    FrameworkMembershipResolver,
    ProgrammeMeasureResolver,
    MeasurementResolver,
    TargetResolver,
    AreaMeasurementsResolver,
    OrganisationMeasurementsResolver,
    ProgrammeIndicatorsResolver,
    StewardshipResolver,
  ],
  references: {
    Indicator: (ref, ctx) => ctx.loaders.indicator.load(String(ref.code)),
    // Entities of other subgraphs that outcomes adds fields to: the key is all it needs.
    Area: (ref) => ({ code: String(ref.code) }),
    Organisation: (ref) => ({ id: String(ref.id) }),
    Programme: (ref) => ({ id: String(ref.id) }),
  },
  createContext: createOutcomesContext,
});
