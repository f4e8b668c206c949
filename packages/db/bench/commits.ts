// What durability costs on the embedded database: single-row commits and one 2,000-row transaction
// on a data folder on this disk, with PGlite's own setting (fsync off) and with each commit flushed
// (what createDatabase uses). Prints commits per second and the time per commit; stops by itself.
//   pnpm --filter @ontwikkelpad/db bench            (BENCH_COMMITS=500 to change the count)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { openEmbedded } from "../src/embedded.ts";

const COMMITS = Number(process.env.BENCH_COMMITS ?? 300);
const BATCH = 2000;
const root = mkdtempSync(join(tmpdir(), "ontwikkelpad-commits-"));

async function measure(label: string, pglite: PGlite) {
  await pglite.exec(`CREATE TABLE "Row" ("id" serial PRIMARY KEY, "name" text NOT NULL)`);
  let started = performance.now();
  for (let i = 0; i < COMMITS; i++)
    await pglite.query(`INSERT INTO "Row" ("name") VALUES ($1)`, [`rij ${i}`]);
  const single = performance.now() - started;
  started = performance.now();
  await pglite.transaction(async (tx) => {
    for (let i = 0; i < BATCH; i++) await tx.query(`INSERT INTO "Row" ("name") VALUES ($1)`, [`import ${i}`]);
  });
  const batch = performance.now() - started;
  console.log(
    `${label.padEnd(30)} ${String(Math.round((COMMITS / single) * 1000)).padStart(6)} commits/s   ${(single / COMMITS).toFixed(2).padStart(6)} ms per commit   ${BATCH} rows in one transaction ${batch.toFixed(0)} ms`,
  );
}

try {
  console.log(`${COMMITS} single-row commits, then one transaction of ${BATCH} rows, on ${root}`);
  const relaxed = await PGlite.create(join(root, "relaxed"));
  await measure("PGlite default (fsync off)", relaxed);
  await relaxed.close();
  const { pglite, release } = await openEmbedded(join(root, "durable"));
  await measure("durable (each commit flushed)", pglite);
  await pglite.close();
  release();
} finally {
  rmSync(root, { recursive: true, force: true });
}
