import { describe, expect, it } from "vitest";
import type { ConsentFact } from "./consent.ts";
import { pathHandover, type HandoverPathFacts } from "./path-handover.ts";

const NEW = "org-new-employer";
const OTHER = "org-another-employer";
const at = new Date("2026-06-30T12:00:00Z");
const consent = (
  organizationId: string,
  givenAt: string,
  withdrawnAt: string | null = null,
): ConsentFact => ({
  purpose: "SHARE_WITH_EMPLOYER",
  organizationId,
  givenAt: new Date(givenAt),
  withdrawnAt: withdrawnAt ? new Date(withdrawnAt) : null,
});
const moved: HandoverPathFacts = {
  endReason: "MOVED_EMPLOYER",
  movedToEmployerOrganizationId: NEW,
  currentStep: 7,
  startedOn: "2026-01-10",
  goalFunctionId: "pedagogisch-medewerker",
  goalCredentialId: "C0125",
  chosenRoute: "C0125+C0123+C0126",
  learningRoute: "DERDE_LEERWEG",
  careerPerspective: "Pedagogisch medewerker op de BSO.",
  ambition: "Zelfstandig een groep draaien.",
  consents: [consent(NEW, "2026-06-01T09:00:00Z")],
  credentials: [],
};

describe("pathHandover", () => {
  it.each<[string, Partial<HandoverPathFacts>, string]>([
    ["the path ended another way", { endReason: "STOPPED_WITHOUT_RESULT" }, NEW],
    ["the path still runs", { endReason: null }, NEW],
    ["a completed path", { endReason: "COMPLETED" }, NEW],
    ["no new employer named", { movedToEmployerOrganizationId: null }, NEW],
    ["moved to another employer than the reader", {}, OTHER],
    ["no consent", { consents: [] }, NEW],
    ["consent to share with another employer", { consents: [consent(OTHER, "2026-06-01T09:00:00Z")] }, NEW],
    [
      "consent for another purpose",
      { consents: [{ ...consent(NEW, "2026-06-01T09:00:00Z"), purpose: "SHARE_WITH_SCHOOL" }] },
      NEW,
    ],
    ["consent withdrawn", { consents: [consent(NEW, "2026-06-01T09:00:00Z", "2026-06-20T09:00:00Z")] }, NEW],
    ["consent given only later", { consents: [consent(NEW, "2026-07-01T09:00:00Z")] }, NEW],
  ])("shows nothing when %s", (_, change, reader) => {
    expect(pathHandover({ ...moved, ...change }, reader, at)).toBeNull();
  });

  it("carries the goal, its route, the perspective and ambition, and resumes at the last carried step", () => {
    expect(pathHandover(moved, NEW, at)).toEqual({
      goalFunctionId: "pedagogisch-medewerker",
      goalCredentialId: "C0125",
      chosenRoute: "C0125+C0123+C0126",
      learningRoute: "DERDE_LEERWEG",
      careerPerspective: "Pedagogisch medewerker op de BSO.",
      ambition: "Zelfstandig een groep draaien.",
      resumeStep: 5,
      achievedCredentialIds: [],
    });
  });

  it.each<[number, number]>([
    [1, 1],
    [4, 4],
    [5, 5],
    [6, 5],
    [8, 5],
  ])("a path at step %i continues at step %i", (currentStep, resumeStep) => {
    expect(pathHandover({ ...moved, currentStep }, NEW, at)?.resumeStep).toBe(resumeStep);
  });

  it("hands over the credentials achieved on the path: since it started, up to now, not replaced", () => {
    const credentials = [
      { id: "before", credentialId: "C0123", issuedOn: "2025-12-01", superseded: false },
      {
        id: "on-the-way",
        credentialId: "pv-helpende-zorg-welzijn",
        issuedOn: "2026-03-01",
        superseded: false,
      },
      { id: "corrected", credentialId: "C0126", issuedOn: "2026-04-01", superseded: true },
      { id: "later", credentialId: "C0126", issuedOn: "2026-07-01", superseded: false },
    ];
    expect(pathHandover({ ...moved, credentials }, NEW, at)?.achievedCredentialIds).toEqual(["on-the-way"]);
  });

  it("answers again once a withdrawn consent is given anew", () => {
    const consents = [
      consent(NEW, "2026-06-01T09:00:00Z", "2026-06-10T09:00:00Z"),
      consent(NEW, "2026-06-15T09:00:00Z"),
    ];
    expect(pathHandover({ ...moved, consents }, NEW, at)).not.toBeNull();
  });
});
