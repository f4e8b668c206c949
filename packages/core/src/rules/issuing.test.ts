import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { findWorkProcess } from "../catalog/lookup.ts";
import { evaluateCredentialEligibility } from "./eligibility.ts";
import {
  buildOpenBadgeCredential,
  certificateExemptions,
  duoReportDeadline,
  duoResultDate,
  type ResultEvidence,
  issuedCredentialSnapshotSchema,
  issuingRefusal,
  snapshotCredential,
} from "./issuing.ts";
import type { GeneriekDeelResult } from "./exam-results.ts";
import type { PersonProfileInput } from "./profile.ts";

const TODAY = "2026-11-23";
const PW = (code: string) => `pedagogisch-werk-2021:${code}`;
const C0125 = ["B1-K1-W7", "B1-K1-W1", "B1-K1-W9", "P1-K1-W5", "B1-K1-W10"];
const exam = (code: string) => ({
  id: `e-${code}`,
  workProcessId: PW(code),
  kind: "FORMAL_EXAM" as const,
  result: "PASSED" as const,
  date: "2026-06-01",
});
const cert = (ref: string) => ({ kind: "CERTIFICATE" as const, ref, issuedOn: "2026-01-01" });
const eligibilityOf = (profile: PersonProfileInput, id: string) =>
  evaluateCredentialEligibility(catalog, profile, TODAY).find((e) => e.credentialId === id)!;

describe("duoReportDeadline", () => {
  it("gives 14 days from the result date and counts down to negative when overdue", () => {
    expect(duoReportDeadline("2026-11-20", "2026-11-23")).toEqual({ dueOn: "2026-12-04", daysLeft: 11 });
    expect(duoReportDeadline("2026-11-01", "2026-11-23")).toEqual({ dueOn: "2026-11-15", daysLeft: -8 });
    expect(duoReportDeadline("2026-11-09", "2026-11-23").daysLeft).toBe(0);
  });
});

const generiekDeelResult = (over: Partial<GeneriekDeelResult & { assessedOn: string | null }>) => ({
  generiekDeelPart: "Rekenen",
  status: "ESTABLISHED" as const,
  outcome: "PASSED",
  supersededById: null,
  assessedOn: "2026-09-01",
  ...over,
});

describe("duoResultDate", () => {
  const W1 = PW("B1-K1-W1");
  const W7 = PW("B1-K1-W7");
  const c0125 = { credentialId: "C0125", workProcessIds: [W1, W7] };
  const pmk = { credentialId: "PMK", workProcessIds: [W1] };
  const record = (over: Partial<ResultEvidence>): ResultEvidence => ({
    id: "r",
    kind: "FORMAL_EXAM",
    result: "PASSED",
    workProcessId: W1,
    date: "2026-06-01",
    ...over,
  });
  const ISSUED = "2026-11-20";

  it.each<[string, typeof c0125, ResultEvidence[], ReturnType<typeof generiekDeelResult>[], string]>([
    ["no result: the issue date", c0125, [], [], ISSUED],
    [
      "the latest passed exam on the credential's werkprocessen",
      c0125,
      [record({ id: "a" }), record({ id: "b", workProcessId: W7, date: "2026-07-01" })],
      [],
      "2026-07-01",
    ],
    ["a failed exam does not count", c0125, [record({ result: "FAILED" })], [], ISSUED],
    [
      "a praktijkbeoordeling is no exam",
      c0125,
      [record({ kind: "PRACTICE_ASSESSMENT", result: "MASTERED" })],
      [],
      ISSUED,
    ],
    [
      "an exam on another werkproces does not count",
      c0125,
      [record({ workProcessId: PW("B1-K2-W1") })],
      [],
      ISSUED,
    ],
    [
      "a correction counts instead of what it corrects",
      c0125,
      [record({ id: "a", date: "2026-08-01" }), record({ id: "b", date: "2026-06-15", supersedesId: "a" })],
      [],
      "2026-06-15",
    ],
    ["a diploma: a later generiek-deel result", pmk, [record({})], [generiekDeelResult({})], "2026-09-01"],
    [
      "a diploma: a part not yet established",
      pmk,
      [record({})],
      [generiekDeelResult({ status: "ASSESSED" })],
      "2026-06-01",
    ],
    [
      "a diploma: a corrected part",
      pmk,
      [record({})],
      [generiekDeelResult({ supersededById: "x" }), generiekDeelResult({ assessedOn: "2026-07-01" })],
      "2026-07-01",
    ],
    [
      "a diploma: a part of another qualification",
      pmk,
      [record({})],
      [generiekDeelResult({ generiekDeelPart: "Engels" })],
      "2026-06-01",
    ],
    ["a certificate has no generiek deel", c0125, [record({})], [generiekDeelResult({})], "2026-06-01"],
  ])("%s", (_, credential, evidence, generiekDeel, expected) => {
    expect(duoResultDate(catalog, credential, evidence, generiekDeel, ISSUED)).toBe(expected);
  });
});

