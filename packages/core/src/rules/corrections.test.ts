import { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import {
  CredentialContentError,
  ForeignWorkProcessError,
  InvalidDateError,
  UnknownReferenceError,
} from "../errors.ts";
import { evaluateCredentialEligibility } from "./eligibility.ts";
import { checkFundingEligibility, type FundingContext } from "./funding.ts";
import { planDevelopmentPath } from "./plan.ts";
import type { PersonProfileInput } from "./profile.ts";
import { assessStartingPoint } from "./starting-point.ts";

const TODAY = "2026-11-23";
const PW = (code: string) => `pedagogisch-werk-2021:${code}`;
const HZW = (code: string) => `helpende-zorg-en-welzijn-2020:${code}`;
const C0125 = ["B1-K1-W7", "B1-K1-W1", "B1-K1-W9", "P1-K1-W5", "B1-K1-W10"].map(PW);
const held = (
  kind: "DIPLOMA" | "CERTIFICATE" | "PRAKTIJKVERKLARING",
  ref: string,
  workProcessIds?: string[],
) => ({
  kind,
  ref,
  issuedOn: "2026-01-01",
  ...(workProcessIds ? { workProcessIds } : {}),
});

describe("held credentials are checked against the catalog", () => {
  it.each([
    ["a certificate stating its catalog werkprocessen", [held("CERTIFICATE", "C0125", C0125)], null],
    ["a certificate stating them in another order", [held("CERTIFICATE", "C0125", C0125.toReversed())], null],
    ["a certificate without werkprocessen (taken from the catalog)", [held("CERTIFICATE", "C0125")], null],
    [
      "an unknown werkproces",
      [held("CERTIFICATE", "C0125", ["pedagogisch-werk-2021:B9-K9-W9"])],
      UnknownReferenceError,
    ],
    [
      "a werkproces of another dossier",
      [held("CERTIFICATE", "C0125", [HZW("B1-K1-W1")])],
      ForeignWorkProcessError,
    ],
    [
      "a certificate missing one of its werkprocessen",
      [held("CERTIFICATE", "C0125", C0125.slice(1))],
      CredentialContentError,
    ],
    [
      "a certificate with one werkproces too many",
      [held("CERTIFICATE", "C0125", [...C0125, PW("B1-K1-W2")])],
      CredentialContentError,
    ],
    [
      "a praktijkverklaring listing a werkproces of another dossier",
      [held("PRAKTIJKVERKLARING", "pv-helpende-zorg-welzijn", [PW("B1-K1-W1")])],
      ForeignWorkProcessError,
    ],
    [
      "a praktijkverklaring listing part of its dossier",
      [held("PRAKTIJKVERKLARING", "pv-helpende-zorg-welzijn", [HZW("B1-K1-W1")])],
      null,
    ],
    [
      "a diploma listing a werkproces of another dossier",
      [held("DIPLOMA", "PMK", [HZW("B1-K1-W1")])],
      ForeignWorkProcessError,
    ],
    ["an unknown praktijkverklaring", [held("PRAKTIJKVERKLARING", "pv-onbekend")], UnknownReferenceError],
  ] as [string, PersonProfileInput["credentials"], (new (...a: never[]) => Error) | null][])(
    "%s",
    (_name, credentials, error) => {
      let thrown: unknown = null;
      try {
        evaluateCredentialEligibility(catalog, { credentials }, TODAY);
      } catch (e) {
        thrown = e;
      }
      expect(thrown === null ? null : (thrown as Error).constructor).toBe(error);
    },
  );

  it("names what differs, in Dutch", () => {
    expect(() =>
      evaluateCredentialEligibility(
        catalog,
        { credentials: [held("CERTIFICATE", "C0125", C0125.slice(1))] },
        TODAY,
      ),
    ).toThrow(`C0125 vermeldt andere werkprocessen dan de catalogus (ontbreekt: ${C0125[0]})`);
  });
});

const judgement = (
  id: string,
  code: string,
  result: "MASTERED" | "NOT_YET",
  date: string,
  inRecognisedCompany: boolean,
) => ({
  id,
  workProcessId: HZW(code),
  kind: "PRACTICE_ASSESSMENT" as const,
  signing: "CO_SIGNED" as const,
  result,
  date,
  inRecognisedCompany,
});
const pvHzw = (evidence: PersonProfileInput["evidence"]) =>
  evaluateCredentialEligibility(catalog, { evidence }, TODAY).find(
    (e) => e.credentialId === "pv-helpende-zorg-welzijn",
  )!;

describe("a praktijkbeoordeling in a leerbedrijf without SBB recognition", () => {
  it.each([
    {
      name: "only outside recognition: flagged, not listed",
      evidence: [judgement("a", "B1-K1-W1", "MASTERED", "2026-05-01", false)],
      listed: [],
      flagged: [HZW("B1-K1-W1")],
    },
    {
      name: "a later 'nog niet' outside recognition does not erase a recognised 'beheerst'",
      evidence: [
        judgement("a", "B1-K1-W1", "MASTERED", "2026-05-01", true),
        judgement("b", "B1-K1-W1", "NOT_YET", "2026-06-01", false),
      ],
      listed: [HZW("B1-K1-W1")],
      flagged: [],
    },
    {
      name: "a recognised 'beheerst' after one outside recognition: listed, no longer flagged",
      evidence: [
        judgement("a", "B1-K1-W1", "MASTERED", "2026-05-01", false),
        judgement("b", "B1-K1-W1", "MASTERED", "2026-06-01", true),
      ],
      listed: [HZW("B1-K1-W1")],
      flagged: [],
    },
    {
      name: "a later recognised 'nog niet' replaces a recognised 'beheerst'",
      evidence: [
        judgement("a", "B1-K1-W1", "MASTERED", "2026-05-01", true),
        judgement("b", "B1-K1-W1", "NOT_YET", "2026-06-01", true),
      ],
      listed: [],
      flagged: [],
    },
  ])("$name", ({ evidence, listed, flagged }) => {
    const result = pvHzw(evidence);
    expect(result.workProcessIds).toEqual(listed);
    expect(result.unrecognisedWorkProcessIds).toEqual(flagged);
    expect(result.status).toBe(listed.length > 0 ? "eligible" : "missing");
  });
});

const exam = (code: string) => ({
  id: code,
  workProcessId: PW(code),
  kind: "FORMAL_EXAM" as const,
  result: "PASSED" as const,
  date: "2026-06-01",
});

describe("plan and eligibility agree on what is exempted", () => {
  it.each([
    {
      name: "the PMK diploma exempts the shared basisdeel of GPM and OA",
      profile: { credentials: [held("DIPLOMA", "PMK")] },
    },
    {
      name: "the OA diploma exempts the basisdeel of PMK",
      profile: { credentials: [held("DIPLOMA", "OA")] },
    },
    { name: "C0125 exempts its werkprocessen", profile: { credentials: [held("CERTIFICATE", "C0125")] } },
    { name: "passed exams", profile: { evidence: [exam("B1-K1-W2"), exam("P1-K1-W1")] } },
  ] as { name: string; profile: PersonProfileInput }[])("$name", ({ profile }) => {
    for (const e of evaluateCredentialEligibility(catalog, profile, TODAY)) {
      if (e.credentialKind === "PRAKTIJKVERKLARING" || e.status === "earned") continue;
      const step = planDevelopmentPath(
        catalog,
        profile,
        { kind: "credentials", ids: [e.credentialId] },
        TODAY,
      ).routes[0]!.steps[0]!;
      expect(step.workProcessIds.toSorted()).toEqual(e.missingWorkProcessIds.toSorted());
    }
  });

  it("a PMK holder has nothing left of the GPM basisdeel: only its profieldeel remains", () => {
    const profile = { credentials: [held("DIPLOMA", "PMK")] };
    const gpm = evaluateCredentialEligibility(catalog, profile, TODAY).find((e) => e.credentialId === "GPM")!;
    expect(gpm.missingWorkProcessIds.every((id) => id.startsWith("pedagogisch-werk-2021:P2-K1-"))).toBe(true);
    expect(gpm.missingWorkProcessIds).toHaveLength(7);
    expect(gpm.missingGeneriekDeel).toEqual(["Nederlands", "Rekenen", "Loopbaan en burgerschap", "Engels"]);
  });
});

const pm = (credentials: PersonProfileInput["credentials"]) =>
  assessStartingPoint(
    catalog,
    { credentials, vogRegistered: true, languageLevels: { mondeling: "3F" } },
    TODAY,
  ).find((f) => f.functionId === "pedagogisch-medewerker")!;

describe("the closest route is the one with least effort", () => {
  it.each([
    {
      name: "nothing yet: the PMK diploma (fewest steps)",
      credentials: [],
      missing: ["diploma PMK of GPM (of een ander diploma uit diplomagroep A1)"],
    },
    {
      name: "C0125: C0123 and C0126, not a niveau-4 diploma",
      credentials: [held("CERTIFICATE", "C0125")],
      missing: ["C0123", "C0126"],
    },
    {
      name: "C0125 and C0126: C0123",
      credentials: [held("CERTIFICATE", "C0125"), held("CERTIFICATE", "C0126")],
      missing: ["C0123"],
    },
    {
      name: "the OA diploma: C0125 as aanvullend bewijs",
      credentials: [held("DIPLOMA", "OA")],
      missing: ["C0125"],
    },
  ] as { name: string; credentials: PersonProfileInput["credentials"]; missing: string[] }[])(
    "$name",
    ({ credentials, missing }) => {
      expect(pm(credentials).missing.map((m) => m.message)).toEqual(missing);
    },
  );

  it("the plan puts the same route first", () => {
    const plan = planDevelopmentPath(
      catalog,
      {
        credentials: [held("CERTIFICATE", "C0125")],
        vogRegistered: true,
        languageLevels: { mondeling: "3F" },
      },
      { kind: "function", functionId: "pedagogisch-medewerker" },
      TODAY,
    );
    expect(plan.routes[0]!.id).toBe("C0123+C0126");
  });
});

describe("diploma routes offer every leerweg the catalog lists", () => {
  it.each([
    { goal: "PMK", ids: ["PMK:BBL", "PMK:DERDE_LEERWEG"] },
    { goal: "HZW", ids: ["HZW:BBL", "HZW:DERDE_LEERWEG"] },
    { goal: "GPM", ids: ["GPM:BBL"] },
  ])("$goal", ({ goal, ids }) => {
    const plan = planDevelopmentPath(catalog, {}, { kind: "credentials", ids: [goal] }, TODAY);
    expect(plan.routes.map((r) => r.id).toSorted()).toEqual(ids);
    for (const route of plan.routes)
      expect(route.title).toBe(
        `${goal} via ${route.steps[0]!.learningRoute === "BBL" ? "BBL" : "derde leerweg"}`,
      );
  });

  it("side by side towards pedagogisch medewerker", () => {
    const ids = planDevelopmentPath(
      catalog,
      {},
      { kind: "function", functionId: "pedagogisch-medewerker" },
      TODAY,
    ).routes.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["PMK:BBL", "PMK:DERDE_LEERWEG", "C0125+C0123+C0126"]));
  });
});

