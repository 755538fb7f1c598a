// npm run keys -- create|list|revoke|rotate: partner API keys in the configured database;
// npm run keys -- operations add|list|remove: the operations partners registered as trusted;
// npm run keys -- token: a signed bearer token for a person, with the configured shared secret.
import { parseArgs } from "node:util";
import { type Config, loadConfig } from "../config.ts";
import { openMigratedDatabase } from "../db/migrations.ts";
import { isScope, scopes } from "./identity.ts";
import { type CreatedKey, createKey, daysFromNow, listKeys, revokeKey, rotateKey } from "./keys.ts";
import { signToken } from "./tokens.ts";
import { listOperations, readOperationsFile, registerOperations, removeOperations } from "./trusted.ts";

const usage = `Usage:
  npm run keys -- create --organisation <id> --scope <scope> [--scope <scope>] [--label <text>] [--trusted-only] [--expires-in-days <n>]
  npm run keys -- list
  npm run keys -- revoke <prefix>
  npm run keys -- rotate <prefix> [--grace-days 7] [--expires-in-days <n>]
      (a new key like the old one; the old one keeps working for the grace days)
  npm run keys -- operations add --organisation <id> <file.graphql>
  npm run keys -- operations list [--organisation <id>]
  npm run keys -- operations remove --organisation <id> <sha256-or-name>
  npm run keys -- token --organisation <id> --subject <person> --scope <scope> [--expires 8h]
      (a token signed with PLACEGRAPH_JWT_SECRET, for development and tests; in production
       people's tokens come from the partners' identity provider)
Scopes: ${scopes.join(", ")}. The key is shown once, when created; only its hash is stored.
A --trusted-only key runs only trusted operations: those of schema/operations/ and those
registered for its organisation with "operations add" (each named operation of the file).`;

type Values = { organisation?: string };

