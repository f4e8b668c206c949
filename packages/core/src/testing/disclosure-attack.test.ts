import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protectCount } from "../rules/cell-key.ts";
import { suppressTable, type PublishedCount } from "./per-table-suppression.ts";
import { DisclosureAttack } from "./disclosure-attack.ts";

describe("DisclosureAttack", () => {
  it("recovers a small count from a total published in another table", () => {
    // By month the total is hidden; by partner the same total is published.
    const attack = new DisclosureAttack()
      .suppressed("a", "<5")
      .suppressed("b", "x")
      .sum("total", ["a", "b"])
      .suppressed("p", 5)
      .sum("total", ["p"])
      .suppressed("b", "x");
    attack.bound("b", 0, 1);
    expect(attack.recovered()).toEqual(
      new Map([
        ["p", 5],
        ["total", 5],
        ["a", 4],
        ["b", 1],
      ]),
    );
  });

  it("recovers a count from a longer period minus a shorter one", () => {
    const attack = new DisclosureAttack()
      .suppressed("long", 9)
      .suppressed("short", 6)
      .sum("long", ["short", "extra"]);
    expect(attack.recovered().get("extra")).toBe(3);
  });

  it("recovers a count from the figure before and after a change of one", () => {
    const attack = new DisclosureAttack().suppressed("before", "x").suppressed("after", 6);
    attack.equation(
      [
        ["after", 1],
        ["before", -1],
      ],
      1,
    );
    expect(attack.recovered().get("before")).toBe(5);
  });

  it("leaves a count open that no equation fixes", () => {
    const attack = new DisclosureAttack().suppressed("a", "<5").suppressed("b", "<5").sum("t", ["a", "b"]);
    expect(attack.solve().get("a")).toEqual({ min: 1, max: 4 });
    expect(attack.recovered().size).toBe(0);
  });

  it("refuses figures that contradict each other", () => {
    const attack = new DisclosureAttack().exact("a", 1).exact("b", 1).exact("t", 5).sum("t", ["a", "b"]);
    expect(() => attack.solve()).toThrow(/contradict/);
  });
});

/** A random region: candidates with a record key, a month, a partner and a stage. */
const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const PERIODS = [...MONTHS.map((m) => [m]), MONTHS.slice(0, 3), MONTHS.slice(3)];
const PARTNERS = ["desk", "uwv", "gemeente", "werkplein"];
const STAGES = 4;
const regionArbitrary = fc.array(
  fc.record({
    key: fc.integer({ min: 0, max: 2 ** 31 - 2 }),
    month: fc.constantFrom(...MONTHS),
    partner: fc.constantFrom(...PARTNERS),
    stage: fc.nat(STAGES - 1),
  }),
  { minLength: 10, maxLength: 80 },
);
type Candidate = { key: number; month: string; partner: string; stage: number };

const atom = (m: string, p: string, s: number) => `${m}|${p}|${s}`;

/**
 * Publishes every table a user can request (each period, grouped by month and by partner, with row,
 * column and grand totals) and hands each figure to the attack, named after the records it counts:
 * a figure is the sum of the (month, partner, stage) cells it covers.
 */
function attackRegion(candidates: Candidate[], publish: "suppressTable" | "cellKey"): DisclosureAttack {
  const attack = new DisclosureAttack();
  for (const m of MONTHS)
    for (const p of PARTNERS) for (let s = 0; s < STAGES; s++) attack.bound(atom(m, p, s), 0, Infinity);
  let figure = 0;
  const observe = (
    covers: { months: string[]; partners: string[]; stages: number[] },
    published: PublishedCount,
  ) => {
    const name = `figure ${figure++}`;
    if (typeof published === "number" && publish === "cellKey") attack.protected(name, published);
    else attack.suppressed(name, published);
    attack.sum(
      name,
      covers.months.flatMap((m) => covers.partners.flatMap((p) => covers.stages.map((s) => atom(m, p, s)))),
    );
  };
  const allStages = Array.from({ length: STAGES }, (_, s) => s);
  for (const months of PERIODS)
    for (const by of ["month", "partner"] as const) {
      const groups = by === "month" ? months : PARTNERS;
      const inGroup = (c: Candidate, g: string) =>
        months.includes(c.month) && (by === "month" ? c.month : c.partner) === g;
      const covers = (g: string | null, stages: number[]) => ({
        months: by === "month" && g ? [g] : months,
        partners: by === "partner" && g ? [g] : PARTNERS,
        stages,
      });
      const records = (g: string | null, s: number | null) =>
        candidates.filter(
          (c) => (g === null ? months.includes(c.month) : inGroup(c, g)) && (s === null || c.stage === s),
        );
      if (publish === "suppressTable") {
        const table = suppressTable(groups.map((g) => allStages.map((s) => records(g, s).length)));
        groups.forEach((g, r) => {
          allStages.forEach((s) => observe(covers(g, [s]), table.cells[r]![s]!));
          observe(covers(g, allStages), table.rowTotals[r]!);
        });
        allStages.forEach((s) => observe(covers(null, [s]), table.columnTotals[s]!));
        observe(covers(null, allStages), table.total);
      } else {
        const keys = (g: string | null, s: number | null) => records(g, s).map((c) => c.key);
        for (const g of [...groups, null])
          for (const s of [...allStages, null])
            observe(covers(g, s === null ? allStages : [s]), protectCount(keys(g, s)));
      }
    }
  return attack;
}

describe("the attack on a random region's funnel over every period and grouping", () => {
  it("recovers hidden cells of the per-table suppression", () => {
    let recovered = 0;
    fc.assert(
      fc.property(regionArbitrary, (candidates) => {
        recovered += attackRegion(candidates, "suppressTable").recovered().size;
      }),
      { numRuns: 10, seed: 19 },
    );
    expect(recovered).toBeGreaterThan(0);
  });

  it("recovers no count published with the cell key method", () => {
    fc.assert(
      fc.property(regionArbitrary, (candidates) => {
        expect([...attackRegion(candidates, "cellKey").recovered()]).toEqual([]);
      }),
      { numRuns: 25, seed: 19 },
    );
  });
});
