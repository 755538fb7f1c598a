// The governance subgraph: source documents and their lines, meetings, agendas, attendance,
// minutes, resolutions, declarations and reports; it adds meetings and reports to partners'
// boards, organisations and people.
import { defineSubgraph } from "../../subgraph/definition.ts";
import { createGovernanceContext } from "./loaders.ts";
import { BoardMeetingsResolver, OrganisationGovernanceResolver, PersonGovernanceResolver } from "./references.ts";
import {
  AgendaItemContributorResolver, AgendaItemResolver, AttendanceResolver, DeclarationResolver, MeetingResolver, MinuteItemResolver,
  RecommendationResolver, ReportAuthorResolver, ReportResolver, ResolutionResolver, SourceDocumentResolver, SourceExcerptResolver,
} from "./resolvers.ts";
import { SourceCitationResolver, SourceSearchResolver } from "./search.ts";

export default defineSubgraph({
  name: "governance",
  resolvers: [
    SourceDocumentResolver, SourceExcerptResolver, MeetingResolver, AgendaItemResolver, AgendaItemContributorResolver, AttendanceResolver,
    MinuteItemResolver, ResolutionResolver, DeclarationResolver, ReportResolver, ReportAuthorResolver, RecommendationResolver,
    BoardMeetingsResolver, OrganisationGovernanceResolver, PersonGovernanceResolver, SourceSearchResolver, SourceCitationResolver,
  ],
  references: {
    SourceDocument: (ref, ctx) => ctx.loaders.sourceDocument.load(String(ref.id)),
    // Checks the range and fetches the text in one batch for all the excerpts of a request.
    SourceExcerpt: (ref, ctx) =>
      ctx.loaders.excerpt.load({ documentId: String(ref.documentId), firstLine: Number(ref.firstLine), lastLine: Number(ref.lastLine) }),
    Meeting: (ref, ctx) => ctx.loaders.meeting.load(String(ref.id)),
    AgendaItem: (ref, ctx) => ctx.loaders.agendaItem.load(String(ref.id)),
    Report: (ref, ctx) => ctx.loaders.report.load(String(ref.id)),
    Board: (ref) => ({ id: String(ref.id) }),
    Organisation: (ref) => ({ id: String(ref.id) }),
    Person: (ref) => ({ id: String(ref.id) }),
  },
  createContext: createGovernanceContext,
});
