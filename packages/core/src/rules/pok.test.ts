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
  isPokSigned,
  manualPokTransitions,
  pokSignatureProblems,
  pokSignedOn,
  UNSIGNED_POK,
  type PokFacts,
  type PokSignatures,
} from "./pok.ts";

const allSigned: PokSignatures = {
  LEARNER: { by: "Rosa Brouwer", on: "2027-01-10" },
  EMPLOYER: { by: "Kinderrijk", on: "2027-01-12" },
  SCHOOL: { by: "ROC De Maasoever", on: "2027-01-11" },
};

const complete: PokFacts = {
  status: "DRAFT",
  signatures: UNSIGNED_POK,
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
    expect(pokTransitionProblems({ ...complete, status: "SENT", signatures: allSigned }, "SIGNED")).toEqual(
      [],
    );
    expect(pokTransitionProblems({ ...complete, status: "SIGNED", signatures: allSigned }, "ENDED")).toEqual(
      [],
    );
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

// WEB art. 7.2.8 (and the domain guide, school-and-region.md §1): the POK is an agreement between
// learner, school and leerbedrijf; it is signed only when all three signed, each with who and when.
describe("the POK's three signatures", () => {
  const learner = allSigned.LEARNER;
  const employer = allSigned.EMPLOYER;
  const school = allSigned.SCHOOL;

  it.each<[string, PokSignatures, boolean, string | null, string]>([
    ["nobody", UNSIGNED_POK, false, null, "de deelnemer, het leerbedrijf en de school"],
    ["the learner only", { ...UNSIGNED_POK, LEARNER: learner }, false, null, "het leerbedrijf en de school"],
    [
      "learner and leerbedrijf",
      { LEARNER: learner, EMPLOYER: employer, SCHOOL: null },
      false,
      null,
      "de school",
    ],
    [
      "leerbedrijf and school",
      { LEARNER: null, EMPLOYER: employer, SCHOOL: school },
      false,
      null,
      "de deelnemer",
    ],
    ["all three: signed on the last day", allSigned, true, "2027-01-12", ""],
  ])("%s", (_, signatures, signed, signedOn, missing) => {
    expect(isPokSigned(signatures)).toBe(signed);
    expect(pokSignedOn(signatures)).toBe(signedOn);
    const problems = pokTransitionProblems({ ...complete, status: "SENT", signatures }, "SIGNED");
    const expected = signed
      ? []
      : [
          `De POK is pas getekend als alle drie partijen tekenden; leg eerst de handtekening vast van ${missing}.`,
        ];
    expect(problems).toEqual(expected);
  });

  it.each<[string, Parameters<typeof pokSignatureProblems>, string[]]>([
    [
      "a sent POK, by a party that has not signed",
      [{ status: "SENT", signatures: UNSIGNED_POK }, "LEARNER", "2027-01-10", "2027-01-10"],
      [],
    ],
    [
      "a party that signed already",
      [
        { status: "SENT", signatures: { ...UNSIGNED_POK, SCHOOL: school } },
        "SCHOOL",
        "2027-01-12",
        "2027-01-12",
      ],
      ["De school heeft al getekend."],
    ],
    [
      "a day after today",
      [{ status: "SENT", signatures: UNSIGNED_POK }, "EMPLOYER", "2027-01-13", "2027-01-12"],
      ["Kies als datum van de handtekening een dag tot en met vandaag."],
    ],
    ...(["DRAFT", "COMPLETE", "SIGNED", "ENDED", "WITHDRAWN", "REJECTED"] as const).map(
      (status): [string, Parameters<typeof pokSignatureProblems>, string[]] => [
        `a POK that is ${status}`,
        [{ status, signatures: UNSIGNED_POK }, "LEARNER", "2027-01-10", "2027-01-10"],
        ["Een POK wordt getekend als ze ter ondertekening is verstuurd, en daarna niet meer."],
      ],
    ),
  ])("signing %s", (_, args, problems) => {
    expect(pokSignatureProblems(...args)).toEqual(problems);
  });

  it("leaves 'getekend' out of the moves made by hand: the last signature makes it", () => {
    for (const status of POK_STATUSES) {
      expect(manualPokTransitions(status)).not.toContain("SIGNED");
      expect(manualPokTransitions(status)).toEqual(
        allowedPokTransitions(status).filter((s) => s !== "SIGNED"),
      );
    }
  });
});
