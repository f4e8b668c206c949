// Load benchmark on loopback: starts the server as its own process and drives it from this one,
// printing a table of req/s and p50/p95/p99 for a trivial procedure, the employer team overview, the
// region dashboard and a write (adding a person: one transaction with its audit event, flushed to
// disk), at 20 concurrent connections (BENCH_CONNECTIONS) for a bounded time each. It stops by itself.
// With one connection the p95 is one request's own time; with 20 it adds the wait behind the others.
// Load the national dataset first (pnpm --filter @ontwikkelpad/db generate:national), then:
//   DATA_DIR=/tmp/national pnpm --filter @ontwikkelpad/server bench          (PGlite)
//   DATABASE_URL=postgres://… pnpm --filter @ontwikkelpad/server bench       (PostgreSQL)
// BENCH_EMPLOYER and BENCH_REGION pick the accounts; by default, on the national dataset, the admin
// of a 90th-percentile team and a coordinator of the largest region, else the demo's. The write phase
// adds its persons to a team of its own (an employer it creates once, never measured), so a run
// leaves every measured team as it found it and the next run measures the same teams. The table gives
// each figure also as a ratio to the trivial procedure of the same run (its first row): absolute
// figures depend on what else the machine does, the ratios much less.
import { Agent, request as httpRequest } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hash } from "@node-rs/argon2";
import { ROLES } from "@ontwikkelpad/core";
import { DEMO_PASSWORD, migrate, openDatabaseFromEnvironment, seedDemo } from "@ontwikkelpad/db";
import { percentile, startServerProcess, type Session } from "./server-process.ts";

const CONCURRENCY = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const MAX_REQUESTS = 50_000;

process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), "ontwikkelpad-bench-"));

// What the database holds, read before the server opens it (PGlite allows one process at a time).
const db = await openDatabaseFromEnvironment();
await migrate(db);
// The demo first, as the server (started with SEED_DEMO) would: it seeds only an empty database.
await seedDemo(db.prisma);

/** The employer the write phase adds its persons to: its own, so no measured team grows between runs. */
const WRITE_TEAM = { organizationId: "bench-write-team", email: "schrijven@bench.local" };
async function ensureWriteTeam() {
  const { organizationId, email } = WRITE_TEAM;
  await db.prisma.organization.upsert({
    where: { id: organizationId },
    create: { id: organizationId, kind: "EMPLOYER", name: "Belastingtest (schrijven)" },
    update: {},
  });
  const user = await db.prisma.user.upsert({
    where: { email },
    create: { email, displayName: "Belastingtest", passwordHash: await hash(DEMO_PASSWORD) },
    update: {},
  });
  const membership = { userId: user.id, organizationId, role: ROLES.ADMIN };
  await db.prisma.membership.upsert({
    where: { userId_organizationId_role: membership },
    create: membership,
    update: {},
  });
}
await ensureWriteTeam();
/** The admin of an employer whose team is larger than `percentile`% of all teams (a realistic large team). */
async function adminOfEmployerAtTeamSizePercentile(percentile: number) {
  const teams = await db.prisma.employment.groupBy({
    by: ["employerOrganizationId"],
    where: { employerOrganizationId: { not: WRITE_TEAM.organizationId } },
    _count: { _all: true },
  });
  teams.sort((a, b) => a._count._all - b._count._all);
  const team = teams[Math.floor(((teams.length - 1) * percentile) / 100)];
  const admin =
    team &&
    (await db.prisma.membership.findFirst({
      where: { organizationId: team.employerOrganizationId, role: ROLES.ADMIN },
      include: { user: true },
    }));
  return admin ? { email: admin.user.email, teamSize: team._count._all } : null;
}

/** A coordinator of the region with the most member organisations (the heaviest dashboard). */
async function coordinatorOfLargestRegion() {
  const regions = await db.prisma.regionMembership.groupBy({
    by: ["regionOrganizationId"],
    _count: { _all: true },
    orderBy: { _count: { regionOrganizationId: "desc" } },
    take: 1,
  });
  const region = regions[0];
  const coordinator =
    region &&
    (await db.prisma.membership.findFirst({
      where: { organizationId: region.regionOrganizationId, role: ROLES.COORDINATOR },
      include: { user: true },
    }));
  return coordinator ? { email: coordinator.user.email, members: region._count._all } : null;
}

const national = (await db.prisma.user.count({ where: { email: { endsWith: ".gen" } } }).catch(() => 0)) > 0;
const employerAdmin = national ? await adminOfEmployerAtTeamSizePercentile(90) : null;
const regionUser = national ? await coordinatorOfLargestRegion() : null;
const [persons, paths] = await Promise.all([
  db.prisma.person.count().catch(() => 0),
  db.prisma.developmentPath.count().catch(() => 0),
]);
const kind = db.kind;
await db.close();

const server = await startServerProcess();
const { url } = server;

