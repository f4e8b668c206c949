import { describe, expect, it } from "vitest";
import { can, COACH_ROLES, isOpenToEveryMember, PERMISSIONS, ROLES, ROLES_OF_KIND } from "./permissions.ts";

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

describe("who decides on results and documents", () => {
  // WEB art. 7.4.5a, 7.4.5 and 7.4.6; rijksoverheid.nl "Wie is verantwoordelijk voor het examen in het
  // mbo": the examinator registers and assesses, the examencommissie establishes results and decides
  // whether a certificate or diploma is earned; the institution hands it out on that decision.
  const decisions = ["establishExamResults", "issueCertificatesAndDiplomas"] as const;
  const schoolRoles = ROLES_OF_KIND.SCHOOL;

  it.each(decisions.flatMap((action) => schoolRoles.map((role) => [action, role] as const)))(
    "%s is for %s only when that role is the examencommissie",
    (action, role) => {
      expect(can([role], action)).toBe(role === ROLES.EXAM_COMMITTEE);
    },
  );

  it("leaves registering and assessing to the examinator", () => {
    expect(can([ROLES.EXAMINER], "assessExamResults")).toBe(true);
    expect(can([ROLES.EXAM_COMMITTEE], "assessExamResults")).toBe(false);
  });
});

describe("the permission table", () => {
  const roles: readonly string[] = Object.values(ROLES);

  it.each(Object.entries(PERMISSIONS))(
    "gives %s to at least one role, each of which exists",
    (_, allowed) => {
      expect(allowed.length).toBeGreaterThan(0);
      for (const role of allowed) expect(roles).toContain(role);
      expect(new Set(allowed).size).toBe(allowed.length);
    },
  );

  it.each(Object.entries(PERMISSIONS))(
    "keeps %s within one kind of organisation and its partners",
    (_, allowed) => {
      const kinds = new Set(allowed.map((role) => kindOf(role)));
      expect([...kinds].filter((kind) => kind !== "PARTNER").length).toBe(1);
    },
  );

  it("spells each role as its own name and puts it in exactly one kind of organisation", () => {
    for (const [key, role] of Object.entries(ROLES)) expect(role).toBe(key);
    const byKind = Object.values(ROLES_OF_KIND).flat();
    expect([...byKind].sort()).toEqual([...roles].sort());
  });

  it("names one action open to every member of each kind, and the coaches as roles that exist", () => {
    expect(isOpenToEveryMember("employerMember", ["EMPLOYER"])).toBe(true);
    expect(isOpenToEveryMember("schoolMember", ["SCHOOL"])).toBe(true);
    expect(isOpenToEveryMember("regionMember", ["REGION"])).toBe(true);
    expect(isOpenToEveryMember("regionDeskMember", ["REGION", "PARTNER"])).toBe(true);
    expect(isOpenToEveryMember("regionMember", ["REGION", "PARTNER"])).toBe(false);
    expect(isOpenToEveryMember("manageOffers", ["SCHOOL"])).toBe(false);
    for (const role of COACH_ROLES) expect(roles).toContain(role);
  });
});

describe("the school's and the region's roles", () => {
  it("keeps the praktijkverklaring from the docent and the aanbod from the examencommissie", () => {
    expect(can(["TEACHER"], "issuePraktijkverklaringen")).toBe(false);
    expect(can(["TRAINING_ADVISOR"], "issuePraktijkverklaringen")).toBe(true);
    expect(can(["EXAM_COMMITTEE"], "manageOffers")).toBe(false);
    expect(can(["TRAINING_ADVISOR"], "manageOffers")).toBe(true);
  });

  it("lets the coordinator and the WSP refer, the coordinator and the LWL advise, and no partner do either", () => {
    expect(can(["WSP_ADVISOR"], "referCandidates")).toBe(true);
    expect(can(["LWL_ADVISOR"], "referCandidates")).toBe(false);
    expect(can(["LWL_ADVISOR"], "adviseCandidates")).toBe(true);
    expect(can(["INTAKE"], "referCandidates")).toBe(false);
    expect(can(["INTAKE"], "adviseCandidates")).toBe(false);
    expect(can(["INTAKE"], "regionDeskMember")).toBe(true);
  });
});

function kindOf(role: string): string {
  return Object.entries(ROLES_OF_KIND).find(([, members]) =>
    (members as readonly string[]).includes(role),
  )![0];
}
