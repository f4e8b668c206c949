import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../childcare/index.ts";
import { findDefaultGoalFunction, findEntryFunction } from "../lookup.ts";
import { catalogSchema, type Catalog } from "../schema.ts";
import { planDevelopmentPath } from "../../rules/plan.ts";
import { primaryEducationCatalog as catalog } from "./index.ts";

const TODAY = "2026-11-23";
const OA_BASISDEEL = catalog.workProcesses.filter((w) => w.coreTaskCode.startsWith("B1-"));

describe("the primary-education catalog", () => {
  it("matches the catalog schema and refers only to its own ids", () => {
    expect(catalogSchema.safeParse(catalog).success).toBe(true);
    const workProcesses = new Set(catalog.workProcesses.map((w) => w.id));
    for (const q of catalog.qualifications)
      q.workProcessIds.forEach((id) => expect(workProcesses).toContain(id));
    expect(catalog.qualifications.map((q) => q.crebo)).toEqual(["25698"]);
  });

  it("plans a klassenassistent's path to onderwijsassistent with the rules childcare uses", () => {
    const plan = planDevelopmentPath(
      catalog,
      {},
      { kind: "function", functionId: "onderwijsassistent" },
      TODAY,
    );
    expect(plan.alreadyMet).toBe(false);
    expect(plan.routes.map((r) => r.steps.map((s) => [s.credentialId, s.learningRoute]))).toEqual([
      [["OA", "BBL"]],
    ]);
    expect(plan.routes[0]!.totalMonths).toBe(36);
    // No taaleis, babyscholing or Personenregister of childcare stays open in a school.
    expect(plan.routes[0]!.openRequirements).toEqual([]);
  });

  it("shortens the route by the basisdeel werkprocessen recognised as prior learning, down to the profieldeel's year", () => {
    const evidence = OA_BASISDEEL.map((w, i) => ({
      id: `evc-${i}`,
      workProcessId: w.id,
      kind: "PRIOR_LEARNING" as const,
      result: "PASSED" as const,
      date: "2026-09-15",
    }));
    const plan = planDevelopmentPath(
      catalog,
      { evidence },
      { kind: "function", functionId: "onderwijsassistent" },
      TODAY,
    );
    const [step] = plan.routes[0]!.steps;
    expect(step!.workProcessIds.every((id) => id.includes(":P3-"))).toBe(true);
    expect(step!.estimatedMonths).toBeGreaterThanOrEqual(12);
    expect(step!.estimatedMonths).toBeLessThan(36);
  });

  it("finds the entry function already met without a diploma", () => {
    const plan = planDevelopmentPath(
      catalog,
      {},
      { kind: "function", functionId: "klassenassistent" },
      TODAY,
    );
    expect(plan).toMatchObject({ alreadyMet: true, routes: [] });
  });
});

describe.each<[string, Catalog]>([
  ["childcare", childcareCatalog],
  ["primary education", catalog],
])("the %s catalog's path roles", (_name, sector) => {
  it("mark one entry function without a requirement and one goal function", () => {
    for (const role of ["entry", "goal"] as const)
      expect(sector.functions.filter((f) => f.pathRole === role)).toHaveLength(1);
    expect(findEntryFunction(sector)!.requirement).toEqual({ kind: "none" });
    expect(findDefaultGoalFunction(sector)!.countsInRatio).toBe("qualified");
  });
});