// Plain node:http with kept-alive sockets: fetch costs the load generator several times more CPU,
// which on a small machine would be taken from the server being measured.
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
/**
 * A GET, or a POST of `body` (a mutation, with the session's CSRF token): its status, or 0 when the
 * connection failed (counted as a failure, so one reset socket does not end the run).
 */
function request(path: string, { cookie, csrf }: Session, body?: string): Promise<number> {
  return new Promise((resolve) => {
    const headers = body ? { cookie, "x-csrf-token": csrf, "content-type": "application/json" } : { cookie };
    httpRequest(`${url}${path}`, { agent, method: body ? "POST" : "GET", headers }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", () => resolve(0));
    })
      .on("error", () => resolve(0))
      .end(body);
  });
}

interface Figures {
  label: string;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

/** Runs `path` for SECONDS at CONCURRENCY and returns its figures. */
async function run(label: string, path: string, user: Session, body?: () => string): Promise<Figures> {
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  let failures = 0;
  const worker = async () => {
    while (performance.now() < deadline && latencies.length + failures < MAX_REQUESTS) {
      const start = performance.now();
      const status = await request(path, user, body?.());
      if (status === 200) latencies.push(performance.now() - start);
      else failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => percentile(latencies, p);
  return { label, perSecond: latencies.length / elapsed, p50: pct(50), p95: pct(95), p99: pct(99), failures };
}

const COLUMNS = [
  ["procedure", 32],
  ["req/s", 6],
  ["p50 ms", 7],
  ["p95 ms", 7],
  ["p99 ms", 7],
  ["failures", 8],
  ["req/s ÷ trivial", 15],
  ["p95 ÷ trivial", 13],
] as const;
const tableLine = (cells: readonly string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(COLUMNS[i]![1]) : cell.padStart(COLUMNS[i]![1]))).join(" | ")} |`;

/** The table's header; each procedure's row follows as soon as it has run. */
function printTableHeader() {
  console.log(tableLine(COLUMNS.map(([title]) => title)));
  console.log(
    `|${COLUMNS.map(([, width], i) => ` ${"-".repeat(i === 0 ? width : width - 1)}${i === 0 ? " " : ": "}`).join("|")}|`,
  );
}

/** One procedure's figures, with its req/s and p95 as a ratio to the trivial procedure's (`baseline`). */
function printTableRow(figures: Figures, baseline: Figures) {
  const ratio = (value: number, base: number) => (base > 0 ? (value / base).toFixed(2) : "–");
  console.log(
    tableLine([
      figures.label,
      String(Math.round(figures.perSecond)),
      figures.p50.toFixed(1),
      figures.p95.toFixed(1),
      figures.p99.toFixed(1),
      String(figures.failures),
      ratio(figures.perSecond, baseline.perSecond),
      ratio(figures.p95, baseline.p95),
    ]),
  );
}

try {
  await server.waitForHealth();
  console.log(
    `database ${kind}: ${persons} persons, ${paths} paths; server in its own process; ${CONCURRENCY} connections, ${SECONDS} s per query`,
  );
  // The accounts measured: BENCH_EMPLOYER and BENCH_REGION, else those picked above, else the demo's.
  const employerEmail = process.env.BENCH_EMPLOYER ?? employerAdmin?.email ?? "hr@kinderrijk.demo";
  const regionEmail = process.env.BENCH_REGION ?? regionUser?.email ?? "coordinator@rijnmond.demo";
  const why = (variable: string, picked: string | null) =>
    process.env[variable] ? `chosen with ${variable}` : (picked ?? "the demo's");
  console.log(
    `team overview of ${employerEmail}: ${why("BENCH_EMPLOYER", employerAdmin && `${employerAdmin.teamSize} employments (90th percentile of team sizes)`)}`,
  );
  console.log(
    `region dashboard of ${regionEmail}: ${why("BENCH_REGION", regionUser && `${regionUser.members} member organizations (the largest region)`)}`,
  );
  const employer = await server.session(employerEmail);
  const region = await server.session(regionEmail);
  const writer = await server.session(WRITE_TEAM.email);
  printTableHeader();
  const baseline = await run("trivial (catalog.pathSteps)", "/trpc/catalog.pathSteps", employer);
  printTableRow(baseline, baseline);
  printTableRow(await run("employer team overview", "/trpc/employer.persons.list", employer), baseline);
  printTableRow(await run("region dashboard", "/trpc/region.dashboard.get", region), baseline);
  let written = 0;
  const write = await run("write (employer.persons.create)", "/trpc/employer.persons.create", writer, () =>
    JSON.stringify({
      kind: "STAFF",
      givenName: "Belasting",
      familyName: `Test ${++written}`,
      functionId: "groepshulp",
      hoursPerWeek: 20,
      contractStart: "2026-09-01",
    }),
  );
  printTableRow(write, baseline);
} finally {
  agent.destroy();
  await server.stop();
}
