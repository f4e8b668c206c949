import type { Prisma } from "@ontwikkelpad/db";
import { describe, expect, it } from "vitest";
import { toPersonProfile } from "./person-profile.ts";

const WP = "pedagogisch-werk-2021:B1-K1-W1";
const evidence = (over: Partial<Prisma.EvidenceGetPayload<object>>): Prisma.EvidenceGetPayload<object> =>
  ({
    id: "e1",
    personId: "p",
    developmentPathId: null,
    employerOrganizationId: null,
    schoolOrganizationId: null,
    workProcessId: WP,
    kind: "PRACTICE_ASSESSMENT",
    result: "MASTERED",
    note: null,
    assessorUserId: null,
    assessedOn: new Date("2026-05-01"),
    recordedByUserId: null,
    signedAt: new Date("2026-05-02"),
    signedByUserId: null,
    coSignedAt: null,
    coSignedByUserId: null,
    supersedesId: null,
    correctionReason: null,
    createdAt: new Date("2026-05-02"),
    ...over,
  }) as Prisma.EvidenceGetPayload<object>;

const noFacts = {
  profile: null,
  heldCredentials: [],
  enrolments: [],
  examResults: [],
  _count: { developmentPaths: 0 },
};
const held = (
  over: Partial<Prisma.HeldCredentialGetPayload<object>>,
): Prisma.HeldCredentialGetPayload<object> => ({
  id: "h",
  personId: "p",
  employerOrganizationId: "o",
  kind: "DIPLOMA",
  credentialId: "PMK",
  title: null,
  educationLevel: null,
  diplomaGroup: null,
  issuedOn: new Date("2015-07-01"),
  institution: "Albeda",
  note: null,
  recordedByUserId: null,
  workProcessIds: [],
  originIssuerDid: null,
  originSchoolName: null,
  originDocument: null,
  verifiedAt: null,
  archivedAt: null,
  archivedReason: null,
  createdAt: new Date(),
  ...over,
});

const generiekResult = (generiekDeelPart: string, over: object = {}) => ({
  generiekDeelPart,
  status: "ESTABLISHED" as const,
  outcome: "PASSED" as const,
  assessedOn: new Date("2026-11-20"),
  supersededBy: null,
  ...over,
});

