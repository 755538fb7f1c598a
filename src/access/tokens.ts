// Signed bearer tokens (JWT) for people in partner organisations, verified with jose against a
// shared secret (HS256), a public key (PEM) or an identity provider's JWKS. The token names the
// person (sub), their organisation (org) and what they may do (scope, space-separated as OAuth
// writes it; scopes Placegraph does not know are ignored).
import { createLocalJWKSet, createRemoteJWKSet, errors, importSPKI, jwtVerify, type JWTVerifyGetKey, SignJWT } from "jose";
import { type Config, publicKeyAlgorithms } from "../config.ts";
import { type Identity, isScope, unauthenticated } from "./identity.ts";

export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
}

const jwtPattern = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
export const looksLikeToken = (credential: string) => jwtPattern.test(credential);

type Key = Uint8Array | CryptoKey | JWTVerifyGetKey;

/** The verifier the configuration asks for; null when no token key is configured. */
export async function tokenVerifierFrom(config: Config): Promise<TokenVerifier | null> {
  const options = { issuer: config.PLACEGRAPH_JWT_ISSUER, audience: config.PLACEGRAPH_JWT_AUDIENCE };
  if (config.PLACEGRAPH_JWT_SECRET) return verifierFor(new TextEncoder().encode(config.PLACEGRAPH_JWT_SECRET), ["HS256"], options);
  if (config.PLACEGRAPH_JWT_PUBLIC_KEY) {
    const alg = config.PLACEGRAPH_JWT_ALGORITHM;
    return verifierFor(await importSPKI(config.PLACEGRAPH_JWT_PUBLIC_KEY, alg), [alg], options);
  }
  if (config.PLACEGRAPH_JWKS_URL) return verifierFor(createRemoteJWKSet(new URL(config.PLACEGRAPH_JWKS_URL)), [...publicKeyAlgorithms], options);
  return null;
}

/** A verifier over a fixed JWKS document (tests, or keys pinned in configuration). */
export const verifierForJwks = (jwks: Parameters<typeof createLocalJWKSet>[0], options: VerifyOptions) =>
  verifierFor(createLocalJWKSet(jwks), [...publicKeyAlgorithms], options);

interface VerifyOptions {
  issuer?: string;
  audience: string;
}

function verifierFor(key: Key, algorithms: string[], options: VerifyOptions): TokenVerifier {
  return {
    async verify(token) {
      let payload;
      try {
        // jwtVerify overloads differ only in the key's type; one call serves all three.
        ({ payload } = await jwtVerify(token, key as Uint8Array, { algorithms, issuer: options.issuer, audience: options.audience, requiredClaims: ["sub", "exp"] }));
      } catch (error) {
        throw unauthenticated(`The bearer token was refused: ${describe(error)}`);
      }
      const org = payload.org;
      if (typeof org !== "string" || !org) throw unauthenticated('The bearer token has no organisation (claim "org")');
      const granted = typeof payload.scope === "string" ? payload.scope.split(" ") : Array.isArray(payload.scp) ? payload.scp.map(String) : [];
      return { organisationId: org, scopes: [...new Set(granted.filter(isScope))], principal: `token:${payload.sub}` };
    },
  };
}

/** jose's reasons, in words a partner's developer can act on. */
function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "it has expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `claim "${error.claim}" ${error.reason === "missing" ? "is missing" : "is not valid here"}`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) return "its signature does not match the configured key";
  if (error instanceof errors.JOSEAlgNotAllowed) return "it is signed with an algorithm the hub does not accept";
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSEError && error.code === "ERR_JWKS_INVALID") return "the identity provider's keys could not be read";
  return "it is not a valid signed token";
}

/** A token signed with the shared secret, for development and tests (`npm run keys -- token`). */
export async function signToken(
  secret: string,
  claims: { subject: string; organisationId: string; scopes: string[]; issuer?: string; audience: string; expiresIn: string },
): Promise<string> {
  let jwt = new SignJWT({ org: claims.organisationId, scope: claims.scopes.join(" ") })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.subject)
    .setAudience(claims.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn);
  if (claims.issuer) jwt = jwt.setIssuer(claims.issuer);
  return jwt.sign(new TextEncoder().encode(secret));
}
