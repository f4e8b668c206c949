import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { UnknownReferenceError } from "../errors.ts";
import { assessStaffing, groupInputFromAges, requiredQualifiedStaff } from "./staff-ratio.ts";

describe("requiredQualifiedStaff", () => {
  it.each([
    ["dagopvang", "0-1", 3, 1],
    ["dagopvang", "0-1", 4, 2],
    ["dagopvang", "0-1", 12, 4],
    ["dagopvang", "1-2", 11, 3],
    ["dagopvang", "1-2", 16, 4],
    ["dagopvang", "2-3", 9, 2],
    ["dagopvang", "3-4", 16, 2],
    ["bso", "7-13", 12, 1],
    ["bso", "7-13", 13, 2],
    ["bso", "4-13", 22, 2],
    ["dagopvang", "2-3", 0, 0],
  ] as const)("%s %s with %i children needs %i", (careType, ageBand, children, staff) => {
    expect(requiredQualifiedStaff(catalog, { careType, ageBand, children })).toBe(staff);
  });

  it("refuses an unknown age band", () => {
    expect(() => requiredQualifiedStaff(catalog, { careType: "bso", ageBand: "0-18", children: 5 })).toThrow(
      UnknownReferenceError,
    );
  });
});

describe("assessStaffing", () => {
  it("does not count a groepshulp", () => {
    expect(assessStaffing(catalog, 2, ["pedagogisch-medewerker", "groepshulp"], "2026-11-23")).toMatchObject({
      qualified: 1,
      notCounted: 1,
      shortfall: 1,
    });
  });

  it("counts learners within their cap, which is a half until July 2026 and a third after", () => {
    const staff = ["pedagogisch-medewerker", "beroepskracht-in-opleiding", "beroepskracht-in-opleiding"];
    expect(assessStaffing(catalog, 4, staff, "2026-06-01")).toMatchObject({
      learnersCounted: 2,
      shortfall: 1,
    });
    expect(assessStaffing(catalog, 4, staff, "2026-11-23")).toMatchObject({
      learnersCounted: 1,
      shortfall: 2,
    });
  });

  it("needs at least one qualified beroepskracht", () => {
    expect(
      assessStaffing(catalog, 2, ["beroepskracht-in-opleiding", "beroepskracht-in-opleiding"], "2026-06-01"),
    ).toMatchObject({ learnersCounted: 0, shortfall: 2 });
  });
});

describe("groupInputFromAges", () => {
  it.each([
    [0, 12, "dagopvang", "0-1"],
    [12, 24, "dagopvang", "1-2"],
    [24, 48, "dagopvang", "2-3"],
    [0, 48, "dagopvang", "0-1"],
    [36, 48, "dagopvang", "3-4"],
    [48, 84, "bso", "4-7"],
    [84, 156, "bso", "7-13"],
    [48, 156, "bso", "4-13"],
  ] as const)("%i–%i months is %s %s", (min, max, careType, ageBand) => {
    expect(groupInputFromAges(min, max, 10)).toEqual({ careType, ageBand, children: 10 });
  });

  it("refuses an empty or reversed age range", () => {
    expect(() => groupInputFromAges(24, 24, 5)).toThrow(RangeError);
  });
});
