// Persisted operations at the gateway. Everyone may use automatic persisted queries (the engine's
// APQ plugin: send the sha256 of a query; the first time, send the query with it); the store
// behind them is bounded and falls back to the trusted list, so a trusted operation's id works
// even before anyone sent its text. An identity restricted to trusted operations (a key created
// with --trusted-only) is refused anything else, before the operation is parsed, checked or run
// (policy.ts calls assertTrusted from the engine's onParams hook).
import { useAPQ } from "@graphql-yoga/plugin-apq";
import { GraphQLError, Kind, type OperationDefinitionNode, parse, type ParseOptions } from "graphql";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { Identity } from "../access/identity.ts";
import { normalise, operationId, type TrustedOperations } from "../access/trusted.ts";

export const operationNotTrusted = "OPERATION_NOT_TRUSTED";

/** The engine's APQ plugin over the texts clients sent (least recently used dropped first, 30 MiB in all), then the trusted list. */
export function useAutomaticPersistedQueries(trusted: TrustedOperations) {
  const sent = new InMemoryLRUCache<string>({ maxSize: 30 * 2 ** 20 });
  return useAPQ({
    store: {
      get: async (id: string) => (await sent.get(id)) ?? (await trusted.documentFor(id)) ?? null,
      set: (id: string, text: string) => sent.set(id, text),
    },
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
export interface Asked {
  query?: string;
  operationName?: string;
  hash?: string;
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
