import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { PERSONAS } from "../personas.ts";
import { planDevelopmentPath, preconditionMet, routeCredentials, type Precondition } from "./plan.ts";
import { UnknownReferenceError } from "../errors.ts";

const TODAY = "2026-11-23";
const persona = (key: string) => PERSONAS.find((p) => p.key === key)!;
const planFor = (key: string) => planDevelopmentPath(catalog, persona(key).profile, persona(key).goal, TODAY);

describe("the personas of seed 002", () => {
  it("Ellen: a praktijkverklaring on niveau-1 and niveau-2 werkprocessen, derde leerweg", () => {
    const plan = planFor("ellen");
    expect(plan.routes).toHaveLength(1);
    const [ad, hzw] = plan.routes[0]!.steps;
    expect(ad).toMatchObject({
      credentialKind: "PRAKTIJKVERKLARING",
      credentialId: "pv-assistent-dienstverlening",
      niveau: 1,
      learningRoute: "DERDE_LEERWEG",
    });
    expect(hzw).toMatchObject({
      credentialKind: "PRAKTIJKVERKLARING",
      credentialId: "pv-helpende-zorg-welzijn",
      niveau: 2,
    });
    // The werkproces she was already judged beheerst on is not planned again.
    expect(ad!.workProcessIds).not.toContain("assistent-dienstverlening-2020:B1-K2-W1");
    expect(ad!.workProcessIds).toHaveLength(5);
    expect(hzw!.workProcessIds).toHaveLength(9);
    expect(plan.routes[0]!.title).toBe("praktijkverklaring via derde leerweg");
  });

  it("Miriam: the niveau-2 certificate Ondersteuning in de kinderopvang on HZW", () => {
    const [route] = planFor("miriam").routes;
    expect(route!.steps).toHaveLength(1);
    expect(route!.steps[0]).toMatchObject({
      credentialKind: "CERTIFICATE",
      credentialId: "OIK",
      niveau: 2,
      learningRoute: "DERDE_LEERWEG",
    });
    expect(route!.steps[0]!.preconditions).toContainEqual(
      expect.objectContaining({ kind: "sbbRecognition", crebo: "25498", learningRoute: "DERDE_LEERWEG" }),
    );
  });

  it("Milan: PM via BBL and via C0125 + C0123 + C0126, taaleis still open on the certificate route", () => {
    const plan = planFor("milan");
    const certificates = plan.routes.find((r) => r.id === "C0125+C0123+C0126")!;
    const bbl = plan.routes.find((r) => r.id === "PMK:BBL")!;
    expect(certificates.steps.map((s) => s.learningRoute)).toEqual([
      "DERDE_LEERWEG",
      "DERDE_LEERWEG",
      "DERDE_LEERWEG",
    ]);
    expect(certificates.openRequirements.map((m) => m.message)).toEqual(["taaleis mondeling 3F"]);
    expect(certificates.title).toBe("C0125 + C0123 + C0126 via derde leerweg");
    expect(bbl.steps[0]).toMatchObject({
      credentialKind: "DIPLOMA",
      credentialId: "PMK",
      learningRoute: "BBL",
      niveau: 3,
    });
    expect(bbl.steps[0]!.preconditions).toContainEqual(
      expect.objectContaining({ kind: "sbbRecognition", crebo: "25696", learningRoute: "BBL" }),
    );
    // The niveau-4 route closes the taaleis as well.
    expect(plan.routes.find((r) => r.id === "GPM:BBL")!.openRequirements).toEqual([]);
    // Shortest first.
    const months = plan.routes.map((r) => r.totalMonths);
    expect(months.toSorted((a, b) => a - b)).toEqual(months);
  });
});

