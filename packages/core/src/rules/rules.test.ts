import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import {
  DuplicateEvidenceError,
  ForeignWorkProcessError,
  FutureEvidenceError,
  UnknownReferenceError,
} from "../errors.ts";
import { assessStartingPoint } from "./starting-point.ts";
import { evaluateCredentialEligibility } from "./eligibility.ts";
import type { PersonProfileInput } from "./profile.ts";

const TODAY = "2026-11-23";
const PW = (code: string) => `pedagogisch-werk-2021:${code}`;
const cert = (ref: string) => ({ kind: "CERTIFICATE" as const, ref, issuedOn: "2026-01-01" });
const diploma = (ref: string) => ({ kind: "DIPLOMA" as const, ref, issuedOn: "2020-07-01" });

function pm(profile: PersonProfileInput) {
  return assessStartingPoint(catalog, profile, TODAY).find((f) => f.functionId === "pedagogisch-medewerker")!;
}

describe("assessStartingPoint: pedagogisch medewerker", () => {
  it.each([
    { name: "nobody without credentials", profile: { vogRegistered: true }, mayFill: false },
    {
      name: "PMK diploma with 3F and VOG",
      profile: { credentials: [diploma("PMK")], languageLevels: { mondeling: "3F" }, vogRegistered: true },
      mayFill: true,
    },
    {
      name: "PMK diploma without 3F",
      profile: { credentials: [diploma("PMK")], vogRegistered: true },
      mayFill: false,
    },
    {
      name: "GPM (mbo-4) diploma covers the taaleis",
      profile: { credentials: [diploma("GPM")], vogRegistered: true },
      mayFill: true,
    },
    {
      name: "the three certificates with 3F",
      profile: {
        credentials: [cert("C0125"), cert("C0123"), cert("C0126")],
        languageLevels: { mondeling: "3F" },
        vogRegistered: true,
      },
      mayFill: true,
    },
    {
      name: "the three certificates without 3F",
      profile: { credentials: [cert("C0125"), cert("C0123"), cert("C0126")], vogRegistered: true },
      mayFill: false,
    },
    {
      name: "OA diploma with C0125 as aanvullend bewijs",
      profile: { credentials: [diploma("OA"), cert("C0125")], vogRegistered: true },
      mayFill: true,
    },
    {
      name: "OA diploma alone",
      profile: { credentials: [diploma("OA")], vogRegistered: true },
      mayFill: false,
    },
    {
      name: "HZW diploma does not qualify",
      profile: { credentials: [diploma("HZW")], languageLevels: { mondeling: "4F" }, vogRegistered: true },
      mayFill: false,
    },
    { name: "no VOG registration", profile: { credentials: [diploma("GPM")] }, mayFill: false },
  ] as { name: string; profile: PersonProfileInput; mayFill: boolean }[])("$name", ({ profile, mayFill }) => {
    expect(pm(profile).mayFill).toBe(mayFill);
  });

  it("explains exactly what is missing", () => {
    const result = pm({
      credentials: [cert("C0125"), cert("C0126")],
      languageLevels: { mondeling: "2F" },
      vogRegistered: true,
    });
    expect(result.explanation).toBe("Pedagogisch medewerker: nog nodig C0123 en taaleis mondeling 3F");
    expect(result.missing.map((m) => m.code)).toEqual(["CREDENTIAL", "LANGUAGE"]);
  });

  it("lets anyone registered in the Personenregister Kinderopvang work as groepshulp, without diploma or language", () => {
    const groepshulp = assessStartingPoint(catalog, { vogRegistered: true }, TODAY).find(
      (f) => f.functionId === "groepshulp",
    )!;
    expect(groepshulp.mayFill).toBe(true);
  });
});

const byId = (profile: PersonProfileInput) =>
  new Map(evaluateCredentialEligibility(catalog, profile, TODAY).map((e) => [e.credentialId, e]));
const exam = (code: string, result: "PASSED" | "FAILED" = "PASSED") => ({
  id: `e-${code}-${result}`,
  workProcessId: PW(code),
  kind: "FORMAL_EXAM" as const,
  result,
  date: "2026-06-01",
});
const hzw = (code: string) => `helpende-zorg-en-welzijn-2020:${code}`;

