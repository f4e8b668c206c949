import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../catalog/childcare/index.ts";
import { primaryEducationCatalog } from "../catalog/primary-education/index.ts";
import { programmeCatalog } from "../catalog/programmes/index.ts";
import { InvalidDateError } from "../errors.ts";
import {
  learningTeamAccess,
  learningTeamCloseRefusal,
  learningTeamGoalRefusal,
  studentAccess,
  type LearningTeamGoalRef,
  type LearningTeamReader,
  type StudentAccess,
} from "./learning-team.ts";

// Deventer (seed 004): Aventus made the team, Saxion joined, a third school is invited, Raster hosts.
const team = {
  hostOrganizationId: "raster",
  schools: [
    { schoolOrganizationId: "aventus", status: "JOINED" as const },
    { schoolOrganizationId: "saxion", status: "JOINED" as const },
    { schoolOrganizationId: "stedendriehoek", status: "INVITED" as const },
  ],
};

describe("learningTeamAccess", () => {
  it.each([
    ["aventus", "school"],
    ["saxion", "school"],
    ["stedendriehoek", "invitedSchool"],
    ["raster", "host"],
    ["another-school", null],
    ["region", null],
  ])("%s reads the team as %s", (organizationId, access) => {
    expect(learningTeamAccess(team, organizationId)).toBe(access);
  });
});

describe("studentAccess", () => {
  // Noa: an mbo student of Aventus linked to its enrolment of her person; Lieke: added by name only.
  const noa = { schoolOrganizationId: "aventus", personId: "noa" };
  const byName = { schoolOrganizationId: "aventus", personId: null };
  const all = { readsGoals: true, readsAssessments: true, readsReflections: true, writesReflections: false };
  const none = {
    readsGoals: false,
    readsAssessments: false,
    readsReflections: false,
    writesReflections: false,
  };
  it.each<[string, typeof noa | typeof byName, LearningTeamReader, StudentAccess]>([
    ["her own school reads her goals, assessments and reflections", noa, { organizationId: "aventus" }, all],
    ["a partner school (a pabo teacher) reads nothing", noa, { organizationId: "saxion" }, none],
    ["an invited school reads nothing", noa, { organizationId: "stedendriehoek" }, none],
    [
      "the host reads her goals, not the assessments or reflections",
      noa,
      { organizationId: "raster" },
      { ...none, readsGoals: true },
    ],
    ["an organisation outside the team reads nothing", noa, { organizationId: "another-school" }, none],
    [
      "the student herself reads everything of hers and writes reflections",
      noa,
      { studentPersonId: "noa" },
      { ...all, writesReflections: true },
    ],
    ["another student of the team reads nothing of hers", noa, { studentPersonId: "lieke" }, none],
    ["a student added by name only is no one's own view", byName, { studentPersonId: "noa" }, none],
    ["her school still reads a student added by name", byName, { organizationId: "aventus" }, all],
  ])("%s", (_case, member, reader, expected) => {
    expect(studentAccess(team, member, reader)).toEqual(expected);
  });
});

describe("learningTeamGoalRefusal", () => {
  const sectors = [childcareCatalog, primaryEducationCatalog];
  const oaWorkProcess = "pedagogisch-werk-2021:P3-K1-W1";
  const pmkOnly = "pedagogisch-werk-2021:P1-K1-W1";
  it.each<[string, string, LearningTeamGoalRef, string | null]>([
    ["a shared competence for an hbo student", "hbo-pabo", { competenceId: "in-gesprek-met-ouders" }, null],
    [
      "a werkproces of her own mbo programme",
      "mbo-onderwijsassistent",
      { workProcessId: oaWorkProcess },
      null,
    ],
    [
      "a werkproces of another programme",
      "mbo-onderwijsassistent",
      { workProcessId: pmkOnly },
      "Kies een werkproces van Onderwijsassistent (mbo 4).",
    ],
    [
      "a werkproces for an hbo student",
      "hbo-social-work",
      { workProcessId: oaWorkProcess },
      "Social Work heeft geen werkprocessen in de catalogus: kies een gedeelde competentie.",
    ],
    [
      "an unknown competence",
      "hbo-pabo",
      { competenceId: "x" },
      "Kies een gedeelde competentie uit het kader.",
    ],
    [
      "an unknown programme",
      "x",
      { competenceId: "in-gesprek-met-ouders" },
      "Kies een opleiding uit de lijst.",
    ],
  ])("%s", (_case, programmeId, goal, refusal) => {
    expect(learningTeamGoalRefusal(programmeCatalog, sectors, programmeId, goal)).toBe(refusal);
  });
});

describe("learningTeamCloseRefusal", () => {
  const open = { startsOn: "2026-09-01", closedOn: null };
  it.each<[string, { startsOn: string; closedOn: string | null }, string, string, string | null]>([
    ["closes with a product", open, "Een ouderavond-draaiboek", "2027-01-31", null],
    [
      "not before it started",
      open,
      "Product",
      "2026-08-31",
      "Een leerteam sluit je af nadat het begonnen is.",
    ],
    [
      "not without a product",
      open,
      "  ",
      "2027-01-31",
      "Beschrijf het product dat het team oplevert voordat je het afsluit.",
    ],
    [
      "not twice",
      { ...open, closedOn: "2027-01-31" },
      "Product",
      "2027-02-01",
      "Dit leerteam is al afgesloten.",
    ],
  ])("%s", (_case, t, product, asOf, refusal) => {
    expect(learningTeamCloseRefusal(t, product, asOf)).toBe(refusal);
  });

  it("refuses a date that is no date", () => {
    expect(() => learningTeamCloseRefusal(open, "Product", "2027-02-30")).toThrow(InvalidDateError);
  });
});
