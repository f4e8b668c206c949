/**
 * `pnpm --filter @ontwikkelpad/db migration:new <name>`: writes the SQL that takes a database from
 * the migrations folder to prisma/schema.prisma, without Prisma's native schema engine.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { LOCKFILE_PATH, MIGRATIONS_DIR, SCHEMA_PATH, readMigrations } from "./migrations-folder.ts";
import { openSchemaEngine } from "./schema-engine.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: migration:new <name>   (lower case letters, digits and underscores)");
  process.exit(1);
}

const schema = { path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") };
const pglite = new PGlite();
const engine = await openSchemaEngine(pglite, schema);
try {
  const migrations = readMigrations();
  const result = await engine.diff({
    from: {
      tag: "migrations",
      baseDir: MIGRATIONS_DIR,
      lockfile: { path: "migration_lock.toml", content: readFileSync(LOCKFILE_PATH, "utf8") },
      shadowDbInitScript: "",
      migrationDirectories: migrations.map((migration) => ({
        path: migration.name,
        migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
      })),
    },
    to: { tag: "schemaDatamodel", files: [schema] },
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  });
  if (result.exitCode === 0) {
    console.log("The schema matches the migrations folder: no migration written.");
  } else {
    const timestamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(MIGRATIONS_DIR, `${timestamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), result.stdout ?? "");
    console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
  }
} finally {
  engine.free();
  await pglite.close();
}
