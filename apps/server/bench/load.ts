// Load benchmark on loopback: starts the server as its own process and drives it from this one,
// printing req/s and p50/p95/p99 for a trivial procedure, the employer team overview and the
// region dashboard, at 20 concurrent connections for a bounded time each. It stops by itself.
// Load the national dataset first (pnpm --filter @ontwikkelpad/db generate:national), then:
//   DATA_DIR=/tmp/national pnpm --filter @ontwikkelpad/server bench          (PGlite)
//   DATABASE_URL=postgres://… pnpm --filter @ontwikkelpad/server bench       (PostgreSQL)
// BENCH_EMPLOYER and BENCH_REGION pick the accounts (a generated employer and region by default
// when the national dataset is loaded, else the demo's).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD, openDatabaseFromEnvironment } from "@ontwikkelpad/db";

const CONCURRENCY = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const MAX_REQUESTS = 50_000;

process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), "ontwikkelpad-bench-"));

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const address = probe.address();
    probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
  });
});
const url = `http://127.0.0.1:${port}`;

// What the database holds, read before the server opens it (PGlite allows one process at a time).
const db = await openDatabaseFromEnvironment();
const national = await db.prisma.user.findUnique({ where: { email: "admin@werkgever-0.gen" } }).catch(() => null);
const regionUser = national ? await db.prisma.user.findFirst({ where: { email: { startsWith: "coordinator@" }, NOT: { email: { endsWith: ".demo" } } }, orderBy: { email: "asc" } }) : null;
const [persons, paths] = await Promise.all([db.prisma.person.count().catch(() => 0), db.prisma.developmentPath.count().catch(() => 0)]);
const kind = db.kind;
await db.close();

const server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
  cwd: new URL("..", import.meta.url),
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", SEED_DEMO: "true" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stopServer = () => new Promise<void>((resolve) => {
  if (server.exitCode !== null) return resolve();
  server.once("exit", () => resolve());
  server.kill("SIGTERM");
});

async function waitForHealth() {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not become healthy in 120 s");
}

async function session(email: string): Promise<string> {
  const res = await fetch(`${url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email} failed: ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function run(label: string, path: string, cookie: string) {
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  let failures = 0;
  const worker = async () => {
    while (performance.now() < deadline && latencies.length + failures < MAX_REQUESTS) {
      const start = performance.now();
      const res = await fetch(`${url}${path}`, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.ok) latencies.push(performance.now() - start);
      else failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1);
  console.log(
    `${label.padEnd(28)} ${String(Math.round(latencies.length / elapsed)).padStart(6)} req/s   p50 ${pct(50)} ms   p95 ${pct(95)} ms   p99 ${pct(99)} ms   failures ${failures}`,
  );
}

try {
  await waitForHealth();
  console.log(`database ${kind}: ${persons} persons, ${paths} paths; server in its own process; ${CONCURRENCY} connections, ${SECONDS} s per query`);
  const employer = await session(process.env.BENCH_EMPLOYER ?? (national ? national.email : "hr@kinderrijk.demo"));
  const region = await session(process.env.BENCH_REGION ?? regionUser?.email ?? "wsp@rijnmond.demo");
  await run("trivial (catalog.pathSteps)", "/trpc/catalog.pathSteps", employer);
  await run("employer team overview", "/trpc/employer.persons.list", employer);
  await run("region dashboard", "/trpc/region.dashboard.get", region);
} finally {
  await stopServer();
}
