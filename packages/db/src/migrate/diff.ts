import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { LOCKFILE_PATH, MIGRATIONS_DIR, SCHEMA_PATH, readMigrations } from "./migrations-folder.ts";
import { openSchemaEngine } from "./schema-engine.ts";

/**
 * The SQL that takes a database from the migrations folder to prisma/schema.prisma, or null when
 * they already match. The schema engine replays the folder on an in-memory PGlite shadow database.
 */
export async function diffMigrationsToSchema(): Promise<string | null> {
  const schema = { path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") };
  const pglite = new PGlite();
  const engine = await openSchemaEngine(pglite, schema);
  try {
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: MIGRATIONS_DIR,
        lockfile: { path: "migration_lock.toml", content: readFileSync(LOCKFILE_PATH, "utf8") },
        shadowDbInitScript: "",
        migrationDirectories: readMigrations().map((migration) => ({
          path: migration.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
        })),
      },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.exitCode === 0 ? null : (result.stdout ?? "");
  } finally {
    engine.free();
    await pglite.close();
  }
}
