/**
 * Several processes that start at once on an empty PostgreSQL schema all migrate it, as server
 * instances behind a load balancer do on their first start: each migration is applied once and none
 * of them fails. Runs only in the PostgreSQL pass (`*.postgres.test.ts`, see tooling/vitest).
 */
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { type Database, createPostgresDatabase } from "../database.ts";
import { migrate } from "./migrate.ts";
import { readMigrations } from "./migrations-folder.ts";

const baseUrl = process.env.TEST_DATABASE_URL!;
const schemas: string[] = [];

function inSchema(schema: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  return url.toString();
}

async function onServer(statement: string): Promise<void> {
  const admin = createPostgresDatabase(baseUrl);
  try {
    await admin.sql.exec(statement);
  } finally {
    await admin.close();
  }
}

afterAll(async () => {
  for (const schema of schemas) await onServer(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
});

describe("migrate from several processes at once", { timeout: 300_000 }, () => {
  // The race is between the first statements of each process, so it takes a few fresh schemas to show.
  it.each([1, 2, 3, 4, 5, 6])("applies every migration once on fresh schema %i", async () => {
    const schema = `migrate_race_${randomBytes(4).toString("hex")}`;
    schemas.push(schema);
    await onServer(`CREATE SCHEMA "${schema}"`);
    const processes: Database[] = Array.from({ length: 4 }, () => createPostgresDatabase(inSchema(schema)));
    try {
      const applied = await Promise.all(processes.map((db) => migrate(db)));
      expect(applied.flat().toSorted()).toEqual(readMigrations().map((migration) => migration.name));
      const [recorded] = await processes[0]!.sql.query<{ count: number }>(
        `SELECT count(*)::int AS "count" FROM "_migrations"`,
      );
      expect(recorded?.count).toBe(readMigrations().length);
    } finally {
      await Promise.all(processes.map((db) => db.close()));
    }
  });
});
