// Who a request speaks for: an organisation and what it may do, proven by a partner API key
// (src/access/keys.ts) or a signed bearer token for a person (src/access/tokens.ts). A request
// without either is public: it reads what is published and writes nothing.
import { timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { resolveKey, looksLikeKey } from "./keys.ts";
import { looksLikeToken, type TokenVerifier } from "./tokens.ts";

/**
 * read:public    what anyone may read (every request has it, with or without an identity)
 * read:restricted  officers' contact details, figures below publication level, draft figures
 * write:own      import figures and records the identity's own organisation reported or owns
 * admin          everything, other organisations' records included
 */
export const scopes = ["read:public", "read:restricted", "write:own", "admin"] as const;
export type Scope = (typeof scopes)[number];

export const isScope = (s: string): s is Scope => (scopes as readonly string[]).includes(s);

export interface Identity {
  /** The partner organisation (partners subgraph's Organisation.id). */
  organisationId: string;
  scopes: Scope[];
  /** Who acts, for audit records: "key:pgk_3f9a1c2e" or "token:<the token's subject>". */
  principal: string;
  /**
   * Only trusted operations may run (src/access/trusted.ts): set for an API key created with
   * --trusted-only; tokens never set it.
   */
  trustedOperationsOnly?: boolean;
}

/** Whether a request (null: no identity) holds a scope; admin holds them all, everyone read:public. */
export function hasScope(identity: Identity | null, scope: Scope): boolean {
  if (scope === "read:public") return true;
  return !!identity && (identity.scopes.includes(scope) || identity.scopes.includes("admin"));
}

/** Whether an organisation is known to the hub (a key, token or trusted operation must name one). */
export async function organisationExists(prisma: PrismaClient, organisationId: string): Promise<boolean> {
  return !!(await prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }));
}

/** The actor written into audit records, e.g. "key:pgk_3f9a1c2e:uhcw" (the operator: "graphql:admin"). */
export const auditActor = (identity: Identity) => (identity.organisationId ? `${identity.principal}:${identity.organisationId}` : identity.principal);

/**
 * The hub's operator, proven by the admin token (PLACEGRAPH_ADMIN_TOKEN): every scope, no
 * organisation. The gateway turns the token into this identity, so subgraphs never see it.
 */
export const operator: Identity = { organisationId: "", scopes: ["admin"], principal: "graphql:admin" };

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

export const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

/** The bearer credential of an Authorization header; undefined without one, refused (401) when the header is not "Bearer <credential>". */
export function bearerOf(authorization: string | null | undefined): string | undefined {
  if (authorization === undefined || authorization === null || authorization.trim() === "") return undefined;
  const credential = authorization.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!credential) throw unauthenticated('The Authorization header must be "Bearer <API key or token>"');
  return credential;
}

/**
 * The identity behind an Authorization header: null without one; the operator for the admin
 * token (when one is configured); a key or token that does not check out, or a credential that
 * is neither, is refused (401).
 */
export async function resolveIdentity(
  prisma: PrismaClient,
  authorization: string | null | undefined,
  tokens: TokenVerifier | null = null,
  adminToken?: string,
): Promise<Identity | null> {
  const credential = bearerOf(authorization);
  if (!credential) return null;
  if (adminToken && sameSecret(credential, adminToken)) return operator;
  if (looksLikeKey(credential)) return resolveKey(prisma, credential);
  if (looksLikeToken(credential)) {
    if (!tokens) throw unauthenticated("Bearer tokens are not accepted here: no token key is configured (PLACEGRAPH_JWT_SECRET, PLACEGRAPH_JWT_PUBLIC_KEY or PLACEGRAPH_JWKS_URL)");
    const identity = await tokens.verify(credential);
    if (!(await organisationExists(prisma, identity.organisationId))) throw unauthenticated(`The token's organisation "${identity.organisationId}" is not known`);
    return identity;
  }
  // A credential that is neither: refused, never read as anonymous (a mistyped key would be).
  throw unauthenticated("The bearer credential is neither a known API key nor a valid token");
}
