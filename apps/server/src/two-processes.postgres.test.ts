/**
 * Two server processes against one PostgreSQL, started at the same moment on an empty schema: they
 * migrate and seed once between them, and a user logged in on one works on the other. Runs when
 * TEST_DATABASE_URL names a PostgreSQL server (CI's second pass); see vitest.config.ts.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD, createPostgresDatabase } from "@ontwikkelpad/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const baseUrl = process.env.TEST_DATABASE_URL!;
const schema = `two_processes_${randomBytes(4).toString("hex")}`;
const databaseUrl = (() => {
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  return url.toString();
})();
const serverDir = fileURLToPath(new URL("..", import.meta.url));
const email = "hr@kinderrijk.demo";

interface Process {
  child: ChildProcess;
  url: string;
}
const processes: Process[] = [];

/** Starts `src/main.ts` in its own Node process and resolves with its URL once it listens. */
function startProcess(): Promise<Process> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      SEED_DEMO: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /draait op (http:\/\/\S+)/.exec(output);
      if (listening) resolve({ child, url: listening[1]! });
    };
    child.stdout!.on("data", onOutput);
    child.stderr!.on("data", onOutput);
    child.on("exit", (code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}

/** A browser's session on one process or another: the same cookies, sent wherever it calls. */
function browser() {
  let cookies: string[] = [];
  const csrf = () => decodeURIComponent(cookies.find((c) => c.startsWith("op_csrf="))?.split("=")[1] ?? "");
  const call = async (on: Process, path: string, input?: unknown) => {
    const mutation = input !== undefined;
    const res = await fetch(`${on.url}/trpc/${path}`, {
      method: mutation ? "POST" : "GET",
      headers: {
        cookie: cookies.join("; "),
        ...(mutation ? { "content-type": "application/json", "x-csrf-token": csrf() } : {}),
      },
      ...(mutation ? { body: JSON.stringify(input) } : {}),
    });
    const set = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
    if (set.length > 0) cookies = set;
    return { status: res.status, body: (await res.json()) as { result?: { data: unknown } } };
  };
  return { call };
}

beforeAll(async () => {
  const admin = createPostgresDatabase(baseUrl);
  await admin.sql.exec(`CREATE SCHEMA "${schema}"`);
  await admin.close();
  processes.push(...(await Promise.all([startProcess(), startProcess()])));
}, 180_000);

afterAll(async () => {
  await Promise.all(
    processes.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  const admin = createPostgresDatabase(baseUrl);
  await admin.sql.exec(`DROP SCHEMA "${schema}" CASCADE`);
  await admin.close();
}, 60_000);

describe("two server processes on one PostgreSQL", () => {
  it("migrated and seeded once between them", async () => {
    const db = createPostgresDatabase(databaseUrl);
    try {
      expect(await db.prisma.user.count({ where: { email } })).toBe(1);
      expect(await db.prisma.organization.count({ where: { name: "Kinderrijk" } })).toBe(1);
    } finally {
      await db.close();
    }
  });

  it("keeps a session made on one process on the other, through a write and a logout", async () => {
    const [a, b] = processes as [Process, Process];
    const user = browser();
    expect((await user.call(a, "auth.login", { email, password: DEMO_PASSWORD })).status).toBe(200);
    expect((await user.call(b, "auth.me")).body.result?.data).toMatchObject({ user: { email } });
    const vacancy = {
      title: "Pedagogisch medewerker BSO",
      functionId: "pedagogisch-medewerker",
      hoursPerWeek: 24,
      openings: 1,
    };
    expect((await user.call(b, "employer.vacancies.create", vacancy)).status).toBe(200);
    const listed = (await user.call(a, "employer.vacancies.list")).body.result?.data as { title: string }[];
    expect(listed.map((v) => v.title)).toContain(vacancy.title);
    expect((await user.call(b, "auth.logout", { everywhere: false })).status).toBe(200);
    expect((await user.call(a, "auth.me")).status).toBe(401);
  });

  it("counts failed logins across both processes", async () => {
    const [a, b] = processes as [Process, Process];
    const target = "leidinggevende@kinderrijk.demo";
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        browser().call(i % 2 === 0 ? a : b, "auth.login", { email: target, password: `fout-${i}` }),
      ),
    );
    const statuses = guesses.map((g) => g.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    for (const on of [a, b]) {
      for (let i = 0; i < 5; i++) await browser().call(on, "auth.login", { email: target, password: "fout" });
      expect(
        (await browser().call(on, "auth.login", { email: target, password: DEMO_PASSWORD })).status,
      ).toBe(429);
    }
  });
});
