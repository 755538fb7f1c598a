// Persisted operations at the gateway. Everyone may use automatic persisted queries (send the
// sha256 of a query; the first time, send the query with it); the cache behind them is bounded
// and falls back to the trusted list, so a trusted operation's id works even before anyone sent
// its text. An identity restricted to trusted operations (a key created with --trusted-only) is
// refused anything else, before the operation is parsed, checked or run. (Apollo Server's plugin
// hooks before parsing cannot refuse a request: an error thrown there becomes a 500.)
import type { HTTPGraphQLRequest } from "@apollo/server";
import { InMemoryLRUCache, type KeyValueCache, PrefixingKeyValueCache } from "@apollo/utils.keyvaluecache";
import { GraphQLError, Kind, type OperationDefinitionNode, parse, type ParseOptions } from "graphql";
import type { Identity } from "../access/identity.ts";
import { normalise, operationId, type TrustedOperations } from "../access/trusted.ts";

export const operationNotTrusted = "OPERATION_NOT_TRUSTED";

/** Apollo Server's persisted query cache: the operations clients sent (least recently used dropped first), then the trusted list. */
export function persistedQueryCache(trusted: TrustedOperations): KeyValueCache<string> {
  // Bounded by the total length of the texts held: 30 MiB, Apollo Server's own default.
  const sent = new InMemoryLRUCache<string>({ maxSize: 30 * 2 ** 20 });
  // This cache holds persisted queries only, so the keys are the bare hashes the trusted list knows
  // (Apollo Server would otherwise prefix them with "apq:").
  return PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation({
    get: async (id) => (await sent.get(id)) ?? trusted.documentFor(id),
    set: (id, text, options) => sent.set(id, text, options),
    delete: (id) => sent.delete(id),
  });
}

function refusal(identity: Identity, what: string) {
  return new GraphQLError(
    `${what} is not trusted for this API key, which may run only trusted operations: the hub's published operations (schema/operations/) ` +
      `and those registered for its organisation ("npm run keys -- operations add --organisation ${identity.organisationId} <file.graphql>").`,
    { extensions: { code: operationNotTrusted, http: { status: 403 } } },
  );
}

/** What a request asks to run: its text, the operation named, the hash of a persisted query. */
interface Asked {
  query?: string;
  operationName?: string;
  hash?: string;
}

const asString = (value: unknown) => (typeof value === "string" ? value : undefined);
const parsedJson = (value: string | null) => {
  try {
    return value === null ? undefined : (JSON.parse(value) as unknown);
  } catch {
    return undefined;
  }
};

/** The operation of a GraphQL request over HTTP, read where Apollo Server reads it (search for GET, body otherwise). */
export function askedIn(request: HTTPGraphQLRequest): Asked {
  const search = new URLSearchParams(request.search);
  const fields = (request.method === "GET" ? Object.fromEntries(search) : (request.body ?? {})) as Record<string, unknown>;
  const extensions = (request.method === "GET" ? parsedJson(search.get("extensions")) : fields.extensions) as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  return { query: asString(fields.query), operationName: asString(fields.operationName), hash: asString(extensions?.persistedQuery?.sha256Hash) };
}

/** The ids under which text sent in full may be trusted, and the name to report it by. */
function describeText(query: string, operationName: string | undefined, parseOptions: ParseOptions) {
  const sent = operationId(query);
  try {
    const document = parse(query, parseOptions);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const name = operationName ?? (operations.length === 1 ? operations[0].name?.value : undefined);
    return { ids: [sent, operationId(normalise(document))], name };
  } catch {
    // Text that does not parse is trusted only if it is exactly a trusted text (it never is).
    return { ids: [sent], name: undefined };
  }
}

/**
 * Refuses (403, OPERATION_NOT_TRUSTED) what is not trusted for an identity restricted to trusted
 * operations: the text sent, or else the hash sent alone. Called as the request's context is
 * built, before the persisted query cache is asked and before anything is parsed or run.
 */
export async function assertTrusted(trusted: TrustedOperations, identity: Identity, asked: Asked, parseOptions: ParseOptions): Promise<void> {
  let ids: string[];
  let name: string | undefined;
  if (asked.query !== undefined) ({ ids, name } = describeText(asked.query, asked.operationName, parseOptions));
  else if (asked.hash !== undefined) ids = [asked.hash];
  else return; // Apollo Server refuses a request with neither.
  if (await trusted.trustedFor(identity.organisationId, ids)) return;
  throw refusal(identity, name ? `Operation "${name}"` : `Operation ${ids[0]}`);
}
