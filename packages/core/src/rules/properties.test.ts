import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { evaluateCredentialEligibility } from "./eligibility.ts";
import { planDevelopmentPath, type Goal } from "./plan.ts";
import { isPlausibleIsoDate, isoDateSchema } from "../dates.ts";
import {
  evidenceSchema,
  fastEvidence,
  fastProfile,
  personProfileSchema,
  shownWorkProcesses,
  parseProfile,
  type PersonProfileInput,
} from "./profile.ts";

const TODAY = "2026-11-23";
const workProcessIds = catalog.workProcesses.map((w) => w.id);
const credentialIds = [
  ...catalog.qualifications,
  ...catalog.certificates,
  ...catalog.praktijkverklaringTemplates,
].map((c) => c.id);

const evidenceArb = fc
  .record({
    workProcessId: fc.constantFrom(...workProcessIds),
    kind: fc.constantFrom(
      "PRACTICE_ASSESSMENT" as const,
      "FORMAL_EXAM" as const,
      "PRIOR_LEARNING" as const,
      "EXEMPTION" as const,
    ),
    date: fc.constantFrom("2025-01-10", "2026-03-01", "2026-10-01"),
  })
  .map((e) =>
    e.kind === "PRACTICE_ASSESSMENT"
      ? { ...e, result: "MASTERED" as const, signing: "CO_SIGNED" as const }
      : { ...e, result: "PASSED" as const },
  );
const profileArb = fc.record({
  evidence: fc
    .array(evidenceArb, { maxLength: 30 })
    .map((list) => list.map((e, i) => ({ ...e, id: `e${i}` }))),
  certificates: fc.subarray(catalog.certificates.map((c) => c.id)),
  mondeling: fc.constantFrom(undefined, "2F" as const, "3F" as const),
});
const toProfile = (p: {
  evidence: PersonProfileInput["evidence"];
  certificates: string[];
  mondeling?: "2F" | "3F";
}): PersonProfileInput => ({
  evidence: p.evidence,
  credentials: p.certificates.map((ref) => ({ kind: "CERTIFICATE", ref, issuedOn: "2026-01-01" })),
  languageLevels: p.mondeling ? { mondeling: p.mondeling } : {},
  vogRegistered: true,
});
const goalArb: fc.Arbitrary<Goal> = fc.oneof(
  fc.constantFrom(...catalog.functions.map((f): Goal => ({ kind: "function", functionId: f.id }))),
  fc
    .subarray(credentialIds, { minLength: 1, maxLength: 3 })
    .map((ids): Goal => ({ kind: "credentials", ids })),
);

