// npm run keys -- create|list|revoke: partner API keys in the configured database;
// npm run keys -- operations add|list|remove: the operations partners registered as trusted;
// npm run keys -- token: a signed bearer token for a person, with the configured shared secret.
import { parseArgs } from "node:util";
import { type Config, loadConfig } from "../config.ts";
import { openMigratedDatabase } from "../db/migrations.ts";
import { isScope, scopes } from "./identity.ts";
import { createKey, listKeys, revokeKey } from "./keys.ts";
import { signToken } from "./tokens.ts";
import { listOperations, readOperationsFile, registerOperations, removeOperations } from "./trusted.ts";

const usage = `Usage:
  npm run keys -- create --organisation <id> --scope <scope> [--scope <scope>] [--label <text>] [--trusted-only]
  npm run keys -- list
  npm run keys -- revoke <prefix>
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

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      organisation: { type: "string" },
      scope: { type: "string", multiple: true },
      label: { type: "string" },
      subject: { type: "string" },
      expires: { type: "string", default: "8h" },
      "trusted-only": { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, arg] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  if (!["create", "list", "revoke", "token", "operations"].includes(command)) {
    console.error(`Unknown command "${command}"\n${usage}`);
    return 2;
  }
  const config = loadConfig();
  if (command === "operations") return operationsCommand(config, positionals.slice(1), values);
  if (command === "token") {
    if (!values.organisation || !values.subject || !values.scope?.length) {
      console.error(`token needs --organisation, --subject and at least one --scope\n${usage}`);
      return 2;
    }
    if (!config.PLACEGRAPH_JWT_SECRET) {
      console.error("token needs PLACEGRAPH_JWT_SECRET (the hub must be started with the same secret to accept the token)");
      return 2;
    }
    const unknown = values.scope.filter((s) => !isScope(s));
    if (unknown.length) {
      console.error(`Unknown scope ${unknown.join(", ")}: use ${scopes.join(", ")}`);
      return 2;
    }
    const claims = { subject: values.subject, organisationId: values.organisation, scopes: values.scope, expiresIn: values.expires };
    console.log(await signToken(config.PLACEGRAPH_JWT_SECRET, { ...claims, issuer: config.PLACEGRAPH_JWT_ISSUER, audience: config.PLACEGRAPH_JWT_AUDIENCE }));
    return 0;
  }
  const db = await openMigratedDatabase(config);
  try {
    if (command === "create") {
      if (!values.organisation || !values.scope?.length) {
        console.error(`create needs --organisation and at least one --scope\n${usage}`);
        return 2;
      }
      const created = await createKey(db.prisma, values.organisation, values.scope, values.label ?? "", { trustedOperationsOnly: values["trusted-only"] });
      const only = created.trustedOperationsOnly ? ", trusted operations only" : "";
      console.log(`Created key ${created.prefix} for ${created.organisationId} with scopes ${created.scopes.join(", ")}${only}.`);
      console.log("Copy it now; it is not stored and cannot be shown again:");
      console.log(created.key);
    } else if (command === "list") {
      const keys = await listKeys(db.prisma);
      if (!keys.length) console.log("No keys.");
      for (const k of keys) {
        const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active";
        const only = k.trustedOperationsOnly ? "  trusted operations only" : "";
        console.log(`${k.prefix}  ${k.organisationId}  ${k.scopes.join(",")}  created ${k.createdAt.toISOString()}  ${state}${only}${k.label ? `  ${k.label}` : ""}`);
      }
    } else {
      if (!arg) {
        console.error(`revoke needs a key prefix\n${usage}`);
        return 2;
      }
      if (!(await revokeKey(db.prisma, arg))) {
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

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