describe("toPersonProfile", () => {
  it("passes every judgement and result with its signing state and what it corrects: core decides what counts", () => {
    const profile = toPersonProfile(
      { ...noFacts, profile: { languageLevel: "2F" } },
      [
        evidence({ id: "old", result: "NOT_YET" }),
        evidence({ id: "correction", supersedesId: "old", correctionReason: "Verkeerd werkproces" }),
        evidence({ id: "unsigned", signedAt: null }),
        evidence({ id: "coSigned", coSignedAt: new Date("2026-05-03") }),
        evidence({ id: "observed", kind: "PRACTICE_OBSERVATION" }),
        evidence({ id: "exam", kind: "FORMAL_EXAM", result: "PASSED" }),
      ],
      [],
    );
    expect(profile.evidence!.map((e) => [e.id, e.kind, e.result, e.signing, e.supersedesId])).toEqual([
      ["old", "PRACTICE_ASSESSMENT", "NOT_YET", "SIGNED", null],
      ["correction", "PRACTICE_ASSESSMENT", "MASTERED", "SIGNED", "old"],
      ["unsigned", "PRACTICE_ASSESSMENT", "MASTERED", "DRAFT", null],
      ["coSigned", "PRACTICE_ASSESSMENT", "MASTERED", "CO_SIGNED", null],
      ["exam", "FORMAL_EXAM", "PASSED", undefined, null],
    ]);
    expect(profile.evidence!.every((e) => e.inRecognisedCompany === true)).toBe(true);
    expect(
      toPersonProfile(noFacts, [evidence({})], [], { inRecognisedCompany: false }).evidence![0]!
        .inRecognisedCompany,
    ).toBe(false);
    expect(profile.languageLevels).toEqual({ mondeling: "2F" });
  });

  it("gives an exam result the school whose examencommissie established it, and none without one", () => {
    const profile = toPersonProfile(
      noFacts,
      [
        evidence({ id: "established", kind: "FORMAL_EXAM", result: "PASSED", schoolOrganizationId: "s" }),
        evidence({ id: "unknown", kind: "FORMAL_EXAM", result: "PASSED" }),
      ],
      [],
    );
    expect(profile.evidence!.map((e) => [e.id, e.provenance])).toEqual([
      ["established", { by: "school", schoolId: "s" }],
      ["unknown", undefined],
    ]);
  });

  it("keeps only credentials that were not superseded", () => {
    const base = {
      personId: "p",
      schoolOrganizationId: "s",
      employerOrganizationId: null,
      workProcessIds: [],
      issuedByUserId: null,
      issuedOn: new Date("2026-06-30"),
      supersededReason: null,
      supersededAt: null,
      resultOn: null,
      snapshot: null,
      createdAt: new Date(),
    };
    const profile = toPersonProfile({ ...noFacts, profile: null }, [], [
      { ...base, id: "a", kind: "CERTIFICATE", credentialId: "C0125", supersededById: "b" },
      { ...base, id: "b", kind: "CERTIFICATE", credentialId: "C0126", supersededById: null },
    ] as Prisma.IssuedCredentialGetPayload<object>[]);
    expect(profile.credentials).toEqual([
      {
        kind: "CERTIFICATE",
        ref: "C0126",
        issuedOn: "2026-06-30",
        workProcessIds: [],
        provenance: { by: "school", schoolId: "s" },
      },
    ]);
    expect(profile.languageLevels).toEqual({});
  });

  it("adds what HR recorded, running enrolments, the ontwikkelplan and the startpunt", () => {
    const profile = toPersonProfile(
      {
        profile: {
          languageLevel: "B2",
          languageSource: "Staatsexamen NT2",
          vogRegistered: true,
          experienceYears: 3,
        },
        heldCredentials: [
          held({}),
          held({
            id: "o",
            kind: "OTHER_DIPLOMA",
            credentialId: null,
            title: "Bachelor Pedagogiek",
            educationLevel: "hbo",
            diplomaGroup: "A1",
          }),
        ],
        enrolments: [
          {
            credentialId: "PMK",
            learningRoute: "BBL",
            pokSignedOn: new Date("2026-08-28"),
            pokStartDate: new Date("2026-09-01"),
            pokEndDate: null,
          },
          // A certificate programme is no enrolment towards a qualification.
          {
            credentialId: "C0125",
            learningRoute: "DERDE_LEERWEG",
            pokSignedOn: null,
            pokStartDate: null,
            pokEndDate: null,
          },
        ],
        examResults: [],
        _count: { developmentPaths: 1 },
      },
      [],
      [],
    );
    // What HR recorded is the employer's declaration: it counts for staffing, never for issuing.
    expect(profile.credentials).toEqual([
      {
        kind: "DIPLOMA",
        ref: "PMK",
        issuedOn: "2015-07-01",
        workProcessIds: [],
        provenance: { by: "employer" },
      },
      {
        kind: "OTHER_DIPLOMA",
        title: "Bachelor Pedagogiek",
        educationLevel: "hbo",
        diplomaGroup: "A1",
        issuedOn: "2015-07-01",
      },
    ]);
    expect(profile.enrolments).toEqual([
      {
        qualificationId: "PMK",
        learningRoute: "BBL",
        pokSignedOn: "2026-08-28",
        startsOn: "2026-09-01",
        endsOn: null,
      },
    ]);
    expect(profile).toMatchObject({
      ontwikkelplan: true,
      experienceYears: 3,
      vogRegistered: true,
      languageLevels: { mondeling: "3F" },
    });
  });

  it("reads an uploaded credential as its issuing school's (by its did), with the werkprocessen it states", () => {
    const did = "did:web:elders.example:issuers:s1";
    const profile = toPersonProfile(
      {
        ...noFacts,
        heldCredentials: [
          held({
            kind: "CERTIFICATE",
            credentialId: "C0125",
            workProcessIds: ["pedagogisch-werk-2021:B1-K1-W1"],
            originIssuerDid: did,
            originSchoolName: "ROC Elders",
            verifiedAt: new Date("2026-11-01"),
          }),
        ],
      },
      [],
      [],
    );
    expect(profile.credentials).toEqual([
      {
        kind: "CERTIFICATE",
        ref: "C0125",
        issuedOn: "2015-07-01",
        workProcessIds: ["pedagogisch-werk-2021:B1-K1-W1"],
        provenance: { by: "school", schoolId: did },
      },
    ]);
  });

  it("counts the generiek deel of established, passed results no correction replaced", () => {
    const profile = toPersonProfile(
      {
        ...noFacts,
        examResults: [
          generiekResult("Rekenen"),
          generiekResult("Nederlands", { status: "ASSESSED" }),
          generiekResult("Loopbaan en burgerschap", { outcome: "FAILED" }),
          generiekResult("Engels", { supersededBy: { id: "correction" } }),
        ],
      },
      [],
      [],
    );
    expect(profile.generiekDeelPassed).toEqual(["Rekenen"]);
  });
});
