// The programmes subgraph: strategies and their priorities, the programme tree and status updates,
// plus the programmes and strategies of partners' organisations, people and boards.
import { defineSubgraph } from "../../subgraph/definition.ts";
import { createProgrammesContext } from "./loaders.ts";
import { BoardStrategiesResolver, OrganisationProgrammesResolver, PersonProgrammesResolver } from "./references.ts";
import {
  PriorityResolver,
  ProgrammeResolver,
  StatusUpdateResolver,
  StrategyDeliveryResolver,
  StrategyOwnershipResolver,
  StrategyResolver,
} from "./resolvers.ts";
import { workResolvers } from "./work.ts";

export default defineSubgraph({
  name: "programmes",
  resolvers: [
    StrategyResolver,
    PriorityResolver,
    StrategyOwnershipResolver,
    StrategyDeliveryResolver,
    ProgrammeResolver,
    StatusUpdateResolver,
    OrganisationProgrammesResolver,
    PersonProgrammesResolver,
    BoardStrategiesResolver,
    ...workResolvers,
  ],
  references: {
    Strategy: (ref, ctx) => ctx.loaders.strategy.load(String(ref.id)),
    Programme: (ref, ctx) => ctx.loaders.programme.load(String(ref.id)),
    Milestone: (ref, ctx) => ctx.loaders.milestone.load(String(ref.id)),
    // Funding owns these; this subgraph adds their milestones and responsibilities.
    Contract: (ref) => ({ id: String(ref.id) }),
    FundingPool: (ref) => ({ id: String(ref.id) }),
    // Partners owns these; this subgraph only adds fields, which need nothing but the key.
    Organisation: (ref) => ({ id: String(ref.id) }),
    Person: (ref) => ({ id: String(ref.id) }),
    Board: (ref) => ({ id: String(ref.id) }),
  },
  createContext: createProgrammesContext,
});