describe("dates", () => {
  it.each(["0000-01-01", "2999-01-01", "2026-02-30", "23-11-2026", ""])("refuses asOf %j", (asOf) => {
    expect(() => assessStartingPoint(catalog, {}, asOf)).toThrow(InvalidDateError);
  });

  it.each(["0000-06-01", "1850-01-01", "2026-13-01"])("refuses an evidence date %j", (date) => {
    expect(() =>
      assessStartingPoint(
        catalog,
        {
          evidence: [{ id: "x", workProcessId: PW("B1-K1-W1"), kind: "FORMAL_EXAM", result: "PASSED", date }],
        },
        TODAY,
      ),
    ).toThrow(ZodError);
  });
});

const funding: FundingContext = {
  date: "2026-11-23",
  employer: { kind: "kinderopvang", recognisedTrainingCompany: true, grantedThisYear: {} },
  person: {
    contractHoursPerWeek: 36,
    contractStart: "2026-01-01",
    contractEnd: null,
    deployedFormatively: false,
    grantedInstruments: ["praktijkleren-derde-leerweg"],
  },
  path: { learningRoute: "DERDE_LEERWEG", trainingStart: "2026-02-01" },
};
const groepshulpSubsidy = (ctx: FundingContext) =>
  checkFundingEligibility(catalog, ctx).find((o) => o.instrumentId === "subsidie-groepshulpen")!;

