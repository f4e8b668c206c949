import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { createTestDatabase } from "../testing.ts";
import { migrate } from "./migrate.ts";
import { readMigrations } from "./migrations-folder.ts";

describe("migrate", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("has applied every migration in the folder, in order", async () => {
    const rows = await db.sql.query<{ name: string }>(`SELECT "name" FROM "_migrations" ORDER BY "name"`);
    expect(rows.map((row) => row.name)).toEqual(readMigrations().map((migration) => migration.name));
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it("is idempotent: a second run applies nothing and keeps the data", async () => {
    await db.prisma.organization.create({ data: { kind: "REGION", name: "Rijnmond", regionCode: "AM22" } });
    expect(await migrate(db)).toEqual([]);
    expect(await db.prisma.organization.count()).toBe(1);
  });

  it("opens one transaction when nothing is pending, so every start does not pay one per migration", async () => {
    let transactions = 0;
    const counted: Database = {
      ...db,
      sql: {
        ...db.sql,
        transaction: (work) => {
          transactions += 1;
          return db.sql.transaction(work);
        },
      },
    };
    expect(await migrate(counted)).toEqual([]);
    expect(transactions).toBe(1);
  });

  it("applies a new migration once and records it", async () => {
    const extra = {
      name: "99999999999999_extra_table",
      sql: `CREATE TABLE "Extra" ("id" TEXT PRIMARY KEY);`,
    };
    expect(await migrate(db, [...readMigrations(), extra])).toEqual([extra.name]);
    expect(await migrate(db, [...readMigrations(), extra])).toEqual([]);
    const [row] = await db.sql.query<{ count: number }>(`SELECT count(*)::int AS "count" FROM "Extra"`);
    expect(row?.count).toBe(0);
  });

  it("rolls a failing migration back completely and does not record it", async () => {
    const broken = {
      name: "99999999999999_zz_broken",
      sql: `CREATE TABLE "HalfDone" ("id" TEXT PRIMARY KEY); SELECT * FROM "DoesNotExist";`,
    };
    await expect(migrate(db, [broken])).rejects.toThrow(/DoesNotExist/);
    const tables = await db.sql.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfDone'`,
    );
    expect(tables).toEqual([]);
    const recorded = await db.sql.query(`SELECT 1 FROM "_migrations" WHERE "name" = $1`, [broken.name]);
    expect(recorded).toEqual([]);
  });

  it("refuses to continue when an applied migration was edited", async () => {
    const [first] = readMigrations();
    if (!first) throw new Error("no migrations in the folder");
    await expect(migrate(db, [{ ...first, sql: `${first.sql}\n-- edited` }])).rejects.toThrow(/was changed/);
  });

  it("refuses before applying anything when an applied migration was edited", async () => {
    const [first] = readMigrations();
    if (!first) throw new Error("no migrations in the folder");
    const pending = {
      name: "99999999999999_zz_pending",
      sql: `CREATE TABLE "NotYet" ("id" TEXT PRIMARY KEY);`,
    };
    await expect(migrate(db, [{ ...first, sql: `${first.sql}\n-- edited` }, pending])).rejects.toThrow(
      /was changed/,
    );
    expect(await db.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'NotYet'`)).toEqual(
      [],
    );
  });
});
