/**
 * A national-scale dataset for benchmarks: 35 regions, ~70 schools, ~3,000 employers with
 * ~10,000 locations and ~130,000 persons, a third of them on a development path with evidence, most
 * qualified staff with the diploma HR recorded, and exam results at the schools for enrolled learners.
 * Deterministic for a given seed, scale and day. Generated rows have ids starting with "gen-", so the
 * dataset sits beside the demo data and can be recognised. Every date of something that happened
 * (evidence, a signature, a completed step, an issued or held credential, an exam and its log, a
 * referral) falls on or before `today`, as the product's own rules accept nothing else.
 */
import type { SqlRunner } from "../database.ts";
import { type NationalOptions, createGeneration } from "./national-context.ts";
import { generateCandidates } from "./national-candidates.ts";
import { generateEmployers } from "./national-employers.ts";
import { generateRegions } from "./national-regions.ts";
import { generateSchools } from "./national-schools.ts";

export type { NationalOptions } from "./national-context.ts";

export interface NationalCounts {
  [table: string]: number;
}

export async function generateNationalDataset(
  sql: SqlRunner,
  options: NationalOptions,
): Promise<NationalCounts> {
  const [existing] = await sql.query<{ count: number }>(
    `SELECT count(*)::int AS "count" FROM "Organization" WHERE "id" LIKE 'gen-%'`,
  );
  if ((existing?.count ?? 0) > 0) {
    throw new Error("This database already holds the national dataset; use a fresh DATA_DIR or database.");
  }
  const generation = createGeneration(sql, options);
  // The parts run in this order and each draws from the one random source: reordering them changes the dataset.
  const regions = await generateRegions(sql, generation);
  const schools = await generateSchools(generation, regions);
  await generateEmployers(generation, regions, schools);
  await generateCandidates(generation, regions);

  const writers = generation.write.all;
  for (const bulk of writers) await bulk.flush();
  return Object.fromEntries(writers.map((bulk) => [bulk.table, bulk.count]));
}
