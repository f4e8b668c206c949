/**
 * `npm run backup [-- FILE]` and `npm run restore -- FILE` at the repository root: a backup of the
 * embedded database in DATA_DIR, and putting one back. Both need the server stopped.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DataDirInUseError } from "../embedded.ts";
import { DEFAULT_DATA_DIR } from "../environment.ts";
import { backupDataDir, backupFileName, restoreDataDir } from "./backup.ts";

/** `<repo>/.data/backups`, beside the default data folder. */
const DEFAULT_BACKUP_DIR = fileURLToPath(new URL("../../../../.data/backups", import.meta.url));

const [command, file] = process.argv.slice(2);
const dataDir = resolve(process.env.DATA_DIR?.trim() || DEFAULT_DATA_DIR);

if (process.env.DATABASE_URL?.trim()) {
  console.error(
    [
      "DATABASE_URL is set: back up PostgreSQL with its own tools, for example",
      '  pg_dump --format=custom --file=ontwikkelpad.dump "$DATABASE_URL"',
      '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ontwikkelpad.dump',
    ].join("\n"),
  );
  process.exit(2);
}

try {
  if (command === "backup") {
    const target = resolve(file ?? resolve(DEFAULT_BACKUP_DIR, backupFileName()));
    const bytes = await backupDataDir(dataDir, target);
    console.log(`Backup of ${dataDir} written to ${target} (${(bytes / 1e6).toFixed(1)} MB).`);
  } else if (command === "restore" && file) {
    const keptAs = await restoreDataDir(resolve(file), dataDir);
    console.log(`Restored ${resolve(file)} into ${dataDir}.`);
    if (keptAs) console.log(`The database it replaced is kept in ${keptAs}; delete it when all is well.`);
  } else {
    console.error("usage: backup [FILE] | restore FILE");
    process.exit(2);
  }
} catch (error) {
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(`${error.message}\nStop the server (Ctrl-C), run the command again, then start the server.`);
  process.exit(1);
}