describe("evaluateCredentialEligibility", () => {
  const c0125Codes = ["B1-K1-W7", "B1-K1-W1", "B1-K1-W9", "P1-K1-W5", "B1-K1-W10"];

  it("makes a certificate eligible only when every covered werkproces has a passing exam", () => {
    expect(byId({ evidence: c0125Codes.map((c) => exam(c)) }).get("C0125")!.status).toBe("eligible");
    const oneFailed = byId({
      evidence: [...c0125Codes.slice(1).map((c) => exam(c)), exam("B1-K1-W7", "FAILED")],
    }).get("C0125")!;
    expect(oneFailed.status).toBe("missing");
    expect(oneFailed.missingWorkProcessIds).toEqual([PW("B1-K1-W7")]);
  });

  it("does not count a praktijkbeoordeling as an exam for a certificate", () => {
    const evidence = c0125Codes.map((c) => ({
      id: c,
      workProcessId: PW(c),
      kind: "PRACTICE_ASSESSMENT" as const,
      result: "MASTERED" as const,
      signing: "CO_SIGNED" as const,
      date: "2026-06-01",
    }));
    expect(byId({ evidence }).get("C0125")!.status).toBe("missing");
  });

  it("lists on a praktijkverklaring exactly the werkprocessen judged beheerst in a recognised leerbedrijf", () => {
    const result = byId({
      evidence: [
        {
          id: "a",
          workProcessId: hzw("B1-K1-W1"),
          kind: "PRACTICE_ASSESSMENT",
          signing: "CO_SIGNED",
          result: "MASTERED",
          date: "2026-05-01",
        },
        {
          id: "b",
          workProcessId: hzw("B1-K1-W2"),
          kind: "PRACTICE_ASSESSMENT",
          signing: "CO_SIGNED",
          result: "NOT_YET",
          date: "2026-05-01",
        },
        {
          id: "c",
          workProcessId: hzw("B1-K1-W3"),
          kind: "PRACTICE_ASSESSMENT",
          signing: "CO_SIGNED",
          result: "MASTERED",
          date: "2026-05-01",
          inRecognisedCompany: false,
        },
      ],
    }).get("pv-helpende-zorg-welzijn")!;
    expect(result.status).toBe("eligible");
    expect(result.workProcessIds).toEqual([hzw("B1-K1-W1")]);
  });

  it("never awards a diploma from certificates: it needs the rest and the generiek deel", () => {
    const result = byId({ credentials: [cert("C0125"), cert("C0123"), cert("C0126")] }).get("PMK")!;
    expect(result.status).toBe("missing");
    expect(result.missingWorkProcessIds.toSorted()).toEqual([PW("B1-K1-W6"), PW("P1-K1-W6")].toSorted());
    expect(result.missingGeneriekDeel).toEqual(["Nederlands", "Rekenen", "Loopbaan en burgerschap"]);
    const complete = byId({
      credentials: [cert("C0125"), cert("C0123"), cert("C0126")],
      evidence: [exam("B1-K1-W6"), exam("P1-K1-W6")],
      generiekDeelPassed: ["Nederlands", "Rekenen", "Loopbaan en burgerschap"],
    }).get("PMK")!;
    expect(complete.status).toBe("eligible");
  });

  it("reports a held credential as earned", () => {
    expect(byId({ credentials: [cert("C0125")] }).get("C0125")!.status).toBe("earned");
  });
});

describe("typed input errors", () => {
  it.each([
    [
      "an unknown werkproces",
      {
        evidence: [
          {
            id: "x",
            workProcessId: "nope:B1-K1-W1",
            kind: "FORMAL_EXAM",
            result: "PASSED",
            date: "2026-01-01",
          },
        ],
      },
      UnknownReferenceError,
    ],
    [
      "an unknown certificate",
      { credentials: [{ kind: "CERTIFICATE", ref: "C9999", issuedOn: "2026-01-01" }] },
      UnknownReferenceError,
    ],
    [
      "evidence dated in the future",
      {
        evidence: [
          {
            id: "x",
            workProcessId: PW("B1-K1-W1"),
            kind: "FORMAL_EXAM",
            result: "PASSED",
            date: "2027-01-01",
          },
        ],
      },
      FutureEvidenceError,
    ],
    [
      "duplicate evidence",
      {
        evidence: [1, 2].map(() => ({
          id: "same",
          workProcessId: PW("B1-K1-W1"),
          kind: "FORMAL_EXAM",
          result: "PASSED",
          date: "2026-01-01",
        })),
      },
      DuplicateEvidenceError,
    ],
    [
      "an exam for a werkproces from another dossier",
      {
        evidence: [
          {
            id: "x",
            workProcessId: PW("B1-K1-W1"),
            kind: "FORMAL_EXAM",
            result: "PASSED",
            date: "2026-01-01",
            qualificationId: "HZW",
          },
        ],
      },
      ForeignWorkProcessError,
    ],
  ] as [string, PersonProfileInput, new (...args: never[]) => Error][])(
    "refuses %s",
    (_name, profile, error) => {
      expect(() => assessStartingPoint(catalog, profile, TODAY)).toThrow(error);
    },
  );

  it("gives a Dutch message a user can act on", () => {
    expect(() =>
      assessStartingPoint(
        catalog,
        { credentials: [{ kind: "CERTIFICATE", ref: "C9999", issuedOn: "2026-01-01" }] },
        TODAY,
      ),
    ).toThrow("Onbekende certificaat: C9999. Kies een certificaat uit de catalogus.");
  });
});

describe("evidence results", () => {
  it("refuses a praktijkbeoordeling with an exam result", () => {
    expect(() =>
      assessStartingPoint(
        catalog,
        {
          evidence: [
            {
              id: "x",
              workProcessId: PW("B1-K1-W1"),
              kind: "PRACTICE_ASSESSMENT",
              signing: "CO_SIGNED",
              result: "PASSED",
              date: "2026-01-01",
            },
          ],
        },
        TODAY,
      ),
    ).toThrow("Een praktijkbeoordeling is beheerst");
  });
});
