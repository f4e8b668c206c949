// Reads during a long import: starts the server as its own process (on a new embedded database in a
// temp folder unless DATA_DIR or DATABASE_URL says otherwise), measures a trivial read
// (catalog.pathSteps, which reads the session) on an idle server, then again while a 2,000-row CSV
// import of the demo's Kinderrijk runs, and prints both p95s, their ratio and how long the import
// took. The target is a p95 under 200 ms during the import.
//   pnpm --filter @ontwikkelpad/server bench:import
import { mkdtempSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate, openDatabaseFromEnvironment, seedDemo } from "@ontwikkelpad/db";
import { percentile, startServerProcess, type Session } from "./server-process.ts";

const ROWS = 2000;
const IDLE_READS = 200;
/** Readers asking one after another, as a few users do while someone imports. */
const READERS = 4;

if (!process.env.DATABASE_URL)
  process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), "ontwikkelpad-bench-import-"));
// Migrated and seeded before the server opens it (PGlite allows one process at a time), so the
// server's start is quick on a busy machine too.
const db = await openDatabaseFromEnvironment();
await migrate(db);
await seedDemo(db.prisma);
await db.close();
const server = await startServerProcess();

// Plain node:http with kept-alive sockets, as the load benchmark uses (a fetch after the idle phase
// could reuse a socket the server closed as idle meanwhile): one for each reader and the importer.
const agent = new Agent({ keepAlive: true, maxSockets: READERS + 1 });

/** A GET, or a POST of `body` with the session's CSRF token; resolves with its milliseconds. */
function call(path: string, { cookie, csrf }: Session, body?: string): Promise<number> {
  const start = performance.now();
  const headers = body ? { cookie, "x-csrf-token": csrf, "content-type": "application/json" } : { cookie };
  return new Promise((resolve, reject) => {
    httpRequest(`${server.url}${path}`, { agent, method: body ? "POST" : "GET", headers }, (res) => {
      res.resume();
      res.on("error", reject);
      res.on("end", () =>
        res.statusCode === 200
          ? resolve(performance.now() - start)
          : reject(new Error(`${path} failed: ${res.statusCode}`)),
      );
    })
      .on("error", reject)
      .end(body);
  });
}
const read = (user: Session) => call("/trpc/catalog.pathSteps", user);

function importRows(run: string) {
  return Array.from({ length: ROWS }, (_, n) => ({
    voornaam: `Import${n}`,
    achternaam: `Bench ${run}`,
    email: "",
    functie: "Groepshulp",
    locatie: "KDV De Boomhut",
    uren: "24",
    startdatum: "1-9-2026",
    einddatum: "",
    soort: "",
  }));
}

try {
  await server.waitForHealth();
  const importer = await server.session("hr@kinderrijk.demo");
  const reader = await server.session("hr@kinderrijk.demo");

  const idle: number[] = [];
  for (let i = 0; i < IDLE_READS; i++) idle.push(await read(reader));

  let importMs = 0;
  const importing = call(
    "/trpc/employer.persons.import",
    importer,
    JSON.stringify({ rows: importRows(String(Date.now())), dryRun: false }),
  ).then((ms) => (importMs = ms));
  const during: number[] = [];
  const readUntilImported = async () => {
    while (importMs === 0) during.push(await read(reader));
  };
  await Promise.all([importing, ...Array.from({ length: READERS }, readUntilImported)]);

  idle.sort((a, b) => a - b);
  during.sort((a, b) => a - b);
  const idleP95 = percentile(idle, 95);
  const duringP95 = percentile(during, 95);
  console.log(`import of ${ROWS} rows: ${importMs.toFixed(0)} ms`);
  console.log(`trivial read, idle:          p95 ${idleP95.toFixed(1)} ms (${idle.length} reads)`);
  console.log(
    `trivial read, during import: p95 ${duringP95.toFixed(1)} ms (${during.length} reads by ${READERS} readers), ${(duringP95 / idleP95).toFixed(1)}× idle; target < 200 ms`,
  );
} finally {
  agent.destroy();
  await server.stop();
}
