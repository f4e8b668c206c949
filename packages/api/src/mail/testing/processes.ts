import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase } from "@ontwikkelpad/db";
import { createTestDatabaseForProcesses } from "@ontwikkelpad/db/testing";
import { afterEach, beforeEach, expect } from "vitest";

/**
 * For the tests of the outbox across processes: each test gets a database of its own that several
 * processes open (a PGlite data folder, or a PostgreSQL database under TEST_DATABASE_URL), and starts
 * `outbox-process.ts` children on it, as server processes would.
 */
export function useProcessDatabase() {
  const apiDir = fileURLToPath(new URL("../../..", import.meta.url));
  const script = fileURLToPath(new URL("./outbox-process.ts", import.meta.url));

  let folder: string;
  let database: Awaited<ReturnType<typeof createTestDatabaseForProcesses>>;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "outbox-processes-"));
    database = await createTestDatabaseForProcesses(folder);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
    await database.drop();
    await rm(folder, { recursive: true, force: true });
  });

  /** Opens the test's database in this process, as the children do, for `use`, and closes it. */
  async function inParent<T>(
    use: (db: Awaited<ReturnType<typeof createDatabase>>) => Promise<T>,
  ): Promise<T> {
    const env = database.env;
    const db = await createDatabase(
      "DATABASE_URL" in env ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR },
    );
    try {
      return await use(db);
    } finally {
      await db.close();
    }
  }

  /** Starts `outbox-process.ts` with `args`; `lines` waits for its output to match a pattern. */
  function start(args: string[], env: Record<string, string> = {}) {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: apiDir,
      env: { ...process.env, ...database.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    children.push(child);
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const waitFor = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            child.stdout!.off("data", check);
            resolve(match);
          }
        };
        child.stdout!.on("data", check);
        void exited.then(() => {
          check();
          reject(new Error(`outbox-process ${args.join(" ")} ended without ${pattern}:\n${output}`));
        });
        check();
      });
    return { child, waitFor, exited };
  }

  /** A `send` process that starts once `go()` is called; resolves with the mails it sent. */
  async function sender(mailFolder: string, env: Record<string, string> = {}) {
    const started = start(["send", mailFolder], env);
    await started.waitFor(/^ready$/m);
    return {
      go: async () => {
        started.child.stdin!.end("go\n");
        const [, sent] = await started.waitFor(/^sent (\d+)$/m);
        expect(await started.exited).toBe(0);
        return Number(sent);
      },
    };
  }

  /** The `.eml` files in `mailFolder`, as text. */
  async function mailFiles(mailFolder: string): Promise<string[]> {
    const names = await readdir(mailFolder).catch(() => []);
    return Promise.all(names.map((name) => readFile(join(mailFolder, name), "utf8")));
  }

  return { folder: () => folder, inParent, start, sender, mailFiles };
}