describe("plan invariants", () => {
  it("covers the gap of each credential step and plans no werkproces twice", () => {
    fc.assert(
      fc.property(profileArb, goalArb, (p, goal) => {
        const input = toProfile(p);
        const shown = shownWorkProcesses(catalog, parseProfile(catalog, input, TODAY));
        for (const route of planDevelopmentPath(catalog, input, goal, TODAY).routes) {
          const planned = route.steps.flatMap((s) => s.workProcessIds);
          expect(new Set(planned).size).toBe(planned.length);
          planned.forEach((id) => expect(shown.has(id)).toBe(false));
          for (const step of route.steps) {
            if (step.credentialKind === "PRAKTIJKVERKLARING") continue;
            const needed =
              step.credentialKind === "DIPLOMA"
                ? catalog.qualifications.find((q) => q.id === step.credentialId)!.workProcessIds
                : catalog.certificates.find((c) => c.id === step.credentialId)!.workProcessIds;
            needed.forEach((id) => expect(shown.has(id) || planned.includes(id)).toBe(true));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never makes a plan longer when evidence is added", () => {
    fc.assert(
      fc.property(
        profileArb,
        fc.array(evidenceArb, { minLength: 1, maxLength: 10 }),
        goalArb,
        (p, extra, goal) => {
          const before = planDevelopmentPath(catalog, toProfile(p), goal, TODAY);
          const more = {
            ...p,
            evidence: [...p.evidence, ...extra.map((e, i) => ({ ...e, id: `extra${i}` }))],
          };
          const after = planDevelopmentPath(catalog, toProfile(more), goal, TODAY);
          const shortest = (plan: typeof before) =>
            plan.alreadyMet ? 0 : Math.min(...plan.routes.map((r) => r.totalMonths));
          expect(shortest(after)).toBeLessThanOrEqual(shortest(before));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("eligibility invariants", () => {
  it("only grows with passing evidence", () => {
    const rank = { missing: 0, eligible: 1, earned: 2 } as const;
    fc.assert(
      fc.property(profileArb, fc.array(evidenceArb, { minLength: 1, maxLength: 10 }), (p, extra) => {
        const before = evaluateCredentialEligibility(catalog, toProfile(p), TODAY);
        const more = { ...p, evidence: [...p.evidence, ...extra.map((e, i) => ({ ...e, id: `extra${i}` }))] };
        const after = new Map(
          evaluateCredentialEligibility(catalog, toProfile(more), TODAY).map((e) => [e.credentialId, e]),
        );
        for (const b of before) {
          const a = after.get(b.credentialId)!;
          expect(rank[a.status]).toBeGreaterThanOrEqual(rank[b.status]);
          b.workProcessIds.forEach((id) => expect(a.workProcessIds).toContain(id));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the fast input checks agree with the zod schemas", () => {
  const dateArb = fc.oneof(
    fc
      .date({ min: new Date("1850-01-01"), max: new Date("2150-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(
      "2024-02-29",
      "2023-02-29",
      "2100-02-29",
      "2000-02-29",
      "2026-04-31",
      "2026-13-01",
      "0000-01-01",
    ),
    fc.string({ maxLength: 12 }),
  );
  it("isPlausibleIsoDate accepts exactly what isoDateSchema accepts", () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(isPlausibleIsoDate(date)).toBe(isoDateSchema.safeParse(date).success);
      }),
      { numRuns: 2000 },
    );
  });

  it("fastEvidence returns what evidenceSchema returns, and nothing when it refuses", () => {
    const anything = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(undefined),
      fc.constant(null),
    );
    const evidenceLike = fc.record(
      {
        id: fc.oneof(fc.constantFrom("e1", ""), anything),
        workProcessId: fc.oneof(fc.constantFrom(...workProcessIds.slice(0, 3)), anything),
        kind: fc.oneof(
          fc.constantFrom("PRACTICE_ASSESSMENT", "FORMAL_EXAM", "PRIOR_LEARNING", "EXEMPTION"),
          anything,
        ),
        result: fc.oneof(
          fc.constantFrom("MASTERED", "NOT_YET", "NOT_APPLICABLE", "PASSED", "FAILED"),
          anything,
        ),
        date: fc.oneof(dateArb, anything),
        inRecognisedCompany: fc.oneof(fc.boolean(), anything),
        signing: fc.oneof(fc.constantFrom("DRAFT", "SIGNED", "CO_SIGNED", "co-signed"), anything),
        supersedesId: fc.oneof(fc.constantFrom("e0", ""), anything),
        qualificationId: fc.oneof(fc.constantFrom("PMK"), anything),
        provenance: fc.oneof(
          fc.constantFrom(
            { by: "school", schoolId: "s1" },
            { by: "school", schoolId: "s1", extra: 1 },
            { by: "school", schoolId: "" },
            { by: "school" },
            { by: "employer" },
            { by: "employer", schoolId: "s1" },
            { by: "region" },
          ),
          anything,
        ),
        extra: anything,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(evidenceLike, (input) => {
        const zod = evidenceSchema.safeParse(input);
        expect(fastEvidence(input)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 3000 },
    );
  });

  it("fastProfile returns what personProfileSchema returns, and nothing when it refuses", () => {
    const anything = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(undefined),
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
    );
    // Mostly valid fields, so that whole profiles pass zod often enough to compare what both return.
    const mostly = <T>(valid: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: anything, weight: 1 });
    const date = mostly(fc.constantFrom("2025-01-10", "2026-03-01"));
    const credentialLike = fc.record(
      {
        kind: mostly(fc.constantFrom("DIPLOMA", "CERTIFICATE", "PRAKTIJKVERKLARING", "OTHER_DIPLOMA")),
        ref: mostly(fc.constantFrom("PMK", "C0125")),
        issuedOn: date,
        workProcessIds: mostly(fc.constantFrom(workProcessIds.slice(0, 2), [1])),
        provenance: mostly(
          fc.constantFrom({ by: "school", schoolId: "s1" }, { by: "employer" }, { by: "school" }),
        ),
        title: mostly(fc.constantFrom("Havo")),
        educationLevel: mostly(fc.constantFrom("havo", "mbo-4")),
        diplomaGroup: mostly(fc.constantFrom("A1", null)),
        extra: anything,
      },
      { requiredKeys: [] },
    );
    const enrolmentLike = fc.record(
      {
        qualificationId: mostly(fc.constantFrom("PMK")),
        learningRoute: mostly(fc.constantFrom("BBL", "BOL", "DERDE_LEERWEG")),
        pokSignedOn: date,
        startsOn: date,
        endsOn: date,
      },
      { requiredKeys: [] },
    );
    const evidenceLike = mostly(evidenceArb.map((e) => ({ ...e, id: "e1" })));
    const listOf = <T>(item: fc.Arbitrary<T>) => mostly(fc.array(item, { maxLength: 3 }));
    const profileLike = fc.record(
      {
        credentials: listOf(credentialLike),
        evidence: listOf(evidenceLike),
        languageLevels: mostly(fc.constantFrom({ mondeling: "3F" }, { schriftelijk: "2F" })),
        generiekDeelPassed: mostly(fc.constantFrom(["nederlands"])),
        babyscholing: mostly(fc.boolean()),
        vogRegistered: mostly(fc.boolean()),
        vogRegisteredOn: date,
        enrolments: listOf(enrolmentLike),
        ontwikkelplan: mostly(fc.boolean()),
        experienceYears: mostly(
          fc.oneof(fc.double({ min: -5, max: 70 }), fc.constantFrom(Number.NaN, Infinity)),
        ),
        extra: anything,
      },
      { requiredKeys: [] },
    );
    let valid = 0;
    fc.assert(
      fc.property(mostly(profileLike), (input) => {
        const zod = personProfileSchema.safeParse(input);
        if (zod.success) valid++;
        expect(fastProfile(input)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 5000 },
    );
    // Both sides of the comparison are exercised: profiles zod takes and profiles it refuses.
    expect(valid).toBeGreaterThan(200);
    expect(valid).toBeLessThan(4500);
  });
});
