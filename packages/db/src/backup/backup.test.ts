import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../database.ts";
import { DataDirInUseError } from "../embedded.ts";
import { migrate } from "../migrate/migrate.ts";
import { seedDemo } from "../seed/demo.ts";
import { backupDataDir, backupFileName, restoreDataDir } from "./backup.ts";

/** Every table's rows, as one digest per table: equal digests mean equal contents. */
async function contents(db: Database): Promise<Record<string, string>> {
  const tables = await db.sql.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.sql.query<{ rows: number; digest: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    result[name] = `${row?.rows}:${row?.digest}`;
  }
  return result;
}

describe("backup and restore of the embedded database", () => {
  let root: string;
  let dataDir: string;
  let atBackup: Record<string, string>;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "ontwikkelpad-backup-"));
    dataDir = join(root, "pglite");
    const db = await createDatabase({ dataDir });
    await migrate(db);
    await seedDemo(db.prisma);
    atBackup = await contents(db);
    await db.close();
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("names backups by the time they were made", () => {
    expect(backupFileName(new Date("2026-12-02T01:54:03.123Z"))).toBe(
      "ontwikkelpad-2026-12-02T01-54-03Z.tar.gz",
    );
  });

  it("refuses while the server has the folder open", async () => {
    const db = await createDatabase({ dataDir });
    try {
      await expect(backupDataDir(dataDir, join(root, "refused.tar.gz"))).rejects.toBeInstanceOf(
        DataDirInUseError,
      );
      await expect(restoreDataDir(join(root, "refused.tar.gz"), dataDir)).rejects.toBeInstanceOf(
        DataDirInUseError,
      );
      expect(existsSync(join(root, "refused.tar.gz"))).toBe(false);
    } finally {
      await db.close();
    }
  }, 120_000);

  it("restores every record as it was at the backup, keeping the replaced folder", async () => {
    const file = join(root, "backups", "demo.tar.gz");
    expect(await backupDataDir(dataDir, file)).toBeGreaterThan(0);

    const db = await createDatabase({ dataDir });
    await db.prisma.organization.create({ data: { kind: "EMPLOYER", name: "Na de back-up" } });
    await db.close();

    const keptAs = await restoreDataDir(file, dataDir);
    expect(keptAs && existsSync(keptAs)).toBe(true);
    const restored = await createDatabase({ dataDir });
    try {
      expect(await contents(restored)).toEqual(atBackup);
      expect(Object.keys(atBackup).length).toBeGreaterThan(20);
      expect(await restored.prisma.organization.count({ where: { name: "Na de back-up" } })).toBe(0);
      expect(await restored.prisma.user.count()).toBeGreaterThan(5);
    } finally {
      await restored.close();
    }
  }, 180_000);
});
