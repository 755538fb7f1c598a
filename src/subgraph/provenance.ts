// Provenance: every record that came from a document says where: the document, the lines, and
// the figure or phrase as written. The governance subgraph owns SourceDocument and the full
// SourceExcerpt (with the quoted lines); the other subgraphs store four columns per sourced
// table and return the excerpt's key, which the gateway resolves in governance.
import { type ClassType, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";

/** The columns every sourced table carries (see prisma/schema/*.prisma). */
export interface SourceColumns {
  sourceDocumentId: string | null;
  sourceFirstLine: number | null;
  sourceLastLine: number | null;
  asWritten: string | null;
}

/** The key of a SourceExcerpt: a document and an inclusive line range. */
export interface SourceExcerptKey {
  documentId: string;
  firstLine: number;
  lastLine: number;
}

export const SOURCE_EXCERPT_KEY = "documentId firstLine lastLine";

/** A subgraph's reference to governance's SourceExcerpt: the key fields only. */
@Directive(`@key(fields: "${SOURCE_EXCERPT_KEY}", resolvable: false)`)
@ObjectType("SourceExcerpt", { description: "Lines of a source document that state a fact." })
export class SourceExcerptReference implements SourceExcerptKey {
  @Field(() => ID, { description: "The source document's id." })
  documentId!: string;

  @Field(() => Int, { description: "The first line of the excerpt (1-based, inclusive)." })
  firstLine!: number;

  @Field(() => Int, { description: "The last line of the excerpt (inclusive)." })
  lastLine!: number;
}

/** The excerpt key of a row, or null when the row did not come from a document. */
export function sourceOf(row: Pick<SourceColumns, "sourceDocumentId" | "sourceFirstLine" | "sourceLastLine">): SourceExcerptKey | null {
  if (!row.sourceDocumentId || row.sourceFirstLine === null || row.sourceLastLine === null) return null;
  return { documentId: row.sourceDocumentId, firstLine: row.sourceFirstLine, lastLine: row.sourceLastLine };
}

/** Base of every sourced GraphQL type: `class FundingPool extends Sourced { ... }`. */
@ObjectType({ description: "A record that came from a document." })
export abstract class Sourced implements SourceColumns {
  @Field(() => String, { nullable: true, description: "The figure or phrase exactly as the source document writes it, e.g. \"£179.502m\"." })
  asWritten!: string | null;

  sourceDocumentId!: string | null;
  sourceFirstLine!: number | null;
  sourceLastLine!: number | null;
}

/**
 * Base of the resolver of every sourced type: adds its `source` field.
 * `@Resolver(() => FundingPool) class FundingPoolResolver extends SourcedResolver(FundingPool) {}`.
 * Governance passes its full SourceExcerpt type; the other subgraphs use the reference.
 */
export function SourcedResolver<T extends Sourced>(type: ClassType<T>, excerpt: ClassType<object> = SourceExcerptReference) {
  @Resolver(() => type)
  abstract class SourcedResolverBase {
    @FieldResolver(() => excerpt, { nullable: true, description: "Where this fact is stated: the source document and its lines." })
    source(@Root() row: T): SourceExcerptKey | null {
      return sourceOf(row);
    }
  }
  return SourcedResolverBase;
}
