/**
 * Databases for tests: `createTestDatabase()` gives each test file a migrated, empty database of
 * its own. On PGlite the migrations run once per process and every further database is a copy of
 * that migrated data folder (booting from a dump is several times faster than migrating). With
 * TEST_DATABASE_URL set, each database is a fresh schema on that PostgreSQL, dropped on close().
 */
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { type Database, createPgliteDatabase, createPostgresDatabase } from "./database.ts";
import { migrate } from "./migrate/migrate.ts";

let migratedDump: Promise<File | Blob> | undefined;

async function dumpMigratedPglite(): Promise<File | Blob> {
  const pglite = await PGlite.create();
  const db = createPgliteDatabase(pglite);
  try {
    await migrate(db);
    return await pglite.dumpDataDir("none");
  } finally {
    await db.close();
  }
}

async function createTestPostgres(baseUrl: string): Promise<Database> {
  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  const db = createPostgresDatabase(url.toString());
  await db.sql.exec(`CREATE SCHEMA "${schema}"`);
  await migrate(db);
  return {
    ...db,
    close: async () => {
      await db.sql.exec(`DROP SCHEMA "${schema}" CASCADE`);
      await db.close();
    },
  };
}

export async function createTestDatabase(): Promise<Database> {
  const testDatabaseUrl = process.env.TEST_DATABASE_URL;
  if (testDatabaseUrl) return createTestPostgres(testDatabaseUrl);
  migratedDump ??= dumpMigratedPglite();
  return createPgliteDatabase(await PGlite.create({ loadDataDir: await migratedDump }));
}
