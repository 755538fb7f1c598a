// What a subgraph reached over HTTP (a partner's) is told about the caller: only the identity
// the gateway resolved (organisation, scopes, principal), never the caller's credential, and
// signed with the secret the hub shares with that subgraph (PLACEGRAPH_SUBGRAPH_SECRET), so the
// subgraph can trust it and refuse requests that did not come through the hub.
//
// The request's extensions carry "placegraph-identity" (null when anonymous) and
// "placegraph-signature": base64url HMAC-SHA256 over the canonical JSON (keys sorted) of
// { identity, query, variables }, where query is the text the subgraph receives. A subgraph
// checks it by computing the same over the body it received.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { serializeExecutionRequest } from "@graphql-tools/executor-common";
import { createHmac } from "node:crypto";
import type { Identity } from "../access/identity.ts";

export const IDENTITY_EXTENSION = "placegraph-identity";
export const SIGNATURE_EXTENSION = "placegraph-signature";

/** JSON with object keys sorted at every level: the same text on both sides. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The identity as a subgraph sees it: no key prefix, token id or anything else of the credential. */
export const forwardedIdentity = (identity: Identity | null) =>
  identity && { organisationId: identity.organisationId, scopes: [...identity.scopes], principal: identity.principal };

export function signature(secret: string, payload: { identity: unknown; query: string; variables: unknown }): string {
  return createHmac("sha256", secret).update(canonicalJson({ identity: payload.identity, query: payload.query, variables: payload.variables ?? {} })).digest("base64url");
}

/**
 * Signs every request to the named subgraphs with the caller's identity. `identityOf` reads the
 * gateway's context; the subgraphs run in this process are left alone (they get the identity directly).
 */
export function useSignedIdentity(secret: string, signs: (subgraphName: string) => boolean, identityOf: (context: object) => Identity | null): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executionRequest }) {
      if (!signs(subgraphName)) return;
      const identity = forwardedIdentity(identityOf((executionRequest.context ?? {}) as object));
      // The query as the HTTP transport will send it (its printer strips ignored characters).
      const { query } = serializeExecutionRequest({ executionRequest: { document: executionRequest.document, variables: executionRequest.variables } });
      const extensions = (executionRequest.extensions ??= {});
      extensions[IDENTITY_EXTENSION] = identity;
      extensions[SIGNATURE_EXTENSION] = signature(secret, { identity, query: query ?? "", variables: executionRequest.variables });
    },
  };
}
