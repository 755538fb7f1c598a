// Partner API keys: created for an organisation with scopes (and, if asked, restricted to trusted
// operations), stored as a sha256 hash, resolved from "Authorization: Bearer <key>" to an
// identity, revoked by prefix.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { type Identity, isScope, scopes, unauthenticated } from "./identity.ts";

const keyPattern = /^pgk_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

export const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** Whether a bearer token is shaped like an API key (anything else, e.g. the admin token, is not one). */
export function looksLikeKey(token: string): boolean {
  return token.startsWith("pgk_");
}

export interface CreatedKey {
  /** The key itself: shown once, never stored. */
  key: string;
  prefix: string;
  organisationId: string;
  scopes: string[];
  trustedOperationsOnly: boolean;
}

export async function createKey(
  prisma: PrismaClient,
  organisationId: string,
  wanted: string[],
  label = "",
  { trustedOperationsOnly = false } = {},
): Promise<CreatedKey> {
  const unknown = wanted.filter((s) => !isScope(s));
  if (unknown.length) throw new Error(`Unknown scope ${unknown.map((s) => `"${s}"`).join(", ")}: use ${scopes.join(", ")}`);
  if (!wanted.length) throw new Error(`A key needs at least one scope: ${scopes.join(", ")}`);
  if (!(await prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }))) {
    throw new Error(`Unknown organisation "${organisationId}"`);
  }
  const prefix = `pgk_${randomBytes(4).toString("hex")}`;
  const key = `${prefix}_${randomBytes(32).toString("base64url")}`;
  const unique = [...new Set(wanted)];
  await prisma.apiKey.create({ data: { prefix, keyHash: hashKey(key), organisationId, scopes: unique, label, trustedOperationsOnly } });
  return { key, prefix, organisationId, scopes: unique, trustedOperationsOnly };
}

export async function listKeys(prisma: PrismaClient) {
  return prisma.apiKey.findMany({
    orderBy: [{ organisationId: "asc" }, { createdAt: "asc" }],
    select: { prefix: true, organisationId: true, scopes: true, label: true, trustedOperationsOnly: true, createdAt: true, revokedAt: true },
  });
}

/** Revokes a key by its prefix; false when there is no such key or it was already revoked. */
export async function revokeKey(prisma: PrismaClient, prefix: string): Promise<boolean> {
  const { count } = await prisma.apiKey.updateMany({ where: { prefix, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** The identity of an API key; a key that is malformed, unknown or revoked is refused (401). */
export async function resolveKey(prisma: PrismaClient, token: string): Promise<Identity> {
  if (!keyPattern.test(token)) throw unauthenticated("The API key is malformed");
  const record = await prisma.apiKey.findUnique({ where: { keyHash: hashKey(token) } });
  if (!record) throw unauthenticated("The API key is not known");
  if (record.revokedAt) throw unauthenticated("The API key has been revoked");
  return {
    organisationId: record.organisationId,
    scopes: record.scopes.filter(isScope),
    principal: `key:${record.prefix}`,
    trustedOperationsOnly: record.trustedOperationsOnly,
  };
}
