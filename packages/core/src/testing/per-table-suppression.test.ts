import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COMPLEMENTARY_HIDDEN,
  SMALL_COUNT,
  suppressCount,
  suppressList,
  suppressTable,
  type PublishedCount,
  type SuppressedTable,
} from "./per-table-suppression.ts";

/** The published grid with totals: cells, then the totals column; the totals row last. */
function publishedGrid(t: SuppressedTable): PublishedCount[][] {
  return [...t.cells.map((row, r) => [...row, t.rowTotals[r]!]), [...t.columnTotals, t.total]];
}

function fullGrid(cells: number[][]): number[][] {
  const withTotals = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const columns = (cells[0]?.length ?? 0) + 1;
  withTotals.push(Array.from({ length: columns }, (_, c) => withTotals.reduce((s, row) => s + row[c]!, 0)));
  return withTotals;
}

/** Rank of a matrix by Gaussian elimination (the coefficients are small integers). */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      if (f !== 0) m[i] = m[i]!.map((v, j) => v - f * m[r]![j]!);
    }
    r++;
  }
  return r;
}

/**
 * The hidden entries a reader can compute exactly from the published figures: each line (a row with
 * its total, a column with its total) is a linear equation over the hidden entries; an entry is
 * fixed when its unit vector lies in the span of those equations.
 */
function computableHiddenEntries(t: SuppressedTable): [number, number][] {
  const grid = publishedGrid(t);
  const hidden: [number, number][] = [];
  grid.forEach((row, r) => row.forEach((v, c) => typeof v !== "number" && hidden.push([r, c])));
  const index = (r: number, c: number) => hidden.findIndex(([hr, hc]) => hr === r && hc === c);
  const rows = grid.length;
  const columns = grid[0]!.length;
  const equations: number[][] = [];
  const line = (entries: [number, number][], totalAt: [number, number]) => {
    const eq = Array.from({ length: hidden.length }, () => 0);
    for (const [r, c] of entries) if (index(r, c) >= 0) eq[index(r, c)] = 1;
    if (index(...totalAt) >= 0) eq[index(...totalAt)] = -1;
    if (eq.some((v) => v !== 0)) equations.push(eq);
  };
  for (let r = 0; r < rows; r++)
    line(
      Array.from({ length: columns - 1 }, (_, c) => [r, c]),
      [r, columns - 1],
    );
  for (let c = 0; c < columns; c++)
    line(
      Array.from({ length: rows - 1 }, (_, r) => [r, c]),
      [rows - 1, c],
    );
  const base = rank(equations);
  return hidden.filter((_entry, k) => {
    const unit = Array.from({ length: hidden.length }, (_zero, j) => (j === k ? 1 : 0));
    return rank([...equations, unit]) === base;
  });
}

const tableArb = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, columns]) =>
    fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 })), {
        minLength: columns,
        maxLength: columns,
      }),
      { minLength: rows, maxLength: rows },
    ),
  );

describe("suppressCount", () => {
  it("hides 1 to 4 and keeps 0 and 5 or more", () => {
    expect([0, 1, 4, 5, 120].map(suppressCount)).toEqual([0, SMALL_COUNT, SMALL_COUNT, 5, 120]);
  });
  it("refuses what is not a count", () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
  });
});

describe("suppressTable", () => {
  it("hides a second cell in the row when a total would give a small one away", () => {
    const t = suppressTable([
      [3, 12, 20],
      [9, 15, 30],
    ]);
    expect(t.cells[0]![0]).toBe(SMALL_COUNT);
    expect(t.rowTotals[0]).toBe(35);
    // The row total 35 and the shown cells must not fix the small one: its row and column each hold
    // a second hidden entry.
    expect(t.cells[0]!.filter((v) => typeof v !== "number")).toHaveLength(2);
    expect(t.cells.map((row) => row[0]).filter((v) => typeof v !== "number")).toHaveLength(2);
    expect(computableHiddenEntries(t)).toEqual([]);
  });

  it("a step total beside one hidden step count hides a second count (the old dashboard's flaw)", () => {
    const list = suppressList([0, 2, 7, 11, 0, 6, 0]);
    // The smallest other count goes, so the least is lost.
    expect(list.counts).toEqual([0, SMALL_COUNT, 7, 11, 0, COMPLEMENTARY_HIDDEN, 0]);
    expect(list.total).toBe(26);
  });

  it("two small counts in a list already hide each other", () => {
    const list = suppressList([0, 2, 7, 11, 0, 3, 6, 0]);
    // 29 - 7 - 11 - 6 = 5 is spread over two counts of 1 to 4: neither follows.
    expect(list.counts).toEqual([0, SMALL_COUNT, 7, 11, 0, SMALL_COUNT, 6, 0]);
    expect(list.total).toBe(29);
  });

  it("keeps a table without small counts exactly as it is", () => {
    expect(suppressTable([[5, 0, 9]])).toEqual({
      cells: [[5, 0, 9]],
      rowTotals: [14],
      columnTotals: [5, 0, 9],
      total: 14,
    });
  });

  it("handles an empty table", () => {
    expect(suppressTable([])).toEqual({ cells: [], rowTotals: [], columnTotals: [], total: 0 });
  });

  it("refuses rows of different lengths and negative counts", () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[-1]])).toThrow(RangeError);
  });

  it("property: the shape stays, shown figures are the true ones, 1–4 is '<5', 0 stays 0", () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        const t = suppressTable(cells);
        const truth = fullGrid(cells);
        const shown = publishedGrid(t);
        expect(shown.length).toBe(truth.length);
        shown.forEach((row, r) =>
          row.forEach((v, c) => {
            const n = truth[r]![c]!;
            const allowed = n === 0 ? [0] : n < 5 ? [SMALL_COUNT] : [n, COMPLEMENTARY_HIDDEN];
            expect(allowed).toContain(v);
          }),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("property: no hidden figure can be computed from the published ones", () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        expect(computableHiddenEntries(suppressTable(cells))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("property: a list with its total hides at least two counts or none", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }), (counts) => {
        const list = suppressList(counts);
        const hidden = list.counts.filter((v) => typeof v !== "number").length;
        const totalHidden = typeof list.total !== "number";
        expect(hidden === 0 || hidden >= 2 || totalHidden).toBe(true);
        expect(totalHidden ? list.total : SMALL_COUNT).toBe(SMALL_COUNT);
      }),
      { numRuns: 400 },
    );
  });
});
