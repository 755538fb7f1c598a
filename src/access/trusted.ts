// Trusted operations, kept as routers' safelisting keeps them: the hub's published operations
// (schema/operations/) and those each partner organisation registered (npm run keys -- operations
// add). A key created with --trusted-only runs nothing else (src/gateway/persisted.ts).
//
// An operation's id is the sha256 of its text in hex, as automatic persisted queries hash the
// query string sent. Text sent in full is also matched once normalised (operations, then
// fragments, each sorted by name, printed by graphql-js: comments and layout dropped), so the
// same operation laid out differently, e.g. printed by a client library, is still trusted.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import {
  buildSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  validate,
  visit,
} from "graphql";
import { loadPublishedOperations } from "../explorer/operations.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { organisationExists } from "./identity.ts";
import { repoPath } from "../paths.ts";

export const apiSchemaFile = "schema/api.graphql";

/** The id of an operation's text: sha256 in hex, as Apollo's automatic persisted queries compute it. */
export const operationId = (text: string) => createHash("sha256").update(text).digest("hex");

const byName = (a: { name?: { value: string } }, b: { name?: { value: string } }) => (a.name?.value ?? "").localeCompare(b.name?.value ?? "");

/** A document's normalised text: operations then fragments, each sorted by name, as graphql-js prints them. */
export function normalise(document: DocumentNode): string {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  return print({ kind: Kind.DOCUMENT, definitions: [...operations.sort(byName), ...fragments.sort(byName)] });
}

/** An operation ready to register: its name, its text (the operation with the fragments it uses) and its id. */
export interface OperationToRegister {
  name: string;
  document: string;
  sha256: string;
}

/** The fragments an operation uses, directly or through other fragments. */
function fragmentsUsedBy(node: OperationDefinitionNode | FragmentDefinitionNode, all: Map<string, FragmentDefinitionNode>, used = new Map<string, FragmentDefinitionNode>()) {
  visit(node, {
    FragmentSpread(spread) {
      const fragment = all.get(spread.name.value);
      if (!fragment || used.has(fragment.name.value)) return;
      used.set(fragment.name.value, fragment);
      fragmentsUsedBy(fragment, all, used);
    },
  });
  return used;
}

let apiSchema: Promise<GraphQLSchema> | undefined;
const loadApiSchema = () => (apiSchema ??= readFile(repoPath(apiSchemaFile), "utf8").then((sdl) => buildSchema(sdl)));

function parseFile(file: string, text: string): DocumentNode {
  try {
    return parse(text);
  } catch (error) {
    const where = error instanceof GraphQLError && error.locations?.[0] ? ` (line ${error.locations[0].line}, column ${error.locations[0].column})` : "";
    throw new Error(`${file} does not parse${where}: ${(error as Error).message}`);
  }
}

/**
 * Every named operation of a .graphql file, each with the fragments it uses and valid against
 * the published schema. Any problem throws, naming the file and the operation: a file is
 * registered whole or not at all.
 */
export async function readOperationsFile(file: string): Promise<OperationToRegister[]> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  });
  const document = parseFile(file, text);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operations.length) throw new Error(`${file} holds no operation`);
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const schema = await loadApiSchema();
  const names = new Set<string>();
  for (const operation of operations) {
    const name = operation.name?.value;
    if (!name) throw new Error(`${file}: the operation at line ${operation.loc?.startToken.line} has no name; name every operation (query MonthlyReturn { ... })`);
    if (names.has(name)) throw new Error(`${file}: operation "${name}" is defined twice`);
    names.add(name);
  }
  return operations.map((operation) => {
    const own: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsedBy(operation, fragments).values()] };
    const errors = validate(schema, own);
    if (errors.length) {
      const reasons = errors.map((e) => `${e.message}${e.locations?.[0] ? ` (line ${e.locations[0].line})` : ""}`);
      throw new Error(`${file}: operation "${operation.name!.value}" is not valid against ${apiSchemaFile}: ${reasons.join("; ")}`);
    }
    const normalised = normalise(own);
    return { name: operation.name!.value, document: normalised, sha256: operationId(normalised) };
  });
}

/** Registers operations for an organisation in one statement (all or none); returns how many were new. */
export async function registerOperations(prisma: PrismaClient, organisationId: string, operations: OperationToRegister[]): Promise<number> {
  if (!(await organisationExists(prisma, organisationId))) throw new Error(`Unknown organisation "${organisationId}"`);
  const data = operations.map((o) => ({ organisationId, ...o }));
  // An operation registered before (same organisation and id) stays as it was.
  const { count } = await prisma.trustedOperation.createMany({ data, skipDuplicates: true });
  return count;
}

export async function listOperations(prisma: PrismaClient, organisationId?: string) {
  return prisma.trustedOperation.findMany({
    where: organisationId ? { organisationId } : {},
    orderBy: [{ organisationId: "asc" }, { name: "asc" }, { createdAt: "asc" }],
    select: { organisationId: true, sha256: true, name: true, createdAt: true },
  });
}

/** Removes an organisation's operations by id or by name (every version of it); returns how many. */
export async function removeOperations(prisma: PrismaClient, organisationId: string, idOrName: string): Promise<number> {
  const { count } = await prisma.trustedOperation.deleteMany({ where: { organisationId, OR: [{ sha256: idOrName }, { name: idOrName }] } });
  return count;
}

/** What the gateway asks of the trusted list. */
export interface TrustedOperations {
  /** The text of a trusted operation (published, or registered by any organisation) by its id. */
  documentFor(id: string): Promise<string | undefined>;
  /** Whether one of the ids (of the text as sent, or of its normalised text) is trusted for an organisation. */
  trustedFor(organisationId: string, ids: string[]): Promise<boolean>;
}

/**
 * The trusted list: the published operations, read once (as written, and normalised: the explorer
 * sends the file, the typed client its printed text), and the registered ones, read from the
 * database on each request so that `operations add` and `remove` apply at once.
 */
export async function trustedOperations(prisma: PrismaClient): Promise<TrustedOperations> {
  const published = new Map<string, string>();
  for (const { query } of await loadPublishedOperations()) {
    const normalised = normalise(parse(query));
    published.set(operationId(query), query).set(operationId(normalised), normalised);
  }
  return {
    async documentFor(id) {
      if (published.has(id)) return published.get(id);
      return (await prisma.trustedOperation.findFirst({ where: { sha256: id }, select: { document: true } }))?.document;
    },
    async trustedFor(organisationId, ids) {
      if (ids.some((id) => published.has(id))) return true;
      return (await prisma.trustedOperation.count({ where: { organisationId, sha256: { in: ids } } })) > 0;
    },
  };
}