/** npm run keys -- operations add|list|remove; the file is checked whole before the database is opened. */
async function operationsCommand(config: Config, [sub, target]: string[], values: Values): Promise<number> {
  if (!["add", "list", "remove"].includes(sub ?? "")) {
    console.error(`operations needs add, list or remove\n${usage}`);
    return 2;
  }
  if (sub !== "list" && (!values.organisation || !target)) {
    console.error(`operations ${sub} needs --organisation and ${sub === "add" ? "a .graphql file" : "an operation's sha256 or name"}\n${usage}`);
    return 2;
  }
  const operations = sub === "add" ? await readOperationsFile(target) : [];
  const db = await openMigratedDatabase(config);
  try {
    if (sub === "add") {
      const added = await registerOperations(db.prisma, values.organisation!, operations);
      console.log(`Trusted for ${values.organisation} (${added} new, ${operations.length - added} already registered):`);
      for (const o of operations) console.log(`  ${o.sha256}  ${o.name}`);
    } else if (sub === "list") {
      const listed = await listOperations(db.prisma, values.organisation);
      if (!listed.length) console.log("No registered operations (those of schema/operations/ are trusted for every key).");
      for (const o of listed) console.log(`${o.organisationId}  ${o.sha256}  ${o.name}  registered ${o.createdAt.toISOString()}`);
    } else {
      const removed = await removeOperations(db.prisma, values.organisation!, target);
      if (!removed) {
        console.error(`No operation "${target}" is registered for ${values.organisation}`);
        return 1;
      }
      console.log(`Removed ${removed} operation${removed === 1 ? "" : "s"} "${target}" for ${values.organisation}.`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

const options = {
  organisation: { type: "string" },
  scope: { type: "string", multiple: true },
  label: { type: "string" },
  subject: { type: "string" },
  expires: { type: "string", default: "8h" },
  "expires-in-days": { type: "string" },
  "grace-days": { type: "string", default: "7" },
  "trusted-only": { type: "boolean", default: false },
  help: { type: "boolean", short: "h" },
} as const;

type Options = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>["values"];

/** Bad usage: printed with the usage, exit code 2. */
class UsageError extends Error {}

/** A whole number of days from an option, e.g. --grace-days 7. */
function days(text: string, option: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) throw new UsageError(`--${option} must be a whole number of days, e.g. 90 (got "${text}")`);
  return n;
}

const expiryOf = (values: Options) => (values["expires-in-days"] === undefined ? null : daysFromNow(days(values["expires-in-days"], "expires-in-days")));
const describeExpiry = (expiresAt: Date | null) => (expiresAt ? `, expires ${expiresAt.toISOString()}` : "");

function printCreated(created: CreatedKey) {
  const only = created.trustedOperationsOnly ? ", trusted operations only" : "";
  console.log(`Created key ${created.prefix} for ${created.organisationId} with scopes ${created.scopes.join(", ")}${only}${describeExpiry(created.expiresAt)}.`);
  console.log("Copy it now; it is not stored and cannot be shown again:");
  console.log(created.key);
}

function state(k: Awaited<ReturnType<typeof listKeys>>[number]): string {
  if (k.revokedAt) return `revoked ${k.revokedAt.toISOString()}`;
  const replaced = k.rotatedTo ? `, replaced by ${k.rotatedTo}` : "";
  if (k.expiresAt && k.expiresAt <= new Date()) return `expired ${k.expiresAt.toISOString()}${replaced}`;
  return `active${k.expiresAt ? ` until ${k.expiresAt.toISOString()}` : ""}${replaced}`;
}

/** create, list, revoke and rotate: the commands on the key table. */
async function keyCommand(config: Config, command: string, arg: string | undefined, values: Options): Promise<number> {
  if (command === "create" && (!values.organisation || !values.scope?.length)) throw new UsageError("create needs --organisation and at least one --scope");
  if ((command === "revoke" || command === "rotate") && !arg) throw new UsageError(`${command} needs a key prefix`);
  const expiresAt = expiryOf(values);
  const graceDays = days(values["grace-days"], "grace-days");
  const db = await openMigratedDatabase(config);
  try {
    if (command === "create") {
      printCreated(await createKey(db.prisma, values.organisation!, values.scope!, values.label ?? "", { trustedOperationsOnly: values["trusted-only"], expiresAt }));
    } else if (command === "list") {
      const keys = await listKeys(db.prisma);
      if (!keys.length) console.log("No keys.");
      for (const k of keys) {
        const only = k.trustedOperationsOnly ? "  trusted operations only" : "";
        console.log(`${k.prefix}  ${k.organisationId}  ${k.scopes.join(",")}  created ${k.createdAt.toISOString()}  ${state(k)}${only}${k.label ? `  ${k.label}` : ""}`);
      }
    } else if (command === "rotate") {
      const rotated = await rotateKey(db.prisma, arg!, graceDays, expiresAt);
      if (!rotated) {
        console.error(`No usable key with prefix ${arg} (unknown, revoked, expired or already rotated)`);
        return 1;
      }
      printCreated(rotated.created);
      console.log(`${arg} keeps working until ${rotated.oldExpiresAt.toISOString()}; switch the partner's system over before then.`);
    } else {
      if (!(await revokeKey(db.prisma, arg!))) {
        console.error(`No active key with prefix ${arg}`);
        return 1;
      }
      console.log(`Revoked ${arg}.`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

/** token: a person's token signed with the configured shared secret (development and tests). */
async function tokenCommand(config: Config, values: Options): Promise<number> {
  if (!values.organisation || !values.subject || !values.scope?.length) throw new UsageError("token needs --organisation, --subject and at least one --scope");
  if (!config.PLACEGRAPH_JWT_SECRET) {
    console.error("token needs PLACEGRAPH_JWT_SECRET (the hub must be started with the same secret to accept the token)");
    return 2;
  }
  const unknown = values.scope.filter((s) => !isScope(s));
  if (unknown.length) throw new UsageError(`Unknown scope ${unknown.join(", ")}: use ${scopes.join(", ")}`);
  const claims = { subject: values.subject, organisationId: values.organisation, scopes: values.scope, expiresIn: values.expires };
  console.log(await signToken(config.PLACEGRAPH_JWT_SECRET, { ...claims, issuer: config.PLACEGRAPH_JWT_ISSUER, audience: config.PLACEGRAPH_JWT_AUDIENCE }));
  return 0;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options });
  const [command, arg] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  try {
    const config = loadConfig();
    if (command === "operations") return await operationsCommand(config, positionals.slice(1), values);
    if (command === "token") return await tokenCommand(config, values);
    if (["create", "list", "revoke", "rotate"].includes(command)) return await keyCommand(config, command, arg, values);
    throw new UsageError(`Unknown command "${command}"`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n${usage}`);
    return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
