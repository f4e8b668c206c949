import type { SqlRunner } from "../database.ts";

/** A value as a SQL literal. Only for generated data: never pass user input through this. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(",")}]::text[]`;
  if (typeof value === "object") return `${literal(JSON.stringify(value))}::jsonb`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * Collects rows for one table and writes them as multi-row INSERTs: one statement per batch is
 * far faster than one per row, on PGlite and on PostgreSQL alike. Before a batch is written, the
 * tables it refers to (`parents`) write theirs, so foreign keys always hold.
 */
export class BulkInsert {
  private rows: string[] = [];
  count = 0;

  constructor(
    private readonly sql: SqlRunner,
    readonly table: string,
    private readonly columns: readonly string[],
    private readonly parents: readonly BulkInsert[] = [],
    private readonly batchSize = 2_000,
  ) {}

  async add(values: readonly unknown[]): Promise<void> {
    this.rows.push(`(${values.map(literal).join(",")})`);
    this.count += 1;
    if (this.rows.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    for (const parent of this.parents) await parent.flush();
    const columns = this.columns.map((column) => `"${column}"`).join(",");
    const statement = `INSERT INTO "${this.table}" (${columns}) VALUES ${this.rows.join(",")}`;
    this.rows = [];
    await this.sql.exec(statement);
  }
}

/** Deterministic PRNG (mulberry32): the same seed gives the same national dataset. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}
export type Random = ReturnType<typeof createRandom>;
