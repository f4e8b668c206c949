import { describe, expect, it } from "vitest";
import { carriedOverPok, employerChangeProblems, replacedPokStatus } from "./pok-replacement.ts";

describe("a new POK on a change of employer", () => {
  it("ends a signed POK and withdraws one not yet signed; a closed POK is not replaced", () => {
    expect(replacedPokStatus("SIGNED")).toBe("ENDED");
    for (const status of ["DRAFT", "COMPLETE", "SENT"] as const)
      expect(replacedPokStatus(status)).toBe("WITHDRAWN");
    for (const status of ["ENDED", "WITHDRAWN", "REJECTED"] as const)
      expect(replacedPokStatus(status)).toBeNull();
  });

  const running = { status: "SIGNED" as const, employerOrganizationId: "old", replaced: false };

  it("is refused for the same leerbedrijf, an unrecognised one, a closed or an already replaced POK", () => {
    expect(employerChangeProblems(running, "new", true, "Kinderrijk")).toEqual([]);
    expect(employerChangeProblems(running, "old", true, "Kinderrijk")).toEqual([
      "Kies een ander leerbedrijf dan het huidige.",
    ]);
    expect(employerChangeProblems(running, "new", false, "Kinderrijk")[0]).toMatch(
      /^Kinderrijk heeft geen SBB-erkenning/,
    );
    expect(employerChangeProblems({ ...running, status: "ENDED" }, "new", true, "Kinderrijk")).toEqual([
      "Alleen een lopende POK wordt bij een wisseling van leerbedrijf vervangen.",
    ]);
    expect(employerChangeProblems({ ...running, replaced: true }, "new", true, "Kinderrijk")).toEqual([
      "Deze POK is al vervangen door een nieuwe POK.",
    ]);
  });

  it("carries over learner, credential, leerweg, programme, class, bpv-docent and schedule, nothing of the old leerbedrijf", () => {
    const old = {
      personId: "p",
      credentialId: "PMK",
      learningRoute: "BBL" as const,
      trainingOfferId: "o",
      trainingRequestId: "r",
      schoolClassId: "k",
      teacherUserId: "t",
      hoursPerWeek: 30,
      daysPerWeek: 4,
      locationId: "loc-old",
      workplaceTrainerUserId: "trainer-old",
    };
    const carried = carriedOverPok(old);
    expect(carried).toEqual({
      personId: "p",
      credentialId: "PMK",
      learningRoute: "BBL",
      trainingOfferId: "o",
      trainingRequestId: "r",
      schoolClassId: "k",
      teacherUserId: "t",
      hoursPerWeek: 30,
      daysPerWeek: 4,
    });
    expect(carried).not.toHaveProperty("locationId");
  });
});
