// Restricted fields and types. A restriction is declared once, in the subgraph, as Federation's
// @requiresScopes or @authenticated: composition carries it into the supergraph, where the hub's
// gateway enforces it before planning (src/gateway/authorization.ts). On fields, type-graphql's
// @Authorized checks it again inside the subgraph, so a subgraph reached directly refuses too.
// Both places judge and word a refusal with the functions below.
import { GraphQLError } from "graphql";
import { type AuthChecker, Authorized, Directive } from "type-graphql";
import { hasScope, type Identity, type Scope } from "../access/identity.ts";
import type { SubgraphRequest } from "./definition.ts";

/** What a field or type asks of the request: an identity, and/or one of several sets of scopes. */
export interface Requirement {
  authenticated: boolean;
  /** Alternatives: the request needs every scope of at least one set. Null: no scope needed. */
  scopes: string[][] | null;
}

export function allows(requirement: Requirement, identity: Identity | null): boolean {
  if (requirement.authenticated && !identity) return false;
  return !requirement.scopes || requirement.scopes.some((set) => set.every((scope) => hasScope(identity, scope as Scope)));
}

/** "scope read:restricted or admin", "an identity": how messages name a requirement. */
export function describe(requirement: Requirement): string {
  if (!requirement.scopes) return "an identity";
  return `scope ${requirement.scopes.map((set) => set.join(" and ")).join(" or ")}`;
}

/**
 * Why a restricted field is refused; the gateway and the subgraphs say it in the same words. A
 * write (a mutation) without credentials is refused as a whole, HTTP 401; a read answers the rest.
 */
export function accessDenied(coordinate: string, requirement: Requirement, identity: Identity | null, write = false): GraphQLError {
  if (!identity) {
    const http = write ? { http: { status: 401 } } : {};
    return new GraphQLError(`${coordinate} needs ${describe(requirement)}: send an API key or a signed token (Authorization: Bearer ...)`, { extensions: { code: "UNAUTHENTICATED", ...http } });
  }
  return new GraphQLError(`${coordinate} needs ${describe(requirement)}; this identity has ${identity.scopes.join(", ") || "no scopes"}`, { extensions: { code: "FORBIDDEN" } });
}

/** The @Authorized role of @authenticated: any identity at all (a partner key or a person's token). */
const AUTHENTICATED = "authenticated";

/** A scope, or admin (which holds every scope): what @requiresScopes declares for a scope. */
const scopeOrAdmin = (scope: string): Requirement => ({ authenticated: false, scopes: scope === "admin" ? [["admin"]] : [[scope], ["admin"]] });

/** The requirement of an @Authorized field from its roles. */
const requirementOf = (roles: string[]): Requirement =>
  roles.includes(AUTHENTICATED) ? { authenticated: true, scopes: null } : { authenticated: false, scopes: [roles, ["admin"]] };

/** A field declared with a directive for the gateway and checked by type-graphql in the subgraph. */
function declaredAndChecked(directive: string, role: string): MethodDecorator & PropertyDecorator {
  const declared = Directive(directive);
  const checked = Authorized(role);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    declared(target, key, descriptor as never);
    checked(target, key, descriptor as never);
  };
}

const requiresScopes = (scope: Scope) => `@requiresScopes(scopes: ${JSON.stringify(scopeOrAdmin(scope).scopes)})`;

/** A field only identities holding `scope` (or admin) read. */
export const RequiresScope = (scope: Scope) => declaredAndChecked(requiresScopes(scope), scope);

/** A type only identities holding `scope` read, wherever a query reaches it. */
export const RequiresScopeType = (scope: Scope): ClassDecorator => Directive(requiresScopes(scope));

/** A field any identity reads, and no anonymous request. */
export const Authenticated = () => declaredAndChecked("@authenticated", AUTHENTICATED);

/** type-graphql's check of @Authorized fields, against the request's identity. */
export const authChecker: AuthChecker<{ request?: SubgraphRequest }> = ({ context, info }, roles) => {
  const identity = context.request?.identity ?? null;
  const requirement = requirementOf(roles);
  if (allows(requirement, identity)) return true;
  throw accessDenied(`${info.parentType.name}.${info.fieldName}`, requirement, identity, info.parentType === info.schema.getMutationType());
};
