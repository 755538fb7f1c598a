// The partners subgraph: organisations, areas, people, boards and memberships; and the
// importDataset mutation, a partner's way in for every subgraph's records (imports.ts).
import { defineSubgraph } from "../../subgraph/definition.ts";
import { ImportResolver } from "./imports.ts";
import { createPartnersContext } from "./loaders.ts";
import { AreaResolver, BoardResolver, ContactDetailResolver, MembershipResolver, OrganisationResolver, PersonResolver, PostResolver, ViewerResolver } from "./resolvers.ts";

export default defineSubgraph({
  name: "partners",
  resolvers: [OrganisationResolver, AreaResolver, PersonResolver, ContactDetailResolver, ViewerResolver, BoardResolver, PostResolver, MembershipResolver, ImportResolver],
  references: {
    Organisation: (ref, ctx) => ctx.loaders.organisation.load(String(ref.id)),
    Area: (ref, ctx) => ctx.loaders.area.load(String(ref.code)),
    Person: (ref, ctx) => ctx.loaders.person.load(String(ref.id)),
    Board: (ref, ctx) => ctx.loaders.board.load(String(ref.id)),
    ImportRecord: (ref, ctx) => ctx.loaders.importRun.load(Number(ref.id)),
  },
  createContext: createPartnersContext,
});
