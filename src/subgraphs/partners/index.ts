// The partners subgraph: organisations, areas, people, boards and memberships.
import { defineSubgraph } from "../../subgraph/definition.ts";
import { createPartnersContext } from "./loaders.ts";
import { AreaResolver, BoardResolver, ContactDetailResolver, MembershipResolver, OrganisationResolver, PersonResolver, PostResolver, ViewerResolver } from "./resolvers.ts";

export default defineSubgraph({
  name: "partners",
  resolvers: [OrganisationResolver, AreaResolver, PersonResolver, ContactDetailResolver, ViewerResolver, BoardResolver, PostResolver, MembershipResolver],
  references: {
    Organisation: (ref, ctx) => ctx.loaders.organisation.load(String(ref.id)),
    Area: (ref, ctx) => ctx.loaders.area.load(String(ref.code)),
    Person: (ref, ctx) => ctx.loaders.person.load(String(ref.id)),
    Board: (ref, ctx) => ctx.loaders.board.load(String(ref.id)),
  },
  createContext: createPartnersContext,
});
