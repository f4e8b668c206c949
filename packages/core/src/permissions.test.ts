import { describe, expect, it } from "vitest";
import { can } from "./permissions.ts";

describe("can", () => {
  it("lets only an admin manage the organisation", () => {
    expect(can(["ADMIN"], "manageOrganisation")).toBe(true);
    expect(can(["WORKPLACE_TRAINER", "ADMIN"], "manageOrganisation")).toBe(true);
    expect(can(["WORKPLACE_TRAINER"], "manageOrganisation")).toBe(false);
    expect(can(["MANAGER"], "manageOrganisation")).toBe(false);
    expect(can([], "manageOrganisation")).toBe(false);
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
