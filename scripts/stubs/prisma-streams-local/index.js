// Only `prisma dev` (a local Prisma Postgres server) imports this; Placegraph does not use it.
export function startLocalDurableStreamsServer() {
  throw new Error("@prisma/streams-local is not installed in Placegraph (it needs Node 22): `prisma dev` is not supported here; use npm start or a PostgreSQL server");
}
