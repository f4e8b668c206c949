import { describe, expect, it } from "vitest";
import { can } from "./permissions.ts";

describe("can", () => {
  it("lets only an admin manage the organization", () => {
    expect(can(["ADMIN"], "manageOrganization")).toBe(true);
    expect(can(["WORKPLACE_TRAINER", "ADMIN"], "manageOrganization")).toBe(true);
    expect(can(["WORKPLACE_TRAINER"], "manageOrganization")).toBe(false);
    expect(can(["MANAGER"], "manageOrganization")).toBe(false);
    expect(can([], "manageOrganization")).toBe(false);
  });
});

describe("the praktijkbeoordeling's roles", () => {
  it("lets the praktijkopleider rate and the leidinggevende co-sign, and neither do the other's part", () => {
    expect(can(["WORKPLACE_TRAINER"], "rateWorkProcesses")).toBe(true);
    expect(can(["WORKPLACE_TRAINER"], "coSignRatings")).toBe(false);
    expect(can(["MANAGER"], "coSignRatings")).toBe(true);
    expect(can(["MANAGER", "ADMIN"], "rateWorkProcesses")).toBe(false);
  });
});

describe("the exam results' roles", () => {
  it("lets the examinator assess, only the examencommissie establish, and both withdraw", () => {
    expect(can(["EXAMINER"], "assessExamResults")).toBe(true);
    expect(can(["EXAMINER"], "establishExamResults")).toBe(false);
    expect(can(["EXAM_COMMITTEE"], "establishExamResults")).toBe(true);
    expect(can(["EXAM_COMMITTEE"], "assessExamResults")).toBe(false);
    expect(can(["EXAMINER"], "withdrawExamResults")).toBe(true);
    expect(can(["EXAM_COMMITTEE"], "withdrawExamResults")).toBe(true);
    expect(can(["TRAINING_ADVISOR", "TEACHER"], "withdrawExamResults")).toBe(false);
  });
});
