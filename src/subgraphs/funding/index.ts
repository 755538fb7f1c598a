// The funding subgraph: pooled budgets, contributions, allocations, stated totals and grants,
// contracts and commissioning, funding links (amount stated or not) and apportionments,
// plus funding fields on partners' Organisation and Area and on programmes' Programme.
import { defineSubgraph } from "../../subgraph/definition.ts";
import { contractResolvers } from "./contracts.ts";
import { createFundingContext } from "./loaders.ts";
import { AreaFundingResolver, OrganisationFundingResolver, ProgrammeFundingResolver } from "./references.ts";
import {
  AllocationResolver,
  ContributionResolver,
  FundingPoolResolver,
  FundingTotalResolver,
  GrantResolver,
  StatedTotalResolver,
} from "./resolvers.ts";

export default defineSubgraph({
  name: "funding",
  resolvers: [
    FundingPoolResolver,
    ContributionResolver,
    AllocationResolver,
    StatedTotalResolver,
    FundingTotalResolver,
    GrantResolver,
    OrganisationFundingResolver,
    AreaFundingResolver,
    ProgrammeFundingResolver,
    ...contractResolvers,
  ],
  references: {
    FundingPool: (ref, ctx) => ctx.loaders.pool.load(String(ref.id)),
    Contract: (ref, ctx) => ctx.loaders.contract.load(String(ref.id)),
    // Stubs: the fields funding adds need only the key.
    Organisation: (ref) => ({ id: String(ref.id) }),
    Area: (ref) => ({ code: String(ref.code) }),
    Programme: (ref) => ({ id: String(ref.id) }),
  },
  createContext: createFundingContext,
});
