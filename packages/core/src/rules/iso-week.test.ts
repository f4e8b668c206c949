import { describe, expect, it } from "vitest";
import { isIsoWeek, isoWeekOf } from "./iso-week.ts";

describe("isoWeekOf", () => {
  it.each([
    ["2026-12-02", "2026-W49"],
    ["2026-11-23", "2026-W48"],
    ["2027-01-01", "2026-W53"],
    ["2025-12-29", "2026-W01"],
    ["2024-12-30", "2025-W01"],
  ])("%s lies in %s", (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});

describe("isIsoWeek", () => {
  it("accepts existing weeks and refuses the rest", () => {
    expect(isIsoWeek("2026-W53")).toBe(true);
    expect(isIsoWeek("2025-W53")).toBe(false);
    expect(isIsoWeek("2026-W00")).toBe(false);
    expect(isIsoWeek("2026-48")).toBe(false);
  });
});
