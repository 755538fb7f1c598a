// Which records cite given lines of the papers: every sourced record type of every subgraph
// (those whose table carries sourceDocumentId), in one statement. Like the importer, the data
// path is the one place that knows every subgraph's tables; the governance subgraph's search
// asks it through its context (src/subgraphs/governance/search.ts).
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { SourceExcerptKey } from "../subgraph/provenance.ts";
import type { RecordType } from "./slice.ts";
import { recordTypes } from "./slices.ts";

/** A record that cites some of the lines: its type, its natural key as text, and its own source. */
export interface Citation extends SourceExcerptKey {
  type: string;
  key: string;
  asWritten: string | null;
}

const fieldsOf = (model: string) =>
  (Prisma as unknown as Record<string, Record<string, string> | undefined>)[`${model[0].toUpperCase()}${model.slice(1)}ScalarFieldEnum`] ?? {};

/** The record types whose rows say where they are stated. */
const sourced: RecordType[] = recordTypes.filter((t) => "sourceDocumentId" in fieldsOf(t.model));

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const table = (t: RecordType) => quote(`${t.model[0].toUpperCase()}${t.model.slice(1)}`);

/** One SELECT per sourced table, joined to the wanted ranges ($1 documents, $2 first lines, $3 last lines). */
function select(t: RecordType): string {
  const key = `concat_ws(', ', ${t.key.map((k) => `${quote(k)}::text`).join(", ")})`;
  return `SELECT '${t.type}' AS "type", ${key} AS "key", x."sourceDocumentId" AS "documentId", x."sourceFirstLine" AS "firstLine", x."sourceLastLine" AS "lastLine", x."asWritten"
    FROM ${table(t)} x JOIN unnest($1::text[], $2::int[], $3::int[]) AS r(d, f, l)
    ON x."sourceDocumentId" = r.d AND x."sourceFirstLine" <= r.l AND x."sourceLastLine" >= r.f`;
}

const statement = `SELECT DISTINCT * FROM (${sourced.map(select).join("\nUNION ALL\n")}) c ORDER BY "documentId", "firstLine", "type", "key"`;

/** Every record whose source overlaps one of the ranges, by document and line. */
export async function citationsOf(prisma: Pick<PrismaClient, "$queryRawUnsafe">, ranges: SourceExcerptKey[]): Promise<Citation[]> {
  if (!ranges.length) return [];
  return prisma.$queryRawUnsafe<Citation[]>(statement, ranges.map((r) => r.documentId), ranges.map((r) => r.firstLine), ranges.map((r) => r.lastLine));
}
