import { describe, expect, it } from "vitest";
import { isoDate } from "./dates.ts";

const spelledByIso = (d: Date) => d.toISOString().slice(0, 10);

describe("isoDate", () => {
  it.each([
    ["a DATE column", new Date("2026-09-01T00:00:00Z")],
    ["single-digit month and day", new Date("2026-01-02T00:00:00Z")],
    ["a timestamp late in the day (UTC)", new Date("2026-12-31T23:59:59.999Z")],
    ["a leap day", new Date("2024-02-29T12:00:00Z")],
    ["year 0", new Date("0000-01-01T00:00:00Z")],
    ["a three-digit year", new Date("0950-06-15T00:00:00Z")],
    ["year 9999", new Date("9999-12-31T00:00:00Z")],
    ["year 10000", new Date(Date.UTC(10000, 0, 1))],
    ["a year before 0", new Date(Date.UTC(-1, 5, 1))],
  ])("spells %s as toISOString does", (_, date) => {
    expect(isoDate(date)).toBe(spelledByIso(date));
  });

  it("spells every day of four centuries as toISOString does", () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2300, 0, 1); t += 86_400_000 + 3_600_000) {
      const date = new Date(t);
      if (isoDate(date) !== spelledByIso(date)) mismatches.push(spelledByIso(date));
    }
    expect(mismatches).toEqual([]);
  });

  it("refuses an invalid date as toISOString does", () => {
    expect(() => isoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
