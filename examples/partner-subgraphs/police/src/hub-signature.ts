// Trusting the Placegraph hub: with the secret it shares with the hub alone (POLICE_HUB_SECRET,
// which the hub holds as PLACEGRAPH_SUBGRAPH_SECRET_POLICE, the variable its registry names for
// the police; never the built-in subgraphs' secret), every request must carry the hub's signature, and only then
// is the identity it carries believed. The hub never sends the caller's credential, only who it is.
// Without the secret (development), no request is refused and no identity is believed.
//
// The hub's gateway (Hive Gateway's upstream HMAC signature) puts in the request's extensions
// "placegraphIdentity" (null when anonymous) and "hmac-signature": base64 HMAC-SHA256 over
//   <JSON with sorted keys of { query, variables (left out when empty) }> "\n" <JSON of the identity>
// which this module computes again over the body received.
import { createHmac, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Identity } from "./subgraph.ts";

/** JSON with object keys sorted at every level and undefined left out, as the hub writes it. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : stableJson(v))).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function expectedSignature(secret: string, query: string, variables: Record<string, unknown> | undefined, identity: unknown): Buffer {
  const signed = stableJson({ query, variables: variables && Object.keys(variables).length > 0 ? variables : undefined });
  return createHmac("sha256", secret).update(`${signed}\n${JSON.stringify(identity ?? null)}`).digest();
}

const refuse = (why: string) =>
  new GraphQLError(`This subgraph answers the Placegraph hub only: ${why}`, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

/** Refuses (401) a request the hub did not sign, before it is parsed; without a secret, checks nothing. */
export function hubSignature(secret: string | undefined): Plugin {
  return {
    onParams({ params }) {
      if (!secret) return;
      const extensions = params.extensions ?? {};
      const given = extensions["hmac-signature"];
      if (typeof given !== "string") throw refuse("the request is not signed");
      const expected = expectedSignature(secret, params.query ?? "", params.variables, extensions.placegraphIdentity ?? null);
      const received = Buffer.from(given, "base64");
      if (received.length !== expected.length || !timingSafeEqual(received, expected)) throw refuse("the signature does not match");
    },
  };
}

/** The identity of a request hubSignature let through; none is believed without the secret. */
export const hubIdentity = (secret: string | undefined, extensions: Record<string, unknown> | undefined): Identity | null =>
  secret ? ((extensions?.placegraphIdentity ?? null) as Identity | null) : null;
