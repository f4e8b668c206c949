import { describe, expect, it } from "vitest";
import {
  allowedPokTransitions,
  effectivePokStatus,
  ENDED_POK_STATUSES,
  isPokEditable,
  isPokEnded,
  POK_STATUSES,
  missingPokFields,
  pokTransitionProblems,
  type PokFacts,
} from "./pok.ts";

const complete: PokFacts = {
  status: "DRAFT",
  workplaceTrainerAssigned: true,
  teacherAssigned: true,
  startDate: "2027-01-18",
  endDate: "2027-07-16",
  totalHours: 100,
  hoursPerWeek: 4,
  daysPerWeek: 1,
  recognised: true,
};

describe("the POK lifecycle", () => {
  it("walks draft → complete → sent → signed → ended", () => {
    expect(pokTransitionProblems(complete, "COMPLETE")).toEqual([]);
    expect(pokTransitionProblems({ ...complete, status: "COMPLETE" }, "SENT")).toEqual([]);
    expect(pokTransitionProblems({ ...complete, status: "SENT" }, "SIGNED")).toEqual([]);
    expect(pokTransitionProblems({ ...complete, status: "SIGNED" }, "ENDED")).toEqual([]);
  });

  it("never reopens a signed, ended, withdrawn or rejected POK", () => {
    for (const status of ["SIGNED", "ENDED", "WITHDRAWN", "REJECTED"] as const) {
      expect(isPokEditable(status)).toBe(false);
      expect(allowedPokTransitions(status)).not.toContain("DRAFT");
      expect(pokTransitionProblems({ ...complete, status }, "DRAFT")[0]).toContain("nieuwe POK");
    }
    expect(isPokEditable("DRAFT")).toBe(true);
    expect(isPokEditable("COMPLETE")).toBe(true);
  });

  it("needs every field from 'volledig' on, and the leerbedrijf's SBB recognition", () => {
    const empty: PokFacts = {
      ...complete,
      workplaceTrainerAssigned: false,
      teacherAssigned: false,
      startDate: null,
      endDate: null,
      totalHours: null,
      hoursPerWeek: null,
      daysPerWeek: null,
      recognised: false,
    };
    expect(missingPokFields(empty)).toHaveLength(7);
    const problems = pokTransitionProblems(empty, "COMPLETE");
    expect(problems).toHaveLength(8);
    expect(problems.at(-1)).toContain("SBB-erkenning");
    expect(pokTransitionProblems(empty, "WITHDRAWN")).toEqual([]);
    expect(missingPokFields({ ...complete, endDate: "2027-01-01" })).toEqual([
      "De einddatum ligt na de startdatum.",
    ]);
  });

  it("ends a signed POK after its end date", () => {
    expect(effectivePokStatus("SIGNED", "2027-07-16", "2027-07-16")).toBe("SIGNED");
    expect(effectivePokStatus("SIGNED", "2027-07-16", "2027-07-17")).toBe("ENDED");
    expect(effectivePokStatus("SENT", "2027-07-16", "2027-08-01")).toBe("SENT");
  });
});

describe("which POK statuses count as ended", () => {
  it.each([
    ["DRAFT", false],
    ["COMPLETE", false],
    ["SENT", false],
    ["SIGNED", false],
    ["ENDED", true],
    ["WITHDRAWN", true],
    ["REJECTED", true],
  ] as const)("%s: %s", (status, ended) => {
    expect(isPokEnded(status)).toBe(ended);
  });

  it("lists every status that has no way out, and only those", () => {
    for (const status of POK_STATUSES)
      expect(ENDED_POK_STATUSES.includes(status)).toBe(allowedPokTransitions(status).length === 0);
    expect(ENDED_POK_STATUSES.toSorted()).toEqual(["ENDED", "REJECTED", "WITHDRAWN"]);
  });
});