describe("planDevelopmentPath", () => {
  it("says the goal is met when the person already qualifies", () => {
    const plan = planDevelopmentPath(
      catalog,
      { credentials: [{ kind: "DIPLOMA", ref: "GPM", issuedOn: "2020-07-01" }], vogRegistered: true },
      { kind: "function", functionId: "pedagogisch-medewerker" },
      TODAY,
    );
    expect(plan).toMatchObject({ alreadyMet: true, routes: [] });
  });

  it("counts held certificates as exemptions on the diploma route", () => {
    const held = ["C0125", "C0123"].map((ref) => ({
      kind: "CERTIFICATE" as const,
      ref,
      issuedOn: "2026-01-01",
    }));
    const plan = planDevelopmentPath(
      catalog,
      { credentials: held },
      { kind: "credentials", ids: ["PMK"] },
      TODAY,
    );
    const step = plan.routes[0]!.steps[0]!;
    const fresh = planDevelopmentPath(catalog, {}, { kind: "credentials", ids: ["PMK"] }, TODAY).routes[0]!
      .steps[0]!;
    expect(step.workProcessIds.length).toBe(fresh.workProcessIds.length - 11);
    expect(step.estimatedMonths).toBeLessThan(fresh.estimatedMonths);
  });

  it("refuses an unknown goal", () => {
    expect(() =>
      planDevelopmentPath(catalog, {}, { kind: "function", functionId: "astronaut" }, TODAY),
    ).toThrow(UnknownReferenceError);
    expect(() => planDevelopmentPath(catalog, {}, { kind: "credentials", ids: ["C0000"] }, TODAY)).toThrow(
      UnknownReferenceError,
    );
  });
});

describe("preconditions given the employer's facts", () => {
  const recognition: Precondition = {
    kind: "sbbRecognition",
    qualificationId: "q",
    crebo: "25498",
    learningRoute: "BBL",
    message: "Erkenning nodig",
  };
  const trainer: Precondition = {
    kind: "workplaceTrainer",
    hoursPerWeek: 2,
    message: "Praktijkopleider nodig",
  };
  const none = { recognitions: [], trainer: { assigned: false, hoursPerWeek: null } };

  it("needs a recognition for the same crebo and the same leerweg", () => {
    expect(preconditionMet(recognition, none)).toBe(false);
    const bol = { ...none, recognitions: [{ crebo: "25498", learningRoute: "BOL" as const }] };
    expect(preconditionMet(recognition, bol)).toBe(false);
    const other = { ...none, recognitions: [{ crebo: "25497", learningRoute: "BBL" as const }] };
    expect(preconditionMet(recognition, other)).toBe(false);
    const bbl = { ...none, recognitions: [{ crebo: "25498", learningRoute: "BBL" as const }] };
    expect(preconditionMet(recognition, bbl)).toBe(true);
  });

  it("needs an assigned praktijkopleider with at least the hours asked", () => {
    expect(preconditionMet(trainer, none)).toBe(false);
    expect(preconditionMet(trainer, { ...none, trainer: { assigned: true, hoursPerWeek: 1 } })).toBe(false);
    expect(preconditionMet(trainer, { ...none, trainer: { assigned: false, hoursPerWeek: 4 } })).toBe(false);
    expect(preconditionMet(trainer, { ...none, trainer: { assigned: true, hoursPerWeek: 2 } })).toBe(true);
  });
});

describe("routeCredentials reads a route's id back as its credentials", () => {
  it.each([
    ["PMK:BBL", [{ credentialId: "PMK", learningRoute: "BBL" }]],
    ["OIK", [{ credentialId: "OIK", learningRoute: null }]],
    ["", []],
    [
      "OIK+PMK:DERDE_LEERWEG",
      [
        { credentialId: "OIK", learningRoute: null },
        { credentialId: "PMK", learningRoute: "DERDE_LEERWEG" },
      ],
    ],
  ])("%s", (id, credentials) => {
    expect(routeCredentials(id)).toEqual(credentials);
  });

  it.each(PERSONAS.map((p) => [p.key]))("every route planned for %s, in the order of its steps", (key) => {
    for (const route of planFor(key).routes)
      expect(routeCredentials(route.id).map((c) => c.credentialId)).toEqual(
        route.steps.map((s) => s.credentialId),
      );
  });
});
