// Migrations on PostgreSQL run as one script, atomically. @prisma/adapter-pg's executeScript
// splits a migration on every ";" (even inside comments and strings) and sends the pieces one
// by one, so a failing statement leaves the earlier ones applied. PostgreSQL runs a
// multi-statement script sent as one simple query in a single implicit transaction: all or
// nothing, and no splitting.
import type { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

interface PgAdapterInternals {
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
}

function runWhole<T>(adapter: T): T {
  const pg = adapter as unknown as PgAdapterInternals;
  pg.executeScript = async (script: string) => {
    try {
      await pg.client.query(script);
    } catch (error) {
      pg.onError(error);
    }
  };
  return adapter;
}

/** The same adapter factory, whose connections run migration scripts whole. */
export function withWholeScripts(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => runWhole(await connect());
  factory.connectToShadowDb = async () => runWhole(await connectToShadowDb());
  return factory;
}