describe("issuingRefusal", () => {
  it("names the missing werkproces by code and title, and nothing once all exams passed", () => {
    const missing = eligibilityOf({ evidence: C0125.slice(1).map(exam) }, "C0125");
    const message = issuingRefusal(catalog, missing)!;
    expect(message).toContain("B1-K1-W7");
    expect(message).toContain(findWorkProcess(catalog, PW("B1-K1-W7"))!.title);
    expect(message).not.toContain("B1-K1-W1 ");
    expect(issuingRefusal(catalog, eligibilityOf({ evidence: C0125.map(exam) }, "C0125"))).toBeNull();
  });

  it("refuses a diploma from certificates alone, naming the generiek deel", () => {
    const pmk = eligibilityOf({ credentials: [cert("C0125"), cert("C0123"), cert("C0126")] }, "PMK");
    const message = issuingRefusal(catalog, pmk)!;
    expect(message).toContain("generiek deel");
    expect(message).toContain("B1-K1-W6");
  });

  it("refuses what the person already holds", () => {
    expect(issuingRefusal(catalog, eligibilityOf({ credentials: [cert("C0125")] }, "C0125"))).toContain(
      "al uitgegeven",
    );
  });
});

describe("certificateExemptions", () => {
  it("lists the held certificates covering werkprocessen of the diploma, and ignores the rest", () => {
    const exemptions = certificateExemptions(catalog, "PMK", ["C0125", "C0125", "unknown"]);
    expect(exemptions).toHaveLength(1);
    expect(exemptions[0]!.certificateId).toBe("C0125");
    expect(exemptions[0]!.workProcessIds.toSorted()).toEqual(C0125.map(PW).toSorted());
    expect(certificateExemptions(catalog, "HZW", ["C0125"])).toEqual([]);
  });
});

describe("buildOpenBadgeCredential", () => {
  const snapshot = snapshotCredential(catalog, "C0125", {
    learnerName: "Noa Bakker",
    issuerName: "ROC De Maasoever",
    employerName: null,
  });
  const workProcesses = C0125.map((code) => ({
    id: PW(code),
    code,
    title: findWorkProcess(catalog, PW(code))!.title,
  }));
  const input = {
    baseUrl: "https://ontwikkelpad.example/",
    credentialId: "cred1",
    catalogCredentialId: "C0125",
    issuerId: "did:web:ontwikkelpad.example:issuers:school1",
    issuedOn: "2026-11-23",
    snapshot,
    workProcesses,
    status: null,
  };

  it("reads a snapshot kept before credential kinds were spelled as the database spells them", () => {
    const { achievement } = snapshot;
    for (const [stored, kind] of [
      ["diploma", "DIPLOMA"],
      ["certificate", "CERTIFICATE"],
      ["praktijkverklaring", "PRAKTIJKVERKLARING"],
    ] as const) {
      const kept = { ...snapshot, achievement: { ...achievement, kind: stored } };
      expect(issuedCredentialSnapshotSchema.parse(kept).achievement.kind).toBe(kind);
    }
    expect(
      issuedCredentialSnapshotSchema.safeParse({ ...snapshot, achievement: { ...achievement, kind: "vog" } })
        .success,
    ).toBe(false);
  });

  it("has the fields an OpenBadgeCredential requires, with the werkprocessen as alignments", () => {
    expect(issuedCredentialSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    const credential = buildOpenBadgeCredential(input);
    expect(credential["@context"][0]).toBe("https://www.w3.org/ns/credentials/v2");
    expect(credential["@context"][1]).toMatch(/^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context/);
    expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(credential.id).toBe("https://ontwikkelpad.example/credentials/cred1");
    expect(credential.issuer).toMatchObject({ type: ["Profile"], name: "ROC De Maasoever" });
    expect(credential.issuer.id).toBe("did:web:ontwikkelpad.example:issuers:school1");
    expect(credential).not.toHaveProperty("credentialStatus");
    expect(credential.validFrom).toBe("2026-11-23T00:00:00Z");
    expect(credential.name).toBe("Pedagogisch klimaat in de kinderopvang");
    const subject = credential.credentialSubject;
    expect(subject.type).toEqual(["AchievementSubject"]);
    expect(subject.identifier[0]).toMatchObject({ type: "IdentityObject", identityHash: "Noa Bakker" });
    const { achievement } = subject;
    expect(achievement).toMatchObject({
      type: ["Achievement"],
      achievementType: "Certificate",
      humanCode: "C0125",
      name: "Pedagogisch klimaat in de kinderopvang",
    });
    expect(achievement.id).toMatch(/^https:\/\/.*\/achievements\/C0125$/);
    expect(achievement.description.length).toBeGreaterThan(0);
    expect(achievement.criteria.narrative).toContain("B1-K1-W7");
    expect(achievement.alignment).toHaveLength(5);
    for (const alignment of achievement.alignment) {
      expect(alignment.type).toEqual(["Alignment"]);
      expect(alignment.targetName.length).toBeGreaterThan(0);
      expect(alignment.targetUrl).toMatch(/^https:\/\//);
      // OB 3.0's AlignmentTargetType enumeration (its JSON Schema allows these or an "ext:" value).
      expect(alignment.targetType).toBe("ceasn:Competency");
    }
    expect(achievement.alignment.map((a) => a.targetCode)).toEqual(C0125);
  });

  it("points to its entry in the school's revocation list", () => {
    const credential = buildOpenBadgeCredential({
      ...input,
      status: { listUrl: "https://ontwikkelpad.example/issuers/school1/status", index: 7 },
    });
    expect(credential.credentialStatus).toEqual({
      id: "https://ontwikkelpad.example/issuers/school1/status#7",
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: "7",
      statusListCredential: "https://ontwikkelpad.example/issuers/school1/status",
    });
  });
});
