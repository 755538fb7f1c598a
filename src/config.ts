// Configuration from environment variables, validated once at start. Every variable has a
// default that runs the embedded hub; a bad value stops the start with the variable's name.
import { resolve } from "node:path";
import { z } from "zod";
import { repoRoot } from "./paths.ts";

const portMessage = "must be a whole number from 0 to 65535 (0 picks a free port)";
const port = z.coerce.number({ error: portMessage }).int(portMessage).min(0, portMessage).max(65535, portMessage);
const flag = z
  .enum(["true", "false", "1", "0"], { error: "must be true, false, 1 or 0" })
  .transform((v) => v === "true" || v === "1");

/** A whole number from `min` up, for a limit; the message says which. */
function count(min: number, what: string) {
  const message = `must be a whole number of ${what}, at least ${min}`;
  return z.coerce.number({ error: message }).int(message).min(min, message);
}

const rateMessage = "must be a whole number of requests per window, at least 0 (0 turns the rate limit off)";

/** Signature algorithms accepted for people's tokens under a public key or JWKS ("none" and HMAC never). */
export const publicKeyAlgorithms = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"] as const;

const schema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PLACEGRAPH_DATA_DIR: z.string().min(1).default("data/pglite"),
  PLACEGRAPH_SEED: flag.default(true),
  // The folder holding the source documents (000_....txt) the seed loader reads and checks
  // against the SHA-256 the dataset records (prisma/dataset/*.json): by default sources/ in the repository.
  PLACEGRAPH_SOURCES_DIR: z.string().min(1).default(resolve(repoRoot, "sources")),
  // Enables the importDataset mutation for callers sending "Authorization: Bearer <token>";
  // unset, only partner API keys with scope write:own or admin can (src/access/keys.ts).
  PLACEGRAPH_ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  // Signed bearer tokens (JWT) for people, verified with one of: a shared secret (HS256), a PEM
  // public key (with its algorithm) or an identity provider's JWKS URL. Unset: API keys only.
  PLACEGRAPH_JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PLACEGRAPH_JWT_PUBLIC_KEY: z.string().includes("BEGIN PUBLIC KEY", { message: "must be a PEM public key (-----BEGIN PUBLIC KEY-----)" }).optional(),
  PLACEGRAPH_JWT_ALGORITHM: z.enum(publicKeyAlgorithms, { error: "must be a public-key algorithm such as RS256, ES256 or EdDSA" }).default("RS256"),
  PLACEGRAPH_JWKS_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL of a JWKS document" }).optional(),
  PLACEGRAPH_JWT_ISSUER: z.string().min(1).optional(),
  PLACEGRAPH_JWT_AUDIENCE: z.string().min(1).default("placegraph"),
  PLACEGRAPH_SUBGRAPH_BASE_PORT: port.default(4001),
  // The key the gateway signs subgraph requests with (distributed and production layouts, and
  // partner subgraphs in every layout: src/subgraph/signature.ts).
  PLACEGRAPH_SUBGRAPH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // Processes serving the embedded hub on PostgreSQL, sharing one port; unset, one per core.
  // PGlite belongs to one process, so on PGlite the hub always runs as one.
  PLACEGRAPH_WORKERS: count(1, "processes").optional(),
  PLACEGRAPH_SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(0, "must be a whole number of milliseconds")
    .default(10_000),
  // Limits on every operation at the gateway (README, "Security").
  PLACEGRAPH_MAX_DEPTH: count(1, "levels").default(12),
  PLACEGRAPH_MAX_ALIASES: count(0, "aliases").default(15),
  PLACEGRAPH_MAX_ROOT_FIELDS: count(1, "root fields").default(20),
  PLACEGRAPH_MAX_TOKENS: count(10, "tokens").default(3000),
  PLACEGRAPH_MAX_DIRECTIVES: count(0, "directives").default(20),
  PLACEGRAPH_MAX_COST: count(1, "cost points").default(50_000),
  PLACEGRAPH_COST_LIST_SIZE: count(1, "items").default(10),
  PLACEGRAPH_MAX_STRING_LENGTH: count(1, "characters").default(2000),
  PLACEGRAPH_EXECUTION_TIMEOUT_MS: count(1, "milliseconds").default(15_000),
  // Requests per window and caller (key, token or client address) at the gateway; 0 turns it off.
  PLACEGRAPH_RATE_LIMIT: z.coerce.number({ error: rateMessage }).int(rateMessage).min(0, rateMessage).default(600),
  PLACEGRAPH_RATE_LIMIT_WINDOW_S: count(1, "seconds").default(60),
  // Errors, CSRF, CORS and introspection (README, "Security").
  NODE_ENV: z.string().optional(),
  // Unset: mask unless NODE_ENV=development (a hub started any other way never shows stack traces).
  PLACEGRAPH_MASK_ERRORS: flag.optional(),
  PLACEGRAPH_INTROSPECTION: flag.default(true),
  // Comma-separated origins allowed to call /graphql from a browser, e.g.
  // "https://a.example,https://b.example", or "*" for any; unset, none.
  PLACEGRAPH_CORS_ORIGINS: z
    .string()
    .transform((v) => v.split(",").map((o) => o.trim()).filter(Boolean))
    .pipe(
      z.array(
        z.string().refine((o) => o === "*" || /^https?:\/\/[^/\s]+$/.test(o), {
          message: 'must be "*" or comma-separated origins such as https://app.example or http://localhost:3000 (scheme and host, no path)',
        }),
      ),
    )
    .default([]),
  // A published supergraph (npm run subgraph:publish writes federation/published/supergraph.graphql)
  // for the gateway to serve instead of composing the built-in subgraphs at start: partners'
  // subgraphs are reached at their routing URLs, and the file is read again every
  // PLACEGRAPH_SUPERGRAPH_POLL_MS, so a new publication is served without a restart.
  PLACEGRAPH_SUPERGRAPH: z.string().min(1).optional(),
  PLACEGRAPH_SUPERGRAPH_POLL_MS: count(100, "milliseconds").default(2000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"], { error: "must be debug, info, warn, error or silent" }).default("info"),
});

