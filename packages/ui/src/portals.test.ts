import { describe, expect, it } from "vitest";
import { decidePortal, PORTALS, portalOf } from "./portals.ts";

const employer = { organizationId: "e1", organizationName: "KinderRijk", organizationKind: "EMPLOYER" };
const school = { organizationId: "s1", organizationName: "Maasoever College", organizationKind: "SCHOOL" };
const partner = { organizationId: "p1", organizationName: "UWV Rotterdam", organizationKind: "PARTNER" };

describe("decidePortal", () => {
  it("stays when the active organization works in this portal", () => {
    expect(decidePortal(PORTALS.school, "s1", [employer, school])).toEqual({ kind: "stay" });
    expect(decidePortal(PORTALS.region, "p1", [partner])).toEqual({ kind: "stay" });
  });

  it("switches to the user's organization that works in this portal", () => {
    expect(decidePortal(PORTALS.school, "e1", [employer, school])).toEqual({
      kind: "switch",
      organizationId: "s1",
      organizationName: "Maasoever College",
    });
  });

  it("points to the portals of the user's own organizations otherwise", () => {
    expect(decidePortal(PORTALS.school, "e1", [employer])).toEqual({
      kind: "elsewhere",
      portals: [PORTALS.employer],
    });
    expect(decidePortal(PORTALS.employer, null, [])).toEqual({ kind: "elsewhere", portals: [] });
  });
});

describe("portalOf", () => {
  it("finds the portal an organization works in", () => {
    expect(portalOf("EMPLOYER")?.basename).toBe("/werkgever");
    expect(portalOf("PARTNER")?.basename).toBe("/regio");
    expect(portalOf("UNKNOWN")).toBeUndefined();
  });
});
