/**
 * Backup and restore of the embedded database: a backup is PGlite's dump of the whole data folder
 * (a gzipped tar), made while no other process has the folder open, so it is one consistent state.
 * PostgreSQL has its own tools (pg_dump / pg_restore); see the README.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { DataDirInUseError, dataDirHolder, openEmbedded } from "../embedded.ts";

/** `ontwikkelpad-2026-12-02T01-54-03Z.tar.gz`: sorts by time, no characters a file system dislikes. */
export function backupFileName(at: Date = new Date()): string {
  return `ontwikkelpad-${at
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-")}.tar.gz`;
}

/** Writes a backup of the data folder to `file` (the folder must not be open elsewhere). Returns its size. */
export async function backupDataDir(dataDir: string, file: string): Promise<number> {
  if (!existsSync(dataDir)) throw new Error(`There is no database in ${dataDir} to back up.`);
  const { pglite, release } = await openEmbedded(dataDir);
  let dump: Blob;
  try {
    dump = await pglite.dumpDataDir("gzip");
  } finally {
    await pglite.close();
    release();
  }
  const bytes = new Uint8Array(await dump.arrayBuffer());
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename: an interrupted backup never looks like a finished one.
  writeFileSync(`${file}.partial`, bytes, { flush: true });
  renameSync(`${file}.partial`, file);
  return bytes.length;
}

/**
 * Replaces the data folder with the backup in `file`. The current folder is kept beside it as
 * `<dataDir>.before-restore-<time>` and is returned (null when there was none).
 */
export async function restoreDataDir(file: string, dataDir: string): Promise<string | null> {
  const holder = dataDirHolder(dataDir);
  if (holder !== null) throw new DataDirInUseError(dataDir, holder);
  const backup = new Blob([readFileSync(file)]);
  let keptAs: string | null = null;
  if (existsSync(dataDir)) {
    keptAs = `${dataDir}.before-restore-${backupFileName().slice("ontwikkelpad-".length, -".tar.gz".length)}`;
    renameSync(dataDir, keptAs);
  }
  try {
    const { pglite, release } = await openEmbedded(dataDir, { loadDataDir: backup });
    // Proves the restored folder opens and answers before it is declared done.
    await pglite.query("SELECT 1");
    await pglite.close();
    release();
  } catch (error) {
    if (keptAs) {
      rmSync(dataDir, { recursive: true, force: true });
      renameSync(keptAs, dataDir);
    }
    throw error;
  }
  return keptAs;
}
