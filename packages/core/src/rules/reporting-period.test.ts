import { describe, expect, it } from "vitest";
import {
  closedPeriods,
  isClosedPeriod,
  monthsOf,
  periodBounds,
  reportingPeriodSchema,
} from "./reporting-period.ts";

describe("reporting periods", () => {
  it.each(["2026-10", "2026-Q3"])("accepts %s", (id) => expect(reportingPeriodSchema.parse(id)).toBe(id));
  it.each(["2026-13", "2026-Q5", "2026-10-01", "2026"])("refuses %s", (id) =>
    expect(reportingPeriodSchema.safeParse(id).success).toBe(false),
  );

  it.each([
    ["2026-10", ["2026-10"], "2026-10-01", "2026-11-01"],
    ["2026-12", ["2026-12"], "2026-12-01", "2027-01-01"],
    ["2026-Q4", ["2026-10", "2026-11", "2026-12"], "2026-10-01", "2027-01-01"],
    ["2026-Q1", ["2026-01", "2026-02", "2026-03"], "2026-01-01", "2026-04-01"],
  ])("%s holds %j, from %s until %s", (id, months, from, until) => {
    expect(monthsOf(id)).toEqual(months);
    expect(periodBounds(id)).toEqual({ from, until });
  });

  it.each([
    ["2026-11", "2026-11-30", false],
    ["2026-11", "2026-12-01", true],
    ["2026-Q4", "2026-12-31", false],
    ["2026-Q3", "2026-10-01", true],
  ])("%s is closed on %s: %s", (id, asOf, closed) => expect(isClosedPeriod(id, asOf)).toBe(closed));

  it("offers the closed months and quarters before asOf, newest first", () => {
    expect(closedPeriods("month", "2026-02-15", 3)).toEqual(["2026-01", "2025-12", "2025-11"]);
    expect(closedPeriods("quarter", "2026-02-15", 3)).toEqual(["2025-Q4", "2025-Q3", "2025-Q2"]);
    for (const p of [
      ...closedPeriods("month", "2026-12-06", 24),
      ...closedPeriods("quarter", "2026-12-06", 8),
    ])
      expect(isClosedPeriod(p, "2026-12-06")).toBe(true);
  });
});
