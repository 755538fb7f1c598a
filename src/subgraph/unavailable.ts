// A database that cannot be reached (stopped, restarting, out of connections) is not the
// client's fault and not a bug: it is answered as SERVICE_UNAVAILABLE (HTTP 503 where the
// transport carries it), with a message written for the client and no SQL or stack. The
// connection pool reconnects by itself once the database is back; nothing needs a restart.
import { GraphQLError } from "graphql";

export const SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
export const unavailableMessage = "The database is unavailable; try again shortly.";

// Prisma's codes: cannot reach, timed out, connection closed, pool timeout.
const prismaCodes = new Set(["P1001", "P1002", "P1017", "P2024"]);
// Driver adapter error kinds for the same.
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL's SQLSTATEs: connection exceptions (08...), shutdown and start-up (57P01-57P03), too many connections.
const sqlStates = /^(08\d{3}|57P0[123]|53300)$/;
// Node's and pg's own errors when a socket breaks.
const socketErrors = /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|Connection refused|server closed the connection/i;

interface Failure {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string; code?: string } } };
  cause?: unknown;
}

/** Whether an error means the database could not be reached, rather than a query that failed. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const failure = err as Failure;
  if (typeof failure.code === "string" && (prismaCodes.has(failure.code) || sqlStates.test(failure.code))) return true;
  const cause = failure.meta?.driverAdapterError?.cause;
  if (cause && (adapterKinds.has(cause.kind ?? "") || sqlStates.test(cause.originalCode ?? cause.code ?? ""))) return true;
  if (typeof failure.message === "string" && socketErrors.test(failure.message)) return true;
  return isDatabaseUnavailable(failure.cause, depth + 1);
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(unavailableMessage, { extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } } });
}

/** The error a resolver's failure is answered with: unavailability translated, anything else as it was. */
export function translateFailure(err: unknown): never {
  throw isDatabaseUnavailable(err) ? databaseUnavailable() : err;
}
