import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "./database.ts";
import { DataDirInUseError, dataDirHolder } from "./embedded.ts";

// The kill -9 and power-cut side of durability is tested from outside the process in apps/server.
describe("the embedded database on disk", () => {
  let root: string;
  let dataDir: string;
  let db: Database;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "ontwikkelpad-embedded-"));
    dataDir = join(root, "pglite");
    db = await createDatabase({ dataDir });
  }, 120_000);
  afterAll(async () => {
    await db.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("flushes each commit to disk: fsync on, WAL written with fsync, synchronous commits", async () => {
    const settings = await db.sql.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'wal_sync_method', 'synchronous_commit') ORDER BY name`,
    );
    expect(settings).toEqual([
      { name: "fsync", setting: "on" },
      { name: "synchronous_commit", setting: "on" },
      { name: "wal_sync_method", setting: "fsync" },
    ]);
  });

  it("refuses a second opening of a folder that is open", async () => {
    expect(dataDirHolder(dataDir)).toBe(process.pid);
    await expect(createDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
  });

  it("releases the folder on close and opens over a lock left by a process that died", async () => {
    const other = join(root, "other");
    const first = await createDatabase({ dataDir: other });
    await first.sql.exec(`CREATE TABLE "Kept" ("id" int PRIMARY KEY); INSERT INTO "Kept" VALUES (1)`);
    await first.close();
    expect(dataDirHolder(other)).toBeNull();
    expect(existsSync(`${other}.lock`)).toBe(false);
    // Process ids are below 2^22 on Linux: this one does not exist.
    writeFileSync(`${other}.lock`, "4194303");
    expect(dataDirHolder(other)).toBeNull();
    const second = await createDatabase({ dataDir: other });
    expect(await second.sql.query(`SELECT "id" FROM "Kept"`)).toEqual([{ id: 1 }]);
    await second.close();
  }, 120_000);
});
