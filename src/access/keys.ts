// Partner API keys: created for an organisation with scopes (and, if asked, restricted to trusted
// operations), stored as a sha256 hash, resolved from "Authorization: Bearer <key>" to an
// identity, revoked by prefix.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { type Identity, isScope, organisationExists, scopes, unauthenticated } from "./identity.ts";

const keyPattern = /^pgk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

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
  expiresAt: Date | null;
}

export interface KeyOptions {
  trustedOperationsOnly?: boolean;
  /** When the key stops working; by default never. */
  expiresAt?: Date | null;
}

const day = 24 * 60 * 60 * 1000;
/** The moment `days` days from now. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * day);

export async function createKey(
  prisma: PrismaClient,
  organisationId: string,
  wanted: string[],
  label = "",
  { trustedOperationsOnly = false, expiresAt = null }: KeyOptions = {},
): Promise<CreatedKey> {
  const unknown = wanted.filter((s) => !isScope(s));
  if (unknown.length) throw new Error(`Unknown scope ${unknown.map((s) => `"${s}"`).join(", ")}: use ${scopes.join(", ")}`);
  if (!wanted.length) throw new Error(`A key needs at least one scope: ${scopes.join(", ")}`);
  if (!(await organisationExists(prisma, organisationId))) throw new Error(`Unknown organisation "${organisationId}"`);
  const prefix = `pgk_${randomBytes(4).toString("hex")}`;
  const key = `${prefix}_${randomBytes(32).toString("base64url")}`;
  const unique = [...new Set(wanted)];
  await prisma.apiKey.create({ data: { prefix, keyHash: hashKey(key), organisationId, scopes: unique, label, trustedOperationsOnly, expiresAt } });
  return { key, prefix, organisationId, scopes: unique, trustedOperationsOnly, expiresAt };
}

/**
 * Replaces a key without downtime: a new key with the same organisation, scopes, label and
 * restriction, while the old one keeps working for `graceDays` (or until its own expiry, if
 * sooner) so the partner can switch over. Null when no usable key has that prefix.
 */
export async function rotateKey(prisma: PrismaClient, prefix: string, graceDays: number, expiresAt: Date | null = null): Promise<{ created: CreatedKey; oldExpiresAt: Date } | null> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const old = await tx.apiKey.findFirst({ where: { prefix, revokedAt: null, rotatedTo: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
    if (!old) return null;
    const created = await createKey(tx as PrismaClient, old.organisationId, old.scopes, old.label, { trustedOperationsOnly: old.trustedOperationsOnly, expiresAt });
    const grace = daysFromNow(graceDays);
    const oldExpiresAt = old.expiresAt && old.expiresAt < grace ? old.expiresAt : grace;
    await tx.apiKey.update({ where: { id: old.id }, data: { expiresAt: oldExpiresAt, rotatedTo: created.prefix } });
    return { created, oldExpiresAt };
  });
}

export async function listKeys(prisma: PrismaClient) {
  return prisma.apiKey.findMany({
    orderBy: [{ organisationId: "asc" }, { createdAt: "asc" }],
    select: { prefix: true, organisationId: true, scopes: true, label: true, trustedOperationsOnly: true, createdAt: true, expiresAt: true, rotatedTo: true, revokedAt: true },
  });
}

/** Revokes a key by its prefix; false when there is no such key or it was already revoked. */
export async function revokeKey(prisma: PrismaClient, prefix: string): Promise<boolean> {
  const { count } = await prisma.apiKey.updateMany({ where: { prefix, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** The identity of an API key; a key that is malformed, unknown, revoked or expired is refused (401). */
export async function resolveKey(prisma: PrismaClient, token: string): Promise<Identity> {
  if (!keyPattern.test(token)) throw unauthenticated("The API key is malformed");
  const record = await prisma.apiKey.findUnique({ where: { keyHash: hashKey(token) } });
  if (!record) throw unauthenticated("The API key is not known");
  if (record.revokedAt) throw unauthenticated("The API key has been revoked");
  if (record.expiresAt && record.expiresAt <= new Date()) {
    const replaced = record.rotatedTo ? ` (it was replaced by ${record.rotatedTo})` : "";
    throw unauthenticated(`The API key expired at ${record.expiresAt.toISOString()}${replaced}`);
  }
  return {
    organisationId: record.organisationId,
    scopes: record.scopes.filter(isScope),
    principal: `key:${record.prefix}`,
    trustedOperationsOnly: record.trustedOperationsOnly,
  };
}