describe("funding: subsidie groepshulpen", () => {
  it.each([
    { name: "inside the November 2026 window", date: "2026-11-01", status: "eligible", message: null },
    { name: "the last day of the window", date: "2026-11-30", status: "eligible", message: null },
    {
      name: "before the window",
      date: "2026-10-31",
      status: "closed",
      message: "Aanvragen kan weer van 1-11-2026 tot en met 30-11-2026.",
    },
    {
      name: "between windows",
      date: "2025-12-01",
      status: "closed",
      message: "Aanvragen kan weer van 1-11-2026 tot en met 30-11-2026.",
    },
    {
      name: "after the last window",
      date: "2026-12-01",
      status: "closed",
      message: "De aanvraagperiodes van deze regeling zijn voorbij.",
    },
  ])("$name", ({ date, status, message }) => {
    const option = groepshulpSubsidy({ ...funding, date });
    expect(option.status).toBe(status);
    expect(option.unmetConditions.map((u) => u.message)).toEqual(message ? [message] : []);
  });

  it.each(["gastouderbureau", "gastouder"])("refuses a %s with the reason", (kind) => {
    const option = groepshulpSubsidy({ ...funding, employer: { ...funding.employer, kind } });
    expect(option.status).toBe("not-eligible");
    expect(option.unmetConditions).toContainEqual({
      code: "excludedEmployerKinds",
      message: `Een ${kind} is uitgesloten van deze regeling.`,
    });
  });

  it.each([
    { start: "2026-01-01", end: "2026-12-31", enough: true },
    { start: "2026-01-01", end: "2026-12-30", enough: false },
    { start: "2026-03-15", end: "2027-03-14", enough: true },
    { start: "2026-03-15", end: "2027-03-13", enough: false },
  ])("a contract from $start to $end lasts twelve months: $enough", ({ start, end, enough }) => {
    const option = groepshulpSubsidy({
      ...funding,
      person: { ...funding.person, contractStart: start, contractEnd: end },
    });
    expect(option.unmetConditions.some((u) => u.code === "minContractMonths")).toBe(!enough);
  });

  it.each(["0000-01-01", "2999-11-01"])("refuses the date %j", (date) => {
    expect(() => checkFundingEligibility(catalog, { ...funding, date })).toThrow(ZodError);
  });
});
