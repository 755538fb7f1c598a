// Database commands: `migrate` applies pending migrations, `create-migration <name>` writes a
// new migration for schema changes, `reset` drops everything, migrates and loads the seed data.
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { openDatabase } from "./connection.ts";
import { applyMigrations, createMigration, resetDatabase } from "./migrations.ts";
import { seedIfEmpty } from "../dataset/curated.ts";

const usage = `Usage:
  npm run db:migrate                      apply pending migrations
  npm run db:create-migration -- <name>   write prisma/migrations/<stamp>_<name> for schema changes
  npm run db:reset [-- --no-seed]         drop all data, migrate, load the seed data`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { "no-seed": { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
  });
  const [command, name] = positionals;
  if (values.help || !command) return console.log(usage);
  if (command === "create-migration") {
    if (!name) throw new Error(`create-migration needs a name\n${usage}`);
    const dir = await createMigration(name);
    return console.log(dir ? `Created ${dir}` : "No schema changes: no migration created.");
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  const where = db.kind === "postgresql" ? "PostgreSQL" : `PGlite at ${config.PLACEGRAPH_DATA_DIR}`;
  try {
    if (command === "reset") {
      await resetDatabase(db.adapter);
      console.log(`Reset ${where}.`);
    } else if (command !== "migrate") {
      throw new Error(`Unknown command "${command}"\n${usage}`);
    }
    const applied = await applyMigrations(db.adapter);
    console.log(applied.length ? `Applied ${applied.join(", ")} to ${where}.` : `${where} is up to date.`);
    if (command === "reset" && !values["no-seed"]) {
      const seeded = await seedIfEmpty(db.prisma, config.PLACEGRAPH_SOURCES_DIR);
      console.log(seeded ? `Loaded ${seeded}.` : "Seed data already present.");
    }
  } finally {
    await db.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
