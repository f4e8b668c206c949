import { createHash } from "node:crypto";
import type { Database } from "../database.ts";
import { type MigrationFile, readMigrations } from "./migrations-folder.ts";

const checksum = (sql: string) => createHash("sha256").update(sql).digest("hex");

// Any constant works; it only has to be the same for every process that migrates this database.
const MIGRATION_LOCK_KEY = 4_126_203;

/**
 * Applies the pending migration.sql files in name order, each in its own transaction, and records
 * them in "_migrations". Safe to run on every start and from two processes at once (an advisory
 * lock serialises them). Refuses to run when an applied migration was edited afterwards.
 * Returns the names it applied.
 */
export async function migrate(
  db: Database,
  migrations: MigrationFile[] = readMigrations(),
): Promise<string[]> {
  // Under the lock too: two processes creating the table at once would both pass IF NOT EXISTS.
  await db.sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS "_migrations" (
      "name" TEXT PRIMARY KEY,
      "checksum" TEXT NOT NULL,
      "appliedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
    )`);
  });
  const applied: string[] = [];
  for (const migration of migrations) {
    const wasApplied = await db.sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      const [existing] = await tx.query<{ checksum: string }>(
        `SELECT "checksum" FROM "_migrations" WHERE "name" = $1`,
        [migration.name],
      );
      if (existing) {
        if (existing.checksum !== checksum(migration.sql)) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied; add a new migration instead.`,
          );
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO "_migrations" ("name", "checksum") VALUES ($1, $2)`, [
        migration.name,
        checksum(migration.sql),
      ]);
      return true;
    });
    if (wasApplied) applied.push(migration.name);
  }
  return applied;
}
