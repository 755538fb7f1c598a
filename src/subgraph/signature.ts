// Subgraphs trust only the gateway. Every request the gateway sends a subgraph over HTTP is signed
// with HMAC-SHA256 (the engine's upstream signature, @graphql-mesh/hmac-upstream-signature), and
// the signature covers the request's identity too: the gateway resolves the caller's credential
// and sends who it is (organisation, scopes, principal) in the request's extensions, never the
// credential itself. A subgraph refuses any request whose signature is missing or does not match,
// so a subgraph port reached directly answers nothing, and nobody can forge an identity.
import { createHmac, randomBytes } from "node:crypto";
import {
  type GatewayPlugin,
  defaultExecutionRequestSerializer,
  defaultParamsSerializer,
  useHmacSignatureValidation,
  useHmacUpstreamSignature,
} from "@graphql-hive/gateway-runtime";
import type { ExecutionRequest } from "@graphql-tools/utils";
import { GraphQLError } from "graphql";
import type { Identity } from "../access/identity.ts";

/** The extension that carries the caller's identity from the gateway to a subgraph. */
export const identityExtension = "placegraphIdentity";

/** Used when PLACEGRAPH_SUBGRAPH_SECRET is unset: gateway and subgraphs in one process (tests) share it; the distributed launcher hands its children its own. */
const processSecret = randomBytes(32).toString("base64url");

export const subgraphSecret = (configured: string | undefined) => configured ?? processSecret;

const identityPart = (extensions: Record<string, unknown> | undefined) => JSON.stringify(extensions?.[identityExtension] ?? null);

/**
 * Which secret signs each subgraph's requests: the subgraph's own when it has one (partners),
 * else `others` (one secret for every subgraph, as when only the built-ins are served).
 */
export interface SubgraphSecrets {
  bySubgraph: ReadonlyMap<string, string>;
  others: string;
}

/** Gateway side: puts the request's identity in each subgraph request, then signs query, variables and identity with that subgraph's secret. */
export function useSignedSubgraphRequests(secrets: string | SubgraphSecrets, identityOf: (gatewayContext: object) => Identity | null): GatewayPlugin[] {
  const forwardIdentity: GatewayPlugin = {
    onSubgraphExecute({ executionRequest }) {
      const identity = executionRequest.context ? identityOf(executionRequest.context) : null;
      executionRequest.extensions = { ...executionRequest.extensions, [identityExtension]: identity };
    },
  };
  const { bySubgraph, others } = typeof secrets === "string" ? { bySubgraph: new Map<string, string>(), others: secrets } : secrets;
  const secretOf = (subgraphName: string) => bySubgraph.get(subgraphName) ?? others;
  // One engine signer per secret, each signing only the subgraphs that secret belongs to.
  const signers = [...new Set([others, ...bySubgraph.values()])].map((secret) =>
    useHmacUpstreamSignature({
      secret,
      shouldSign: ({ subgraphName }) => secretOf(subgraphName) === secret,
      serializeExecutionRequest: (request: ExecutionRequest) => `${defaultExecutionRequestSerializer(request)}\n${identityPart(request.extensions)}`,
    }),
  );
  return [forwardIdentity, ...(signers as GatewayPlugin[])];
}

export const unsignedRequest = "UNSIGNED_REQUEST";

/** Subgraph side: refuses (403) a request not signed by the gateway; the identity it carries is then trusted. */
export function useSignatureCheck(secret: string): GatewayPlugin {
  const check = useHmacSignatureValidation({
    secret,
    serializeParams: (params) => `${defaultParamsSerializer(params)}\n${identityPart(params.extensions)}`,
  }) as { onYogaInit?: (payload: never) => void; onParams: (payload: never) => unknown };
  return {
    onYogaInit: (payload) => check.onYogaInit?.(payload as never),
    async onParams(payload) {
      try {
        await check.onParams(payload as never);
      } catch (error) {
        throw new GraphQLError(`This subgraph answers only the hub's gateway: ${(error as Error).message}`, { extensions: { code: unsignedRequest, http: { status: 403 } } });
      }
    },
  } as GatewayPlugin;
}

/** The identity a signed request carries (null: anonymous). */
export const signedIdentity = (extensions: Record<string, unknown> | undefined): Identity | null => (extensions?.[identityExtension] as Identity | null | undefined) ?? null;

/**
 * A request body for a subgraph, signed as the gateway signs it (for tools and tests that talk
 * to a subgraph directly, holding the secret).
 */
export function signedBody(secret: string, params: { query: string; variables?: Record<string, unknown>; identity?: Identity | null }) {
  const extensions: Record<string, unknown> = { [identityExtension]: params.identity ?? null };
  const serialized = `${defaultParamsSerializer({ query: params.query, variables: params.variables })}\n${identityPart(extensions)}`;
  extensions["hmac-signature"] = createHmac("sha256", secret).update(serialized).digest("base64");
  return { query: params.query, variables: params.variables, extensions };
}
