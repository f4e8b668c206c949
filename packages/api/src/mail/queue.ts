import type { Database } from "@ontwikkelpad/db";
import PgBoss from "pg-boss";

/**
 * The job queue the server's background work runs on, kept small so the library behind it can change:
 * named jobs with a handler, cron schedules, retries, and jobs that failed every retry kept apart.
 */
export interface JobQueue {
  /** Runs `handler` for each job of `name`; a handler that throws is retried, then dead-lettered. */
  work(name: string, handler: () => Promise<void>): Promise<void>;
  /** Adds a job of `name` every time `cron` (UTC) comes round, once for all processes on the database. */
  schedule(name: string, cron: string): Promise<void>;
  /** Adds a job of `name` now; a second one while it waits is left out. */
  send(name: string): Promise<void>;
  stop(): Promise<void>;
}

const RETRIES = 3;

/**
 * pg-boss 10 on the application's database: PostgreSQL, or the embedded PGlite through the database's
 * SQL runner (PGlite takes one statement per parameterised query, so pg-boss's multi-statement scripts,
 * which carry no parameters, run through `exec`).
 */
export async function startJobQueue(
  db: Database,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<JobQueue> {
  // After a stop, the only statement pg-boss still sends is the end of a job that was cut off. It is
  // answered as "no job changed" without the database, which the server closes right after the stop;
  // the job's expiry runs it again.
  let stopped = false;
  const boss = new PgBoss({
    db: {
      executeSql: async (text: string, values: unknown[] = []) => {
        // Each statement first lets waiting I/O in: PGlite answers within one chain of promises, so
        // the queue's set-up after a start would otherwise hold every request that arrives meanwhile
        // until its last statement.
        await new Promise((resolve) => setImmediate(resolve));
        if (stopped) return { rows: [{ count: 0 }] };
        if (values.length === 0 && db.kind === "pglite" && text.trim().replace(/;\s*$/, "").includes(";")) {
          await db.sql.exec(text);
          return { rows: [] };
        }
        return { rows: await db.sql.query(text, values) };
      },
    },
    schema: "pgboss",
  });
  boss.on("error", (error) => console.error("job queue error", error));
  await boss.start();
  const ensureQueue = async (name: string) => {
    if (await boss.getQueue(name)) return;
    await boss.createQueue(`${name}-dead`);
    await boss.createQueue(name, {
      name,
      policy: "singleton",
      retryLimit: RETRIES,
      deadLetter: `${name}-dead`,
    });
  };
  return {
    work: async (name, handler) => {
      await ensureQueue(name);
      await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, () => handler());
    },
    schedule: async (name, cron) => {
      await ensureQueue(name);
      await boss.schedule(name, cron, {}, { tz: "UTC" });
    },
    send: async (name) => {
      await ensureQueue(name);
      await boss.send(name, {});
    },
    // Not graceful: a job cut off is run again, and the outbox's claim of a mail rolls back with it, so
    // nothing is lost; waiting for the polling workers would hold the server's stop up.
    stop: async () => {
      await boss.stop({ graceful: false, wait: true, timeout: 1000 });
      stopped = true;
    },
  };
}
