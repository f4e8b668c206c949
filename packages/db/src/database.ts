import { createHash } from "node:crypto";
import { PGlite, type Transaction as PGliteTransaction } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool, type PoolClient } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.ts";
import { openEmbedded } from "./embedded.ts";

/** Plain SQL access beside Prisma: for migrations, bulk loads and multi-statement scripts. */
export interface SqlRunner {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  sql: SqlRunner & {
    /** Runs `work` in one transaction on one connection; rolls back when it throws. */
    transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  };
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /**
   * Runs `work` that spans several transactions (a long import and, when a batch fails, the
   * transaction that undoes the batches before it) to its end: `close()` waits for it.
   */
  keepOpenWhile<T>(work: () => Promise<T>): Promise<T>;
  /** Closes after the work `keepOpenWhile` runs has ended, and after a transaction still running. */
  close(): Promise<void>;
}

/** `keepOpenWhile` and a `close` that waits for what it runs before calling `closeNow`. */
function closingAfterHeldWork(closeNow: () => Promise<void>): Pick<Database, "keepOpenWhile" | "close"> {
  const held = new Set<Promise<void>>();
  return {
    keepOpenWhile: async (work) => {
      const running = work();
      const ended = running.then(
        () => undefined,
        () => undefined,
      );
      held.add(ended);
      try {
        return await running;
      } finally {
        held.delete(ended);
      }
    },
    close: async () => {
      while (held.size > 0) await Promise.all(held);
      await closeNow();
    },
  };
}

export interface DatabaseOptions {
  /** `postgres://…` or `postgresql://…`; a `?schema=` parameter selects the PostgreSQL schema. */
  databaseUrl?: string;
  /**
   * PGlite data folder, kept across restarts, each commit flushed to disk, open in one process at a
   * time. Without it (and without a URL) PGlite runs in memory.
   */
  dataDir?: string;
}

/**
 * The modules Prisma's generated client imports for its query compiler on the first query (see
 * generated/prisma/internal/class.ts). Once PGlite runs, V8's background threads are busy optimising
 * PostgreSQL's WebAssembly and compiling the 4.5 MB module waits about 300 ms for them; loaded before
 * PGlite opens it takes about 40 ms, and Prisma then finds it in the module cache.
 */
const QUERY_COMPILER_MODULES = [
  "@prisma/client/runtime/query_compiler_fast_bg.postgresql.mjs",
  "@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs",
];

export async function createDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) return createPostgresDatabase(options.databaseUrl);
  await Promise.all(QUERY_COMPILER_MODULES.map((specifier) => import(specifier)));
  if (!options.dataDir) return createPgliteDatabase(await PGlite.create());
  const { pglite, release } = await openEmbedded(options.dataDir);
  const db = createPgliteDatabase(pglite);
  return {
    ...db,
    close: async () => {
      await db.close();
      release();
    },
  };
}

function pgliteRunner(client: PGlite | PGliteTransaction): SqlRunner {
  return {
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await client.query<Row>(sql, params)).rows,
  };
}

/** Wraps an open PGlite; closing the database closes it. */
export function createPgliteDatabase(pglite: PGlite): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    sql: {
      ...pgliteRunner(pglite),
      transaction: (work) => pglite.transaction((tx) => work(pgliteRunner(tx))),
    },
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    ...closingAfterHeldWork(async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    }),
  };
}

function postgresRunner(client: Pool | PoolClient): SqlRunner {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await client.query(sql, params)).rows as Row[],
  };
}

/**
 * Names each statement after its text, so a connection prepares it once and PostgreSQL reuses the
 * plan: planning the portal's nested queries cost about as much as running them.
 */
export function statementName(query: { sql: string; argTypes: unknown[] }): string {
  return `op_${createHash("sha1").update(query.sql).update(JSON.stringify(query.argTypes)).digest("base64url").slice(0, 24)}`;
}

export function createPostgresDatabase(databaseUrl: string): Database {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") ?? undefined;
  url.searchParams.delete("schema");
  const pool = new Pool({
    connectionString: url.toString(),
    // Unqualified names in migrations and raw SQL resolve to the selected schema too.
    ...(schema ? { options: `-c search_path="${schema.replaceAll('"', '""')}"` } : {}),
  });
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, { ...(schema ? { schema } : {}), statementNameGenerator: statementName }),
  });
  return {
    prisma,
    kind: "postgres",
    sql: {
      ...postgresRunner(pool),
      transaction: async (work) => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const result = await work(postgresRunner(client));
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        } finally {
          client.release();
        }
      },
    },
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    ...closingAfterHeldWork(async () => {
      await prisma.$disconnect();
      if (!pool.ended) await pool.end();
    }),
  };
}
