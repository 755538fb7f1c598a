// npm run keys -- create|list|revoke: partner API keys in the configured database;
// npm run keys -- token: a signed bearer token for a person, with the configured shared secret.
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { openMigratedDatabase } from "../db/migrations.ts";
import { isScope, scopes } from "./identity.ts";
import { createKey, listKeys, revokeKey } from "./keys.ts";
import { signToken } from "./tokens.ts";

const usage = `Usage:
  npm run keys -- create --organisation <id> --scope <scope> [--scope <scope>] [--label <text>]
  npm run keys -- list
  npm run keys -- revoke <prefix>
  npm run keys -- token --organisation <id> --subject <person> --scope <scope> [--expires 8h]
      (a token signed with PLACEGRAPH_JWT_SECRET, for development and tests; in production
       people's tokens come from the partners' identity provider)
Scopes: ${scopes.join(", ")}. The key is shown once, when created; only its hash is stored.`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      organisation: { type: "string" },
      scope: { type: "string", multiple: true },
      label: { type: "string" },
      subject: { type: "string" },
      expires: { type: "string", default: "8h" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, arg] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  if (!["create", "list", "revoke", "token"].includes(command)) {
    console.error(`Unknown command "${command}"\n${usage}`);
    return 2;
  }
  const config = loadConfig();
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
      const created = await createKey(db.prisma, values.organisation, values.scope, values.label ?? "");
      console.log(`Created key ${created.prefix} for ${created.organisationId} with scopes ${created.scopes.join(", ")}.`);
      console.log("Copy it now; it is not stored and cannot be shown again:");
      console.log(created.key);
    } else if (command === "list") {
      const keys = await listKeys(db.prisma);
      if (!keys.length) console.log("No keys.");
      for (const k of keys) {
        const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active";
        console.log(`${k.prefix}  ${k.organisationId}  ${k.scopes.join(",")}  created ${k.createdAt.toISOString()}  ${state}${k.label ? `  ${k.label}` : ""}`);
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
