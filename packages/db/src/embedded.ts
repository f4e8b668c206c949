/**
 * The embedded database on disk: PGlite over Node's file system, made durable, and guarded against a
 * second process opening the same folder.
 *
 * PGlite starts PostgreSQL with `-F` (fsync off), and its Node file system passes every write to the
 * operating system but implements no fsync, so a commit survives a process kill but not a power cut
 * or an operating-system crash. Here PostgreSQL runs with fsync on and `wal_sync_method=fsync`, and
 * the file system's fsync calls Node's `fsyncSync`: each commit returns only after its WAL record is
 * on disk, and checkpoints flush the data files, as on a PostgreSQL server.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

/** PGlite's own start parameters without `-F`, and WAL flushed with fsync (its fdatasync is a no-op). */
export const DURABLE_START_PARAMS = [
  ...PGlite.defaultStartParams.filter((param) => param !== "-F"),
  "-c",
  "wal_sync_method=fsync",
];

/** Node's file system for PGlite, whose fsync reaches the disk. */
class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS["init"]>[1]) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...preRun,
      (mod) => {
        // Every file and folder of the mount shares this object; Emscripten calls its fsync for fsync(2).
        const streamOps = (mod.NODEFS as unknown as { stream_ops: Record<string, unknown> }).stream_ops;
        streamOps.fsync = (stream: { nfd: number }) => {
          fsyncSync(stream.nfd);
          return 0;
        };
      },
    ];
    return result;
  }
}

/** Flushes every file and folder below `dir`: PGlite copies a new cluster in without fsync. */
function fsyncTree(dir: string) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const fd = openSync(join(entry.parentPath, entry.name), "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
  const fd = openSync(dir, "r");
  fsyncSync(fd);
  closeSync(fd);
}

/** `<dataDir>.lock`, naming the process that has the folder open (beside it, so backups never carry it). */
const lockFileOf = (dataDir: string) => `${dataDir.replace(/[/\\]+$/, "")}.lock`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The id of another live process that has `dataDir` open, or null. A process that died leaves a stale file. */
export function dataDirHolder(dataDir: string): number | null {
  const lock = lockFileOf(dataDir);
  if (!existsSync(lock)) return null;
  const pid = Number(readFileSync(lock, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The database folder ${dataDir} is in use by process ${pid} (a running server?). Stop that process first.`,
    );
    this.name = "DataDirInUseError";
  }
}

/**
 * Opens PGlite on `dataDir` durably and holds the folder until `release()`: a second process on the
 * same folder would corrupt it.
 */
export async function openEmbedded(
  dataDir: string,
  options: Pick<PGliteOptions, "loadDataDir"> = {},
): Promise<{ pglite: PGlite; release: () => void }> {
  mkdirSync(dataDir, { recursive: true });
  const holder = dataDirHolder(dataDir);
  if (holder !== null) throw new DataDirInUseError(dataDir, holder);
  const lock = lockFileOf(dataDir);
  rmSync(lock, { force: true }); // left by a process that died
  writeFileSync(lock, String(process.pid), { flag: "wx" });
  const release = () => rmSync(lock, { force: true });
  try {
    const fresh = !existsSync(join(dataDir, "PG_VERSION"));
    const pglite = await PGlite.create({
      fs: new DurableNodeFS(dataDir),
      startParams: DURABLE_START_PARAMS,
      ...options,
    });
    if (fresh) fsyncTree(dataDir);
    return { pglite, release };
  } catch (error) {
    release();
    throw error;
  }
}
