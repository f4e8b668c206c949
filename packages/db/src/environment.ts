import { fileURLToPath } from "node:url";
import { type Database, createDatabase } from "./database.ts";

/** The embedded data folder when DATA_DIR is not set: `<repo>/.data/pglite`. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../../.data/pglite", import.meta.url));

/** The database the command-line tools work on: DATABASE_URL, else PGlite in DATA_DIR. */
export function openDatabaseFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) return createDatabase({ databaseUrl });
  return createDatabase({ dataDir: env.DATA_DIR?.trim() || DEFAULT_DATA_DIR });
}
