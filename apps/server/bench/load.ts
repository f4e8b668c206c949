// Load benchmark on loopback: starts the server in-process and prints req/s and p50/p95/p99 for a
// trivial procedure, the employer team overview and the region dashboard, at 20 concurrent
// connections for a bounded time each. It stops by itself.
//   DATA_DIR=/tmp/national pnpm --filter @ontwikkelpad/server bench          (PGlite)
//   BENCH_DATABASE_URL=postgres://… pnpm --filter @ontwikkelpad/server bench (PostgreSQL)
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD } from "@ontwikkelpad/db";
import { configSchema } from "../src/config.ts";
import { startServer } from "../src/server.ts";

const CONCURRENCY = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const MAX_REQUESTS = 50_000;

const server = await startServer(
  configSchema.parse({
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    DATA_DIR: process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), "ontwikkelpad-bench-")),
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
  }),
);

async function session(email: string): Promise<string> {
  const res = await fetch(`${server.url}/trpc/auth.login`, {
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
      const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
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
  const [persons, paths] = await Promise.all([server.db.prisma.person.count(), server.db.prisma.developmentPath.count()]);
  console.log(`database ${server.db.kind}: ${persons} persons, ${paths} paths; ${CONCURRENCY} connections, ${SECONDS} s per query`);
  const employer = await session(process.env.BENCH_EMPLOYER ?? "hr@kinderrijk.demo");
  const region = await session(process.env.BENCH_REGION ?? "wsp@rijnmond.demo");
  await run("trivial (catalog.pathSteps)", "/trpc/catalog.pathSteps", employer);
  await run("employer team overview", "/trpc/employer.persons.list", employer);
  await run("region dashboard", "/trpc/region.dashboard.get", region);
} finally {
  await server.close();
}
