// The importDataset mutation: partner systems send a dataset (the format of prisma/dataset/*.json,
// docs/dataset-format.md) and get the importer's report. It lives in partners because an import
// is a partner's act: it is authorised per organisation (write:own writes only what the caller's
// organisation owns, src/dataset/ownership.ts), and partners owns the organisations, people and
// boards every other record hangs from. The import itself writes every subgraph's tables through
// the sections each subgraph declares (src/subgraphs/*/dataset.ts), in one transaction. An identity (partner API key or person's token) with scope
// admin, or a caller holding the admin token (PLACEGRAPH_ADMIN_TOKEN), may import anything; one
// with write:own only records its organisation owns (src/dataset/ownership.ts).
import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { DateTimeResolver } from "graphql-scalars";
import { Arg, Ctx, Directive, Field, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { auditActor, hasScope } from "../../access/identity.ts";
import { loadConfig } from "../../config.ts";
import { RequiresScope } from "../../subgraph/access.ts";
import { WriteRefused } from "../../dataset/importer.ts";
import { checkDatasetShape, DatasetError } from "../../dataset/validate.ts";
import type { PartnersContext } from "./loaders.ts";

@ObjectType({ description: "How many records of one type an import created, updated in place or found unchanged." })
class ImportCount {
  @Field(() => String, { description: 'The record type, e.g. "Organisation", "AgendaItem", "Measurement".' })
  type!: string;

  @Field(() => Int, { description: "Records that did not exist and were created." })
  created!: number;

  @Field(() => Int, { description: "Existing records (found by their natural key) whose values changed." })
  updated!: number;

  @Field(() => Int, { description: "Existing records with the same values: left as they were." })
  unchanged!: number;
}

@ObjectType({ description: "What an import did (or, for a dry run, would do)." })
class ImportReportType {
  @Field(() => String, { description: "The file name the caller gave." })
  fileName!: string;

  @Field(() => String, { description: "sha256 of the dataset as received, in hex." })
  contentHash!: string;

  @Field(() => Boolean, { description: "Whether this was a dry run (nothing written)." })
  dryRun!: boolean;

  @Field(() => [ImportCount], { description: "Counts per record type, in the order they are written." })
  types!: ImportCount[];

  @Field(() => ImportCount, { description: 'The counts over all record types (type "total").' })
  totals!: ImportCount;

  @Field(() => Int, { nullable: true, description: "The audit record of the import; null for a dry run." })
  importRunId!: number | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "An import of a dataset (its audit record): the provenance of the records it wrote when no document states them." })
export class ImportRecord {
  @Field(() => Int, { description: "The import run's id, as importDataset's importRunId gave it." })
  id!: number;

  @Field(() => String, { description: 'Who imported: "key:<prefix>:<organisation>", "token:<subject>:<organisation>", "graphql:admin", "cli:<user>" or "seed".' })
  actor!: string;

  @Field(() => DateTimeResolver, { description: "When the import finished (and its records were written)." })
  finishedAt!: Date;

  @Field(() => String, { description: "The file name the importer gave, e.g. uhcw-2019-q1.json." })
  fileName!: string;

  @Field(() => String, { description: "sha256 of the file as received (for importDataset, of the dataset's JSON text), in hex." })
  contentHash!: string;
}

interface Writer {
  /** Who imports, for the audit record. */
  actor: string;
  /** The organisation whose records alone may be written; unset for admin. */
  ownRecordsOf?: string;
}

/**
 * Who writes: @requiresScopes (write:own or admin) has let only such an identity in; the gateway
 * gives the operator's admin token the admin identity (src/access/identity.ts).
 */
function writerOf(ctx: PartnersContext): Writer {
  const identity = ctx.request.identity!;
  return { actor: auditActor(identity), ownRecordsOf: hasScope(identity, "admin") ? undefined : identity.organisationId };
}

@Resolver()
export class ImportResolver {
  @RequiresScope("admin")
  @Query(() => ImportRecord, { nullable: true, description: "An import's audit record by id (refused attempts included); admin only. A record an import wrote names its import through its own importRecord field." })
  importRecord(@Arg("id", () => Int, { description: "The import run's id." }) id: number, @Ctx() ctx: PartnersContext) {
    return ctx.loaders.importRun.load(id);
  }

  @RequiresScope("write:own")
  @Mutation(() => ImportReportType, {
    description:
      "Validates a dataset and imports it in one transaction (all or nothing, idempotent by natural keys). Needs scope write:own or admin (a partner API key or a person's token), or the admin token. With write:own, only records the caller's organisation reported or owns may be created or changed: any other record makes the whole import FORBIDDEN, with nothing written.",
  })
  async importDataset(
    @Arg("fileName", () => String, { description: "A name for the dataset, kept in the audit record, e.g. uhcw-2019-q1.json." }) fileName: string,
    @Arg("dataset", () => JSONObjectResolver, { description: "The dataset, in the format documented in the README (format: placegraph-dataset/1)." }) dataset: object,
    @Arg("dryRun", () => Boolean, { defaultValue: false, description: "Report what would change without writing anything." }) dryRun: boolean,
    @Ctx() ctx: PartnersContext,
  ) {
    const writer = writerOf(ctx);
    try {
      const checked = checkDatasetShape(fileName, dataset, "dataset.");
      const hash = createHash("sha256").update(JSON.stringify(dataset)).digest("hex");
      const report = await ctx.importDataset(fileName, hash, checked, { ...writer, dryRun, sourcesDir: loadConfig().PLACEGRAPH_SOURCES_DIR });
      return { ...report, totals: { type: "total", ...report.totals } };
    } catch (err) {
      if (err instanceof WriteRefused) {
        throw new GraphQLError(err.message, { extensions: { code: "FORBIDDEN", records: err.records, importRunId: err.importRunId } });
      }
      if (!(err instanceof DatasetError)) throw err;
      throw new GraphQLError(err.message, { extensions: { code: "BAD_USER_INPUT", problems: err.problems } });
    }
  }
}
