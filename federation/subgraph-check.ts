// The checks a subgraph's new SDL passes before it reaches the supergraph: it composes with
// every other registered subgraph under both Apollo's and The Guild's composition, a partner's
// defines nothing another organisation owns (./ownership.ts), and the published API changes
// without a break unless the break is declared with a reason. Publishing writes the partner's
// SDL, the supergraph and its API schema under the registry's published/ folder.
import { composeServices as composeWithApollo } from "@apollo/composition";
import { composeServices as composeWithGuild } from "@theguild/federation-composition";
import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { GraphQLError, parse, printSchema } from "graphql";
import { compareSchemas, type SchemaComparison } from "./breaking-changes.ts";
import { ownershipViolations } from "./ownership.ts";
import { findRegistered, PUBLISHED_DIR, publishedSdlPath, publishedSdls, type RegisteredSubgraph, type Registry } from "./registry.ts";

export interface CheckOptions {
  /** Why a breaking change is intended; without it a breaking change is refused. */
  allowBreaking?: string;
}

export interface CheckResult {
  subgraph: RegisteredSubgraph;
  /** Reasons the candidate is refused; empty when it may be published. */
  refusals: string[];
  /** The published API's changes, when both compositions succeeded. */
  changes: SchemaComparison | null;
  /** The supergraph and API schema with the candidate, when it may be published. */
  supergraphSdl?: string;
  apiSdl?: string;
}

interface Composed {
  supergraphSdl: string;
  apiSdl: string;
}

/** Composes with both vendors; returns the result or every error, each prefixed by its composer. */
export function composeBoth(sdls: Map<string, string>, registry: Registry): Composed | { errors: string[] } {
  const services = [...sdls].map(([name, sdl]) => ({ name, typeDefs: parse(sdl), url: findRegistered(registry, name).routingUrl }));
  const apollo = composeWithApollo(services);
  const guild = composeWithGuild(services);
  const fromApollo = (apollo.errors ?? []).map((e) => e.message);
  const fromGuild = (guild.errors ?? []).map((e) => e.message);
  // Both composers often word an error alike: say it once, naming both.
  const errors = [
    ...fromApollo.map((m) => `Composition (${fromGuild.includes(m) ? "Apollo and The Guild" : "Apollo"}): ${m}`),
    ...fromGuild.filter((m) => !fromApollo.includes(m)).map((m) => `Composition (The Guild): ${m}`),
  ];
  if (errors.length || apollo.errors) return { errors };
  return { supergraphSdl: apollo.supergraphSdl, apiSdl: printSchema(apollo.schema.toAPISchema().toGraphQLJSSchema()) };
}

function parseCandidate(file: string, sdl: string): string | null {
  try {
    parse(sdl);
    return null;
  } catch (err) {
    const e = err as GraphQLError;
    const at = e.locations?.[0];
    return `${file}${at ? `:${at.line}:${at.column}` : ""}: not valid GraphQL SDL: ${e.message.replace(/^Syntax Error: /, "")}`;
  }
}

/** Runs every check of `subgraph:check` for `name`'s candidate SDL (read from `file`). */
export async function checkSubgraph(registry: Registry, name: string, file: string, sdl: string, options: CheckOptions = {}): Promise<CheckResult> {
  const subgraph = findRegistered(registry, name);
  const result: CheckResult = { subgraph, refusals: [], changes: null };
  const syntax = parseCandidate(file, sdl);
  if (syntax) return { ...result, refusals: [syntax] };
  const published = await publishedSdls(registry);
  const others = new Map([...published].filter(([n]) => n !== name));
  if (subgraph.kind === "partner") result.refusals.push(...ownershipViolations(subgraph, sdl, others, registry.subgraphs));
  const candidate = composeBoth(new Map([...others, [name, sdl]]), registry);
  if ("errors" in candidate) return { ...result, refusals: [...result.refusals, ...candidate.errors] };
  // The published API before: the same registry with this subgraph's published SDL (if any),
  // so the comparison shows this subgraph's changes only.
  const before = composeBoth(published, registry);
  if ("errors" in before) throw new Error(`The published subgraphs no longer compose:\n  ${before.errors.join("\n  ")}`);
  result.changes = await compareSchemas(before.apiSdl, candidate.apiSdl);
  if (result.changes.breaking.length && !options.allowBreaking) {
    for (const change of result.changes.breaking) result.refusals.push(`Breaking change: ${change.message}${change.path ? ` (${change.path})` : ""}`);
    result.refusals.push(`Breaking changes are refused unless intended: keep the old fields (deprecate them first), or pass --allow-breaking "<reason>".`);
  }
  return result.refusals.length ? result : { ...result, ...candidate };
}

/** Writes a file whole or not at all: readers (the gateway's watch) never see half of it. */
async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

/** Writes a checked candidate: its SDL, then the API schema, then the supergraph the gateway watches. */
export async function publishSubgraph(registry: Registry, result: CheckResult, sdl: string): Promise<string[]> {
  if (!result.supergraphSdl || !result.apiSdl || result.refusals.length) throw new Error("Only a candidate that passed every check is published.");
  if (result.subgraph.kind === "built-in") {
    throw new Error(`"${result.subgraph.name}" is a built-in subgraph: its SDL comes from the code (src/subgraphs/${result.subgraph.name}/); publish it with \`npm run compose\`.`);
  }
  const dir = join(registry.dir, PUBLISHED_DIR);
  const files: [string, string][] = [
    [publishedSdlPath(registry, result.subgraph), `${sdl.trim()}\n`],
    [join(dir, "api.graphql"), `${result.apiSdl.trim()}\n`],
    [join(dir, "supergraph.graphql"), `${result.supergraphSdl.trim()}\n`],
  ];
  for (const [path, content] of files) await writeAtomically(path, content);
  return files.map(([path]) => path);
}
