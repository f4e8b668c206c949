/**
 * `pnpm --filter @ontwikkelpad/db generate:national [--scale 0.1] [--seed 42] [--today 2026-11-01]`
 * Loads the national benchmark dataset into DATABASE_URL, or PGlite in DATA_DIR, dated up to today
 * (or the day given).
 */
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import { z } from "zod";
import { openDatabaseFromEnvironment } from "../environment.ts";
import { migrate } from "../migrate/migrate.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";
import { generateNationalDataset } from "./national.ts";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "1" }, seed: { type: "string" }, today: { type: "string" } },
});
const options = z
  .object({
    scale: z.coerce.number().positive().max(10),
    seed: z.coerce.number().int().optional(),
    today: z.iso.date().optional(),
  })
  .parse(values);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const started = performance.now();
const db = await openDatabaseFromEnvironment();
try {
  await migrate(db);
  const passwordHash = await hash(DEMO_PASSWORD);
  const counts = await db.sql.transaction((tx) =>
    generateNationalDataset(tx, {
      scale: options.scale,
      seed: options.seed,
      passwordHash,
      today: options.today ? new Date(`${options.today}T00:00:00Z`) : undefined,
    }),
  );
  const loaded = performance.now();
  // VACUUM too: it sets the visibility map, without which an index-only read still visits each row
  // (a third more pages for the region dashboard's read straight after generating).
  await db.sql.exec("VACUUM ANALYZE");
  console.log(`National dataset (scale ${options.scale}) on ${db.kind}:`);
  for (const [table, count] of Object.entries(counts))
    console.log(`  ${table.padEnd(22)} ${count.toLocaleString("nl-NL")}`);
  console.log(
    `Loaded in ${seconds(loaded - started)}, vacuumed and analysed in ${seconds(performance.now() - loaded)}.`,
  );
} finally {
  await db.close();
}
