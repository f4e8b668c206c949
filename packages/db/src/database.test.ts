import { describe, expect, it } from "vitest";
import { createDatabase, statementName } from "./database.ts";

describe("statementName", () => {
  const query = {
    sql: 'SELECT "id" FROM "Person" WHERE "id" = $1',
    argTypes: [{ scalarType: "string", arity: "scalar" }],
  };

  it("gives the same statement the same name, so each connection prepares it once", () => {
    expect(statementName(query)).toBe(statementName({ ...query }));
    expect(statementName(query)).toMatch(/^op_[\w-]{24}$/);
  });

  it("gives different text or argument types different names", () => {
    expect(statementName({ ...query, sql: `${query.sql} LIMIT 1` })).not.toBe(statementName(query));
    expect(statementName({ ...query, argTypes: [{ scalarType: "int", arity: "scalar" }] })).not.toBe(
      statementName(query),
    );
  });
});

describe("keepOpenWhile", () => {
  it("makes close wait until the work has run its last statement, failed or not", async () => {
    const db = await createDatabase();
    let release: (() => void) | undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const work = db.keepOpenWhile(async () => {
      await db.prisma.$queryRaw`SELECT 1`;
      await released;
      return db.prisma.$queryRaw<{ n: number }[]>`SELECT 2 AS n`;
    });
    const failing = db.keepOpenWhile(() => Promise.reject(new Error("failed")));
    let closed = false;
    const closing = db.close().then(() => (closed = true));
    await expect(failing).rejects.toThrow("failed");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    release?.();
    expect(await work).toEqual([{ n: 2 }]);
    await closing;
    await expect(db.ping()).rejects.toThrow(/closed/i);
  });
});
