import { describe, expect, it } from "vitest";
import { can } from "./roles.ts";

describe("can", () => {
  it("lets only an admin manage the organisation", () => {
    expect(can(["ADMIN"], "manageOrganisation")).toBe(true);
    expect(can(["WORKPLACE_TRAINER", "ADMIN"], "manageOrganisation")).toBe(true);
    expect(can(["WORKPLACE_TRAINER"], "manageOrganisation")).toBe(false);
    expect(can(["MANAGER"], "manageOrganisation")).toBe(false);
    expect(can([], "manageOrganisation")).toBe(false);
  });
});