/** One way of verifying tokens at a time, so that no one wonders which applies. */
const oneTokenKey = (c: Record<string, unknown>) => ["PLACEGRAPH_JWT_SECRET", "PLACEGRAPH_JWT_PUBLIC_KEY", "PLACEGRAPH_JWKS_URL"].filter((k) => c[k] !== undefined).length <= 1;

export type Config = z.infer<typeof schema>;

/** Thrown when the environment holds an invalid value; the message names each variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "use the default", as shells often export empty values.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(present);
  if (parsed.success && !oneTokenKey(parsed.data)) {
    throw new ConfigError("Invalid configuration:\n  PLACEGRAPH_JWT_SECRET, PLACEGRAPH_JWT_PUBLIC_KEY and PLACEGRAPH_JWKS_URL: set one of them, not several");
  }
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `  ${name}=${JSON.stringify(env[name])}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}

/** Where the embedded database lives; "memory" keeps it in memory (tests). */
export function isInMemory(config: Pick<Config, "PLACEGRAPH_DATA_DIR">): boolean {
  return config.PLACEGRAPH_DATA_DIR === "memory";
}

/** The gateway's operation limits from the configuration. */
export function limitsFrom(config: Config) {
  return {
    maxDepth: config.PLACEGRAPH_MAX_DEPTH,
    maxAliases: config.PLACEGRAPH_MAX_ALIASES,
    maxRootFields: config.PLACEGRAPH_MAX_ROOT_FIELDS,
    maxTokens: config.PLACEGRAPH_MAX_TOKENS,
    maxDirectives: config.PLACEGRAPH_MAX_DIRECTIVES,
    maxCost: config.PLACEGRAPH_MAX_COST,
    assumedListSize: config.PLACEGRAPH_COST_LIST_SIZE,
    maxStringLength: config.PLACEGRAPH_MAX_STRING_LENGTH,
    executionTimeoutMs: config.PLACEGRAPH_EXECUTION_TIMEOUT_MS,
  };
}

/** The gateway's rate limit from the configuration. */
export function rateLimitFrom(config: Config) {
  return { requests: config.PLACEGRAPH_RATE_LIMIT, windowSeconds: config.PLACEGRAPH_RATE_LIMIT_WINDOW_S };
}

/** Whether clients see only a generic message for internal errors: yes unless asked or in development. */
export function masksErrors(config: Pick<Config, "NODE_ENV" | "PLACEGRAPH_MASK_ERRORS">): boolean {
  return config.PLACEGRAPH_MASK_ERRORS ?? config.NODE_ENV !== "development";
}
