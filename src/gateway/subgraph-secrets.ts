// Which secret signs each subgraph's requests, from the registry: the built-in subgraphs share
// PLACEGRAPH_SUBGRAPH_SECRET, and each partner subgraph has its own, read from the environment
// variable its registry entry names (secretEnv). A partner thus holds only its own secret: a
// request it signs is refused by the built-in subgraphs and by every other partner.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { BUILT_IN_SECRET_ENV, defaultRegistryDir, loadRegistry, REGISTRY_FILE, type Registry } from "../../federation/registry.ts";
import { ConfigError } from "../config.ts";
import type { Logger } from "../log.ts";
import { type SubgraphSecrets, useSignedSubgraphRequests } from "../subgraph/signature.ts";
import { identityOfContext } from "./policy.ts";

/** A secret nobody else holds: a subgraph signed with it refuses the request. */
const unknownSecret = () => randomBytes(32).toString("base64url");

/**
 * Each registered subgraph's secret: `builtIn` for the hub's own, the partner's variable in `env`
 * for a partner's. An unregistered subgraph (published after the gateway started) gets a secret
 * nobody holds. Refuses a partner secret shorter than 32 characters or equal to the built-ins'.
 */
export function subgraphSecrets(registry: Registry, builtIn: string, env: Record<string, string | undefined>, log: { warn(message: string): void }): SubgraphSecrets {
  const bySubgraph = new Map<string, string>();
  for (const entry of registry.subgraphs) {
    if (entry.kind === "built-in") {
      bySubgraph.set(entry.name, builtIn);
      continue;
    }
    const secret = env[entry.secretEnv];
    const whose = `${entry.secretEnv} (the signing secret of subgraph "${entry.name}" in the registry)`;
    if (!secret) {
      log.warn(`${whose} is not set: the partner cannot check the hub's signature, so it refuses the hub's requests`);
      bySubgraph.set(entry.name, unknownSecret());
    } else if (secret.length < 32) {
      throw new ConfigError(`${whose}: must be at least 32 characters`);
    } else if (secret === builtIn) {
      throw new ConfigError(`${whose}: must differ from ${BUILT_IN_SECRET_ENV}, or the partner could sign requests the built-in subgraphs accept`);
    } else {
      bySubgraph.set(entry.name, secret);
    }
  }
  return { bySubgraph, others: unknownSecret() };
}

/** The registry a published supergraph belongs to (<registry>/published/supergraph.graphql), else the checked-in one. */
export function registryOf(supergraphFile: string): Promise<Registry> {
  const dir = resolve(dirname(resolve(supergraphFile)), "..");
  return loadRegistry(existsSync(join(dir, REGISTRY_FILE)) ? dir : defaultRegistryDir);
}

/**
 * The gateway plugins that sign each subgraph's requests with its own secret: the registry of
 * `supergraphFile` (the checked-in one when null), the built-ins' secret and the partners' from `env`.
 */
export async function signedPerSubgraph(supergraphFile: string | null, builtIn: string, env: Record<string, string | undefined>, log: { warn(message: string): void }) {
  const registry = supergraphFile ? await registryOf(supergraphFile) : await loadRegistry(defaultRegistryDir);
  return useSignedSubgraphRequests(subgraphSecrets(registry, builtIn, env, log), identityOfContext);
}
