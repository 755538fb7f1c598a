// Full-text search over every line of the source documents (PostgreSQL's text search, which
// PGlite has too): ranked hits, each an excerpt with its document and line, and the records of
// any subgraph that cite that line. For the analyst who cannot find a fact in the records.
import { Prisma } from "../../generated/prisma/client.ts";
import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Citation } from "../../dataset/citations.ts";
import { badUserInput } from "../../subgraph/errors.ts";
import { SourceExcerpt } from "./entities.ts";
import type { GovernanceContext } from "./loaders.ts";

@ObjectType({ description: "A record that cites lines of a paper, named by its type and natural key." })
export class SourceCitation {
  @Field(() => String, { description: 'The record type, e.g. "Measurement", "Contract", "Resolution".' })
  type!: string;

  @Field(() => String, { description: 'Its natural key as text, e.g. "kooth" or "coventry-hwb-2019-01-14, 3"; an id for types keyed by id.' })
  key!: string;

  @Field(() => String, { nullable: true, description: "The figure or phrase the record quotes, as written." })
  asWritten!: string | null;

  documentId!: string;
  firstLine!: number;
  lastLine!: number;
}

@ObjectType({ description: "A line of a paper that matches a search, ranked, with the records that cite it." })
export class SourceSearchHit {
  @Field(() => Float, { description: "PostgreSQL's ts_rank of the line for the search: higher is a better match." })
  rank!: number;

  @Field(() => [SourceCitation], { description: "Records of any subgraph whose source covers the line, by type and key." })
  citedBy!: SourceCitation[];

  documentId!: string;
  line!: number;
}

interface Hit {
  documentId: string;
  line: number;
  rank: number;
}

const MAX_HITS = 100;

/**
 * The search's one statement. Its lexemes expression is the one of the GIN index
 * SourceLine_text_search_idx (in the migrations), so PostgreSQL and PGlite can answer it from the
 * index rather than by reading every line. Typographic punctuation is read as a space: under the
 * C locale PostgreSQL counts any non-ASCII character as a letter (“System would be one word).
 */
export function searchStatement(text: string, documentId: string | null, first: number): Prisma.Sql {
  return Prisma.sql`
      SELECT l."documentId", l."number" AS "line", ts_rank(to_tsvector('english', translate(l."text", '“”‘’«»–—…•', '          ')), q)::float8 AS "rank"
      FROM "SourceLine" l, websearch_to_tsquery('english', translate(${text}::text, '“”‘’«»–—…•', '""        ')) q
      WHERE to_tsvector('english', translate(l."text", '“”‘’«»–—…•', '          ')) @@ q AND (${documentId}::text IS NULL OR l."documentId" = ${documentId})
      ORDER BY "rank" DESC, l."documentId", l."number"
      LIMIT ${first}`;
}

@Resolver(() => SourceSearchHit)
export class SourceSearchResolver {
  @Query(() => [SourceSearchHit], {
    description:
      'Searches every line of the source documents (English stemming: "oversee" finds "overseeing"; "quoted phrases", OR and -word as on a web search), best match first, then by document and line.',
  })
  async searchSources(
    @Arg("text", () => String, { description: 'What to find, e.g. "Kooth contract" or "\\"tier 2\\" Compass".' }) text: string,
    @Arg("documentId", () => ID, { nullable: true, description: "Only lines of this document; every document when omitted." }) documentId: string | null,
    @Arg("first", () => Int, { defaultValue: 20, description: `How many hits, at most ${MAX_HITS}.` }) first: number,
    @Ctx() ctx: GovernanceContext,
  ) {
    if (!text.trim()) throw badUserInput("text must not be empty", "text");
    if (!Number.isInteger(first) || first < 1 || first > MAX_HITS) throw badUserInput(`first must be between 1 and ${MAX_HITS}`, "first");
    const hits = await ctx.store.$queryRaw<Hit[]>(searchStatement(text, documentId, first));
    const citations = await ctx.citationsOf(hits.map((h) => ({ documentId: h.documentId, firstLine: h.line, lastLine: h.line })));
    const citing = (h: Hit) => citations.filter((c: Citation) => c.documentId === h.documentId && c.firstLine <= h.line && h.line <= c.lastLine);
    return hits.map((h) => ({ ...h, citedBy: citing(h) }));
  }

  @FieldResolver(() => SourceExcerpt, { description: "The matching line: its document, number and text." })
  excerpt(@Root() hit: SourceSearchHit) {
    return { documentId: hit.documentId, firstLine: hit.line, lastLine: hit.line };
  }
}

@Resolver(() => SourceCitation)
export class SourceCitationResolver {
  @FieldResolver(() => SourceExcerpt, { description: "The lines the record cites (its whole source, which may be wider than the hit)." })
  source(@Root() c: SourceCitation) {
    return { documentId: c.documentId, firstLine: c.firstLine, lastLine: c.lastLine };
  }
}
