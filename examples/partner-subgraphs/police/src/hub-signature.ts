// Trusting the Placegraph hub: with the secret it shares with the hub (POLICE_HUB_SECRET), every
// request must carry the hub's signature over the caller's identity and the query, and only
// then is that identity believed. The hub never sends the caller's credential, only who it is.
// Without the secret (development), no request is refused and no identity is believed.
import type { ApolloServerPlugin } from "@apollo/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Identity, PoliceContext } from "./subgraph.ts";

/** JSON with object keys sorted at every level, as the hub writes it before signing. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function expectedSignature(secret: string, identity: unknown, query: string, variables: unknown): Buffer {
  return createHmac("sha256", secret).update(canonicalJson({ identity, query, variables: variables ?? {} })).digest();
}

const refuse = (why: string) =>
  new GraphQLError(`This subgraph answers the Placegraph hub only: ${why}`, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

export function hubSignature(secret: string | undefined): ApolloServerPlugin<PoliceContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, contextValue }) {
          if (!secret) return;
          const extensions = request.extensions ?? {};
          const given = extensions["placegraph-signature"];
          if (typeof given !== "string") throw refuse("the request is not signed");
          const identity = (extensions["placegraph-identity"] ?? null) as Identity | null;
          const expected = expectedSignature(secret, identity, request.query ?? "", request.variables);
          const received = Buffer.from(given, "base64url");
          if (received.length !== expected.length || !timingSafeEqual(received, expected)) throw refuse("the signature does not match");
          contextValue.identity = identity;
        },
      };
    },
  };
}
