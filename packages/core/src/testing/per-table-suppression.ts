/**
 * Per-table small-number suppression, the rule regional figures followed before the cell key method
 * replaced it: kept only as the attack's known-weak reference, to show the attack recovers what it hid.
 *
 * A count from 1 to 4 is shown as "<5"; 0 stays 0. A table also publishes its row, column and grand
 * totals, and each line (a row with its total, a column with its total) is a sum a reader can use to
 * recompute a hidden cell. So hidden entries are extended ("complementary suppression", shown as "x")
 * until no hidden entry can be computed from the published ones: in the graph whose vertices are the
 * lines and whose edges are the hidden entries, every hidden entry must lie on a cycle (an entry that
 * does not is fixed by the line sums alone).
 */

import { z } from "zod";

/** Counts below this are hidden. */
export const SMALL_NUMBER_THRESHOLD = 5;
/** A count from 1 to SMALL_NUMBER_THRESHOLD - 1. */
export const SMALL_COUNT = "<5";
/** A count hidden so that a small count cannot be computed from the totals. */
export const COMPLEMENTARY_HIDDEN = "x";

/** A published figure on the wire: the count, "<5" or "x". */
export const publishedCountSchema = z.union([
  z.number().int().nonnegative(),
  z.literal(SMALL_COUNT),
  z.literal(COMPLEMENTARY_HIDDEN),
]);
export type PublishedCount = z.infer<typeof publishedCountSchema>;

export interface SuppressedTable {
  cells: PublishedCount[][];
  rowTotals: PublishedCount[];
  columnTotals: PublishedCount[];
  total: PublishedCount;
}

const isSmall = (n: number) => n > 0 && n < SMALL_NUMBER_THRESHOLD;

/** One figure on its own, without totals that could give it away. */
export function suppressCount(n: number): number | typeof SMALL_COUNT {
  assertCount(n);
  return isSmall(n) ? SMALL_COUNT : n;
}

function assertCount(n: number) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A count must be a whole number ≥ 0, got ${n}`);
}

/**
 * Suppresses a table of counts together with its row totals, column totals and grand total (which it
 * computes). Rows and columns may be empty; the result always has the same shape as the input.
 */
export function suppressTable(cells: readonly (readonly number[])[]): SuppressedTable {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  for (const row of cells) {
    if (row.length !== columns) throw new RangeError("Every row of the table needs the same number of cells");
    row.forEach(assertCount);
  }
  // The full grid: cells, a totals column (index `columns`) and a totals row (index `rows`).
  const grid: number[][] = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  grid.push(Array.from({ length: columns + 1 }, (_, c) => grid.reduce((sum, row) => sum + (row[c] ?? 0), 0)));
  const kind: ("shown" | "small" | "complement")[][] = grid.map((row) =>
    row.map((n) => (isSmall(n) ? "small" : "shown")),
  );
  const hidden = (r: number, c: number) => kind[r]![c] !== "shown";

  // Vertices: lines. Row line r is vertex r; column line c is vertex (rows + 1) + c.
  const columnVertex = (c: number) => rows + 1 + c;
  const vertexCount = rows + 1 + columns + 1;

  /** Vertices reachable from `start` over hidden entries, leaving out the entry (skipR, skipC). */
  const reach = (start: number, skipR: number, skipC: number): Set<number> => {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const v = queue.pop()!;
      const neighbours: number[] = [];
      if (v <= rows) {
        for (let c = 0; c <= columns; c++)
          if (hidden(v, c) && !(v === skipR && c === skipC)) neighbours.push(columnVertex(c));
      } else {
        const c = v - rows - 1;
        for (let r = 0; r <= rows; r++) if (hidden(r, c) && !(r === skipR && c === skipC)) neighbours.push(r);
      }
      for (const n of neighbours)
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
    }
    return seen;
  };

  /** A hidden entry whose value the published figures fix: it lies on no cycle of hidden entries. */
  const findExposed = (): [number, number] | null => {
    for (let r = 0; r <= rows; r++)
      for (let c = 0; c <= columns; c++)
        if (hidden(r, c) && !reach(r, r, c).has(columnVertex(c))) return [r, c];
    return null;
  };

  for (let guard = 0; guard <= vertexCount * vertexCount; guard++) {
    const exposed = findExposed();
    if (!exposed) break;
    const [er, ec] = exposed;
    const side = reach(er, er, ec);
    // Best: a shown entry joining the two sides closes a cycle through the exposed entry. Else grow
    // from the exposed entry's own lines and try again. Prefer the smallest non-zero count (least
    // information lost), then any zero, so that a line of zeros cannot give a hidden entry away.
    const candidates: { r: number; c: number; closes: boolean }[] = [];
    for (let r = 0; r <= rows; r++)
      for (let c = 0; c <= columns; c++) {
        if (hidden(r, c)) continue;
        const closes = side.has(r) !== side.has(columnVertex(c));
        if (closes || r === er || c === ec) candidates.push({ r, c, closes });
      }
    const rank = (x: { r: number; c: number; closes: boolean }) => [
      x.closes ? 0 : 1,
      grid[x.r]![x.c] === 0 ? 1 : 0,
      grid[x.r]![x.c]!,
    ];
    candidates.sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
      return 0;
    });
    const pick = candidates[0];
    if (!pick) break; // Everything in reach is hidden already.
    kind[pick.r]![pick.c] = "complement";
  }

  const publish = (r: number, c: number): PublishedCount => {
    const k = kind[r]![c];
    return k === "small" ? SMALL_COUNT : k === "complement" ? COMPLEMENTARY_HIDDEN : grid[r]![c]!;
  };
  return {
    cells: cells.map((_row, r) => Array.from({ length: columns }, (_cell, c) => publish(r, c))),
    rowTotals: cells.map((_row, r) => publish(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => publish(rows, c)),
    total: publish(rows, columns),
  };
}

/** Suppresses a list of counts shown with its total (a one-column table). */
export function suppressList(counts: readonly number[]): { counts: PublishedCount[]; total: PublishedCount } {
  const table = suppressTable(counts.map((n) => [n]));
  return { counts: table.cells.map((row) => row[0]!), total: table.total };
}
