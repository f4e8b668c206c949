import { createPostgresDatabase, type Database } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./database-outage.ts";
import { SESSION_COOKIE } from "./context.ts";
import { testClient } from "./test-client.ts";

// A PostgreSQL address where nothing listens: the driver's real error for a database that is down.
let db: Database;
beforeAll(() => {
  db = createPostgresDatabase("postgres://ontwikkelpad:geheim@127.0.0.1:1/ontwikkelpad");
});
afterAll(() => db.close());

async function refusal(call: () => Promise<unknown>): Promise<TRPCError> {
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("a database that cannot be reached", () => {
  it("answers a procedure with SERVICE_UNAVAILABLE and the Dutch message, keeping the cause for the log", async () => {
    const caller = await testClient(db).call();
    const error = await refusal(() =>
      caller.auth.login({ email: "hr@kinderrijk.demo", password: "x".repeat(12) }),
    );
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(isDatabaseUnavailable(error.cause)).toBe(true);
  });

  it("answers the session lookup of a logged-in request the same way", async () => {
    const client = testClient(db);
    client.jar.set(SESSION_COOKIE, "a-session-token");
    const error = await refusal(() => client.call());
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
  });

  it("tells outages apart from other database errors", () => {
    const adapterError = (cause: object) => ({ code: "P2010", meta: { driverAdapterError: { cause } } });
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", originalCode: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable({ message: "x", cause: { code: "ECONNREFUSED" } })).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", originalCode: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});
