/**
 * Databases for tests: `createTestDatabase()` gives each caller a migrated, empty database of its
 * own, `createTestDatabase({ demo: true })` one with the demo seeded. Neither migrates nor seeds per
 * caller: each database is a copy of a template.
 *
 * On PGlite the migrated template is a dump of a migrated data folder, cached in the system's temp
 * folder keyed by the migrations and the PGlite build, so every test file and worker process shares
 * it (a database boots from it in about 0.8 s instead of 3–4 s plus migrating). The demo template is
 * a dump made once per test run by `testing-setup.ts` (Vitest's globalSetup), since seeding takes
 * longer than everything else a typical router test file does.
 *
 * With TEST_DATABASE_URL set, `testing-setup.ts` creates both templates as databases on that
 * PostgreSQL server, and each test database is `CREATE DATABASE … TEMPLATE …`, dropped on close().
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, createPgliteDatabase, createPostgresDatabase } from "./database.ts";
import { migrate } from "./migrate/migrate.ts";
import { readMigrations } from "./migrate/migrations-folder.ts";
import { seedDemo } from "./seed/demo.ts";

/** What `testing-setup.ts` made for this run, handed to the test files through Vitest's `inject`. */
export type TestTemplates =
  { kind: "pglite"; demoDump: string } | { kind: "postgres"; migrated: string; demo: string };

declare module "vitest" {
  interface ProvidedContext {
    testTemplates: TestTemplates;
  }
}

export interface TestDatabaseOptions {
  /** With the demo seeded (`seedDemo`), as a server's first start leaves it. */
  demo?: boolean;
}

let migratedDump: Promise<Blob> | undefined;
let demoDump: Promise<Blob> | undefined;

function dumpCachePath(): string {
  const key = createHash("sha256")
    // The resolved path names the installed PGlite version; a dump only loads into the same build.
    .update(createRequire(import.meta.url).resolve("@electric-sql/pglite"))
    .update(JSON.stringify(readMigrations()))
    .digest("hex")
    .slice(0, 16);
  return path.join(tmpdir(), `ontwikkelpad-migrated-pglite-${key}.tar`);
}

async function dumpMigratedPglite(): Promise<Blob> {
  const pglite = await PGlite.create();
  const db = createPgliteDatabase(pglite);
  try {
    await migrate(db);
    return await pglite.dumpDataDir("none");
  } finally {
    await db.close();
  }
}

/** Writes then renames: a parallel worker never reads a half-written file. */
async function writeDump(file: string, dump: Blob): Promise<void> {
  const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
  renameSync(partial, file);
}

async function loadOrCreateMigratedDump(): Promise<Blob> {
  const cachePath = dumpCachePath();
  if (existsSync(cachePath)) return new Blob([readFileSync(cachePath)]);
  const dump = await dumpMigratedPglite();
  await writeDump(cachePath, dump);
  return dump;
}

/** The PGlite dump of a migrated database with the demo seeded, written to `file`. */
export async function writeDemoPgliteDump(file: string): Promise<void> {
  migratedDump ??= loadOrCreateMigratedDump();
  const pglite = await PGlite.create({ loadDataDir: await migratedDump });
  const db = createPgliteDatabase(pglite);
  try {
    await seedDemo(db.prisma);
    await writeDump(file, await pglite.dumpDataDir("none"));
  } finally {
    await db.close();
  }
}

/** `baseUrl` with its database name replaced. */
export function postgresUrlOf(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  url.searchParams.delete("schema");
  return url.toString();
}

/** Runs statements that act on whole databases over a short-lived connection to `baseUrl`. */
export async function onPostgresServer(baseUrl: string, statements: string[]): Promise<void> {
  const admin = createPostgresDatabase(postgresUrlOf(baseUrl, new URL(baseUrl).pathname.slice(1)));
  try {
    for (const statement of statements) await admin.sql.exec(statement);
  } finally {
    await admin.close();
  }
}

function providedTemplates(): TestTemplates {
  const templates = inject("testTemplates");
  if (!templates)
    throw new Error(
      "No test database templates: add @ontwikkelpad/db/testing-setup to the suite's globalSetup.",
    );
  return templates;
}

/** A database of its own on the server of `baseUrl`, copied from `template`: its URL, and how to drop it. */
async function copyPostgresTemplate(baseUrl: string, template: string) {
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await onPostgresServer(baseUrl, [`CREATE DATABASE "${name}" TEMPLATE "${template}"`]);
  return {
    url: postgresUrlOf(baseUrl, name),
    drop: () => onPostgresServer(baseUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]),
  };
}

async function createTestPostgres(baseUrl: string, template: string): Promise<Database> {
  const { url, drop } = await copyPostgresTemplate(baseUrl, template);
  const db = createPostgresDatabase(url);
  return {
    ...db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

/**
 * A database with the demo seeded that other processes open, as the server does, from their
 * environment (`openDatabaseFromEnvironment`): on PostgreSQL (TEST_DATABASE_URL) a database of its own,
 * given as DATABASE_URL; otherwise a PGlite data folder under `folder`, given as DATA_DIR, which one
 * process at a time may open. `drop()` removes the PostgreSQL database; the caller removes `folder`.
 */
export async function createTestDatabaseForProcesses(
  folder: string,
): Promise<{ env: { DATABASE_URL: string } | { DATA_DIR: string }; drop: () => Promise<void> }> {
  const templates = providedTemplates();
  if (templates.kind === "postgres") {
    const { url, drop } = await copyPostgresTemplate(process.env.TEST_DATABASE_URL!, templates.demo);
    return { env: { DATABASE_URL: url }, drop };
  }
  const dataDir = path.join(folder, "pglite");
  // Written without the server's fsync of every file: a test's copy need not outlive a power cut.
  const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(templates.demoDump)]) });
  await pglite.close();
  return { env: { DATA_DIR: dataDir }, drop: async () => {} };
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const testDatabaseUrl = process.env.TEST_DATABASE_URL;
  if (testDatabaseUrl) {
    const templates = providedTemplates();
    if (templates.kind !== "postgres") throw new Error("The templates were made for PGlite.");
    return createTestPostgres(testDatabaseUrl, options.demo ? templates.demo : templates.migrated);
  }
  if (options.demo) {
    const templates = providedTemplates();
    if (templates.kind !== "pglite") throw new Error("The templates were made for PostgreSQL.");
    demoDump ??= Promise.resolve(new Blob([readFileSync(templates.demoDump)]));
    return createPgliteDatabase(await PGlite.create({ loadDataDir: await demoDump }));
  }
  migratedDump ??= loadOrCreateMigratedDump();
  return createPgliteDatabase(await PGlite.create({ loadDataDir: await migratedDump }));
}

export {
  MARKER,
  type MarkerOrganization,
  type MarkerTenants,
  seedMarkerTenants,
} from "./seed/marker-tenants.ts";

/** The national dataset, for tests that check the product over generated data (see `generator/`). */
export { generateNationalDataset } from "./generator/national.ts";
