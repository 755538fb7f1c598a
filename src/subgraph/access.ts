// Restricted fields and types. A restriction is declared once, in the subgraph, as Federation's
// @requiresScopes or @authenticated: composition carries it into the supergraph, where the hub's
// gateway enforces it before planning (src/gateway/authorization.ts). On fields, type-graphql's
// @Authorized checks it again inside the subgraph, so a subgraph reached directly refuses too.
import { GraphQLError } from "graphql";
import { type AuthChecker, Authorized, Directive } from "type-graphql";
import { hasScope, type Identity, type Scope } from "../access/identity.ts";
import type { SubgraphRequest } from "./definition.ts";

/** "Authenticated": any identity at all (a partner key or a person's token). */
export const AUTHENTICATED = "authenticated";

/** The @requiresScopes argument: the scope, or admin (which holds every scope). */
const requiresScopes = (scope: Scope) => `@requiresScopes(scopes: [["${scope}"], ["admin"]])`;

/** A field only identities holding `scope` (or admin) read. */
export const RequiresScope = (scope: Scope): MethodDecorator & PropertyDecorator => {
  const declared = Directive(requiresScopes(scope));
  const checked = Authorized(scope);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    declared(target, key, descriptor as never);
    checked(target, key, descriptor as never);
  };
};

/** A type only identities holding `scope` read, wherever a query reaches it. */
export const RequiresScopeType = (scope: Scope): ClassDecorator => Directive(requiresScopes(scope));

/** A field any identity reads, and no anonymous request. */
export const Authenticated = (): MethodDecorator & PropertyDecorator => {
  const declared = Directive("@authenticated");
  const checked = Authorized(AUTHENTICATED);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    declared(target, key, descriptor as never);
    checked(target, key, descriptor as never);
  };
};

/** Why a restricted field is refused; the gateway and the subgraphs say it in the same words. */
export function accessDenied(coordinate: string, requirement: string, identity: Identity | null): GraphQLError {
  if (!identity) {
    return new GraphQLError(`${coordinate} needs ${requirement}: send an API key or a signed token (Authorization: Bearer ...)`, { extensions: { code: "UNAUTHENTICATED" } });
  }
  return new GraphQLError(`${coordinate} needs ${requirement}; this identity has ${identity.scopes.join(", ") || "no scopes"}`, { extensions: { code: "FORBIDDEN" } });
}

/** How a requirement reads in messages, as the gateway words it: "an identity", "scope read:restricted or admin". */
export const describeRequirement = (roles: string[]) =>
  roles.includes(AUTHENTICATED) ? "an identity" : `scope ${roles.join(" and ")} or admin`;

/** type-graphql's check of @Authorized fields, against the request's identity. */
export const authChecker: AuthChecker<{ request?: SubgraphRequest }> = ({ context, info }, roles) => {
  const identity = context.request?.identity ?? null;
  const allowed = roles.every((role) => (role === AUTHENTICATED ? !!identity : hasScope(identity, role as Scope)));
  if (allowed) return true;
  throw accessDenied(`${info.parentType.name}.${info.fieldName}`, describeRequirement(roles), identity);
};
