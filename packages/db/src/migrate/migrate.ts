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
  // Under the lock too: two processes creating the table at once would both pass IF NOT EXISTS. One
  // statement then tells what is applied, so a start with nothing pending costs one transaction rather
  // than one per migration; each pending one is still checked again under the lock before it runs.
  const recorded = await db.sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS "_migrations" (
      "name" TEXT PRIMARY KEY,
      "checksum" TEXT NOT NULL,
      "appliedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
    )`);
    return tx.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "_migrations"`);
  });
  const recordedChecksums = new Map(recorded.map((row) => [row.name, row.checksum]));
  for (const migration of migrations) {
    const recordedChecksum = recordedChecksums.get(migration.name);
    if (recordedChecksum !== undefined) assertUnchanged(migration, recordedChecksum);
  }
  const applied: string[] = [];
  for (const migration of migrations.filter((m) => !recordedChecksums.has(m.name))) {
    const wasApplied = await db.sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      const [existing] = await tx.query<{ checksum: string }>(
        `SELECT "checksum" FROM "_migrations" WHERE "name" = $1`,
        [migration.name],
      );
      if (existing) {
        assertUnchanged(migration, existing.checksum);
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

function assertUnchanged(migration: MigrationFile, recordedChecksum: string) {
  if (recordedChecksum !== checksum(migration.sql)) {
    throw new Error(
      `Migration ${migration.name} was changed after it was applied; add a new migration instead.`,
    );
  }
}
