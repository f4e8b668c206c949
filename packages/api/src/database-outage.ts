import { TRPCError } from "@trpc/server";

export const DATABASE_UNAVAILABLE_MESSAGE =
  "De database is even niet bereikbaar. Probeer het over een minuut opnieuw.";

/** Sent as `Retry-After` with every 503, matching the minute the message asks for. */
export const RETRY_AFTER_SECONDS = 60;

/** Prisma's codes for a database it cannot reach, lost, or waited too long for. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds for the same. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** SQLSTATE classes 08 (connection exception) and 57P (the server shutting down or starting), 53300 (too many connections). */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]$|53300$)/;
/** Node's socket errors when the server is down or gone. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
]);

interface MaybeDatabaseError {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
  cause?: unknown;
  message?: unknown;
}

/** True when `error` (or what caused it) means the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    const { code, meta, cause } = e as MaybeDatabaseError;
    const adapter = meta?.driverAdapterError?.cause;
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code))) return true;
    if (typeof adapter?.kind === "string" && ADAPTER_KINDS.has(adapter.kind)) return true;
    if (typeof adapter?.originalCode === "string" && UNAVAILABLE_SQLSTATE.test(adapter.originalCode))
      return true;
    if (typeof code === "string" && UNAVAILABLE_SQLSTATE.test(code) && /^[0-9A-Z]{5}$/.test(code))
      return true;
    e = cause;
  }
  return false;
}

/** The answer to a request that failed on an unreachable database: 503 with a message a user can act on. */
export function databaseUnavailable(cause: unknown): TRPCError {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, cause });
}
