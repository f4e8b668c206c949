/**
 * Vitest globalSetup of the database suites: makes the templates `createTestDatabase` copies, once
 * per run, before the first test file starts, and removes them when the run ends. On PGlite: the
 * demo dump in a temp folder of the run. On PostgreSQL (TEST_DATABASE_URL): two template databases,
 * migrated and migrated with the demo seeded, named after the run.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPostgresDatabase } from "./database.ts";
import { migrate } from "./migrate/migrate.ts";
import { seedDemo } from "./seed/demo.ts";
import { onPostgresServer, postgresUrlOf, writeDemoPgliteDump } from "./testing.ts";

async function preparePostgres(baseUrl: string, run: string) {
  const migrated = `template_${run}_migrated`;
  const demo = `template_${run}_demo`;
  const remove = () =>
    onPostgresServer(
      baseUrl,
      [migrated, demo].map((name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    );
  try {
    await onPostgresServer(baseUrl, [`CREATE DATABASE "${migrated}"`]);
    const migratedDb = createPostgresDatabase(postgresUrlOf(baseUrl, migrated));
    await migrate(migratedDb).finally(() => migratedDb.close());
    await onPostgresServer(baseUrl, [`CREATE DATABASE "${demo}" TEMPLATE "${migrated}"`]);
    const demoDb = createPostgresDatabase(postgresUrlOf(baseUrl, demo));
    await seedDemo(demoDb.prisma).finally(() => demoDb.close());
  } catch (error) {
    await remove();
    throw error;
  }
  return { templates: { kind: "postgres" as const, migrated, demo }, remove };
}

async function preparePglite() {
  const folder = mkdtempSync(path.join(tmpdir(), "ontwikkelpad-test-templates-"));
  const demoDump = path.join(folder, "demo.tar");
  const remove = async () => rmSync(folder, { recursive: true, force: true });
  await writeDemoPgliteDump(demoDump).catch(async (error: unknown) => {
    await remove();
    throw error;
  });
  return { templates: { kind: "pglite" as const, demoDump }, remove };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  const run = `${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const { templates, remove } = baseUrl ? await preparePostgres(baseUrl, run) : await preparePglite();
  project.provide("testTemplates", templates);
  return remove;
}
