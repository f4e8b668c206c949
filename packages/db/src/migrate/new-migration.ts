/**
 * `pnpm --filter @ontwikkelpad/db migration:new <name>`: writes the SQL that takes a database from
 * the migrations folder to prisma/schema.prisma, without Prisma's native schema engine.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffMigrationsToSchema } from "./diff.ts";
import { MIGRATIONS_DIR } from "./migrations-folder.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: migration:new <name>   (lower case letters, digits and underscores)");
  process.exit(1);
}

const sql = await diffMigrationsToSchema();
if (sql === null) {
  console.log("The schema matches the migrations folder: no migration written.");
} else {
  const timestamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join(MIGRATIONS_DIR, `${timestamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql — review it, then commit it.`);
}
