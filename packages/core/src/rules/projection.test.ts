import { describe, expect, it } from "vitest";
import { addCalendarMonths } from "../dates.ts";
import {
  expectedQualification,
  PROJECTION_QUARTERS,
  projectionQuarterEnds,
  quarterLabel,
  type ProjectedPlan,
} from "./projection.ts";

describe("addCalendarMonths", () => {
  it.each([
    ["2027-01-15", 1, "2027-02-15"],
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2027-03-31", 1, "2027-04-30"],
    ["2027-11-30", 3, "2028-02-29"],
    ["2027-06-01", 0, "2027-06-01"],
    ["2027-06-10", 18, "2028-12-10"],
  ] as const)("%s + %i months is %s", (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });
});

describe("the projection's quarters", () => {
  it.each([
    ["2027-01-01", "2027-K1"],
    ["2027-03-31", "2027-K1"],
    ["2027-04-01", "2027-K2"],
    ["2027-09-30", "2027-K3"],
    ["2027-12-31", "2027-K4"],
  ])("%s falls in %s", (date, label) => {
    expect(quarterLabel(date)).toBe(label);
  });

  it.each([
    ["2026-12-06", ["2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31", "2028-03-31", "2028-06-30"]],
    ["2027-01-01", ["2027-06-30", "2027-09-30", "2027-12-31", "2028-03-31", "2028-06-30", "2028-09-30"]],
    ["2027-03-31", ["2027-06-30", "2027-09-30", "2027-12-31", "2028-03-31", "2028-06-30", "2028-09-30"]],
  ])("after %s: the ends of the next quarters", (asOf, ends) => {
    expect(projectionQuarterEnds(asOf)).toEqual(ends);
    expect(ends).toHaveLength(PROJECTION_QUARTERS);
  });
});

const plan = (route: number | null, ...routes: number[]): ProjectedPlan => ({
  route: route === null ? null : { totalMonths: route },
  routes: routes.map((totalMonths) => ({ totalMonths })),
});

describe("expectedQualification", () => {
  const path = { goalFunctionId: "pedagogisch-medewerker", startedOn: "2027-01-31" };
  it.each<[string, ProjectedPlan | null, string | null]>([
    ["the chosen route's months", plan(12, 6), "2028-01-31"],
    ["without a chosen route: the first route the planner offers", plan(null, 6, 12), "2027-07-31"],
    ["part of a month counts as a whole month", plan(1.5), "2027-03-31"],
    ["a month ending earlier: its last day", plan(1), "2027-02-28"],
    ["no route at all", plan(null), null],
    ["no plan", null, null],
  ])("%s", (_, planned, on) => {
    expect(expectedQualification(path, () => planned)).toEqual(
      on === null ? null : { functionId: "pedagogisch-medewerker", on },
    );
  });

  it("does not ask for a plan without a goal function", () => {
    let asked = false;
    const result = expectedQualification({ goalFunctionId: null, startedOn: "2027-01-01" }, () => {
      asked = true;
      return plan(6);
    });
    expect(result).toBeNull();
    expect(asked).toBe(false);
  });
});
