// The built server as production runs it (plain `node dist/main.js`, its own process group), stopped
// in the middle of steady writes: gracefully with SIGTERM to the whole group, and with kill -9.
// Afterwards the database must hold every write the server acknowledged.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, DEMO_PASSWORD } from "@ontwikkelpad/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const serverDir = new URL("..", import.meta.url).pathname;
let root: string;
/** One database for both tests: the second starts on a migrated, seeded folder, as a restart does. */
let dataDir: string;

beforeAll(() => {
  const build = spawnSync(process.execPath, ["build.mjs"], { cwd: serverDir, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  root = mkdtempSync(join(tmpdir(), "ontwikkelpad-stop-"));
  mkdirSync(join(root, "portals"));
  dataDir = join(root, "pglite");
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function startBuiltServer(): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: serverDir,
    detached: true, // a process group of its own, as under a terminal or a service manager
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      PORTALS_DIR: join(root, "portals"),
      SEED_DEMO: "true",
      LOG_LEVEL: "info",
      SHUTDOWN_TIMEOUT_MS: "20000",
    },
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 900; i++) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, url, output: () => output, exited };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy:\n${output}`);
}

interface Answer {
  status: number | null;
  body: string;
  error?: string;
}

/** One request on a connection of its own, so a stop never catches it on a reused idle connection. */
function post(url: string, path: string, headers: Record<string, string>, body: unknown): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request(
      `${url}${path}`,
      { method: "POST", agent: false, headers: { "content-type": "application/json", ...headers } },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? null, body: text }));
        res.on("error", (error) => resolve({ status: null, body: text, error: error.message }));
      },
    );
    req.on("error", (error) => resolve({ status: null, body: "", error: error.message }));
    req.end(JSON.stringify(body));
  });
}

async function login(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "hr@kinderrijk.demo", password: DEMO_PASSWORD }),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith("op_csrf="))!.split("=")[1]!);
  return { cookie: cookies.join("; "), "x-csrf-token": csrf };
}

/** Four writers adding a person each per request until the server stops answering. */
function steadyWrites(url: string, headers: Record<string, string>, tag: string) {
  const answers: { name: string; answer: Answer }[] = [];
  const writer = async (w: number) => {
    for (let i = 0; ; i++) {
      const name = `${tag}-${w}-${i}`;
      const answer = await post(url, "/trpc/employer.persons.create", headers, {
        kind: "STAFF",
        givenName: "Duurzaam",
        familyName: name,
        functionId: "groepshulp",
        hoursPerWeek: 20,
        contractStart: "2026-09-01",
      });
      answers.push({ name, answer });
      if (answer.status === null) return;
    }
  };
  const done = Promise.all([0, 1, 2, 3].map(writer));
  return { answers, done };
}

/** The family names of the given tag that are in the database. */
async function storedNames(tag: string): Promise<Set<string>> {
  const db = await createDatabase({ dataDir });
  try {
    const persons = await db.prisma.person.findMany({
      where: { familyName: { startsWith: `${tag}-` } },
      select: { familyName: true },
    });
    return new Set(persons.map((p) => p.familyName));
  } finally {
    await db.close();
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("stopping the built server during writes", () => {
  it("finishes the requests in flight, a long import included, on SIGTERM to the process group", async () => {
    const server = await startBuiltServer();
    const headers = await login(server.url);
    const writes = steadyWrites(server.url, headers, "term");
    const importRows = Array.from({ length: 2000 }, (_, i) => ({
      voornaam: "Import",
      achternaam: `term-import-${i}`,
      functie: "groepshulp",
      uren: "24",
      startdatum: "2026-10-01",
    }));
    await wait(1500);
    let importAnsweredAt = 0;
    const importing = post(server.url, "/trpc/employer.persons.import", headers, {
      rows: importRows,
      dryRun: false,
    }).then((answer) => {
      importAnsweredAt = performance.now();
      return answer;
    });
    await wait(300);
    const signalledAt = performance.now();
    process.kill(-server.child.pid!, "SIGTERM");
    const [imported] = await Promise.all([importing, writes.done]);
    // The import was still running when the group got the signal, and was answered all the same.
    expect(importAnsweredAt).toBeGreaterThan(signalledAt);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('"msg":"shutting down"');
    expect(server.output()).toContain('"msg":"server stopped"');

    expect(imported.status).toBe(200);
    expect(JSON.parse(imported.body)).toMatchObject({ result: { data: { created: 2000 } } });
    const answered = writes.answers.filter((a) => a.answer.status !== null);
    expect(answered.length).toBeGreaterThan(4);
    expect(answered.filter((a) => a.answer.status !== 200)).toEqual([]);

    const stored = await storedNames("term");
    expect(answered.filter((a) => !stored.has(a.name))).toEqual([]);
    expect(importRows.filter((row) => !stored.has(row.achternaam))).toEqual([]);
    // A request refused at the stop never reached a procedure: nothing was written without an answer.
    const refused = writes.answers.filter((a) => a.answer.status === null);
    expect(refused.filter((a) => stored.has(a.name))).toEqual([]);
  }, 300_000);

  it("loses no acknowledged write on kill -9", async () => {
    const server = await startBuiltServer();
    const writes = steadyWrites(server.url, await login(server.url), "kill");
    // Killed once several writes were acknowledged: a busy machine answers fewer in a fixed time.
    const acknowledgedSoFar = () => writes.answers.filter((a) => a.answer.status === 200).length;
    const refusedSoFar = () => writes.answers.some((a) => a.answer.status === null);
    while (acknowledgedSoFar() <= 4 && !refusedSoFar()) await wait(100);
    process.kill(-server.child.pid!, "SIGKILL");
    await Promise.all([writes.done, server.exited]);

    const acknowledged = writes.answers.filter((a) => a.answer.status === 200);
    expect(acknowledged.length).toBeGreaterThan(4);
    const stored = await storedNames("kill");
    expect(acknowledged.filter((a) => !stored.has(a.name))).toEqual([]);
  }, 300_000);
});
