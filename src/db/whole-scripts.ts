// Migrations on PostgreSQL run as one script, atomically. @prisma/adapter-pg's executeScript
// splits a migration on every ";" (even inside comments and strings) and sends the pieces one
// by one, so a failing statement leaves the earlier ones applied. PostgreSQL runs a
// multi-statement script sent as one simple query in a single implicit transaction: all or
// nothing, and no splitting.
import type { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PrismaPGlite } from "pglite-prisma-adapter";

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

// pglite-prisma-adapter's executeScript does not wait for PGlite's exec: a failing migration
// would be recorded as applied and its error left unhandled. PGlite runs a multi-statement
// script as one implicit transaction too, so awaited it is all or nothing, as on PostgreSQL.
interface PGliteAdapterInternals {
  client: { exec(sql: string): Promise<unknown> };
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
}

function awaitScripts<T>(adapter: T): T {
  const lite = adapter as unknown as PGliteAdapterInternals;
  lite.executeScript = async (script: string) => {
    try {
      await lite.client.exec(script);
    } catch (error) {
      lite.onError(error);
    }
  };
  return adapter;
}

/** The same PGlite adapter factory, whose connections wait for migration scripts (and their errors). */
export function withAwaitedScripts(factory: PrismaPGlite): PrismaPGlite {
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => awaitScripts(await connect());
  factory.connectToShadowDb = async () => awaitScripts(await connectToShadowDb());
  return factory;
}
