/**
 * The outbox across processes, each opening the database as a server process does
 * (`testing/outbox-process.ts`): a process killed between its commit and the send loses no mail, and
 * two processes draining one outbox send each mail once.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase } from "@ontwikkelpad/db";
import { createTestDatabaseForProcesses } from "@ontwikkelpad/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const apiDir = fileURLToPath(new URL("../..", import.meta.url));
const script = fileURLToPath(new URL("./testing/outbox-process.ts", import.meta.url));

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
async function inParent<T>(use: (db: Awaited<ReturnType<typeof createDatabase>>) => Promise<T>): Promise<T> {
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

// Each process loads the api and opens the database: on a busy 2-core machine that takes a while.
describe("the outbox across processes", { timeout: 600_000 }, () => {
  it("keeps the mail of a change committed by a process killed before it sent, and sends it once", async () => {
    const committer = start(["commit"]);
    const [, requestId] = await committer.waitFor(/^committed (\S+)$/m);
    committer.child.kill("SIGKILL");
    expect(await committer.exited).toBeNull();

    const link = `/school/aanvragen/scholing/${requestId}`;
    const mails = join(folder, "mail");
    expect(await (await sender(mails)).go()).toBeGreaterThan(0);
    // A second process afterwards finds nothing left to send.
    expect(await (await sender(mails)).go()).toBe(0);
    const aboutRequest = (await mailFiles(mails)).filter((eml) =>
      eml.replaceAll(/=\r?\n/g, "").includes(link),
    );
    expect(aboutRequest).toHaveLength(1);
    expect(aboutRequest[0]).toContain("To: opleidingsadviseur@maasoever.demo");
    await inParent(async (db) => {
      const row = await db.prisma.mailOutbox.findFirstOrThrow({ where: { link } });
      expect(row.sentAt).not.toBeNull();
      expect(await db.prisma.auditEvent.count({ where: { action: "mail.send", entityId: row.id } })).toBe(1);
    });
  });

  // PGlite is one process's database: two processes on one outbox need PostgreSQL, which CI's second
  // pass (TEST_DATABASE_URL, `.ci/run`) runs every `*.integration.test.ts` file of the api on.
  describe.runIf(process.env.TEST_DATABASE_URL)("on PostgreSQL", () => {
    it("lets two processes drain one outbox, each mail sent once", async () => {
      const N = 60;
      const ids = await inParent(async (db) => {
        const adviser = await db.prisma.user.findUniqueOrThrow({
          where: { email: "opleidingsadviseur@maasoever.demo" },
          include: { memberships: true },
        });
        await db.prisma.mailOutbox.createMany({
          data: Array.from({ length: N }, (_, i) => ({
            dedupeKey: `two-processes|${i}`,
            userId: adviser.id,
            organizationId: adviser.memberships[0]!.organizationId,
            kind: "trainingRequest",
            delivery: "IMMEDIATE" as const,
            link: `/school/aanvragen/scholing/two-processes-${i}`,
          })),
        });
        return (await db.prisma.mailOutbox.findMany({ where: { sentAt: null }, select: { id: true } })).map(
          (row) => row.id,
        );
      });
      expect(ids.length).toBeGreaterThanOrEqual(N);

      const mails = join(folder, "mail");
      const senders = await Promise.all([
        sender(mails, { SEND_DELAY_MS: "30" }),
        sender(mails, { SEND_DELAY_MS: "30" }),
      ]);
      const sent = await Promise.all(senders.map((s) => s.go()));
      // Both took part, and between them sent each mail once.
      expect(sent.every((count) => count > 0)).toBe(true);
      expect(sent[0]! + sent[1]!).toBe(ids.length);
      const files = (await mailFiles(mails)).map((eml) => eml.replaceAll(/=\r?\n/g, ""));
      expect(files).toHaveLength(ids.length);
      for (let i = 0; i < N; i++)
        expect(
          files.filter((eml) => eml.includes(`/two-processes-${i}\n`) || eml.endsWith(`/two-processes-${i}`)),
        ).toHaveLength(1);
      await inParent(async (db) => {
        expect(await db.prisma.mailOutbox.count({ where: { sentAt: null } })).toBe(0);
        const audits = await db.prisma.auditEvent.findMany({
          where: { action: "mail.send", entityId: { in: ids } },
          select: { entityId: true },
        });
        expect(audits).toHaveLength(ids.length);
        expect(new Set(audits.map((a) => a.entityId)).size).toBe(ids.length);
      });
    });
  });
});
